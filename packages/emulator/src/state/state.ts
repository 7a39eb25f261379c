/**
 * The emulator's world, in memory: users, tweets, the follow graph, blocks, mutes, lists, direct messages
 * and saved searches. Ids are 64-bit snowflake-like bigints (above 2^53, as Twitter's are); `views.ts`
 * turns records into Twitter's JSON shapes.
 */
import { extractEntities, shortLink, type Entities } from './entities.js'

export interface UserRecord {
  id: bigint
  screen_name: string
  name: string
  description: string
  location: string
  url: string | null
  created_at: Date
  protected: boolean
  verified: boolean
  lang: string | null
  profile_link_color: string
  profile_background_color: string
  profile_sidebar_border_color: string
  profile_sidebar_fill_color: string
  profile_text_color: string
  /** Ids of the tweets this user liked. */
  favourites: Set<string>
  settings: { sleep_enabled: boolean; language: string; geo_enabled: boolean; discoverable_by_email: boolean; time_zone: string }
}

/** An upload attached to a tweet or a message, as the views need it to write Twitter's media entity. */
export interface MediaRecord {
  id: bigint
  kind: 'image' | 'gif' | 'video' | 'other'
  mediaType: string
  /** The upload's media_category (`amplify_video` changes the URLs). */
  category: string | undefined
  /** Pixel size of the original; 0 when the file did not say. */
  w: number
  h: number
  durationMs?: number | undefined
}

export interface TweetRecord {
  id: bigint
  /** Author's id. */
  user: string
  /** The text as delivered: HTML-escaped, links replaced by t.co links. */
  text: string
  entities: Entities
  created_at: Date
  in_reply_to?: { status: bigint; user: bigint; screen_name: string } | undefined
  /** For a retweet, the original's id. */
  retweet_of?: string | undefined
  source: string
  lang: string
  /** Attached uploads (`media_ids`); the text ends with their one t.co link, `mediaUrl`. */
  media?: MediaRecord[] | undefined
  mediaUrl?: string | undefined
}

export interface ListRecord {
  id: bigint
  owner: string
  name: string
  slug: string
  description: string
  mode: 'public' | 'private'
  created_at: Date
  members: Set<string>
  subscribers: Set<string>
}

export interface DirectMessageRecord {
  id: bigint
  sender: string
  recipient: string
  text: string
  entities: Entities
  created_at: Date
  /** Users who deleted it with `direct_messages/events/destroy` (it stays for the other side). */
  hiddenFor?: Set<string>
  /** An attached upload (`message_data.attachment`); the text ends with its t.co link, `mediaUrl`. */
  media?: MediaRecord | undefined
  mediaUrl?: string | undefined
}

export interface SavedSearchRecord {
  id: bigint
  owner: string
  query: string
  created_at: Date
}

/** Twitter's epoch for snowflake ids (2010-11-04T01:42:54.657Z). */
const TWEPOCH = 1288834974657n

export const EMULATOR_SOURCE = '<a href="https://github.com/ryanmcgrath/twython" rel="nofollow">Twython</a>'

export class State {
  readonly users = new Map<string, UserRecord>()
  readonly byScreenName = new Map<string, string>()
  readonly tweets = new Map<string, TweetRecord>()
  /** follower id -> ids they follow */
  readonly following = new Map<string, Set<string>>()
  /** followee id -> ids following them */
  readonly followers = new Map<string, Set<string>>()
  /** user id -> ids who asked to follow them and wait for approval (protected accounts) */
  readonly pendingIncoming = new Map<string, Set<string>>()
  /** user id -> ids whose retweets they turned off */
  readonly noRetweets = new Map<string, Set<string>>()
  readonly blocks = new Map<string, Set<string>>()
  readonly mutes = new Map<string, Set<string>>()
  readonly lists = new Map<string, ListRecord>()
  readonly dms = new Map<string, DirectMessageRecord>()
  readonly savedSearches = new Map<string, SavedSearchRecord>()
  /** Called for every tweet created (the stream hub listens here). */
  readonly onTweet: ((tweet: TweetRecord) => void)[] = []
  /** Called for likes, unlikes and deletions by either API version (the v2 likes and compliance streams listen here). */
  readonly onEvent: ((event: StateEvent) => void)[] = []
  #sequence = 0n
  readonly #clock: () => number

  constructor(now: () => number) {
    this.#clock = now
  }

  /** Empties the world (listeners stay), so it can be seeded again with the same ids. */
  clear(): void {
    for (const map of [this.users, this.byScreenName, this.tweets, this.following, this.followers, this.pendingIncoming, this.noRetweets, this.blocks, this.mutes, this.lists, this.dms, this.savedSearches]) map.clear()
    this.#sequence = 0n
  }

  now(): Date {
    return new Date(this.#clock())
  }

  /**
   * A fresh id shaped like a snowflake: milliseconds since Twitter's epoch shifted left 22 bits, plus a
   * sequence. Ids of anything created after 2011 are above 2^53 and grow with time, so since_id/max_id work.
   */
  nextId(atMs = this.#clock()): bigint {
    this.#sequence += 1n
    const ms = BigInt(Math.floor(atMs)) - TWEPOCH
    return ((ms > 0n ? ms : 0n) << 22n) + (this.#sequence & 0x3fffffn)
  }

  addUser(fields: Partial<UserRecord> & { screen_name: string }): UserRecord {
    const created = fields.created_at ?? new Date(Date.UTC(2012, 0, 1) + this.users.size * 3_600_000)
    const user: UserRecord = {
      id: this.nextId(created.getTime()),
      name: fields.screen_name,
      description: '',
      location: '',
      url: null,
      protected: false,
      verified: false,
      lang: null,
      profile_link_color: '1DA1F2',
      profile_background_color: 'F5F8FA',
      profile_sidebar_border_color: 'C0DEED',
      profile_sidebar_fill_color: 'DDEEF6',
      profile_text_color: '333333',
      favourites: new Set(),
      settings: { sleep_enabled: false, language: 'en', geo_enabled: false, discoverable_by_email: true, time_zone: 'UTC' },
      ...fields,
      created_at: created,
    }
    const id = user.id.toString()
    this.users.set(id, user)
    this.byScreenName.set(user.screen_name.toLowerCase(), id)
    return user
  }

  userByName(screenName: string): UserRecord | undefined {
    const id = this.byScreenName.get(screenName.replace(/^@/, '').toLowerCase())
    return id ? this.users.get(id) : undefined
  }

  follow(follower: string, followee: string): void {
    setOf(this.following, follower).add(followee)
    setOf(this.followers, followee).add(follower)
    this.pendingIncoming.get(followee)?.delete(follower)
  }

  unfollow(follower: string, followee: string): void {
    this.following.get(follower)?.delete(followee)
    this.followers.get(followee)?.delete(follower)
  }

  isFollowing(a: string, b: string): boolean {
    return this.following.get(a)?.has(b) ?? false
  }

  /** Adds or removes `other` in `owner`'s set of a relation map (blocks, mutes, noRetweets). */
  toggle(map: Map<string, Set<string>>, owner: string, other: string, on: boolean): void {
    if (on) setOf(map, owner).add(other)
    else map.get(owner)?.delete(other)
  }

  /** Posts a tweet: extracts entities from the text, stores it, and tells the listeners. */
  postTweet(userId: string, rawText: string, options: { inReplyTo?: string | undefined; at?: Date; retweetOf?: string; source?: string; media?: MediaRecord[] } = {}): TweetRecord {
    const created = options.at ?? this.now()
    const extracted = this.#retweetText(options.retweetOf) ?? extractEntities(rawText, (name) => this.userByName(name))
    const { entities } = extracted
    let { text } = extracted
    const id = this.nextId(created.getTime())
    // Twitter appends one t.co link for the attached media to the text (display_text_range leaves it out).
    const media = options.media && options.media.length > 0 ? options.media : undefined
    const mediaUrl = media ? shortLink(`media:${id}`) : undefined
    if (mediaUrl) text = text === '' ? mediaUrl : `${text} ${mediaUrl}`
    let inReplyTo: TweetRecord['in_reply_to']
    if (options.inReplyTo) {
      const parent = this.tweets.get(options.inReplyTo)
      const author = parent && this.users.get(parent.user)
      if (parent && author) inReplyTo = { status: parent.id, user: author.id, screen_name: author.screen_name }
    }
    const tweet: TweetRecord = { id, user: userId, text, entities, created_at: created, in_reply_to: inReplyTo, retweet_of: options.retweetOf, source: options.source ?? EMULATOR_SOURCE, lang: 'en', media, mediaUrl }
    this.tweets.set(tweet.id.toString(), tweet)
    for (const listener of this.onTweet) listener(tweet)
    return tweet
  }

  /**
   * A retweet's text and entities as Twitter made them: `RT @author: ` and the original's text, its links
   * (the same t.co links, not wrapped again) and other entities shifted past the prefix, plus the mention.
   */
  #retweetText(originalId: string | undefined): { text: string; entities: Entities } | undefined {
    const original = originalId ? this.tweets.get(originalId) : undefined
    const author = original && this.users.get(original.user)
    if (!original || !author) return undefined
    const prefix = `RT @${author.screen_name}: `
    const shift = Array.from(prefix).length
    const move = <T extends { indices: [number, number] }>(e: T): T => ({ ...e, indices: [e.indices[0] + shift, e.indices[1] + shift] })
    const mention = { screen_name: author.screen_name, name: author.name, id: author.id, id_str: author.id.toString(), indices: [3, 4 + author.screen_name.length] as [number, number] }
    const { hashtags, symbols, user_mentions, urls } = original.entities
    return { text: `${prefix}${original.text}`, entities: { hashtags: hashtags.map(move), symbols: symbols.map(move), user_mentions: [mention, ...user_mentions.map(move)], urls: urls.map(move) } }
  }

  /** Tells the `onEvent` listeners that something other than a new tweet happened. */
  emit(event: StateEvent): void {
    for (const listener of this.onEvent) listener(event)
  }

  /** Tweets matching `filter`, newest first. */
  sortedTweets(filter: (t: TweetRecord) => boolean): TweetRecord[] {
    return [...this.tweets.values()].filter(filter).sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
  }

  retweetsOf(tweetId: string): TweetRecord[] {
    return [...this.tweets.values()].filter((t) => t.retweet_of === tweetId)
  }
}

/** A change to the state the v2 streams report: a like, an unlike, a deleted tweet. */
export type StateEvent =
  | { readonly kind: 'like' | 'unlike'; readonly userId: string; readonly tweet: TweetRecord; readonly at: Date }
  | { readonly kind: 'delete'; readonly tweet: TweetRecord; readonly at: Date }

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let s = map.get(key)
  if (!s) map.set(key, (s = new Set()))
  return s
}

/** Twitter's `created_at` format: `Wed Oct 10 20:19:24 +0000 2018`. */
export function twitterDate(date: Date): string {
  const [weekday, day, month, year, time] = date.toUTCString().replace(',', '').split(' ') as [string, string, string, string, string]
  return `${weekday} ${month} ${day.padStart(2, '0')} ${time} +0000 ${year}`
}
