// generated from spec/endpoints/friendships.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, PAGINATION, Paging, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import type { CursoredIds, CursoredStringIds, CursoredUsers } from './models/cursored.js'
import type { FriendshipLookup, Relationship } from './models/relationships.js'
import type { User } from './models/users.js'

/** Parameters of `getUserIdsOfBlockedRetweets` (`get_user_ids_of_blocked_retweets`). */
export interface GetUserIdsOfBlockedRetweetsParams {
  /**
   * When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @defaultValue false
   * @example true
   */
  readonly stringify_ids?: boolean
}

/** What `getUserIdsOfBlockedRetweets` resolves to. */
export type GetUserIdsOfBlockedRetweetsResponse = number[] | string[]

/** What `getUserIdsOfBlockedRetweets` resolves to when the call passes `stringify_ids: true`: every id a string. */
export type GetUserIdsOfBlockedRetweetsStringIdsResponse = string[]

/** How `get_user_ids_of_blocked_retweets` is called: `GET friendships/no_retweets/ids`. */
export const getUserIdsOfBlockedRetweetsRoute: Route = { id: 'get_user_ids_of_blocked_retweets', method: 'GET', path: 'friendships/no_retweets/ids', auth: 'user', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Get the ids of the users whose retweets the authenticating user has turned off.
 *
 * The response is a plain JSON array of user ids, not a cursored object. Pass `stringify_ids: true` in JavaScript, since ids can exceed 2^53. Turn retweets from a user on or off with `updateFriendship`.
 *
 * `GET https://api.twitter.com/1.1/friendships/no_retweets/ids.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-no_retweets-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `string[]`. With `stringify_ids: true` every id is a string.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getUserIdsOfBlockedRetweets(core, { stringify_ids: true })
 * ```
 */
export function getUserIdsOfBlockedRetweets(core: BaseCore, params: GetUserIdsOfBlockedRetweetsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<GetUserIdsOfBlockedRetweetsStringIdsResponse>

/**
 * Get the ids of the users whose retweets the authenticating user has turned off.
 *
 * The response is a plain JSON array of user ids, not a cursored object. Pass `stringify_ids: true` in JavaScript, since ids can exceed 2^53. Turn retweets from a user on or off with `updateFriendship`.
 *
 * `GET https://api.twitter.com/1.1/friendships/no_retweets/ids.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-no_retweets-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The ids of the users whose retweets are turned off, as numbers (as strings with `stringify_ids` true).
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getUserIdsOfBlockedRetweets(core)
 * ```
 */
export function getUserIdsOfBlockedRetweets(core: BaseCore, params?: GetUserIdsOfBlockedRetweetsParams, options?: CallOptions): Promise<GetUserIdsOfBlockedRetweetsResponse>
export function getUserIdsOfBlockedRetweets(core: BaseCore, params: GetUserIdsOfBlockedRetweetsParams = {}, options?: CallOptions): Promise<GetUserIdsOfBlockedRetweetsResponse> {
  return callV1(core, getUserIdsOfBlockedRetweetsRoute, params, options)
}

/** Parameters of `getFriendsIds` (`get_friends_ids`). */
export interface GetFriendsIdsParams {
  /**
   * Numeric id of the user whose friends to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own friends).
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle (without the \@) of the user whose friends to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own friends).
   * @example 'twitterapi'
   */
  readonly screen_name?: string
  /**
   * Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @defaultValue '-1'
   * @example '-1'
   */
  readonly cursor?: string | bigint
  /**
   * When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @defaultValue false
   * @example true
   */
  readonly stringify_ids?: boolean
  /**
   * The most ids to return per page, up to 5,000 (also the default). Keep the same value for every page of one walk through the collection.
   * @example 2048
   */
  readonly count?: number
  /** Marks `getFriendsIds` as paginated for `cursor()` (cursor over `ids`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'ids'>
}

/** What `getFriendsIds` resolves to. */
export type GetFriendsIdsResponse = CursoredIds

/** What `getFriendsIds` resolves to when the call passes `stringify_ids: true`: every id a string. */
export type GetFriendsIdsStringIdsResponse = CursoredStringIds

/** How `get_friends_ids` is called: `GET friends/ids`. */
export const getFriendsIdsRoute: Route = { id: 'get_friends_ids', method: 'GET', path: 'friends/ids', paginate: { style: 'cursor', items: 'ids' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Page through the ids of every account a user follows.
 *
 * Pages hold up to 5,000 ids, newest follows first (an order Twitter does not promise to keep). Suspended accounts are removed after a page is cut, so a page can be short. Turn the ids into user objects in bulk with `lookupUser`. With neither `user_id` nor `screen_name`, the authenticating user's friends are listed.
 *
 * `GET https://api.twitter.com/1.1/friends/ids.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getFriendsIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friends-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the user whose friends to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own friends).
 * @param params.screen_name - Handle (without the \@) of the user whose friends to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own friends).
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
 * @param params.count - The most ids to return per page, up to 5,000 (also the default). Keep the same value for every page of one walk through the collection.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredStringIds`: one page of account ids as strings, as the id collections return it when the request sets `stringify_ids=true` (which `cursor()` does for you).
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getFriendsIds(core, { screen_name: 'twitterapi', stringify_ids: true })
 * ```
 */
export function getFriendsIds(core: BaseCore, params: GetFriendsIdsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<GetFriendsIdsStringIdsResponse>

/**
 * Page through the ids of every account a user follows.
 *
 * Pages hold up to 5,000 ids, newest follows first (an order Twitter does not promise to keep). Suspended accounts are removed after a page is cut, so a page can be short. Turn the ids into user objects in bulk with `lookupUser`. With neither `user_id` nor `screen_name`, the authenticating user's friends are listed.
 *
 * `GET https://api.twitter.com/1.1/friends/ids.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getFriendsIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friends-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the user whose friends to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own friends).
 * @param params.screen_name - Handle (without the \@) of the user whose friends to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own friends).
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
 * @param params.count - The most ids to return per page, up to 5,000 (also the default). Keep the same value for every page of one walk through the collection.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredIds`: one page of account ids, as `followers/ids`, `friends/ids`, `blocks/ids` and similar endpoints return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getFriendsIds(core, { screen_name: 'twitterapi' })
 * ```
 */
export function getFriendsIds(core: BaseCore, params?: GetFriendsIdsParams, options?: CallOptions): Promise<GetFriendsIdsResponse>
export function getFriendsIds(core: BaseCore, params: GetFriendsIdsParams = {}, options?: CallOptions): Promise<GetFriendsIdsResponse> {
  return callV1(core, getFriendsIdsRoute, params, options)
}

/** Parameters of `getFollowersIds` (`get_followers_ids`). */
export interface GetFollowersIdsParams {
  /**
   * Numeric id of the user whose followers to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own followers).
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle (without the \@) of the user whose followers to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own followers).
   * @example 'emu_dev'
   */
  readonly screen_name?: string
  /**
   * Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @defaultValue '-1'
   * @example '-1'
   */
  readonly cursor?: string | bigint
  /**
   * When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @defaultValue false
   * @example true
   */
  readonly stringify_ids?: boolean
  /**
   * The most ids to return per page, up to 5,000 (also the default). Keep the same value for every page of one walk through the collection.
   * @example 2048
   */
  readonly count?: number
  /** Marks `getFollowersIds` as paginated for `cursor()` (cursor over `ids`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'ids'>
}

/** What `getFollowersIds` resolves to. */
export type GetFollowersIdsResponse = CursoredIds

/** What `getFollowersIds` resolves to when the call passes `stringify_ids: true`: every id a string. */
export type GetFollowersIdsStringIdsResponse = CursoredStringIds

/** How `get_followers_ids` is called: `GET followers/ids`. */
export const getFollowersIdsRoute: Route = { id: 'get_followers_ids', method: 'GET', path: 'followers/ids', paginate: { style: 'cursor', items: 'ids' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Page through the ids of every account that follows a user.
 *
 * Pages hold up to 5,000 ids, newest followers first (an order Twitter does not promise to keep). Suspended accounts are removed after a page is cut, so a page can be short. Turn the ids into user objects in bulk with `lookupUser`. With neither `user_id` nor `screen_name`, the authenticating user's followers are listed.
 *
 * `GET https://api.twitter.com/1.1/followers/ids.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getFollowersIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-followers-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the user whose followers to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own followers).
 * @param params.screen_name - Handle (without the \@) of the user whose followers to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own followers).
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
 * @param params.count - The most ids to return per page, up to 5,000 (also the default). Keep the same value for every page of one walk through the collection.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredStringIds`: one page of account ids as strings, as the id collections return it when the request sets `stringify_ids=true` (which `cursor()` does for you).
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getFollowersIds(core, { screen_name: 'twitterapi', stringify_ids: true })
 * ```
 */
export function getFollowersIds(core: BaseCore, params: GetFollowersIdsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<GetFollowersIdsStringIdsResponse>

/**
 * Page through the ids of every account that follows a user.
 *
 * Pages hold up to 5,000 ids, newest followers first (an order Twitter does not promise to keep). Suspended accounts are removed after a page is cut, so a page can be short. Turn the ids into user objects in bulk with `lookupUser`. With neither `user_id` nor `screen_name`, the authenticating user's followers are listed.
 *
 * `GET https://api.twitter.com/1.1/followers/ids.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getFollowersIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-followers-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the user whose followers to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own followers).
 * @param params.screen_name - Handle (without the \@) of the user whose followers to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own followers).
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
 * @param params.count - The most ids to return per page, up to 5,000 (also the default). Keep the same value for every page of one walk through the collection.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredIds`: one page of account ids, as `followers/ids`, `friends/ids`, `blocks/ids` and similar endpoints return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getFollowersIds(core, { screen_name: 'twitterapi' })
 * ```
 */
export function getFollowersIds(core: BaseCore, params?: GetFollowersIdsParams, options?: CallOptions): Promise<GetFollowersIdsResponse>
export function getFollowersIds(core: BaseCore, params: GetFollowersIdsParams = {}, options?: CallOptions): Promise<GetFollowersIdsResponse> {
  return callV1(core, getFollowersIdsRoute, params, options)
}

/** Parameters of `lookupFriendships` (`lookup_friendships`). */
export interface LookupFriendshipsParams {
  /**
   * Handles (without the \@) of the accounts to check, up to 100, sent comma-separated. Give this or `user_id` (at least one of them is needed).
   * @example ['twitterapi', 'maya_codes']
   */
  readonly screen_name?: readonly string[]
  /**
   * Numeric ids of the accounts to check, up to 100, sent comma-separated. Give this or `screen_name` (at least one of them is needed).
   * @example ['102665763025846275', '645885173560246279']
   */
  readonly user_id?: readonly (string | bigint)[]
}

/** What `lookupFriendships` resolves to. */
export type LookupFriendshipsResponse = FriendshipLookup[]

/** How `lookup_friendships` is called: `GET friendships/lookup`. */
export const lookupFriendshipsRoute: Route = { id: 'lookup_friendships', method: 'GET', path: 'friendships/lookup', auth: 'user', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Get how the authenticating user is connected to each of up to 100 other accounts.
 *
 * Each result carries a `connections` array drawn from `following`, `following_requested`, `followed_by`, `none`, `blocking` and `muting`. Name the accounts with `screen_name`, `user_id` or both; up to 100 in total per request.
 *
 * `GET https://api.twitter.com/1.1/friendships/lookup.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-lookup
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.screen_name - Handles (without the \@) of the accounts to check, up to 100, sent comma-separated. Give this or `user_id` (at least one of them is needed).
 * @param params.user_id - Numeric ids of the accounts to check, up to 100, sent comma-separated. Give this or `screen_name` (at least one of them is needed).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `FriendshipLookup`, each one how the authenticating user relates to one of the accounts passed to `friendships/lookup`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await lookupFriendships(core, { screen_name: ['twitterapi', 'maya_codes'] })
 * ```
 */
export function lookupFriendships(core: BaseCore, params: LookupFriendshipsParams = {}, options?: CallOptions): Promise<LookupFriendshipsResponse> {
  return callV1(core, lookupFriendshipsRoute, params, options)
}

/** Parameters of `getIncomingFriendshipIds` (`get_incoming_friendship_ids`). */
export interface GetIncomingFriendshipIdsParams {
  /**
   * Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @defaultValue '-1'
   * @example '-1'
   */
  readonly cursor?: string | bigint
  /**
   * When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @defaultValue false
   * @example true
   */
  readonly stringify_ids?: boolean
  /** Marks `getIncomingFriendshipIds` as paginated for `cursor()` (cursor over `ids`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'ids'>
}

/** What `getIncomingFriendshipIds` resolves to. */
export type GetIncomingFriendshipIdsResponse = CursoredIds

/** What `getIncomingFriendshipIds` resolves to when the call passes `stringify_ids: true`: every id a string. */
export type GetIncomingFriendshipIdsStringIdsResponse = CursoredStringIds

/** How `get_incoming_friendship_ids` is called: `GET friendships/incoming`. */
export const getIncomingFriendshipIdsRoute: Route = { id: 'get_incoming_friendship_ids', method: 'GET', path: 'friendships/incoming', auth: 'user', paginate: { style: 'cursor', items: 'ids' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Page through the ids of accounts waiting for the authenticating user to accept their follow request.
 *
 * Only protected accounts receive follow requests, so this is empty for public accounts. Pages hold up to 5,000 ids.
 *
 * `GET https://api.twitter.com/1.1/friendships/incoming.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getIncomingFriendshipIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-incoming
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredStringIds`: one page of account ids as strings, as the id collections return it when the request sets `stringify_ids=true` (which `cursor()` does for you).
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getIncomingFriendshipIds(core, { stringify_ids: true })
 * ```
 */
export function getIncomingFriendshipIds(core: BaseCore, params: GetIncomingFriendshipIdsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<GetIncomingFriendshipIdsStringIdsResponse>

/**
 * Page through the ids of accounts waiting for the authenticating user to accept their follow request.
 *
 * Only protected accounts receive follow requests, so this is empty for public accounts. Pages hold up to 5,000 ids.
 *
 * `GET https://api.twitter.com/1.1/friendships/incoming.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getIncomingFriendshipIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-incoming
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredIds`: one page of account ids, as `followers/ids`, `friends/ids`, `blocks/ids` and similar endpoints return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getIncomingFriendshipIds(core)
 * ```
 */
export function getIncomingFriendshipIds(core: BaseCore, params?: GetIncomingFriendshipIdsParams, options?: CallOptions): Promise<GetIncomingFriendshipIdsResponse>
export function getIncomingFriendshipIds(core: BaseCore, params: GetIncomingFriendshipIdsParams = {}, options?: CallOptions): Promise<GetIncomingFriendshipIdsResponse> {
  return callV1(core, getIncomingFriendshipIdsRoute, params, options)
}

/** Parameters of `getOutgoingFriendshipIds` (`get_outgoing_friendship_ids`). */
export interface GetOutgoingFriendshipIdsParams {
  /**
   * Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @defaultValue '-1'
   * @example '-1'
   */
  readonly cursor?: string | bigint
  /**
   * When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @defaultValue false
   * @example true
   */
  readonly stringify_ids?: boolean
  /** Marks `getOutgoingFriendshipIds` as paginated for `cursor()` (cursor over `ids`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'ids'>
}

/** What `getOutgoingFriendshipIds` resolves to. */
export type GetOutgoingFriendshipIdsResponse = CursoredIds

/** What `getOutgoingFriendshipIds` resolves to when the call passes `stringify_ids: true`: every id a string. */
export type GetOutgoingFriendshipIdsStringIdsResponse = CursoredStringIds

/** How `get_outgoing_friendship_ids` is called: `GET friendships/outgoing`. */
export const getOutgoingFriendshipIdsRoute: Route = { id: 'get_outgoing_friendship_ids', method: 'GET', path: 'friendships/outgoing', auth: 'user', paginate: { style: 'cursor', items: 'ids' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Page through the ids of protected accounts the authenticating user has asked to follow and that have not yet answered.
 *
 * Pages hold up to 5,000 ids.
 *
 * `GET https://api.twitter.com/1.1/friendships/outgoing.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getOutgoingFriendshipIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-outgoing
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredStringIds`: one page of account ids as strings, as the id collections return it when the request sets `stringify_ids=true` (which `cursor()` does for you).
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getOutgoingFriendshipIds(core, { stringify_ids: true })
 * ```
 */
export function getOutgoingFriendshipIds(core: BaseCore, params: GetOutgoingFriendshipIdsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<GetOutgoingFriendshipIdsStringIdsResponse>

/**
 * Page through the ids of protected accounts the authenticating user has asked to follow and that have not yet answered.
 *
 * Pages hold up to 5,000 ids.
 *
 * `GET https://api.twitter.com/1.1/friendships/outgoing.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getOutgoingFriendshipIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-outgoing
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredIds`: one page of account ids, as `followers/ids`, `friends/ids`, `blocks/ids` and similar endpoints return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getOutgoingFriendshipIds(core)
 * ```
 */
export function getOutgoingFriendshipIds(core: BaseCore, params?: GetOutgoingFriendshipIdsParams, options?: CallOptions): Promise<GetOutgoingFriendshipIdsResponse>
export function getOutgoingFriendshipIds(core: BaseCore, params: GetOutgoingFriendshipIdsParams = {}, options?: CallOptions): Promise<GetOutgoingFriendshipIdsResponse> {
  return callV1(core, getOutgoingFriendshipIdsRoute, params, options)
}

/** Parameters of `createFriendship` (`create_friendship`). */
export interface CreateFriendshipParams {
  /**
   * Handle (without the \@) of the account to follow. Give this or `user_id`; one of them is required.
   * @example 'maya_codes'
   */
  readonly screen_name?: string
  /**
   * Numeric id of the account to follow. Give this or `screen_name`; one of them is required.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * When true, also turn on device notifications for the followed account's Tweets.
   * @example true
   */
  readonly follow?: boolean
}

/** What `createFriendship` resolves to. */
export type CreateFriendshipResponse = User

/** How `create_friendship` is called: `POST friendships/create`. */
export const createFriendshipRoute: Route = { id: 'create_friendship', method: 'POST', path: 'friendships/create', auth: 'user', rateLimits: [{ windowSeconds: 86400, limit: 1000, per: 'user' }] }

/**
 * Follow an account as the authenticating user.
 *
 * Returns the account now followed. Following a protected account sends a follow request instead. If the user already follows the account Twitter may answer 403, or for speed simply 200. The change is applied asynchronously. Twitter caps follows at 1,000 a day per user and 1,000 a day per app, on top of its account-level follow limits.
 *
 * `POST https://api.twitter.com/1.1/friendships/create.json` · Auth: OAuth 1.0a user context. Rate limit: 1000 per user every 1440 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/post-friendships-create
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.screen_name - Handle (without the \@) of the account to follow. Give this or `user_id`; one of them is required.
 * @param params.user_id - Numeric id of the account to follow. Give this or `screen_name`; one of them is required.
 * @param params.follow - When true, also turn on device notifications for the followed account's Tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The account now followed (or asked to follow, if it is protected).
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await createFriendship(core, { screen_name: 'chen_ml' })
 * ```
 */
export function createFriendship(core: BaseCore, params: CreateFriendshipParams = {}, options?: CallOptions): Promise<CreateFriendshipResponse> {
  return callV1(core, createFriendshipRoute, params, options)
}

/** Parameters of `destroyFriendship` (`destroy_friendship`). */
export interface DestroyFriendshipParams {
  /**
   * Handle (without the \@) of the account to unfollow. Give this or `user_id`; one of them is required.
   * @example 'maya_codes'
   */
  readonly screen_name?: string
  /**
   * Numeric id of the account to unfollow. Give this or `screen_name`; one of them is required.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
}

/** What `destroyFriendship` resolves to. */
export type DestroyFriendshipResponse = User

/** How `destroy_friendship` is called: `POST friendships/destroy`. */
export const destroyFriendshipRoute: Route = { id: 'destroy_friendship', method: 'POST', path: 'friendships/destroy', auth: 'user' }

/**
 * Unfollow an account as the authenticating user.
 *
 * Returns the account no longer followed. The change is applied asynchronously.
 *
 * `POST https://api.twitter.com/1.1/friendships/destroy.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/post-friendships-destroy
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.screen_name - Handle (without the \@) of the account to unfollow. Give this or `user_id`; one of them is required.
 * @param params.user_id - Numeric id of the account to unfollow. Give this or `screen_name`; one of them is required.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The account no longer followed.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await destroyFriendship(core, { screen_name: 'maya_codes' })
 * ```
 */
export function destroyFriendship(core: BaseCore, params: DestroyFriendshipParams = {}, options?: CallOptions): Promise<DestroyFriendshipResponse> {
  return callV1(core, destroyFriendshipRoute, params, options)
}

/** Parameters of `updateFriendship` (`update_friendship`). */
export interface UpdateFriendshipParams {
  /**
   * Handle (without the \@) of the followed account. Give this or `user_id`; one of them is required.
   * @example 'twitterapi'
   */
  readonly screen_name?: string
  /**
   * Numeric id of the followed account. Give this or `screen_name`; one of them is required.
   * @example '645885173560246279'
   */
  readonly user_id?: string | bigint
  /**
   * True to get device notifications for this account's Tweets, false to stop them.
   * @example true
   */
  readonly device?: boolean
  /**
   * False to hide this account's retweets from the authenticating user's timeline, true to show them again.
   * @example false
   */
  readonly retweets?: boolean
}

/** What `updateFriendship` resolves to. */
export type UpdateFriendshipResponse = Relationship

/** How `update_friendship` is called: `POST friendships/update`. */
export const updateFriendshipRoute: Route = { id: 'update_friendship', method: 'POST', path: 'friendships/update', auth: 'user' }

/**
 * Turn retweets or device notifications from a followed account on or off.
 *
 * `POST https://api.twitter.com/1.1/friendships/update.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/post-friendships-update
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.screen_name - Handle (without the \@) of the followed account. Give this or `user_id`; one of them is required.
 * @param params.user_id - Numeric id of the followed account. Give this or `screen_name`; one of them is required.
 * @param params.device - True to get device notifications for this account's Tweets, false to stop them.
 * @param params.retweets - False to hide this account's retweets from the authenticating user's timeline, true to show them again.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `Relationship`: the relationship between a source and a target account, as `friendships/show` returns it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await updateFriendship(core, { screen_name: 'maya_codes', retweets: false })
 * ```
 */
export function updateFriendship(core: BaseCore, params: UpdateFriendshipParams = {}, options?: CallOptions): Promise<UpdateFriendshipResponse> {
  return callV1(core, updateFriendshipRoute, params, options)
}

/** Parameters of `showFriendship` (`show_friendship`). */
export interface ShowFriendshipParams {
  /**
   * Numeric id of the source (subject) account. Give this or `source_screen_name`; with user auth both may be left out to use the authenticating user.
   * @example '442585580958646273'
   */
  readonly source_id?: string | bigint
  /**
   * Handle of the source (subject) account. Give this or `source_id`; with user auth both may be left out to use the authenticating user.
   * @example 'emu_dev'
   */
  readonly source_screen_name?: string
  /**
   * Numeric id of the target account. Give this or `target_screen_name`; one of them is required.
   * @example '2104934217937846609'
   */
  readonly target_id?: string | bigint
  /**
   * Handle of the target account. Give this or `target_id`; one of them is required.
   * @example 'maya_codes'
   */
  readonly target_screen_name?: string
}

/** What `showFriendship` resolves to. */
export type ShowFriendshipResponse = Relationship

/** How `show_friendship` is called: `GET friendships/show`. */
export const showFriendshipRoute: Route = { id: 'show_friendship', method: 'GET', path: 'friendships/show', rateLimits: [{ windowSeconds: 900, limit: 180, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Describe the relationship between two accounts, from the first one's point of view.
 *
 * Name the source account with `source_id` or `source_screen_name` (with user auth it defaults to the authenticating user) and the target with `target_id` or `target_screen_name` (one of these is required).
 *
 * `GET https://api.twitter.com/1.1/friendships/show.json` · Auth: user context or app-only bearer token. Rate limit: 180 per user, 15 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-show
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.source_id - Numeric id of the source (subject) account. Give this or `source_screen_name`; with user auth both may be left out to use the authenticating user.
 * @param params.source_screen_name - Handle of the source (subject) account. Give this or `source_id`; with user auth both may be left out to use the authenticating user.
 * @param params.target_id - Numeric id of the target account. Give this or `target_screen_name`; one of them is required.
 * @param params.target_screen_name - Handle of the target account. Give this or `target_id`; one of them is required.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `Relationship`: the relationship between a source and a target account, as `friendships/show` returns it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await showFriendship(core, { target_screen_name: 'maya_codes' })
 * ```
 */
export function showFriendship(core: BaseCore, params: ShowFriendshipParams = {}, options?: CallOptions): Promise<ShowFriendshipResponse> {
  return callV1(core, showFriendshipRoute, params, options)
}

/** Parameters of `getFriendsList` (`get_friends_list`). */
export interface GetFriendsListParams {
  /**
   * Numeric id of the user whose friends to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own friends).
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle (without the \@) of the user whose friends to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own friends).
   * @example 'emu_dev'
   */
  readonly screen_name?: string
  /**
   * Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @defaultValue '-1'
   * @example '-1'
   */
  readonly cursor?: string | bigint
  /**
   * How many users to return per page, at most 200; 20 when left out.
   * @defaultValue 20
   * @example 200
   */
  readonly count?: number
  /**
   * When true, each user comes back without their most recent Tweet.
   * @defaultValue false
   * @example true
   */
  readonly skip_status?: boolean
  /**
   * Set to false to leave the `entities` object out of each user.
   * @defaultValue true
   * @example false
   */
  readonly include_user_entities?: boolean
  /** Marks `getFriendsList` as paginated for `cursor()` (cursor over `users`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'users'>
}

/** What `getFriendsList` resolves to. */
export type GetFriendsListResponse = CursoredUsers

/** How `get_friends_list` is called: `GET friends/list`. */
export const getFriendsListRoute: Route = { id: 'get_friends_list', method: 'GET', path: 'friends/list', paginate: { style: 'cursor', items: 'users' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Page through the accounts a user follows, as full user objects.
 *
 * Pages hold 20 users by default and up to 200, newest follows first (an order Twitter does not promise to keep). With neither `user_id` nor `screen_name`, the authenticating user's friends are listed.
 *
 * `GET https://api.twitter.com/1.1/friends/list.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getFriendsList, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friends-list
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the user whose friends to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own friends).
 * @param params.screen_name - Handle (without the \@) of the user whose friends to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own friends).
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param params.count - How many users to return per page, at most 200; 20 when left out.
 * @param params.skip_status - When true, each user comes back without their most recent Tweet.
 * @param params.include_user_entities - Set to false to leave the `entities` object out of each user.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredUsers`: one page of users, as `followers/list`, `friends/list`, `blocks/list`, `lists/members` and similar endpoints return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getFriendsList(core, { screen_name: 'emu_dev' })
 * ```
 */
export function getFriendsList(core: BaseCore, params: GetFriendsListParams = {}, options?: CallOptions): Promise<GetFriendsListResponse> {
  return callV1(core, getFriendsListRoute, params, options)
}

/** Parameters of `getFollowersList` (`get_followers_list`). */
export interface GetFollowersListParams {
  /**
   * Numeric id of the user whose followers to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own followers).
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle (without the \@) of the user whose followers to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own followers).
   * @example 'emu_dev'
   */
  readonly screen_name?: string
  /**
   * Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @defaultValue '-1'
   * @example '-1'
   */
  readonly cursor?: string | bigint
  /**
   * How many users to return per page, at most 200; 20 when left out.
   * @defaultValue 20
   * @example 200
   */
  readonly count?: number
  /**
   * When true, each user comes back without their most recent Tweet.
   * @defaultValue false
   * @example true
   */
  readonly skip_status?: boolean
  /**
   * Set to false to leave the `entities` object out of each user.
   * @defaultValue true
   * @example false
   */
  readonly include_user_entities?: boolean
  /** Marks `getFollowersList` as paginated for `cursor()` (cursor over `users`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'users'>
}

/** What `getFollowersList` resolves to. */
export type GetFollowersListResponse = CursoredUsers

/** How `get_followers_list` is called: `GET followers/list`. */
export const getFollowersListRoute: Route = { id: 'get_followers_list', method: 'GET', path: 'followers/list', paginate: { style: 'cursor', items: 'users' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Page through the accounts that follow a user, as full user objects.
 *
 * Pages hold 20 users by default and up to 200, newest followers first (an order Twitter does not promise to keep). With neither `user_id` nor `screen_name`, the authenticating user's followers are listed.
 *
 * `GET https://api.twitter.com/1.1/followers/list.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getFollowersList, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-followers-list
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the user whose followers to list. Give this or `screen_name` (one of the two is needed unless you want the authenticating user's own followers).
 * @param params.screen_name - Handle (without the \@) of the user whose followers to list. Give this or `user_id` (one of the two is needed unless you want the authenticating user's own followers).
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param params.count - How many users to return per page, at most 200; 20 when left out.
 * @param params.skip_status - When true, each user comes back without their most recent Tweet.
 * @param params.include_user_entities - Set to false to leave the `entities` object out of each user.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredUsers`: one page of users, as `followers/list`, `friends/list`, `blocks/list`, `lists/members` and similar endpoints return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getFollowersList(core, { screen_name: 'twitterapi' })
 * ```
 */
export function getFollowersList(core: BaseCore, params: GetFollowersListParams = {}, options?: CallOptions): Promise<GetFollowersListResponse> {
  return callV1(core, getFollowersListRoute, params, options)
}
