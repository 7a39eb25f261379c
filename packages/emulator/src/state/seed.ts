/**
 * The default world the emulator starts with, written for it (fictional profiles and texts): the signed-in user @emu_dev, fifteen others with full profiles, 320 generated
 * followers of @twitterapi so cursors page, 46 tweets with links, mentions, hashtags and cashtags, a
 * reply, a retweet and likes, three lists, saved searches, direct messages, pending follow requests, a
 * block and a mute. `SeedData` adds to it.
 */
import { extractEntities } from './entities.js'
import type { DirectMessageRecord, ListRecord, SavedSearchRecord, State } from './state.js'

/** Extra data for `startEmulator({ seed })` (an object, or a path to a JSON file of this shape). */
export interface SeedData {
  /** Users to add; `followers` generates that many followers for them. */
  readonly users?: readonly { readonly screen_name: string; readonly name?: string; readonly description?: string; readonly location?: string; readonly followers?: number }[]
  /** Tweets to post, oldest first, by screen name. */
  readonly tweets?: readonly { readonly screen_name: string; readonly text: string }[]
  /** `[follower, followee]` screen-name pairs. */
  readonly follows?: readonly (readonly [string, string])[]
  /**
   * Fixed credentials (`appKey`, `appSecret`, `oauthToken`, `oauthTokenSecret`, any of them) instead of the
   * built-in app key and a random access token for @emu_dev, so that a bot's configuration can be static.
   */
  readonly credentials?: { readonly appKey?: string; readonly appSecret?: string; readonly oauthToken?: string; readonly oauthTokenSecret?: string }
}

/** The user whose credentials `startEmulator` hands out. */
export const SIGNED_IN_USER = 'emu_dev'

/** When the seeded tweets end: the newest is an hour before this. */
const SEED_TIME = Date.UTC(2026, 9, 1, 12, 0, 0)

const PEOPLE: readonly { screen_name: string; name: string; description: string; location: string; url?: string; verified?: boolean; link?: string; created: string }[] = [
  { screen_name: SIGNED_IN_USER, name: 'Emu Developer', description: 'Building bots against the offline Twitter emulator. Opinions are my own test fixtures.', location: 'localhost', url: 'https://github.com/ryanmcgrath/twython', created: '2014-03-09' },
  { screen_name: 'twitterapi', name: 'Twitter API', description: 'The Real Twitter API. Tweets about API changes, service issues and our Developer Platform.', location: 'San Francisco, CA', url: 'https://developer.twitter.com', verified: true, link: '2F9ACF', created: '2007-05-23' },
  { screen_name: 'maya_codes', name: 'Maya Okafor', description: 'Backend engineer. Rate limits are a love language. #typescript #node', location: 'Lagos, Nigeria', created: '2011-08-14' },
  { screen_name: 'ravi_data', name: 'Ravi Menon', description: 'Data pipelines, sourdough, and the occasional chart that lies.', location: 'Bengaluru', created: '2012-02-02' },
  { screen_name: 'lena_ux', name: 'Lena Fischer', description: 'Designing tools developers do not have to read the docs for. Ex-agency.', location: 'Berlin', url: 'https://example.com/lena', link: 'E0245E', created: '2013-06-30' },
  { screen_name: 'tomas_ops', name: 'Tomás Ruiz', description: 'On call so you do not have to be. SRE, retries with jitter, coffee.', location: 'Madrid', created: '2010-12-01' },
  { screen_name: 'chen_ml', name: 'Chen Wei', description: 'Training small models on small machines. Streaming APIs enthusiast.', location: 'Singapore', created: '2015-09-21' },
  { screen_name: 'amara_writes', name: 'Amara Nwosu', description: 'Technical writer. If the example does not run, the docs are wrong.', location: 'Toronto', url: 'https://example.org/amara', created: '2016-01-11' },
  { screen_name: 'jules_py', name: 'Jules Bernard', description: 'Python since 2.4. Maintains a few libraries you have probably pip-installed.', location: 'Lyon', created: '2009-04-18' },
  // Quieter accounts that other packages' tests and the demo address by name.
  { screen_name: 'ada_l', name: 'Ada L.', description: 'Notes on analytical engines and poetical science.', location: 'London', created: '2011-03-10' },
  { screen_name: 'grace_h', name: 'Grace H.', description: 'Compilers, nanoseconds and ships leaving port.', location: 'Arlington, VA', created: '2010-11-20' },
  { screen_name: 'linus_t', name: 'Linus T.', description: 'Kernel hacker. Patches welcome, with a good commit message.', location: 'Portland, OR', created: '2012-05-05' },
  { screen_name: 'margaret_h', name: 'Margaret H.', description: 'Flight software and priority displays.', location: 'Cambridge, MA', created: '2013-02-14' },
  { screen_name: 'tim_bl', name: 'Tim B.', description: 'Hypertext, URIs and open data.', location: 'Geneva', created: '2009-08-06' },
  { screen_name: 'guido_vr', name: 'Guido V.', description: 'Readability counts.', location: 'Bay Area', created: '2010-02-20' },
  { screen_name: 'jack', name: 'jack', description: 'just setting up my twttr', location: 'California', created: '2006-03-21' },
]

/** 46 tweets, oldest first: [author, text]. */
const TWEETS: readonly (readonly [string, string])[] = [
  ['twitterapi', 'Welcome to API v1.1! Every endpoint now needs authentication. Docs: https://developer.twitter.com/en/docs/twitter-api/v1 #api'],
  ['jules_py', 'Twython 3.4 is out. Streaming, uploads and OAuth in one small package. https://github.com/ryanmcgrath/twython #python'],
  ['maya_codes', 'Reminder: tweet ids do not fit in a double. Read id_str, always. @twitterapi #typescript'],
  ['ravi_data', 'Pulled 3,200 tweets from a user timeline with max_id paging. Off-by-one is the only bug that matters. #data'],
  ['lena_ux', 'Hot take: the best SDK error message names the status, the code and what to do next. #dx'],
  ['tomas_ops', 'Got a 429 at 3am. x-rate-limit-reset told me exactly when to retry. Respect. #sre'],
  ['chen_ml', 'Filter stream on #python and #typescript running for 48 hours, zero dropped messages. Reconnect backoff works.'],
  ['amara_writes', 'Drafting the quick start: install, run the emulator, post a tweet. Three commands, no account. #docs'],
  ['emu_dev', 'First tweet from the emulator! Hello @twitterapi #emulator'],
  ['twitterapi', 'Rate limits are per endpoint and per token, in 15-minute windows. Watch x-rate-limit-remaining. #api'],
  ['maya_codes', 'Cashtags are entities too: $TWTR and $AAPL get indices like hashtags do. #entities'],
  ['ravi_data', 'Search API tip: follow search_metadata.next_results instead of building max_id yourself. https://developer.twitter.com/en/docs/twitter-api/v1/tweets/search #data'],
  ['jules_py', '@maya_codes strings for ids, every time. Python ints hide the problem, JavaScript does not. #python'],
  ['lena_ux', 'Emoji before a link must not shift its indices: 🚀✨ https://example.com/launch @chen_ml #unicode'],
  ['tomas_ops', 'Chaos day: injected 503s and truncated bodies into staging. The client retried exactly the right calls. #resilience'],
  ['chen_ml', 'Benchmarked JSON parsing of the sample stream: the parser is not the bottleneck, the network is. #perf'],
  ['amara_writes', 'Pagination, explained: cursors for followers, max_id for timelines, next_results for search. https://example.org/amara/pagination #docs'],
  ['emu_dev', 'Paging through @twitterapi followers with cursor() is one for-await loop. #typescript'],
  ['twitterapi', 'Streaming: reconnect with backoff and treat keep-alive newlines as signs of life. #streaming'],
  ['maya_codes', 'OAuth 1.0a in one sentence: sign the method, the URL and every parameter, sorted, percent-encoded twice. #oauth'],
  ['ravi_data', 'Watching $GOOG and $MSFT chatter in a filter stream for a sentiment demo. #data'],
  ['jules_py', 'Three-legged OAuth demo: request token, authorize, access token. @amara_writes wrote it up. #python #oauth'],
  ['lena_ux', 'Dark patterns in auth pages are still dark patterns. Name the app, say what it can do. #ux'],
  ['tomas_ops', 'Retry budget: 3 attempts, exponential backoff, honour Retry-After. Anything else is a DDoS with extra steps. #sre'],
  ['chen_ml', 'Chunked upload for a 40 MB video: INIT, APPEND x8, FINALIZE, then poll STATUS until succeeded. #media'],
  ['amara_writes', 'A good README has two commands: one to try it, one to test it. #docs'],
  ['emu_dev', 'Lists work too: made one for people who write good docs. @amara_writes @lena_ux #lists'],
  ['twitterapi', 'Direct messages, lists and saved searches are all in v1.1. See https://developer.twitter.com/en/docs #api'],
  ['maya_codes', 'Percent-encoding gotcha: encodeURIComponent leaves !*\'() alone; OAuth wants them encoded. #oauth #typescript'],
  ['ravi_data', 'Trends for London vs Tokyo this morning: very different breakfasts. #trends'],
  ['jules_py', 'Deprecation warnings are a gift. Read them before they read you. #python'],
  ['lena_ux', 'Tested the authorize page with a screen reader. Plain HTML still wins. #a11y'],
  ['tomas_ops', 'Connection reset by peer, mid-body. Client surfaced a typed error instead of hanging. That is the bar. #resilience'],
  ['chen_ml', '@ravi_data your stream sample rate math checks out: one in a hundred, give or take. #data'],
  ['amara_writes', 'Writing the error guide: 401 code 32 means the signature is wrong, 135 means your clock is. #docs'],
  ['emu_dev', 'Favorites, retweets and mentions all round-trip through the emulator. @maya_codes #emulator'],
  ['twitterapi', 'Tip: since_id and max_id make timelines idempotent to poll. #api'],
  ['maya_codes', 'Shipped a bot that tweets build status. It has not been rate limited once, because it reads the headers. #typescript'],
  ['jules_py', 'Python or TypeScript? Yes. Same API, same names, different semicolons. #python #typescript'],
  ['lena_ux', '$TWTR jokes aside, the v1.1 API shaped how a generation learned REST. @twitterapi #history'],
  ['jack', 'just setting up my twttr'],
  ['ada_l', 'An engine that weaves algebraic patterns deserves a good API. @grace_h #history'],
  ['twitterapi', 'Reminder: statuses/update answers with the full Tweet, entities included. #api'],
  ['margaret_h', 'Error detection and recovery is the design, not an afterthought. @tim_bl #reliability'],
  ['linus_t', 'Release early, release often, read the bug reports. https://kernel.org #opensource'],
  ['guido_vr', 'Readability counts, in SDKs too. @jack'],
]

const day = (iso: string) => new Date(`${iso}T09:00:00Z`)

/** Fills `state` with the default world, then `extra`. Deterministic: the same seed gives the same ids. */
export function seedState(state: State, extra?: SeedData): void {
  for (const p of PEOPLE) {
    state.addUser({ screen_name: p.screen_name, name: p.name, description: p.description, location: p.location, url: p.url ?? null, verified: p.verified ?? false, lang: 'en', created_at: day(p.created), ...(p.link ? { profile_link_color: p.link } : {}) })
  }
  const id = (name: string) => state.userByName(name)!.id.toString()

  // @twitterapi has enough followers for several pages of followers/list (20) and followers/ids (count=100).
  for (let i = 1; i <= 320; i++) {
    const fan = state.addUser({ screen_name: `follower_${String(i).padStart(3, '0')}`, name: `Follower ${i}`, description: 'A generated follower account.', created_at: new Date(Date.UTC(2018, 0, 1) + i * 86_400_000) })
    state.follow(fan.id.toString(), id('twitterapi'))
    if (i % 5 === 0) state.follow(fan.id.toString(), id(SIGNED_IN_USER))
  }
  const follows: readonly (readonly [string, string])[] = [
    [SIGNED_IN_USER, 'twitterapi'], [SIGNED_IN_USER, 'maya_codes'], [SIGNED_IN_USER, 'amara_writes'], [SIGNED_IN_USER, 'jules_py'],
    ['maya_codes', SIGNED_IN_USER], ['amara_writes', SIGNED_IN_USER], ['jules_py', SIGNED_IN_USER], ['chen_ml', SIGNED_IN_USER],
    ['maya_codes', 'twitterapi'], ['ravi_data', 'chen_ml'], ['chen_ml', 'ravi_data'], ['lena_ux', 'amara_writes'],
    ['amara_writes', 'lena_ux'], ['tomas_ops', 'maya_codes'], ['jules_py', 'maya_codes'], ['ravi_data', 'twitterapi'],
    ['ada_l', SIGNED_IN_USER], ['grace_h', SIGNED_IN_USER], ['margaret_h', SIGNED_IN_USER], ['ada_l', 'grace_h'],
    ['grace_h', 'margaret_h'], ['linus_t', 'guido_vr'], ['guido_vr', 'linus_t'], ['tim_bl', 'twitterapi'], ['jack', 'twitterapi'],
  ]
  for (const [a, b] of follows) state.follow(id(a), id(b))

  TWEETS.forEach(([who, text], i) => {
    state.postTweet(id(who), text, { at: new Date(SEED_TIME - (TWEETS.length - i) * 3_600_000) })
  })
  // A reply, a retweet and a few likes, so those fields are not always empty.
  const byText = (start: string) => [...state.tweets.values()].find((t) => t.text.startsWith(start))!
  const welcome = byText('Welcome to API v1.1')
  state.postTweet(id('maya_codes'), '@emu_dev welcome aboard! Start with verify_credentials.', { at: new Date(SEED_TIME - 1_800_000), inReplyTo: byText('First tweet from the emulator').id.toString() })
  state.postTweet(id('jules_py'), `RT @twitterapi: ${welcome.text}`, { at: new Date(SEED_TIME - 1_200_000), retweetOf: welcome.id.toString() })
  for (const name of [SIGNED_IN_USER, 'maya_codes', 'lena_ux']) state.users.get(id(name))!.favourites.add(welcome.id.toString())
  state.users.get(id(SIGNED_IN_USER))!.favourites.add(byText('Pagination, explained').id.toString())

  const list = (owner: string, name: string, slug: string, description: string, mode: ListRecord['mode'], members: string[], subscribers: string[]): void => {
    const l: ListRecord = { id: state.nextId(SEED_TIME - 86_400_000), owner: id(owner), name, slug, description, mode, created_at: new Date(SEED_TIME - 86_400_000), members: new Set(members.map(id)), subscribers: new Set(subscribers.map(id)) }
    state.lists.set(l.id.toString(), l)
  }
  list('amara_writes', 'Docs people', 'docs-people', 'People who write documentation worth reading.', 'public', ['lena_ux', 'jules_py', 'maya_codes'], [SIGNED_IN_USER, 'tomas_ops'])
  list(SIGNED_IN_USER, 'API folks', 'api-folks', 'Accounts to watch for API news.', 'public', ['twitterapi', 'maya_codes'], ['chen_ml'])
  list(SIGNED_IN_USER, 'Private notes', 'private-notes', 'Keeping an eye on these.', 'private', ['tomas_ops'], [])

  for (const query of ['#typescript', 'from:twitterapi', '$TWTR']) {
    const s: SavedSearchRecord = { id: state.nextId(SEED_TIME - 43_200_000), owner: id(SIGNED_IN_USER), query, created_at: new Date(SEED_TIME - 43_200_000) }
    state.savedSearches.set(s.id.toString(), s)
  }

  const messages: readonly (readonly [string, string, string])[] = [
    ['maya_codes', SIGNED_IN_USER, 'Welcome to the emulator! Ping me if the rate limits bite.'],
    [SIGNED_IN_USER, 'maya_codes', 'Thanks! Reading https://developer.twitter.com/en/docs now.'],
    ['amara_writes', SIGNED_IN_USER, 'Could you review the quick start draft? #docs'],
    [SIGNED_IN_USER, 'amara_writes', 'Done, left comments. @lena_ux should look at the auth page.'],
  ]
  messages.forEach(([from, to, text], i) => {
    const { text: escaped, entities } = extractEntities(text, (n) => state.userByName(n))
    const at = new Date(SEED_TIME - (messages.length - i) * 600_000)
    const dm: DirectMessageRecord = { id: state.nextId(at.getTime()), sender: id(from), recipient: id(to), text: escaped, entities, created_at: at }
    state.dms.set(dm.id.toString(), dm)
  })

  // @tomas_ops asked to follow @emu_dev; @emu_dev asked to follow @lena_ux; one mute and one block.
  state.pendingIncoming.set(id(SIGNED_IN_USER), new Set([id('tomas_ops')]))
  state.pendingIncoming.set(id('lena_ux'), new Set([id(SIGNED_IN_USER)]))
  state.toggle(state.mutes, id(SIGNED_IN_USER), id('ravi_data'), true)
  state.toggle(state.blocks, id(SIGNED_IN_USER), id('follower_007'), true)
  state.toggle(state.noRetweets, id(SIGNED_IN_USER), id('jules_py'), true)

  applySeed(state, extra)
}

function applySeed(state: State, extra: SeedData | undefined): void {
  for (const u of extra?.users ?? []) {
    const user = state.userByName(u.screen_name) ?? state.addUser({ screen_name: u.screen_name, name: u.name ?? u.screen_name, description: u.description ?? '', location: u.location ?? '' })
    for (let i = 1; i <= (u.followers ?? 0); i++) {
      const fan = state.addUser({ screen_name: `${u.screen_name.slice(0, 9)}_f${i}`, name: `${u.name ?? u.screen_name} fan ${i}` })
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
