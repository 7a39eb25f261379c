/**
 * The reconnect loop shared by `TwythonStreamer` and the async-iterator form (over node:http, connection.ts,
 * or over fetch, fetch-open.ts): connect, read until the connection ends, then reconnect on Twitter's
 * schedule until aborted, a fatal status, or `retryCount` consecutive failures.
 */
import { TwythonAuthError, TwythonStreamError } from '../errors.js'
import { parseErrorBody } from '../http-errors.js'
import type { OAuth1Credentials } from '../oauth1.js'
import type { Agent } from 'node:http'
import { classifyStatus, twitterBackoff, type BackoffSchedule } from './backoff.js'
import { systemClock, type Clock } from './clock.js'
import { connectOnce } from './connection.js'
import { connectV1Fetch } from './fetch-open.js'
import { runEngine, type SessionEngine, type SessionSink } from './engine.js'

export { runEngine, type ReconnectInfo, type SessionEngine, type SessionSink } from './engine.js'
import type { StreamRequest } from './endpoints.js'

/** Everything the loop needs, already resolved to concrete values. */
export interface SessionConfig {
  readonly credentials: OAuth1Credentials
  /** Called before every attempt, so a dynamic filter change is picked up on reconnect. */
  readonly request: () => StreamRequest
  readonly headers: Readonly<Record<string, string>>
  readonly agent: Agent | undefined
  /**
   * Connect with this `fetch` instead of node:http: the user's `clientArgs.fetch`, or the platform's where
   * node:http is absent. `undefined`: node:http (Node's default).
   */
  readonly fetch: typeof fetch | undefined
  readonly clock: Clock
  readonly connectTimeoutMs: number
  readonly stallTimeoutMs: number
  /** Consecutive failed attempts allowed before giving up; `undefined` retries for ever. */
  readonly retryCount: number | undefined
  readonly backoff: BackoffSchedule
  readonly maxLineBytes: number | undefined
}

/** Defaults for the numeric options, in Twython's units where Twython has the option. */
export const SESSION_DEFAULTS = { timeoutSeconds: 300, stallTimeoutSeconds: 90, clock: systemClock, backoff: twitterBackoff }

/**
 * Runs the loop. Resolves when `signal` aborts; rejects with a `TwythonAuthError` (401), a
 * `TwythonStreamError` (fatal status, or retries exhausted) or whatever a handler threw.
 */
export function runSession(config: SessionConfig, sink: SessionSink, signal: AbortSignal): Promise<void> {
  return runEngine(v1Engine(config), sink, signal)
}

/**
 * The v1.1 streams' engine: connections signed with OAuth 1.0a, over node:http (Node's default) or over
 * `fetch` (`config.fetch`), and Twitter's v1.1 statuses.
 */
function v1Engine(config: SessionConfig): SessionEngine<StreamRequest> {
  const fetchOptions = config.fetch ? { ...config, fetch: config.fetch } : undefined
  return {
    request: config.request,
    connect: fetchOptions
      ? (request, sink, signal, setControl) => connectV1Fetch(request, fetchOptions, sink, signal, setControl)
      : (request, sink, signal, setControl) => connectOnce(request, config, sink, signal, setControl),
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
