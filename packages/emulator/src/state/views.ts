/**
 * Records as Twitter's JSON: the User, Tweet (and the embedded UserStatus), List, DirectMessage and
 * SavedSearch shapes of the spec's models, with every id as a bigint next to its `_str` twin.
 */
import { createHash } from 'node:crypto'
import type { DirectMessageRecord, ListRecord, MediaRecord, SavedSearchRecord, State, TweetRecord, UserRecord } from './state.js'
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
    ...(options.extended ? { full_text: tweet.text, display_text_range: [0, Array.from(tweet.text).length - (tweet.mediaUrl ? Array.from(tweet.mediaUrl).length + (tweet.text === tweet.mediaUrl ? 0 : 1) : 0)] } : { text: tweet.text }),
    truncated: false,
    entities,
    ...(options.includeEntities !== false ? tweetMedia(state, tweet) : {}),
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
  if (tweet.entities.urls.length > 0 || json.extended_entities) json.possibly_sensitive = false
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

/** A stable name for a media file, derived from its id (Twitter's are 15 letters and digits). */
function mediaKey(id: bigint): string {
  return createHash('sha256').update(`media:${id}`).digest('base64url').replace(/[-_]/g, 'x').slice(0, 15)
}

/** `[w, h]` in lowest terms, as `video_info.aspect_ratio`. */
function aspectRatio(w: number, h: number): [number, number] {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))
  const g = gcd(w, h)
  return [w / g, h / g]
}

/**
 * One entry of `entities.media` / `extended_entities.media` (and a DM's `attachment.media`), in the
 * recorded shape: `media_url(_https)` (for video and GIF, the still that Twitter showed), the t.co `url`,
 * `pic.twitter.com` display URL, `sizes` (fit within 2048/1200/680, a 150 crop thumb), and for GIF and
 * video `video_info`. `asPhoto` writes the legacy `entities.media` form: type `photo`, no `video_info`.
 */
export function mediaJson(media: MediaRecord, link: { url: string; expandedUrl: string; indices: [number, number] }, asPhoto = false): Json {
  const key = mediaKey(media.id)
  const video = media.kind === 'video'
  const gif = media.kind === 'gif'
  const amplify = media.category === 'amplify_video'
  // Unknown sizes (a format the emulator does not read) show as Twitter's common 16:9 frame.
  const [w, h] = media.w > 0 && media.h > 0 ? [media.w, media.h] : [1280, 720]
  const ext = media.mediaType === 'image/png' ? 'png' : media.mediaType === 'image/webp' ? 'webp' : 'jpg'
  const still = video ? (amplify ? `pbs.twimg.com/amplify_video_thumb/${media.id}/img/${key}.jpg` : `pbs.twimg.com/ext_tw_video_thumb/${media.id}/pu/img/${key}.jpg`) : gif ? `pbs.twimg.com/tweet_video_thumb/${key}.jpg` : `pbs.twimg.com/media/${key}.${ext}`
  const fit = (max: number) => {
    const scale = Math.min(1, max / Math.max(w, h))
    return { w: Math.round(w * scale), h: Math.round(h * scale), resize: 'fit' }
  }
  const json: Json = {
    id: media.id,
    id_str: media.id.toString(),
    indices: link.indices,
    media_url: `http://${still}`,
    media_url_https: `https://${still}`,
    url: link.url,
    display_url: link.url.replace(/^https:\/\/t\.co\//, 'pic.twitter.com/'),
    expanded_url: link.expandedUrl,
    type: asPhoto ? 'photo' : video ? 'video' : gif ? 'animated_gif' : 'photo',
    sizes: { thumb: { w: 150, h: 150, resize: 'crop' }, small: fit(680), medium: fit(1200), large: fit(2048) },
  }
  if (!asPhoto && gif) json.video_info = { aspect_ratio: aspectRatio(w, h), variants: [{ bitrate: 0, content_type: 'video/mp4', url: `https://video.twimg.com/tweet_video/${key}.mp4` }] }
  if (!asPhoto && video) {
    const base = amplify ? `https://video.twimg.com/amplify_video/${media.id}` : `https://video.twimg.com/ext_tw_video/${media.id}/pu`
    json.video_info = {
      aspect_ratio: aspectRatio(w, h),
      ...(media.durationMs !== undefined ? { duration_millis: media.durationMs } : {}),
      variants: [
        { content_type: 'application/x-mpegURL', url: `${base}/pl/${key}.m3u8` },
        { bitrate: 832000, content_type: 'video/mp4', url: `${base}/vid/${fit(640).w}x${fit(640).h}/${key}.mp4` },
        { bitrate: 2176000, content_type: 'video/mp4', url: `${base}/vid/${w}x${h}/${key}.mp4` },
      ],
    }
  }
  return json
}

/**
 * `entities.media` (the first item, as a photo: what clients before extended entities showed) and
 * `extended_entities.media` (every item with its real type), as Twitter wrote them for a tweet with media.
 * A retweet carries its original's media (its text ends with the same link), with `source_status_id` and
 * `source_user_id` naming the original, as recorded.
 */
function tweetMedia(state: State, tweet: TweetRecord): Json {
  const source = tweet.media ? tweet : tweet.retweet_of ? state.tweets.get(tweet.retweet_of) : undefined
  const author = source && state.users.get(source.user)
  if (!source?.media || !source.mediaUrl || !author || !tweet.text.endsWith(source.mediaUrl)) return {}
  const { media, mediaUrl } = source
  const start = Array.from(tweet.text).length - Array.from(mediaUrl).length
  const indices: [number, number] = [start, start + Array.from(mediaUrl).length]
  const kind = media[0]!.kind === 'video' ? 'video' : 'photo'
  const link = (n: number) => ({ url: mediaUrl, expandedUrl: `https://twitter.com/${author.screen_name}/status/${source.id}/${kind}/${n}`, indices })
  const origin = source === tweet ? {} : { source_status_id: source.id, source_status_id_str: source.id.toString(), source_user_id: author.id, source_user_id_str: author.id.toString() }
  return {
    entities: { ...tweet.entities, media: [{ ...mediaJson(media[0]!, link(1), true), ...origin }] },
    extended_entities: { media: media.map((m, i) => ({ ...mediaJson(m, link(i + 1)), ...origin })) },
  }
}
