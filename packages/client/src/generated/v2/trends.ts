// generated from spec/v2/trends.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2 } from '@twython/runtime/v2/call'
import type { GetPersonalizedTrendsResponse, GetTrendsResponse } from './models/trends.js'
import type { TrendField } from './parameters.js'
import type { GetPersonalizedTrendsParams, GetTrendsFieldsParams, GetTrendsParams } from './params/trends.js'

export type { GetPersonalizedTrendsParams, GetTrendsFieldsParams, GetTrendsParams } from './params/trends.js'

/** How `getPersonalizedTrends` is called: `GET /2/users/personalized_trends`. */
export const getPersonalizedTrendsRoute: Route = { id: 'getTrendsPersonalizedTrends', method: 'GET', host: 'v2', path: '/2/users/personalized_trends', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 10, per: 'user' }, { windowSeconds: 900, limit: 200, per: 'app' }, { windowSeconds: 86400, limit: 100, per: 'user' }, { windowSeconds: 86400, limit: 200, per: 'app' }] }

/**
 * Get the trends X picks for the authenticated user, as shown in their Explore tab.
 *
 * `GET https://api.x.com/2/users/personalized_trends` (X operation `getTrendsPersonalizedTrends`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 10 per user and 200 per app every 15 minutes; 100 per user and 200 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/trends/get-personalized-trends
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.personalized_trend.fields - Trend fields to return beyond the defaults, given as an array (`category`, `post_count`, `trend_name`, `trending_since`).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetPersonalizedTrendsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getPersonalizedTrends(core)
 * ```
 */
export function getPersonalizedTrends(core: BaseCore, params: GetPersonalizedTrendsParams = {}, options?: CallOptions): Promise<GetPersonalizedTrendsResponse> {
  return callV2(core, getPersonalizedTrendsRoute, params, options)
}

/** How `getTrends` is called: `GET /2/trends/by/woeid/{woeid}`. */
export const getTrendsRoute: Route = { id: 'getTrendsByWoeid', method: 'GET', host: 'v2', path: '/2/trends/by/woeid/{woeid}', security: [{ scheme: 'oauth2_user', scopes: [] }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 75, per: 'app' }] }

/**
 * Get the current trends for a place, given by its WOEID.
 *
 * `GET https://api.x.com/2/trends/by/woeid/{woeid}` (X operation `getTrendsByWoeid`) · Auth: OAuth 2.0 user token or app-only bearer token.
 *
 * Rate limit: 75 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/trends/get-trends-by-woeid
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.woeid - (required) The Yahoo! Where On Earth ID of the place, such as 1 for the whole world or 23424977 for the United States.
 * @param params.max_trends - The most trends to return, 1 to 50 (20 when left out).
 * @param params.trend.fields - Trend fields to return, given as an array (`trend_name`, `tweet_count`).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetTrendsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getTrends(core, { woeid: 10 })
 * ```
 */
export function getTrends<F extends TrendField>(core: BaseCore, params: GetTrendsFieldsParams<F>, options?: CallOptions): Promise<GetTrendsResponse<F>>

/**
 * Get the current trends for a place, given by its WOEID.
 *
 * `GET https://api.x.com/2/trends/by/woeid/{woeid}` (X operation `getTrendsByWoeid`) · Auth: OAuth 2.0 user token or app-only bearer token.
 *
 * Rate limit: 75 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/trends/get-trends-by-woeid
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.woeid - (required) The Yahoo! Where On Earth ID of the place, such as 1 for the whole world or 23424977 for the United States.
 * @param params.max_trends - The most trends to return, 1 to 50 (20 when left out).
 * @param params.trend.fields - Trend fields to return, given as an array (`trend_name`, `tweet_count`).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetTrendsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getTrends(core, { woeid: 10 })
 * ```
 */
export function getTrends(core: BaseCore, params: GetTrendsParams, options?: CallOptions): Promise<GetTrendsResponse>
export function getTrends(core: BaseCore, params: GetTrendsParams, options?: CallOptions): Promise<GetTrendsResponse> {
  return callV2(core, getTrendsRoute, params, options)
}
