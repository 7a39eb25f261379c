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
import type { AuthorizationDecision, OAuth2Counters } from './auth/oauth2/index.js'
import type { FaultSpec } from './server/faults.js'
import type { RateLimitOptions, SetRateLimitOptions, WindowRecord } from './server/rate-limits.js'
import { EmulatorServer, type EmulatorOptions } from './server/server.js'
import { startInterceptProxy, type InterceptOptions } from './intercept/index.js'
import type { SeedData } from './state/seed.js'
import type { State } from './state/state.js'
import type { V2StreamHub } from './v2/streaming.js'

export type { EmulatorCredentials } from './auth/auth.js'
export type { FaultSpec } from './server/faults.js'
export { verifyOAuth2Bearer, OAUTH2_SCOPES, type OAuth2Options, type OAuth2BearerVerdict, type OAuth2Counters, type AuthorizationDecision } from './auth/oauth2/index.js'
export type { RateLimitOptions, SetRateLimitOptions, WindowRecord, LimitWindow, LimitedRoute, RateLimitKey } from './server/rate-limits.js'
export { RateLimiter } from './server/rate-limits.js'
export type { SeedData } from './state/seed.js'
export type { State, UserRecord, TweetRecord, ListRecord, DirectMessageRecord, SavedSearchRecord } from './state/state.js'
export { SPEC_ROUTES, type SpecRoute } from './generated/routes.js'
export { createStreamHub, type StreamHub } from './streams/index.js'
export { createUploadService, type UploadService } from './upload/index.js'
export type { V2StreamHub, V2StreamFault, V2StreamOptions, ComplianceStream } from './v2/streaming.js'
export { INTERCEPTED_HOSTS, type InterceptOptions } from './intercept/index.js'

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

/** The emulator's OAuth 2.0 side, for tests. */
export interface EmulatorOAuth2 {
  /** The app's public OAuth 2.0 client (PKCE only, no secret). */
  readonly publicClient: { readonly clientId: string }
  /** The app's confidential client (the same as `app.clientId` and `app.clientSecret`). */
  readonly confidentialClient: { readonly clientId: string; readonly clientSecret: string }
  /**
   * Does what the user's browser does with an authorization URL: opens the page and approves (or, with
   * `deny`, cancels). Returns the callback URL X would redirect to, with `code` and `state`.
   */
  approve(authorizationUrl: string, options?: { screenName?: string; deny?: boolean }): AuthorizationDecision
  /** Sets the lifetime (seconds) of access tokens issued from now on; X's is 7200. */
  setAccessTokenTtl(seconds: number): void
  /** Every access token issued so far is expired from now on (refresh tokens stay valid). Returns how many were live. */
  expireAccessTokens(): number
  /** What the server did: code exchanges, refreshes, refused refreshes, revocations, client_credentials grants. */
  readonly counters: Readonly<OAuth2Counters>
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
  /**
   * The application's key and secret alone (the three-legged flow, app-only bearer), and its OAuth 2.0
   * confidential client (`clientId`, `clientSecret`): `new Twython({ clientId, clientSecret, hosts })`.
   */
  readonly app: { readonly appKey: string; readonly appSecret: string; readonly clientId: string; readonly clientSecret: string }
  /** The OAuth 2.0 server: its public client, test controls and counters. */
  readonly oauth2: EmulatorOAuth2
  /** The in-memory world (users, tweets, follows, ...), for assertions and direct changes. */
  readonly state: State
  readonly faults: EmulatorFaults
  /** The stream hub mounted at the stream paths (its own test controls included). */
  readonly streams: EmulatorServer['streams']
  /**
   * The chunked-upload service mounted at v1.1's `media/upload` and v2's `/2/media/upload/...` (one media
   * store; its own test controls included: `failSegmentOnce`, `failProcessing`, `completeProcessing`, `stats`).
   */
  readonly uploads: EmulatorServer['uploads']
  /**
   * The v2 streams (`/2/tweets/search/stream`, the samples, firehoses, likes, compliance and label streams):
   * faults (`inject`), X's operational disconnect (`disconnect`), compliance events, open connections.
   */
  readonly v2Streams: V2StreamHub
  /**
   * Approves a request token as a user would on twitter.com and returns the `oauth_verifier`.
   * @param screenName - who approves; the signed-in user @emu_dev by default
   */
  approve(requestToken: string, screenName?: string): string
  /** Issues a fresh access token pair for a seeded user, for tests with several signed-in users. */
  issueAccessToken(screenName: string): { oauthToken: string; oauthTokenSecret: string }
  /**
   * The app's key and secret with a fresh access token of a seeded user: a second `new Twython(...)` signed
   * in as someone else (`credentialsFor('maya_codes')`).
   */
  credentialsFor(screenName: string): EmulatorCredentials
  /**
   * Posts a tweet as a seeded user, as if another client had: it is in timelines and search, and open
   * streams that match receive it. Returns the tweet as the API shows it.
   */
  tweetAs(screenName: string, status: string): { readonly id_str: string; readonly text: string }
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
  // --- intercepting mode (`intercept` option) ---
  /** `http://127.0.0.1:<port>`, the value for `HTTPS_PROXY`; present with the `intercept` option. */
  readonly proxyUrl?: string
  /** The emulator CA's certificate (PEM) to trust; present with the `intercept` option. */
  readonly caCertPath?: string
  /** `https://127.0.0.1:<port>`: the emulator over HTTPS with the same certificate; present with `intercept`. */
  readonly httpsUrl?: string
  /**
   * The environment that points an unmodified bot at the emulator: `HTTPS_PROXY`, `NODE_EXTRA_CA_CERTS`,
   * `REQUESTS_CA_BUNDLE` and `SSL_CERT_FILE`; present with the `intercept` option.
   */
  readonly proxyEnv?: Readonly<Record<string, string>>
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
  /**
   * Intercepting mode: also start an HTTPS proxy (CONNECT) that lets only Twitter's and X's API, upload and
   * stream hosts through, to this emulator, under certificates from a CA made at start-up. Point a bot at it
   * with {@link Emulator.proxyEnv}; any other host is refused, never forwarded.
   */
  readonly intercept?: boolean | InterceptOptions
}

/** Starts an emulator; resolves once it listens. */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<Emulator> {
  const { port = 0, host = '127.0.0.1', seed: seedOption, intercept, ...rest } = options
  const seed = typeof seedOption === 'string' ? (JSON.parse(readFileSync(seedOption, 'utf8')) as SeedData) : seedOption
  const server = new EmulatorServer({ ...rest, ...(seed ? { seed } : {}) })
  await server.listen(port, host)
  const url = server.url
  // --- intercepting mode ---
  let proxy: Awaited<ReturnType<typeof startInterceptProxy>> | undefined
  try {
    proxy = intercept ? await startInterceptProxy(server, host, intercept === true ? {} : intercept) : undefined
  } catch (error) {
    await server.close()
    throw error
  }
  const interceptFields = proxy ? { proxyUrl: proxy.proxyUrl, caCertPath: proxy.caCertPath, httpsUrl: proxy.httpsUrl, proxyEnv: proxy.env } : {}
  // --- end intercepting mode ---
  return {
    ...interceptFields,
    url,
    hosts: { api: url, upload: url, stream: url, userStream: url, siteStream: url, v2: url, authorize: url },
    credentials: server.credentials,
    app: { ...server.auth.app, ...server.oauth2.confidentialClient },
    oauth2: {
      publicClient: server.oauth2.publicClient,
      confidentialClient: server.oauth2.confidentialClient,
      approve: (authorizationUrl, approveOptions) => server.oauth2.approveUrl(authorizationUrl, approveOptions),
      setAccessTokenTtl: (seconds) => server.oauth2.setAccessTokenTtl(seconds),
      expireAccessTokens: () => server.oauth2.expireAccessTokens(),
      counters: server.oauth2.counters,
    },
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
    v2Streams: server.v2Streams,
    approve: (token, screenName) => server.auth.approve(token, screenName).verifier,
    issueAccessToken: (screenName) => server.auth.issueAccessToken(screenName),
    credentialsFor: (screenName) => ({ ...server.auth.app, ...server.auth.issueAccessToken(screenName) }),
    tweetAs(screenName, status) {
      const user = server.state.userByName(screenName)
      if (!user) throw new Error(`Unknown user @${screenName}`)
      const tweet = server.state.postTweet(user.id.toString(), status)
      return { id_str: tweet.id.toString(), text: tweet.text }
    },
    setRateLimit: (routeId, limit, limitOptions) => server.limiter.setLimit(routeId, limit, limitOptions),
    rateLimitHistory: (routeId) => server.limiter.history(routeId),
    reset: () => server.reset(),
    close: async () => {
      await proxy?.close()
      await server.close()
    },
  }
}
