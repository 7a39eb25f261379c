/**
 * What each endpoint of the spec does, by Twython name. Timelines, tweets, search, users, the follow graph,
 * blocks, mutes, lists, direct messages and saved searches act on the in-memory state; trends, geo and
 * help answer realistic static data. Every answer has the shape of the spec's model for that endpoint.
 */
import { extractEntities } from './entities.js'
import { ApiError } from './errors.js'
import type { ListRecord, State, TweetRecord, UserRecord } from './state.js'
import { staticData } from './static-data.js'

export { ApiError }

export interface HandlerContext {
  readonly state: State
  /** The authenticated user, or undefined with an app-only bearer token. */
  readonly viewer: string | undefined
  readonly params: Readonly<Record<string, string>>
  /** Rate-limit status snapshot for application/rate_limit_status. */
  readonly rateLimits: () => Record<string, Record<string, { limit: number; remaining: number; reset: number }>>
  readonly origin: string
}

/** A handler returns the body, or `{ status, body }`; `undefined` body means an empty answer. */
export type Handler = (ctx: HandlerContext) => unknown

const notFoundUser = () => new ApiError(404, 50, 'User not found.')
const notFoundTweet = () => new ApiError(404, 144, 'No status found with that ID.')

function requireViewer(ctx: HandlerContext): UserRecord {
  const viewer = ctx.viewer && ctx.state.users.get(ctx.viewer)
  if (!viewer) throw new ApiError(403, 220, 'Your credentials do not allow access to this resource.')
  return viewer
}

/** The user named by `user_id` or `screen_name` (with an optional prefix like `source_`), or the viewer. */
function userFrom(ctx: HandlerContext, prefix = '', fallbackToViewer = true): UserRecord {
  const id = ctx.params[`${prefix}user_id`] ?? (prefix === '' ? ctx.params.id : undefined)
  const name = ctx.params[`${prefix}screen_name`]
  const user = id ? ctx.state.users.get(id) : name ? ctx.state.userByName(name) : fallbackToViewer && ctx.viewer ? ctx.state.users.get(ctx.viewer) : undefined
  if (!user) throw id || name ? notFoundUser() : new ApiError(400, 25, 'Query parameters are missing.')
  return user
}

function tweetFrom(ctx: HandlerContext, key = 'id'): TweetRecord {
  const tweet = ctx.state.tweets.get(ctx.params[key] ?? '')
  if (!tweet) throw notFoundTweet()
  return tweet
}

function int(ctx: HandlerContext, name: string, fallback: number, max: number): number {
  const raw = ctx.params[name]
  const n = raw === undefined ? fallback : Number(raw)
  return Number.isFinite(n) && n > 0 ? Math.min(Math.floor(n), max) : fallback
}

function bool(ctx: HandlerContext, name: string): boolean {
  return ['true', '1', 't'].includes((ctx.params[name] ?? '').toLowerCase())
}

const tweetOptions = (ctx: HandlerContext) => ({ trimUser: bool(ctx, 'trim_user'), includeEntities: ctx.params.include_entities !== 'false' })

/** count / since_id / max_id paging, newest first, as Twitter's timelines do. */
function timeline(ctx: HandlerContext, tweets: TweetRecord[], defaultCount = 20, maxCount = 200): Record<string, unknown>[] {
  const since = ctx.params.since_id ? BigInt(ctx.params.since_id) : undefined
  const max = ctx.params.max_id ? BigInt(ctx.params.max_id) : undefined
  return tweets
    .filter((t) => (since === undefined || t.id > since) && (max === undefined || t.id <= max))
    .slice(0, int(ctx, 'count', defaultCount, maxCount))
    .map((t) => ctx.state.tweetJson(t, ctx.viewer, tweetOptions(ctx)))
}

/** Cursored collections: the cursor is the offset into a stable order; 0 ends, -1 starts. */
function cursored<T>(ctx: HandlerContext, all: readonly T[], key: string, defaultCount: number, maxCount: number, map: (item: T) => unknown): Record<string, unknown> {
  const cursor = ctx.params.cursor && ctx.params.cursor !== '-1' ? Number(ctx.params.cursor) : 0
  const offset = Number.isFinite(cursor) && cursor > 0 ? cursor : 0
  const count = int(ctx, 'count', defaultCount, maxCount)
  const page = all.slice(offset, offset + count)
  const next = offset + count < all.length ? offset + count : 0
  const previous = offset > 0 ? -Math.max(0, offset - count) || -1 : 0
  return { [key]: page.map(map), next_cursor: next, next_cursor_str: String(next), previous_cursor: previous, previous_cursor_str: String(previous) }
}

function idsPage(ctx: HandlerContext, ids: Iterable<string>): Record<string, unknown> {
  const stringify = bool(ctx, 'stringify_ids')
  return cursored(ctx, [...ids], 'ids', 5000, 5000, (id) => (stringify ? id : BigInt(id)))
}

function usersPage(ctx: HandlerContext, ids: Iterable<string>): Record<string, unknown> {
  return cursored(ctx, [...ids], 'users', 20, 200, (id) => ctx.state.userJson(ctx.state.users.get(id)!, ctx.viewer))
}

function listFrom(ctx: HandlerContext): ListRecord {
  const { state, params } = ctx
  let list: ListRecord | undefined
  if (params.list_id) list = state.lists.get(params.list_id)
  else if (params.slug) {
    const owner = params.owner_id ? state.users.get(params.owner_id) : params.owner_screen_name ? state.userByName(params.owner_screen_name) : undefined
    list = [...state.lists.values()].find((l) => l.slug === params.slug && (!owner || l.owner === owner.id.toString()))
  }
  if (!list) throw new ApiError(404, 34, 'Sorry, that page does not exist.')
  return list
}

function ownList(ctx: HandlerContext): ListRecord {
  const list = listFrom(ctx)
  if (list.owner !== requireViewer(ctx).id.toString()) throw new ApiError(403, 120, 'You may not modify a list you do not own.')
  return list
}

function namesOrIds(ctx: HandlerContext): UserRecord[] {
  const ids = (ctx.params.user_id ?? '').split(',').filter(Boolean)
  const names = (ctx.params.screen_name ?? '').split(',').filter(Boolean)
  const users = [...ids.map((id) => ctx.state.users.get(id)), ...names.map((n) => ctx.state.userByName(n))].filter((u): u is UserRecord => u !== undefined)
  if (users.length === 0) throw new ApiError(404, 17, 'No user matches for specified terms.')
  return [...new Map(users.map((u) => [u.id, u])).values()]
}

function relationship(ctx: HandlerContext, a: UserRecord, b: UserRecord): Record<string, unknown> {
  const { state } = ctx
  const ai = a.id.toString()
  const bi = b.id.toString()
  return {
    relationship: {
      source: { id: a.id, id_str: ai, screen_name: a.screen_name, following: state.isFollowing(ai, bi), followed_by: state.isFollowing(bi, ai), live_following: false, following_received: null, following_requested: null, notifications_enabled: null, can_dm: state.isFollowing(bi, ai), blocking: state.blocks.get(ai)?.has(bi) ?? false, blocked_by: state.blocks.get(bi)?.has(ai) ?? false, muting: state.mutes.get(ai)?.has(bi) ?? false, want_retweets: !(state.noRetweets.get(ai)?.has(bi) ?? false), all_replies: null, marked_spam: null },
      target: { id: b.id, id_str: bi, screen_name: b.screen_name, following: state.isFollowing(bi, ai), followed_by: state.isFollowing(ai, bi), following_received: null, following_requested: null },
    },
  }
}

function toggle(map: Map<string, Set<string>>, owner: string, other: string, on: boolean): void {
  let s = map.get(owner)
  if (!s) map.set(owner, (s = new Set()))
  if (on) s.add(other)
  else s.delete(other)
}

/** Matches a tweet against a search query: every term must appear; `from:` and `#tag` understood. */
function matches(ctx: HandlerContext, tweet: TweetRecord, query: string): boolean {
  const text = tweet.text.toLowerCase()
  const author = ctx.state.users.get(tweet.user)!
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => (term.startsWith('from:') ? author.screen_name.toLowerCase() === term.slice(5).replace(/^@/, '') : text.includes(term)))
}

export const handlers: Readonly<Record<string, Handler>> = {
  // ---- tweets -------------------------------------------------------------------------------------
  get_home_timeline(ctx) {
    const me = requireViewer(ctx).id.toString()
    const authors = new Set([me, ...(ctx.state.following.get(me) ?? [])])
    return timeline(ctx, ctx.state.sortedTweets((t) => authors.has(t.user)))
  },
  get_user_timeline(ctx) {
    const user = userFrom(ctx).id.toString()
    const noRts = ctx.params.include_rts === 'false'
    return timeline(ctx, ctx.state.sortedTweets((t) => t.user === user && !(noRts && t.retweet_of)))
  },
  get_mentions_timeline(ctx) {
    const me = requireViewer(ctx).id.toString()
    return timeline(ctx, ctx.state.sortedTweets((t) => t.entities.user_mentions.some((m) => m.id_str === me)))
  },
  retweeted_of_me(ctx) {
    const me = requireViewer(ctx).id.toString()
    const retweeted = new Set([...ctx.state.tweets.values()].filter((t) => t.retweet_of).map((t) => t.retweet_of))
    return timeline(ctx, ctx.state.sortedTweets((t) => t.user === me && retweeted.has(t.id.toString())))
  },
  show_status: (ctx) => ctx.state.tweetJson(tweetFrom(ctx), ctx.viewer, tweetOptions(ctx)),
  lookup_status(ctx) {
    const found = (ctx.params.id ?? '').split(',').map((id) => ctx.state.tweets.get(id))
    if (bool(ctx, 'map')) return { id: Object.fromEntries((ctx.params.id ?? '').split(',').map((id, i) => [id, found[i] ? ctx.state.tweetJson(found[i]!, ctx.viewer, tweetOptions(ctx)) : null])) }
    return found.filter((t): t is TweetRecord => t !== undefined).map((t) => ctx.state.tweetJson(t, ctx.viewer, tweetOptions(ctx)))
  },
  update_status(ctx) {
    const me = requireViewer(ctx).id.toString()
    const status = ctx.params.status ?? ''
    if (Array.from(status).length > 280) throw new ApiError(403, 186, 'Status is over 280 characters.')
    const duplicate = [...ctx.state.tweets.values()].some((t) => t.user === me && !t.retweet_of && t.text === extractEntities(status, () => undefined).text)
    if (duplicate) throw new ApiError(403, 187, 'Status is a duplicate.')
    const tweet = ctx.state.postTweet(me, status, { inReplyTo: ctx.params.in_reply_to_status_id })
    return ctx.state.tweetJson(tweet, me, tweetOptions(ctx))
  },
  update_status_with_media(ctx) {
    return handlers.update_status!(ctx)
  },
  destroy_status(ctx) {
    const me = requireViewer(ctx).id.toString()
    const tweet = tweetFrom(ctx)
    if (tweet.user !== me) throw new ApiError(403, 183, "You may not delete another user's status.")
    const json = ctx.state.tweetJson(tweet, me, tweetOptions(ctx))
    ctx.state.tweets.delete(tweet.id.toString())
    return json
  },
  retweet(ctx) {
    const me = requireViewer(ctx).id.toString()
    const original = tweetFrom(ctx)
    const id = original.id.toString()
    if ([...ctx.state.tweets.values()].some((t) => t.user === me && t.retweet_of === id)) throw new ApiError(403, 327, 'You have already retweeted this Tweet.')
    const author = ctx.state.users.get(original.user)!
    const rt = ctx.state.postTweet(me, `RT @${author.screen_name}: ${original.text}`, { retweetOf: id })
    return ctx.state.tweetJson(rt, me, tweetOptions(ctx))
  },
  get_retweets(ctx) {
    const id = tweetFrom(ctx).id.toString()
    return timeline(ctx, ctx.state.sortedTweets((t) => t.retweet_of === id), 100, 100)
  },
  get_retweeters_ids(ctx) {
    const id = tweetFrom(ctx).id.toString()
    return idsPage(ctx, [...ctx.state.tweets.values()].filter((t) => t.retweet_of === id).map((t) => t.user))
  },
  get_oembed_tweet(ctx) {
    const tweet = ctx.params.id ? ctx.state.tweets.get(ctx.params.id) : [...ctx.state.tweets.values()].find((t) => (ctx.params.url ?? '').endsWith(t.id.toString()))
    if (!tweet) throw notFoundTweet()
    const author = ctx.state.users.get(tweet.user)!
    const url = `https://twitter.com/${author.screen_name}/status/${tweet.id}`
    return {
      url,
      author_name: author.name,
      author_url: `https://twitter.com/${author.screen_name}`,
      html: `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${tweet.text}</p>&mdash; ${author.name} (@${author.screen_name}) <a href="${url}">${tweet.created_at.toDateString()}</a></blockquote>\n${ctx.params.omit_script === 'true' ? '' : '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n'}`,
      width: 550,
      height: null,
      type: 'rich',
      cache_age: '3153600000',
      provider_name: 'Twitter',
      provider_url: 'https://twitter.com',
      version: '1.0',
    }
  },
  search(ctx) {
    const q = ctx.params.q ?? ''
    const count = int(ctx, 'count', 15, 100)
    const since = ctx.params.since_id ? BigInt(ctx.params.since_id) : undefined
    const max = ctx.params.max_id ? BigInt(ctx.params.max_id) : undefined
    const all = ctx.state.sortedTweets((t) => !t.retweet_of && matches(ctx, t, q) && (since === undefined || t.id > since) && (max === undefined || t.id <= max))
    const page = all.slice(0, count)
    const last = page[page.length - 1]
    const query = encodeURIComponent(q)
    const metadata: Record<string, unknown> = {
      completed_in: 0.012,
      max_id: page[0]?.id ?? 0n,
      max_id_str: (page[0]?.id ?? 0n).toString(),
      query,
      refresh_url: `?since_id=${(page[0]?.id ?? 0n).toString()}&q=${query}&include_entities=1`,
      count,
      since_id: since ?? 0n,
      since_id_str: (since ?? 0n).toString(),
    }
    if (last && all.length > count) metadata.next_results = `?max_id=${(last.id - 1n).toString()}&q=${query}&count=${count}&include_entities=1`
    return { statuses: page.map((t) => ctx.state.tweetJson(t, ctx.viewer, tweetOptions(ctx))), search_metadata: metadata }
  },

  // ---- favorites ----------------------------------------------------------------------------------
  get_favorites(ctx) {
    const user = userFrom(ctx)
    return timeline(ctx, ctx.state.sortedTweets((t) => user.favourites.has(t.id.toString())))
  },
  create_favorite(ctx) {
    const me = requireViewer(ctx)
    const tweet = tweetFrom(ctx)
    if (me.favourites.has(tweet.id.toString())) throw new ApiError(403, 139, 'You have already favorited this status.')
    me.favourites.add(tweet.id.toString())
    return ctx.state.tweetJson(tweet, ctx.viewer, tweetOptions(ctx))
  },
  destroy_favorite(ctx) {
    const me = requireViewer(ctx)
    const tweet = tweetFrom(ctx)
    me.favourites.delete(tweet.id.toString())
    return ctx.state.tweetJson(tweet, ctx.viewer, tweetOptions(ctx))
  },

  // ---- users --------------------------------------------------------------------------------------
  verify_credentials: (ctx) => ctx.state.userJson(requireViewer(ctx), ctx.viewer),
  show_user: (ctx) => ctx.state.userJson(userFrom(ctx, '', false), ctx.viewer),
  lookup_user: (ctx) => namesOrIds(ctx).map((u) => ctx.state.userJson(u, ctx.viewer)),
  search_users(ctx) {
    const q = (ctx.params.q ?? '').toLowerCase()
    const count = int(ctx, 'count', 20, 20)
    const page = int(ctx, 'page', 1, 50)
    const found = [...ctx.state.users.values()].filter((u) => !u.screen_name.startsWith('follower_') && (u.screen_name.toLowerCase().includes(q) || u.name.toLowerCase().includes(q)))
    return found.slice((page - 1) * count, page * count).map((u) => ctx.state.userJson(u, ctx.viewer))
  },
  get_contributees: () => [],
  get_contributors: () => [],
  get_profile_banner_sizes(ctx) {
    const user = userFrom(ctx)
    const base = `https://pbs.twimg.com/profile_banners/${user.id}/1500000000`
    return { sizes: Object.fromEntries([['ipad', 626, 313], ['ipad_retina', 1252, 626], ['web', 520, 260], ['web_retina', 1040, 520], ['mobile', 320, 160], ['mobile_retina', 640, 320], ['300x100', 300, 100], ['600x200', 600, 200], ['1500x500', 1500, 500]].map(([k, w, h]) => [k, { h, w, url: `${base}/${k}` }])) }
  },
  get_user_suggestions: () => [{ name: 'Computing', slug: 'computing', size: 4 }, { name: 'Twitter', slug: 'twitter', size: 2 }],
  get_user_suggestions_by_slug(ctx) {
    const users = suggested(ctx)
    return { name: ctx.params.slug, slug: ctx.params.slug, size: users.length, users: users.map((u) => ctx.state.userJson(u, ctx.viewer)) }
  },
  get_user_suggestions_statuses_by_slug: (ctx) => suggested(ctx).map((u) => ctx.state.userJson(u, ctx.viewer)),
  report_spam(ctx) {
    const target = userFrom(ctx, '', false)
    toggle(ctx.state.blocks, requireViewer(ctx).id.toString(), target.id.toString(), bool(ctx, 'perform_block') || ctx.params.perform_block === undefined)
    return ctx.state.userJson(target, ctx.viewer)
  },

  // ---- friends, followers, friendships -----------------------------------------------------------
  get_friends_ids: (ctx) => idsPage(ctx, ctx.state.following.get(userFrom(ctx).id.toString()) ?? []),
  get_followers_ids: (ctx) => idsPage(ctx, ctx.state.followers.get(userFrom(ctx).id.toString()) ?? []),
  get_friends_list: (ctx) => usersPage(ctx, ctx.state.following.get(userFrom(ctx).id.toString()) ?? []),
  get_followers_list: (ctx) => usersPage(ctx, ctx.state.followers.get(userFrom(ctx).id.toString()) ?? []),
  get_incoming_friendship_ids: (ctx) => idsPage(ctx, ctx.state.pendingIncoming.get(requireViewer(ctx).id.toString()) ?? []),
  get_outgoing_friendship_ids: (ctx) => idsPage(ctx, [...ctx.state.pendingIncoming].filter(([, from]) => from.has(requireViewer(ctx).id.toString())).map(([to]) => to)),
  get_user_ids_of_blocked_retweets(ctx) {
    const ids = [...(ctx.state.noRetweets.get(requireViewer(ctx).id.toString()) ?? [])]
    return bool(ctx, 'stringify_ids') ? ids : ids.map(BigInt)
  },
  lookup_friendships(ctx) {
    const me = requireViewer(ctx).id.toString()
    return namesOrIds(ctx).map((u) => {
      const id = u.id.toString()
      const connections = [ctx.state.isFollowing(me, id) && 'following', ctx.state.isFollowing(id, me) && 'followed_by', ctx.state.blocks.get(me)?.has(id) && 'blocking', ctx.state.mutes.get(me)?.has(id) && 'muting'].filter((c): c is string => typeof c === 'string')
      return { name: u.name, screen_name: u.screen_name, id: u.id, id_str: id, connections: connections.length ? connections : ['none'] }
    })
  },
  create_friendship(ctx) {
    const me = requireViewer(ctx).id.toString()
    const target = userFrom(ctx, '', false)
    if (target.id.toString() === me) throw new ApiError(403, 158, "You can't follow yourself.")
    ctx.state.follow(me, target.id.toString())
    return ctx.state.userJson(target, me)
  },
  destroy_friendship(ctx) {
    const me = requireViewer(ctx).id.toString()
    const target = userFrom(ctx, '', false)
    ctx.state.unfollow(me, target.id.toString())
    return ctx.state.userJson(target, me)
  },
  update_friendship(ctx) {
    const me = requireViewer(ctx)
    const target = userFrom(ctx, '', false)
    if (ctx.params.retweets !== undefined) toggle(ctx.state.noRetweets, me.id.toString(), target.id.toString(), !bool(ctx, 'retweets'))
    return relationship(ctx, me, target)
  },
  show_friendship(ctx) {
    const source = ctx.params.source_id || ctx.params.source_screen_name ? userFrom(ctx, 'source_', false) : requireViewer(ctx)
    const target = ctx.params.target_id ? ctx.state.users.get(ctx.params.target_id) : ctx.state.userByName(ctx.params.target_screen_name ?? '')
    if (!target) throw notFoundUser()
    return relationship(ctx, source, target)
  },

  // ---- blocks and mutes ---------------------------------------------------------------------------
  list_blocks: (ctx) => usersPage(ctx, ctx.state.blocks.get(requireViewer(ctx).id.toString()) ?? []),
  list_block_ids: (ctx) => idsPage(ctx, ctx.state.blocks.get(requireViewer(ctx).id.toString()) ?? []),
  create_block(ctx) {
    const me = requireViewer(ctx).id.toString()
    const target = userFrom(ctx, '', false)
    toggle(ctx.state.blocks, me, target.id.toString(), true)
    ctx.state.unfollow(me, target.id.toString())
    ctx.state.unfollow(target.id.toString(), me)
    return ctx.state.userJson(target, me)
  },
  destroy_block(ctx) {
    const target = userFrom(ctx, '', false)
    toggle(ctx.state.blocks, requireViewer(ctx).id.toString(), target.id.toString(), false)
    return ctx.state.userJson(target, ctx.viewer)
  },
  list_mutes: (ctx) => usersPage(ctx, ctx.state.mutes.get(requireViewer(ctx).id.toString()) ?? []),
  list_mute_ids: (ctx) => idsPage(ctx, ctx.state.mutes.get(requireViewer(ctx).id.toString()) ?? []),
  create_mute(ctx) {
    const target = userFrom(ctx, '', false)
    toggle(ctx.state.mutes, requireViewer(ctx).id.toString(), target.id.toString(), true)
    return ctx.state.userJson(target, ctx.viewer)
  },
  destroy_mute(ctx) {
    const target = userFrom(ctx, '', false)
    toggle(ctx.state.mutes, requireViewer(ctx).id.toString(), target.id.toString(), false)
    return ctx.state.userJson(target, ctx.viewer)
  },

  // ---- account ------------------------------------------------------------------------------------
  get_account_settings: (ctx) => accountSettings(requireViewer(ctx)),
  update_account_settings(ctx) {
    const me = requireViewer(ctx)
    if (ctx.params.lang) me.settings.language = ctx.params.lang
    if (ctx.params.time_zone) me.settings.time_zone = ctx.params.time_zone
    if (ctx.params.sleep_time_enabled !== undefined) me.settings.sleep_enabled = bool(ctx, 'sleep_time_enabled')
    return accountSettings(me)
  },
  update_profile(ctx) {
    const me = requireViewer(ctx)
    for (const key of ['name', 'description', 'location'] as const) if (ctx.params[key] !== undefined) me[key] = ctx.params[key]!
    if (ctx.params.url !== undefined) me.url = ctx.params.url || null
    if (ctx.params.profile_link_color) me.profile_link_color = ctx.params.profile_link_color
    return ctx.state.userJson(me, ctx.viewer)
  },
  update_profile_colors(ctx) {
    const me = requireViewer(ctx)
    for (const key of ['profile_link_color', 'profile_background_color', 'profile_sidebar_border_color', 'profile_sidebar_fill_color', 'profile_text_color'] as const) if (ctx.params[key]) me[key] = ctx.params[key]!
    return ctx.state.userJson(me, ctx.viewer)
  },
  update_profile_image: (ctx) => ctx.state.userJson(requireViewer(ctx), ctx.viewer),
  update_profile_background_image: (ctx) => ctx.state.userJson(requireViewer(ctx), ctx.viewer),
  update_profile_banner_image: () => ({ status: 201, body: undefined }),
  remove_profile_banner: () => ({ status: 200, body: undefined }),
  update_delivery_service: (ctx) => ({ device: ctx.params.device ?? 'none' }),

  // ---- direct messages (legacy) -------------------------------------------------------------------
  get_direct_messages(ctx) {
    const me = requireViewer(ctx).id.toString()
    return dmTimeline(ctx, (dm) => dm.recipient === me)
  },
  get_sent_messages(ctx) {
    const me = requireViewer(ctx).id.toString()
    return dmTimeline(ctx, (dm) => dm.sender === me)
  },
  get_direct_message(ctx) {
    const me = requireViewer(ctx).id.toString()
    const dm = ctx.state.dms.get(ctx.params.id ?? '')
    if (!dm || (dm.sender !== me && dm.recipient !== me)) throw new ApiError(404, 34, 'Sorry, that page does not exist.')
    return ctx.state.dmJson(dm, me)
  },
  send_direct_message(ctx) {
    const me = requireViewer(ctx).id.toString()
    const to = userFrom(ctx, '', false)
    if (!ctx.state.isFollowing(to.id.toString(), me)) throw new ApiError(403, 150, 'You cannot send messages to users who are not following you.')
    const { text, entities } = extractEntities(ctx.params.text ?? '', (n) => ctx.state.userByName(n))
    const dm = { id: ctx.state.nextId(), sender: me, recipient: to.id.toString(), text, entities, created_at: ctx.state.now() }
    ctx.state.dms.set(dm.id.toString(), dm)
    return ctx.state.dmJson(dm, me)
  },
  destroy_direct_message(ctx) {
    const me = requireViewer(ctx).id.toString()
    const dm = ctx.state.dms.get(ctx.params.id ?? '')
    if (!dm || (dm.sender !== me && dm.recipient !== me)) throw new ApiError(404, 34, 'Sorry, that page does not exist.')
    ctx.state.dms.delete(ctx.params.id!)
    return ctx.state.dmJson(dm, me)
  },

  // ---- lists --------------------------------------------------------------------------------------
  show_lists(ctx) {
    const user = userFrom(ctx).id.toString()
    return [...ctx.state.lists.values()].filter((l) => l.owner === user || l.subscribers.has(user)).map((l) => ctx.state.listJson(l, ctx.viewer))
  },
  show_owned_lists(ctx) {
    const user = userFrom(ctx).id.toString()
    return cursored(ctx, [...ctx.state.lists.values()].filter((l) => l.owner === user), 'lists', 20, 1000, (l) => ctx.state.listJson(l, ctx.viewer))
  },
  get_list_memberships(ctx) {
    const user = userFrom(ctx).id.toString()
    return cursored(ctx, [...ctx.state.lists.values()].filter((l) => l.members.has(user)), 'lists', 20, 1000, (l) => ctx.state.listJson(l, ctx.viewer))
  },
  get_list_subscriptions(ctx) {
    const user = userFrom(ctx).id.toString()
    return cursored(ctx, [...ctx.state.lists.values()].filter((l) => l.subscribers.has(user)), 'lists', 20, 1000, (l) => ctx.state.listJson(l, ctx.viewer))
  },
  get_specific_list: (ctx) => ctx.state.listJson(listFrom(ctx), ctx.viewer),
  get_list_statuses(ctx) {
    const list = listFrom(ctx)
    return timeline(ctx, ctx.state.sortedTweets((t) => list.members.has(t.user) && (ctx.params.include_rts !== 'false' || !t.retweet_of)))
  },
  get_list_members: (ctx) => usersPage(ctx, listFrom(ctx).members),
  get_list_subscribers: (ctx) => usersPage(ctx, listFrom(ctx).subscribers),
  is_list_member(ctx) {
    const list = listFrom(ctx)
    const user = userFrom(ctx, '', false)
    if (!list.members.has(user.id.toString())) throw new ApiError(404, 109, 'The specified user is not a member of this list.')
    return ctx.state.userJson(user, ctx.viewer)
  },
  is_list_subscriber(ctx) {
    const list = listFrom(ctx)
    const user = userFrom(ctx, '', false)
    if (!list.subscribers.has(user.id.toString())) throw new ApiError(404, 109, 'The specified user is not a subscriber of this list.')
    return ctx.state.userJson(user, ctx.viewer)
  },
  create_list(ctx) {
    const me = requireViewer(ctx).id.toString()
    const name = ctx.params.name ?? ''
    const list: ListRecord = { id: ctx.state.nextId(), owner: me, name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'list', description: ctx.params.description ?? '', mode: ctx.params.mode === 'private' ? 'private' : 'public', created_at: ctx.state.now(), members: new Set(), subscribers: new Set() }
    ctx.state.lists.set(list.id.toString(), list)
    return ctx.state.listJson(list, me)
  },
  update_list(ctx) {
    const list = ownList(ctx)
    if (ctx.params.name) list.name = ctx.params.name
    if (ctx.params.description !== undefined) list.description = ctx.params.description
    if (ctx.params.mode === 'public' || ctx.params.mode === 'private') list.mode = ctx.params.mode
    return ctx.state.listJson(list, ctx.viewer)
  },
  delete_list(ctx) {
    const list = ownList(ctx)
    ctx.state.lists.delete(list.id.toString())
    return ctx.state.listJson(list, ctx.viewer)
  },
  add_list_member(ctx) {
    const list = ownList(ctx)
    list.members.add(userFrom(ctx, '', false).id.toString())
    return ctx.state.listJson(list, ctx.viewer)
  },
  delete_list_member(ctx) {
    const list = ownList(ctx)
    list.members.delete(userFrom(ctx, '', false).id.toString())
    return ctx.state.listJson(list, ctx.viewer)
  },
  create_list_members(ctx) {
    const list = ownList(ctx)
    for (const u of namesOrIds(ctx)) list.members.add(u.id.toString())
    return ctx.state.listJson(list, ctx.viewer)
  },
  delete_list_members(ctx) {
    const list = ownList(ctx)
    for (const u of namesOrIds(ctx)) list.members.delete(u.id.toString())
    return ctx.state.listJson(list, ctx.viewer)
  },
  subscribe_to_list(ctx) {
    const list = listFrom(ctx)
    list.subscribers.add(requireViewer(ctx).id.toString())
    return ctx.state.listJson(list, ctx.viewer)
  },
  unsubscribe_from_list(ctx) {
    const list = listFrom(ctx)
    list.subscribers.delete(requireViewer(ctx).id.toString())
    return ctx.state.listJson(list, ctx.viewer)
  },

  // ---- saved searches -----------------------------------------------------------------------------
  get_saved_searches(ctx) {
    const me = requireViewer(ctx).id.toString()
    return [...ctx.state.savedSearches.values()].filter((s) => s.owner === me).map((s) => ctx.state.savedSearchJson(s))
  },
  show_saved_search: (ctx) => ctx.state.savedSearchJson(savedSearch(ctx)),
  create_saved_search(ctx) {
    const s = { id: ctx.state.nextId(), owner: requireViewer(ctx).id.toString(), query: ctx.params.query ?? '', created_at: ctx.state.now() }
    ctx.state.savedSearches.set(s.id.toString(), s)
    return ctx.state.savedSearchJson(s)
  },
  destroy_saved_search(ctx) {
    const s = savedSearch(ctx)
    ctx.state.savedSearches.delete(s.id.toString())
    return ctx.state.savedSearchJson(s)
  },

  // ---- application --------------------------------------------------------------------------------
  get_application_rate_limit_status(ctx) {
    const all = ctx.rateLimits()
    const wanted = ctx.params.resources?.split(',').filter(Boolean)
    const resources = wanted ? Object.fromEntries(Object.entries(all).filter(([family]) => wanted.includes(family))) : all
    return { rate_limit_context: ctx.viewer ? { access_token: 'emulator-user-token' } : { application: 'emulator-app' }, resources }
  },
  invalidate_token: () => {
    throw new ApiError(500, 131, 'invalidate_token is answered by the OAuth layer.')
  },
  ...staticData,
}

function suggested(ctx: HandlerContext): UserRecord[] {
  const names = ctx.params.slug === 'twitter' ? ['twitterapi', 'jack'] : ['ada_l', 'grace_h', 'margaret_h', 'tim_bl']
  return names.map((n) => ctx.state.userByName(n)!).filter(Boolean)
}

function savedSearch(ctx: HandlerContext) {
  const s = ctx.state.savedSearches.get(ctx.params.id ?? '')
  if (!s || s.owner !== requireViewer(ctx).id.toString()) throw new ApiError(404, 34, 'Sorry, that page does not exist.')
  return s
}

function dmTimeline(ctx: HandlerContext, filter: (dm: { sender: string; recipient: string }) => boolean) {
  const since = ctx.params.since_id ? BigInt(ctx.params.since_id) : undefined
  const max = ctx.params.max_id ? BigInt(ctx.params.max_id) : undefined
  return [...ctx.state.dms.values()]
    .filter((dm) => filter(dm) && (since === undefined || dm.id > since) && (max === undefined || dm.id <= max))
    .sort((a, b) => (a.id < b.id ? 1 : -1))
    .slice(0, int(ctx, 'count', 20, 200))
    .map((dm) => ctx.state.dmJson(dm, ctx.viewer))
}

function accountSettings(me: UserRecord): Record<string, unknown> {
  return {
    time_zone: { name: me.settings.time_zone, tzinfo_name: me.settings.time_zone, utc_offset: 0 },
    protected: me.protected,
    screen_name: me.screen_name,
    always_use_https: true,
    use_cookie_personalization: false,
    sleep_time: { enabled: me.settings.sleep_enabled, end_time: null, start_time: null },
    geo_enabled: me.settings.geo_enabled,
    language: me.settings.language,
    discoverable_by_email: me.settings.discoverable_by_email,
    discoverable_by_mobile_phone: false,
    display_sensitive_media: false,
    allow_contributor_request: 'none',
    allow_dms_from: 'following',
    allow_dm_groups_from: 'following',
    translator_type: 'none',
    trend_location: [{ name: 'Worldwide', countryCode: null, url: 'http://where.yahooapis.com/v1/place/1', woeid: 1, placeType: { name: 'Supername', code: 19 }, parentid: 0, country: '' }],
  }
}
