/**
 * The core every endpoint call goes through: it turns a route and parameters into a signed HTTP request,
 * sends it with ky, and turns the response into data or a typed error. Generated endpoint functions take
 * a `Core` as their first argument; the `Twython` class owns one.
 */
import ky, { type Hooks, type KyInstance, type Options as KyOptions } from 'ky'
import { defaultFetch } from '#fetch'
import { bodyInit, jsonBody, multipartBody, type BodyParts } from './body.js'
import { fillPath, encodeParams, formatPairs } from './encode.js'
import { TwythonAuthError, TwythonError } from './errors.js'
import { isFileLike } from './files.js'
import { errorForResponse } from './http-errors.js'
import { resolveHosts, checkOrigin, type Hosts } from './hosts.js'
import { oauth1Header, oauth1HeaderSyncOrAsync, type OAuth1Credentials } from './oauth1.js'
import { assertRouteScopes } from './oauth2/scopes.js'
import { OAuth2Session } from './oauth2/session.js'
import type { OAuth2Token, TokenStore } from './oauth2/token.js'
import type { HttpMethod, Route } from './route.js'
import { buildV2Request } from './v2/request.js'
import { checkSecurity, type CredentialKind } from './v2/security.js'
import { DEFAULT_MAX_RESPONSE_BYTES, exchangeErrorKind, limitedExchange, type ExchangeLimits } from './transport/limits.js'
import { checkCredentials, checkRoute, preflightState, type PreflightState } from './preflight.js'
import { RateLimitBudget, identityHash, type BudgetIdentity, type RateLimitOptions } from './rate-limit/index.js'

/** Transport settings handed to ky, Twython's `client_args`. */
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
   * ky's retry setting. Requests are re-signed on every attempt (fresh nonce and timestamp). A redirect
   * or an oversized response is never retried; a timeout only with `retryOnTimeout: true`.
   * @default 0
   */
  readonly retry?: KyOptions['retry']
  /** ky hooks; they run before the request is signed, so a hook may add headers or change the URL. */
  readonly hooks?: Hooks
  /**
   * A `fetch` implementation to send requests with (a proxy agent, undici's fetch).
   * @default on Node, a keep-alive node:http fetch (`nodeFetch`); it measured 11% less CPU per request
   * than Node's built-in fetch sequentially and 25% less at 16 concurrent requests (docs/benchmarks.md);
   * pass `globalThis.fetch` to use undici instead. Elsewhere (Bun, Deno, workerd, browsers: the package's
   * non-`node` export condition) the platform's global `fetch`.
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
  /** The app's OAuth 2.0 client id (X developer portal, "OAuth 2.0 Client ID"). */
  readonly clientId?: string
  /** The OAuth 2.0 client secret of a confidential client; absent for a public client (PKCE only). */
  readonly clientSecret?: string
  /** The user's OAuth 2.0 token (from `getOAuth2Token`); every call is then signed with it. */
  readonly oauth2Token?: OAuth2Token
  /** Where the user's OAuth 2.0 token is read from before each call and rotated tokens are written. @default a MemoryTokenStore */
  readonly tokenStore?: TokenStore
  /** Rate-limit budget: wait for spent windows (`wait`, `maxWaitMs`) and share the budget (`store`). See docs/rate-limits.md. */
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
   * A body that is not signed: multipart (FormData, or bytes with a multipart `contentType`) or JSON. An
   * array of byte parts is sent as their concatenation without ever being joined (an upload segment between
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

export const USER_AGENT = 'twython-ts'
/** The ky option (passed through to our fetch) that carries the signer of one call. */
const SIGN = 'twythonSign'
/** The ky option (passed through to our fetch) that carries the timeout and size cap of one call. */
const LIMITS = 'twythonLimits'
const DEFAULT_TIMEOUT = 30_000

/**
 * Sends Twitter API calls for one set of credentials. Credentials live in private fields: they are not
 * enumerable, not in `JSON.stringify`, and not in `util.inspect` output.
 */
export class Core {
  readonly hosts: Hosts
  readonly apiVersion: string
  readonly oauthVersion: 1 | 2
  readonly authEndpoint: 'authenticate' | 'authorize'
  readonly tokenType: string
  /** The last response received, for `getLastFunctionHeader`. */
  lastCall: LastCall | undefined
  /** The rate-limit budget of these credentials: `get(route)` reads an endpoint's window. */
  readonly rateLimits: RateLimitBudget

  readonly #appKey: string | undefined
  readonly #appSecret: string | undefined
  readonly #oauthToken: string | undefined
  readonly #oauthTokenSecret: string | undefined
  readonly #accessToken: string | undefined
  readonly #oauth2: OAuth2Session | undefined
  /** Requests already sent again after a 401 and a refresh (never twice). */
  readonly #retried = new WeakSet<PreparedRequest>()
  readonly #ky: KyInstance
  readonly #timeout: number | false
  readonly #fetch: typeof fetch
  readonly #headers: Readonly<Record<string, string>>
  readonly #maxResponseBytes: number
  /** Which credentials were given (not their values), for the local checks in preflight.ts. */
  readonly #preflight: PreflightState
  #identity: BudgetIdentity | undefined

  constructor(options: TwythonOptions = {}) {
    this.hosts = resolveHosts(options.hosts)
    this.apiVersion = options.apiVersion ?? '1.1'
    this.#appKey = options.appKey
    this.#appSecret = options.appSecret
    this.#oauthToken = options.oauthToken
    this.#oauthTokenSecret = options.oauthTokenSecret
    this.#accessToken = options.accessToken
    this.tokenType = options.tokenType ?? 'bearer'
    if (options.clientId !== undefined || options.oauth2Token !== undefined || options.tokenStore !== undefined) {
      this.#oauth2 = new OAuth2Session({ clientId: options.clientId, clientSecret: options.clientSecret, token: options.oauth2Token, store: options.tokenStore, hosts: this.hosts, send: (request, callOptions) => this.sendRaw(request, callOptions) })
    }
    this.oauthVersion = options.accessToken || this.#oauth2?.hasUserToken ? 2 : (options.oauthVersion ?? 1)
    this.authEndpoint = options.authEndpoint ?? 'authenticate'
    this.#preflight = preflightState(options, this.oauthVersion)
    this.rateLimits = new RateLimitBudget(options.rateLimit ?? {}, () => this.#budgetIdentity())
    const args = options.clientArgs ?? {}
    this.#timeout = args.timeout ?? DEFAULT_TIMEOUT
    this.#maxResponseBytes = args.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES
    const baseFetch = args.fetch ?? defaultFetch
    this.#fetch = baseFetch
    this.#headers = { 'user-agent': USER_AGENT, ...args.headers }
    this.#ky = ky.create({
      headers: { 'user-agent': USER_AGENT, ...args.headers },
      retry: retryPolicy(args.retry ?? 0),
      // The timeout is ours (limitedExchange): ky's would stop at the response headers.
      timeout: false,
      // ky only retries responses it throws for; the HTTPError is unwrapped in sendRaw.
      throwHttpErrors: true,
      ...(args.hooks ? { hooks: args.hooks } : {}),
      // Signing happens here rather than in a beforeRequest hook: ky stops running hooks after one
      // returns a Request, and this function runs after all of them, once per attempt (fresh nonce).
      fetch: (input, init) => {
        const { [SIGN]: sign, [LIMITS]: limits, ...rest } = (init ?? {}) as RequestInit & { [SIGN]?: (req: Request) => void | Promise<void>; [LIMITS]?: ExchangeLimits }
        const go = () => (limits && input instanceof Request ? limitedExchange(baseFetch, input, rest, limits) : baseFetch(input, rest))
        // Node signs synchronously (oauth-sign); Web Crypto's signature is a promise, awaited only there.
        const signing = sign && input instanceof Request ? sign(input) : undefined
        return signing ? signing.then(go) : go()
      },
    })
  }

  /** The application key (not a secret), for display and for building the authorize URL. */
  get appKey(): string | undefined {
    return this.#appKey
  }

  /** The OAuth 2.0 flow and user token of this core, when it has a client id or a user token. */
  get oauth2(): OAuth2Session | undefined {
    return this.#oauth2
  }

  /** Which credentials this core signs with: `oauth1`, `oauth2` (app-only bearer), `oauth2_user` (OAuth 2.0 user token), or `none`. */
  get authKind(): 'oauth1' | 'oauth2' | 'oauth2_user' | 'none' {
    if (this.#oauth2?.hasUserToken) return 'oauth2_user'
    if (this.oauthVersion === 2) return this.#accessToken ? 'oauth2' : 'none'
    return this.#appKey !== undefined && this.#appSecret !== undefined ? 'oauth1' : 'none'
  }

  /** The credentials an X API v2 security check sees. */
  get credentialKind(): CredentialKind {
    return this.authKind
  }

  /** Calls a generated route with its parameters. */
  async call<T>(route: Route, params: object | undefined, options?: CallOptions): Promise<T> {
    await this.checkScopes(route)
    checkRoute(this.#preflight, route)
    if (route.security) checkSecurity(route, this.credentialKind)
    const request = await this.prepare(route, (params ?? {}) as Record<string, unknown>)
    return this.send<T>(request, options)
  }

  /**
   * With an OAuth 2.0 user token: refuses, before anything is sent, a route whose scopes the token lacks
   * (a `TwythonScopeError` naming them). Other credentials: nothing to check.
   */
  async checkScopes(route: Route): Promise<void> {
    if (!this.#oauth2?.hasUserToken) return
    // X API v1.1 takes no OAuth 2.0 user token: its user routes need OAuth 1.0a.
    if (!route.security && route.auth === 'user') throw new TwythonAuthError(`${route.id} (${route.method} ${route.path}) needs OAuth 1.0a user context; an OAuth 2.0 user token works on X API v2 methods (twitter.v2). Nothing was sent.`)
    if (route.security) assertRouteScopes(route, (await this.#oauth2.token()).scopes)
  }

  /**
   * Signs and sends a prepared request with the configured `fetch`, without ky's buffering or timeout, and
   * returns the response as it arrives (for streams). Redirects are not followed.
   */
  async openRaw(request: PreparedRequest, options: CallOptions = {}): Promise<Response> {
    const headers = new Headers({ ...this.#headers, ...options.headers })
    if (request.contentType) headers.set('content-type', request.contentType)
    const { body, contentLength } = bodyInit(request.form ? formatPairs(request.form) : request.body)
    if (contentLength !== undefined) headers.set('content-length', contentLength)
    // An OAuth 2.0 user token is read from its store (and refreshed when due), as for sendRaw.
    const userToken = request.auth === 'default' && this.#oauth2?.hasUserToken ? await this.#oauth2.tokenForCall(options) : undefined
    const authorization = userToken ? `Bearer ${userToken.accessToken}` : await this.#authorization(request.method, request.url, request.form, request.auth, request.extraOAuthParams)
    if (authorization) headers.set('authorization', authorization)
    // Called unbound: a platform fetch (Workers, browsers) throws "Illegal invocation" when `this` is not the global.
    const send = this.#fetch
    return send(request.url, { method: request.method, headers, ...(body !== undefined ? { body, ...(contentLength !== undefined ? { duplex: 'half' } : {}) } : {}), redirect: 'manual', ...(options.signal ? { signal: options.signal } : {}) } as RequestInit)
  }

  /** Builds the URL and body of a route call; path parameters are taken out of the rest. */
  async prepare(route: Route, params: Readonly<Record<string, unknown>>): Promise<PreparedRequest> {
    if (route.host === 'v2') return { ...(await buildV2Request(this.hosts.v2, route, params)), route }
    const { path, used } = fillPath(route.path, params)
    const origin = route.host === 'upload' ? this.hosts.upload : this.hosts.api
    const base = route.versioned === false ? `${origin}/${path}` : `${origin}/${this.apiVersion}/${path}.json`
    const auth: AuthMode = route.auth === 'app' ? 'basic' : 'default'
    const encoding = route.encoding ?? (route.files?.length ? 'multipart' : 'form')
    return { ...(await buildRequest(route.method, base, params, used, auth, encoding, new Set(route.files))), route }
  }

  /**
   * Twython's `request`: calls `endpoint`, either relative (`search/tweets`, expanded to
   * `<api host>/<version>/search/tweets.json`) or a full `https://` URL used as is.
   */
  async request<T = unknown>(endpoint: string, method: HttpMethod | Lowercase<HttpMethod> = 'GET', params: Readonly<Record<string, unknown>> = {}, options: CallOptions & { version?: string; jsonEncoded?: boolean } = {}): Promise<T> {
    const upper = method.toUpperCase() as HttpMethod
    if (upper !== 'GET' && upper !== 'POST' && upper !== 'DELETE') throw new TwythonError(`Unsupported HTTP method ${JSON.stringify(method)}; use GET, POST or DELETE.`)
    let base: string
    if (/^https?:\/\//i.test(endpoint)) {
      checkOrigin('request', endpoint)
      base = endpoint
    } else {
      base = `${this.hosts.api}/${options.version ?? this.apiVersion}/${endpoint.replace(/^\/+/, '')}.json`
    }
    const files = new Set(Object.keys(params).filter((k) => isFileLike(params[k])))
    const encoding = options.jsonEncoded ? 'json' : files.size > 0 ? 'multipart' : 'form'
    const request = await buildRequest(upper, base, params, new Set(), 'default', encoding, files)
    return this.send<T>(request, options)
  }

  /** Signs and sends a prepared request; returns parsed JSON, or `undefined` for an empty body. */
  async send<T>(request: PreparedRequest, options: CallOptions = {}): Promise<T> {
    const text = await this.sendRaw(request, options)
    if (text.length === 0) return undefined as T
    try {
      return JSON.parse(text) as T
    } catch (error) {
      throw new TwythonError(describeBadJson(text), { status: this.lastCall?.status, url: this.lastCall?.url, cause: error })
    }
  }

  /** Signs and sends a prepared request; returns the body text of a successful response. */
  async sendRaw(request: PreparedRequest, options: CallOptions = {}): Promise<string> {
    const urlNoQuery = request.url.split('?')[0]!
    // An OAuth 2.0 user token signs instead of the OAuth 1.0a / app-only credentials the preflight knows.
    const userAuth = request.auth === 'default' && this.#oauth2?.hasUserToken === true
    if (!userAuth) checkCredentials(this.#preflight, request.auth, `${request.method} ${urlNoQuery}`)
    const exchange = () => this.#exchange(request, options, urlNoQuery, userAuth)
    // The rate-limit hook: the budget may wait before sending, and waits out one 429 when `wait` is on.
    const { status, headers, text, userToken } = request.route ? await this.rateLimits.around(request.route, options.signal, exchange) : await exchange()
    // X answers a plain 401 for an expired user token: refresh once and send again.
    if (status === 401 && userToken && !this.#retried.has(request)) {
      const fresh = await this.#oauth2!.afterUnauthorized(userToken, options)
      if (fresh) {
        this.#retried.add(request)
        try {
          return await this.sendRaw(request, options)
        } finally {
          this.#retried.delete(request)
        }
      }
    }
    if (status > 304) throw errorForResponse(status, text, headers, urlNoQuery)
    return text
  }

  /** One request and its answer, whatever the status, with the OAuth 2.0 user token it was signed with. */
  async #exchange(request: PreparedRequest, options: CallOptions, urlNoQuery: string, userAuth: boolean): Promise<{ status: number; headers: Headers; text: string; userToken: OAuth2Token | undefined }> {
    const timeout = options.timeout ?? this.#timeout
    const headers: Record<string, string> = { ...options.headers }
    if (request.contentType) headers['content-type'] = request.contentType
    // A fresh body per exchange: parts become a new stream over the same bytes, so a re-send (after a
    // refreshed OAuth 2.0 token) sends them again.
    const { body, contentLength } = bodyInit(request.form ? formatPairs(request.form) : request.body)
    if (contentLength !== undefined) headers['content-length'] = contentLength
    // An OAuth 2.0 user token is read from its store (and refreshed when due) before each call.
    const userToken = userAuth ? await this.#oauth2!.tokenForCall(options) : undefined
    let response: Response
    try {
      response = await this.#ky(request.url, {
        method: request.method,
        headers,
        body,
        signal: options.signal,
        [SIGN]: (req: Request) => this.#authorize(req, request, userToken),
        [LIMITS]: { timeout, maxResponseBytes: this.#maxResponseBytes } satisfies ExchangeLimits,
      } as KyOptions)
    } catch (error) {
      if ((error as Error)?.name !== 'HTTPError') throw transportError(error, request.method, urlNoQuery, timeout, options.signal)
      response = (error as { response: Response }).response
    }
    let text: string
    try {
      text = await response.text()
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason
      throw new TwythonError(`The connection closed before the whole response arrived (${request.method} ${urlNoQuery}).`, { status: response.status, url: urlNoQuery, cause: error })
    }
    this.lastCall = { url: urlNoQuery, status: response.status, headers: response.headers }
    return { status: response.status, headers: response.headers, text, userToken }
  }

  /** Whose budget calls spend: hashes of the consumer key and access token (public values), never of a secret. */
  #budgetIdentity(): BudgetIdentity {
    // Credentials never change on a core: hash them once.
    if (this.#identity) return this.#identity
    const app = this.#appKey !== undefined ? identityHash('app', this.#appKey) : this.#accessToken !== undefined ? identityHash('bearer', this.#accessToken) : 'anonymous'
    const user = this.authKind === 'oauth1' && this.#oauthToken !== undefined ? identityHash('oauth1-user', this.#appKey!, this.#oauthToken) : undefined
    return (this.#identity = { app, user })
  }

  /** Twython's `get_lastfunction_header`: a header of the last response, case-insensitive. */
  getLastFunctionHeader(header: string): string | undefined
  getLastFunctionHeader<D>(header: string, defaultValue: D): string | D
  getLastFunctionHeader(header: string, defaultValue?: unknown): unknown {
    if (!this.lastCall) throw new TwythonError('This function must be called after an API call. It delivers header information.')
    return this.lastCall.headers.get(header) ?? defaultValue
  }

  /**
   * The Authorization header for one attempt; runs on every attempt so retries get a fresh nonce. Returns a
   * promise only when the signature is Web Crypto's (no `node:crypto`).
   */
  #authorize(req: Request, prepared: PreparedRequest, userToken?: OAuth2Token): void | Promise<void> {
    if (userToken) return void req.headers.set('authorization', `Bearer ${userToken.accessToken}`)
    const value = this.#authorization(req.method, req.url, prepared.form, prepared.auth, prepared.extraOAuthParams)
    if (typeof value === 'string') req.headers.set('authorization', value)
    else if (value) return value.then((v) => req.headers.set('authorization', v))
  }

  /**
   * Computes the Authorization header value for a request, or `undefined` for none.
   * @throws TwythonError for OAuth 1.0a where `node:crypto` is absent: Web Crypto cannot sign synchronously
   * (the core's own calls sign asynchronously there).
   */
  authorizationFor(method: string, url: string, form: readonly (readonly [string, string])[] | undefined, auth: AuthMode, extraOAuthParams?: Readonly<Record<string, string>>): string | undefined {
    if (this.authKind === 'oauth1' && auth === 'default') return oauth1Header(this.oauth1Credentials(), { method, url, ...(form ? { bodyParams: form } : {}), ...(extraOAuthParams ? { extraOAuthParams } : {}) })
    return this.#authorization(method, url, form, auth, extraOAuthParams) as string | undefined
  }

  /** The Authorization header value: a string, or on runtimes that sign with Web Crypto a promise of one. */
  #authorization(method: string, url: string, form: readonly (readonly [string, string])[] | undefined, auth: AuthMode, extraOAuthParams?: Readonly<Record<string, string>>): string | Promise<string> | undefined {
    if (auth === 'none') return undefined
    if (auth === 'basic') {
      if (this.#appKey === undefined || this.#appSecret === undefined) throw new TwythonError('This call needs the application key and secret (appKey, appSecret).')
      // Percent-encoded (RFC 6749 section 2.3.1), hence ASCII: btoa takes it as is.
      return `Basic ${btoa(`${encodeURIComponent(this.#appKey)}:${encodeURIComponent(this.#appSecret)}`)}`
    }
    const kind = this.authKind
    if (kind === 'oauth2') return `Bearer ${this.#accessToken}`
    if (kind === 'oauth2_user') throw new TwythonError('An OAuth 2.0 user token is read from its store for each request; send through sendRaw, which signs with it.')
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

/** Places parameters into the query, a form body, multipart or JSON. */
async function buildRequest(
  method: HttpMethod,
  base: string,
  params: Readonly<Record<string, unknown>>,
  skip: ReadonlySet<string>,
  auth: AuthMode,
  encoding: 'form' | 'json' | 'multipart',
  files: ReadonlySet<string>,
): Promise<PreparedRequest> {
  if (method === 'GET' || method === 'DELETE' || encoding === 'form') {
    for (const name of files) if (params[name] !== undefined) throw new TwythonError(`Parameter "${name}" is a file; it can only be sent in a multipart POST.`)
    const pairs = encodeParams(params, skip)
    if (method === 'GET' || method === 'DELETE') return { method, url: withQuery(base, pairs), auth }
    return { method, url: base, form: pairs, contentType: 'application/x-www-form-urlencoded', auth }
  }
  const fields: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(params)) if (!skip.has(name) && value !== undefined) fields[name] = value
  if (encoding === 'json') return { method, url: base, body: jsonBody(fields), contentType: 'application/json', auth }
  return { method, url: base, body: await multipartBody(fields, (name) => files.has(name)), auth }
}

function withQuery(base: string, pairs: readonly (readonly [string, string])[]): string {
  if (pairs.length === 0) return base
  return `${base}${base.includes('?') ? '&' : '?'}${formatPairs(pairs)}`
}

/**
 * The user's ky retry setting, with errors that repeating cannot cure taken out: a redirect or an
 * oversized body would come back the same, and a timeout is retried only if `retryOnTimeout` asks.
 */
function retryPolicy(retry: NonNullable<KyOptions['retry']>): KyOptions['retry'] {
  const options = typeof retry === 'number' ? { limit: retry } : retry
  const { shouldRetry } = options
  return {
    ...options,
    shouldRetry: (state) => {
      const kind = exchangeErrorKind(state.error)
      if (kind === 'final' || (kind === 'timeout' && !options.retryOnTimeout)) return false
      return shouldRetry?.(state)
    },
  }
}

function transportError(error: unknown, method: string, url: string, timeout: number | false, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return signal.reason
  if (error instanceof TwythonError) return error
  const err = error as Error
  if (err?.name === 'TimeoutError') return new TwythonError(`Request timed out after ${timeout} ms: ${method} ${url}`, { url })
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause
  const detail = cause?.code ?? cause?.message ?? err?.message ?? String(error)
  // The ky error carries the Request (and its Authorization header): keep only its cause.
  return new TwythonError(`Network error while calling ${method} ${url}: ${detail}`, { url, cause: cause ?? (err instanceof TypeError ? err : undefined) })
}

function describeBadJson(text: string): string {
  const head = text.trimStart()
  if (head.startsWith('<')) return 'Response was not valid JSON. Unable to decode. (The server sent an HTML page.)'
  return 'Response was not valid JSON. Unable to decode. (The body may be truncated.)'
}
