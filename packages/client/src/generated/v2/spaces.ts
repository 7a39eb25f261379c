// generated from spec/v2/spaces.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2 } from '@twython/runtime/v2/call'
import type { GetSpaceBuyersResponse, GetSpaceResponse, GetSpaceTweetsResponse, GetSpacesByCreatorsResponse, GetSpacesResponse, SearchSpacesResponse } from './models/spaces.js'
import type { SpaceField, TweetField, UserField } from './parameters.js'
import type { GetSpaceBuyersFieldsParams, GetSpaceBuyersParams, GetSpaceFieldsParams, GetSpaceParams, GetSpaceTweetsFieldsParams, GetSpaceTweetsParams, GetSpacesByCreatorsFieldsParams, GetSpacesByCreatorsParams, GetSpacesFieldsParams, GetSpacesParams, SearchSpacesFieldsParams, SearchSpacesParams } from './params/spaces.js'

export type { GetSpaceBuyersFieldsParams, GetSpaceBuyersParams, GetSpaceFieldsParams, GetSpaceParams, GetSpaceTweetsFieldsParams, GetSpaceTweetsParams, GetSpacesByCreatorsFieldsParams, GetSpacesByCreatorsParams, GetSpacesFieldsParams, GetSpacesParams, SearchSpacesFieldsParams, SearchSpacesParams } from './params/spaces.js'

/** How `getSpace` is called: `GET /2/spaces/{id}`. */
export const getSpaceRoute: Route = { id: 'getSpacesById', method: 'GET', host: 'v2', path: '/2/spaces/{id}', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'space.read', 'tweet.read'] }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }] }

/**
 * Look up one Space by its id.
 *
 * `GET https://api.x.com/2/spaces/{id}` (X operation `getSpacesById`) · Auth: OAuth 2.0 user token (scopes `users.read`, `space.read`, `tweet.read`) or app-only bearer token.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/spaces/get-space-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the Space to look up (up to 13 letters and digits, as in `1DXxyRYNejbKM`).
 * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
 * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetSpaceResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getSpace(core, { id: '20' })
 * ```
 */
export function getSpace<F extends SpaceField>(core: BaseCore, params: GetSpaceFieldsParams<F>, options?: CallOptions): Promise<GetSpaceResponse<F>>

/**
 * Look up one Space by its id.
 *
 * `GET https://api.x.com/2/spaces/{id}` (X operation `getSpacesById`) · Auth: OAuth 2.0 user token (scopes `users.read`, `space.read`, `tweet.read`) or app-only bearer token.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/spaces/get-space-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the Space to look up (up to 13 letters and digits, as in `1DXxyRYNejbKM`).
 * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
 * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetSpaceResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getSpace(core, { id: '20' })
 * ```
 */
export function getSpace(core: BaseCore, params: GetSpaceParams, options?: CallOptions): Promise<GetSpaceResponse>
export function getSpace(core: BaseCore, params: GetSpaceParams, options?: CallOptions): Promise<GetSpaceResponse> {
  return callV2(core, getSpaceRoute, params, options)
}

/** How `getSpaceBuyers` is called: `GET /2/spaces/{id}/buyers`. */
export const getSpaceBuyersRoute: Route = { id: 'getSpacesBuyers', method: 'GET', host: 'v2', path: '/2/spaces/{id}/buyers', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'space.read'] }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the users who bought tickets to a ticketed Space the authenticated user hosts.
 *
 * `GET https://api.x.com/2/spaces/{id}/buyers` (X operation `getSpacesBuyers`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `space.read`).
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getSpaceBuyers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/spaces/get-space-ticket-buyers
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the ticketed Space.
 * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetSpaceBuyersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getSpaceBuyers(core, { id: '20' })
 * ```
 */
export function getSpaceBuyers<F extends UserField>(core: BaseCore, params: GetSpaceBuyersFieldsParams<F>, options?: CallOptions): Promise<GetSpaceBuyersResponse<F>>

/**
 * List the users who bought tickets to a ticketed Space the authenticated user hosts.
 *
 * `GET https://api.x.com/2/spaces/{id}/buyers` (X operation `getSpacesBuyers`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `space.read`).
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getSpaceBuyers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/spaces/get-space-ticket-buyers
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the ticketed Space.
 * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetSpaceBuyersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getSpaceBuyers(core, { id: '20' })
 * ```
 */
export function getSpaceBuyers(core: BaseCore, params: GetSpaceBuyersParams, options?: CallOptions): Promise<GetSpaceBuyersResponse>
export function getSpaceBuyers(core: BaseCore, params: GetSpaceBuyersParams, options?: CallOptions): Promise<GetSpaceBuyersResponse> {
  return callV2(core, getSpaceBuyersRoute, params, options)
}

/** How `getSpaces` is called: `GET /2/spaces`. */
export const getSpacesRoute: Route = { id: 'getSpacesByIds', method: 'GET', host: 'v2', path: '/2/spaces', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'space.read', 'users.read'] }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }] }

/**
 * Look up to 100 Spaces by their ids in one request.
 *
 * `GET https://api.x.com/2/spaces` (X operation `getSpacesByIds`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `space.read`, `users.read`) or app-only bearer token.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/spaces/get-spaces-by-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.ids - (required) The ids of the Spaces to look up, given as an array of up to 100.
 * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
 * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetSpacesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getSpaces(core, { ids: ['20', '21'] })
 * ```
 */
export function getSpaces<F extends SpaceField>(core: BaseCore, params: GetSpacesFieldsParams<F>, options?: CallOptions): Promise<GetSpacesResponse<F>>

/**
 * Look up to 100 Spaces by their ids in one request.
 *
 * `GET https://api.x.com/2/spaces` (X operation `getSpacesByIds`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `space.read`, `users.read`) or app-only bearer token.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/spaces/get-spaces-by-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.ids - (required) The ids of the Spaces to look up, given as an array of up to 100.
 * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
 * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetSpacesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getSpaces(core, { ids: ['20', '21'] })
 * ```
 */
export function getSpaces(core: BaseCore, params: GetSpacesParams, options?: CallOptions): Promise<GetSpacesResponse>
export function getSpaces(core: BaseCore, params: GetSpacesParams, options?: CallOptions): Promise<GetSpacesResponse> {
  return callV2(core, getSpacesRoute, params, options)
}

/** How `getSpacesByCreators` is called: `GET /2/spaces/by/creator_ids`. */
export const getSpacesByCreatorsRoute: Route = { id: 'getSpacesByCreatorIds', method: 'GET', host: 'v2', path: '/2/spaces/by/creator_ids', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'space.read', 'users.read'] }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 1, limit: 1, per: 'user' }, { windowSeconds: 1, limit: 1, per: 'app' }, { windowSeconds: 900, limit: 300, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }] }

/**
 * Find the live and scheduled Spaces created by the given users.
 *
 * `GET https://api.x.com/2/spaces/by/creator_ids` (X operation `getSpacesByCreatorIds`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `space.read`, `users.read`) or app-only bearer token.
 *
 * Rate limit: 1 per user and 1 per app every second; 300 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/spaces/get-spaces-by-creator-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.user_ids - (required) The ids of the creators, given as an array of up to 100.
 * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
 * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetSpacesByCreatorsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getSpacesByCreators(core, { user_ids: ['20', '21'] })
 * ```
 */
export function getSpacesByCreators<F extends SpaceField>(core: BaseCore, params: GetSpacesByCreatorsFieldsParams<F>, options?: CallOptions): Promise<GetSpacesByCreatorsResponse<F>>

/**
 * Find the live and scheduled Spaces created by the given users.
 *
 * `GET https://api.x.com/2/spaces/by/creator_ids` (X operation `getSpacesByCreatorIds`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `space.read`, `users.read`) or app-only bearer token.
 *
 * Rate limit: 1 per user and 1 per app every second; 300 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/spaces/get-spaces-by-creator-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.user_ids - (required) The ids of the creators, given as an array of up to 100.
 * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
 * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetSpacesByCreatorsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getSpacesByCreators(core, { user_ids: ['20', '21'] })
 * ```
 */
export function getSpacesByCreators(core: BaseCore, params: GetSpacesByCreatorsParams, options?: CallOptions): Promise<GetSpacesByCreatorsResponse>
export function getSpacesByCreators(core: BaseCore, params: GetSpacesByCreatorsParams, options?: CallOptions): Promise<GetSpacesByCreatorsResponse> {
  return callV2(core, getSpacesByCreatorsRoute, params, options)
}

/** How `getSpaceTweets` is called: `GET /2/spaces/{id}/tweets`. */
export const getSpaceTweetsRoute: Route = { id: 'getSpacesPosts', method: 'GET', host: 'v2', path: '/2/spaces/{id}/tweets', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read', 'space.read'] }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the tweets that were shared in a Space.
 *
 * `GET https://api.x.com/2/spaces/{id}/tweets` (X operation `getSpacesPosts`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`, `space.read`) or app-only bearer token.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getSpaceTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/spaces/get-space-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the Space whose tweets to return.
 * @param params.max_results - The most tweets to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetSpaceTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getSpaceTweets(core, { id: '20' })
 * ```
 */
export function getSpaceTweets<F extends TweetField>(core: BaseCore, params: GetSpaceTweetsFieldsParams<F>, options?: CallOptions): Promise<GetSpaceTweetsResponse<F>>

/**
 * Get the tweets that were shared in a Space.
 *
 * `GET https://api.x.com/2/spaces/{id}/tweets` (X operation `getSpacesPosts`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`, `space.read`) or app-only bearer token.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getSpaceTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/spaces/get-space-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the Space whose tweets to return.
 * @param params.max_results - The most tweets to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetSpaceTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getSpaceTweets(core, { id: '20' })
 * ```
 */
export function getSpaceTweets(core: BaseCore, params: GetSpaceTweetsParams, options?: CallOptions): Promise<GetSpaceTweetsResponse>
export function getSpaceTweets(core: BaseCore, params: GetSpaceTweetsParams, options?: CallOptions): Promise<GetSpaceTweetsResponse> {
  return callV2(core, getSpaceTweetsRoute, params, options)
}

/** How `searchSpaces` is called: `GET /2/spaces/search`. */
export const searchSpacesRoute: Route = { id: 'searchSpaces', method: 'GET', host: 'v2', path: '/2/spaces/search', security: [{ scheme: 'oauth2_user', scopes: ['space.read', 'tweet.read', 'users.read'] }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }] }

/**
 * Search live and scheduled Spaces by words in their titles.
 *
 * `GET https://api.x.com/2/spaces/search` (X operation `searchSpaces`) · Auth: OAuth 2.0 user token (scopes `space.read`, `tweet.read`, `users.read`) or app-only bearer token.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/spaces/search-spaces
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.query - (required) The words to look for in Space titles.
 * @param params.state - Which Spaces to return, `live`, `scheduled` or `all` (the default).
 * @param params.max_results - The most Spaces to return, 1 to 100 (100 when left out).
 * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
 * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchSpacesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchSpaces(core, { query: 'from:twitterapi' })
 * ```
 */
export function searchSpaces<F extends SpaceField>(core: BaseCore, params: SearchSpacesFieldsParams<F>, options?: CallOptions): Promise<SearchSpacesResponse<F>>

/**
 * Search live and scheduled Spaces by words in their titles.
 *
 * `GET https://api.x.com/2/spaces/search` (X operation `searchSpaces`) · Auth: OAuth 2.0 user token (scopes `space.read`, `tweet.read`, `users.read`) or app-only bearer token.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/spaces/search-spaces
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.query - (required) The words to look for in Space titles.
 * @param params.state - Which Spaces to return, `live`, `scheduled` or `all` (the default).
 * @param params.max_results - The most Spaces to return, 1 to 100 (100 when left out).
 * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
 * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchSpacesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchSpaces(core, { query: 'from:twitterapi' })
 * ```
 */
export function searchSpaces(core: BaseCore, params: SearchSpacesParams, options?: CallOptions): Promise<SearchSpacesResponse>
export function searchSpaces(core: BaseCore, params: SearchSpacesParams, options?: CallOptions): Promise<SearchSpacesResponse> {
  return callV2(core, searchSpacesRoute, params, options)
}
