// generated from spec/endpoints/geo.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import type { Place, PlaceSearchResult } from './models/places.js'

/** Parameters of `getGeoInfo` (`get_geo_info`). */
export interface GetGeoInfoParams {
  /**
   * The place's id, a hexadecimal string such as the `id` of a Place returned by `reverseGeocode` or `searchGeo` (not a numeric id).
   * @example '5a110d312052166f'
   */
  readonly place_id: string
}

/** What `getGeoInfo` resolves to. */
export type GetGeoInfoResponse = Place

/** How `get_geo_info` is called: `GET geo/id/:place_id`. */
export const getGeoInfoRoute: Route = { id: 'get_geo_info', method: 'GET', path: 'geo/id/:place_id', auth: 'user', rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }] }

/**
 * Read everything Twitter knows about one place, given its place id.
 *
 * `GET https://api.twitter.com/1.1/geo/id/:place_id.json` · Auth: OAuth 1.0a user context. Rate limit: 75 per user every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/geo/place-information/api-reference/get-geo-id-place_id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.place_id - (required) The place's id, a hexadecimal string such as the `id` of a Place returned by `reverseGeocode` or `searchGeo` (not a numeric id).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `Place`: a named location, from a neighborhood up to a country. Tweets carry a trimmed version; `geo/id/:place_id` and the geo searches add the enclosing places and more detail.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getGeoInfo(core, { place_id: '5a110d312052166f' })
 * ```
 */
export function getGeoInfo(core: BaseCore, params: GetGeoInfoParams, options?: CallOptions): Promise<GetGeoInfoResponse> {
  return callV1(core, getGeoInfoRoute, params, options)
}

/** Parameters of `reverseGeocode` (`reverse_geocode`). */
export interface ReverseGeocodeParams {
  /**
   * Latitude of the point to search around, from -90.0 to +90.0 with north positive; ignored without `long`.
   * @example 37.7821120598956
   */
  readonly lat: number
  /**
   * Longitude of the point to search around, from -180.0 to +180.0 with east positive; ignored when out of range, not a number, or sent without `lat`.
   * @example -122.400612831116
   */
  readonly long: number
  /**
   * How uncertain the position is, which widens the search area: a plain number is a radius in meters, a number followed by `ft` is in feet. Zero meters unless set; a device would normally pass the accuracy of its own location fix.
   * @defaultValue '0m'
   * @example '500ft'
   */
  readonly accuracy?: string
  /**
   * The smallest kind of place to return; `city`, for instance, also yields admin areas and countries but no neighborhoods. `neighborhood` unless set.
   * @defaultValue 'neighborhood'
   * @example 'city'
   */
  readonly granularity?: 'neighborhood' | 'city' | 'admin' | 'country'
  /**
   * Suggested number of places to return. Twitter treats it as a hint, not a guarantee; ask for about as many as you mean to show.
   * @example 3
   */
  readonly max_results?: number
}

/** What `reverseGeocode` resolves to. */
export type ReverseGeocodeResponse = PlaceSearchResult

/** How `reverse_geocode` is called: `GET geo/reverse_geocode`. */
export const reverseGeocodeRoute: Route = { id: 'reverse_geocode', method: 'GET', path: 'geo/reverse_geocode', auth: 'user', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Find up to 20 places around a latitude and longitude that can be used as a Tweet's place_id.
 *
 * Gives general-purpose geographic results without tailoring them to the user; for letting a person pick where they are, `searchGeo` is the better choice. The places are in `result.places` of the response.
 *
 * `GET https://api.twitter.com/1.1/geo/reverse_geocode.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/geo/places-near-location/api-reference/get-geo-reverse_geocode
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.lat - (required) Latitude of the point to search around, from -90.0 to +90.0 with north positive; ignored without `long`.
 * @param params.long - (required) Longitude of the point to search around, from -180.0 to +180.0 with east positive; ignored when out of range, not a number, or sent without `lat`.
 * @param params.accuracy - How uncertain the position is, which widens the search area: a plain number is a radius in meters, a number followed by `ft` is in feet. Zero meters unless set; a device would normally pass the accuracy of its own location fix.
 * @param params.granularity - The smallest kind of place to return; `city`, for instance, also yields admin areas and countries but no neighborhoods. `neighborhood` unless set.
 * @param params.max_results - Suggested number of places to return. Twitter treats it as a hint, not a guarantee; ask for about as many as you mean to show.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `PlaceSearchResult`: what `geo/search`, `geo/reverse_geocode` and `geo/similar_places` return: an echo of the query and the places found.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await reverseGeocode(core, { lat: 30.2673701685, long: -97.7426147461 })
 * ```
 */
export function reverseGeocode(core: BaseCore, params: ReverseGeocodeParams, options?: CallOptions): Promise<ReverseGeocodeResponse> {
  return callV1(core, reverseGeocodeRoute, params, options)
}

/** Parameters of `searchGeo` (`search_geo`). */
export interface SearchGeoParams {
  /**
   * Latitude to search around, from -90.0 to +90.0 with north positive. Must be paired with `long`; ignored otherwise.
   * @example 37.7821120598956
   */
  readonly lat?: number
  /**
   * Longitude to search around, from -180.0 to +180.0 with east positive. Must be paired with `lat`; ignored when out of range or not a number.
   * @example -122.400612831116
   */
  readonly long?: number
  /**
   * Free text matched against place names, handy for finding a nearby place by what it is called. Pass it as plain text; the client percent-encodes it.
   * @example 'amara_writes HQ'
   */
  readonly query?: string
  /**
   * An IP address whose approximate location is used as the search center.
   * @example '74.125.19.104'
   */
  readonly ip?: string
  /**
   * The smallest kind of place to return; `city`, for instance, also yields admin areas and countries but no neighborhoods. `neighborhood` unless set.
   * @defaultValue 'neighborhood'
   * @example 'city'
   */
  readonly granularity?: 'neighborhood' | 'city' | 'admin' | 'country'
  /**
   * How uncertain the position is, which widens the search area: a plain number is a radius in meters, a number followed by `ft` is in feet. Zero meters unless set.
   * @defaultValue '0m'
   * @example '500ft'
   */
  readonly accuracy?: string
  /**
   * Suggested number of places to return. Twitter treats it as a hint, not a guarantee; ask for about as many as you mean to show.
   * @example 3
   */
  readonly max_results?: number
  /**
   * A place id; only places inside that place are returned (for example `5a110d312052166f` limits the search to San Francisco, CA).
   * @example '247f43d441defc03'
   */
  readonly contained_within?: string
  /**
   * A street address to match the place against (one of the place attributes Twitter accepted as `attribute:<name>` parameters).
   * @example '795 Folsom St'
   */
  readonly 'attribute:street_address'?: string
}

/** What `searchGeo` resolves to. */
export type SearchGeoResponse = PlaceSearchResult

/** How `search_geo` is called: `GET geo/search`. */
export const searchGeoRoute: Route = { id: 'search_geo', method: 'GET', path: 'geo/search', auth: 'user', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Search for places to attach to a new Tweet, by coordinates, IP address or free-text name.
 *
 * Pass at least one of `lat` and `long` (always as a pair), `ip` or `query`. Unlike `reverseGeocode`, the order of results may be adjusted for the authenticating user, which makes this the call to use when a person picks a place interactively; send the chosen place's `id` as `place_id` when posting the Tweet. The places are in `result.places` of the response.
 *
 * `GET https://api.twitter.com/1.1/geo/search.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/geo/places-near-location/api-reference/get-geo-search
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.lat - Latitude to search around, from -90.0 to +90.0 with north positive. Must be paired with `long`; ignored otherwise.
 * @param params.long - Longitude to search around, from -180.0 to +180.0 with east positive. Must be paired with `lat`; ignored when out of range or not a number.
 * @param params.query - Free text matched against place names, handy for finding a nearby place by what it is called. Pass it as plain text; the client percent-encodes it.
 * @param params.ip - An IP address whose approximate location is used as the search center.
 * @param params.granularity - The smallest kind of place to return; `city`, for instance, also yields admin areas and countries but no neighborhoods. `neighborhood` unless set.
 * @param params.accuracy - How uncertain the position is, which widens the search area: a plain number is a radius in meters, a number followed by `ft` is in feet. Zero meters unless set.
 * @param params.max_results - Suggested number of places to return. Twitter treats it as a hint, not a guarantee; ask for about as many as you mean to show.
 * @param params.contained_within - A place id; only places inside that place are returned (for example `5a110d312052166f` limits the search to San Francisco, CA).
 * @param params.attribute:street_address - A street address to match the place against (one of the place attributes Twitter accepted as `attribute:<name>` parameters).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `PlaceSearchResult`: what `geo/search`, `geo/reverse_geocode` and `geo/similar_places` return: an echo of the query and the places found.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await searchGeo(core, { query: 'Twitter HQ' })
 * ```
 */
export function searchGeo(core: BaseCore, params: SearchGeoParams = {}, options?: CallOptions): Promise<SearchGeoResponse> {
  return callV1(core, searchGeoRoute, params, options)
}

/** Parameters of `getSimilarPlaces` (`get_similar_places`). */
export interface GetSimilarPlacesParams {
  /**
   * Latitude of the spot, from -90.0 to +90.0 with north positive; ignored without `long`.
   * @example 37.7821120598956
   */
  readonly lat: number
  /**
   * Longitude of the spot, from -180.0 to +180.0 with east positive; ignored when out of range or without `lat`.
   * @example -122.400612831116
   */
  readonly long: number
  /**
   * The name the place goes by, which results are compared against.
   * @example 'South of Market Child Care'
   */
  readonly name: string
  /**
   * A place id; only places inside that place are considered.
   * @example '5a110d312052166f'
   */
  readonly contained_within?: string
  /**
   * A street address to match the place against (one of the place attributes Twitter accepted as `attribute:<name>` parameters).
   * @example '795 Folsom St'
   */
  readonly 'attribute:street_address'?: string
}

/** What `getSimilarPlaces` resolves to. */
export type GetSimilarPlacesResponse = PlaceSearchResult

/** How `get_similar_places` is called: `GET geo/similar_places`. */
export const getSimilarPlacesRoute: Route = { id: 'get_similar_places', method: 'GET', path: 'geo/similar_places', auth: 'user', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Find known places near a coordinate whose names resemble a given name.
 *
 * The first step before creating a place: check whether it already exists. Besides the matching places (in `result.places`), the response carries a `token` that `createPlace` requires if none of them is the place you meant.
 *
 * This endpoint is no longer in Twitter's developer.twitter.com reference; the link is the archived dev.twitter.com page. Its JSONP `callback` parameter is left out: it does not apply to this client.
 *
 * `GET https://api.twitter.com/1.1/geo/similar_places.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Reference: https://dev.twitter.com/docs/api/1.1/get/geo/similar_places
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.lat - (required) Latitude of the spot, from -90.0 to +90.0 with north positive; ignored without `long`.
 * @param params.long - (required) Longitude of the spot, from -180.0 to +180.0 with east positive; ignored when out of range or without `lat`.
 * @param params.name - (required) The name the place goes by, which results are compared against.
 * @param params.contained_within - A place id; only places inside that place are considered.
 * @param params.attribute:street_address - A street address to match the place against (one of the place attributes Twitter accepted as `attribute:<name>` parameters).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `PlaceSearchResult`: what `geo/search`, `geo/reverse_geocode` and `geo/similar_places` return: an echo of the query and the places found.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getSimilarPlaces(core, { lat: 37.7821120598956, long: -122.400612831116, name: 'South of Market Child Care' })
 * ```
 */
export function getSimilarPlaces(core: BaseCore, params: GetSimilarPlacesParams, options?: CallOptions): Promise<GetSimilarPlacesResponse> {
  return callV1(core, getSimilarPlacesRoute, params, options)
}

/** Parameters of `createPlace` (`create_place`). */
export interface CreatePlaceParams {
  /**
   * The name the new place goes by.
   * @example 'amara_writes HQ'
   */
  readonly name: string
  /**
   * Id of an existing place that encloses the new one (for example its city).
   * @example '5a110d312052166f'
   */
  readonly contained_within: string
  /**
   * The `token` from the `getSimilarPlaces` response for the same coordinates and name.
   * @example '22ff5b1f7159032cf69218c4d8bb78bc'
   */
  readonly token: string
  /**
   * Latitude of the new place, from -90.0 to +90.0 with north positive.
   * @example 37.7821120598956
   */
  readonly lat: number
  /**
   * Longitude of the new place, from -180.0 to +180.0 with east positive.
   * @example -122.400612831116
   */
  readonly long: number
  /**
   * A street address to match the place against (one of the place attributes Twitter accepted as `attribute:<name>` parameters).
   * @example '795 Folsom St'
   */
  readonly 'attribute:street_address'?: string
}

/** What `createPlace` resolves to. */
export type CreatePlaceResponse = Place

/** How `create_place` is called: `POST geo/place`. */
export const createPlaceRoute: Route = { id: 'create_place', method: 'POST', path: 'geo/place', auth: 'user' }

/**
 * Create a new place at a latitude and longitude, using a token from `getSimilarPlaces`.
 *
 * Call `getSimilarPlaces` with the same coordinates and name first; if the place is not among its results, pass that response's `token` here to create it.
 *
 * Twitter dropped this endpoint from its v1.1 reference and it is not known to work any more; the link is the archived dev.twitter.com page. Its JSONP `callback` parameter is left out: it does not apply to this client.
 *
 * `POST https://api.twitter.com/1.1/geo/place.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://dev.twitter.com/docs/api/1.1/post/geo/place
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.name - (required) The name the new place goes by.
 * @param params.contained_within - (required) Id of an existing place that encloses the new one (for example its city).
 * @param params.token - (required) The `token` from the `getSimilarPlaces` response for the same coordinates and name.
 * @param params.lat - (required) Latitude of the new place, from -90.0 to +90.0 with north positive.
 * @param params.long - (required) Longitude of the new place, from -180.0 to +180.0 with east positive.
 * @param params.attribute:street_address - A street address to match the place against (one of the place attributes Twitter accepted as `attribute:<name>` parameters).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `Place`: a named location, from a neighborhood up to a country. Tweets carry a trimmed version; `geo/id/:place_id` and the geo searches add the enclosing places and more detail.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @deprecated Retired by Twitter (no longer part of the v1.1 reference); kept only because Twython 3.4.0 exposes it. Attach an existing place found with `searchGeo` instead.
 * @example
 * ```ts
 * const result = await createPlace(core, { name: 'amara_writes HQ', contained_within: '5a110d312052166f', token: '22ff5b1f7159032cf69218c4d8bb78bc', lat: 37.7821120598956, long: -122.400612831116 })
 * ```
 */
export function createPlace(core: BaseCore, params: CreatePlaceParams, options?: CallOptions): Promise<CreatePlaceResponse> {
  return callV1(core, createPlaceRoute, params, options)
}
