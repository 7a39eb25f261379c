/**
 * Records as Twitter's JSON: the User, Tweet (and the embedded UserStatus), List, DirectMessage and
 * SavedSearch shapes of the spec's models, with every id as a bigint next to its `_str` twin.
 */
import type { DirectMessageRecord, ListRecord, SavedSearchRecord, State, TweetRecord, UserRecord } from './state.js'
import { twitterDate } from './state.js'

export type Json = Record<string, unknown>

export interface TweetViewOptions {
  /** `trim_user`: the author as `{ id, id_str }` only. */
  readonly trimUser?: boolean
  /** false inside a user object (Twitter's `status` of a user has no `user`). */
  readonly embedUser?: boolean
  /** `include_entities=false` empties the entity lists. */
  readonly includeEntities?: boolean
  /** `tweet_mode=extended`: `full_text` and `display_text_range` instead of `text`. */
  readonly extended?: boolean
  /** Search results carry `metadata`. */
  readonly searchResultType?: string
}

export function userJson(state: State, user: UserRecord, viewer?: string, withStatus = true): Json {
  const id = user.id.toString()
  let statuses = 0
  let latest: TweetRecord | undefined
  for (const t of state.tweets.values()) {
    if (t.user !== id) continue
    statuses++
    if (!latest || t.id > latest.id) latest = t
  }
  const json: Json = {
    id: user.id,
    id_str: id,
    name: user.name,
    screen_name: user.screen_name,
    location: user.location,
    description: user.description,
    url: user.url,
    entities: { description: { urls: [] }, ...(user.url ? { url: { urls: [{ url: user.url, expanded_url: user.url, display_url: user.url.replace(/^https?:\/\//, ''), indices: [0, Array.from(user.url).length] }] } } : {}) },
    protected: user.protected,
    followers_count: state.followers.get(id)?.size ?? 0,
    friends_count: state.following.get(id)?.size ?? 0,
    listed_count: [...state.lists.values()].filter((l) => l.members.has(id)).length,
    created_at: twitterDate(user.created_at),
    favourites_count: user.favourites.size,
    utc_offset: null,
    time_zone: null,
    geo_enabled: user.settings.geo_enabled,
    verified: user.verified,
    statuses_count: statuses,
    lang: user.lang,
    contributors_enabled: false,
    is_translator: false,
    is_translation_enabled: false,
    profile_background_color: user.profile_background_color,
    profile_background_image_url: null,
    profile_background_image_url_https: null,
    profile_background_tile: false,
    profile_image_url: `http://pbs.twimg.com/profile_images/${id}/avatar_normal.png`,
    profile_image_url_https: `https://pbs.twimg.com/profile_images/${id}/avatar_normal.png`,
    profile_banner_url: `https://pbs.twimg.com/profile_banners/${id}/1500000000`,
    profile_link_color: user.profile_link_color,
    profile_sidebar_border_color: user.profile_sidebar_border_color,
    profile_sidebar_fill_color: user.profile_sidebar_fill_color,
    profile_text_color: user.profile_text_color,
    profile_use_background_image: true,
    has_extended_profile: false,
    default_profile: user.profile_link_color === '1DA1F2',
    default_profile_image: false,
    following: viewer ? state.isFollowing(viewer, id) : false,
    follow_request_sent: viewer ? (state.pendingIncoming.get(id)?.has(viewer) ?? false) : false,
    notifications: false,
    translator_type: 'none',
  }
  if (viewer) {
    json.muting = state.mutes.get(viewer)?.has(id) ?? false
    json.blocking = state.blocks.get(viewer)?.has(id) ?? false
    json.blocked_by = state.blocks.get(id)?.has(viewer) ?? false
  }
  if (withStatus && latest) json.status = tweetJson(state, latest, viewer, { embedUser: false })
  return json
}

export function tweetJson(state: State, tweet: TweetRecord, viewer?: string, options: TweetViewOptions = {}): Json {
  const id = tweet.id.toString()
  const author = state.users.get(tweet.user)
  const retweets = state.retweetsOf(id)
  let favorites = 0
  for (const u of state.users.values()) if (u.favourites.has(id)) favorites++
  // A retweet reads as the original does: `retweeted` says whether the viewer retweeted the original
  // (true on the answer of statuses/retweet, as recorded), and the viewer's own retweet is the one found.
  const mine = viewer ? (tweet.retweet_of ? state.retweetsOf(tweet.retweet_of) : retweets).find((r) => r.user === viewer) : undefined
  const entities = options.includeEntities === false ? { hashtags: [], symbols: [], user_mentions: [], urls: [] } : tweet.entities
  const json: Json = {
    created_at: twitterDate(tweet.created_at),
    id: tweet.id,
    id_str: id,
    ...(options.extended ? { full_text: tweet.text, display_text_range: [0, Array.from(tweet.text).length] } : { text: tweet.text }),
    truncated: false,
    entities,
    ...(options.searchResultType ? { metadata: { iso_language_code: tweet.lang, result_type: options.searchResultType } } : {}),
    source: tweet.source,
    in_reply_to_status_id: tweet.in_reply_to?.status ?? null,
    in_reply_to_status_id_str: tweet.in_reply_to?.status.toString() ?? null,
    in_reply_to_user_id: tweet.in_reply_to?.user ?? null,
    in_reply_to_user_id_str: tweet.in_reply_to?.user.toString() ?? null,
    in_reply_to_screen_name: tweet.in_reply_to?.screen_name ?? null,
  }
  if (options.embedUser !== false && author) json.user = options.trimUser ? { id: author.id, id_str: author.id.toString() } : userJson(state, author, viewer, false)
  Object.assign(json, { geo: null, coordinates: null, place: null, contributors: null })
  if (tweet.retweet_of) {
    const original = state.tweets.get(tweet.retweet_of)
    if (original) json.retweeted_status = tweetJson(state, original, viewer, { ...options, searchResultType: undefined })
  }
  Object.assign(json, {
    is_quote_status: false,
    retweet_count: retweets.length,
    favorite_count: favorites,
    favorited: viewer ? (state.users.get(viewer)?.favourites.has(id) ?? false) : false,
    retweeted: mine !== undefined,
  })
  if (mine && !tweet.retweet_of) json.current_user_retweet = { id: mine.id, id_str: mine.id.toString() }
  if (tweet.entities.urls.length > 0) json.possibly_sensitive = false
  json.lang = tweet.lang
  return json
}

export function listJson(state: State, list: ListRecord, viewer?: string): Json {
  const owner = state.users.get(list.owner)!
  return {
    id: list.id,
    id_str: list.id.toString(),
    name: list.name,
    uri: `/${owner.screen_name}/lists/${list.slug}`,
    subscriber_count: list.subscribers.size,
    member_count: list.members.size,
    mode: list.mode,
    description: list.description,
    slug: list.slug,
    full_name: `@${owner.screen_name}/${list.slug}`,
    created_at: twitterDate(list.created_at),
    following: viewer ? list.subscribers.has(viewer) : false,
    user: userJson(state, owner, viewer, false),
  }
}

export function dmJson(state: State, dm: DirectMessageRecord, viewer?: string): Json {
  const sender = state.users.get(dm.sender)!
  const recipient = state.users.get(dm.recipient)!
  return {
    id: dm.id,
    id_str: dm.id.toString(),
    text: dm.text,
    sender: userJson(state, sender, viewer, false),
    sender_id: sender.id,
    sender_id_str: sender.id.toString(),
    sender_screen_name: sender.screen_name,
    recipient: userJson(state, recipient, viewer, false),
    recipient_id: recipient.id,
    recipient_id_str: recipient.id.toString(),
    recipient_screen_name: recipient.screen_name,
    created_at: twitterDate(dm.created_at),
    entities: dm.entities,
  }
}

export function savedSearchJson(s: SavedSearchRecord): Json {
  return { created_at: twitterDate(s.created_at), id: s.id, id_str: s.id.toString(), name: s.query, position: null, query: s.query }
}
