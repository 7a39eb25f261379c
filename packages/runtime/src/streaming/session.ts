/**
 * The reconnect loop shared by `TwythonStreamer` and the async-iterator form: connect, read until the
 * connection ends, then reconnect on Twitter's schedule until aborted, a fatal status, or `retryCount`
 * consecutive failures.
 */
import { TwythonAuthError, TwythonStreamError, type TwythonError } from '../errors.js'
import { parseErrorBody } from '../http-errors.js'
import type { OAuth1Credentials } from '../oauth1.js'
import type { Agent } from 'node:http'
import { classifyStatus, twitterBackoff, type BackoffSchedule, type FailureKind, type StatusClass } from './backoff.js'
import { sleep, systemClock, type Clock } from './clock.js'
import { connectOnce, type ConnectionControl, type ConnectionSink, type Outcome } from './connection.js'
import type { StreamRequest } from './endpoints.js'
import type { ParseProblem } from './parser.js'

/** Why the session is about to reconnect, passed to `onReconnect`. */
export interface ReconnectInfo {
  /**
   * Consecutive failed attempts so far: 0 (with `delayMs` 0) after a connection that had delivered data
   * and then ended, dropped or stalled, which is reopened at once as Twitter asks.
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

/** Everything the loop needs, already resolved to concrete values. */
export interface SessionConfig {
  readonly credentials: OAuth1Credentials
  /** Called before every attempt, so a dynamic filter change is picked up on reconnect. */
  readonly request: () => StreamRequest
  readonly headers: Readonly<Record<string, string>>
  readonly agent: Agent | undefined
  readonly clock: Clock
  readonly connectTimeoutMs: number
  readonly stallTimeoutMs: number
  /** Consecutive failed attempts allowed before giving up; `undefined` retries for ever. */
  readonly retryCount: number | undefined
  readonly backoff: BackoffSchedule
  readonly maxLineBytes: number | undefined
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

/** Defaults for the numeric options, in Twython's units where Twython has the option. */
export const SESSION_DEFAULTS = { timeoutSeconds: 300, stallTimeoutSeconds: 90, clock: systemClock, backoff: twitterBackoff }

/**
 * What one stream family plugs into the reconnect loop: how to build and open a connection, which statuses
 * are fatal, and the errors it reports. The v1.1 streams (node:http, OAuth 1.0a) and the X API v2 streams
 * (the core's `fetch`, any credential) share the loop, its backoff ladders and its accounting.
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
 * Runs the loop. Resolves when `signal` aborts; rejects with a `TwythonAuthError` (401), a
 * `TwythonStreamError` (fatal status, or retries exhausted) or whatever a handler threw.
 */
export function runSession(config: SessionConfig, sink: SessionSink, signal: AbortSignal): Promise<void> {
  return runEngine(v1Engine(config), sink, signal)
}

/** The v1.1 streams' engine: node:http connections signed with OAuth 1.0a, Twitter's v1.1 statuses. */
function v1Engine(config: SessionConfig): SessionEngine<StreamRequest> {
  return {
    request: config.request,
    connect: (request, sink, signal, setControl) => connectOnce(request, config, sink, signal, setControl),
    url: (request) => stripQuery(request.url),
    classifyStatus,
    fatalError: (status, body, headers, request, cls) => {
      const { errors } = parseErrorBody(body)
      const code = errors[0]?.code
      const init = { status, url: stripQuery(request.url), errors, errorCode: typeof code === 'number' ? code : undefined }
      if (cls === 'auth') return new TwythonAuthError(describeBody(body, 'Could not authenticate you.'), init)
      if (status >= 300 && status < 400) {
        const location = headers.get('location')
        return new TwythonStreamError(`The stream answered with a redirect, ${location === null ? '(no Location header)' : `Location: ${location}`}. Redirects are never followed: nothing was sent there.`, init)
      }
      const meaning = STREAM_STATUS_MEANINGS[status]
      return new TwythonStreamError(`${describeBody(body, 'The stream request was refused.')}${meaning ? ` (${meaning})` : ''}`, init)
    },
    clock: config.clock,
    retryCount: config.retryCount,
    backoff: config.backoff,
  }
}

/** The reconnect loop over any {@link SessionEngine}. */
export async function runEngine<R>(engine: SessionEngine<R>, sink: SessionSink, signal: AbortSignal): Promise<void> {
  const attempts: Record<FailureKind, number> = { network: 0, http: 0, 'rate-limit': 0 }
  let consecutive = 0
  while (!signal.aborted) {
    // v1.1 builds its request synchronously; keep that path free of an extra await.
    const pending = engine.request()
    const request = pending instanceof Promise ? await pending : pending
    if (signal.aborted) return
    const outcome: Outcome = await engine.connect(request, { message: sink.message, problem: (p, h) => sink.problem(p, 200, h) }, signal, sink.control)
    if (outcome.type === 'aborted' || signal.aborted) return
    if (outcome.type === 'thrown') throw outcome.error
    if (outcome.type === 'restart') {
      sink.reconnect({ attempt: 0, delayMs: 0, reason: 'restart' })
      continue
    }

    // Twitter: "once an established connection drops, attempt to reconnect immediately", and a stalled
    // one is dropped and reopened the same way; the backoff starts over, so if that reconnect fails
    // the next wait is the first step of the ladder. Established means data had arrived on it.
    if ('delivered' in outcome && outcome.delivered) {
      attempts.network = attempts.http = attempts['rate-limit'] = 0
      consecutive = 0
      if (outcome.type === 'ended' || outcome.type === 'network' || outcome.type === 'stall') {
        if (outcome.type === 'stall') {
          sink.timeout()
          if (signal.aborted) return
        }
        sink.reconnect({ attempt: 0, delayMs: 0, reason: outcome.type, ...(outcome.type === 'network' ? { error: outcome.error } : {}) })
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
        // 'ended' without a byte: a server that answers and hangs up at once; treat it as a network failure.
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
    sink.reconnect({ attempt: consecutive, delayMs, reason: outcome.type === 'ended' ? 'network' : outcome.type, ...(status !== undefined ? { status } : {}), ...(error ? { error } : {}) })
    await sleep(engine.clock, delayMs, signal)
  }
}

/**
 * What Twitter's streaming documentation says a fatal status means, for the error message: the standard
 * reason phrase alone ("Payload Too Large") would send a user looking in the wrong place.
 */
const STREAM_STATUS_MEANINGS: Readonly<Record<number, string>> = {
  406: "Twitter's stream answer for an invalid request: a required parameter is missing or malformed, e.g. a filter without track, follow or locations, or a track phrase over 60 bytes",
  413: "Twitter's stream answer \"Too Long\": a parameter list is too long; statuses/filter takes at most 400 track keywords, 5,000 follow ids and 25 locations boxes",
  416: "Twitter's stream answer \"Range Unacceptable\": the count parameter is out of range, or not allowed for this account's access level",
}

function stripQuery(url: string): string {
  const q = url.indexOf('?')
  return q === -1 ? url : url.slice(0, q)
}

/** A short, single-line form of an error body for an error message. */
function describeBody(body: string, fallback: string): string {
  const text = body.replace(/\s+/g, ' ').trim()
  if (!text) return fallback
  try {
    const parsed = JSON.parse(text) as { errors?: { message?: string }[] }
    const message = parsed.errors?.[0]?.message
    if (message) return message
  } catch {
    // Stream errors are often plain text or HTML; use them as they are.
  }
  return text.length > 200 ? `${text.slice(0, 200)}...` : text
}
