/**
 * The lean core: what one endpoint call needs and nothing more. It turns a route and parameters into a
 * request signed with OAuth 1.0a, an app-only bearer token or HTTP Basic, sends it with the platform's
 * `fetch` (bounded by a timeout to the last body byte and a size cap), and turns the answer into data or
 * a typed error. An app that bundles `createCore` and one endpoint function bundles this file, the
 * encoders, the signer and the error classes, and no HTTP library.
 *
 * `Core` (`./core.ts`) extends it with what a whole client needs: ky's retry and hooks, the keep-alive
 * node:http transport on Node, OAuth 2.0 user tokens (refresh, scopes, stores), the rate-limit budget and
 * Twython's generic `request`. The extension points are the protected methods below.
 */
import type { Hooks, Options as KyOptions } from 'ky'
import type { BodyParts } from './body.js'
import { formatPairs } from './encode.js'
import { TwythonError } from './errors.js'
import { errorForResponse } from './http-errors.js'
import { resolveHosts, type Hosts } from './hosts.js'
import { oauth1HeaderSyncOrAsync, type OAuth1Credentials } from './oauth1.js'
import type { OAuth2Token, TokenStore } from './oauth2/token.js'
import type { HttpMethod, Route } from './route.js'
import type { RateLimitOptions } from './rate-limit/index.js'
import { DEFAULT_MAX_RESPONSE_BYTES, limitedExchange, stripQuery, type ExchangeLimits } from './transport/limits.js'
import { checkCredentials, preflightState, type PreflightState } from './preflight.js'

/** Transport settings, Twython's `client_args`. */
export interface ClientArgs {
  /** Extra headers on every request. A `User-Agent` here replaces the default one. */
  readonly headers?: Readonly<Record<string, string>>
  /**
   * Milliseconds from sending a request to the last byte of its response body, or `false` for none.
   * A server that sends headers and then stalls, or drips the body, is abandoned when this runs out: the
   * call rejects with a `TwythonError` saying it timed out and the connection is closed. With `retry`,
   * each attempt has the whole timeout to itself. Streams have their own `timeout` and `stallTimeout`.
   * @default 30000
   */
  readonly timeout?: number | false
  /**
   * Largest response body (after decompression) read into memory, in bytes. A longer one is abandoned,
   * its connection closed, and the call rejects with a `TwythonError`; nothing is buffered past the cap.
   * @default 67108864 (64 MiB, far above any Twitter REST response)
   */
  readonly maxResponseBytes?: number
  /**
   * ky's retry setting (`Core` and `Twython` only; `createCore`'s lean core refuses it). Requests are
   * re-signed on every attempt (fresh nonce and timestamp). A redirect or an oversized response is never
   * retried; a timeout only with `retryOnTimeout: true`.
   * @default 0
   */
  readonly retry?: KyOptions['retry']
  /**
   * ky hooks (`Core` and `Twython` only); they run before the request is signed, so a hook may add
   * headers or change the URL.
   */
  readonly hooks?: Hooks
  /**
   * A `fetch` implementation to send requests with (a proxy agent, undici's fetch).
   * @default for `Core` and `Twython` on Node, a keep-alive node:http fetch (`nodeFetch`); it measured 11%
   * less CPU per request than Node's built-in fetch sequentially and 25% less at 16 concurrent requests
   * (docs/benchmarks.md). Elsewhere (Bun, Deno, workerd, browsers), and for `createCore`'s lean core
   * everywhere, the platform's global `fetch`.
   */
  readonly fetch?: typeof fetch
}

/** Options every call accepts, last: `twitter.showStatus({ id }, { signal })`. */
export interface CallOptions {
  /** Aborts the call; the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal
  /** Overrides `clientArgs.timeout` (which bounds the whole exchange, to the last body byte) for this call. */
  readonly timeout?: number | false
  /** Extra headers for this call. */
  readonly headers?: Readonly<Record<string, string>>
}

/** Constructor options of `Twython`, Twython's arguments in camelCase plus `hosts`. */
export interface TwythonOptions {
  /** The application's consumer key. */
  readonly appKey?: string
  /** The application's consumer secret. */
  readonly appSecret?: string
  /** The user's access token (or the request token during the three-legged flow). */
  readonly oauthToken?: string
  /** The user's access token secret (or the request token secret during the three-legged flow). */
  readonly oauthTokenSecret?: string
  /** An OAuth 2 app-only bearer token; implies `oauthVersion: 2`. */
  readonly accessToken?: string
  /** OAuth 2 token type. @default 'bearer' */
  readonly tokenType?: string
  /** 1 for OAuth 1.0a user context, 2 for app-only bearer auth. @default 1 */
  readonly oauthVersion?: 1 | 2
  /** The REST API version in request URLs. @default '1.1' */
  readonly apiVersion?: string
  /** Transport settings (headers, timeout, retry, hooks, fetch). */
  readonly clientArgs?: ClientArgs
  /** `authenticate` (Sign in with Twitter) or `authorize` (needed for DM access). @default 'authenticate' */
  readonly authEndpoint?: 'authenticate' | 'authorize'
  /** Origins to talk to instead of Twitter's (the emulator, a proxy). */
  readonly hosts?: Partial<Hosts>
  /** The app's OAuth 2.0 client id (X developer portal, "OAuth 2.0 Client ID"). `Core` and `Twython` only. */
  readonly clientId?: string
  /** The OAuth 2.0 client secret of a confidential client; absent for a public client (PKCE only). */
  readonly clientSecret?: string
  /** The user's OAuth 2.0 token (from `getOAuth2Token`); every call is then signed with it. `Core` and `Twython` only. */
  readonly oauth2Token?: OAuth2Token
  /** Where the user's OAuth 2.0 token is read from before each call and rotated tokens are written. @default a MemoryTokenStore */
  readonly tokenStore?: TokenStore
  /** Rate-limit budget: wait for spent windows (`wait`, `maxWaitMs`) and share the budget (`store`). See docs/rate-limits.md. `Core` and `Twython` only. */
  readonly rateLimit?: RateLimitOptions
}

/** What `getLastFunctionHeader` reads: the last response received. */
export interface LastCall {
  /** The request URL without its query string. */
  readonly url: string
  readonly status: number
  readonly headers: Headers
}

/** A request fully described, before signing. */
export interface PreparedRequest {
  readonly method: HttpMethod
  /** Full URL including the query string. */
  readonly url: string
  /** Form-encoded body pairs (signed). */
  readonly form?: readonly (readonly [string, string])[]
  /**
   * A body that is not signed: multipart (FormData, or bytes with a multipart `contentType`) or JSON. Byte
   * parts (`BodyParts`) are sent as their concatenation without ever being joined (an upload segment between
   * its multipart head and tail), with a `content-length`; each attempt streams the same parts again.
   */
  readonly body?: FormData | string | Uint8Array | BodyParts
  readonly contentType?: string
  readonly auth: AuthMode
  /** Extra `oauth_*` parameters (callback, verifier) for the three-legged flow. */
  readonly extraOAuthParams?: Readonly<Record<string, string>>
  /** The route called, when the request came from one: its rate-limit budget applies. */
  readonly route?: Route
}

/** How a request is authorised. */
export type AuthMode = 'default' | 'basic' | 'none'

/** One request's answer, whatever its status. */
export interface Exchange {
  readonly status: number
  readonly headers: Headers
  readonly text: string
}

/** What `transmit` resolves with: a response whose body is already in memory. */
export type Answer = Pick<Response, 'status' | 'headers' | 'text'>

/** Signs one attempt of a request (fresh nonce each time); a promise only where signing is Web Crypto's. */
export type Signer = (request: Request) => void | Promise<void>

export const USER_AGENT = 'twython-ts'
const DEFAULT_TIMEOUT = 30_000

/** The options only `Core` honours, as paths into `TwythonOptions`. */
const CORE_ONLY = ['clientArgs.retry', 'clientArgs.hooks', 'clientId', 'oauth2Token', 'tokenStore', 'rateLimit']

/**
 * Sends Twitter API calls for one set of credentials: the lean core `createCore` returns. Credentials live
 * in private fields: they are not enumerable, not in `JSON.stringify`, and not in `util.inspect` output.
 */
export class BaseCore {
  readonly hosts: Hosts
  readonly apiVersion: string
  readonly oauthVersion: 1 | 2
  readonly authEndpoint: 'authenticate' | 'authorize'
  readonly tokenType: string
  /** The last response received, for `getLastFunctionHeader`. */
  lastCall: LastCall | undefined

  readonly #appKey: string | undefined
  readonly #appSecret: string | undefined
  readonly #oauthToken: string | undefined
  readonly #oauthTokenSecret: string | undefined
  readonly #accessToken: string | undefined
  readonly #timeout: number | false
  readonly #fetch: typeof fetch
  readonly #headers: Headers
  readonly #maxResponseBytes: number
  /** Which credentials were given (not their values), for the local checks in preflight.ts. */
  readonly #preflight: PreflightState

  /**
   * @throws TwythonError when given an option that only `Core` honours (retry, hooks, OAuth 2.0 user
   * tokens, the rate-limit budget): the lean core would otherwise ignore it silently.
   */
  constructor(options: TwythonOptions = {}) {
    const unsupported = this.unsupportedOptions(options)
    if (unsupported.length) throw new TwythonError(`The lean core (createCore) does not support ${unsupported.join(', ')}: use new Core(options) from @twython/client/full-core, or new Twython(options).`)
    this.hosts = resolveHosts(options.hosts)
    this.apiVersion = options.apiVersion ?? '1.1'
    this.#appKey = options.appKey
    this.#appSecret = options.appSecret
    this.#oauthToken = options.oauthToken
    this.#oauthTokenSecret = options.oauthTokenSecret
    this.#accessToken = options.accessToken
    this.tokenType = options.tokenType ?? 'bearer'
    // A user token (given, or in a store) signs with OAuth 2.0: same as `Core`'s session decides.
    this.oauthVersion = options.accessToken || options.oauth2Token || options.tokenStore ? 2 : (options.oauthVersion ?? 1)
    this.authEndpoint = options.authEndpoint ?? 'authenticate'
    this.#preflight = preflightState(options, this.oauthVersion)
    const args = options.clientArgs ?? {}
    this.#timeout = args.timeout ?? DEFAULT_TIMEOUT
    this.#maxResponseBytes = args.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES
    this.#fetch = args.fetch ?? this.defaultFetch()
    const headers = new Headers({ 'user-agent': USER_AGENT })
    for (const [name, value] of Object.entries(args.headers ?? {})) headers.set(name, value)
    this.#headers = headers
  }

  /** The names of the given options this class cannot honour (`Core` honours them all). */
  protected unsupportedOptions(options: TwythonOptions): string[] {
    return CORE_ONLY.filter((path) => path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], options) !== undefined)
  }

  /** The `fetch` used when `clientArgs.fetch` is not given: the platform's, called unbound. */
  protected defaultFetch(): typeof fetch {
    return (input, init) => fetch(input, init)
  }

  /** The `fetch` requests go out with: `clientArgs.fetch`, else `defaultFetch()`. */
  protected get transportFetch(): typeof fetch {
    return this.#fetch
  }

  /** The application key (not a secret), for display and for building the authorize URL. */
  get appKey(): string | undefined {
    return this.#appKey
  }

  /** Which credentials this core signs with: `oauth1`, `oauth2` (app-only bearer), `oauth2_user` (OAuth 2.0 user token, `Core` only), or `none`. */
  get authKind(): 'oauth1' | 'oauth2' | 'oauth2_user' | 'none' {
    if (this.oauthVersion === 2) return this.#accessToken ? 'oauth2' : 'none'
    return this.#appKey !== undefined && this.#appSecret !== undefined ? 'oauth1' : 'none'
  }

  /**
   * Which credentials were given (set, undefined, empty; never their values), for the local checks before a
   * route is encoded (`callV1`). @internal
   */
  get preflight(): PreflightState {
    return this.#preflight
  }

  /**
   * With an OAuth 2.0 user token (`Core`): refuses, before anything is sent, a route whose scopes the token
   * lacks. The lean core has no user token, so nothing to check.
   */
  async checkScopes(_route: Route): Promise<void> {}

  /**
   * Signs and sends a prepared request with the configured `fetch`, without buffering or a timeout, and
   * returns the response as it arrives (for streams). Redirects are not followed.
   */
  async openRaw(request: PreparedRequest, options: CallOptions = {}): Promise<Response> {
    const req = new Request(request.url, { ...this.#draft(request, options), redirect: 'manual' })
    await this.#authorize(req, request)
    // Called unbound: a platform fetch (Workers, browsers) throws "Illegal invocation" when `this` is not the global.
    const send = this.#fetch
    return send(req)
  }

  /** Signs and sends a prepared request; returns parsed JSON, or `undefined` for an empty body. */
  async send<T>(request: PreparedRequest, options: CallOptions = {}): Promise<T> {
    const text = await this.sendRaw(request, options)
    if (text.length === 0) return undefined as T
    try {
      return JSON.parse(text) as T
    } catch (error) {
      // Twython's message, and which kind of body it was: an HTML page (a proxy's, a login wall) or cut JSON.
      const why = text.trimStart().startsWith('<') ? 'The server sent an HTML page.' : 'The body may be truncated.'
      throw new TwythonError(`Response was not valid JSON. Unable to decode. (${why})`, { status: this.lastCall?.status, url: this.lastCall?.url, cause: error })
    }
  }

  /**
   * Signs and sends a prepared request; returns the body text of a successful response. (`Core` sends a
   * request signed with an OAuth 2.0 user token its own way: the token is read per call, refreshed on a 401.)
   */
  async sendRaw(request: PreparedRequest, options: CallOptions = {}): Promise<string> {
    const url = stripQuery(request.url)
    checkCredentials(this.#preflight, request.auth, `${request.method} ${url}`)
    const sign: Signer = (req) => this.#authorize(req, request)
    return answerText(await this.around(request.route, options.signal, () => this.exchange(request, options, url, sign)), url)
  }

  /** Runs one exchange (of a route's call, when `route` is given): `Core` waits for and records its rate-limit budget here. */
  protected around(_route: Route | undefined, _signal: AbortSignal | undefined, exchange: () => Promise<Exchange>): Promise<Exchange> {
    return exchange()
  }

  /** One request, signed by `sign` on each attempt, and its answer whatever the status. */
  protected async exchange(request: PreparedRequest, options: CallOptions, urlNoQuery: string, sign: Signer): Promise<Exchange> {
    const timeout = options.timeout ?? this.#timeout
    const init = this.#draft(request, options)
    let response: Answer
    try {
      response = await this.transmit(request.url, init, sign, { timeout, maxResponseBytes: this.#maxResponseBytes })
    } catch (error) {
      throw transportError(error, request.method, urlNoQuery, options.signal)
    }
    // In memory already (limitedExchange read it, or reported the cut): this cannot fail half-way.
    const text = await response.text()
    this.lastCall = { url: urlNoQuery, status: response.status, headers: response.headers }
    return { status: response.status, headers: response.headers, text }
  }

  /**
   * Sends one request: signs it (`sign`, once per attempt) and fetches it within `limits`, resolving with
   * the response whatever its status (buffered: its body is already read). `Core` sends through ky here.
   */
  protected async transmit(url: string, init: RequestInit, sign: Signer, limits: ExchangeLimits): Promise<Answer> {
    const request = new Request(url, init)
    await sign(request)
    const { response, body } = await limitedExchange(this.#fetch, request, {}, limits)
    return { status: response.status, headers: response.headers, text: async () => new TextDecoder().decode(body) }
  }

  /**
   * The method, headers (all but Authorization), body and signal of one attempt. The body is fresh each
   * time: parts become a new stream over the same bytes, so a re-send (a retry, a refreshed OAuth 2.0 token)
   * sends them again. Names are set, not appended, so a `User-Agent` given per call replaces the default one.
   */
  #draft(request: PreparedRequest, options: CallOptions): RequestInit & { headers: Headers } {
    const headers = new Headers(this.#headers)
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value)
    if (request.contentType) headers.set('content-type', request.contentType)
    const init: RequestInit & { headers: Headers; duplex?: 'half' } = { method: request.method, headers, ...(options.signal ? { signal: options.signal } : {}) }
    const given = request.form ? formatPairs(request.form) : request.body
    if (given === undefined || typeof given === 'string' || !('open' in given)) {
      if (given !== undefined) init.body = given as BodyInit
      return init
    }
    const { body, contentLength } = given.open()
    headers.set('content-length', contentLength)
    // A streamed request body needs half duplex (undici's rule; Workers and Deno accept it).
    return Object.assign(init, { body, duplex: 'half' as const })
  }

  /** Twython's `get_lastfunction_header`: a header of the last response, case-insensitive. */
  getLastFunctionHeader(header: string): string | undefined
  getLastFunctionHeader<D>(header: string, defaultValue: D): string | D
  getLastFunctionHeader(header: string, defaultValue?: unknown): unknown {
    if (!this.lastCall) throw new TwythonError('This function must be called after an API call. It delivers header information.')
    return this.lastCall.headers.get(header) ?? defaultValue
  }

  /**
   * Sets the Authorization header of one attempt; runs on every attempt so retries get a fresh nonce.
   * Returns a promise only when the signature is Web Crypto's (no `node:crypto`).
   */
  #authorize(req: Request, prepared: PreparedRequest): void | Promise<void> {
    const value = this.authorization(req.method, req.url, prepared.form, prepared.auth, prepared.extraOAuthParams)
    if (typeof value === 'string') req.headers.set('authorization', value)
    else if (value) return value.then((v) => req.headers.set('authorization', v))
  }

  /** The Authorization header value: a string, or on runtimes that sign with Web Crypto a promise of one. */
  protected authorization(method: string, url: string, form: readonly (readonly [string, string])[] | undefined, auth: AuthMode, extraOAuthParams?: Readonly<Record<string, string>>): string | Promise<string> | undefined {
    if (auth === 'none') return undefined
    if (auth === 'basic') {
      if (this.#appKey === undefined || this.#appSecret === undefined) throw new TwythonError('HTTP Basic needs appKey and appSecret.')
      // Percent-encoded (RFC 6749 section 2.3.1), hence ASCII: btoa takes it as is.
      return `Basic ${btoa(`${encodeURIComponent(this.#appKey)}:${encodeURIComponent(this.#appSecret)}`)}`
    }
    const kind = this.authKind
    if (kind === 'oauth2') return `Bearer ${this.#accessToken}`
    if (kind === 'oauth1') return oauth1HeaderSyncOrAsync(this.oauth1Credentials(), { method, url, ...(form ? { bodyParams: form } : {}), ...(extraOAuthParams ? { extraOAuthParams } : {}) })
    return undefined
  }

  /** The OAuth 1.0a credentials, for the streaming client that shares this core's settings. */
  oauth1Credentials(): OAuth1Credentials {
    if (this.#appKey === undefined || this.#appSecret === undefined) throw new TwythonError('OAuth 1.0a needs appKey and appSecret.')
    return { consumerKey: this.#appKey, consumerSecret: this.#appSecret, token: this.#oauthToken, tokenSecret: this.#oauthTokenSecret }
  }

  /** Hides credentials from `util.inspect`. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `Core { auth: ${this.authKind}, api: ${this.hosts.api} }`
  }

  toJSON(): Record<string, unknown> {
    return { auth: this.authKind, hosts: this.hosts, apiVersion: this.apiVersion }
  }
}

/** The body text of a successful exchange; any other status becomes its typed error. */
export function answerText({ status, headers, text }: Exchange, url: string): string {
  if (status > 304) throw errorForResponse(status, text, headers, url)
  return text
}


/** A transport failure as a `TwythonError` that names the call, keeping no request (nor its Authorization header). */
function transportError(error: unknown, method: string, url: string, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return signal.reason
  if (error instanceof TwythonError) return error
  // (A timeout is already a TwythonError: limitedExchange's deadline made it.)
  const err = error as Error
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause
  const detail = cause?.code ?? cause?.message ?? err?.message ?? String(error)
  return new TwythonError(`Network error while calling ${method} ${url}: ${detail}`, { url, cause: cause ?? (err instanceof TypeError ? err : undefined) })
}
