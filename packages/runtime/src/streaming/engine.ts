/**
 * The reconnect loop of every stream, whatever opens its connections: connect, read until the connection
 * ends, then reconnect on Twitter's / X's schedule (backoff.ts) until aborted, a fatal status, or
 * `retryCount` consecutive failures. Free of any transport: the v1.1 streams plug in OAuth 1.0a over
 * node:http (session.ts, connection.ts) or over `fetch` (fetch-open.ts), the X API v2 streams the core's
 * `fetch` (fetch-connection.ts).
 */
import { TwythonStreamError, type TwythonError } from '../errors.js'
import { parseErrorBody } from '../http-errors.js'
import type { BackoffSchedule, FailureKind, StatusClass } from './backoff.js'
import { sleep, type Clock, type TimerHandle } from './clock.js'
import type { ParseProblem } from './parser.js'

/** How one attempt ended. `delivered` is true when the 200 response carried at least one byte. */
export type Outcome =
  | { readonly type: 'aborted' }
  | { readonly type: 'restart' }
  | { readonly type: 'ended'; readonly delivered: boolean }
  | { readonly type: 'network'; readonly delivered: boolean; readonly error: Error }
  | { readonly type: 'timeout' }
  | { readonly type: 'stall'; readonly delivered: boolean }
  | { readonly type: 'status'; readonly status: number; readonly body: string; readonly headers: Headers }
  /** User code (a handler) threw; the stream stops with that error. */
  | { readonly type: 'thrown'; readonly error: unknown }

/** What a connection reports while it is open. */
export interface ConnectionSink {
  message(value: unknown): void
  problem(problem: ParseProblem, headers: Headers): void
}

/** Lets the consumer of messages apply backpressure and the owner restart the connection. */
export interface ConnectionControl {
  pause(): void
  resume(): void
  /** Ends the current connection with a `restart` outcome (used for a dynamic filter change). */
  restart(): void
  /** Clock time of the last byte received (keep-alives included). */
  lastByteAt(): number
}

/** Live sockets and timers of this module, for tests proving that nothing is left behind. */
export const liveResources = { requests: 0, timers: 0 }

/**
 * A connection's one timer and its stall watchdog, shared by the node:http and the fetch connection. Before
 * the response it times the connect (`connectTimeout`); from `start()` it checks the time of the last byte
 * (`touch()` on every chunk) instead of being re-armed per chunk, and calls `onStall` after `stallTimeoutMs`
 * of silence. While `paused` the silence is ours, not the server's, so it does not count. The timer is
 * counted in `liveResources` so tests can prove none is left behind.
 */
export function stallWatchdog(clock: Clock, stallTimeoutMs: number, onStall: () => void) {
  let timer: TimerHandle | undefined
  let paused = false
  let lastByteAt = clock.now()
  const clear = () => {
    if (timer === undefined) return
    clock.clearTimeout(timer)
    timer = undefined
    liveResources.timers--
  }
  const set = (fn: () => void, ms: number) => {
    clear()
    timer = clock.setTimeout(() => {
      timer = undefined
      liveResources.timers--
      fn()
    }, ms)
    liveResources.timers++
  }
  const watch = () => {
    const idle = clock.now() - lastByteAt
    if (paused) {
      lastByteAt = clock.now()
      set(watch, stallTimeoutMs)
    } else if (idle >= stallTimeoutMs) {
      onStall()
    } else {
      set(watch, stallTimeoutMs - idle)
    }
  }
  return {
    connectTimeout: (ms: number, onTimeout: () => void) => set(onTimeout, ms),
    /** The response arrived: from now on silence is measured. */
    start() {
      lastByteAt = clock.now()
      set(watch, stallTimeoutMs)
    },
    touch() {
      lastByteAt = clock.now()
    },
    get paused() {
      return paused
    },
    pause() {
      paused = true
    },
    resume() {
      paused = false
      lastByteAt = clock.now()
    },
    lastByteAt: () => lastByteAt,
    clear,
  }
}

/** Why the session is about to reconnect, passed to `onReconnect`. */
export interface ReconnectInfo {
  /**
   * Consecutive failed attempts so far (what `retryCount` bounds): 0, with `delayMs` 0, when an established
   * connection (see {@link ESTABLISHED_AFTER_MS}) ended, dropped or stalled and is reopened at once as X asks.
   * The one early drop per {@link ESTABLISHED_AFTER_MS} that is also reopened at once keeps the count it had.
   */
  readonly attempt: number
  /** The wait before the next attempt, in milliseconds. */
  readonly delayMs: number
  /** What ended the previous connection. */
  readonly reason: 'ended' | 'network' | 'timeout' | 'stall' | 'status' | 'restart'
  /** The HTTP status, for `reason: 'status'`. */
  readonly status?: number
  /**
   * The network error, for `reason: 'network'`; for `reason: 'status'` on an X API v2 stream, the Twython
   * error the status stands for (a `TwythonRateLimitError` for 429, whose message says why).
   */
  readonly error?: Error
}

/** The callbacks of a session, in Twython's terms. */
export interface SessionSink {
  message(value: unknown): void
  problem(problem: ParseProblem, status: number, headers: Headers): void
  /** A non-200 response, before the session retries or gives up. */
  httpError(status: number, body: string, headers: Headers): void
  /** The connect timeout or the stall watchdog fired. */
  timeout(): void
  reconnect(info: ReconnectInfo): void
  /** `retryCount` is spent; the session rejects with `error` right after. */
  exhausted(error: TwythonError): void
  /** The connection that is open now (undefined between connections). */
  control(control: ConnectionControl | undefined): void
}

/**
 * What one stream family plugs into the reconnect loop: how to build and open a connection, which statuses
 * are fatal, and the errors it reports. The v1.1 streams (OAuth 1.0a, over node:http or fetch) and the X API
 * v2 streams (the core's `fetch`, any credential) share the loop, its backoff ladders and its accounting.
 */
export interface SessionEngine<R> {
  /** Called before every attempt (so a dynamic filter change or a reconnect parameter is picked up). */
  request(): R | Promise<R>
  /** One connection attempt; never rejects. */
  connect(request: R, sink: ConnectionSink, signal: AbortSignal, setControl: (control: ConnectionControl | undefined) => void): Promise<Outcome>
  /** The request URL without its query, for error messages. */
  url(request: R): string
  classifyStatus(status: number): StatusClass
  /** The error a fatal (or auth) status rejects with. */
  fatalError(status: number, body: string, headers: Headers, request: R, cls: 'auth' | 'fatal'): Error
  /**
   * The error a retryable status stands for, passed to `onReconnect` as `error` and used as the cause of
   * the give-up error. Without it a status carries no error object.
   */
  statusError?(status: number, body: string, headers: Headers, request: R): Error
  /** The error thrown once `retryCount` is spent; the default is a `TwythonStreamError`. */
  exhaustedError?(message: string, outcome: Outcome, request: R, cause: Error | undefined): TwythonError
  readonly clock: Clock
  readonly retryCount: number | undefined
  readonly backoff: BackoffSchedule
}

/**
 * How long (clock milliseconds, from its 200 response to its end) a connection that delivered data must have
 * stayed open to count as *established*: 30 s, longer than X's 20 s keep-alive on v2 streams and as long as
 * Twitter's 30 s one on v1.1, so a connection that lived that long was streaming, not flapping.
 *
 * X's rule is to reconnect at once when an established connection drops and to back off when reconnecting
 * fails. A server or proxy that accepts, sends a keep-alive or a message and hangs up has not really let
 * the stream reconnect; reopening at once each time would be a tight loop (and earn 429s). So:
 * - an established connection that ends, drops or stalls is reopened at once (`attempt` 0, `delayMs` 0), and
 *   every backoff ladder and the `retryCount` tally start over;
 * - a connection that delivered data but ended sooner resets nothing. The first such drop in any
 *   `ESTABLISHED_AFTER_MS` is still reopened at once (X's deploys drop fresh connections too, and that
 *   reconnect is what X asks for); any other is a failed attempt on the network ladder (250 ms more each
 *   time, up to 16 s with the default schedule) and counts towards `retryCount`;
 * - a connection that delivered nothing is a failed attempt, as before.
 * A flapping server thus gets at most one immediate reconnect per 30 s, and otherwise the ladder.
 */
export const ESTABLISHED_AFTER_MS = 30_000

/** The reconnect loop over any {@link SessionEngine}. */
export async function runEngine<R>(engine: SessionEngine<R>, sink: SessionSink, signal: AbortSignal): Promise<void> {
  const { clock } = engine
  const attempts: Record<FailureKind, number> = { network: 0, http: 0, 'rate-limit': 0 }
  let consecutive = 0
  // Clock time of the last immediate reconnect after a connection that was not established.
  let lastEarlyReconnectAt = -Infinity
  // Clock time the current connection's 200 response arrived (its control was handed over).
  let openedAt = 0
  const setControl = (control: ConnectionControl | undefined) => {
    if (control) openedAt = clock.now()
    sink.control(control)
  }
  while (!signal.aborted) {
    // v1.1 builds its request synchronously; keep that path free of an extra await.
    const pending = engine.request()
    const request = pending instanceof Promise ? await pending : pending
    if (signal.aborted) return
    openedAt = clock.now()
    const outcome: Outcome = await engine.connect(request, { message: sink.message, problem: (p, h) => sink.problem(p, 200, h) }, signal, setControl)
    if (outcome.type === 'aborted' || signal.aborted) return
    if (outcome.type === 'thrown') throw outcome.error
    if (outcome.type === 'restart') {
      sink.reconnect({ attempt: 0, delayMs: 0, reason: 'restart' })
      continue
    }

    // X: "once an established connection drops, attempt to reconnect immediately", and a stalled one is
    // dropped and reopened the same way; the backoff starts over, so if that reconnect fails the next wait
    // is the first step of the ladder. Established: data arrived and it lived ESTABLISHED_AFTER_MS (why:
    // see there). An early drop is reopened at once at most once per ESTABLISHED_AFTER_MS.
    if ('delivered' in outcome && outcome.delivered) {
      const now = clock.now()
      const established = now - openedAt >= ESTABLISHED_AFTER_MS
      if (established) {
        attempts.network = attempts.http = attempts['rate-limit'] = 0
        consecutive = 0
      }
      if (established || now - lastEarlyReconnectAt >= ESTABLISHED_AFTER_MS) {
        if (!established) lastEarlyReconnectAt = now
        if (outcome.type === 'stall') {
          sink.timeout()
          if (signal.aborted) return
        }
        sink.reconnect({ attempt: consecutive, delayMs: 0, reason: outcome.type, ...(outcome.type === 'network' ? { error: outcome.error } : {}) })
        continue
      }
    }

    let kind: FailureKind
    let status: number | undefined
    let error: Error | undefined
    switch (outcome.type) {
      case 'status': {
        status = outcome.status
        sink.httpError(outcome.status, outcome.body, outcome.headers)
        if (signal.aborted) return
        const cls = engine.classifyStatus(outcome.status)
        if (cls === 'auth' || cls === 'fatal') throw engine.fatalError(outcome.status, outcome.body, outcome.headers, request, cls)
        kind = cls === 'ok' ? 'http' : cls
        error = engine.statusError?.(outcome.status, outcome.body, outcome.headers, request)
        break
      }
      case 'timeout':
      case 'stall':
        sink.timeout()
        if (signal.aborted) return
        kind = 'network'
        break
      case 'network':
        error = outcome.error
        kind = 'network'
        break
      default:
        // 'ended' without a byte, or too soon after delivering (see ESTABLISHED_AFTER_MS): a server that
        // answers and hangs up; treat it as a network failure.
        kind = 'network'
    }

    consecutive++
    attempts[kind]++
    if (engine.retryCount !== undefined && consecutive > engine.retryCount) {
      const message = `The stream failed ${consecutive} times in a row (last: ${outcome.type}${status ? ` ${status}` : ''}${error && outcome.type === 'status' ? `: ${error.message}` : ''}); giving up after retryCount=${engine.retryCount}.`
      let exhausted: TwythonError
      if (engine.exhaustedError) exhausted = engine.exhaustedError(message, outcome, request, error)
      else {
        const errors = outcome.type === 'status' ? parseErrorBody(outcome.body).errors : []
        const code = errors[0]?.code
        exhausted = new TwythonStreamError(message, { status, url: engine.url(request), cause: error, errors, errorCode: typeof code === 'number' ? code : undefined })
      }
      sink.exhausted(exhausted)
      throw exhausted
    }
    const delayMs = engine.backoff(kind, attempts[kind])
    // An early end after data keeps its reason ('ended'); an end without a byte is reported as 'network'.
    const reason = outcome.type === 'ended' && !outcome.delivered ? 'network' : outcome.type
    sink.reconnect({ attempt: consecutive, delayMs, reason, ...(status !== undefined ? { status } : {}), ...(error ? { error } : {}) })
    await sleep(engine.clock, delayMs, signal)
  }
}
