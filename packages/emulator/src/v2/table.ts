/**
 * The v2 operations the emulator answers from its state, keyed by X's operationId: method, path, the
 * security schemes and OAuth 2 scopes of X's document, the query parameters each takes, paging bounds, and
 * X's published rate limits (15-minute windows, plus the 24-hour ones of writes). Facts from X's OpenAPI
 * document 2.167 and its rate-limit pages; the handlers are in ops/.
 */
import { V2_SCHEMAS } from '../generated/v2-schemas.js'
import { V2_SPEC_ROUTES, type V2SpecRoute } from '../generated/v2-routes.js'
import type { Family, PageSpec, V2Handler } from './context.js'
import { invalidParam } from './problems.js'
import { synthesize } from './synth.js'
import * as dms from './ops/dms.js'
import * as lists from './ops/lists.js'
import * as other from './ops/other.js'
import * as posts from './ops/posts.js'
import * as stream from './ops/stream.js'
import * as users from './ops/users.js'
import * as upload from './ops/upload.js'

/** `{ windowSeconds, limit, per }` as the runtime's Route has them. */
export interface V2RateLimit {
  readonly windowSeconds: number
  readonly limit: number
  readonly per: 'user' | 'app'
}

interface Entry {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  readonly path: string
  readonly family?: Family
  /** Security alternatives: `1` OAuth 1.0a user, `2` OAuth 2 user, `B` app-only bearer. */
  readonly security: string
  readonly scopes: readonly string[]
  readonly query: readonly string[]
  readonly page?: PageSpec
}

const pg = (min: number, max: number, fallback: number, token: PageSpec['token']): PageSpec => ({ bounds: [min, max], fallback, token })

const ENTRIES: Readonly<Record<string, Entry>> = {
  getRules: { method: 'GET', path: '/2/tweets/search/stream/rules', security: 'B', scopes: [], query: ['ids', 'max_results', 'pagination_token'], page: pg(1, 1000, 1000, 'pagination_token') },
  updateRules: { method: 'POST', path: '/2/tweets/search/stream/rules', security: 'B', scopes: [], query: ['dry_run', 'delete_all'] },
  getPostsByIds: { method: 'GET', path: '/2/tweets', family: 'post', security: '21B', scopes: ['tweet.read','users.read'], query: ['ids','post.fields','expansions','user.fields','media.fields','poll.fields','place.fields'] },
  getPostsById: { method: 'GET', path: '/2/tweets/{id}', family: 'post', security: '21B', scopes: ['tweet.read','users.read'], query: ['post.fields','expansions','user.fields','media.fields','poll.fields','place.fields'] },
  createPosts: { method: 'POST', path: '/2/tweets', security: '21', scopes: ['tweet.read','tweet.write','users.read'], query: [] },
  deletePosts: { method: 'DELETE', path: '/2/tweets/{id}', security: '21', scopes: ['tweet.read','tweet.write','users.read'], query: [] },
  hidePostsReply: { method: 'PUT', path: '/2/tweets/{tweet_id}/hidden', security: '21', scopes: ['tweet.moderate.write','tweet.read','users.read'], query: [] },
  getUsersPosts: { method: 'GET', path: '/2/users/{id}/tweets', family: 'post', security: '21B', scopes: ['tweet.read','users.read'], query: ['max_results','pagination_token','start_time','end_time','since_id','until_id','exclude','post.fields','expansions','user.fields','media.fields','poll.fields','place.fields'], page: pg(5, 100, 100, 'pagination_token') },
  getUsersMentions: { method: 'GET', path: '/2/users/{id}/mentions', family: 'post', security: '21B', scopes: ['tweet.read','users.read'], query: ['max_results','pagination_token','start_time','end_time','since_id','until_id','post.fields','expansions','user.fields','media.fields','poll.fields','place.fields'], page: pg(5, 100, 100, 'pagination_token') },
  getUsersTimeline: { method: 'GET', path: '/2/users/{id}/timelines/reverse_chronological', family: 'post', security: '21', scopes: ['tweet.read','users.read'], query: ['max_results','pagination_token','start_time','end_time','since_id','until_id','exclude','post.fields','expansions','user.fields','media.fields','poll.fields','place.fields'], page: pg(1, 100, 100, 'pagination_token') },
  getUsersRepostsOfMe: { method: 'GET', path: '/2/users/reposts_of_me', family: 'post', security: '21', scopes: ['timeline.read','tweet.read'], query: ['max_results','pagination_token','post.fields','expansions','user.fields','media.fields','poll.fields','place.fields'], page: pg(1, 100, 100, 'pagination_token') },
  searchPostsRecent: { method: 'GET', path: '/2/tweets/search/recent', family: 'post', security: '21B', scopes: ['tweet.read','users.read'], query: ['query','max_results','next_token','pagination_token','start_time','end_time','since_id','until_id','sort_order','post.fields','expansions','user.fields','media.fields','poll.fields','place.fields'], page: pg(10, 100, 10, 'next_token') },
  searchPostsAll: { method: 'GET', path: '/2/tweets/search/all', family: 'post', security: 'B', scopes: [], query: ['query','start_time','end_time','since_id','until_id','max_results','next_token','pagination_token','sort_order','post.fields','expansions','user.fields','media.fields','poll.fields','place.fields'], page: pg(10, 500, 10, 'next_token') },
  getPostsCountsRecent: { method: 'GET', path: '/2/tweets/counts/recent', security: '2B', scopes: [], query: ['query','start_time','end_time','since_id','until_id','next_token','pagination_token','granularity','search_count.fields'] },
  getPostsCountsAll: { method: 'GET', path: '/2/tweets/counts/all', security: 'B', scopes: [], query: ['query','start_time','end_time','since_id','until_id','next_token','pagination_token','granularity','search_count.fields'] },
  getPostsLikingUsers: { method: 'GET', path: '/2/tweets/{id}/liking_users', family: 'user', security: '21', scopes: ['like.read','tweet.read','users.read'], query: ['max_results','pagination_token','user.fields','expansions','post.fields'], page: pg(1, 100, 100, 'pagination_token') },
  getUsersLikedPosts: { method: 'GET', path: '/2/users/{id}/liked_tweets', family: 'post', security: '21', scopes: ['like.read','tweet.read','users.read'], query: ['max_results','pagination_token','post.fields','expansions','user.fields','media.fields','poll.fields','place.fields'], page: pg(5, 100, 100, 'pagination_token') },
  likePost: { method: 'POST', path: '/2/users/{id}/likes', security: '21', scopes: ['like.write','tweet.read','users.read'], query: [] },
  unlikePost: { method: 'DELETE', path: '/2/users/{id}/likes/{tweet_id}', security: '21', scopes: ['like.write','tweet.read','users.read'], query: [] },
  getPostsRepostedBy: { method: 'GET', path: '/2/tweets/{id}/retweeted_by', family: 'user', security: '21B', scopes: ['tweet.read','users.read'], query: ['max_results','pagination_token','user.fields','expansions','post.fields'], page: pg(1, 100, 100, 'pagination_token') },
  getPostsReposts: { method: 'GET', path: '/2/tweets/{id}/retweets', family: 'post', security: '21B', scopes: ['tweet.read','users.read'], query: ['max_results','pagination_token','post.fields','expansions','user.fields','media.fields','poll.fields','place.fields'], page: pg(1, 100, 100, 'pagination_token') },
  repostPost: { method: 'POST', path: '/2/users/{id}/retweets', security: '21', scopes: ['tweet.read','tweet.write','users.read'], query: [] },
  unrepostPost: { method: 'DELETE', path: '/2/users/{id}/retweets/{source_tweet_id}', security: '21', scopes: ['tweet.read','tweet.write','users.read'], query: [] },
  getPostsQuotedPosts: { method: 'GET', path: '/2/tweets/{id}/quote_tweets', family: 'post', security: '21B', scopes: ['tweet.read','users.read'], query: ['max_results','pagination_token','exclude','post.fields','expansions','user.fields','media.fields','poll.fields','place.fields'], page: pg(10, 100, 10, 'pagination_token') },
  getUsersBookmarks: { method: 'GET', path: '/2/users/{id}/bookmarks', family: 'post', security: '21', scopes: ['bookmark.read','tweet.read','users.read'], query: ['max_results','pagination_token','post.fields','expansions','user.fields','media.fields','poll.fields','place.fields'], page: pg(1, 100, 100, 'pagination_token') },
  createUsersBookmark: { method: 'POST', path: '/2/users/{id}/bookmarks', security: '2', scopes: ['bookmark.write','tweet.read','users.read'], query: [] },
  deleteUsersBookmark: { method: 'DELETE', path: '/2/users/{id}/bookmarks/{tweet_id}', security: '2', scopes: ['bookmark.write','tweet.read','users.read'], query: [] },
  getUsersByIds: { method: 'GET', path: '/2/users', family: 'user', security: '21B', scopes: ['tweet.read','users.read'], query: ['ids','user.fields','expansions','post.fields'] },
  getUsersByUsernames: { method: 'GET', path: '/2/users/by', family: 'user', security: '21B', scopes: ['tweet.read','users.read'], query: ['usernames','user.fields','expansions','post.fields'] },
  getUsersByUsername: { method: 'GET', path: '/2/users/by/username/{username}', family: 'user', security: '21B', scopes: ['tweet.read','users.read'], query: ['user.fields','expansions','post.fields'] },
  getUsersById: { method: 'GET', path: '/2/users/{id}', family: 'user', security: '21B', scopes: ['tweet.read','users.read'], query: ['user.fields','expansions','post.fields'] },
  getUsersMe: { method: 'GET', path: '/2/users/me', family: 'user', security: '21', scopes: ['tweet.read','users.read'], query: ['user.fields','expansions','post.fields'] },
  searchUsers: { method: 'GET', path: '/2/users/search', family: 'user', security: '21', scopes: ['tweet.read','users.read'], query: ['query','max_results','next_token','user.fields','expansions','post.fields'], page: pg(1, 1000, 100, 'next_token') },
  getUsersFollowers: { method: 'GET', path: '/2/users/{id}/followers', family: 'user', security: '21B', scopes: ['follows.read','tweet.read','users.read'], query: ['max_results','pagination_token','user.fields','expansions','post.fields'], page: pg(1, 1000, 1000, 'pagination_token') },
  getUsersFollowing: { method: 'GET', path: '/2/users/{id}/following', family: 'user', security: '21B', scopes: ['follows.read','tweet.read','users.read'], query: ['max_results','pagination_token','user.fields','expansions','post.fields'], page: pg(1, 1000, 1000, 'pagination_token') },
  followUser: { method: 'POST', path: '/2/users/{id}/following', security: '21', scopes: ['follows.write','tweet.read','users.read'], query: [] },
  unfollowUser: { method: 'DELETE', path: '/2/users/{source_user_id}/following/{target_user_id}', security: '21', scopes: ['follows.write','tweet.read','users.read'], query: [] },
  getUsersBlocking: { method: 'GET', path: '/2/users/{id}/blocking', family: 'user', security: '21', scopes: ['block.read','tweet.read','users.read'], query: ['max_results','pagination_token','user.fields','expansions','post.fields'], page: pg(1, 1000, 1000, 'pagination_token') },
  getUsersMuting: { method: 'GET', path: '/2/users/{id}/muting', family: 'user', security: '21', scopes: ['mute.read','tweet.read','users.read'], query: ['max_results','pagination_token','user.fields','expansions','post.fields'], page: pg(1, 1000, 100, 'pagination_token') },
  muteUser: { method: 'POST', path: '/2/users/{id}/muting', security: '21', scopes: ['mute.write','tweet.read','users.read'], query: [] },
  unmuteUser: { method: 'DELETE', path: '/2/users/{source_user_id}/muting/{target_user_id}', security: '21', scopes: ['mute.write','tweet.read','users.read'], query: [] },
  createLists: { method: 'POST', path: '/2/lists', security: '21', scopes: ['list.read','list.write','tweet.read','users.read'], query: [] },
  updateLists: { method: 'PUT', path: '/2/lists/{id}', security: '21', scopes: ['list.write','tweet.read','users.read'], query: [] },
  deleteLists: { method: 'DELETE', path: '/2/lists/{id}', security: '21', scopes: ['list.write','tweet.read','users.read'], query: [] },
  getListsById: { method: 'GET', path: '/2/lists/{id}', family: 'list', security: '21B', scopes: ['list.read','tweet.read','users.read'], query: ['list.fields','expansions','user.fields'] },
  getListsMembers: { method: 'GET', path: '/2/lists/{id}/members', family: 'user', security: '21B', scopes: ['list.read','tweet.read','users.read'], query: ['max_results','pagination_token','user.fields','expansions','post.fields'], page: pg(1, 100, 100, 'pagination_token') },
  getListsFollowers: { method: 'GET', path: '/2/lists/{id}/followers', family: 'user', security: '21B', scopes: ['list.read','tweet.read','users.read'], query: ['max_results','pagination_token','user.fields','expansions','post.fields'], page: pg(1, 100, 100, 'pagination_token') },
  addListsMember: { method: 'POST', path: '/2/lists/{id}/members', security: '21', scopes: ['list.write','tweet.read','users.read'], query: [] },
  removeListsMemberByUserId: { method: 'DELETE', path: '/2/lists/{id}/members/{user_id}', security: '21', scopes: ['list.write','tweet.read','users.read'], query: [] },
  getListsPosts: { method: 'GET', path: '/2/lists/{id}/tweets', family: 'post', security: '21B', scopes: ['list.read','tweet.read','users.read'], query: ['max_results','pagination_token','post.fields','expansions','user.fields','media.fields','poll.fields','place.fields'], page: pg(1, 100, 100, 'pagination_token') },
  getUsersOwnedLists: { method: 'GET', path: '/2/users/{id}/owned_lists', family: 'list', security: '21B', scopes: ['list.read','tweet.read','users.read'], query: ['max_results','pagination_token','list.fields','expansions','user.fields'], page: pg(1, 100, 100, 'pagination_token') },
  getUsersFollowedLists: { method: 'GET', path: '/2/users/{id}/followed_lists', family: 'list', security: '21B', scopes: ['list.read','tweet.read','users.read'], query: ['max_results','pagination_token','list.fields','expansions','user.fields'], page: pg(1, 100, 100, 'pagination_token') },
  getUsersListMemberships: { method: 'GET', path: '/2/users/{id}/list_memberships', family: 'list', security: '21B', scopes: ['list.read','tweet.read','users.read'], query: ['max_results','pagination_token','list.fields','expansions','user.fields'], page: pg(1, 100, 100, 'pagination_token') },
  followList: { method: 'POST', path: '/2/users/{id}/followed_lists', security: '21', scopes: ['list.write','tweet.read','users.read'], query: [] },
  unfollowList: { method: 'DELETE', path: '/2/users/{id}/followed_lists/{list_id}', security: '21', scopes: ['list.write','tweet.read','users.read'], query: [] },
  getUsersPinnedLists: { method: 'GET', path: '/2/users/{id}/pinned_lists', family: 'list', security: '21', scopes: ['list.read','tweet.read','users.read'], query: ['list.fields','expansions','user.fields'] },
  pinList: { method: 'POST', path: '/2/users/{id}/pinned_lists', security: '21', scopes: ['list.write','tweet.read','users.read'], query: [] },
  unpinList: { method: 'DELETE', path: '/2/users/{id}/pinned_lists/{list_id}', security: '21', scopes: ['list.write','tweet.read','users.read'], query: [] },
  getDirectMessagesEvents: { method: 'GET', path: '/2/dm_events', family: 'dm_event', security: '21', scopes: ['dm.read','tweet.read','users.read'], query: ['max_results','pagination_token','event_types','dm_event.fields','expansions','user.fields','post.fields','media.fields'], page: pg(1, 100, 100, 'pagination_token') },
  getDirectMessagesEventsByParticipantId: { method: 'GET', path: '/2/dm_conversations/with/{participant_id}/dm_events', family: 'dm_event', security: '21', scopes: ['dm.read','tweet.read','users.read'], query: ['max_results','pagination_token','event_types','dm_event.fields','expansions','user.fields','post.fields','media.fields'], page: pg(1, 100, 100, 'pagination_token') },
  getDirectMessagesEventsByConversationId: { method: 'GET', path: '/2/dm_conversations/{id}/dm_events', family: 'dm_event', security: '21', scopes: ['dm.read','tweet.read','users.read'], query: ['max_results','pagination_token','event_types','dm_event.fields','expansions','user.fields','post.fields','media.fields'], page: pg(1, 100, 100, 'pagination_token') },
  getDirectMessagesEventsById: { method: 'GET', path: '/2/dm_events/{event_id}', family: 'dm_event', security: '21', scopes: ['dm.read','tweet.read','users.read'], query: ['dm_event.fields','expansions','user.fields','post.fields','media.fields'] },
  createDirectMessagesByParticipantId: { method: 'POST', path: '/2/dm_conversations/with/{participant_id}/messages', security: '21', scopes: ['dm.write','tweet.read','users.read'], query: [] },
  createDirectMessagesByConversationId: { method: 'POST', path: '/2/dm_conversations/{dm_conversation_id}/messages', security: '21', scopes: ['dm.write','tweet.read','users.read'], query: [] },
  createDirectMessagesConversation: { method: 'POST', path: '/2/dm_conversations', security: '21', scopes: ['dm.write','tweet.read','users.read'], query: [] },
  deleteDirectMessagesEvents: { method: 'DELETE', path: '/2/dm_events/{event_id}', security: '21', scopes: ['dm.read','dm.write'], query: [] },
  getMediaByMediaKeys: { method: 'GET', path: '/2/media', security: '21B', scopes: ['tweet.read'], query: ['media_keys','media.fields'] },
  getMediaByMediaKey: { method: 'GET', path: '/2/media/{media_key}', security: '21B', scopes: ['tweet.read'], query: ['media.fields'] },
  getSpacesByIds: { method: 'GET', path: '/2/spaces', family: 'space', security: '2B', scopes: ['space.read','tweet.read','users.read'], query: ['ids','space.fields','expansions','user.fields','topic.fields'] },
  getSpacesById: { method: 'GET', path: '/2/spaces/{id}', family: 'space', security: '2B', scopes: ['space.read','tweet.read','users.read'], query: ['space.fields','expansions','user.fields','topic.fields'] },
  getSpacesByCreatorIds: { method: 'GET', path: '/2/spaces/by/creator_ids', family: 'space', security: '2B', scopes: ['space.read','tweet.read','users.read'], query: ['user_ids','space.fields','expansions','user.fields','topic.fields'] },
  searchSpaces: { method: 'GET', path: '/2/spaces/search', family: 'space', security: '2B', scopes: ['space.read','tweet.read','users.read'], query: ['query','state','max_results','space.fields','expansions','user.fields','topic.fields'], page: pg(1, 100, 100, 'pagination_token') },
  getSpacesPosts: { method: 'GET', path: '/2/spaces/{id}/tweets', family: 'post', security: '2B', scopes: ['space.read','tweet.read','users.read'], query: ['max_results','pagination_token','post.fields','expansions','user.fields','media.fields','poll.fields','place.fields'], page: pg(1, 100, 100, 'pagination_token') },
  getUsage: { method: 'GET', path: '/2/usage/tweets', security: 'B', scopes: [], query: ['days','usage.fields'] },
}

/** 15-minute limits per user and per app (`app` 0: app-only tokens cannot call it). */
const q = (user: number, app = 0): V2RateLimit[] => [...(user > 0 ? [{ windowSeconds: 900, limit: user, per: 'user' as const }] : []), ...(app > 0 ? [{ windowSeconds: 900, limit: app, per: 'app' as const }] : [])]
const day = (limit: number, per: 'user' | 'app'): V2RateLimit => ({ windowSeconds: 86_400, limit, per })

const RATE_LIMITS: Readonly<Record<string, readonly V2RateLimit[]>> = {
  getPostsByIds: q(900, 450),
  getPostsById: q(900, 450),
  createPosts: [...q(100), day(10_000, 'app')],
  deletePosts: q(50),
  hidePostsReply: q(50),
  getUsersPosts: q(900, 1500),
  getUsersMentions: q(300, 450),
  getUsersTimeline: q(180),
  getUsersRepostsOfMe: q(75),
  searchPostsRecent: q(300, 450),
  searchPostsAll: q(300, 300),
  getPostsCountsRecent: q(300, 300),
  getPostsCountsAll: q(300, 300),
  getPostsLikingUsers: q(75, 75),
  getUsersLikedPosts: q(75, 75),
  likePost: [...q(50), day(1000, 'user')],
  unlikePost: [...q(50), day(1000, 'user')],
  getPostsRepostedBy: q(75, 75),
  getPostsReposts: q(75, 75),
  repostPost: q(50),
  unrepostPost: q(50),
  getPostsQuotedPosts: q(75, 75),
  getUsersBookmarks: q(180),
  createUsersBookmark: q(50),
  deleteUsersBookmark: q(50),
  getUsersByIds: q(900, 300),
  getUsersByUsernames: q(900, 300),
  getUsersByUsername: q(900, 300),
  getUsersById: q(900, 300),
  getUsersMe: q(75),
  searchUsers: q(300),
  getUsersFollowers: q(15, 15),
  getUsersFollowing: q(15, 15),
  followUser: q(50),
  unfollowUser: q(50),
  getUsersBlocking: q(15),
  getUsersMuting: q(15),
  muteUser: q(50),
  unmuteUser: q(50),
  createLists: q(300),
  updateLists: q(300),
  deleteLists: q(300),
  getListsById: q(75, 75),
  getListsMembers: q(900, 900),
  getListsFollowers: q(180, 180),
  addListsMember: q(300),
  removeListsMemberByUserId: q(300),
  getListsPosts: q(900, 900),
  getUsersOwnedLists: q(15, 15),
  getUsersFollowedLists: q(15, 15),
  getUsersListMemberships: q(75, 75),
  followList: q(50),
  unfollowList: q(50),
  getUsersPinnedLists: q(15),
  pinList: q(50),
  unpinList: q(50),
  getDirectMessagesEvents: q(300),
  getDirectMessagesEventsByParticipantId: q(300),
  getDirectMessagesEventsByConversationId: q(300),
  getDirectMessagesEventsById: q(300),
  createDirectMessagesByParticipantId: [...q(200), day(1000, 'user')],
  createDirectMessagesByConversationId: [...q(200), day(1000, 'user')],
  createDirectMessagesConversation: [...q(200), day(1000, 'user')],
  deleteDirectMessagesEvents: q(300),
  getMediaByMediaKeys: q(300, 300),
  getMediaByMediaKey: q(300, 300),
  getSpacesByIds: q(300, 300),
  getSpacesById: q(300, 300),
  getSpacesByCreatorIds: q(300, 300),
  searchSpaces: q(300, 300),
  getSpacesPosts: q(300, 300),
  getUsage: q(50, 50),
  getRules: q(0, 450),
  updateRules: q(0, 100),
}

/**
 * Operations the emulator answers statefully exactly as the spec declares them (method, path, security,
 * scopes, query parameters, rate limits): every stream, the rule counts and the v2 chunked upload.
 */
const FROM_SPEC: Readonly<Record<string, { readonly family?: Family }>> = {
  getRuleCounts: {},
  streamPosts: { family: 'post' },
  streamPostsSample: { family: 'post' },
  streamPostsSample10: { family: 'post' },
  streamPostsFirehose: { family: 'post' },
  streamPostsFirehoseEn: { family: 'post' },
  streamPostsFirehoseJa: { family: 'post' },
  streamPostsFirehoseKo: { family: 'post' },
  streamPostsFirehosePt: { family: 'post' },
  streamLikesFirehose: {},
  streamLikesSample10: {},
  streamLikesCompliance: {},
  streamPostsCompliance: {},
  streamUsersCompliance: {},
  streamLabelsCompliance: {},
  activityStream: {},
  initializeMediaUpload: {},
  appendMediaUpload: {},
  finalizeMediaUpload: {},
  getMediaUploadStatus: {},
  mediaUpload: {},
}

const HANDLERS: Readonly<Record<string, V2Handler>> = { ...posts, ...users, ...lists, ...dms, ...other, ...stream, ...upload } as unknown as Record<string, V2Handler>

export type SecurityScheme = 'oauth1_user' | 'oauth2_user' | 'bearer'

/** One operation the emulator answers statefully. */
export interface V2Operation {
  readonly operationId: string
  readonly method: string
  readonly path: string
  readonly family: Family | undefined
  readonly security: readonly SecurityScheme[]
  readonly scopes: readonly string[]
  readonly query: readonly string[]
  readonly page: PageSpec | undefined
  readonly rateLimits: readonly V2RateLimit[]
  readonly handler: V2Handler
}

/**
 * Checks the parameters of a call against the spec: required ones present, query values within their enum
 * and integer bounds. `*.fields` and `expansions` are left to the selection parser when `selection` is set.
 */
function checkParams(spec: V2SpecRoute, ctx: Parameters<V2Handler>[0], selection: boolean): void {
  for (const p of spec.params) {
    if (selection && (p.name === 'expansions' || p.name.endsWith('.fields'))) continue
    if (p.in === 'body' && selection) continue
    const value = p.in === 'query' ? ctx.query.get(p.name) : p.in === 'body' ? ctx.body[p.name] : ctx.path[p.name]
    if (value === undefined || value === null || value === '') {
      if (p.required) throw invalidParam(ctx.generation, p.name, '', `The \`${p.name}\` ${p.in === 'body' ? 'field' : 'query parameter'} is required`)
      continue
    }
    if (p.in !== 'query' || typeof value !== 'string') continue
    const values = p.type.endsWith('[]') ? value.split(',') : [value]
    for (const v of values) {
      if (p.enum && !p.enum.includes(v)) throw invalidParam(ctx.generation, p.name, v, `The \`${p.name}\` query parameter value [${v}] is not one of [${p.enum.join(',')}]`)
      if (p.type === 'integer' && (!/^-?\d+$/.test(v) || (p.min !== undefined && Number(v) < p.min) || (p.max !== undefined && Number(v) > p.max))) {
        throw invalidParam(ctx.generation, p.name, v, `The \`${p.name}\` query parameter value [${v}] is not between ${p.min ?? '-inf'} and ${p.max ?? 'inf'}`)
      }
    }
  }
}

/** The handler of an operation without state: checks its parameters, answers a value of its model. */
function synthesized(spec: V2SpecRoute): V2Handler {
  return (ctx) => {
    checkParams(spec, ctx, false)
    const model = spec.response ? V2_SCHEMAS[spec.response] : undefined
    const body = model ? synthesize(model, V2_SCHEMAS, { now: ctx.state.now(), path: ctx.path }) : {}
    return { status: spec.method === 'POST' && /^create/.test(spec.operationId) ? 201 : 200, body: body as Record<string, unknown> }
  }
}

const SCHEME: Readonly<Record<string, SecurityScheme>> = { '1': 'oauth1_user', '2': 'oauth2_user', B: 'bearer' }

const fromSpec: readonly V2Operation[] = V2_SPEC_ROUTES.filter((r) => r.operationId in FROM_SPEC).map((spec) => {
  const handler = HANDLERS[spec.operationId]
  if (!handler) throw new Error(`no v2 handler for ${spec.operationId}`)
  return {
    operationId: spec.operationId,
    method: spec.method,
    path: spec.path,
    family: FROM_SPEC[spec.operationId]!.family,
    security: spec.security.map((s) => s.scheme),
    scopes: spec.security.flatMap((s) => (s.scheme === 'oauth2_user' ? s.scopes : [])),
    // The router lists and accepts post fields under either generation's name.
    query: spec.params.filter((p) => p.in === 'query').map((p) => (p.name === 'tweet.fields' ? 'post.fields' : p.name)),
    page: undefined,
    rateLimits: spec.rateLimits ?? q(300, 300),
    handler: (ctx) => {
      checkParams(spec, ctx, true)
      return handler(ctx)
    },
  }
})

const fromEntries: readonly V2Operation[] = Object.entries(ENTRIES).map(([operationId, e]) => {
  const handler = HANDLERS[operationId]
  if (!handler) throw new Error(`no v2 handler for ${operationId}`)
  return {
    operationId,
    method: e.method,
    path: e.path,
    family: e.family,
    security: [...e.security].map((c) => SCHEME[c]!),
    scopes: e.scopes,
    query: e.query,
    page: e.page,
    rateLimits: RATE_LIMITS[operationId] ?? q(300, 300),
    handler,
  }
})

export const V2_OPERATIONS: readonly V2Operation[] = [...fromEntries, ...fromSpec]

/**
 * Every other operation of the spec (`generated/v2-routes.ts`) that is not a stream: the emulator keeps no
 * state for it and answers a synthesized value of its response model, after the same security, rate-limit
 * and parameter checks as the stateful ones.
 */
export const FALLBACK_OPERATIONS: readonly (V2Operation & { readonly spec: V2SpecRoute })[] = V2_SPEC_ROUTES.filter((r) => !r.stream && !(r.operationId in ENTRIES) && !(r.operationId in FROM_SPEC)).map((spec) => ({
  operationId: spec.operationId,
  method: spec.method,
  path: spec.path,
  family: undefined,
  security: spec.security.map((s) => s.scheme),
  scopes: spec.security.flatMap((s) => (s.scheme === 'oauth2_user' ? s.scopes : [])),
  query: spec.params.filter((p) => p.in === 'query').map((p) => p.name),
  page: undefined,
  rateLimits: spec.rateLimits ?? q(300, 300),
  handler: synthesized(spec),
  spec,
}))
