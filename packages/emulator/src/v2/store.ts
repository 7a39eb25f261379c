/**
 * What v2 adds to the one emulator state and v1.1 has no place for: bookmarks, pinned lists, hidden
 * replies, quotes, media attached to posts, polls, places, spaces, reply settings and usage counters. It
 * hangs off the `State` it extends (one per emulator) and refers to its users and posts by id, so every
 * follow, like, post and list stays in the state both API versions read.
 */
import type { MediaRecord as UploadRecord, State, TweetRecord } from '../state/state.js'
import { mediaKeyPrefix } from '../upload/media.js'

export interface MediaRecord {
  readonly media_key: string
  readonly type: 'photo' | 'video' | 'animated_gif'
  readonly width: number
  readonly height: number
  alt_text?: string
  readonly duration_ms?: number
}

export interface PollRecord {
  readonly id: string
  readonly options: { position: number; label: string; votes: number }[]
  readonly duration_minutes: number
  readonly end: Date
}

export interface PlaceRecord {
  readonly id: string
  readonly full_name: string
  readonly name: string
  readonly country: string
  readonly country_code: string
  readonly place_type: string
  readonly bbox: readonly [number, number, number, number]
}

export interface SpaceRecord {
  readonly id: string
  readonly creator: string
  readonly title: string
  readonly state: 'live' | 'scheduled' | 'ended'
  readonly hosts: readonly string[]
  readonly speakers: readonly string[]
  readonly created_at: Date
  readonly started_at?: Date
  readonly scheduled_start?: Date
  readonly participant_count: number
  readonly lang: string
}

/** A group conversation (one-to-one conversations are derived from the two user ids). */
export interface GroupConversation {
  readonly id: string
  readonly participants: readonly string[]
  readonly events: { id: string; sender: string; text: string; created_at: Date; event_type: 'MessageCreate' | 'ParticipantsJoin' }[]
}

/** A filtered-stream rule of an app. */
export interface StreamRule {
  readonly id: string
  readonly value: string
  readonly tag?: string
}

export interface V2Extras {
  /** user id -> post ids, most recent last */
  readonly bookmarks: Map<string, Set<string>>
  /** user id -> list ids */
  readonly pinnedLists: Map<string, Set<string>>
  /** post ids whose author hid them as replies */
  readonly hidden: Set<string>
  /** post id -> id of the post it quotes */
  readonly quotes: Map<string, string>
  /** post id -> media keys attached */
  readonly postMedia: Map<string, string[]>
  readonly media: Map<string, MediaRecord>
  /** post id -> poll id */
  readonly postPoll: Map<string, string>
  readonly polls: Map<string, PollRecord>
  /** post id -> place id */
  readonly postPlace: Map<string, string>
  readonly places: Map<string, PlaceRecord>
  /** post id -> reply setting other than everyone */
  readonly replySettings: Map<string, string>
  readonly spaces: Map<string, SpaceRecord>
  readonly groups: Map<string, GroupConversation>
  /** posts delivered by v2 reads, by UTC day (`YYYY-MM-DD`), for `GET /2/usage/tweets` */
  readonly usage: Map<string, number>
  /** filtered-stream rules: app (consumer key) -> rule id -> rule */
  readonly rules: Map<string, Map<string, StreamRule>>
}

const EXTRAS = new WeakMap<State, V2Extras>()

/** The v2 extras of a state, seeded on first use. */
export function extrasOf(state: State): V2Extras {
  let extras = EXTRAS.get(state)
  if (!extras) EXTRAS.set(state, (extras = seedExtras(state)))
  return extras
}

/** Forgets the extras (the emulator's reset seeds them again with the state). */
export function resetExtras(state: State): void {
  EXTRAS.delete(state)
}

function seedExtras(state: State): V2Extras {
  const extras: V2Extras = {
    bookmarks: new Map(),
    pinnedLists: new Map(),
    hidden: new Set(),
    quotes: new Map(),
    postMedia: new Map(),
    media: new Map(),
    postPoll: new Map(),
    polls: new Map(),
    postPlace: new Map(),
    places: new Map(),
    replySettings: new Map(),
    spaces: new Map(),
    groups: new Map(),
    usage: new Map(),
    rules: new Map(),
  }
  // Places are public facts (city names and rough bounding boxes); ids are the emulator's own.
  const places: PlaceRecord[] = [
    { id: '5a110d312052166f', full_name: 'San Francisco, CA', name: 'San Francisco', country: 'United States', country_code: 'US', place_type: 'city', bbox: [-122.514926, 37.708075, -122.357031, 37.833238] },
    { id: '3078869807f9dd36', full_name: 'Berlin, Germany', name: 'Berlin', country: 'Germany', country_code: 'DE', place_type: 'city', bbox: [13.088304, 52.338079, 13.760909, 52.675323] },
  ]
  for (const p of places) extras.places.set(p.id, p)

  const idOf = (name: string) => state.userByName(name)?.id.toString()
  const api = idOf('twitterapi')
  const maya = idOf('maya_codes')
  const chen = idOf('chen_ml')
  const base = state.now().getTime()
  if (api && maya && chen) {
    const live: SpaceRecord = { id: '1YqKDqWqdPLsV', creator: api, title: 'API office hours: v2 fields and expansions', state: 'live', hosts: [api], speakers: [maya], created_at: new Date(base - 3_600_000), started_at: new Date(base - 1_800_000), participant_count: 42, lang: 'en' }
    const scheduled: SpaceRecord = { id: '1dRJZlbLkjexB', creator: chen, title: 'Streaming APIs after dark', state: 'scheduled', hosts: [chen], speakers: [], created_at: new Date(base - 7_200_000), scheduled_start: new Date(base + 86_400_000), participant_count: 0, lang: 'en' }
    extras.spaces.set(live.id, live)
    extras.spaces.set(scheduled.id, scheduled)
  }
  return extras
}

/** X's id of a one-to-one conversation: both user ids, smaller first, joined by a dash. */
export function oneToOneConversationId(a: string, b: string): string {
  const [x, y] = BigInt(a) < BigInt(b) ? [a, b] : [b, a]
  return `${x}-${y}`
}

/** The v2 media object of an upload (v1.1's record of it on a tweet), keyed by X's media key. */
export function mediaFromUpload(upload: UploadRecord): MediaRecord {
  const type = upload.kind === 'video' ? 'video' : upload.kind === 'gif' ? 'animated_gif' : 'photo'
  return { media_key: `${mediaKeyPrefix(upload.kind)}_${upload.id}`, type, width: upload.w, height: upload.h, ...(upload.durationMs !== undefined ? { duration_ms: upload.durationMs } : {}) }
}

/**
 * The media keys of a post: those a v2 post was made with, or those of the uploads a v1.1 tweet carries
 * (registered as v2 media the first time), so either API version shows the other's media.
 */
export function mediaKeysOf(state: State, post: TweetRecord): string[] | undefined {
  const extras = extrasOf(state)
  const id = post.id.toString()
  const known = extras.postMedia.get(id)
  if (known || !post.media) return known
  const keys = post.media.map((upload) => {
    const media = mediaFromUpload(upload)
    if (!extras.media.has(media.media_key)) extras.media.set(media.media_key, media)
    return media.media_key
  })
  extras.postMedia.set(id, keys)
  return keys
}
