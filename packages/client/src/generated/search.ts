// generated from spec/endpoints/search.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, PAGINATION, Paging, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import type { SearchResults } from './models/search.js'

/** Parameters of `search` (`search`). */
export interface SearchParams {
  /**
   * The search query, operators included, at most 500 characters (the client percent-encodes it). Very complex queries may be refused.
   * @example 'emulator'
   */
  readonly q: string
  /**
   * Only Tweets from users near a point, written `latitude,longitude,radius` with the radius in `mi` or `km`. Twitter uses the Tweet's geotag when there is one and otherwise the user's profile location.
   * @example '37.781157,-122.398720,1mi'
   */
  readonly geocode?: string
  /**
   * Only Tweets detected (on a best-effort basis) as this ISO 639-1 language.
   * @example 'en'
   */
  readonly lang?: string
  /**
   * The language the query itself is written in; only `ja` has any effect. Normally leave it out.
   * @example 'ja'
   */
  readonly locale?: string
  /**
   * Which Tweets to prefer: `recent` for the newest only, `popular` for the most popular only, `mixed` (the default) for both.
   * @defaultValue 'mixed'
   */
  readonly result_type?: 'mixed' | 'recent' | 'popular'
  /**
   * The most Tweets to return per page, up to 100 (15 when left out).
   * @defaultValue 15
   * @example 100
   */
  readonly count?: number
  /**
   * Only Tweets created before this date, written `YYYY-MM-DD`. Dates more than about a week back find nothing, because of the index's seven-day window.
   * @example '2015-07-19'
   */
  readonly until?: string
  /**
   * Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
   * @example '2104934217937846609'
   */
  readonly since_id?: string | bigint
  /**
   * Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
   * @example '2104934217937846609'
   */
  readonly max_id?: string | bigint
  /** Set to false to leave the `entities` node out of every Tweet. */
  readonly include_entities?: boolean
  /**
   * `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @defaultValue 'compat'
   */
  readonly tweet_mode?: 'compat' | 'extended'
  /** Marks `search` as paginated for `cursor()` (search over `statuses`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'search', 'statuses'>
}

/** What `search` resolves to. */
export type SearchResponse = SearchResults

/** How `search` is called: `GET search/tweets`. */
export const searchRoute: Route = { id: 'search', method: 'GET', path: 'search/tweets', paginate: { style: 'search', items: 'statuses' }, rateLimits: [{ windowSeconds: 900, limit: 180, per: 'user' }, { windowSeconds: 900, limit: 450, per: 'app' }] }

/**
 * Find recent Tweets that match a search query.
 *
 * The standard index covers roughly the last seven days and is not complete: not every Tweet is searchable. The response is an object with the Tweets in `statuses` and paging data in `search_metadata`; the iterator follows `search_metadata.next_results`. The query may use Twitter's search operators (`from:`, `#tag`, `-filter:retweets`, ...).
 *
 * `GET https://api.twitter.com/1.1/search/tweets.json` · Auth: user context or app-only bearer token. Rate limit: 180 per user, 450 per app every 15 minutes.
 *
 * Paginated (search_metadata.next_results): `for await (const item of twitter.cursor(twitter.search, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/search/api-reference/get-search-tweets
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.q - (required) The search query, operators included, at most 500 characters (the client percent-encodes it). Very complex queries may be refused.
 * @param params.geocode - Only Tweets from users near a point, written `latitude,longitude,radius` with the radius in `mi` or `km`. Twitter uses the Tweet's geotag when there is one and otherwise the user's profile location.
 * @param params.lang - Only Tweets detected (on a best-effort basis) as this ISO 639-1 language.
 * @param params.locale - The language the query itself is written in; only `ja` has any effect. Normally leave it out.
 * @param params.result_type - Which Tweets to prefer: `recent` for the newest only, `popular` for the most popular only, `mixed` (the default) for both.
 * @param params.count - The most Tweets to return per page, up to 100 (15 when left out).
 * @param params.until - Only Tweets created before this date, written `YYYY-MM-DD`. Dates more than about a week back find nothing, because of the index's seven-day window.
 * @param params.since_id - Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
 * @param params.max_id - Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
 * @param params.include_entities - Set to false to leave the `entities` node out of every Tweet.
 * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns One page of matching Tweets in `statuses`, and in `search_metadata` what the next page needs.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await search(core, { q: '#typescript', count: 20 })
 * ```
 */
export function search(core: BaseCore, params: SearchParams, options?: CallOptions): Promise<SearchResponse> {
  return callV1(core, searchRoute, params, options)
}
