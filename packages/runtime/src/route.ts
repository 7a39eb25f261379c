/**
 * What the generator emits for each endpoint: a plain description of the HTTP call that the runtime
 * knows how to make. The runtime knows nothing of individual endpoints beyond this.
 */

export type HttpMethod = 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH'

/** How `cursor()` pages an endpoint (Twython's `iter_mode`, `iter_key` and `iter_metadata`). */
export interface Pagination {
  /**
   * `cursor`: follow `next_cursor_str`; `max_id`: ask for ids below the last one; `search`: follow
   * `search_metadata.next_results`; `next_token` (X API v2): send `meta.next_token` back as `token`.
   */
  readonly style: 'cursor' | 'max_id' | 'search' | 'next_token'
  /** `next_token` style: the request parameter that takes `meta.next_token` (`pagination_token` or `next_token`). */
  readonly token?: string
  /** The key of the item array in the response; absent when the response is the array. */
  readonly items?: string
}

export interface Route {
  /** Twython's name of the endpoint, e.g. `update_status`. */
  readonly id: string
  readonly method: HttpMethod
  /** Path under the API version, without `.json`, with `:name` placeholders, e.g. `statuses/show/:id`. */
  readonly path: string
  /** `api` (default), `upload`, or `v2` (X API v2: the path is absolute, e.g. `/2/tweets/{id}`). */
  readonly host?: 'api' | 'upload' | 'v2'
  /** `false` when the path sits at the host root with no version and no `.json` (e.g. `oauth2/invalidate_token`). */
  readonly versioned?: boolean
  /** `user` (OAuth 1.0a user context), `any` (user or app-only bearer, default), `app` (the app's key and secret over Basic). */
  readonly auth?: 'user' | 'any' | 'app'
  /** POST body encoding; `form` by default. */
  readonly encoding?: 'form' | 'json' | 'multipart'
  /** Parameters that carry file content (sent as multipart parts). */
  readonly files?: readonly string[]
  readonly paginate?: Pagination
  /**
   * Rate-limit windows the operation belongs to, from the spec (seeds for the client's budget; the
   * response headers correct them).
   */
  readonly rateLimits?: readonly RouteRateLimit[]
  /**
   * X API v2 only: the security alternatives the operation accepts (any one suffices), from X's OpenAPI
   * `security`. Absent on v1.1 routes, which use `auth`.
   */
  readonly security?: readonly RouteSecurity[]
  /**
   * X API v2 only, on operations with a body (and streams): the names of the parameters that travel in the
   * query string; the rest of the non-path parameters form the body. Without a body, every non-path
   * parameter goes in the query, so the generator leaves this out.
   */
  readonly query?: readonly string[]
  /** X API v2 only: the operation answers with a long-lived stream of messages. */
  readonly stream?: boolean
}

/** One rate-limit window of a route. */
export interface RouteRateLimit {
  /** Window length in seconds (900 for 15 minutes, 86400 for 24 hours, 1 for per second). */
  readonly windowSeconds: number
  /** Requests allowed in one window. */
  readonly limit: number
  /** Counted per user token or per app. */
  readonly per: 'user' | 'app'
}

/** One way of authorising an X API v2 call. */
export type RouteSecurity =
  | { readonly scheme: 'oauth1_user' }
  | { readonly scheme: 'bearer' }
  | { readonly scheme: 'oauth2_user'; readonly scopes: readonly string[] }
