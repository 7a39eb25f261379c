// generated from spec/v2/broadcasts.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { CreateScheduledBroadcastResponse, DeleteScheduledBroadcastResponse, GetScheduledBroadcastResponse, GetScheduledBroadcastsResponse, SendBroadcastChatResponse, StartScheduledBroadcastResponse, UpdateScheduledBroadcastResponse } from './models/broadcasts.js'
import type { CreateScheduledBroadcastParams, DeleteScheduledBroadcastParams, GetScheduledBroadcastParams, GetScheduledBroadcastsParams, SendBroadcastChatParams, StartScheduledBroadcastParams, UpdateScheduledBroadcastParams } from './params/broadcasts.js'

export type { CreateScheduledBroadcastParams, DeleteScheduledBroadcastParams, GetScheduledBroadcastParams, GetScheduledBroadcastsParams, SendBroadcastChatParams, StartScheduledBroadcastParams, UpdateScheduledBroadcastParams } from './params/broadcasts.js'

/** How `createScheduledBroadcast` is called: `POST /2/broadcasts/scheduled`. */
export const createScheduledBroadcastRoute: Route = { id: 'createScheduledBroadcast', method: 'POST', host: 'v2', path: '/2/broadcasts/scheduled', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['broadcast.read', 'broadcast.write'] }, { scheme: 'oauth1_user' }] }

/**
 * Schedule a one-off or recurring live broadcast for the authenticated user.
 *
 * The body must name the video ingest source (`source_id`) the broadcast will stream from.
 *
 * `POST https://api.x.com/2/broadcasts/scheduled` (X operation `createScheduledBroadcast`) · Auth: OAuth 2.0 user token (scopes `broadcast.read`, `broadcast.write`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/broadcasts/create-a-scheduled-broadcast
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.available_for_replay - Body field `available_for_replay` of `CreateScheduledBroadcastRequest`.
 * @param params.chat_option - Body field `chat_option` of `CreateScheduledBroadcastRequest`.
 * @param params.description - Body field `description` of `CreateScheduledBroadcastRequest`.
 * @param params.is_locked - Body field `is_locked` of `CreateScheduledBroadcastRequest`.
 * @param params.locale - Body field `locale` of `CreateScheduledBroadcastRequest`.
 * @param params.manual_publish - Body field `manual_publish` of `CreateScheduledBroadcastRequest`.
 * @param params.recurrence - Body field `recurrence` of `CreateScheduledBroadcastRequest`.
 * @param params.scheduled_end_ms - (required) Body field `scheduled_end_ms` of `CreateScheduledBroadcastRequest`.
 * @param params.scheduled_start_ms - (required) Body field `scheduled_start_ms` of `CreateScheduledBroadcastRequest`.
 * @param params.source_id - (required) Body field `source_id` of `CreateScheduledBroadcastRequest`.
 * @param params.telecast_id - Body field `telecast_id` of `CreateScheduledBroadcastRequest`.
 * @param params.thumbnail_media_id - Body field `thumbnail_media_id` of `CreateScheduledBroadcastRequest`.
 * @param params.title - Body field `title` of `CreateScheduledBroadcastRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateScheduledBroadcastResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createScheduledBroadcast(core, { scheduled_end_ms: 'example', scheduled_start_ms: 'example', source_id: '20' })
 * ```
 */
export function createScheduledBroadcast(core: BaseCore, params: CreateScheduledBroadcastParams, options?: CallOptions): Promise<CreateScheduledBroadcastResponse> {
  return callV2(core, createScheduledBroadcastRoute, params, options, v2Json)
}

/** How `deleteScheduledBroadcast` is called: `DELETE /2/broadcasts/scheduled/{id}`. */
export const deleteScheduledBroadcastRoute: Route = { id: 'deleteScheduledBroadcast', method: 'DELETE', host: 'v2', path: '/2/broadcasts/scheduled/{id}', security: [{ scheme: 'oauth2_user', scopes: ['broadcast.write', 'broadcast.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Delete a scheduled broadcast of the authenticated user.
 *
 * `DELETE https://api.x.com/2/broadcasts/scheduled/{id}` (X operation `deleteScheduledBroadcast`) · Auth: OAuth 2.0 user token (scopes `broadcast.write`, `broadcast.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/broadcasts/delete-a-scheduled-broadcast
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the scheduled broadcast (up to 13 letters and digits).
 * @param params.roll_forward - For a recurring broadcast, going by its name, roll the schedule on to its next occurrence instead of deleting it (X's document does not describe it).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`DeleteScheduledBroadcastResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await deleteScheduledBroadcast(core, { id: '20' })
 * ```
 */
export function deleteScheduledBroadcast(core: BaseCore, params: DeleteScheduledBroadcastParams, options?: CallOptions): Promise<DeleteScheduledBroadcastResponse> {
  return callV2(core, deleteScheduledBroadcastRoute, params, options)
}

/** How `getScheduledBroadcast` is called: `GET /2/broadcasts/scheduled/{id}`. */
export const getScheduledBroadcastRoute: Route = { id: 'getScheduledBroadcast', method: 'GET', host: 'v2', path: '/2/broadcasts/scheduled/{id}', security: [{ scheme: 'oauth2_user', scopes: ['broadcast.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Look up one of the authenticated user's scheduled broadcasts by its id.
 *
 * `GET https://api.x.com/2/broadcasts/scheduled/{id}` (X operation `getScheduledBroadcast`) · Auth: OAuth 2.0 user token (scopes `broadcast.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/broadcasts/get-a-scheduled-broadcast
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the scheduled broadcast.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetScheduledBroadcastResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getScheduledBroadcast(core, { id: '20' })
 * ```
 */
export function getScheduledBroadcast(core: BaseCore, params: GetScheduledBroadcastParams, options?: CallOptions): Promise<GetScheduledBroadcastResponse> {
  return callV2(core, getScheduledBroadcastRoute, params, options)
}

/** How `getScheduledBroadcasts` is called: `GET /2/broadcasts/scheduled`. */
export const getScheduledBroadcastsRoute: Route = { id: 'listScheduledBroadcasts', method: 'GET', host: 'v2', path: '/2/broadcasts/scheduled', security: [{ scheme: 'oauth2_user', scopes: ['broadcast.read'] }, { scheme: 'oauth1_user' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the authenticated user's scheduled broadcasts.
 *
 * `GET https://api.x.com/2/broadcasts/scheduled` (X operation `listScheduledBroadcasts`) · Auth: OAuth 2.0 user token (scopes `broadcast.read`) or OAuth 1.0a user context.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getScheduledBroadcasts, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/broadcasts/list-scheduled-broadcasts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.max_results - The most broadcasts to return per page, 1 to 100.
 * @param params.oldest_start_time - Only list broadcasts that start at or after this moment (ISO 8601 date-time).
 * @param params.newest_start_time - Only list broadcasts that start at or before this moment (ISO 8601 date-time).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetScheduledBroadcastsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getScheduledBroadcasts(core)
 * ```
 */
export function getScheduledBroadcasts(core: BaseCore, params: GetScheduledBroadcastsParams = {}, options?: CallOptions): Promise<GetScheduledBroadcastsResponse> {
  return callV2(core, getScheduledBroadcastsRoute, params, options)
}

/** How `sendBroadcastChat` is called: `POST /2/broadcasts/{id}/chat`. */
export const sendBroadcastChatRoute: Route = { id: 'sendBroadcastChat', method: 'POST', host: 'v2', path: '/2/broadcasts/{id}/chat', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['broadcast.write', 'broadcast.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Post a chat message into a live broadcast, as the authenticated user.
 *
 * `POST https://api.x.com/2/broadcasts/{id}/chat` (X operation `sendBroadcastChat`) · Auth: OAuth 2.0 user token (scopes `broadcast.write`, `broadcast.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/broadcasts/send-a-chat-message-to-a-live-broadcast
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the live broadcast.
 * @param params.text - (required) Body field `text` of `SendBroadcastChatRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SendBroadcastChatResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await sendBroadcastChat(core, { id: '20', text: 'Hello from twython-ts' })
 * ```
 */
export function sendBroadcastChat(core: BaseCore, params: SendBroadcastChatParams, options?: CallOptions): Promise<SendBroadcastChatResponse> {
  return callV2(core, sendBroadcastChatRoute, params, options, v2Json)
}

/** How `startScheduledBroadcast` is called: `POST /2/broadcasts/scheduled/{id}/live`. */
export const startScheduledBroadcastRoute: Route = { id: 'goLiveScheduledBroadcast', method: 'POST', host: 'v2', path: '/2/broadcasts/scheduled/{id}/live', security: [{ scheme: 'oauth2_user', scopes: ['broadcast.read', 'broadcast.write'] }, { scheme: 'oauth1_user' }] }

/**
 * Go live with a scheduled broadcast that was set to be published by hand.
 *
 * Only works for schedules created or updated with `manual_publish` set to true; the others go live on their own at the start time, and this call is refused.
 *
 * `POST https://api.x.com/2/broadcasts/scheduled/{id}/live` (X operation `goLiveScheduledBroadcast`) · Auth: OAuth 2.0 user token (scopes `broadcast.read`, `broadcast.write`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/broadcasts/go-live-on-a-scheduled-broadcast
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the scheduled broadcast.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`StartScheduledBroadcastResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await startScheduledBroadcast(core, { id: '20' })
 * ```
 */
export function startScheduledBroadcast(core: BaseCore, params: StartScheduledBroadcastParams, options?: CallOptions): Promise<StartScheduledBroadcastResponse> {
  return callV2(core, startScheduledBroadcastRoute, params, options)
}

/** How `updateScheduledBroadcast` is called: `PUT /2/broadcasts/scheduled/{id}`. */
export const updateScheduledBroadcastRoute: Route = { id: 'updateScheduledBroadcast', method: 'PUT', host: 'v2', path: '/2/broadcasts/scheduled/{id}', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['broadcast.write', 'broadcast.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Replace the settings of a scheduled broadcast.
 *
 * The update replaces the whole schedule: send every field to keep, with `scheduled_broadcast_id` in the body, not only the ones that change.
 *
 * `PUT https://api.x.com/2/broadcasts/scheduled/{id}` (X operation `updateScheduledBroadcast`) · Auth: OAuth 2.0 user token (scopes `broadcast.write`, `broadcast.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/broadcasts/update-a-scheduled-broadcast
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the scheduled broadcast.
 * @param params.available_for_replay - Body field `available_for_replay` of `UpdateScheduledBroadcastRequest`.
 * @param params.chat_option - Body field `chat_option` of `UpdateScheduledBroadcastRequest`.
 * @param params.description - Body field `description` of `UpdateScheduledBroadcastRequest`.
 * @param params.is_locked - Body field `is_locked` of `UpdateScheduledBroadcastRequest`.
 * @param params.locale - Body field `locale` of `UpdateScheduledBroadcastRequest`.
 * @param params.manual_publish - Body field `manual_publish` of `UpdateScheduledBroadcastRequest`.
 * @param params.roll_forward - Body field `roll_forward` of `UpdateScheduledBroadcastRequest`.
 * @param params.scheduled_broadcast_id - (required) Body field `scheduled_broadcast_id` of `UpdateScheduledBroadcastRequest`.
 * @param params.scheduled_end_ms - (required) Body field `scheduled_end_ms` of `UpdateScheduledBroadcastRequest`.
 * @param params.scheduled_start_ms - (required) Body field `scheduled_start_ms` of `UpdateScheduledBroadcastRequest`.
 * @param params.source_id - Body field `source_id` of `UpdateScheduledBroadcastRequest`.
 * @param params.thumbnail_media_id - Body field `thumbnail_media_id` of `UpdateScheduledBroadcastRequest`.
 * @param params.title - Body field `title` of `UpdateScheduledBroadcastRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`UpdateScheduledBroadcastResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await updateScheduledBroadcast(core, { id: '20', scheduled_broadcast_id: '20', scheduled_end_ms: 'example', scheduled_start_ms: 'example' })
 * ```
 */
export function updateScheduledBroadcast(core: BaseCore, params: UpdateScheduledBroadcastParams, options?: CallOptions): Promise<UpdateScheduledBroadcastResponse> {
  return callV2(core, updateScheduledBroadcastRoute, params, options, v2Json)
}
