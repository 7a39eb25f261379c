// generated from spec/v2/users.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { FollowUserResponse, GetBlockedUsersResponse, GetMeResponse, GetMutedUsersResponse, GetUserAffiliatesResponse, GetUserByUsernameResponse, GetUserFollowersResponse, GetUserFollowingResponse, GetUserResponse, GetUsersByUsernamesResponse, GetUsersResponse, MuteUserResponse, SearchUsersResponse, UnfollowUserResponse, UnmuteUserResponse } from './models/users.js'
import type { UserField } from './parameters.js'
import type { FollowUserParams, GetBlockedUsersFieldsParams, GetBlockedUsersParams, GetMeFieldsParams, GetMeParams, GetMutedUsersFieldsParams, GetMutedUsersParams, GetUserAffiliatesFieldsParams, GetUserAffiliatesParams, GetUserByUsernameFieldsParams, GetUserByUsernameParams, GetUserFieldsParams, GetUserFollowersFieldsParams, GetUserFollowersParams, GetUserFollowingFieldsParams, GetUserFollowingParams, GetUserParams, GetUsersByUsernamesFieldsParams, GetUsersByUsernamesParams, GetUsersFieldsParams, GetUsersParams, MuteUserParams, SearchUsersFieldsParams, SearchUsersParams, UnfollowUserParams, UnmuteUserParams } from './params/users.js'

export type { FollowUserParams, GetBlockedUsersFieldsParams, GetBlockedUsersParams, GetMeFieldsParams, GetMeParams, GetMutedUsersFieldsParams, GetMutedUsersParams, GetUserAffiliatesFieldsParams, GetUserAffiliatesParams, GetUserByUsernameFieldsParams, GetUserByUsernameParams, GetUserFieldsParams, GetUserFollowersFieldsParams, GetUserFollowersParams, GetUserFollowingFieldsParams, GetUserFollowingParams, GetUserParams, GetUsersByUsernamesFieldsParams, GetUsersByUsernamesParams, GetUsersFieldsParams, GetUsersParams, MuteUserParams, SearchUsersFieldsParams, SearchUsersParams, UnfollowUserParams, UnmuteUserParams } from './params/users.js'

/** How `followUser` is called: `POST /2/users/{id}/following`. */
export const followUserRoute: Route = { id: 'followUser', method: 'POST', host: 'v2', path: '/2/users/{id}/following', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'follows.write', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }] }

/**
 * Follow a user as the authenticated user.
 *
 * Following a protected account sends a follow request instead; the answer's `pending_follow` says which happened. The user to follow goes in the body as `target_user_id`.
 *
 * `POST https://api.x.com/2/users/{id}/following` (X operation `followUser`) · Auth: OAuth 2.0 user token (scopes `users.read`, `follows.write`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/follow-user
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, who does the following.
 * @param params.target_user_id - (required) Body field `target_user_id` of `FollowUserRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`FollowUserResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await followUser(core, { id: '20', target_user_id: '20' })
 * ```
 */
export function followUser(core: BaseCore, params: FollowUserParams, options?: CallOptions): Promise<FollowUserResponse> {
  return callV2(core, followUserRoute, params, options, v2Json)
}

/** How `getBlockedUsers` is called: `GET /2/users/{id}/blocking`. */
export const getBlockedUsersRoute: Route = { id: 'getUsersBlocking', method: 'GET', host: 'v2', path: '/2/users/{id}/blocking', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'block.read', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the users the authenticated user has blocked.
 *
 * `GET https://api.x.com/2/users/{id}/blocking` (X operation `getUsersBlocking`) · Auth: OAuth 2.0 user token (scopes `users.read`, `block.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getBlockedUsers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-blocking
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user (only your own blocks can be read).
 * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetBlockedUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getBlockedUsers(core, { id: '20' })
 * ```
 */
export function getBlockedUsers<F extends UserField>(core: BaseCore, params: GetBlockedUsersFieldsParams<F>, options?: CallOptions): Promise<GetBlockedUsersResponse<F>>

/**
 * List the users the authenticated user has blocked.
 *
 * `GET https://api.x.com/2/users/{id}/blocking` (X operation `getUsersBlocking`) · Auth: OAuth 2.0 user token (scopes `users.read`, `block.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getBlockedUsers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-blocking
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user (only your own blocks can be read).
 * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetBlockedUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getBlockedUsers(core, { id: '20' })
 * ```
 */
export function getBlockedUsers(core: BaseCore, params: GetBlockedUsersParams, options?: CallOptions): Promise<GetBlockedUsersResponse>
export function getBlockedUsers(core: BaseCore, params: GetBlockedUsersParams, options?: CallOptions): Promise<GetBlockedUsersResponse> {
  return callV2(core, getBlockedUsersRoute, params, options)
}

/** How `getMe` is called: `GET /2/users/me`. */
export const getMeRoute: Route = { id: 'getUsersMe', method: 'GET', host: 'v2', path: '/2/users/me', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }] }

/**
 * Get the user behind the access token, that is, the authenticated user.
 *
 * Handy to learn your own user id, which many other user-context calls need in their path.
 *
 * `GET https://api.x.com/2/users/me` (X operation `getUsersMe`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 75 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/get-my-user
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetMeResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getMe(core)
 * ```
 */
export function getMe<F extends UserField>(core: BaseCore, params: GetMeFieldsParams<F>, options?: CallOptions): Promise<GetMeResponse<F>>

/**
 * Get the user behind the access token, that is, the authenticated user.
 *
 * Handy to learn your own user id, which many other user-context calls need in their path.
 *
 * `GET https://api.x.com/2/users/me` (X operation `getUsersMe`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 75 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/get-my-user
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetMeResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getMe(core)
 * ```
 */
export function getMe(core: BaseCore, params?: GetMeParams, options?: CallOptions): Promise<GetMeResponse>
export function getMe(core: BaseCore, params: GetMeParams = {}, options?: CallOptions): Promise<GetMeResponse> {
  return callV2(core, getMeRoute, params, options)
}

/** How `getMutedUsers` is called: `GET /2/users/{id}/muting`. */
export const getMutedUsersRoute: Route = { id: 'getUsersMuting', method: 'GET', host: 'v2', path: '/2/users/{id}/muting', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'mute.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the users the authenticated user has muted.
 *
 * `GET https://api.x.com/2/users/{id}/muting` (X operation `getUsersMuting`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `mute.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getMutedUsers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-muting
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user (only your own mutes can be read).
 * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetMutedUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getMutedUsers(core, { id: '20' })
 * ```
 */
export function getMutedUsers<F extends UserField>(core: BaseCore, params: GetMutedUsersFieldsParams<F>, options?: CallOptions): Promise<GetMutedUsersResponse<F>>

/**
 * List the users the authenticated user has muted.
 *
 * `GET https://api.x.com/2/users/{id}/muting` (X operation `getUsersMuting`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `mute.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getMutedUsers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-muting
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user (only your own mutes can be read).
 * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetMutedUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getMutedUsers(core, { id: '20' })
 * ```
 */
export function getMutedUsers(core: BaseCore, params: GetMutedUsersParams, options?: CallOptions): Promise<GetMutedUsersResponse>
export function getMutedUsers(core: BaseCore, params: GetMutedUsersParams, options?: CallOptions): Promise<GetMutedUsersResponse> {
  return callV2(core, getMutedUsersRoute, params, options)
}

/** How `getUser` is called: `GET /2/users/{id}`. */
export const getUserRoute: Route = { id: 'getUsersById', method: 'GET', host: 'v2', path: '/2/users/{id}', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }] }

/**
 * Look up one user by their id.
 *
 * `GET https://api.x.com/2/users/{id}` (X operation `getUsersById`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/get-user-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user to look up.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUser(core, { id: '20' })
 * ```
 */
export function getUser<F extends UserField>(core: BaseCore, params: GetUserFieldsParams<F>, options?: CallOptions): Promise<GetUserResponse<F>>

/**
 * Look up one user by their id.
 *
 * `GET https://api.x.com/2/users/{id}` (X operation `getUsersById`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/get-user-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user to look up.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUser(core, { id: '20' })
 * ```
 */
export function getUser(core: BaseCore, params: GetUserParams, options?: CallOptions): Promise<GetUserResponse>
export function getUser(core: BaseCore, params: GetUserParams, options?: CallOptions): Promise<GetUserResponse> {
  return callV2(core, getUserRoute, params, options)
}

/** How `getUserAffiliates` is called: `GET /2/users/{id}/affiliates`. */
export const getUserAffiliatesRoute: Route = { id: 'getUsersAffiliates', method: 'GET', host: 'v2', path: '/2/users/{id}/affiliates', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the accounts affiliated with a user (for example the staff of a verified organization).
 *
 * `GET https://api.x.com/2/users/{id}/affiliates` (X operation `getUsersAffiliates`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserAffiliates, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-affiliates
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user (usually an organization) whose affiliates to list.
 * @param params.max_results - The most users to return per page, 1 to 1000.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserAffiliatesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUserAffiliates(core, { id: '20' })
 * ```
 */
export function getUserAffiliates<F extends UserField>(core: BaseCore, params: GetUserAffiliatesFieldsParams<F>, options?: CallOptions): Promise<GetUserAffiliatesResponse<F>>

/**
 * List the accounts affiliated with a user (for example the staff of a verified organization).
 *
 * `GET https://api.x.com/2/users/{id}/affiliates` (X operation `getUsersAffiliates`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserAffiliates, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-affiliates
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user (usually an organization) whose affiliates to list.
 * @param params.max_results - The most users to return per page, 1 to 1000.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserAffiliatesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUserAffiliates(core, { id: '20' })
 * ```
 */
export function getUserAffiliates(core: BaseCore, params: GetUserAffiliatesParams, options?: CallOptions): Promise<GetUserAffiliatesResponse>
export function getUserAffiliates(core: BaseCore, params: GetUserAffiliatesParams, options?: CallOptions): Promise<GetUserAffiliatesResponse> {
  return callV2(core, getUserAffiliatesRoute, params, options)
}

/** How `getUserByUsername` is called: `GET /2/users/by/username/{username}`. */
export const getUserByUsernameRoute: Route = { id: 'getUsersByUsername', method: 'GET', host: 'v2', path: '/2/users/by/username/{username}', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }] }

/**
 * Look up one user by their username (handle).
 *
 * `GET https://api.x.com/2/users/by/username/{username}` (X operation `getUsersByUsername`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/get-user-by-username
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.username - (required) The username to look up, without the \@ (1 to 15 letters, digits or underscores).
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserByUsernameResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUserByUsername(core, { username: 'twitterapi' })
 * ```
 */
export function getUserByUsername<F extends UserField>(core: BaseCore, params: GetUserByUsernameFieldsParams<F>, options?: CallOptions): Promise<GetUserByUsernameResponse<F>>

/**
 * Look up one user by their username (handle).
 *
 * `GET https://api.x.com/2/users/by/username/{username}` (X operation `getUsersByUsername`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/get-user-by-username
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.username - (required) The username to look up, without the \@ (1 to 15 letters, digits or underscores).
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserByUsernameResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUserByUsername(core, { username: 'twitterapi' })
 * ```
 */
export function getUserByUsername(core: BaseCore, params: GetUserByUsernameParams, options?: CallOptions): Promise<GetUserByUsernameResponse>
export function getUserByUsername(core: BaseCore, params: GetUserByUsernameParams, options?: CallOptions): Promise<GetUserByUsernameResponse> {
  return callV2(core, getUserByUsernameRoute, params, options)
}

/** How `getUserFollowers` is called: `GET /2/users/{id}/followers`. */
export const getUserFollowersRoute: Route = { id: 'getUsersFollowers', method: 'GET', host: 'v2', path: '/2/users/{id}/followers', security: [{ scheme: 'oauth2_user', scopes: ['follows.read', 'tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the users who follow a user, most recent followers first.
 *
 * `GET https://api.x.com/2/users/{id}/followers` (X operation `getUsersFollowers`) · Auth: OAuth 2.0 user token (scopes `follows.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserFollowers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-followers
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose followers to list.
 * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserFollowersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUserFollowers(core, { id: '20' })
 * ```
 */
export function getUserFollowers<F extends UserField>(core: BaseCore, params: GetUserFollowersFieldsParams<F>, options?: CallOptions): Promise<GetUserFollowersResponse<F>>

/**
 * List the users who follow a user, most recent followers first.
 *
 * `GET https://api.x.com/2/users/{id}/followers` (X operation `getUsersFollowers`) · Auth: OAuth 2.0 user token (scopes `follows.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserFollowers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-followers
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose followers to list.
 * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserFollowersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUserFollowers(core, { id: '20' })
 * ```
 */
export function getUserFollowers(core: BaseCore, params: GetUserFollowersParams, options?: CallOptions): Promise<GetUserFollowersResponse>
export function getUserFollowers(core: BaseCore, params: GetUserFollowersParams, options?: CallOptions): Promise<GetUserFollowersResponse> {
  return callV2(core, getUserFollowersRoute, params, options)
}

/** How `getUserFollowing` is called: `GET /2/users/{id}/following`. */
export const getUserFollowingRoute: Route = { id: 'getUsersFollowing', method: 'GET', host: 'v2', path: '/2/users/{id}/following', security: [{ scheme: 'oauth2_user', scopes: ['follows.read', 'tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the users a user follows, most recently followed first.
 *
 * `GET https://api.x.com/2/users/{id}/following` (X operation `getUsersFollowing`) · Auth: OAuth 2.0 user token (scopes `follows.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserFollowing, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-following
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose followings to list.
 * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserFollowingResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUserFollowing(core, { id: '20' })
 * ```
 */
export function getUserFollowing<F extends UserField>(core: BaseCore, params: GetUserFollowingFieldsParams<F>, options?: CallOptions): Promise<GetUserFollowingResponse<F>>

/**
 * List the users a user follows, most recently followed first.
 *
 * `GET https://api.x.com/2/users/{id}/following` (X operation `getUsersFollowing`) · Auth: OAuth 2.0 user token (scopes `follows.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserFollowing, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-following
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose followings to list.
 * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserFollowingResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUserFollowing(core, { id: '20' })
 * ```
 */
export function getUserFollowing(core: BaseCore, params: GetUserFollowingParams, options?: CallOptions): Promise<GetUserFollowingResponse>
export function getUserFollowing(core: BaseCore, params: GetUserFollowingParams, options?: CallOptions): Promise<GetUserFollowingResponse> {
  return callV2(core, getUserFollowingRoute, params, options)
}

/** How `getUsers` is called: `GET /2/users`. */
export const getUsersRoute: Route = { id: 'getUsersByIds', method: 'GET', host: 'v2', path: '/2/users', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }] }

/**
 * Look up to 100 users by their ids in one request.
 *
 * Ids that cannot be returned (suspended, deactivated or unknown) come back as problems in `errors` next to the users found.
 *
 * `GET https://api.x.com/2/users` (X operation `getUsersByIds`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/get-users-by-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.ids - (required) The ids of the users to look up, given as an array of up to 100.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUsers(core, { ids: ['20', '21'] })
 * ```
 */
export function getUsers<F extends UserField>(core: BaseCore, params: GetUsersFieldsParams<F>, options?: CallOptions): Promise<GetUsersResponse<F>>

/**
 * Look up to 100 users by their ids in one request.
 *
 * Ids that cannot be returned (suspended, deactivated or unknown) come back as problems in `errors` next to the users found.
 *
 * `GET https://api.x.com/2/users` (X operation `getUsersByIds`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/get-users-by-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.ids - (required) The ids of the users to look up, given as an array of up to 100.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUsers(core, { ids: ['20', '21'] })
 * ```
 */
export function getUsers(core: BaseCore, params: GetUsersParams, options?: CallOptions): Promise<GetUsersResponse>
export function getUsers(core: BaseCore, params: GetUsersParams, options?: CallOptions): Promise<GetUsersResponse> {
  return callV2(core, getUsersRoute, params, options)
}

/** How `getUsersByUsernames` is called: `GET /2/users/by`. */
export const getUsersByUsernamesRoute: Route = { id: 'getUsersByUsernames', method: 'GET', host: 'v2', path: '/2/users/by', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }] }

/**
 * Look up to 100 users by their usernames in one request.
 *
 * `GET https://api.x.com/2/users/by` (X operation `getUsersByUsernames`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/get-users-by-usernames
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.usernames - (required) The usernames to look up, without the \@, given as an array of up to 100.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUsersByUsernamesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUsersByUsernames(core, { usernames: ['twitterapi', 'jack'] })
 * ```
 */
export function getUsersByUsernames<F extends UserField>(core: BaseCore, params: GetUsersByUsernamesFieldsParams<F>, options?: CallOptions): Promise<GetUsersByUsernamesResponse<F>>

/**
 * Look up to 100 users by their usernames in one request.
 *
 * `GET https://api.x.com/2/users/by` (X operation `getUsersByUsernames`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/get-users-by-usernames
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.usernames - (required) The usernames to look up, without the \@, given as an array of up to 100.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUsersByUsernamesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUsersByUsernames(core, { usernames: ['twitterapi', 'jack'] })
 * ```
 */
export function getUsersByUsernames(core: BaseCore, params: GetUsersByUsernamesParams, options?: CallOptions): Promise<GetUsersByUsernamesResponse>
export function getUsersByUsernames(core: BaseCore, params: GetUsersByUsernamesParams, options?: CallOptions): Promise<GetUsersByUsernamesResponse> {
  return callV2(core, getUsersByUsernamesRoute, params, options)
}

/** How `muteUser` is called: `POST /2/users/{id}/muting`. */
export const muteUserRoute: Route = { id: 'muteUser', method: 'POST', host: 'v2', path: '/2/users/{id}/muting', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'mute.write', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }] }

/**
 * Mute a user as the authenticated user, so their tweets leave the home timeline without unfollowing.
 *
 * The user to mute goes in the body as `target_user_id`.
 *
 * `POST https://api.x.com/2/users/{id}/muting` (X operation `muteUser`) · Auth: OAuth 2.0 user token (scopes `users.read`, `mute.write`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/mute-user
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, who does the muting.
 * @param params.target_user_id - (required) Body field `target_user_id` of `MuteUserRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`MuteUserResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await muteUser(core, { id: '20', target_user_id: '20' })
 * ```
 */
export function muteUser(core: BaseCore, params: MuteUserParams, options?: CallOptions): Promise<MuteUserResponse> {
  return callV2(core, muteUserRoute, params, options, v2Json)
}

/** How `searchUsers` is called: `GET /2/users/search`. */
export const searchUsersRoute: Route = { id: 'searchUsers', method: 'GET', host: 'v2', path: '/2/users/search', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }], paginate: { style: 'next_token', token: 'next_token', items: 'data' } }

/**
 * Search for users by name, username or words of their profile.
 *
 * `GET https://api.x.com/2/users/search` (X operation `searchUsers`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 900 per user and 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `next_token`): `for await (const item of twitter.cursor(twitter.v2.searchUsers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/search-users
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.query - (required) The words to search for: 1 to 50 letters, digits, underscores, apostrophes or spaces.
 * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
 * @param params.next_token - The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchUsers(core, { query: 'from:twitterapi' })
 * ```
 */
export function searchUsers<F extends UserField>(core: BaseCore, params: SearchUsersFieldsParams<F>, options?: CallOptions): Promise<SearchUsersResponse<F>>

/**
 * Search for users by name, username or words of their profile.
 *
 * `GET https://api.x.com/2/users/search` (X operation `searchUsers`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 900 per user and 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `next_token`): `for await (const item of twitter.cursor(twitter.v2.searchUsers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/search-users
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.query - (required) The words to search for: 1 to 50 letters, digits, underscores, apostrophes or spaces.
 * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
 * @param params.next_token - The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchUsers(core, { query: 'from:twitterapi' })
 * ```
 */
export function searchUsers(core: BaseCore, params: SearchUsersParams, options?: CallOptions): Promise<SearchUsersResponse>
export function searchUsers(core: BaseCore, params: SearchUsersParams, options?: CallOptions): Promise<SearchUsersResponse> {
  return callV2(core, searchUsersRoute, params, options)
}

/** How `unfollowUser` is called: `DELETE /2/users/{source_user_id}/following/{target_user_id}`. */
export const unfollowUserRoute: Route = { id: 'unfollowUser', method: 'DELETE', host: 'v2', path: '/2/users/{source_user_id}/following/{target_user_id}', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'follows.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }] }

/**
 * Stop following a user, as the authenticated user.
 *
 * `DELETE https://api.x.com/2/users/{source_user_id}/following/{target_user_id}` (X operation `unfollowUser`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `follows.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/unfollow-user
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.source_user_id - (required) The id of the authenticated user, who stops following.
 * @param params.target_user_id - (required) The id of the user to unfollow.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`UnfollowUserResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await unfollowUser(core, { source_user_id: '20', target_user_id: '20' })
 * ```
 */
export function unfollowUser(core: BaseCore, params: UnfollowUserParams, options?: CallOptions): Promise<UnfollowUserResponse> {
  return callV2(core, unfollowUserRoute, params, options)
}

/** How `unmuteUser` is called: `DELETE /2/users/{source_user_id}/muting/{target_user_id}`. */
export const unmuteUserRoute: Route = { id: 'unmuteUser', method: 'DELETE', host: 'v2', path: '/2/users/{source_user_id}/muting/{target_user_id}', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read', 'mute.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }] }

/**
 * Unmute a user the authenticated user has muted.
 *
 * `DELETE https://api.x.com/2/users/{source_user_id}/muting/{target_user_id}` (X operation `unmuteUser`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`, `mute.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/unmute-user
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.source_user_id - (required) The id of the authenticated user, who muted the user.
 * @param params.target_user_id - (required) The id of the user to unmute.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`UnmuteUserResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await unmuteUser(core, { source_user_id: '20', target_user_id: '20' })
 * ```
 */
export function unmuteUser(core: BaseCore, params: UnmuteUserParams, options?: CallOptions): Promise<UnmuteUserResponse> {
  return callV2(core, unmuteUserRoute, params, options)
}
