/**
 * The emulator's world, in memory: users, tweets, the follow graph, blocks, mutes, lists, direct messages
 * and saved searches, plus the JSON shapes Twitter gives them. Ids are 64-bit snowflake-like bigints (above
 * 2^53, as Twitter's are) and are written to JSON as exact integers next to their `_str` twins.
 */
import { extractEntities, type Entities } from './entities.js'

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
  favourites: Set<string>
  settings: { sleep_enabled: boolean; language: string; geo_enabled: boolean; discoverable_by_email: boolean; time_zone: string }
}

export interface TweetRecord {
  id: bigint
  user: string
  text: string
  entities: Entities
  created_at: Date
  in_reply_to?: { status: bigint; user: bigint; screen_name: string } | undefined
  retweet_of?: string | undefined
  source: string
  lang: string
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
}

export interface SavedSearchRecord {
  id: bigint
  owner: string
  query: string
  created_at: Date
}

/** Seed data for `startEmulator({ seed })`: users (screen names) and tweets to add to the defaults. */
export interface SeedData {
  readonly users?: readonly { readonly screen_name: string; readonly name?: string; readonly description?: string; readonly followers?: number }[]
  readonly tweets?: readonly { readonly screen_name: string; readonly text: string }[]
  readonly follows?: readonly (readonly [string, string])[]
}

/** Twitter's `created_at` format: `Wed Oct 10 20:19:24 +0000 2018`. */
export function twitterDate(date: Date): string {
  const [weekday, day, month, year, time] = date.toUTCString().replace(',', '').split(' ') as [string, string, string, string, string]
  return `${weekday} ${month} ${day.padStart(2, '0')} ${time} +0000 ${year}`
}

export class State {
  readonly users = new Map<string, UserRecord>()
  readonly byScreenName = new Map<string, string>()
  readonly tweets = new Map<string, TweetRecord>()
  /** follower id -> ids they follow */
  readonly following = new Map<string, Set<string>>()
  readonly followers = new Map<string, Set<string>>()
  readonly pendingIncoming = new Map<string, Set<string>>()
  readonly noRetweets = new Map<string, Set<string>>()
  readonly blocks = new Map<string, Set<string>>()
  readonly mutes = new Map<string, Set<string>>()
  readonly lists = new Map<string, ListRecord>()
  readonly dms = new Map<string, DirectMessageRecord>()
  readonly savedSearches = new Map<string, SavedSearchRecord>()
  readonly onTweet: ((tweet: TweetRecord) => void)[] = []
  #sequence = 0n
  #clock: () => number

  constructor(now: () => number) {
    this.#clock = now
  }

  now(): Date {
    return new Date(this.#clock())
  }

  /** A fresh 64-bit id, above 2^53 and increasing with time like Twitter's snowflakes. */
  nextId(at = this.#clock()): bigint {
    this.#sequence += 1n
    return (BigInt(Math.max(0, at - 1288834974657)) << 22n) + this.#sequence
  }

  addUser(fields: Partial<UserRecord> & { screen_name: string }): UserRecord {
    const user: UserRecord = {
      id: this.nextId(Date.UTC(2012, 0, 1) + this.users.size * 3_600_000),
      name: fields.screen_name,
      description: '',
      location: '',
      url: null,
      created_at: new Date(Date.UTC(2012, 0, 1) + this.users.size * 3_600_000),
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
    set(this.following, follower).add(followee)
    set(this.followers, followee).add(follower)
  }

  unfollow(follower: string, followee: string): void {
    this.following.get(follower)?.delete(followee)
    this.followers.get(followee)?.delete(follower)
  }

  isFollowing(a: string, b: string): boolean {
    return this.following.get(a)?.has(b) ?? false
  }

  /** Posts a tweet: extracts entities, stores it, and tells the stream hub. */
  postTweet(userId: string, rawText: string, options: { inReplyTo?: string | undefined; at?: Date; retweetOf?: string } = {}): TweetRecord {
    const created = options.at ?? this.now()
    const { text, entities } = extractEntities(rawText, (name) => this.userByName(name))
    let inReplyTo: TweetRecord['in_reply_to']
    if (options.inReplyTo) {
      const parent = this.tweets.get(options.inReplyTo)
      const author = parent && this.users.get(parent.user)
      if (parent && author) inReplyTo = { status: parent.id, user: author.id, screen_name: author.screen_name }
    }
    const tweet: TweetRecord = { id: this.nextId(created.getTime()), user: userId, text, entities, created_at: created, in_reply_to: inReplyTo, retweet_of: options.retweetOf, source: '<a href="https://github.com/twython-ts" rel="nofollow">twython-ts</a>', lang: 'en' }
    this.tweets.set(tweet.id.toString(), tweet)
    for (const listener of this.onTweet) listener(tweet)
    return tweet
  }

  /** Tweets newest first. */
  sortedTweets(filter: (t: TweetRecord) => boolean): TweetRecord[] {
    return [...this.tweets.values()].filter(filter).sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
  }

  // ---- JSON shapes ------------------------------------------------------------------------------------

  userJson(user: UserRecord, viewer?: string, withStatus = true): Record<string, unknown> {
    const id = user.id.toString()
    const tweets = [...this.tweets.values()].filter((t) => t.user === id)
    const latest = withStatus ? tweets.sort((a, b) => (a.id < b.id ? 1 : -1))[0] : undefined
    const json: Record<string, unknown> = {
      id: user.id,
      id_str: id,
      name: user.name,
      screen_name: user.screen_name,
      location: user.location,
      description: user.description,
      url: user.url,
      entities: { description: { urls: [] }, ...(user.url ? { url: { urls: [{ url: user.url, expanded_url: user.url, display_url: user.url.replace(/^https?:\/\//, ''), indices: [0, user.url.length] }] } } : {}) },
      protected: user.protected,
      followers_count: this.followers.get(id)?.size ?? 0,
      friends_count: this.following.get(id)?.size ?? 0,
      listed_count: [...this.lists.values()].filter((l) => l.members.has(id)).length,
      created_at: twitterDate(user.created_at),
      favourites_count: user.favourites.size,
      utc_offset: null,
      time_zone: null,
      geo_enabled: user.settings.geo_enabled,
      verified: user.verified,
      statuses_count: tweets.length,
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
      profile_link_color: user.profile_link_color,
      profile_sidebar_border_color: user.profile_sidebar_border_color,
      profile_sidebar_fill_color: user.profile_sidebar_fill_color,
      profile_text_color: user.profile_text_color,
      profile_use_background_image: true,
      has_extended_profile: false,
      default_profile: true,
      default_profile_image: false,
      following: viewer ? this.isFollowing(viewer, id) : false,
      follow_request_sent: viewer ? (this.pendingIncoming.get(id)?.has(viewer) ?? false) : false,
      notifications: false,
      translator_type: 'none',
    }
    if (viewer) {
      json.muting = this.mutes.get(viewer)?.has(id) ?? false
      json.blocking = this.blocks.get(viewer)?.has(id) ?? false
    }
    if (latest) json.status = this.tweetJson(latest, viewer, { trimUser: true, embedUser: false })
    return json
  }

  tweetJson(tweet: TweetRecord, viewer?: string, options: { trimUser?: boolean; embedUser?: boolean; includeEntities?: boolean } = {}): Record<string, unknown> {
    const id = tweet.id.toString()
    const author = this.users.get(tweet.user)!
    const retweets = [...this.tweets.values()].filter((t) => t.retweet_of === id)
    const favoriters = [...this.users.values()].filter((u) => u.favourites.has(id))
    const json: Record<string, unknown> = {
      created_at: twitterDate(tweet.created_at),
      id: tweet.id,
      id_str: id,
      text: tweet.text,
      truncated: false,
      entities: options.includeEntities === false ? { hashtags: [], symbols: [], user_mentions: [], urls: [] } : tweet.entities,
      source: tweet.source,
      in_reply_to_status_id: tweet.in_reply_to?.status ?? null,
      in_reply_to_status_id_str: tweet.in_reply_to?.status.toString() ?? null,
      in_reply_to_user_id: tweet.in_reply_to?.user ?? null,
      in_reply_to_user_id_str: tweet.in_reply_to?.user.toString() ?? null,
      in_reply_to_screen_name: tweet.in_reply_to?.screen_name ?? null,
      geo: null,
      coordinates: null,
      place: null,
      contributors: null,
      is_quote_status: false,
      retweet_count: retweets.length,
      favorite_count: favoriters.length,
      favorited: viewer ? (this.users.get(viewer)?.favourites.has(id) ?? false) : false,
      retweeted: viewer ? retweets.some((r) => r.user === viewer) : false,
      lang: tweet.lang,
    }
    if (options.embedUser !== false) json.user = options.trimUser ? { id: author.id, id_str: author.id.toString() } : this.userJson(author, viewer, false)
    if (tweet.retweet_of) {
      const original = this.tweets.get(tweet.retweet_of)
      if (original) json.retweeted_status = this.tweetJson(original, viewer, options)
    }
    if (tweet.entities.urls.length) json.possibly_sensitive = false
    return json
  }

  listJson(list: ListRecord, viewer?: string): Record<string, unknown> {
    const owner = this.users.get(list.owner)!
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
      user: this.userJson(owner, viewer, false),
    }
  }

  dmJson(dm: DirectMessageRecord, viewer?: string): Record<string, unknown> {
    const sender = this.users.get(dm.sender)!
    const recipient = this.users.get(dm.recipient)!
    return {
      id: dm.id,
      id_str: dm.id.toString(),
      text: dm.text,
      created_at: twitterDate(dm.created_at),
      entities: dm.entities,
      sender: this.userJson(sender, viewer, false),
      sender_id: sender.id,
      sender_id_str: sender.id.toString(),
      sender_screen_name: sender.screen_name,
      recipient: this.userJson(recipient, viewer, false),
      recipient_id: recipient.id,
      recipient_id_str: recipient.id.toString(),
      recipient_screen_name: recipient.screen_name,
    }
  }

  savedSearchJson(s: SavedSearchRecord): Record<string, unknown> {
    return { id: s.id, id_str: s.id.toString(), query: s.query, name: s.query, position: null, created_at: twitterDate(s.created_at) }
  }
}

function set(map: Map<string, Set<string>>, key: string): Set<string> {
  let s = map.get(key)
  if (!s) map.set(key, (s = new Set()))
  return s
}

/** The default world: a handful of people, a popular account with hundreds of followers, tweets with entities. */
export function seedState(state: State, extra?: SeedData): void {
  const base = Date.UTC(2026, 10, 1, 9, 0, 0)
  const people: [string, string, string, string][] = [
    ['emu_dev', 'Emu Developer', 'Builds bots against the offline Twitter emulator.', 'Localhost'],
    ['twitterapi', 'Twitter API', 'The Real Twitter API. Tweets about API changes, service issues and our Developer Platform.', 'San Francisco, CA'],
    ['ada_l', 'Ada Lovelace', 'Notes on the Analytical Engine. Poetical science.', 'London'],
    ['grace_h', 'Grace Hopper', 'It is easier to ask forgiveness than it is to get permission. #COBOL', 'Arlington, VA'],
    ['linus_t', 'Linus T.', 'Talk is cheap. Show me the code.', 'Portland, OR'],
    ['margaret_h', 'Margaret Hamilton', 'Software engineering, before it had a name. Apollo flight software.', 'Cambridge, MA'],
    ['tim_bl', 'Tim B-L', 'This is for everyone. Web inventor.', 'Geneva'],
    ['guido_vr', 'Guido v. R.', 'Python. Benevolent dictator emeritus.', 'Bay Area'],
    ['jack', 'jack', 'just setting up my twttr', 'California'],
  ]
  for (const [screen_name, name, description, location] of people) state.addUser({ screen_name, name, description, location, lang: 'en', verified: screen_name === 'twitterapi' })
  const id = (n: string) => state.userByName(n)!.id.toString()

  // A popular account whose followers page over several cursors.
  for (let i = 1; i <= 320; i++) {
    const fan = state.addUser({ screen_name: `follower_${String(i).padStart(3, '0')}`, name: `Follower ${i}`, description: 'Generated follower.' })
    state.follow(fan.id.toString(), id('twitterapi'))
    if (i % 4 === 0) state.follow(fan.id.toString(), id('ada_l'))
  }
  for (const [a, b] of [
    ['emu_dev', 'twitterapi'], ['emu_dev', 'ada_l'], ['emu_dev', 'grace_h'], ['emu_dev', 'jack'],
    ['ada_l', 'emu_dev'], ['grace_h', 'emu_dev'], ['margaret_h', 'emu_dev'], ['ada_l', 'grace_h'],
    ['grace_h', 'margaret_h'], ['linus_t', 'guido_vr'], ['guido_vr', 'linus_t'], ['tim_bl', 'twitterapi'],
  ] as const) state.follow(id(a), id(b))

  const tweets: [string, string][] = [
    ['jack', 'just setting up my twttr'],
    ['twitterapi', 'Reminder: pass ids as strings. Tweet ids no longer fit in a double! #api https://developer.twitter.com/en/docs/twitter-ids'],
    ['ada_l', 'The Analytical Engine weaves algebraic patterns just as the Jacquard loom weaves flowers and leaves. #poeticalscience'],
    ['grace_h', 'Found the first actual bug today, a moth in relay 70. @margaret_h you would have enjoyed it. #debugging'],
    ['margaret_h', 'Priority displays saved the landing. Software engineering is engineering. @grace_h #apollo'],
    ['linus_t', 'Given enough eyeballs, all bugs are shallow. @guido_vr agrees, mostly. #opensource'],
    ['guido_vr', 'There should be one, and preferably only one, obvious way to do it. #python https://peps.python.org/pep-0020/'],
    ['tim_bl', 'This is for everyone. #web https://www.w3.org/History/1989/proposal.html'],
    ['twitterapi', 'Rate limits are per endpoint and per token, in 15-minute windows. Watch x-rate-limit-remaining. #api'],
    ['emu_dev', 'Hello from the emulator! Testing entities: @twitterapi #typescript $TWTR https://github.com/ryanmcgrath/twython'],
    ['ada_l', 'Emoji before entities must not shift links: 🚀✨ @grace_h #unicode'],
    ['grace_h', 'A ship in port is safe, but that is not what ships are built for. #leadership'],
    ['twitterapi', 'Streaming: reconnect with backoff, and treat keep-alive newlines as signs of life. #streaming'],
    ['jack', 'Cashtags work too: $AAPL and $GOOG were up today. #markets'],
    ['linus_t', 'Bad programmers worry about the code. Good programmers worry about data structures and their relationships.'],
    ['guido_vr', 'Readability counts. Also: use TypeScript for the frontend. @linus_t #python #typescript'],
    ['margaret_h', 'There was no choice but to be pioneers. https://www.nasa.gov/apollo #nasa'],
    ['tim_bl', 'Data is a precious thing and will last longer than the systems themselves. #opendata'],
    ['emu_dev', 'Paging through followers with cursor() is one for-await loop. @twitterapi #typescript'],
    ['ada_l', '<escaped> text & entities must survive HTML rendering. #safety'],
  ]
  for (let round = 0; round < 2; round++) {
    tweets.forEach(([who, text], i) => {
      const at = new Date(base - (round * tweets.length + (tweets.length - i)) * 3_600_000)
      state.postTweet(id(who), round === 0 ? text : `${text} (${round + 1})`, { at })
    })
  }

  const pioneers: ListRecord = { id: state.nextId(base), owner: id('ada_l'), name: 'Computing pioneers', slug: 'computing-pioneers', description: 'People who built the field.', mode: 'public', created_at: new Date(base), members: new Set([id('grace_h'), id('margaret_h'), id('tim_bl'), id('guido_vr')]), subscribers: new Set([id('emu_dev')]) }
  const friends: ListRecord = { id: state.nextId(base), owner: id('emu_dev'), name: 'Friends', slug: 'friends', description: 'People I follow closely.', mode: 'private', created_at: new Date(base), members: new Set([id('ada_l'), id('grace_h')]), subscribers: new Set() }
  for (const list of [pioneers, friends]) state.lists.set(list.id.toString(), list)

  for (const query of ['#typescript', 'from:twitterapi']) {
    const s: SavedSearchRecord = { id: state.nextId(base), owner: id('emu_dev'), query, created_at: new Date(base) }
    state.savedSearches.set(s.id.toString(), s)
  }
  for (const [from, to, text] of [
    ['jack', 'emu_dev', 'welcome to the emulator!'],
    ['emu_dev', 'jack', 'thanks! testing DMs @jack'],
  ] as const) {
    const { text: t, entities } = extractEntities(text, (n) => state.userByName(n))
    const dm: DirectMessageRecord = { id: state.nextId(base), sender: id(from), recipient: id(to), text: t, entities, created_at: new Date(base) }
    state.dms.set(dm.id.toString(), dm)
  }
  state.pendingIncoming.set(id('emu_dev'), new Set([id('linus_t')]))

  for (const u of extra?.users ?? []) {
    const user = state.addUser({ screen_name: u.screen_name, name: u.name ?? u.screen_name, description: u.description ?? '' })
    for (let i = 1; i <= (u.followers ?? 0); i++) {
      const fan = state.addUser({ screen_name: `${u.screen_name}_fan${i}`.slice(0, 15) })
      state.follow(fan.id.toString(), user.id.toString())
    }
  }
  for (const [a, b] of extra?.follows ?? []) {
    const x = state.userByName(a)
    const y = state.userByName(b)
    if (x && y) state.follow(x.id.toString(), y.id.toString())
  }
  for (const t of extra?.tweets ?? []) {
    const user = state.userByName(t.screen_name)
    if (user) state.postTweet(user.id.toString(), t.text)
  }
}
