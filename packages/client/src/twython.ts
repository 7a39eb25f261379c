/**
 * `Twython`: the generated endpoint methods (`TwythonEndpoints`) plus the hand-written parts of Twython's
 * interface: the OAuth flows, `request`/`get`/`post`, `cursor`, `getLastFunctionHeader` and the static
 * helpers. Everything here delegates to `@twython/runtime`; no endpoint is written by hand.
 */
import {
  Core,
  constructApiUrl,
  cursorPages,
  htmlForTweet,
  getAuthenticationTokens,
  getAuthorizedTokens,
  obtainAccessToken,
  uploadVideo,
  type AuthenticationTokens,
  type AuthenticationTokensOptions,
  type AuthorizedTokens,
  type CallOptions,
  type CursorOptions,
  type HtmlForTweetOptions,
  type HtmlTweet,
  type HttpMethod,
  type MediaInput,
  type MediaUploadResult,
  type UploadVideoOptions,
  type CursorItem,
  type CursorPage,
  type PaginatedMethod,
  type PaginatedParams,
  type TwythonOptions,
  type OAuth2AuthorizationUrl,
  type OAuth2AuthorizationUrlOptions,
  type OAuth2Session,
  type OAuth2Token,
  type OAuth2TokenOptions,
  TwythonError,
  type EndpointRateLimit,
  type EndpointRateLimitWindow,
  type Route,
  routeOf,
} from '@twython/runtime'
import { TwythonEndpoints } from './generated/twython-endpoints.js'
import { TwythonV2Client } from './v2-client.js'
import { TWYTHON_NAMES } from './generated/twython-names.js'

/** An endpoint named for {@link RateLimits}: the method itself, its name (`showStatus` or `show_status`), or its route. */
export type RateLimitTarget = Function | string | Route

/**
 * The rate-limit budget of a client's credentials, per endpoint (`twitter.rateLimits`). It is seeded from the
 * spec's limits and corrected by every response's `x-rate-limit-*` and 24-hour headers; with a shared store
 * it reports the budget every process on the token shares.
 */
export class RateLimits {
  readonly #owner: Twython

  constructor(owner: Twython) {
    this.#owner = owner
  }

  /**
   * The endpoint's tightest window: requests allowed, left, and when it resets (epoch ms), or `undefined` for
   * an endpoint with no known window.
   * @example
   * ```ts
   * const { remaining, resetAt } = (await twitter.rateLimits.get(twitter.getUserTimeline))!
   * ```
   */
  get(target: RateLimitTarget): Promise<EndpointRateLimit | undefined> {
    return this.#owner.core.rateLimits.get(this.#route(target))
  }

  /** Every window of the endpoint (15-minute, 24-hour, per user and per app) that applies to these credentials. */
  getAll(target: RateLimitTarget): Promise<EndpointRateLimitWindow[]> {
    return this.#owner.core.rateLimits.getAll(this.#route(target))
  }

  #route(target: RateLimitTarget): Route {
    let route: Route | undefined
    if (typeof target === 'function') route = routeOf(target)
    else if (typeof target === 'string') {
      const name = (TWYTHON_NAMES as Readonly<Record<string, string>>)[target] ?? target
      const method = (this.#owner as unknown as Record<string, unknown>)[name]
      route = typeof method === 'function' ? routeOf(method) : undefined
    } else route = target
    if (!route) throw new TypeError(`rateLimits: ${typeof target === 'string' ? JSON.stringify(target) : 'the argument'} is not an endpoint method, name or route.`)
    return route
  }
}

/** Options of `request`, `get`, `post` and `delete`. */
export interface RequestOptions extends CallOptions {
  /** API version for a relative endpoint. @default the client's `apiVersion` ('1.1') */
  readonly version?: string
  /** Send the parameters as a JSON body instead of a form. */
  readonly jsonEncoded?: boolean
}

/**
 * The Twitter API v1.1 client: every endpoint of Twython's developer interface as a typed method.
 *
 * @example
 * ```ts
 * const twitter = new Twython({ appKey, appSecret, oauthToken, oauthTokenSecret })
 * const tweet = await twitter.updateStatus({ status: 'hello' })
 * for await (const follower of twitter.cursor(twitter.getFollowersIds, { screen_name: 'twitterapi' })) console.log(follower)
 * ```
 */
export class Twython extends TwythonEndpoints {
  /**
   * @param options - Credentials (`appKey`, `appSecret`, `oauthToken`, `oauthTokenSecret` for OAuth 1.0a, or
   * `accessToken` for an app-only bearer token; `clientId`, `clientSecret`, `oauth2Token`, `tokenStore` for
   * OAuth 2.0 with PKCE), and transport settings (`clientArgs`, `hosts`, `apiVersion`).
   */
  constructor(options: TwythonOptions = {}) {
    super(new Core(options))
    this.v2 = new TwythonV2Client(this.core)
    this.rateLimits = new RateLimits(this)
  }

  /**
   * Every X API v2 operation, typed, on the same credentials and settings:
   * `await twitter.v2.getTweet({ id: '20', 'post.fields': ['created_at'] })`.
   */
  readonly v2: TwythonV2Client

  /** The rate-limit budget per endpoint: `await twitter.rateLimits.get(twitter.showStatus)` or `(twitter.v2.getTweet)`. */
  readonly rateLimits: RateLimits

  /** The API version used in request URLs. */
  get apiVersion(): string {
    return this.core.apiVersion
  }

  /** 1 for OAuth 1.0a, 2 for an OAuth 2 bearer token (forced to 2 when `accessToken` is given). */
  get oauthVersion(): 1 | 2 {
    return this.core.oauthVersion
  }

  /**
   * Step 1 of the three-legged OAuth flow: a request token and the `auth_url` to send the user to.
   * Keep `oauth_token_secret`; build a new `Twython` with the request token pair for step 3.
   *
   * @example
   * ```ts
   * const twitter = new Twython({ appKey, appSecret })
   * const { oauth_token, oauth_token_secret, auth_url } = await twitter.getAuthenticationTokens({ callbackUrl: 'https://example.com/cb' })
   * ```
   */
  getAuthenticationTokens(options: AuthenticationTokensOptions = {}): Promise<AuthenticationTokens> {
    return getAuthenticationTokens(this.core, options)
  }

  /**
   * Step 3 of the three-legged OAuth flow: trades the `oauth_verifier` (or PIN) for the user's access token.
   * Call it on a `Twython` built with the request token pair from step 1.
   *
   * @example
   * ```ts
   * const twitter = new Twython({ appKey, appSecret, oauthToken: requestToken, oauthTokenSecret: requestSecret })
   * const { oauth_token, oauth_token_secret, screen_name } = await twitter.getAuthorizedTokens(verifier)
   * ```
   */
  getAuthorizedTokens(oauthVerifier: string, options?: CallOptions): Promise<AuthorizedTokens> {
    return getAuthorizedTokens(this.core, oauthVerifier, options)
  }

  /**
   * OAuth 2 app-only: returns a bearer token for `new Twython({ appKey, accessToken })`.
   *
   * @example
   * ```ts
   * const token = await new Twython({ appKey, appSecret, oauthVersion: 2 }).obtainAccessToken()
   * const app = new Twython({ appKey, accessToken: token })
   * ```
   */
  obtainAccessToken(options?: CallOptions): Promise<string> {
    return obtainAccessToken(this.core, options)
  }

  #oauth2(what: string): OAuth2Session {
    const session = this.core.oauth2
    if (!session) throw new TwythonError(`${what} needs the app's OAuth 2.0 client: new Twython({ clientId, clientSecret? }).`)
    return session
  }

  /**
   * Step 1 of OAuth 2.0 with PKCE: the URL of X's authorization page, with a crypto-random `state` and
   * PKCE code verifier (S256). Keep `state` and `codeVerifier` on your side (a server session, a CLI's
   * memory) until the callback, and check the callback's `state` before using its `code`.
   *
   * @example
   * ```ts
   * const app = new Twython({ clientId, clientSecret })
   * const { url, state, codeVerifier } = app.getOAuth2AuthorizationUrl({ callbackUrl: 'https://example.com/callback', scopes: ['tweet.read', 'users.read', 'offline.access'] })
   * ```
   */
  getOAuth2AuthorizationUrl(options: OAuth2AuthorizationUrlOptions): OAuth2AuthorizationUrl {
    return this.#oauth2('getOAuth2AuthorizationUrl').authorizationUrl(options)
  }

  /**
   * Step 2 of OAuth 2.0 with PKCE: trades the callback's `code` (with the `codeVerifier` of step 1 and the
   * same `callbackUrl`) for the user's token. With a `tokenStore` given to this client, the token is
   * stored too.
   *
   * @example
   * ```ts
   * const token = await app.getOAuth2Token({ code, codeVerifier, callbackUrl })
   * const user = new Twython({ clientId, clientSecret, oauth2Token: token, tokenStore })
   * ```
   * @throws TwythonAuthError when X refuses the code (spent, expired, another redirect URI or verifier).
   */
  getOAuth2Token(options: OAuth2TokenOptions): Promise<OAuth2Token> {
    return this.#oauth2('getOAuth2Token').exchange(options)
  }

  /**
   * Refreshes the user's OAuth 2.0 token now and writes the rotated token to the token store. Calls do
   * this by themselves shortly before the token expires and after a 401; this is for a bot that wants
   * to refresh on its own schedule.
   * @throws TwythonAuthError when the refresh token is spent or revoked: the user must sign in again.
   */
  refreshOAuth2Token(options?: CallOptions): Promise<OAuth2Token> {
    return this.#oauth2('refreshOAuth2Token').refreshNow(options)
  }

  /** Revokes the user's OAuth 2.0 tokens at X (`/2/oauth2/revoke`): the refresh token, then the access token. */
  revokeOAuth2Token(options?: CallOptions): Promise<void> {
    return this.#oauth2('revokeOAuth2Token').revoke(options)
  }

  /**
   * An app-only bearer token from the OAuth 2.0 confidential client (`grant_type=client_credentials` at
   * `/2/oauth2/token`), for `new Twython({ accessToken })`. `obtainAccessToken` does the same with the
   * app's consumer key and secret at `oauth2/token`.
   */
  getOAuth2AppToken(options?: CallOptions): Promise<string> {
    return this.#oauth2('getOAuth2AppToken').appToken(options ?? {})
  }

  /**
   * Calls any endpoint: relative (`'search/tweets'` -> `https://api.twitter.com/1.1/search/tweets.json`) or a
   * full `https://` URL. Parameters follow Twython's encoding; file values make the body multipart.
   */
  request<T = unknown>(endpoint: string, method: HttpMethod | Lowercase<HttpMethod> = 'GET', params: Readonly<Record<string, unknown>> = {}, options: RequestOptions = {}): Promise<T> {
    return this.core.request<T>(endpoint, method, params, options)
  }

  /** `request` with GET. */
  get<T = unknown>(endpoint: string, params?: Readonly<Record<string, unknown>>, options?: RequestOptions): Promise<T> {
    return this.request<T>(endpoint, 'GET', params, options)
  }

  /** `request` with POST. */
  post<T = unknown>(endpoint: string, params?: Readonly<Record<string, unknown>>, options?: RequestOptions): Promise<T> {
    return this.request<T>(endpoint, 'POST', params, options)
  }

  /** `request` with DELETE. */
  delete<T = unknown>(endpoint: string, params?: Readonly<Record<string, unknown>>, options?: RequestOptions): Promise<T> {
    return this.request<T>(endpoint, 'DELETE', params, options)
  }

  /**
   * A header of the last response received (case-insensitive), e.g. `x-rate-limit-remaining`.
   * @throws TwythonError when no call has completed yet.
   */
  getLastFunctionHeader(header: string): string | undefined
  getLastFunctionHeader<D>(header: string, defaultValue: D): string | D
  getLastFunctionHeader(header: string, defaultValue?: unknown): unknown {
    return this.core.getLastFunctionHeader(header, defaultValue)
  }

  /**
   * Pages through a paginated endpoint: an async iterable over every item, or over whole pages with
   * `{ returnPages: true }`. Nothing is requested until iteration starts.
   *
   * Only paginated methods compile (their parameters carry the spec's pagination marker); anything else
   * is refused at run time too, with the method's name and route. Id collections (`getFollowersIds`,
   * `getFriendsIds`, `getRetweetersIds`, `listBlockIds`, ...) are asked for `stringify_ids: true` unless
   * `params` sets it, so they yield exact string ids.
   *
   * @param method - A paginated endpoint method of this client, e.g. `twitter.getFollowersIds`.
   * @param params - The method's parameters; `cursor` / `max_id` are filled in page by page.
   * @param options - `returnPages`, and the call options (signal, timeout, headers) of every page request.
   * @returns An async generator of items (tweets, users, lists, string ids), or of item arrays with `returnPages`.
   * @throws TwythonError when `method` is not a paginated endpoint method, or a page has an unexpected shape.
   * @example
   * ```ts
   * for await (const tweet of twitter.cursor(twitter.search, { q: '#typescript' })) console.log(tweet.id_str)
   * for await (const id of twitter.cursor(twitter.getFollowersIds, { screen_name: 'twitterapi' })) console.log(id) // '102665763025846275', ...
   * for await (const page of twitter.cursor(twitter.getFollowersList, { screen_name: 'twitterapi' }, { returnPages: true })) console.log(page.length)
   * ```
   */
  cursor<P extends PaginatedParams | undefined, R>(method: PaginatedMethod<P, R>, params: NoInfer<P>, options: CursorOptions & { readonly returnPages: true }): AsyncGenerator<CursorPage<P, R>, void, undefined>
  cursor<P extends PaginatedParams | undefined, R>(method: PaginatedMethod<P, R>, params?: NoInfer<P>, options?: CursorOptions & { readonly returnPages?: false }): AsyncGenerator<CursorItem<P, R>, void, undefined>
  cursor(method: PaginatedMethod<PaginatedParams | undefined, unknown>, params?: PaginatedParams, options?: CursorOptions): AsyncGenerator<unknown, void, undefined> {
    return cursorPages(this, method, params ?? {}, options)
  }

  /**
   * Twython's `upload_video`: a chunked upload (INIT, APPEND segment by segment, FINALIZE, then STATUS
   * polling until processing ends). Reads one segment at a time, so memory does not grow with the file;
   * a failing segment is retried alone. Resolves when the media id is ready to attach.
   *
   * @param media - A file path, bytes, a Blob, or a stream (give `size` for a stream).
   * @param mediaType - The MIME type, e.g. `video/mp4`.
   * @param options - `size`, `mediaCategory` (e.g. `tweet_video`), `checkProgress` (default true),
   * `chunkSize` (default 1 MiB, at most 5 MB), `onProgress`, `signal`.
   * @throws MediaProcessingError when Twitter reports that processing failed (its error name and message are on the error).
   * @throws TwythonError when a request fails (a segment only after its retries); an abort rejects with the signal's reason.
   * @returns The FINALIZE (or last STATUS) response: `media_id_string` is the id to attach.
   * @example
   * ```ts
   * const media = await twitter.uploadVideo('./clip.mp4', 'video/mp4', { mediaCategory: 'tweet_video' })
   * await twitter.updateStatus({ status: 'a video', media_ids: [media.media_id_string] })
   * ```
   */
  uploadVideo(media: MediaInput, mediaType: string, options?: UploadVideoOptions): Promise<MediaUploadResult> {
    return uploadVideo(this.core, media, mediaType, options)
  }

  /**
   * Builds an API URL with encoded parameters (Twython's `construct_api_url`).
   * @example
   * ```ts
   * Twython.constructApiUrl('https://api.twitter.com/1.1/search/tweets.json', { q: 'python', result_type: 'popular' })
   * // 'https://api.twitter.com/1.1/search/tweets.json?q=python&result_type=popular'
   * ```
   */
  static constructApiUrl(apiUrl: string, params?: Readonly<Record<string, unknown>>): string {
    return constructApiUrl(apiUrl, params)
  }

  /**
   * Twython's `html_for_tweet`: the tweet's text as HTML, with mentions, hashtags, cashtags, urls and media
   * linked (Twython's hrefs and `twython-*` CSS classes), reply prefixes and media suffixes in their own
   * spans, and optionally the quoted tweet in a blockquote. Safe for crafted tweets: text and attributes are
   * escaped and only http(s) links are emitted.
   * @example
   * ```ts
   * const tweet = await twitter.showStatus({ id: '2104934217937846609', tweet_mode: 'extended' })
   * document.body.innerHTML = Twython.htmlForTweet(tweet, { useDisplayUrl: true, expandQuotedStatus: true })
   * ```
   */
  static htmlForTweet(tweet: HtmlTweet, options?: HtmlForTweetOptions): string {
    return htmlForTweet(tweet, options)
  }

  /** Keeps credentials out of `util.inspect` and `console.log`. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `Twython { auth: ${this.core.authKind}, api: ${this.core.hosts.api} }`
  }

  toJSON(): Record<string, unknown> {
    return { auth: this.core.authKind, apiVersion: this.core.apiVersion }
  }
}
