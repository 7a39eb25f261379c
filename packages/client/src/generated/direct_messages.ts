// generated from spec/endpoints/direct_messages.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, PAGINATION, Paging, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import type { DirectMessage } from './models/direct_messages.js'

/** Parameters of `getDirectMessages` (`get_direct_messages`). */
export interface GetDirectMessagesParams {
  /**
   * Only return messages newer than this message id. If too many have arrived since then, Twitter moves it up to the oldest id it can still serve.
   * @example '2105618728350646663'
   */
  readonly since_id?: string | bigint
  /**
   * Only return messages with this id or older; used to page backwards.
   * @example '2105618728350646663'
   */
  readonly max_id?: string | bigint
  /**
   * How many messages to try to fetch, at most 200; deleted or suspended content is dropped afterwards, so fewer may come back.
   * @example 5
   */
  readonly count?: number
  /**
   * Set to false to leave the `entities` object out of each message.
   * @example false
   */
  readonly include_entities?: boolean
  /**
   * When true, the sender and recipient user objects come back without their most recent Tweet.
   * @example true
   */
  readonly skip_status?: boolean
  /** Marks `getDirectMessages` as paginated for `cursor()` (max_id). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'max_id', undefined>
}

/** What `getDirectMessages` resolves to. */
export type GetDirectMessagesResponse = DirectMessage[]

/** How `get_direct_messages` is called: `GET direct_messages`. */
export const getDirectMessagesRoute: Route = { id: 'get_direct_messages', method: 'GET', path: 'direct_messages', auth: 'user', paginate: { style: 'max_id' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Get the most recent direct messages sent to the authenticating user.
 *
 * Retired by Twitter in 2018 in favour of `GET direct_messages/events/list`. Returned 20 messages by default and up to 200 per call, and only the most recent messages (200 at the end of the endpoint's life) could be reached at all. The token needed read, write and direct message permission.
 *
 * `GET https://api.twitter.com/1.1/direct_messages.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (max_id): `for await (const item of twitter.cursor(twitter.getDirectMessages, params))` walks every page.
 *
 * Reference: https://dev.twitter.com/docs/api/1.1/get/direct_messages
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.since_id - Only return messages newer than this message id. If too many have arrived since then, Twitter moves it up to the oldest id it can still serve.
 * @param params.max_id - Only return messages with this id or older; used to page backwards.
 * @param params.count - How many messages to try to fetch, at most 200; deleted or suspended content is dropped afterwards, so fewer may come back.
 * @param params.include_entities - Set to false to leave the `entities` object out of each message.
 * @param params.skip_status - When true, the sender and recipient user objects come back without their most recent Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `DirectMessage`, each one a private message between two users, as the legacy `direct_messages`, `direct_messages/sent`, `direct_messages/show`, `direct_messages/new` and `direct_messages/destroy` endpoints returned it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getDirectMessages(core)
 * ```
 */
export function getDirectMessages(core: BaseCore, params: GetDirectMessagesParams = {}, options?: CallOptions): Promise<GetDirectMessagesResponse> {
  return callV1(core, getDirectMessagesRoute, params, options)
}

/** Parameters of `getSentMessages` (`get_sent_messages`). */
export interface GetSentMessagesParams {
  /**
   * Only return messages newer than this message id. If too many have been sent since then, Twitter moves it up to the oldest id it can still serve.
   * @example '2105621244933046664'
   */
  readonly since_id?: string | bigint
  /**
   * Only return messages with this id or older; used to page backwards.
   * @example '2105621244933046664'
   */
  readonly max_id?: string | bigint
  /**
   * How many messages to fetch, at most 200.
   * @example 5
   */
  readonly count?: number
  /**
   * Which page of results to return, counting from 1.
   * @example 3
   */
  readonly page?: number
  /**
   * Set to false to leave the `entities` object out of each message.
   * @example false
   */
  readonly include_entities?: boolean
  /** Marks `getSentMessages` as paginated for `cursor()` (max_id). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'max_id', undefined>
}

/** What `getSentMessages` resolves to. */
export type GetSentMessagesResponse = DirectMessage[]

/** How `get_sent_messages` is called: `GET direct_messages/sent`. */
export const getSentMessagesRoute: Route = { id: 'get_sent_messages', method: 'GET', path: 'direct_messages/sent', auth: 'user', paginate: { style: 'max_id' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Get the most recent direct messages the authenticating user has sent.
 *
 * Retired by Twitter in 2018 in favour of `GET direct_messages/events/list`. Returned 20 messages by default and up to 200 per call, and only the most recent sent messages could be reached. The token needed read, write and direct message permission.
 *
 * `GET https://api.twitter.com/1.1/direct_messages/sent.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (max_id): `for await (const item of twitter.cursor(twitter.getSentMessages, params))` walks every page.
 *
 * Reference: https://dev.twitter.com/docs/api/1.1/get/direct_messages/sent
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.since_id - Only return messages newer than this message id. If too many have been sent since then, Twitter moves it up to the oldest id it can still serve.
 * @param params.max_id - Only return messages with this id or older; used to page backwards.
 * @param params.count - How many messages to fetch, at most 200.
 * @param params.page - Which page of results to return, counting from 1.
 * @param params.include_entities - Set to false to leave the `entities` object out of each message.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `DirectMessage`, each one a private message between two users, as the legacy `direct_messages`, `direct_messages/sent`, `direct_messages/show`, `direct_messages/new` and `direct_messages/destroy` endpoints returned it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getSentMessages(core)
 * ```
 */
export function getSentMessages(core: BaseCore, params: GetSentMessagesParams = {}, options?: CallOptions): Promise<GetSentMessagesResponse> {
  return callV1(core, getSentMessagesRoute, params, options)
}

/** Parameters of `getDirectMessage` (`get_direct_message`). */
export interface GetDirectMessageParams {
  /**
   * Numeric id of the direct message to read.
   * @example '2105618728350646663'
   */
  readonly id: string | bigint
}

/** What `getDirectMessage` resolves to. */
export type GetDirectMessageResponse = DirectMessage

/** How `get_direct_message` is called: `GET direct_messages/show`. */
export const getDirectMessageRoute: Route = { id: 'get_direct_message', method: 'GET', path: 'direct_messages/show', auth: 'user', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Get one direct message by its id, with its sender and recipient.
 *
 * Retired by Twitter in 2018 in favour of `GET direct_messages/events/show`. The token needed read, write and direct message permission.
 *
 * `GET https://api.twitter.com/1.1/direct_messages/show.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Reference: https://dev.twitter.com/docs/api/1.1/get/direct_messages/show
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - (required) Numeric id of the direct message to read.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `DirectMessage`: a private message between two users, as the legacy `direct_messages`, `direct_messages/sent`, `direct_messages/show`, `direct_messages/new` and `direct_messages/destroy` endpoints returned it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getDirectMessage(core, { id: '2105618728350646663' })
 * ```
 */
export function getDirectMessage(core: BaseCore, params: GetDirectMessageParams, options?: CallOptions): Promise<GetDirectMessageResponse> {
  return callV1(core, getDirectMessageRoute, params, options)
}

/** Parameters of `destroyDirectMessage` (`destroy_direct_message`). */
export interface DestroyDirectMessageParams {
  /**
   * Numeric id of the direct message to delete.
   * @example '2105621244933046664'
   */
  readonly id: string | bigint
  /**
   * Set to false to leave the `entities` object out of the returned message.
   * @example false
   */
  readonly include_entities?: boolean
}

/** What `destroyDirectMessage` resolves to. */
export type DestroyDirectMessageResponse = DirectMessage

/** How `destroy_direct_message` is called: `POST direct_messages/destroy`. */
export const destroyDirectMessageRoute: Route = { id: 'destroy_direct_message', method: 'POST', path: 'direct_messages/destroy', auth: 'user' }

/**
 * Delete a direct message, returning the deleted message.
 *
 * Retired by Twitter in 2018 in favour of `DELETE direct_messages/events/destroy`. Only a message the authenticating user received could be deleted. The token needed read, write and direct message permission.
 *
 * `POST https://api.twitter.com/1.1/direct_messages/destroy.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://dev.twitter.com/docs/api/1.1/post/direct_messages/destroy
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - (required) Numeric id of the direct message to delete.
 * @param params.include_entities - Set to false to leave the `entities` object out of the returned message.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `DirectMessage`: a private message between two users, as the legacy `direct_messages`, `direct_messages/sent`, `direct_messages/show`, `direct_messages/new` and `direct_messages/destroy` endpoints returned it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await destroyDirectMessage(core, { id: '2105621244933046664' })
 * ```
 */
export function destroyDirectMessage(core: BaseCore, params: DestroyDirectMessageParams, options?: CallOptions): Promise<DestroyDirectMessageResponse> {
  return callV1(core, destroyDirectMessageRoute, params, options)
}

/** Parameters of `sendDirectMessage` (`send_direct_message`). */
export interface SendDirectMessageParams {
  /**
   * Numeric id of the recipient. Give this or `screen_name`; one of them is required.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle (without the \@) of the recipient. Give this or `user_id`; one of them is required.
   * @example 'maya_codes'
   */
  readonly screen_name?: string
  /**
   * The message body as plain text (the client does the form encoding); it had to fit the direct message length limit of the time.
   * @example 'Thanks for the review!'
   */
  readonly text: string
}

/** What `sendDirectMessage` resolves to. */
export type SendDirectMessageResponse = DirectMessage

/** How `send_direct_message` is called: `POST direct_messages/new`. */
export const sendDirectMessageRoute: Route = { id: 'send_direct_message', method: 'POST', path: 'direct_messages/new', auth: 'user' }

/**
 * Send a direct message from the authenticating user to another account.
 *
 * Retired by Twitter in 2018 in favour of `POST direct_messages/events/new`. Name the recipient with `user_id` or `screen_name`. Returns the message as sent. The token needed read, write and direct message permission.
 *
 * `POST https://api.twitter.com/1.1/direct_messages/new.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://dev.twitter.com/docs/api/1.1/post/direct_messages/new
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the recipient. Give this or `screen_name`; one of them is required.
 * @param params.screen_name - Handle (without the \@) of the recipient. Give this or `user_id`; one of them is required.
 * @param params.text - (required) The message body as plain text (the client does the form encoding); it had to fit the direct message length limit of the time.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `DirectMessage`: a private message between two users, as the legacy `direct_messages`, `direct_messages/sent`, `direct_messages/show`, `direct_messages/new` and `direct_messages/destroy` endpoints returned it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await sendDirectMessage(core, { screen_name: 'maya_codes', text: 'Thanks for the review!' })
 * ```
 */
export function sendDirectMessage(core: BaseCore, params: SendDirectMessageParams, options?: CallOptions): Promise<SendDirectMessageResponse> {
  return callV1(core, sendDirectMessageRoute, params, options)
}
