// generated from spec/endpoints/blocks.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, PAGINATION, Paging, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import type { CursoredIds, CursoredStringIds, CursoredUsers } from './models/cursored.js'
import type { User } from './models/users.js'

/** Parameters of `listBlocks` (`list_blocks`). */
export interface ListBlocksParams {
  /**
   * Set to false to leave the `entities` object out of each user's embedded Tweet.
   * @example false
   */
  readonly include_entities?: boolean
  /**
   * When true, each user comes back without their most recent Tweet.
   * @example true
   */
  readonly skip_status?: boolean
  /**
   * Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @defaultValue '-1'
   * @example '-1'
   */
  readonly cursor?: string | bigint
  /** Marks `listBlocks` as paginated for `cursor()` (cursor over `users`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'users'>
}

/** What `listBlocks` resolves to. */
export type ListBlocksResponse = CursoredUsers

/** How `list_blocks` is called: `GET blocks/list`. */
export const listBlocksRoute: Route = { id: 'list_blocks', method: 'GET', path: 'blocks/list', auth: 'user', paginate: { style: 'cursor', items: 'users' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Page through the accounts the authenticating user blocks, as full user objects.
 *
 * The collection is cursored; keep requesting pages until `next_cursor` is 0 to see every block.
 *
 * `GET https://api.twitter.com/1.1/blocks/list.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.listBlocks, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/get-blocks-list
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded Tweet.
 * @param params.skip_status - When true, each user comes back without their most recent Tweet.
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredUsers`: one page of users, as `followers/list`, `friends/list`, `blocks/list`, `lists/members` and similar endpoints return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await listBlocks(core)
 * ```
 */
export function listBlocks(core: BaseCore, params: ListBlocksParams = {}, options?: CallOptions): Promise<ListBlocksResponse> {
  return callV1(core, listBlocksRoute, params, options)
}

/** Parameters of `listBlockIds` (`list_block_ids`). */
export interface ListBlockIdsParams {
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
  /** Marks `listBlockIds` as paginated for `cursor()` (cursor over `ids`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'ids'>
}

/** What `listBlockIds` resolves to. */
export type ListBlockIdsResponse = CursoredIds

/** What `listBlockIds` resolves to when the call passes `stringify_ids: true`: every id a string. */
export type ListBlockIdsStringIdsResponse = CursoredStringIds

/** How `list_block_ids` is called: `GET blocks/ids`. */
export const listBlockIdsRoute: Route = { id: 'list_block_ids', method: 'GET', path: 'blocks/ids', auth: 'user', paginate: { style: 'cursor', items: 'ids' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Page through the ids of the accounts the authenticating user blocks.
 *
 * Pages hold up to 5,000 ids; keep requesting pages until `next_cursor` is 0 to see every block. Use `stringify_ids` in JavaScript, since ids can exceed 2^53.
 *
 * `GET https://api.twitter.com/1.1/blocks/ids.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.listBlockIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/get-blocks-ids
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
 * const result = await listBlockIds(core, { stringify_ids: true })
 * ```
 */
export function listBlockIds(core: BaseCore, params: ListBlockIdsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<ListBlockIdsStringIdsResponse>

/**
 * Page through the ids of the accounts the authenticating user blocks.
 *
 * Pages hold up to 5,000 ids; keep requesting pages until `next_cursor` is 0 to see every block. Use `stringify_ids` in JavaScript, since ids can exceed 2^53.
 *
 * `GET https://api.twitter.com/1.1/blocks/ids.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.listBlockIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/get-blocks-ids
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
 * const result = await listBlockIds(core)
 * ```
 */
export function listBlockIds(core: BaseCore, params?: ListBlockIdsParams, options?: CallOptions): Promise<ListBlockIdsResponse>
export function listBlockIds(core: BaseCore, params: ListBlockIdsParams = {}, options?: CallOptions): Promise<ListBlockIdsResponse> {
  return callV1(core, listBlockIdsRoute, params, options)
}

/** Parameters of `createBlock` (`create_block`). */
export interface CreateBlockParams {
  /**
   * Handle (without the \@) of the account to block. Give this or `user_id`; one of them is required.
   * @example 'maya_codes'
   */
  readonly screen_name?: string
  /**
   * Numeric id of the account to block. Give this or `screen_name`; one of them is required.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Set to false to leave the `entities` object out of the returned user's embedded Tweet.
   * @example false
   */
  readonly include_entities?: boolean
  /**
   * When true, the returned user comes without their most recent Tweet.
   * @example true
   */
  readonly skip_status?: boolean
}

/** What `createBlock` resolves to. */
export type CreateBlockResponse = User

/** How `create_block` is called: `POST blocks/create`. */
export const createBlockRoute: Route = { id: 'create_block', method: 'POST', path: 'blocks/create', auth: 'user' }

/**
 * Block an account on behalf of the authenticating user.
 *
 * Any follow relationship between the two accounts, in either direction, is removed, and the blocked account's Tweets no longer show in the user's timeline or mentions (unless someone else retweets them). Returns the blocked user.
 *
 * `POST https://api.twitter.com/1.1/blocks/create.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/post-blocks-create
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.screen_name - Handle (without the \@) of the account to block. Give this or `user_id`; one of them is required.
 * @param params.user_id - Numeric id of the account to block. Give this or `screen_name`; one of them is required.
 * @param params.include_entities - Set to false to leave the `entities` object out of the returned user's embedded Tweet.
 * @param params.skip_status - When true, the returned user comes without their most recent Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The blocked account.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await createBlock(core, { screen_name: 'tomas_ops' })
 * ```
 */
export function createBlock(core: BaseCore, params: CreateBlockParams = {}, options?: CallOptions): Promise<CreateBlockResponse> {
  return callV1(core, createBlockRoute, params, options)
}

/** Parameters of `destroyBlock` (`destroy_block`). */
export interface DestroyBlockParams {
  /**
   * Handle (without the \@) of the account to unblock. Give this or `user_id`; one of them is required.
   * @example 'maya_codes'
   */
  readonly screen_name?: string
  /**
   * Numeric id of the account to unblock. Give this or `screen_name`; one of them is required.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Set to false to leave the `entities` object out of the returned user's embedded Tweet.
   * @example false
   */
  readonly include_entities?: boolean
  /**
   * When true, the returned user comes without their most recent Tweet.
   * @example true
   */
  readonly skip_status?: boolean
}

/** What `destroyBlock` resolves to. */
export type DestroyBlockResponse = User

/** How `destroy_block` is called: `POST blocks/destroy`. */
export const destroyBlockRoute: Route = { id: 'destroy_block', method: 'POST', path: 'blocks/destroy', auth: 'user' }

/**
 * Lift the authenticating user's block on an account.
 *
 * Returns the unblocked user. Follow relationships removed by the block are not restored.
 *
 * `POST https://api.twitter.com/1.1/blocks/destroy.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/post-blocks-destroy
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.screen_name - Handle (without the \@) of the account to unblock. Give this or `user_id`; one of them is required.
 * @param params.user_id - Numeric id of the account to unblock. Give this or `screen_name`; one of them is required.
 * @param params.include_entities - Set to false to leave the `entities` object out of the returned user's embedded Tweet.
 * @param params.skip_status - When true, the returned user comes without their most recent Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The account no longer blocked.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await destroyBlock(core, { screen_name: 'follower_007' })
 * ```
 */
export function destroyBlock(core: BaseCore, params: DestroyBlockParams = {}, options?: CallOptions): Promise<DestroyBlockResponse> {
  return callV1(core, destroyBlockRoute, params, options)
}
