// generated from spec/endpoints/favorites.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, PAGINATION, Paging, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import type { Tweet } from './models/tweets.js'

/** Parameters of `getFavorites` (`get_favorites`). */
export interface GetFavoritesParams {
  /**
   * Numeric id of the user whose likes to return. Give either this or `screen_name`, or neither for the authenticating user.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle (without the \@) of the user whose likes to return. Give either this or `user_id`, or neither for the authenticating user.
   * @example 'amara_writes'
   */
  readonly screen_name?: string
  /**
   * The most Tweets to return, up to 200 (20 when left out). Deleted and suspended content is removed after the count is taken, so fewer may come back.
   * @defaultValue 20
   * @example 50
   */
  readonly count?: number
  /**
   * Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
   * @example '2104934217937846609'
   */
  readonly since_id?: string | bigint
  /**
   * Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
   * @example '2104934217937846609'
   */
  readonly max_id?: string | bigint
  /** Set to false to leave the `entities` node out of every Tweet. */
  readonly include_entities?: boolean
  /**
   * `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @defaultValue 'compat'
   */
  readonly tweet_mode?: 'compat' | 'extended'
  /** Marks `getFavorites` as paginated for `cursor()` (max_id). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'max_id', undefined>
}

/** What `getFavorites` resolves to. */
export type GetFavoritesResponse = Tweet[]

/** How `get_favorites` is called: `GET favorites/list`. */
export const getFavoritesRoute: Route = { id: 'get_favorites', method: 'GET', path: 'favorites/list', paginate: { style: 'max_id' }, rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 75, per: 'app' }] }

/**
 * Get the most recent Tweets liked by the authenticating user or by another user.
 *
 * Name the user with `user_id` or `screen_name`; with neither, the authenticating user's likes are returned. Page with `max_id` (the iterator does this for you).
 *
 * `GET https://api.twitter.com/1.1/favorites/list.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 75 per app every 15 minutes.
 *
 * Paginated (max_id): `for await (const item of twitter.cursor(twitter.getFavorites, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-favorites-list
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the user whose likes to return. Give either this or `screen_name`, or neither for the authenticating user.
 * @param params.screen_name - Handle (without the \@) of the user whose likes to return. Give either this or `user_id`, or neither for the authenticating user.
 * @param params.count - The most Tweets to return, up to 200 (20 when left out). Deleted and suspended content is removed after the count is taken, so fewer may come back.
 * @param params.since_id - Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
 * @param params.max_id - Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
 * @param params.include_entities - Set to false to leave the `entities` node out of every Tweet.
 * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `Tweet`, each one a Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getFavorites(core)
 * ```
 */
export function getFavorites(core: BaseCore, params: GetFavoritesParams = {}, options?: CallOptions): Promise<GetFavoritesResponse> {
  return callV1(core, getFavoritesRoute, params, options)
}

/** Parameters of `destroyFavorite` (`destroy_favorite`). */
export interface DestroyFavoriteParams {
  /**
   * Numeric id of the Tweet to un-like.
   * @example '2104934217937846609'
   */
  readonly id: string | bigint
  /** Set to false to leave the `entities` node out of the returned Tweet. */
  readonly include_entities?: boolean
}

/** What `destroyFavorite` resolves to. */
export type DestroyFavoriteResponse = Tweet

/** How `destroy_favorite` is called: `POST favorites/destroy`. */
export const destroyFavoriteRoute: Route = { id: 'destroy_favorite', method: 'POST', path: 'favorites/destroy', auth: 'user' }

/**
 * Remove the authenticating user's like from a Tweet.
 *
 * Returns the Tweet. Twitter processes the change asynchronously, so the returned Tweet's `favorited` flag may not reflect it yet; a 200 status means it succeeded.
 *
 * `POST https://api.twitter.com/1.1/favorites/destroy.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/post-favorites-destroy
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - (required) Numeric id of the Tweet to un-like.
 * @param params.include_entities - Set to false to leave the `entities` node out of the returned Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The Tweet that is no longer liked.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await destroyFavorite(core, { id: '2104934217937846609' })
 * ```
 */
export function destroyFavorite(core: BaseCore, params: DestroyFavoriteParams, options?: CallOptions): Promise<DestroyFavoriteResponse> {
  return callV1(core, destroyFavoriteRoute, params, options)
}

/** Parameters of `createFavorite` (`create_favorite`). */
export interface CreateFavoriteParams {
  /**
   * Numeric id of the Tweet to like.
   * @example '2105085212881846619'
   */
  readonly id: string | bigint
  /** Set to false to leave the `entities` node out of the returned Tweet. */
  readonly include_entities?: boolean
}

/** What `createFavorite` resolves to. */
export type CreateFavoriteResponse = Tweet

/** How `create_favorite` is called: `POST favorites/create`. */
export const createFavoriteRoute: Route = { id: 'create_favorite', method: 'POST', path: 'favorites/create', auth: 'user', rateLimits: [{ windowSeconds: 86400, limit: 1000, per: 'user' }] }

/**
 * Like a Tweet as the authenticating user.
 *
 * Returns the Tweet. Twitter processes the like asynchronously, so the returned Tweet's `favorited` flag may not reflect it yet; a 200 status means it succeeded. Limited to 1,000 likes per user per 24 hours.
 *
 * `POST https://api.twitter.com/1.1/favorites/create.json` · Auth: OAuth 1.0a user context. Rate limit: 1000 per user every 1440 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/post-favorites-create
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - (required) Numeric id of the Tweet to like.
 * @param params.include_entities - Set to false to leave the `entities` node out of the returned Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The liked Tweet.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await createFavorite(core, { id: '2105085212881846619' })
 * ```
 */
export function createFavorite(core: BaseCore, params: CreateFavoriteParams, options?: CallOptions): Promise<CreateFavoriteResponse> {
  return callV1(core, createFavoriteRoute, params, options)
}
