// generated from spec/v2/lists.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { AddListMemberResponse, CreateListResponse, DeleteListResponse, FollowListResponse, GetFollowedListsResponse, GetListFollowersResponse, GetListMembersResponse, GetListMembershipsResponse, GetListResponse, GetListTweetsResponse, GetOwnedListsResponse, GetPinnedListsResponse, PinListResponse, RemoveListMemberResponse, UnfollowListResponse, UnpinListResponse, UpdateListResponse } from './models/lists.js'
import type { ListField, TweetField, UserField } from './parameters.js'
import type { AddListMemberParams, CreateListParams, DeleteListParams, FollowListParams, GetFollowedListsFieldsParams, GetFollowedListsParams, GetListFieldsParams, GetListFollowersFieldsParams, GetListFollowersParams, GetListMembersFieldsParams, GetListMembersParams, GetListMembershipsFieldsParams, GetListMembershipsParams, GetListParams, GetListTweetsFieldsParams, GetListTweetsParams, GetOwnedListsFieldsParams, GetOwnedListsParams, GetPinnedListsFieldsParams, GetPinnedListsParams, PinListParams, RemoveListMemberParams, UnfollowListParams, UnpinListParams, UpdateListParams } from './params/lists.js'

export type { AddListMemberParams, CreateListParams, DeleteListParams, FollowListParams, GetFollowedListsFieldsParams, GetFollowedListsParams, GetListFieldsParams, GetListFollowersFieldsParams, GetListFollowersParams, GetListMembersFieldsParams, GetListMembersParams, GetListMembershipsFieldsParams, GetListMembershipsParams, GetListParams, GetListTweetsFieldsParams, GetListTweetsParams, GetOwnedListsFieldsParams, GetOwnedListsParams, GetPinnedListsFieldsParams, GetPinnedListsParams, PinListParams, RemoveListMemberParams, UnfollowListParams, UnpinListParams, UpdateListParams } from './params/lists.js'

/** How `addListMember` is called: `POST /2/lists/{id}/members`. */
export const addListMemberRoute: Route = { id: 'addListsMember', method: 'POST', host: 'v2', path: '/2/lists/{id}/members', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'list.write', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }] }

/**
 * Add a user to a List the authenticated user owns.
 *
 * The user to add goes in the body as `user_id`; a List holds at most 5,000 members.
 *
 * `POST https://api.x.com/2/lists/{id}/members` (X operation `addListsMember`) · Auth: OAuth 2.0 user token (scopes `users.read`, `list.write`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 300 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/lists/add-list-member
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the List to add the member to.
 * @param params.user_id - (required) Body field `user_id` of `AddListMemberRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`AddListMemberResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await addListMember(core, { id: '20', user_id: '20' })
 * ```
 */
export function addListMember(core: BaseCore, params: AddListMemberParams, options?: CallOptions): Promise<AddListMemberResponse> {
  return callV2(core, addListMemberRoute, params, options, v2Json)
}

/** How `createList` is called: `POST /2/lists`. */
export const createListRoute: Route = { id: 'createLists', method: 'POST', host: 'v2', path: '/2/lists', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['list.read', 'users.read', 'tweet.read', 'list.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }] }

/**
 * Create a new List owned by the authenticated user.
 *
 * Give the name (and optionally a description and `private`) in the body; the answer holds the new List's id and name.
 *
 * `POST https://api.x.com/2/lists` (X operation `createLists`) · Auth: OAuth 2.0 user token (scopes `list.read`, `users.read`, `tweet.read`, `list.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 300 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/lists/create-list
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.description - An optional description of the List (up to 100 characters).
 * @param params.name - (required) The name of the new List (up to 25 characters).
 * @param params.private - When true, the List is private; public when left out.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createList(core, { name: 'example' })
 * ```
 */
export function createList(core: BaseCore, params: CreateListParams, options?: CallOptions): Promise<CreateListResponse> {
  return callV2(core, createListRoute, params, options, v2Json)
}

/** How `deleteList` is called: `DELETE /2/lists/{id}`. */
export const deleteListRoute: Route = { id: 'deleteLists', method: 'DELETE', host: 'v2', path: '/2/lists/{id}', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'list.write', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }] }

/**
 * Delete a List the authenticated user owns.
 *
 * `DELETE https://api.x.com/2/lists/{id}` (X operation `deleteLists`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `list.write`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 300 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/lists/delete-list
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the List to delete.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`DeleteListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await deleteList(core, { id: '20' })
 * ```
 */
export function deleteList(core: BaseCore, params: DeleteListParams, options?: CallOptions): Promise<DeleteListResponse> {
  return callV2(core, deleteListRoute, params, options)
}

/** How `followList` is called: `POST /2/users/{id}/followed_lists`. */
export const followListRoute: Route = { id: 'followList', method: 'POST', host: 'v2', path: '/2/users/{id}/followed_lists', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'list.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }] }

/**
 * Follow a List as the authenticated user.
 *
 * The List to follow goes in the body as `list_id`.
 *
 * `POST https://api.x.com/2/users/{id}/followed_lists` (X operation `followList`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/follow-list
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, who follows the List.
 * @param params.list_id - (required) Body field `list_id` of `FollowListRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`FollowListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await followList(core, { id: '20', list_id: '20' })
 * ```
 */
export function followList(core: BaseCore, params: FollowListParams, options?: CallOptions): Promise<FollowListResponse> {
  return callV2(core, followListRoute, params, options, v2Json)
}

/** How `getFollowedLists` is called: `GET /2/users/{id}/followed_lists`. */
export const getFollowedListsRoute: Route = { id: 'getUsersFollowedLists', method: 'GET', host: 'v2', path: '/2/users/{id}/followed_lists', security: [{ scheme: 'oauth2_user', scopes: ['list.read', 'tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the Lists a user follows.
 *
 * `GET https://api.x.com/2/users/{id}/followed_lists` (X operation `getUsersFollowedLists`) · Auth: OAuth 2.0 user token (scopes `list.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getFollowedLists, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-followed-lists
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose followed Lists to return.
 * @param params.max_results - The most Lists to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
 * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetFollowedListsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getFollowedLists(core, { id: '20' })
 * ```
 */
export function getFollowedLists<F extends ListField>(core: BaseCore, params: GetFollowedListsFieldsParams<F>, options?: CallOptions): Promise<GetFollowedListsResponse<F>>

/**
 * List the Lists a user follows.
 *
 * `GET https://api.x.com/2/users/{id}/followed_lists` (X operation `getUsersFollowedLists`) · Auth: OAuth 2.0 user token (scopes `list.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getFollowedLists, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-followed-lists
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose followed Lists to return.
 * @param params.max_results - The most Lists to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
 * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetFollowedListsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getFollowedLists(core, { id: '20' })
 * ```
 */
export function getFollowedLists(core: BaseCore, params: GetFollowedListsParams, options?: CallOptions): Promise<GetFollowedListsResponse>
export function getFollowedLists(core: BaseCore, params: GetFollowedListsParams, options?: CallOptions): Promise<GetFollowedListsResponse> {
  return callV2(core, getFollowedListsRoute, params, options)
}

/** How `getList` is called: `GET /2/lists/{id}`. */
export const getListRoute: Route = { id: 'getListsById', method: 'GET', host: 'v2', path: '/2/lists/{id}', security: [{ scheme: 'oauth2_user', scopes: ['list.read', 'tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 75, per: 'app' }] }

/**
 * Look up one List by its id.
 *
 * `GET https://api.x.com/2/lists/{id}` (X operation `getListsById`) · Auth: OAuth 2.0 user token (scopes `list.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 75 per user and 75 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/lists/get-list-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the List to look up.
 * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
 * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getList(core, { id: '20' })
 * ```
 */
export function getList<F extends ListField>(core: BaseCore, params: GetListFieldsParams<F>, options?: CallOptions): Promise<GetListResponse<F>>

/**
 * Look up one List by its id.
 *
 * `GET https://api.x.com/2/lists/{id}` (X operation `getListsById`) · Auth: OAuth 2.0 user token (scopes `list.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 75 per user and 75 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/lists/get-list-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the List to look up.
 * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
 * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getList(core, { id: '20' })
 * ```
 */
export function getList(core: BaseCore, params: GetListParams, options?: CallOptions): Promise<GetListResponse>
export function getList(core: BaseCore, params: GetListParams, options?: CallOptions): Promise<GetListResponse> {
  return callV2(core, getListRoute, params, options)
}

/** How `getListFollowers` is called: `GET /2/lists/{id}/followers`. */
export const getListFollowersRoute: Route = { id: 'getListsFollowers', method: 'GET', host: 'v2', path: '/2/lists/{id}/followers', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'list.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the users who follow a List.
 *
 * `GET https://api.x.com/2/lists/{id}/followers` (X operation `getListsFollowers`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListFollowers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/lists/get-list-followers
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the List whose followers to return.
 * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetListFollowersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getListFollowers(core, { id: '20' })
 * ```
 */
export function getListFollowers<F extends UserField>(core: BaseCore, params: GetListFollowersFieldsParams<F>, options?: CallOptions): Promise<GetListFollowersResponse<F>>

/**
 * List the users who follow a List.
 *
 * `GET https://api.x.com/2/lists/{id}/followers` (X operation `getListsFollowers`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListFollowers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/lists/get-list-followers
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the List whose followers to return.
 * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetListFollowersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getListFollowers(core, { id: '20' })
 * ```
 */
export function getListFollowers(core: BaseCore, params: GetListFollowersParams, options?: CallOptions): Promise<GetListFollowersResponse>
export function getListFollowers(core: BaseCore, params: GetListFollowersParams, options?: CallOptions): Promise<GetListFollowersResponse> {
  return callV2(core, getListFollowersRoute, params, options)
}

/** How `getListMembers` is called: `GET /2/lists/{id}/members`. */
export const getListMembersRoute: Route = { id: 'getListsMembers', method: 'GET', host: 'v2', path: '/2/lists/{id}/members', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'list.read', 'tweet.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 900, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the users who are members of a List.
 *
 * `GET https://api.x.com/2/lists/{id}/members` (X operation `getListsMembers`) · Auth: OAuth 2.0 user token (scopes `users.read`, `list.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 900 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListMembers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/lists/get-list-members
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the List whose members to return.
 * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetListMembersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getListMembers(core, { id: '20' })
 * ```
 */
export function getListMembers<F extends UserField>(core: BaseCore, params: GetListMembersFieldsParams<F>, options?: CallOptions): Promise<GetListMembersResponse<F>>

/**
 * List the users who are members of a List.
 *
 * `GET https://api.x.com/2/lists/{id}/members` (X operation `getListsMembers`) · Auth: OAuth 2.0 user token (scopes `users.read`, `list.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 900 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListMembers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/lists/get-list-members
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the List whose members to return.
 * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetListMembersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getListMembers(core, { id: '20' })
 * ```
 */
export function getListMembers(core: BaseCore, params: GetListMembersParams, options?: CallOptions): Promise<GetListMembersResponse>
export function getListMembers(core: BaseCore, params: GetListMembersParams, options?: CallOptions): Promise<GetListMembersResponse> {
  return callV2(core, getListMembersRoute, params, options)
}

/** How `getListMemberships` is called: `GET /2/users/{id}/list_memberships`. */
export const getListMembershipsRoute: Route = { id: 'getUsersListMemberships', method: 'GET', host: 'v2', path: '/2/users/{id}/list_memberships', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'list.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 75, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the Lists a user has been added to as a member.
 *
 * `GET https://api.x.com/2/users/{id}/list_memberships` (X operation `getUsersListMemberships`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 75 per user and 75 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListMemberships, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-list-memberships
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose List memberships to return.
 * @param params.max_results - The most Lists to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
 * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetListMembershipsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getListMemberships(core, { id: '20' })
 * ```
 */
export function getListMemberships<F extends ListField>(core: BaseCore, params: GetListMembershipsFieldsParams<F>, options?: CallOptions): Promise<GetListMembershipsResponse<F>>

/**
 * List the Lists a user has been added to as a member.
 *
 * `GET https://api.x.com/2/users/{id}/list_memberships` (X operation `getUsersListMemberships`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 75 per user and 75 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListMemberships, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-list-memberships
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose List memberships to return.
 * @param params.max_results - The most Lists to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
 * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetListMembershipsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getListMemberships(core, { id: '20' })
 * ```
 */
export function getListMemberships(core: BaseCore, params: GetListMembershipsParams, options?: CallOptions): Promise<GetListMembershipsResponse>
export function getListMemberships(core: BaseCore, params: GetListMembershipsParams, options?: CallOptions): Promise<GetListMembershipsResponse> {
  return callV2(core, getListMembershipsRoute, params, options)
}

/** How `getListTweets` is called: `GET /2/lists/{id}/tweets`. */
export const getListTweetsRoute: Route = { id: 'getListsPosts', method: 'GET', host: 'v2', path: '/2/lists/{id}/tweets', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read', 'list.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 900, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the most recent tweets posted by the members of a List.
 *
 * `GET https://api.x.com/2/lists/{id}/tweets` (X operation `getListsPosts`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`, `list.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 900 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/lists/get-list-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the List whose tweets to return.
 * @param params.max_results - The most tweets to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetListTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getListTweets(core, { id: '20' })
 * ```
 */
export function getListTweets<F extends TweetField>(core: BaseCore, params: GetListTweetsFieldsParams<F>, options?: CallOptions): Promise<GetListTweetsResponse<F>>

/**
 * Get the most recent tweets posted by the members of a List.
 *
 * `GET https://api.x.com/2/lists/{id}/tweets` (X operation `getListsPosts`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`, `list.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 900 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/lists/get-list-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the List whose tweets to return.
 * @param params.max_results - The most tweets to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetListTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getListTweets(core, { id: '20' })
 * ```
 */
export function getListTweets(core: BaseCore, params: GetListTweetsParams, options?: CallOptions): Promise<GetListTweetsResponse>
export function getListTweets(core: BaseCore, params: GetListTweetsParams, options?: CallOptions): Promise<GetListTweetsResponse> {
  return callV2(core, getListTweetsRoute, params, options)
}

/** How `getOwnedLists` is called: `GET /2/users/{id}/owned_lists`. */
export const getOwnedListsRoute: Route = { id: 'getUsersOwnedLists', method: 'GET', host: 'v2', path: '/2/users/{id}/owned_lists', security: [{ scheme: 'oauth2_user', scopes: ['list.read', 'users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the Lists a user owns.
 *
 * `GET https://api.x.com/2/users/{id}/owned_lists` (X operation `getUsersOwnedLists`) · Auth: OAuth 2.0 user token (scopes `list.read`, `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 15 per user and 15 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getOwnedLists, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-owned-lists
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose Lists to return.
 * @param params.max_results - The most Lists to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
 * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetOwnedListsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getOwnedLists(core, { id: '20' })
 * ```
 */
export function getOwnedLists<F extends ListField>(core: BaseCore, params: GetOwnedListsFieldsParams<F>, options?: CallOptions): Promise<GetOwnedListsResponse<F>>

/**
 * List the Lists a user owns.
 *
 * `GET https://api.x.com/2/users/{id}/owned_lists` (X operation `getUsersOwnedLists`) · Auth: OAuth 2.0 user token (scopes `list.read`, `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 15 per user and 15 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getOwnedLists, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-owned-lists
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose Lists to return.
 * @param params.max_results - The most Lists to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
 * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetOwnedListsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getOwnedLists(core, { id: '20' })
 * ```
 */
export function getOwnedLists(core: BaseCore, params: GetOwnedListsParams, options?: CallOptions): Promise<GetOwnedListsResponse>
export function getOwnedLists(core: BaseCore, params: GetOwnedListsParams, options?: CallOptions): Promise<GetOwnedListsResponse> {
  return callV2(core, getOwnedListsRoute, params, options)
}

/** How `getPinnedLists` is called: `GET /2/users/{id}/pinned_lists`. */
export const getPinnedListsRoute: Route = { id: 'getUsersPinnedLists', method: 'GET', host: 'v2', path: '/2/users/{id}/pinned_lists', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'list.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * List the Lists the authenticated user has pinned.
 *
 * `GET https://api.x.com/2/users/{id}/pinned_lists` (X operation `getUsersPinnedLists`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user and 15 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/get-pinned-lists
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user (only your own pinned Lists can be read).
 * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
 * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetPinnedListsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getPinnedLists(core, { id: '20' })
 * ```
 */
export function getPinnedLists<F extends ListField>(core: BaseCore, params: GetPinnedListsFieldsParams<F>, options?: CallOptions): Promise<GetPinnedListsResponse<F>>

/**
 * List the Lists the authenticated user has pinned.
 *
 * `GET https://api.x.com/2/users/{id}/pinned_lists` (X operation `getUsersPinnedLists`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user and 15 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/get-pinned-lists
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user (only your own pinned Lists can be read).
 * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
 * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetPinnedListsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getPinnedLists(core, { id: '20' })
 * ```
 */
export function getPinnedLists(core: BaseCore, params: GetPinnedListsParams, options?: CallOptions): Promise<GetPinnedListsResponse>
export function getPinnedLists(core: BaseCore, params: GetPinnedListsParams, options?: CallOptions): Promise<GetPinnedListsResponse> {
  return callV2(core, getPinnedListsRoute, params, options)
}

/** How `pinList` is called: `POST /2/users/{id}/pinned_lists`. */
export const pinListRoute: Route = { id: 'pinList', method: 'POST', host: 'v2', path: '/2/users/{id}/pinned_lists', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'list.write', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }] }

/**
 * Pin a List for the authenticated user, so it shows first among their Lists.
 *
 * The List to pin goes in the body as `list_id`; X allows only a few pinned Lists at a time.
 *
 * `POST https://api.x.com/2/users/{id}/pinned_lists` (X operation `pinList`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `list.write`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/pin-list
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, who pins the List.
 * @param params.list_id - (required) Body field `list_id` of `PinListRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`PinListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await pinList(core, { id: '20', list_id: '20' })
 * ```
 */
export function pinList(core: BaseCore, params: PinListParams, options?: CallOptions): Promise<PinListResponse> {
  return callV2(core, pinListRoute, params, options, v2Json)
}

/** How `removeListMember` is called: `DELETE /2/lists/{id}/members/{user_id}`. */
export const removeListMemberRoute: Route = { id: 'removeListsMemberByUserId', method: 'DELETE', host: 'v2', path: '/2/lists/{id}/members/{user_id}', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'list.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }] }

/**
 * Remove a user from a List the authenticated user owns.
 *
 * `DELETE https://api.x.com/2/lists/{id}/members/{user_id}` (X operation `removeListsMemberByUserId`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 300 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/lists/remove-list-member
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the List to remove the member from.
 * @param params.user_id - (required) The id of the user to remove.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`RemoveListMemberResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await removeListMember(core, { id: '20', user_id: '20' })
 * ```
 */
export function removeListMember(core: BaseCore, params: RemoveListMemberParams, options?: CallOptions): Promise<RemoveListMemberResponse> {
  return callV2(core, removeListMemberRoute, params, options)
}

/** How `unfollowList` is called: `DELETE /2/users/{id}/followed_lists/{list_id}`. */
export const unfollowListRoute: Route = { id: 'unfollowList', method: 'DELETE', host: 'v2', path: '/2/users/{id}/followed_lists/{list_id}', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'list.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }] }

/**
 * Stop following a List, as the authenticated user.
 *
 * `DELETE https://api.x.com/2/users/{id}/followed_lists/{list_id}` (X operation `unfollowList`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/unfollow-list
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, who stops following.
 * @param params.list_id - (required) The id of the List to unfollow.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`UnfollowListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await unfollowList(core, { id: '20', list_id: '20' })
 * ```
 */
export function unfollowList(core: BaseCore, params: UnfollowListParams, options?: CallOptions): Promise<UnfollowListResponse> {
  return callV2(core, unfollowListRoute, params, options)
}

/** How `unpinList` is called: `DELETE /2/users/{id}/pinned_lists/{list_id}`. */
export const unpinListRoute: Route = { id: 'unpinList', method: 'DELETE', host: 'v2', path: '/2/users/{id}/pinned_lists/{list_id}', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'list.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }] }

/**
 * Unpin a List the authenticated user has pinned.
 *
 * `DELETE https://api.x.com/2/users/{id}/pinned_lists/{list_id}` (X operation `unpinList`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/unpin-list
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, who pinned the List.
 * @param params.list_id - (required) The id of the List to unpin.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`UnpinListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await unpinList(core, { id: '20', list_id: '20' })
 * ```
 */
export function unpinList(core: BaseCore, params: UnpinListParams, options?: CallOptions): Promise<UnpinListResponse> {
  return callV2(core, unpinListRoute, params, options)
}

/** How `updateList` is called: `PUT /2/lists/{id}`. */
export const updateListRoute: Route = { id: 'updateLists', method: 'PUT', host: 'v2', path: '/2/lists/{id}', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['list.write', 'users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }] }

/**
 * Change the name, description or privacy of a List the authenticated user owns.
 *
 * Only the fields given in the body change; the answer says whether the update took effect.
 *
 * `PUT https://api.x.com/2/lists/{id}` (X operation `updateLists`) · Auth: OAuth 2.0 user token (scopes `list.write`, `users.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 300 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/lists/update-list
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the List to update.
 * @param params.description - Body field `description` of `UpdateListRequest`.
 * @param params.name - Body field `name` of `UpdateListRequest`.
 * @param params.private - Body field `private` of `UpdateListRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`UpdateListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await updateList(core, { id: '20' })
 * ```
 */
export function updateList(core: BaseCore, params: UpdateListParams, options?: CallOptions): Promise<UpdateListResponse> {
  return callV2(core, updateListRoute, params, options, v2Json)
}
