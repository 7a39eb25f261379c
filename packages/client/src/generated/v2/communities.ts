// generated from spec/v2/communities.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2 } from '@twython/runtime/v2/call'
import type { GetCommunityResponse, SearchCommunitiesResponse } from './models/communities.js'
import type { CommunityField } from './parameters.js'
import type { GetCommunityFieldsParams, GetCommunityParams, SearchCommunitiesFieldsParams, SearchCommunitiesParams } from './params/communities.js'

export type { GetCommunityFieldsParams, GetCommunityParams, SearchCommunitiesFieldsParams, SearchCommunitiesParams } from './params/communities.js'

/** How `getCommunity` is called: `GET /2/communities/{id}`. */
export const getCommunityRoute: Route = { id: 'getCommunitiesById', method: 'GET', host: 'v2', path: '/2/communities/{id}', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'list.read', 'tweet.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }] }

/**
 * Look up one Community by its id.
 *
 * `GET https://api.x.com/2/communities/{id}` (X operation `getCommunitiesById`) · Auth: OAuth 2.0 user token (scopes `users.read`, `list.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/communities/get-community-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the Community.
 * @param params.community.fields - Community fields to return beyond the defaults (id and name), given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetCommunityResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getCommunity(core, { id: '20' })
 * ```
 */
export function getCommunity<F extends CommunityField>(core: BaseCore, params: GetCommunityFieldsParams<F>, options?: CallOptions): Promise<GetCommunityResponse<F>>

/**
 * Look up one Community by its id.
 *
 * `GET https://api.x.com/2/communities/{id}` (X operation `getCommunitiesById`) · Auth: OAuth 2.0 user token (scopes `users.read`, `list.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/communities/get-community-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the Community.
 * @param params.community.fields - Community fields to return beyond the defaults (id and name), given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetCommunityResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getCommunity(core, { id: '20' })
 * ```
 */
export function getCommunity(core: BaseCore, params: GetCommunityParams, options?: CallOptions): Promise<GetCommunityResponse>
export function getCommunity(core: BaseCore, params: GetCommunityParams, options?: CallOptions): Promise<GetCommunityResponse> {
  return callV2(core, getCommunityRoute, params, options)
}

/** How `searchCommunities` is called: `GET /2/communities/search`. */
export const searchCommunitiesRoute: Route = { id: 'searchCommunities', method: 'GET', host: 'v2', path: '/2/communities/search', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }], paginate: { style: 'next_token', token: 'next_token', items: 'data' } }

/**
 * Search Communities by words in their names.
 *
 * `GET https://api.x.com/2/communities/search` (X operation `searchCommunities`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `next_token`): `for await (const item of twitter.cursor(twitter.v2.searchCommunities, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/communities/search-communities
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.query - (required) The words to look for in Community names.
 * @param params.max_results - The most Communities to return per page, 10 to 100 (10 when left out).
 * @param params.next_token - The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.community.fields - Community fields to return beyond the defaults (id and name), given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchCommunitiesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchCommunities(core, { query: 'from:twitterapi' })
 * ```
 */
export function searchCommunities<F extends CommunityField>(core: BaseCore, params: SearchCommunitiesFieldsParams<F>, options?: CallOptions): Promise<SearchCommunitiesResponse<F>>

/**
 * Search Communities by words in their names.
 *
 * `GET https://api.x.com/2/communities/search` (X operation `searchCommunities`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `next_token`): `for await (const item of twitter.cursor(twitter.v2.searchCommunities, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/communities/search-communities
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.query - (required) The words to look for in Community names.
 * @param params.max_results - The most Communities to return per page, 10 to 100 (10 when left out).
 * @param params.next_token - The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.community.fields - Community fields to return beyond the defaults (id and name), given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchCommunitiesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchCommunities(core, { query: 'from:twitterapi' })
 * ```
 */
export function searchCommunities(core: BaseCore, params: SearchCommunitiesParams, options?: CallOptions): Promise<SearchCommunitiesResponse>
export function searchCommunities(core: BaseCore, params: SearchCommunitiesParams, options?: CallOptions): Promise<SearchCommunitiesResponse> {
  return callV2(core, searchCommunitiesRoute, params, options)
}
