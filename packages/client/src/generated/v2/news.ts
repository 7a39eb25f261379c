// generated from spec/v2/news.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2 } from '@twython/runtime/v2/call'
import type { GetNewsResponse, SearchNewsResponse } from './models/news.js'
import type { NewsField } from './parameters.js'
import type { GetNewsFieldsParams, GetNewsParams, SearchNewsFieldsParams, SearchNewsParams } from './params/news.js'

export type { GetNewsFieldsParams, GetNewsParams, SearchNewsFieldsParams, SearchNewsParams } from './params/news.js'

/** How `getNews` is called: `GET /2/news/{id}`. */
export const getNewsRoute: Route = { id: 'getNews', method: 'GET', host: 'v2', path: '/2/news/{id}', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 200, per: 'app' }] }

/**
 * Look up one news story by its id.
 *
 * `GET https://api.x.com/2/news/{id}` (X operation `getNews`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 200 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/news/get-news-stories-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the news story.
 * @param params.news.fields - News story fields to return beyond the defaults, given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetNewsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getNews(core, { id: '20' })
 * ```
 */
export function getNews<F extends NewsField>(core: BaseCore, params: GetNewsFieldsParams<F>, options?: CallOptions): Promise<GetNewsResponse<F>>

/**
 * Look up one news story by its id.
 *
 * `GET https://api.x.com/2/news/{id}` (X operation `getNews`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 200 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/news/get-news-stories-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the news story.
 * @param params.news.fields - News story fields to return beyond the defaults, given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetNewsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getNews(core, { id: '20' })
 * ```
 */
export function getNews(core: BaseCore, params: GetNewsParams, options?: CallOptions): Promise<GetNewsResponse>
export function getNews(core: BaseCore, params: GetNewsParams, options?: CallOptions): Promise<GetNewsResponse> {
  return callV2(core, getNewsRoute, params, options)
}

/** How `searchNews` is called: `GET /2/news/search`. */
export const searchNewsRoute: Route = { id: 'searchNews', method: 'GET', host: 'v2', path: '/2/news/search', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 200, per: 'user' }, { windowSeconds: 900, limit: 200, per: 'app' }] }

/**
 * Search the news stories X has compiled for those that match a query.
 *
 * `GET https://api.x.com/2/news/search` (X operation `searchNews`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 200 per user and 200 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/news/search-news
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.query - (required) The words to search the stories for.
 * @param params.max_results - The most stories to return, 1 to 100 (10 when left out).
 * @param params.max_age_hours - How far back to look, in hours, 1 to 720 (168, one week, when left out).
 * @param params.news.fields - News story fields to return beyond the defaults, given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchNewsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchNews(core, { query: 'from:twitterapi' })
 * ```
 */
export function searchNews<F extends NewsField>(core: BaseCore, params: SearchNewsFieldsParams<F>, options?: CallOptions): Promise<SearchNewsResponse<F>>

/**
 * Search the news stories X has compiled for those that match a query.
 *
 * `GET https://api.x.com/2/news/search` (X operation `searchNews`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 200 per user and 200 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/news/search-news
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.query - (required) The words to search the stories for.
 * @param params.max_results - The most stories to return, 1 to 100 (10 when left out).
 * @param params.max_age_hours - How far back to look, in hours, 1 to 720 (168, one week, when left out).
 * @param params.news.fields - News story fields to return beyond the defaults, given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchNewsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchNews(core, { query: 'from:twitterapi' })
 * ```
 */
export function searchNews(core: BaseCore, params: SearchNewsParams, options?: CallOptions): Promise<SearchNewsResponse>
export function searchNews(core: BaseCore, params: SearchNewsParams, options?: CallOptions): Promise<SearchNewsResponse> {
  return callV2(core, searchNewsRoute, params, options)
}
