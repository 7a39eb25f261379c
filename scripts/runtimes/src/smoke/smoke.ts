/**
 * The smoke suite that runs INSIDE each runtime of the matrix (Node, Bun, Deno, workerd), against an
 * emulator that Node started beside it. It uses only the client's public API, imported the way an app
 * imports it (the built `@twython/client`), and reports every check as data: the Node test that launched
 * the runtime decides what passes. Nothing here may import a Node built-in, since this file itself must
 * load where there are none (workerd without `nodejs_compat`).
 */

/** What the Node side tells the runtime. */
export interface SmokeConfig {
  /** The emulator's origin, `http://127.0.0.1:<port>`. */
  readonly url: string
  /** The signed-in user's OAuth 1.0a credentials (@emu_dev). */
  readonly credentials: { readonly appKey: string; readonly appSecret: string; readonly oauthToken: string; readonly oauthTokenSecret: string }
  /**
   * `default`: the client's default transport; `fetch`: the runtime's own `fetch`, passed as
   * `clientArgs.fetch` exactly as docs/runtimes.md tells an app to.
   */
  readonly transport: 'default' | 'fetch'
}

/** One check's outcome; `detail` says what was seen, `error` why it failed. */
export interface SmokeCheck {
  readonly name: SmokeCheckName
  readonly ok: boolean
  readonly detail?: string
  readonly error?: string
}

/** What the runtime reports back (printed as one JSON line, or a worker's response body). */
export interface SmokeReport {
  /** The runtime's own name and version, as it tells it. */
  readonly runtime: string
  /** Where `@twython/client` resolved to (`import.meta.resolve`), where the runtime can say. */
  readonly resolved?: string
  /** Set when `@twython/client` could not be loaded at all; then `checks` is empty. */
  readonly loadError?: string
  readonly checks: readonly SmokeCheck[]
}

export const SMOKE_CHECKS = ['oauth1', 'bearer', 'error-404', 'error-401', 'cursor', 'stream', 'v2-stream', 'upload', 'v2', 'v2-function'] as const
export type SmokeCheckName = (typeof SMOKE_CHECKS)[number]

/** The marker before the report on stdout, so a runtime's own warnings cannot be mistaken for it. */
export const REPORT_MARKER = 'TWYTHON-SMOKE-REPORT '

/** @twitterapi's first seeded tweet. */
const SEEDED_TWEET = '2104934217937846609'
/** A 1x1 PNG: the emulator sniffs the type and reads the size from its first bytes, as Twitter did. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

type Client = typeof import('@twython/client')
type V2 = typeof import('@twython/client/v2')

/** The modules under test, loaded by the runtime's entry (so a failure to load is reported, not thrown). */
export interface SmokeModules {
  readonly client: Client
  readonly v2: V2
}

function fail(message: string): never {
  throw new Error(message)
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const status = (error as { status?: unknown }).status
    return `${error.name}${status !== undefined ? ` (status ${String(status)})` : ''}: ${error.message}`
  }
  return String(error)
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** A word no other tweet of the emulator's world contains, to track. */
function uniqueWord(): string {
  return `smoke${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
}

/**
 * Reads `messages` until a tweet containing `word` arrives, posting such a tweet every 100 ms meanwhile: the
 * connection opens on the first `next()`, and a tweet posted before the server registered it is not
 * delivered, so there is no fixed wait for the connection.
 */
async function readWhilePosting<T>(messages: AsyncIterator<T>, tweetOf: (message: T) => { id: string; text: string } | undefined, word: string, post: (status: string) => Promise<unknown>, controller: AbortController): Promise<{ id: string; posted: number }> {
  const first = (async () => {
    for (;;) {
      const next = await messages.next()
      if (next.done) return fail('the stream ended by itself')
      const tweet = tweetOf(next.value)
      if (tweet) return tweet
    }
  })()
  let seen: { id: string; text: string } | undefined
  let streamError: unknown
  first.then(
    (tweet) => (seen = tweet),
    (error: unknown) => (streamError = error ?? new Error('stream failed')),
  )
  let posted = 0
  while (seen === undefined && streamError === undefined) {
    if (posted >= 40) {
      controller.abort()
      fail(`no tweet arrived on the stream after ${posted} matching posts`)
    }
    await post(`${word} #${posted++}`)
    await Promise.race([first.catch(() => undefined), sleep(100)])
  }
  if (streamError !== undefined) throw streamError
  if (!seen!.text.includes(word)) fail(`the streamed tweet does not match: ${seen!.text}`)
  return { id: seen!.id, posted }
}

/** Stops a stream with its signal; reading on must then reject with the signal's reason, as an aborted call does. */
async function stopAndCheck(messages: AsyncIterator<unknown>, controller: AbortController): Promise<void> {
  const reason = new Error('smoke: stop the stream')
  controller.abort(reason)
  let stopped: unknown
  try {
    await messages.next()
    stopped = 'a message'
  } catch (error) {
    stopped = error
  }
  if (stopped !== reason) fail(`after abort the stream gave ${stopped instanceof Error ? describeError(stopped) : String(stopped)}, not the signal's reason`)
}

/** Runs every check in order; one failing check does not stop the others. */
export async function runSmoke(config: SmokeConfig, modules: SmokeModules): Promise<SmokeCheck[]> {
  const { Twython, TwythonError, TwythonAuthError, stream, createCore } = modules.client
  const { url, credentials } = config
  const hosts = { api: url, upload: url, stream: url, userStream: url, siteStream: url, v2: url, authorize: url }
  // The runtime's fetch as an app passes it: the global, unbound.
  const clientArgs = config.transport === 'fetch' ? { clientArgs: { fetch: globalThis.fetch } } : {}
  const twitter = new Twython({ ...credentials, hosts, ...clientArgs })

  const checks: SmokeCheck[] = []
  const check = async (name: SmokeCheckName, body: () => Promise<string>) => {
    try {
      checks.push({ name, ok: true, detail: await body() })
    } catch (error) {
      checks.push({ name, ok: false, error: describeError(error) })
    }
  }
  /** Runs `call`, which must reject; returns the error. */
  const rejection = async (call: () => Promise<unknown>): Promise<unknown> => {
    try {
      await call()
    } catch (error) {
      return error
    }
    return fail('the call succeeded')
  }

  await check('oauth1', async () => {
    const me = await twitter.verifyCredentials()
    if (me.screen_name !== 'emu_dev') fail(`verify_credentials answered @${me.screen_name}`)
    return `verify_credentials: @${me.screen_name}`
  })

  await check('bearer', async () => {
    const accessToken = await new Twython({ appKey: credentials.appKey, appSecret: credentials.appSecret, oauthVersion: 2, hosts, ...clientArgs }).obtainAccessToken()
    const app = new Twython({ appKey: credentials.appKey, accessToken, hosts, ...clientArgs })
    const tweet = await app.showStatus({ id: SEEDED_TWEET })
    if (tweet.id_str !== SEEDED_TWEET) fail(`statuses/show answered ${tweet.id_str}`)
    return `app-only token, statuses/show ${tweet.id_str} by @${tweet.user.screen_name}`
  })

  await check('error-404', async () => {
    const error = await rejection(() => twitter.showStatus({ id: '1' }))
    if (!(error instanceof TwythonError)) fail(`not a TwythonError: ${describeError(error)}`)
    if (error instanceof TwythonAuthError) fail(`a 404 became a TwythonAuthError: ${describeError(error)}`)
    if (error.status !== 404) fail(`status ${error.status}, expected 404`)
    return `${error.name} ${error.status} code ${error.errorCode}`
  })

  await check('error-401', async () => {
    const wrong = new Twython({ ...credentials, oauthTokenSecret: 'not-the-secret', hosts, ...clientArgs })
    const error = await rejection(() => wrong.verifyCredentials())
    if (!(error instanceof TwythonAuthError)) fail(`not a TwythonAuthError: ${describeError(error)}`)
    if (error.status !== 401) fail(`status ${error.status}, expected 401`)
    return `${error.name} ${error.status} code ${error.errorCode}`
  })

  await check('cursor', async () => {
    const user = await twitter.showUser({ screen_name: 'twitterapi' })
    const total = user.followers_count
    // Pages of about a third, so the walk follows next_cursor at least twice.
    const count = Math.max(1, Math.ceil(total / 3))
    let pages = 0
    const ids = new Set<string>()
    for await (const page of twitter.cursor(twitter.getFollowersIds, { screen_name: 'twitterapi', count }, { returnPages: true })) {
      pages++
      for (const id of page) {
        if (typeof id !== 'string') fail(`an id is a ${typeof id}, not a string`)
        ids.add(id)
      }
    }
    if (pages < 2) fail(`${pages} page(s) for ${total} followers at ${count} a page`)
    if (ids.size !== total) fail(`${ids.size} distinct ids, followers_count is ${total}`)
    return `${ids.size} follower ids of @twitterapi in ${pages} pages of ${count}`
  })

  await check('stream', async () => {
    const word = uniqueWord()
    const controller = new AbortController()
    // The fetch transport passes the runtime's fetch to the stream as well (clientArgs.fetch); by default the
    // stream connects with node:http where the runtime resolves the runtime package's node branch, else fetch.
    const messages = stream({ ...credentials, hosts, ...clientArgs }, 'statuses/filter', { track: [word] }, { signal: controller.signal })[Symbol.asyncIterator]()
    const { id, posted } = await readWhilePosting(messages, (m) => (m.kind === 'tweet' ? { id: m.data.id_str, text: m.data.text ?? '' } : undefined), word, (status) => twitter.updateStatus({ status }), controller)
    await stopAndCheck(messages, controller)
    return `tweet ${id} streamed after ${posted} post(s); stopped by abort`
  })

  await check('v2-stream', async () => {
    // X's filtered stream is app-only: a bearer token, a rule, then the connection.
    const accessToken = await new Twython({ appKey: credentials.appKey, appSecret: credentials.appSecret, oauthVersion: 2, hosts, ...clientArgs }).obtainAccessToken()
    const app = new Twython({ appKey: credentials.appKey, accessToken, hosts, ...clientArgs })
    const word = uniqueWord()
    const added = await app.v2.updateRules({ add: [{ value: word, tag: 'smoke' }] })
    const ruleId = added.data?.[0]?.id ?? fail(`no rule created: ${JSON.stringify(added)}`)
    try {
      const controller = new AbortController()
      const messages = app.v2.streamFilteredTweets({}, { signal: controller.signal })[Symbol.asyncIterator]()
      const { id, posted } = await readWhilePosting(messages, (m) => (m.data?.id ? { id: m.data.id, text: m.data.text ?? '' } : undefined), word, (status) => twitter.updateStatus({ status }), controller)
      await stopAndCheck(messages, controller)
      return `tweet ${id} on /2/tweets/search/stream after ${posted} post(s); stopped by abort`
    } finally {
      await app.v2.updateRules({ delete: { ids: [ruleId] } })
    }
  })

  await check('upload', async () => {
    const bytes = Uint8Array.from(atob(PNG_1X1), (c) => c.charCodeAt(0))
    const media = await twitter.uploadMedia({ media: bytes })
    if (!/^\d+$/.test(media.media_id_string)) fail(`media_id_string ${media.media_id_string}`)
    const image = (media as { image?: { image_type?: string; w?: number; h?: number } }).image
    if (image?.image_type !== 'image/png') fail(`uploaded as ${JSON.stringify(image)}`)
    return `media ${media.media_id_string}: ${image.image_type} ${image.w}x${image.h} from ${bytes.length} bytes`
  })

  await check('v2', async () => {
    const { data } = await twitter.v2.getTweet({ id: SEEDED_TWEET, 'post.fields': ['created_at'] })
    if (data?.id !== SEEDED_TWEET) fail(`GET /2/tweets/:id answered ${JSON.stringify(data)}`)
    if (typeof data.created_at !== 'string') fail('created_at was asked for and is missing')
    return `twitter.v2.getTweet: ${data.id} created ${data.created_at}`
  })

  await check('v2-function', async () => {
    // The tree-shaking form: a core and one v2 function from the subpath.
    const core = createCore({ ...credentials, hosts, ...clientArgs })
    const { data } = await modules.v2.getTweet(core, { id: SEEDED_TWEET })
    if (data?.id !== SEEDED_TWEET) fail(`getTweet(core) answered ${JSON.stringify(data)}`)
    return `getTweet(createCore(...)) from @twython/client/v2: ${data.id}`
  })

  return checks
}

/** Loads the client and runs the suite; a client that does not load is a report, not a crash. */
export async function smokeReport(runtime: string, config: SmokeConfig, load: () => Promise<SmokeModules>, resolved?: string): Promise<SmokeReport> {
  let modules: SmokeModules
  try {
    modules = await load()
  } catch (error) {
    return { runtime, ...(resolved ? { resolved } : {}), loadError: describeError(error), checks: [] }
  }
  return { runtime, ...(resolved ? { resolved } : {}), checks: await runSmoke(config, modules) }
}
