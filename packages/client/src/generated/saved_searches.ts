// generated from spec/endpoints/saved_searches.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import type { SavedSearch } from './models/saved_searches.js'

/** Parameters of `getSavedSearches` (`get_saved_searches`). */
export interface GetSavedSearchesParams {
}

/** What `getSavedSearches` resolves to. */
export type GetSavedSearchesResponse = SavedSearch[]

/** How `get_saved_searches` is called: `GET saved_searches/list`. */
export const getSavedSearchesRoute: Route = { id: 'get_saved_searches', method: 'GET', path: 'saved_searches/list', auth: 'user', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * List every search query the authenticating user has saved.
 *
 * `GET https://api.twitter.com/1.1/saved_searches/list.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/get-saved_searches-list
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `SavedSearch`, each one a search query the authenticating user saved.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getSavedSearches(core)
 * ```
 */
export function getSavedSearches(core: BaseCore, params: GetSavedSearchesParams = {}, options?: CallOptions): Promise<GetSavedSearchesResponse> {
  return callV1(core, getSavedSearchesRoute, params, options)
}

/** Parameters of `showSavedSearch` (`show_saved_search`). */
export interface ShowSavedSearchParams {
  /**
   * The numeric id of the saved search (the id_str of a SavedSearch).
   * @example '2105447600747446660'
   */
  readonly id: string | bigint
}

/** What `showSavedSearch` resolves to. */
export type ShowSavedSearchResponse = SavedSearch

/** How `show_saved_search` is called: `GET saved_searches/show/:id`. */
export const showSavedSearchRoute: Route = { id: 'show_saved_search', method: 'GET', path: 'saved_searches/show/:id', auth: 'user', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Read one of the authenticating user's saved searches by its id.
 *
 * `GET https://api.twitter.com/1.1/saved_searches/show/:id.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/get-saved_searches-show-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - (required) The numeric id of the saved search (the id_str of a SavedSearch).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `SavedSearch`: a search query the authenticating user saved.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await showSavedSearch(core, { id: '2105447600747446660' })
 * ```
 */
export function showSavedSearch(core: BaseCore, params: ShowSavedSearchParams, options?: CallOptions): Promise<ShowSavedSearchResponse> {
  return callV1(core, showSavedSearchRoute, params, options)
}

/** Parameters of `createSavedSearch` (`create_saved_search`). */
export interface CreateSavedSearchParams {
  /**
   * The search query to save, written as it would be typed into search.
   * @example '#typescript'
   */
  readonly query: string
}

/** What `createSavedSearch` resolves to. */
export type CreateSavedSearchResponse = SavedSearch

/** How `create_saved_search` is called: `POST saved_searches/create`. */
export const createSavedSearchRoute: Route = { id: 'create_saved_search', method: 'POST', path: 'saved_searches/create', auth: 'user' }

/**
 * Save a new search query for the authenticating user.
 *
 * `POST https://api.twitter.com/1.1/saved_searches/create.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-saved_searches-create
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.query - (required) The search query to save, written as it would be typed into search.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `SavedSearch`: a search query the authenticating user saved.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await createSavedSearch(core, { query: '#typescript' })
 * ```
 */
export function createSavedSearch(core: BaseCore, params: CreateSavedSearchParams, options?: CallOptions): Promise<CreateSavedSearchResponse> {
  return callV1(core, createSavedSearchRoute, params, options)
}

/** Parameters of `destroySavedSearch` (`destroy_saved_search`). */
export interface DestroySavedSearchParams {
  /**
   * The numeric id of the saved search to delete.
   * @example '2105447600747446660'
   */
  readonly id: string | bigint
}

/** What `destroySavedSearch` resolves to. */
export type DestroySavedSearchResponse = SavedSearch

/** How `destroy_saved_search` is called: `POST saved_searches/destroy/:id`. */
export const destroySavedSearchRoute: Route = { id: 'destroy_saved_search', method: 'POST', path: 'saved_searches/destroy/:id', auth: 'user' }

/**
 * Delete one of the authenticating user's saved searches.
 *
 * The saved search must belong to the authenticating user.
 *
 * `POST https://api.twitter.com/1.1/saved_searches/destroy/:id.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/post-saved_searches-destroy-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - (required) The numeric id of the saved search to delete.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `SavedSearch`: a search query the authenticating user saved.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await destroySavedSearch(core, { id: '2105447600747446660' })
 * ```
 */
export function destroySavedSearch(core: BaseCore, params: DestroySavedSearchParams, options?: CallOptions): Promise<DestroySavedSearchResponse> {
  return callV1(core, destroySavedSearchRoute, params, options)
}
