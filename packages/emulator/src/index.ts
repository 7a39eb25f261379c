/**
 * `@twython/emulator`: an offline Twitter API v1.1 on 127.0.0.1. It checks OAuth 1.0a signatures with its
 * own code, issues app-only bearer tokens, runs the three-legged flow, keeps users and tweets in memory,
 * streams, accepts uploads, sends Twitter-shaped errors and rate-limit headers, and injects faults.
 *
 * @example
 * ```ts
 * import { startEmulator } from '@twython/emulator'
 * import { Twython } from '@twython/client'
 * const emu = await startEmulator()
 * const twitter = new Twython({ ...emu.credentials, hosts: emu.hosts })
 * await twitter.updateStatus({ status: 'hello from the emulator' })
 * await emu.close()
 * ```
 */
import { readFileSync } from 'node:fs'
import type { EmulatorCredentials } from './auth/auth.js'
import type { FaultSpec } from './server/faults.js'
import type { RateLimitOptions, SetRateLimitOptions, WindowRecord } from './server/rate-limits.js'
import { EmulatorServer, type EmulatorOptions } from './server/server.js'
import type { SeedData } from './state/seed.js'
import type { State } from './state/state.js'

export type { EmulatorCredentials } from './auth/auth.js'
export type { FaultSpec } from './server/faults.js'
export type { RateLimitOptions, SetRateLimitOptions, WindowRecord, LimitWindow, LimitedRoute, RateLimitKey } from './server/rate-limits.js'
export { RateLimiter } from './server/rate-limits.js'
export type { SeedData } from './state/seed.js'
export type { State, UserRecord, TweetRecord, ListRecord, DirectMessageRecord, SavedSearchRecord } from './state/state.js'
export { SPEC_ROUTES, type SpecRoute } from './generated/routes.js'
export { createStreamHub, type StreamHub } from './streams/index.js'
export { createUploadService, type UploadService } from './upload/index.js'

/** The `hosts` option of `Twython` and `TwythonStreamer`: every host is the emulator's one origin. */
export interface EmulatorHosts {
  readonly api: string
  readonly upload: string
  readonly stream: string
  readonly userStream: string
  readonly siteStream: string
  /** X API v2 (REST, streams, media, OAuth 2 token endpoint). */
  readonly v2: string
  /** The OAuth 2 authorization page. */
  readonly authorize: string
}

/** Faults on demand (see {@link FaultSpec}). */
export interface EmulatorFaults {
  /** Plays a fault on the next `times` calls of a route: `add({ route: 'show_status', status: 503 })`. */
  add(fault: FaultSpec): void
  /** Drops every pending fault. */
  clear(): void
  /** Faults still waiting to play. */
  readonly pending: number
}

/** A running emulator. */
export interface Emulator {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  readonly hosts: EmulatorHosts
  /** The signed-in user's credentials (@emu_dev), in the shape `new Twython(...)` takes. */
  readonly credentials: EmulatorCredentials
  /** The application's key and secret alone, for OAuth 2 and the three-legged flow. */
  readonly app: { readonly appKey: string; readonly appSecret: string }
  /** The in-memory world (users, tweets, follows, ...), for assertions and direct changes. */
  readonly state: State
  readonly faults: EmulatorFaults
  /** The stream hub mounted at the stream paths (its own test controls included). */
  readonly streams: EmulatorServer['streams']
  /** The chunked-upload service mounted at `media/upload` (its own test controls included). */
  readonly uploads: EmulatorServer['uploads']
  /**
   * Approves a request token as a user would on twitter.com and returns the `oauth_verifier`.
   * @param screenName - who approves; the signed-in user @emu_dev by default
   */
  approve(requestToken: string, screenName?: string): string
  /** Issues a fresh access token pair for a seeded user, for tests with several signed-in users. */
  issueAccessToken(screenName: string): { oauthToken: string; oauthTokenSecret: string }
  /**
   * Sets the per-window request limit of a route (by Twython name, or a v2 operation id) and starts fresh
   * windows for it; `{ windowMs }` sets its window length too (`setRateLimit('show_user', 10, { windowMs: 3000 })`).
   */
  setRateLimit(routeId: string, limit: number, options?: SetRateLimitOptions): void
  /** Every rate-limit window served so far (of one route, or all), with the calls it served and refused. */
  rateLimitHistory(routeId?: string): readonly WindowRecord[]
  /** Back to the seeded world; faults, rate-limit windows and pending OAuth tokens are cleared too. */
  reset(): void
  /** Stops listening and closes every connection and stream. */
  close(): Promise<void>
}

/** Options of {@link startEmulator}. */
export interface StartEmulatorOptions extends Omit<EmulatorOptions, 'seed'> {
  /** Port to listen on; 0 picks a free one. @default 0 */
  readonly port?: number
  /** Address to listen on; the emulator has no TLS, so keep it on loopback. @default '127.0.0.1' */
  readonly host?: string
  /** Extra users, follows and tweets on top of the default world, or the path of a JSON file with them. */
  readonly seed?: SeedData | string
  /** Window length (ms) and per-route limits, e.g. `{ windowMs: 1000, limits: { show_user: 2 } }`. */
  readonly rateLimits?: RateLimitOptions
}

/** Starts an emulator; resolves once it listens. */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<Emulator> {
  const { port = 0, host = '127.0.0.1', seed: seedOption, ...rest } = options
  const seed = typeof seedOption === 'string' ? (JSON.parse(readFileSync(seedOption, 'utf8')) as SeedData) : seedOption
  const server = new EmulatorServer({ ...rest, ...(seed ? { seed } : {}) })
  await server.listen(port, host)
  const url = server.url
  return {
    url,
    hosts: { api: url, upload: url, stream: url, userStream: url, siteStream: url, v2: url, authorize: url },
    credentials: server.credentials,
    app: server.auth.app,
    state: server.state,
    faults: {
      add: (fault) => server.faults.add(fault),
      clear: () => server.faults.clear(),
      get pending() {
        return server.faults.pending
      },
    },
    streams: server.streams,
    uploads: server.uploads,
    approve: (token, screenName) => server.auth.approve(token, screenName).verifier,
    issueAccessToken: (screenName) => server.auth.issueAccessToken(screenName),
    setRateLimit: (routeId, limit, limitOptions) => server.limiter.setLimit(routeId, limit, limitOptions),
    rateLimitHistory: (routeId) => server.limiter.history(routeId),
    reset: () => server.reset(),
    close: () => server.close(),
  }
}
