/**
 * The full core every `Twython` client owns: the lean `BaseCore` (signing, encoding, errors) plus what a
 * whole client needs. Requests go through ky (retry, hooks), on Node over the keep-alive node:http
 * transport; OAuth 2.0 user tokens are read from their store, refreshed and checked for scopes; every
 * route call spends the credentials' rate-limit budget; and Twython's generic `request` is here.
 */
import ky, { type KyInstance, type Options as KyOptions } from 'ky'
import { defaultFetch } from '#fetch'
import { BaseCore, answerText, type CallOptions, type ClientArgs, type Exchange, type AuthMode, type PreparedRequest, type Signer, type TwythonOptions } from './base-core.js'
import { TwythonAuthError, TwythonError } from './errors.js'
import { multipartBody, type MultipartEncoder } from './body.js'
import { isFileLike } from './files.js'
import { checkOrigin } from './hosts.js'
import { oauth1Header } from './oauth1.js'
import { assertRouteScopes } from './oauth2/scopes.js'
import { encodeV2Multipart } from './multipart.js'
import { callV2, prepareV2, v2Json, type V2BodyEncoder } from './v2/call.js'
import { buildRequest, callV1, prepareV1 } from './v1/call.js'
import { OAuth2Session } from './oauth2/session.js'
import type { OAuth2Token } from './oauth2/token.js'
import type { HttpMethod, Route } from './route.js'
import { bufferedResponse, exchangeErrorKind, limitedExchange, stripQuery, type ExchangeLimits } from './transport/limits.js'
import { RateLimitBudget, identityHash, type BudgetIdentity } from './rate-limit/index.js'

export { BaseCore, USER_AGENT, type CallOptions, type ClientArgs, type Exchange, type LastCall, type PreparedRequest, type AuthMode, type Signer, type TwythonOptions } from './base-core.js'

/** The ky option (passed through to our fetch) that carries the signer of one call. */
const SIGN = 'twythonSign'
/** The ky option (passed through to our fetch) that carries the timeout and size cap of one call. */
const LIMITS = 'twythonLimits'

/**
 * Sends Twitter API calls for one set of credentials, with every feature of the client. Credentials live
 * in private fields: they are not enumerable, not in `JSON.stringify`, and not in `util.inspect` output.
 */
export class Core extends BaseCore {
  /** The rate-limit budget of these credentials: `get(route)` reads an endpoint's window. */
  readonly rateLimits: RateLimitBudget

  readonly #oauth2: OAuth2Session | undefined
  readonly #ky: KyInstance

  constructor(options: TwythonOptions = {}) {
    super(options)
    if (options.clientId !== undefined || options.oauth2Token !== undefined || options.tokenStore !== undefined) {
      this.#oauth2 = new OAuth2Session({ clientId: options.clientId, clientSecret: options.clientSecret, token: options.oauth2Token, store: options.tokenStore, hosts: this.hosts, send: (request, callOptions) => this.sendRaw(request, callOptions) })
    }
    // Whose budget calls spend: hashes of the consumer key and access token (public values), never a
    // secret in the clear, computed once on first use. An OAuth 2.0 user spends the app's (client id's) and
    // their own windows: the user is named by the token store's stable id, or else by the current token.
    const { appKey, accessToken, oauthToken } = options
    let identity: BudgetIdentity | undefined
    this.rateLimits = new RateLimitBudget(options.rateLimit ?? {}, () => {
      const session = this.#oauth2
      if (session?.hasUserToken) {
        const app = identityHash('oauth2-app', session.clientId ?? '')
        const storeId = session.storeId
        if (storeId !== undefined) return { app, user: identityHash('oauth2-user', storeId) }
        return session.token().then((token) => ({ app, user: identityHash('oauth2-token', token.accessToken) }))
      }
      if (identity) return identity
      const app = appKey !== undefined ? identityHash('app', appKey) : accessToken !== undefined ? identityHash('bearer', accessToken) : 'anonymous'
      const user = this.authKind === 'oauth1' && oauthToken !== undefined ? identityHash('oauth1-user', appKey!, oauthToken) : undefined
      return (identity = { app, user })
    })
    const args = options.clientArgs ?? {}
    // The same fetch the lean core would call (clientArgs.fetch, else defaultFetch() below).
    const baseFetch = this.transportFetch
    this.#ky = ky.create({
      // No default headers here: every request already carries the core's (user agent, clientArgs.headers).
      retry: retryPolicy(args.retry ?? 0),
      // The timeout is ours (limitedExchange): ky's would stop at the response headers.
      timeout: false,
      // ky only retries responses it throws for; the HTTPError is unwrapped in transmit.
      throwHttpErrors: true,
      ...(args.hooks ? { hooks: args.hooks } : {}),
      // Signing happens here rather than in a beforeRequest hook: ky stops running hooks after one
      // returns a Request, and this function runs after all of them, once per attempt (fresh nonce).
      fetch: (input, init) => {
        const { [SIGN]: sign, [LIMITS]: limits, ...rest } = (init ?? {}) as RequestInit & { [SIGN]?: Signer; [LIMITS]?: ExchangeLimits }
        const go = () => (limits && input instanceof Request ? limitedExchange(baseFetch, input, rest, limits).then((answer) => bufferedResponse(answer, input.url)) : baseFetch(input, rest))
        // Node signs synchronously (oauth-sign); Web Crypto's signature is a promise, awaited only there.
        const signing = sign && input instanceof Request ? sign(input) : undefined
        return signing ? signing.then(go) : go()
      },
    })
  }

  /** Every option is honoured here. */
  protected override unsupportedOptions(): string[] {
    return []
  }

  /** On Node the keep-alive node:http fetch; elsewhere the platform's (the `#fetch` import condition). */
  protected override defaultFetch(): typeof fetch {
    return defaultFetch
  }

  /** The OAuth 2.0 flow and user token of this core, when it has a client id or a user token. */
  get oauth2(): OAuth2Session | undefined {
    return this.#oauth2
  }

  override get authKind(): 'oauth1' | 'oauth2' | 'oauth2_user' | 'none' {
    if (this.#oauth2?.hasUserToken) return 'oauth2_user'
    return super.authKind
  }

  /**
   * With an OAuth 2.0 user token: refuses, before anything is sent, a route whose scopes the token lacks
   * (a `TwythonScopeError` naming them). Other credentials: nothing to check.
   */
  override async checkScopes(route: Route): Promise<void> {
    if (!this.#oauth2?.hasUserToken) return
    // X API v1.1 takes no OAuth 2.0 user token: its user routes need OAuth 1.0a.
    if (!route.security && route.auth === 'user') throw new TwythonAuthError(`${route.id} (${route.method} ${route.path}) needs OAuth 1.0a user context; an OAuth 2.0 user token works on X API v2 methods (twitter.v2). Nothing was sent.`)
    if (route.security) assertRouteScopes(route, (await this.#oauth2.token()).scopes)
  }

  /**
   * Calls a generated route, v1.1 or X API v2, with its parameters (the generated functions call `callV1` /
   * `callV2`, which this does too; this core brings the multipart encoder).
   */
  async call<T>(route: Route, params: object | undefined, options?: CallOptions, multipart?: MultipartEncoder): Promise<T> {
    if (route.host !== 'v2') return callV1<T>(this, route, params, options, multipart ?? multipartBody)
    return callV2<T>(this, route, params, options, anyV2Body)
  }

  /** Builds the URL and body of a route call, v1.1 or X API v2 (this core brings the multipart encoder). */
  prepare(route: Route, params: Readonly<Record<string, unknown>>, multipart: MultipartEncoder = multipartBody): Promise<PreparedRequest> {
    return route.host === 'v2' ? prepareV2(this, route, params, anyV2Body) : prepareV1(this, route, params, multipart)
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
    const request = await buildRequest(upper, base, params, new Set(), 'default', encoding, files, multipartBody)
    return this.send<T>(request, options)
  }

  /** The rate-limit hook of a route's call: the budget may wait before sending, and waits out one 429 when `wait` is on. */
  protected override around(route: Route | undefined, signal: AbortSignal | undefined, exchange: () => Promise<Exchange>): Promise<Exchange> {
    return route ? this.rateLimits.around(route, signal, exchange) : exchange()
  }

  /**
   * With an OAuth 2.0 user token, each exchange is signed with the token read from its store (refreshed
   * when due) just before it goes; X answers a plain 401 for an expired token, so after one the token is
   * refreshed and the request sent once more. Other credentials: the lean core's way.
   */
  override async sendRaw(request: PreparedRequest, options: CallOptions = {}): Promise<string> {
    const session = this.#userSession(request)
    if (!session) return super.sendRaw(request, options)
    const url = stripQuery(request.url)
    for (let first = true; ; first = false) {
      let token: OAuth2Token | undefined
      const answer = await this.around(request.route, options.signal, async () => {
        const used = (token = await session.tokenForCall(options))
        return this.exchange(request, options, url, (req) => void req.headers.set('authorization', `Bearer ${used.accessToken}`))
      })
      if (answer.status === 401 && first && token && (await session.afterUnauthorized(token, options))) continue
      return answerText(answer, url)
    }
  }

  /** The OAuth 2.0 session that signs `request`: with a user token, and for the default auth (not Basic or none). */
  #userSession(request: PreparedRequest): OAuth2Session | undefined {
    return request.auth === 'default' && this.#oauth2?.hasUserToken ? this.#oauth2 : undefined
  }

  /** A stream's request, with an OAuth 2.0 user token read from its store like `sendRaw`'s. */
  override async openRaw(request: PreparedRequest, options: CallOptions = {}): Promise<Response> {
    const session = this.#userSession(request)
    if (!session) return super.openRaw(request, options)
    const token = await session.tokenForCall(options)
    // Signed here, so the lean core adds no Authorization of its own (auth: none).
    return super.openRaw({ ...request, auth: 'none' }, { ...options, headers: { ...options.headers, authorization: `Bearer ${token.accessToken}` } })
  }

  /** Sends through ky, which retries and runs hooks; ky's HTTPError is unwrapped into its response. */
  protected override async transmit(url: string, init: RequestInit, sign: Signer, limits: ExchangeLimits): Promise<Response> {
    try {
      return await this.#ky(url, { ...init, [SIGN]: sign, [LIMITS]: limits } as KyOptions)
    } catch (error) {
      if ((error as Error)?.name !== 'HTTPError') throw error
      return (error as { response: Response }).response
    }
  }

  /**
   * Computes the Authorization header value for a request, or `undefined` for none.
   * @throws TwythonError for OAuth 1.0a where `node:crypto` is absent: Web Crypto cannot sign synchronously
   * (the core's own calls sign asynchronously there).
   */
  authorizationFor(method: string, url: string, form: readonly (readonly [string, string])[] | undefined, auth: AuthMode, extraOAuthParams?: Readonly<Record<string, string>>): string | undefined {
    if (this.authKind === 'oauth2_user' && auth === 'default') throw new TwythonError('An OAuth 2.0 user token is read from its store for each request; send through sendRaw, which signs with it.')
    if (this.authKind === 'oauth1' && auth === 'default') return oauth1Header(this.oauth1Credentials(), { method, url, ...(form ? { bodyParams: form } : {}), ...(extraOAuthParams ? { extraOAuthParams } : {}) })
    return this.authorization(method, url, form, auth, extraOAuthParams) as string | undefined
  }
}

/** Both v2 body encoders: `Core.call` sends any operation. */
const anyV2Body: V2BodyEncoder = (route, fields) => (route.encoding === 'multipart' ? encodeV2Multipart : v2Json)(route, fields)

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
