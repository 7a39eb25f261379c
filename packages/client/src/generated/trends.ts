// generated from spec/endpoints/trends.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import type { TrendLocation, TrendsForPlace } from './models/trends.js'

/** Parameters of `getPlaceTrends` (`get_place_trends`). */
export interface GetPlaceTrendsParams {
  /**
   * The WOEID of the location, as found with `getAvailableTrends` or `getClosestTrends`; 1 means worldwide.
   * @example 1
   */
  readonly id: number
  /**
   * Pass `hashtags` to drop hashtag trends from the result.
   * @example 'hashtags'
   */
  readonly exclude?: 'hashtags'
}

/** What `getPlaceTrends` resolves to. */
export type GetPlaceTrendsResponse = TrendsForPlace[]

/** How `get_place_trends` is called: `GET trends/place`. */
export const getPlaceTrendsRoute: Route = { id: 'get_place_trends', method: 'GET', path: 'trends/place', rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 75, per: 'app' }] }

/**
 * Read the current top trending topics (up to 50) for one location, given its WOEID.
 *
 * Each trend has its name, a search query for it and a search URL, plus its Tweet volume over the last 24 hours when Twitter has one. The response is a one-element array whose object holds the `trends`. Twitter caches the data for five minutes, so polling more often only spends rate limit.
 *
 * `GET https://api.twitter.com/1.1/trends/place.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 75 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/trends/trends-for-location/api-reference/get-trends-place
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - (required) The WOEID of the location, as found with `getAvailableTrends` or `getClosestTrends`; 1 means worldwide.
 * @param params.exclude - Pass `hashtags` to drop hashtag trends from the result.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `TrendsForPlace`, each one the current trending topics for one location; `trends/place` returns an array with one of these.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getPlaceTrends(core, { id: 1 })
 * ```
 */
export function getPlaceTrends(core: BaseCore, params: GetPlaceTrendsParams, options?: CallOptions): Promise<GetPlaceTrendsResponse> {
  return callV1(core, getPlaceTrendsRoute, params, options)
}

/** Parameters of `getAvailableTrends` (`get_available_trends`). */
export interface GetAvailableTrendsParams {
}

/** What `getAvailableTrends` resolves to. */
export type GetAvailableTrendsResponse = TrendLocation[]

/** How `get_available_trends` is called: `GET trends/available`. */
export const getAvailableTrendsRoute: Route = { id: 'get_available_trends', method: 'GET', path: 'trends/available', rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 75, per: 'app' }] }

/**
 * List every location for which Twitter has trending-topic data.
 *
 * Each location carries its WOEID, a readable name and the country it belongs to; pass the WOEID to `getPlaceTrends`.
 *
 * `GET https://api.twitter.com/1.1/trends/available.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 75 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/trends/locations-with-trending-topics/api-reference/get-trends-available
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `TrendLocation`, each one a location with trending topics, as `trends/available` and `trends/closest` list it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getAvailableTrends(core)
 * ```
 */
export function getAvailableTrends(core: BaseCore, params: GetAvailableTrendsParams = {}, options?: CallOptions): Promise<GetAvailableTrendsResponse> {
  return callV1(core, getAvailableTrendsRoute, params, options)
}

/** Parameters of `getClosestTrends` (`get_closest_trends`). */
export interface GetClosestTrendsParams {
  /**
   * Latitude of the reference point, from -90.0 to +90.0 with north positive; used together with `long`.
   * @example 37.781157
   */
  readonly lat: number
  /**
   * Longitude of the reference point, from -180.0 to +180.0 with east positive; used together with `lat`.
   * @example -122.400612831116
   */
  readonly long: number
}

/** What `getClosestTrends` resolves to. */
export type GetClosestTrendsResponse = TrendLocation[]

/** How `get_closest_trends` is called: `GET trends/closest`. */
export const getClosestTrendsRoute: Route = { id: 'get_closest_trends', method: 'GET', path: 'trends/closest', rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 75, per: 'app' }] }

/**
 * List the locations with trending-topic data nearest to a latitude and longitude.
 *
 * Locations are sorted from nearest to farthest and carry the same fields as `getAvailableTrends`; pass a WOEID to `getPlaceTrends`.
 *
 * `GET https://api.twitter.com/1.1/trends/closest.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 75 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/trends/locations-with-trending-topics/api-reference/get-trends-closest
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.lat - (required) Latitude of the reference point, from -90.0 to +90.0 with north positive; used together with `long`.
 * @param params.long - (required) Longitude of the reference point, from -180.0 to +180.0 with east positive; used together with `lat`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `TrendLocation`, each one a location with trending topics, as `trends/available` and `trends/closest` list it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getClosestTrends(core, { lat: 37.781157, long: -122.400612831116 })
 * ```
 */
export function getClosestTrends(core: BaseCore, params: GetClosestTrendsParams, options?: CallOptions): Promise<GetClosestTrendsResponse> {
  return callV1(core, getClosestTrendsRoute, params, options)
}
