/**
 * `TwythonStreamer`'s constructor options (Twython's arguments in camelCase, plus `hosts` and a few
 * hardening knobs) and their resolution into a session configuration.
 */
import type { Agent } from 'node:http'
import { defaultStreamFetch } from '#http'
import { TwythonError } from '../errors.js'
import { resolveHosts, type Hosts } from '../hosts.js'
import type { OAuth1Credentials } from '../oauth1.js'
import type { BackoffSchedule } from './backoff.js'
import { SESSION_DEFAULTS, type SessionConfig } from './session.js'
import type { Clock } from './clock.js'
import type { StreamRequest } from './endpoints.js'

/** Transport settings, Twython's `client_args` for streams. */
export interface StreamClientArgs {
  /** Extra request headers. Without a `User-Agent` of their own, Twython's streaming one is added. */
  readonly headers?: Readonly<Record<string, string>>
  /** An `http.Agent` / `https.Agent` to connect through (a proxy agent, custom TLS settings); node:http only. */
  readonly agent?: Agent
  /**
   * A `fetch` to connect with instead of node:http (undici's with a dispatcher, a proxy's, a test's). The
   * stream behaves the same: same request, reconnects, stall watchdog, backoff, parser and callbacks;
   * OAuth 1.0a is then signed asynchronously (Web Crypto where `node:crypto` is absent). Cannot be combined
   * with `agent`.
   * @default on Node, node:http (it measured faster); where node:http is absent (Workers builds,
   * browsers, neutral bundles: the package's non-`node` export condition), the platform's global `fetch`
   */
  readonly fetch?: typeof fetch
}

/** Options of `TwythonStreamer` and of `stream()`. */
export interface TwythonStreamerOptions {
  /** The application's consumer key. */
  readonly appKey: string
  /** The application's consumer secret. */
  readonly appSecret: string
  /** The user's access token. */
  readonly oauthToken: string
  /** The user's access token secret. */
  readonly oauthTokenSecret: string
  /**
   * Seconds to wait for a connection's response headers; on expiry `onTimeout()` runs and the
   * stream reconnects.
   * @default 300
   */
  readonly timeout?: number
  /**
   * Consecutive failed connection attempts tolerated; one more and the stream gives up with a
   * `TwythonStreamError`. An established connection (it delivered data and stayed open 30 s,
   * `ESTABLISHED_AFTER_MS`) resets the count; one that delivered data but dropped sooner is a failed attempt,
   * except the first such drop in 30 s, which is reopened at once and neither counts nor resets.
   * @default undefined (retry for ever)
   */
  readonly retryCount?: number
  /**
   * Twython's fixed retry delay in seconds. Accepted for compatibility; reconnects follow Twitter's
   * backoff rules instead (see `backoff`).
   * @default 10
   */
  readonly retryIn?: number
  /** Headers and agent for the stream connection. */
  readonly clientArgs?: StreamClientArgs
  /**
   * Message keys that have a handler method (`on_<name>` or `on<Name>`), walked in this order.
   * @default ['delete', 'limit', 'disconnect']
   */
  readonly handlers?: readonly string[]
  /**
   * Twython's read size in bytes. Accepted for compatibility and ignored: the parser handles any
   * chunking, so reading what the socket has is both correct and fastest.
   */
  readonly chunkSize?: number
  /** Stream origins (`stream`, `userStream`, `siteStream`), e.g. the emulator's. */
  readonly hosts?: Partial<Hosts>
  /**
   * Seconds without a single byte (keep-alive newlines count) after which the connection is
   * considered stalled, dropped and reopened. Twitter sends a keep-alive every 30 s.
   * @default 90
   */
  readonly stallTimeout?: number
  /**
   * Largest message kept in memory, in bytes; longer lines are dropped and reported.
   * @default 16 MiB
   */
  readonly maxLineBytes?: number
  /**
   * Reconnect delays after a failed attempt (see `retryCount` for which drops count as one).
   * @default twitterBackoff (Twitter's published rules)
   */
  readonly backoff?: BackoffSchedule
  /** The time source for timeouts and backoff sleeps; tests pass a fake one. @default systemClock */
  readonly clock?: Clock
}

/** Twython's default streaming User-Agent, in this port's name. */
export const STREAM_USER_AGENT = 'Twython Streaming (twython-ts)'

/**
 * The parts of a session configuration fixed by the options; the request is supplied per stream.
 * @throws TwythonError for `clientArgs.agent` with `clientArgs.fetch` (an agent is node:http's)
 */
export function resolveSessionConfig(options: TwythonStreamerOptions, request: () => StreamRequest): SessionConfig {
  const args = options.clientArgs
  if (args?.agent !== undefined && args.fetch !== undefined) throw new TwythonError('clientArgs.agent (node:http) and clientArgs.fetch are two ways to connect; pass one of them.')
  const credentials: OAuth1Credentials = {
    consumerKey: options.appKey,
    consumerSecret: options.appSecret,
    token: options.oauthToken,
    tokenSecret: options.oauthTokenSecret,
  }
  const headers: Record<string, string> = { ...args?.headers }
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'user-agent')) headers['User-Agent'] = STREAM_USER_AGENT
  return {
    credentials,
    request,
    headers,
    agent: args?.agent,
    // An agent means node:http; otherwise the user's fetch, or the platform's where node:http is absent.
    fetch: args?.fetch ?? (args?.agent !== undefined ? undefined : defaultStreamFetch),
    clock: options.clock ?? SESSION_DEFAULTS.clock,
    connectTimeoutMs: (options.timeout ?? SESSION_DEFAULTS.timeoutSeconds) * 1000,
    stallTimeoutMs: (options.stallTimeout ?? SESSION_DEFAULTS.stallTimeoutSeconds) * 1000,
    retryCount: options.retryCount ?? undefined,
    backoff: options.backoff ?? SESSION_DEFAULTS.backoff,
    maxLineBytes: options.maxLineBytes,
  }
}

/** Hosts resolved (and checked: plain http only on loopback) once per streamer. */
export function streamHosts(options: TwythonStreamerOptions): Hosts {
  return resolveHosts(options.hosts)
}
