// generated from spec/endpoints/mutes.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, PAGINATION, Paging, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import type { CursoredIds, CursoredStringIds, CursoredUsers } from './models/cursored.js'
import type { User } from './models/users.js'

/** Parameters of `listMutes` (`list_mutes`). */
export interface ListMutesParams {
  /**
   * Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @defaultValue '-1'
   * @example '-1'
   */
  readonly cursor?: string | bigint
  /**
   * Set to false to leave the `entities` object out of each user's embedded Tweet.
   * @defaultValue true
   * @example false
   */
  readonly include_entities?: boolean
  /**
   * When true, each user comes back without their most recent Tweet.
   * @defaultValue false
   * @example true
   */
  readonly skip_status?: boolean
  /** Marks `listMutes` as paginated for `cursor()` (cursor over `users`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'users'>
}

/** What `listMutes` resolves to. */
export type ListMutesResponse = CursoredUsers

/** How `list_mutes` is called: `GET mutes/users/list`. */
export const listMutesRoute: Route = { id: 'list_mutes', method: 'GET', path: 'mutes/users/list', auth: 'user', paginate: { style: 'cursor', items: 'users' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Page through the accounts the authenticating user has muted, as full user objects.
 *
 * `GET https://api.twitter.com/1.1/mutes/users/list.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.listMutes, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/get-mutes-users-list
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded Tweet.
 * @param params.skip_status - When true, each user comes back without their most recent Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredUsers`: one page of users, as `followers/list`, `friends/list`, `blocks/list`, `lists/members` and similar endpoints return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await listMutes(core)
 * ```
 */
export function listMutes(core: BaseCore, params: ListMutesParams = {}, options?: CallOptions): Promise<ListMutesResponse> {
  return callV1(core, listMutesRoute, params, options)
}

/** Parameters of `listMuteIds` (`list_mute_ids`). */
export interface ListMuteIdsParams {
  /**
   * When true, the ids come back as strings, which JavaScript can hold without losing precision.
   * @example true
   */
  readonly stringify_ids?: boolean
  /**
   * Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @defaultValue '-1'
   * @example '-1'
   */
  readonly cursor?: string | bigint
  /** Marks `listMuteIds` as paginated for `cursor()` (cursor over `ids`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'ids'>
}

/** What `listMuteIds` resolves to. */
export type ListMuteIdsResponse = CursoredIds

/** What `listMuteIds` resolves to when the call passes `stringify_ids: true`: every id a string. */
export type ListMuteIdsStringIdsResponse = CursoredStringIds

/** How `list_mute_ids` is called: `GET mutes/users/ids`. */
export const listMuteIdsRoute: Route = { id: 'list_mute_ids', method: 'GET', path: 'mutes/users/ids', auth: 'user', paginate: { style: 'cursor', items: 'ids' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Page through the ids of the accounts the authenticating user has muted.
 *
 * Pages hold up to 5,000 ids. Use `stringify_ids` in JavaScript, since ids can exceed 2^53.
 *
 * `GET https://api.twitter.com/1.1/mutes/users/ids.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.listMuteIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/get-mutes-users-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredStringIds`: one page of account ids as strings, as the id collections return it when the request sets `stringify_ids=true` (which `cursor()` does for you).
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await listMuteIds(core, { stringify_ids: true })
 * ```
 */
export function listMuteIds(core: BaseCore, params: ListMuteIdsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<ListMuteIdsStringIdsResponse>

/**
 * Page through the ids of the accounts the authenticating user has muted.
 *
 * Pages hold up to 5,000 ids. Use `stringify_ids` in JavaScript, since ids can exceed 2^53.
 *
 * `GET https://api.twitter.com/1.1/mutes/users/ids.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.listMuteIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/get-mutes-users-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredIds`: one page of account ids, as `followers/ids`, `friends/ids`, `blocks/ids` and similar endpoints return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await listMuteIds(core)
 * ```
 */
export function listMuteIds(core: BaseCore, params?: ListMuteIdsParams, options?: CallOptions): Promise<ListMuteIdsResponse>
export function listMuteIds(core: BaseCore, params: ListMuteIdsParams = {}, options?: CallOptions): Promise<ListMuteIdsResponse> {
  return callV1(core, listMuteIdsRoute, params, options)
}

/** Parameters of `createMute` (`create_mute`). */
export interface CreateMuteParams {
  /**
   * Handle (without the \@) of the account to mute. Give this or `user_id`; one of them is required.
   * @example 'tomas_ops'
   */
  readonly screen_name?: string
  /**
   * Numeric id of the account to mute. Give this or `screen_name`; one of them is required.
   * @example '164996475909046276'
   */
  readonly user_id?: string | bigint
}

/** What `createMute` resolves to. */
export type CreateMuteResponse = User

/** How `create_mute` is called: `POST mutes/users/create`. */
export const createMuteRoute: Route = { id: 'create_mute', method: 'POST', path: 'mutes/users/create', auth: 'user' }

/**
 * Mute an account on behalf of the authenticating user.
 *
 * Returns the muted user. The change is applied asynchronously, so listings may lag behind briefly.
 *
 * `POST https://api.twitter.com/1.1/mutes/users/create.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/post-mutes-users-create
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.screen_name - Handle (without the \@) of the account to mute. Give this or `user_id`; one of them is required.
 * @param params.user_id - Numeric id of the account to mute. Give this or `screen_name`; one of them is required.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The muted account.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await createMute(core, { screen_name: 'tomas_ops' })
 * ```
 */
export function createMute(core: BaseCore, params: CreateMuteParams = {}, options?: CallOptions): Promise<CreateMuteResponse> {
  return callV1(core, createMuteRoute, params, options)
}

/** Parameters of `destroyMute` (`destroy_mute`). */
export interface DestroyMuteParams {
  /**
   * Handle (without the \@) of the account to unmute. Give this or `user_id`; one of them is required.
   * @example 'tomas_ops'
   */
  readonly screen_name?: string
  /**
   * Numeric id of the account to unmute. Give this or `screen_name`; one of them is required.
   * @example '164996475909046276'
   */
  readonly user_id?: string | bigint
}

/** What `destroyMute` resolves to. */
export type DestroyMuteResponse = User

/** How `destroy_mute` is called: `POST mutes/users/destroy`. */
export const destroyMuteRoute: Route = { id: 'destroy_mute', method: 'POST', path: 'mutes/users/destroy', auth: 'user' }

/**
 * Unmute an account on behalf of the authenticating user.
 *
 * Returns the unmuted user. The change is applied asynchronously, so listings may lag behind briefly.
 *
 * `POST https://api.twitter.com/1.1/mutes/users/destroy.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/post-mutes-users-destroy
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.screen_name - Handle (without the \@) of the account to unmute. Give this or `user_id`; one of them is required.
 * @param params.user_id - Numeric id of the account to unmute. Give this or `screen_name`; one of them is required.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The account no longer muted.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await destroyMute(core, { screen_name: 'ravi_data' })
 * ```
 */
export function destroyMute(core: BaseCore, params: DestroyMuteParams = {}, options?: CallOptions): Promise<DestroyMuteResponse> {
  return callV1(core, destroyMuteRoute, params, options)
}
