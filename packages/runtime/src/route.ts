/**
 * What the generator emits for each endpoint: a plain description of the HTTP call that the runtime
 * knows how to make. The runtime knows nothing of individual endpoints beyond this.
 */

export type HttpMethod = 'GET' | 'POST' | 'DELETE'

/** How `cursor()` pages an endpoint (Twython's `iter_mode`, `iter_key` and `iter_metadata`). */
export interface Pagination {
  /** `cursor`: follow `next_cursor_str`; `max_id`: ask for ids below the last one; `search`: follow `search_metadata.next_results`. */
  readonly style: 'cursor' | 'max_id' | 'search'
  /** The key of the item array in the response; absent when the response is the array. */
  readonly items?: string
}

export interface Route {
  /** Twython's name of the endpoint, e.g. `update_status`. */
  readonly id: string
  readonly method: HttpMethod
  /** Path under the API version, without `.json`, with `:name` placeholders, e.g. `statuses/show/:id`. */
  readonly path: string
  /** `api` (default) or `upload`. */
  readonly host?: 'api' | 'upload'
  /** `false` when the path sits at the host root with no version and no `.json` (e.g. `oauth2/invalidate_token`). */
  readonly versioned?: boolean
  /** `user` (OAuth 1.0a user context), `any` (user or app-only bearer, default), `app` (the app's key and secret over Basic). */
  readonly auth?: 'user' | 'any' | 'app'
  /** POST body encoding; `form` by default. */
  readonly encoding?: 'form' | 'json' | 'multipart'
  /** Parameters that carry file content (sent as multipart parts). */
  readonly files?: readonly string[]
  readonly paginate?: Pagination
}
