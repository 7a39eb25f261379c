/**
 * X API v2 streams (filtered, sample, firehose, likes, compliance, labels): an async iterable of parsed
 * messages over the byte-level parser of the v1.1 streams, reconnecting by X's rules on the same engine
 * (streaming/session.ts) with the same backoff ladders, stall watchdog and bounded read-ahead
 * (streaming/iterate.ts). What is v2's own lives here: requests built and signed by the core (any
 * credential, OAuth 2.0 user tokens refreshed per connection), v2's fatal statuses, the 429 explanation,
 * `backfill_minutes` on reconnect and the duplicates backfill brings.
 *
 * X's error messages inside an open stream (`{"errors":[...]}`, operational disconnects included) are
 * yielded as messages, in order, like any other: the generated message types carry `errors`. Use
 * {@link streamErrors} / {@link isOperationalDisconnect} to tell them apart. After an operational
 * disconnect X closes the connection, and the stream reconnects at once.
 */
import type { CallOptions, BaseCore, PreparedRequest } from '../base-core.js'
import { TwythonError, TwythonRateLimitError, TwythonStreamError } from '../errors.js'
import { errorForResponse, parseErrorBody, rateLimitReset } from '../http-errors.js'
import type { Route } from '../route.js'
import { twitterBackoff, type BackoffSchedule, type StatusClass } from '../streaming/backoff.js'
import { systemClock, type Clock } from '../streaming/clock.js'
import { runEngine, type Outcome, type ReconnectInfo, type SessionEngine, type SessionSink } from '../streaming/engine.js'
import { connectFetch } from '../streaming/fetch-connection.js'
import type { ParseProblem } from '../streaming/parser.js'
import { SessionIterator } from '../streaming/session-iterator.js'
import { checkSecurity } from './security.js'
import { prepareV2 } from './call.js'

/** Options of a v2 stream call: `twitter.v2.streamFilteredTweets(params, options)`. */
export interface StreamCallOptions extends CallOptions {
  /** A garbled, non-UTF-8 or oversized line was skipped; the stream goes on. */
  readonly onParseError?: (problem: ParseProblem) => void
  /** Largest message kept in memory. @default 16 MiB */
  readonly maxLineBytes?: number
  /**
   * Milliseconds to wait for each connection's response headers (`false`: no limit). A timeout counts as a
   * network failure and is retried. Streams do not use `clientArgs.timeout`, which bounds a whole exchange.
   * @default 30000
   */
  readonly timeout?: number | false
  /**
   * Reconnect by X's rules: at once after an established connection (data, and open at least 30 s:
   * `ESTABLISHED_AFTER_MS`) drops or stalls, and after at most one earlier drop per 30 s; any other early drop
   * is a failed attempt on the network ladder. Then linear backoff for network errors (250 ms more per attempt, up to 16 s), exponential for HTTP errors (5 s doubling, up to
   * 320 s) and a longer exponential for 429 (1 minute doubling). `false`: one connection, which ends the
   * loop when the server closes it and throws on any failure.
   * @default true
   */
  readonly reconnect?: boolean
  /**
   * Milliseconds without a single byte (X's keep-alive `\r\n` every 20 s counts) before the connection is
   * considered stalled, dropped and reopened. Time the loop spends on a message does not count.
   * @default 30000
   */
  readonly stallTimeout?: number
  /**
   * Consecutive failed attempts tolerated before the loop throws. An established connection resets the count;
   * a connection that dropped within 30 s of answering counts, except the first such drop in 30 s.
   * @default undefined (retry for ever)
   */
  readonly retryCount?: number
  /** Reconnect delays. @default twitterBackoff (X's published rules) */
  readonly backoff?: BackoffSchedule
  /** The time source of timeouts and backoff sleeps; tests pass a `ManualClock`. @default systemClock */
  readonly clock?: Clock
  /**
   * On every reconnect, ask X to replay up to this many minutes (1 to 5) of what was missed
   * (`backfill_minutes`): the gap since the last message, rounded up, capped at this. Only for streams that
   * take `backfill_minutes` (a TwythonError otherwise, before anything is sent). Tweets that backfill
   * delivers twice are dropped by id.
   */
  readonly backfillMinutes?: number
  /**
   * How many recent message ids (`data.id`) are remembered to drop the duplicates backfill brings; memory
   * stays bounded by it. Used when backfill is on (this option or a `backfill_minutes` parameter).
   * @default 20000
   */
  readonly dedupeWindow?: number
  /** Messages read ahead of the loop before the connection is paused. @default 64 */
  readonly highWaterMark?: number
  /** The stream is about to reconnect: why (`reason`, `status`, `error`) and after how long (`delayMs`). */
  readonly onReconnect?: (info: ReconnectInfo) => void
}

/** An error X writes into an open v2 stream, e.g. `{ title: 'operational-disconnect', disconnect_type: 'UpstreamOperationalDisconnect', detail, type }`. */
export interface StreamProblem {
  readonly title?: string
  readonly detail?: string
  readonly type?: string
  /** On an operational disconnect: why X is closing the connection. */
  readonly disconnect_type?: string
  readonly [field: string]: unknown
}

/** The errors of X's error message in a stream (a message with `errors` and no `data`), or `undefined` for a data message. */
export function streamErrors(message: unknown): readonly StreamProblem[] | undefined {
  if (message === null || typeof message !== 'object') return undefined
  const record = message as { data?: unknown; errors?: unknown }
  if (record.data !== undefined || !Array.isArray(record.errors)) return undefined
  return record.errors.filter((e): e is StreamProblem => e !== null && typeof e === 'object')
}

/** True for X's operational-disconnect message; X closes the connection after it (and the stream reconnects). */
export function isOperationalDisconnect(message: unknown): boolean {
  return streamErrors(message)?.some((e) => e.title === 'operational-disconnect' || e.type?.endsWith('/operational-disconnect') === true) ?? false
}

const DEFAULT_CONNECT_TIMEOUT = 30_000
const DEFAULT_STALL_TIMEOUT = 30_000
const DEFAULT_DEDUPE_WINDOW = 20_000
const MINUTE = 60_000

/**
 * Why a 429 on a stream is not the usual rate limit: X limits connections per app (one on the filtered
 * stream), and a connection that just dropped keeps counting until X notices it is gone.
 */
export const STREAM_429_NOTE = "X allows a limited number of connections per app to a stream (one to the filtered stream); a 429 right after a reconnect usually means X still counts the previous connection, which clears once X notices it is gone. Close other clients of this app's stream; the stream retries with a backoff starting at one minute."

/**
 * Opens a v2 stream route. Security and scopes are checked, and the first connection opened, on the first
 * `next()`. The loop throws the Twython error of a fatal status (400, 401, 403, ...), the signal's reason
 * when aborted, and a `TwythonStreamError` (or `TwythonRateLimitError` for 429) once `retryCount` is spent.
 */
export function streamRoute<T>(core: BaseCore, route: Route, params: Readonly<Record<string, unknown>>, options: StreamCallOptions = {}): AsyncGenerator<T, void, undefined> {
  const clock = options.clock ?? systemClock
  const url = `${core.hosts.v2}${route.path}`
  const takesBackfill = route.query?.includes('backfill_minutes') ?? false
  const backfill = options.backfillMinutes
  const dedupe = backfill !== undefined || params.backfill_minutes !== undefined ? new RecentIds(options.dedupeWindow ?? DEFAULT_DEDUPE_WINDOW) : undefined
  let lastMessageAt = clock.now()

  const map = (value: unknown): T | undefined => {
    if (dedupe) {
      const id = (value as { data?: { id?: unknown } } | null)?.data?.id
      if (typeof id === 'string' && dedupe.seen(id)) return undefined
    }
    lastMessageAt = clock.now()
    return value as T
  }
  const fetchOptions = {
    clock,
    connectTimeoutMs: options.timeout === false ? undefined : (options.timeout ?? DEFAULT_CONNECT_TIMEOUT),
    stallTimeoutMs: options.stallTimeout ?? DEFAULT_STALL_TIMEOUT,
    maxLineBytes: options.maxLineBytes,
    // A TwythonError out of the core before anything is sent (a refused token refresh) is not a network error.
    isFatal: (error: unknown) => error instanceof TwythonError,
  }
  const connect = (request: PreparedRequest, sink: Parameters<typeof connectFetch>[2], signal: AbortSignal, setControl: Parameters<typeof connectFetch>[4]) =>
    connectFetch((s) => core.openRaw(request, { signal: s, ...(options.headers ? { headers: options.headers } : {}) }), fetchOptions, sink, signal, setControl)

  const run = async (sink: SessionSink, signal: AbortSignal): Promise<void> => {
    if (route.security) checkSecurity(route, core.authKind)
    await core.checkScopes(route)
    if (backfill !== undefined) {
      if (!takesBackfill) throw new TwythonError(`backfillMinutes: ${route.id} (${route.method} ${route.path}) takes no backfill_minutes. Nothing was sent.`)
      if (!Number.isInteger(backfill) || backfill < 1 || backfill > 5) throw new TwythonError(`backfillMinutes must be a whole number of minutes from 1 to 5 (X's limit), not ${String(backfill)}. Nothing was sent.`)
    }
    const first = await prepareV2(core, route, params)
    if (options.reconnect === false) return once(first, sink, signal)
    let attempt = 0
    const engine: SessionEngine<PreparedRequest> = {
      request: () => {
        if (attempt++ === 0) return first
        if (backfill === undefined) return prepareV2(core, route, params)
        const gap = Math.ceil((clock.now() - lastMessageAt) / MINUTE)
        return prepareV2(core, route, { ...params, backfill_minutes: Math.min(backfill, Math.max(1, gap)) })
      },
      connect,
      url: () => url,
      classifyStatus: classifyV2Status,
      fatalError: (status, body, headers) => {
        if (status >= 300 && status < 400) {
          const location = headers.get('location')
          return new TwythonStreamError(`The stream answered with a redirect, ${location === null ? '(no Location header)' : `Location: ${location}`}. Redirects are never followed: nothing was sent there.`, { status, url })
        }
        return errorForResponse(status, body, headers, url)
      },
      statusError: (status, body, headers) => statusError(status, body, headers, url),
      exhaustedError: (message, outcome, _request, cause) => {
        const init = { url, ...(cause ? { cause } : {}), ...(outcome.type === 'status' ? { status: outcome.status, errors: parseErrorBody(outcome.body).errors, retryAfter: rateLimitReset(outcome.headers) } : {}) }
        return outcome.type === 'status' && outcome.status === 429 ? new TwythonRateLimitError(message, init) : new TwythonStreamError(message, init)
      },
      clock,
      retryCount: options.retryCount,
      backoff: options.backoff ?? twitterBackoff,
    }
    return runEngine(engine, sink, signal)
  }

  /** `reconnect: false`: one connection, every failure thrown. */
  const once = async (request: PreparedRequest, sink: SessionSink, signal: AbortSignal): Promise<void> => {
    const outcome: Outcome = await connect(request, { message: sink.message, problem: (p, h) => sink.problem(p, 200, h) }, signal, sink.control)
    switch (outcome.type) {
      case 'aborted':
      case 'ended':
      case 'restart':
        return
      case 'thrown':
        throw outcome.error
      case 'status':
        if (outcome.status >= 300 && outcome.status < 400) throw new TwythonStreamError(`The stream answered with a redirect (${outcome.status}); redirects are never followed.`, { status: outcome.status, url })
        throw statusError(outcome.status, outcome.body, outcome.headers, url)
      case 'timeout':
        throw new TwythonError(`The stream ${url} sent no response headers within ${String(fetchOptions.connectTimeoutMs)} ms.`, { url })
      case 'stall':
        throw new TwythonError(`The stream ${url} stalled: nothing arrived for ${fetchOptions.stallTimeoutMs} ms (X sends a keep-alive every 20 s).`, { url })
      case 'network':
        throw new TwythonError(outcome.delivered ? `The stream ${url} was cut off: ${outcome.error.message}` : `Network error while opening the stream ${request.method} ${url}: ${outcome.error.message}`, { url, cause: outcome.error })
    }
  }

  return new SessionIterator<T>(
    (sink, signal) =>
      run(
        {
          ...sink,
          problem: (problem) => options.onParseError?.(problem),
          reconnect: (info) => options.onReconnect?.(info),
        },
        signal,
      ),
    map,
    { signal: options.signal, highWaterMark: options.highWaterMark },
  )
}

/**
 * v2's statuses: 4xx are the request's fault and retrying would get the same answer (400 is a bad rule
 * or parameter, 401/403 the credentials or the access level), except 408 (timeout) and 420/429 (rate
 * limit); 5xx and anything else are worth a retry; a redirect is never followed.
 */
export function classifyV2Status(status: number): StatusClass {
  if (status === 200) return 'ok'
  if (status === 401) return 'auth'
  if (status === 420 || status === 429) return 'rate-limit'
  if (status === 408) return 'http'
  if ((status >= 300 && status < 500) || status < 200) return 'fatal'
  return 'http'
}

/** The Twython error a retryable (or, without reconnect, any) status stands for; a 429 says why it happens on streams. */
function statusError(status: number, body: string, headers: Headers, url: string): TwythonError {
  const error = errorForResponse(status, body, headers, url)
  if (status !== 429) return error
  const { message, errors, problem } = parseErrorBody(body)
  return new TwythonRateLimitError(`${message} ${STREAM_429_NOTE}`, { status, errors, url, retryAfter: error.retryAfter, ...(problem ? { problem } : {}) })
}

/**
 * The ids seen lately, in two generations: a lookup checks both, and when the current one is full it
 * becomes the previous one (the oldest ids are forgotten). Memory is bounded by `capacity` ids.
 */
class RecentIds {
  #current = new Set<string>()
  #previous = new Set<string>()
  readonly #half: number

  constructor(capacity: number) {
    this.#half = Math.max(1, Math.floor(capacity / 2))
  }

  /** True when `id` was seen lately; otherwise remembers it. */
  seen(id: string): boolean {
    if (this.#current.has(id) || this.#previous.has(id)) return true
    this.#current.add(id)
    if (this.#current.size >= this.#half) {
      this.#previous = this.#current
      this.#current = new Set()
    }
    return false
  }
}
