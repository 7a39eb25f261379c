/**
 * The one state seen as X API v2 objects: every field the emulator can fill, in current (2.167) names and
 * in X's key order; `fields.ts` keeps the selected ones and `names.ts` renames for 2.159 requests. A field
 * the record has no data for (no place, no poll) is left out, as X leaves it out.
 */
import type { Entities } from '../state/entities.js'
import type { DirectMessageRecord, ListRecord, State, TweetRecord, UserRecord } from '../state/state.js'
import { extrasOf, mediaKeysOf, oneToOneConversationId, type MediaRecord, type PlaceRecord, type PollRecord, type SpaceRecord } from './store.js'

export type V2Object = Record<string, unknown>

/** X writes times to the second (`2021-01-06T18:40:40.000Z`), as v1.1 does. */
export const iso = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString()

/** v2 entities from v1.1 ones: `start`/`end` instead of `indices`, `tag` for hashtags and cashtags. */
export function v2Entities(entities: Entities): V2Object | undefined {
  const out: V2Object = {}
  if (entities.urls.length > 0) out.urls = entities.urls.map((u) => ({ start: u.indices[0], end: u.indices[1], url: u.url, expanded_url: u.expanded_url, display_url: u.display_url }))
  if (entities.hashtags.length > 0) out.hashtags = entities.hashtags.map((h) => ({ start: h.indices[0], end: h.indices[1], tag: h.text }))
  if (entities.user_mentions.length > 0) out.mentions = entities.user_mentions.map((m) => ({ start: m.indices[0], end: m.indices[1], username: m.screen_name, id: m.id_str }))
  if (entities.symbols.length > 0) out.cashtags = entities.symbols.map((s) => ({ start: s.indices[0], end: s.indices[1], tag: s.text }))
  return Object.keys(out).length > 0 ? out : undefined
}

/** The root of a reply chain: X's `conversation_id`. */
export function conversationOf(state: State, post: TweetRecord): string {
  let current = post
  for (let hops = 0; current.in_reply_to && hops < 1000; hops++) {
    const parent = state.tweets.get(current.in_reply_to.status.toString())
    if (!parent) return current.in_reply_to.status.toString()
    current = parent
  }
  return current.id.toString()
}

/** How a post refers to others (reply, repost, quote), as `referenced_posts`. */
export function referencesOf(state: State, post: TweetRecord): { type: 'replied_to' | 'retweeted' | 'quoted'; id: string }[] {
  const refs: { type: 'replied_to' | 'retweeted' | 'quoted'; id: string }[] = []
  if (post.retweet_of) refs.push({ type: 'retweeted', id: post.retweet_of })
  const quoted = extrasOf(state).quotes.get(post.id.toString())
  if (quoted) refs.push({ type: 'quoted', id: quoted })
  if (post.in_reply_to) refs.push({ type: 'replied_to', id: post.in_reply_to.status.toString() })
  return refs
}

/** The plain name of a v1.1 `source` anchor (`<a href=..>Twython</a>` -> `Twython`). */
function sourceName(source: string): string {
  return source.replace(/<[^>]*>/g, '')
}

export function postObject(state: State, post: TweetRecord): V2Object {
  const id = post.id.toString()
  const extras = extrasOf(state)
  let likes = 0
  for (const u of state.users.values()) if (u.favourites.has(id)) likes++
  let reposts = 0
  let replies = 0
  let quotes = 0
  for (const t of state.tweets.values()) {
    if (t.retweet_of === id) reposts++
    if (t.in_reply_to?.status.toString() === id) replies++
  }
  for (const q of extras.quotes.values()) if (q === id) quotes++
  let bookmarks = 0
  for (const set of extras.bookmarks.values()) if (set.has(id)) bookmarks++
  const refs = referencesOf(state, post)
  const media = mediaKeysOf(state, post)
  const poll = extras.postPoll.get(id)
  const place = extras.postPlace.get(id)
  const attachments = media || poll ? { ...(media ? { media_keys: media } : {}), ...(poll ? { poll_ids: [poll] } : {}) } : undefined
  return {
    id,
    text: post.text,
    edit_history_post_ids: [id],
    attachments,
    author_id: post.user,
    conversation_id: conversationOf(state, post),
    created_at: iso(post.created_at),
    display_text_range: [0, Array.from(post.text).length],
    edit_controls: { edits_remaining: 5, is_edit_eligible: !post.retweet_of, editable_until: iso(new Date(post.created_at.getTime() + 3_600_000)) },
    entities: v2Entities(post.entities),
    geo: place ? { place_id: place } : undefined,
    in_reply_to_user_id: post.in_reply_to?.user.toString(),
    lang: post.lang,
    possibly_sensitive: false,
    public_metrics: { repost_count: reposts, reply_count: replies, like_count: likes, quote_count: quotes, bookmark_count: bookmarks, impression_count: 0 },
    referenced_posts: refs.length > 0 ? refs : undefined,
    reply_settings: extras.replySettings.get(id) ?? 'everyone',
    source: sourceName(post.source),
  }
}

export function userObject(state: State, user: UserRecord): V2Object {
  const id = user.id.toString()
  let posts = 0
  let latest: TweetRecord | undefined
  for (const t of state.tweets.values()) {
    if (t.user !== id) continue
    posts++
    if (!latest || t.id > latest.id) latest = t
  }
  const urlEntity = user.url ? { url: { urls: [{ start: 0, end: Array.from(user.url).length, url: user.url, expanded_url: user.url, display_url: user.url.replace(/^https?:\/\//, '') }] } } : undefined
  return {
    id,
    name: user.name,
    username: user.screen_name,
    created_at: iso(user.created_at),
    description: user.description,
    entities: urlEntity,
    location: user.location || undefined,
    most_recent_post_id: latest?.id.toString(),
    profile_banner_url: `https://pbs.twimg.com/profile_banners/${id}/1500000000`,
    profile_image_url: `https://pbs.twimg.com/profile_images/${id}/avatar_normal.png`,
    protected: user.protected,
    public_metrics: {
      followers_count: state.followers.get(id)?.size ?? 0,
      following_count: state.following.get(id)?.size ?? 0,
      post_count: posts,
      listed_count: [...state.lists.values()].filter((l) => l.members.has(id)).length,
      like_count: user.favourites.size,
    },
    url: user.url ?? '',
    verified: user.verified,
    verified_type: user.verified ? 'business' : 'none',
  }
}

export function listObject(list: ListRecord): V2Object {
  return {
    id: list.id.toString(),
    name: list.name,
    created_at: iso(list.created_at),
    description: list.description,
    follower_count: list.subscribers.size,
    member_count: list.members.size,
    owner_id: list.owner,
    private: list.mode === 'private',
  }
}

export function dmObject(state: State, dm: DirectMessageRecord): V2Object {
  return {
    id: dm.id.toString(),
    event_type: 'MessageCreate',
    text: dm.text,
    created_at: iso(dm.created_at),
    dm_conversation_id: oneToOneConversationId(dm.sender, dm.recipient),
    entities: v2Entities(dm.entities),
    sender_id: dm.sender,
  }
}

export function mediaObject(media: MediaRecord): V2Object {
  const video = media.type !== 'photo'
  return {
    media_key: media.media_key,
    type: media.type,
    alt_text: media.alt_text,
    duration_ms: media.duration_ms,
    height: media.height,
    preview_image_url: video ? `https://pbs.twimg.com/ext_tw_video_thumb/${media.media_key.split('_')[1]}/pu/img/preview.jpg` : undefined,
    public_metrics: video ? { view_count: 0 } : undefined,
    url: video ? undefined : `https://pbs.twimg.com/media/${media.media_key}.jpg`,
    variants: video ? [{ bit_rate: 632000, content_type: 'video/mp4', url: `https://video.twimg.com/ext_tw_video/${media.media_key.split('_')[1]}/pu/vid/640x360/video.mp4` }] : undefined,
    width: media.width,
  }
}

export function pollObject(poll: PollRecord, now: Date): V2Object {
  return {
    id: poll.id,
    options: poll.options,
    duration_minutes: poll.duration_minutes,
    end_datetime: iso(poll.end),
    voting_status: poll.end > now ? 'open' : 'closed',
  }
}

export function placeObject(place: PlaceRecord): V2Object {
  return {
    id: place.id,
    full_name: place.full_name,
    country: place.country,
    country_code: place.country_code,
    geo: { type: 'Feature', bbox: [...place.bbox], properties: {} },
    name: place.name,
    place_type: place.place_type,
  }
}

export function spaceObject(space: SpaceRecord): V2Object {
  return {
    id: space.id,
    state: space.state,
    created_at: iso(space.created_at),
    creator_id: space.creator,
    host_ids: space.hosts,
    invited_user_ids: undefined,
    is_ticketed: false,
    lang: space.lang,
    participant_count: space.participant_count,
    scheduled_start: space.scheduled_start && iso(space.scheduled_start),
    speaker_ids: space.speakers.length > 0 ? space.speakers : undefined,
    started_at: space.started_at && iso(space.started_at),
    subscriber_count: 0,
    title: space.title,
    updated_at: iso(space.started_at ?? space.created_at),
  }
}
