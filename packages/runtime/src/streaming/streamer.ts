/**
 * `TwythonStreamer`: Twython's callback-style streaming class. Subclass it and override `onSuccess`,
 * `onError`, `onTimeout` and per-type handlers (`on_delete` / `onDelete`, ...), then call a stream
 * method; it stays connected, reconnecting on Twitter's schedule, until `disconnect()`.
 *
 * Where this differs from Twython 3.4.0, on purpose: reconnects follow Twitter's backoff rules instead
 * of Twython's immediate loop and `retry_in` sleeps (which re-sent even successful requests); network
 * errors and stalls reconnect instead of escaping; a stream method returns a promise.
 */
import { TwythonError } from '../errors.js'
import type { Hosts } from '../hosts.js'
import type { ConnectionControl } from './connection.js'
import { buildStreamRequest, type StreamKind, type StreamParams } from './endpoints.js'
import { iterateSession, type StreamIterateOptions } from './iterate.js'
import type { StreamMessage } from './messages.js'
import { resolveSessionConfig, streamHosts, type TwythonStreamerOptions } from './options.js'
import { DEFAULT_MAX_LINE_BYTES, type ParseProblem } from './parser.js'
import { runSession, type ReconnectInfo } from './session.js'

/** Twython's `on_error` text for a line that is not JSON (its source's line continuation puts 39 spaces in it). */
export const DECODE_ERROR_MESSAGE = `Unable to decode response,${' '.repeat(39)}not valid JSON.`

const DEFAULT_HANDLERS = ['delete', 'limit', 'disconnect'] as const

type Handler = (this: TwythonStreamer, value: unknown) => unknown

/** The stream that is running on a streamer. */
interface Running {
  readonly kind: StreamKind
  readonly dynamic: boolean
  readonly controller: AbortController
  control: ConnectionControl | undefined
}

/**
 * Twython's streaming client.
 *
 * @example
 * ```ts
 * class Printer extends TwythonStreamer {
 *   override onSuccess(data: any) {
 *     if ('text' in data) console.log(data.text)
 *     return true                      // go on to the per-type handlers
 *   }
 *   onLimit(limit: { track: number }) {
 *     console.warn(`${limit.track} tweets withheld`)
 *     return true                      // a falsy return stops later handlers for this message
 *   }
 *   override onError(status: number, data: unknown) {
 *     console.error(status, data)
 *   }
 * }
 * const streamer = new Printer({ appKey, appSecret, oauthToken, oauthTokenSecret })
 * setTimeout(() => streamer.disconnect(), 60_000)
 * await streamer.statuses.filter({ track: ['twitter'], stall_warnings: true })   // resolves on disconnect()
 * ```
 */
export class TwythonStreamer {
  /** Message keys with handlers, walked in order for each message (Twython's `handlers`). */
  handlers: readonly string[]
  /** `statuses/filter`, `sample`, `firehose` and the dynamic filter. */
  readonly statuses: StreamerStatuses
  /** Accepted for compatibility (see the option); not used. */
  readonly chunkSize: number | undefined
  readonly retryIn: number
  readonly retryCount: number | undefined
  readonly apiVersion = '1.1'

  // Options hold the secrets: kept private so they stay out of util.inspect and JSON.
  readonly #options: TwythonStreamerOptions
  readonly #hosts: Hosts
  #running: Running | undefined
  #handlerCache: { list: readonly string[]; names: [string, string, string][] } | undefined

  constructor(options: TwythonStreamerOptions) {
    this.#options = options
    this.#hosts = streamHosts(options)
    this.handlers = options.handlers?.length ? [...options.handlers] : [...DEFAULT_HANDLERS]
    this.chunkSize = options.chunkSize
    this.retryIn = options.retryIn ?? 10
    this.retryCount = options.retryCount
    this.statuses = new StreamerStatuses(this)
  }

  /** True while a stream method is running (between connections included). */
  get connected(): boolean {
    return this.#running !== undefined
  }

  /**
   * Clock time (`performance.now()` by default) of the last byte received on the open connection,
   * keep-alive newlines included; `undefined` between connections. For health checks.
   */
  get lastActivity(): number | undefined {
    return this.#running?.control?.lastByteAt()
  }

  /**
   * Called with every parsed message. Return a truthy value to go on to the per-type handlers
   * (the default), falsy to skip them. Runs synchronously, in stream order.
   */
  onSuccess(_data: any): unknown {
    return true
  }

  /**
   * Called for a non-200 answer (`data` is the body text, `headers` the response headers), for a line
   * that is not valid JSON (status 200, Twython's message), and once more when the stream gives up
   * (`data` is the `TwythonStreamError`).
   */
  onError(_status: number, _data: unknown, _headers?: Headers): void {}

  /** Called when a connection did not answer within `timeout`, or stalled for `stallTimeout`. */
  onTimeout(): void {}

  /** Called before each reconnect, with the reason and the delay. Not in Twython; for logging. */
  onReconnect(_info: ReconnectInfo): void {}

  /**
   * Called for a skipped line. By default it reports through `onError`: with Twython's text for a line
   * that does not decode, and with a message naming `maxLineBytes` for an oversized one (Twython has no
   * cap). Override it to see the reason (`invalid-json`, `invalid-utf8`, `oversized`, `bad-length`).
   */
  onParseError(problem: ParseProblem, status: number, headers?: Headers): void {
    if (problem.reason === 'oversized') {
      const limit = this.#options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES
      this.onError(status, `Skipped a stream message larger than maxLineBytes (${limit} bytes): ${problem.byteLength} bytes were dropped without being buffered.`, headers)
      return
    }
    this.onError(status, DECODE_ERROR_MESSAGE, headers)
  }

  /** Stops the running stream: the socket is closed, every timer cleared, and the stream's promise resolves. */
  disconnect(): void {
    const running = this.#running
    if (!running) return
    this.#running = undefined
    running.controller.abort()
  }

  /** `GET userstream /1.1/user.json` (Twython 3.4.0's `streamer.user`). */
  user(params?: StreamParams): Promise<void> {
    return this.run('user', params)
  }

  /** `GET sitestream /1.1/site.json`; `follow` (user ids) is required by Twitter. */
  site(params?: StreamParams): Promise<void> {
    return this.run('site', params)
  }

  /**
   * The same streams as async iterables of typed messages, using this streamer's options. The
   * callbacks of the instance are not involved.
   *
   * @example
   * ```ts
   * for await (const m of streamer.iterate('statuses/sample', {}, { signal })) if (m.kind === 'tweet') count++
   * ```
   */
  iterate(kind: StreamKind, params?: StreamParams, options: StreamIterateOptions = {}): AsyncIterable<StreamMessage> {
    return iterateSession(this.#options, () => buildStreamRequest(this.#hosts, kind, params), options)
  }

  /** Reconnects a running dynamic filter so that it picks up new parameters. @internal */
  restartDynamic(): void {
    if (this.#running?.dynamic) this.#running.control?.restart()
  }

  /** Runs one stream until `disconnect()`. @internal */
  async run(kind: StreamKind, params: StreamParams | undefined, dynamicParams?: () => StreamParams | undefined): Promise<void> {
    if (this.#running) throw new TwythonError('This streamer is already connected; call disconnect() before opening another stream.')
    const hosts = this.#hosts
    // Validate the parameters now, so a bad value rejects before anything connects.
    buildStreamRequest(hosts, kind, dynamicParams ? dynamicParams() : params)
    // Before marking the streamer connected: conflicting clientArgs reject without leaving it so.
    const config = resolveSessionConfig(this.#options, () => buildStreamRequest(hosts, kind, dynamicParams ? dynamicParams() : params))
    const running: Running = { kind, dynamic: dynamicParams !== undefined, controller: new AbortController(), control: undefined }
    this.#running = running
    try {
      await runSession(
        config,
        {
          message: (value) => this.#dispatch(value),
          problem: (problem, status, headers) => this.onParseError(problem, status, headers),
          httpError: (status, body, headers) => this.onError(status, body, headers),
          timeout: () => this.onTimeout(),
          reconnect: (info) => this.onReconnect(info),
          exhausted: (error) => this.onError(error.status ?? 0, error),
          control: (control) => (running.control = control),
        },
        running.controller.signal,
      )
    } finally {
      if (this.#running === running) this.#running = undefined
    }
  }

  /** Twython's dispatch: `onSuccess`, then each handler whose key the message has, until one returns falsy. */
  #dispatch(data: unknown): void {
    if (!this.onSuccess(data)) return
    if (data === null || typeof data !== 'object') return
    const record = data as Record<string, unknown>
    for (const [name, snake, camel] of this.#handlerNames()) {
      if (!(name in record)) continue
      const self = this as unknown as Record<string, unknown>
      const handler = (typeof self[snake] === 'function' ? self[snake] : self[camel]) as Handler | undefined
      if (typeof handler !== 'function') continue
      if (!handler.call(this, record[name])) break
    }
  }

  #handlerNames(): [string, string, string][] {
    if (this.#handlerCache?.list !== this.handlers) {
      const names = this.handlers.map((name): [string, string, string] => [name, `on_${name}`, `on${name.replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase())}`])
      this.#handlerCache = { list: this.handlers, names }
    }
    return this.#handlerCache.names
  }
}

/** `streamer.statuses`: the public status streams. */
export class StreamerStatuses {
  /** The parameters stored by `setDynamicFilter` (Twython's `statuses.params`). */
  params: StreamParams | undefined
  readonly #streamer: TwythonStreamer

  constructor(streamer: TwythonStreamer) {
    this.#streamer = streamer
  }

  /** `POST stream /1.1/statuses/filter.json`; at least one of `track`, `follow`, `locations`. */
  filter(params?: StreamParams): Promise<void> {
    return this.#streamer.run('statuses/filter', params)
  }

  /** `GET stream /1.1/statuses/sample.json`: a small random sample of all public tweets. */
  sample(params?: StreamParams): Promise<void> {
    return this.#streamer.run('statuses/sample', params)
  }

  /** `GET stream /1.1/statuses/firehose.json`: every public tweet (special access only). */
  firehose(params?: StreamParams): Promise<void> {
    return this.#streamer.run('statuses/firehose', params)
  }

  /**
   * Stores filter parameters for `dynamicFilter()`. If a dynamic filter is running, it reconnects at
   * once with the new parameters.
   */
  setDynamicFilter(params: StreamParams): void {
    this.params = params
    this.#streamer.restartDynamic()
  }

  /**
   * `statuses/filter` with the parameters of the latest `setDynamicFilter`, re-read at every reconnect.
   *
   * @example
   * ```ts
   * streamer.statuses.setDynamicFilter({ track: 'cats' })
   * const done = streamer.statuses.dynamicFilter()
   * streamer.statuses.setDynamicFilter({ track: 'dogs' })   // reconnects with track=dogs
   * ```
   */
  dynamicFilter(): Promise<void> {
    if (this.params === undefined) return Promise.reject(new TwythonError('Call statuses.setDynamicFilter(params) before statuses.dynamicFilter().'))
    return this.#streamer.run('statuses/filter', undefined, () => this.params)
  }
}
