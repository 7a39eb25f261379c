// generated from spec/v2/direct_messages.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { BlockUserDmsResponse, CreateDmConversationResponse, DeleteDmEventResponse, GetDmConversationEventsResponse, GetDmEventResponse, GetDmEventsResponse, GetDmEventsWithParticipantResponse, SendDmToConversationResponse, SendDmToParticipantResponse, UnblockUserDmsResponse } from './models/direct_messages.js'
import type { DmEventField } from './parameters.js'
import type { BlockUserDmsParams, CreateDmConversationParams, DeleteDmEventParams, DownloadDmMediaParams, GetDmConversationEventsFieldsParams, GetDmConversationEventsParams, GetDmEventFieldsParams, GetDmEventParams, GetDmEventsFieldsParams, GetDmEventsParams, GetDmEventsWithParticipantFieldsParams, GetDmEventsWithParticipantParams, SendDmToConversationParams, SendDmToParticipantParams, UnblockUserDmsParams } from './params/direct_messages.js'

export type { BlockUserDmsParams, CreateDmConversationParams, DeleteDmEventParams, DownloadDmMediaParams, GetDmConversationEventsFieldsParams, GetDmConversationEventsParams, GetDmEventFieldsParams, GetDmEventParams, GetDmEventsFieldsParams, GetDmEventsParams, GetDmEventsWithParticipantFieldsParams, GetDmEventsWithParticipantParams, SendDmToConversationParams, SendDmToParticipantParams, UnblockUserDmsParams } from './params/direct_messages.js'

/** How `blockUserDms` is called: `POST /2/users/{id}/dm/block`. */
export const blockUserDmsRoute: Route = { id: 'blockUsersDms', method: 'POST', host: 'v2', path: '/2/users/{id}/dm/block', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'dm.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 10, per: 'user' }, { windowSeconds: 900, limit: 25, per: 'app' }, { windowSeconds: 86400, limit: 400, per: 'user' }, { windowSeconds: 86400, limit: 1000, per: 'app' }] }

/**
 * Block a user from sending Direct Messages to the authenticated user, without blocking them on X.
 *
 * `POST https://api.x.com/2/users/{id}/dm/block` (X operation `blockUsersDms`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `dm.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 10 per user and 25 per app every 15 minutes; 400 per user and 1000 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/users/block-dms
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user to block from messaging the authenticated user.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`BlockUserDmsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await blockUserDms(core, { id: '20' })
 * ```
 */
export function blockUserDms(core: BaseCore, params: BlockUserDmsParams, options?: CallOptions): Promise<BlockUserDmsResponse> {
  return callV2(core, blockUserDmsRoute, params, options)
}

/** How `createDmConversation` is called: `POST /2/dm_conversations`. */
export const createDmConversationRoute: Route = { id: 'createDirectMessagesConversation', method: 'POST', host: 'v2', path: '/2/dm_conversations', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['dm.write', 'users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 86400, limit: 1440, per: 'user' }, { windowSeconds: 86400, limit: 1440, per: 'app' }] }

/**
 * Start a new group DM conversation with the given participants and send its first message.
 *
 * The body gives `conversation_type` (`Group`), the participant ids and the first message. The answer holds the new conversation's id and the id of the message event.
 *
 * `POST https://api.x.com/2/dm_conversations` (X operation `createDirectMessagesConversation`) · Auth: OAuth 2.0 user token (scopes `dm.write`, `users.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes; 1440 per user and 1440 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/direct-messages/create-dm-conversation
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.conversation_type - (required) Body field `conversation_type` of `CreateDmConversationRequest`.
 * @param params.message - (required) Body field `message` of `CreateDmConversationRequest`.
 * @param params.participant_ids - (required) Body field `participant_ids` of `CreateDmConversationRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateDmConversationResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createDmConversation(core, { conversation_type: 'Group', message: 'example', participant_ids: ['20', '21'] })
 * ```
 */
export function createDmConversation(core: BaseCore, params: CreateDmConversationParams, options?: CallOptions): Promise<CreateDmConversationResponse> {
  return callV2(core, createDmConversationRoute, params, options, v2Json)
}

/** How `deleteDmEvent` is called: `DELETE /2/dm_events/{event_id}`. */
export const deleteDmEventRoute: Route = { id: 'deleteDirectMessagesEvents', method: 'DELETE', host: 'v2', path: '/2/dm_events/{event_id}', security: [{ scheme: 'oauth2_user', scopes: ['dm.read', 'dm.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }, { windowSeconds: 86400, limit: 1500, per: 'user' }, { windowSeconds: 86400, limit: 4000, per: 'app' }] }

/**
 * Delete a Direct Message the authenticated user sent.
 *
 * `DELETE https://api.x.com/2/dm_events/{event_id}` (X operation `deleteDirectMessagesEvents`) · Auth: OAuth 2.0 user token (scopes `dm.read`, `dm.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 300 per user every 15 minutes; 1500 per user and 4000 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/direct-messages/delete-dm-event
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.event_id - (required) The id of the DM event (message) to delete.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`DeleteDmEventResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await deleteDmEvent(core, { event_id: '20' })
 * ```
 */
export function deleteDmEvent(core: BaseCore, params: DeleteDmEventParams, options?: CallOptions): Promise<DeleteDmEventResponse> {
  return callV2(core, deleteDmEventRoute, params, options)
}

/** How `downloadDmMedia` is called: `GET /2/dm_conversations/media/{dm_id}/{media_id}/{resource_id}`. */
export const downloadDmMediaRoute: Route = { id: 'dmConversationsMediaDownload', method: 'GET', host: 'v2', path: '/2/dm_conversations/media/{dm_id}/{media_id}/{resource_id}', security: [{ scheme: 'oauth2_user', scopes: ['dm.read'] }] }

/**
 * Download the media attached to a Direct Message, as raw bytes.
 *
 * The authenticated user must take part in the conversation that holds the message.
 *
 * `GET https://api.x.com/2/dm_conversations/media/{dm_id}/{media_id}/{resource_id}` (X operation `dmConversationsMediaDownload`) · Auth: OAuth 2.0 user token (scopes `dm.read`).
 *
 * Reference: https://docs.x.com/x-api/direct-messages/download-dm-media
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.dm_id - (required) The id of the DM event the media is attached to.
 * @param params.media_id - (required) The id of the attached media.
 * @param params.resource_id - (required) The id of the media file to fetch, as given in the media's URL.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns Nothing: X answers with an empty body.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await downloadDmMedia(core, { dm_id: '20', media_id: '20', resource_id: '20' })
 * ```
 */
export function downloadDmMedia(core: BaseCore, params: DownloadDmMediaParams, options?: CallOptions): Promise<void> {
  return callV2(core, downloadDmMediaRoute, params, options)
}

/** How `getDmConversationEvents` is called: `GET /2/dm_conversations/{id}/dm_events`. */
export const getDmConversationEventsRoute: Route = { id: 'getDirectMessagesEventsByConversationId', method: 'GET', host: 'v2', path: '/2/dm_conversations/{id}/dm_events', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'dm.read', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the events (messages, joins and leaves) of one DM conversation, newest first.
 *
 * Only events of the last 30 days are returned.
 *
 * `GET https://api.x.com/2/dm_conversations/{id}/dm_events` (X operation `getDirectMessagesEventsByConversationId`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `dm.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getDmConversationEvents, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/direct-messages/get-dm-events-for-a-dm-conversation-1
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the conversation: two user ids joined by a dash for a one-to-one conversation, or a single number for a group.
 * @param params.max_results - The most events to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.event_types - Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
 * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
 * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetDmConversationEventsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getDmConversationEvents(core, { id: '20' })
 * ```
 */
export function getDmConversationEvents<F extends DmEventField>(core: BaseCore, params: GetDmConversationEventsFieldsParams<F>, options?: CallOptions): Promise<GetDmConversationEventsResponse<F>>

/**
 * Get the events (messages, joins and leaves) of one DM conversation, newest first.
 *
 * Only events of the last 30 days are returned.
 *
 * `GET https://api.x.com/2/dm_conversations/{id}/dm_events` (X operation `getDirectMessagesEventsByConversationId`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `dm.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getDmConversationEvents, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/direct-messages/get-dm-events-for-a-dm-conversation-1
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the conversation: two user ids joined by a dash for a one-to-one conversation, or a single number for a group.
 * @param params.max_results - The most events to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.event_types - Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
 * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
 * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetDmConversationEventsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getDmConversationEvents(core, { id: '20' })
 * ```
 */
export function getDmConversationEvents(core: BaseCore, params: GetDmConversationEventsParams, options?: CallOptions): Promise<GetDmConversationEventsResponse>
export function getDmConversationEvents(core: BaseCore, params: GetDmConversationEventsParams, options?: CallOptions): Promise<GetDmConversationEventsResponse> {
  return callV2(core, getDmConversationEventsRoute, params, options)
}

/** How `getDmEvent` is called: `GET /2/dm_events/{event_id}`. */
export const getDmEventRoute: Route = { id: 'getDirectMessagesEventsById', method: 'GET', host: 'v2', path: '/2/dm_events/{event_id}', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'dm.read', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Look up one Direct Message event by its id.
 *
 * `GET https://api.x.com/2/dm_events/{event_id}` (X operation `getDirectMessagesEventsById`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/direct-messages/get-dm-event-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.event_id - (required) The id of the DM event to look up.
 * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
 * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetDmEventResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getDmEvent(core, { event_id: '20' })
 * ```
 */
export function getDmEvent<F extends DmEventField>(core: BaseCore, params: GetDmEventFieldsParams<F>, options?: CallOptions): Promise<GetDmEventResponse<F>>

/**
 * Look up one Direct Message event by its id.
 *
 * `GET https://api.x.com/2/dm_events/{event_id}` (X operation `getDirectMessagesEventsById`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/direct-messages/get-dm-event-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.event_id - (required) The id of the DM event to look up.
 * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
 * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetDmEventResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getDmEvent(core, { event_id: '20' })
 * ```
 */
export function getDmEvent(core: BaseCore, params: GetDmEventParams, options?: CallOptions): Promise<GetDmEventResponse>
export function getDmEvent(core: BaseCore, params: GetDmEventParams, options?: CallOptions): Promise<GetDmEventResponse> {
  return callV2(core, getDmEventRoute, params, options)
}

/** How `getDmEvents` is called: `GET /2/dm_events`. */
export const getDmEventsRoute: Route = { id: 'getDirectMessagesEvents', method: 'GET', host: 'v2', path: '/2/dm_events', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'dm.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the authenticated user's recent DM events across all their conversations, newest first.
 *
 * Only events of the last 30 days are returned.
 *
 * `GET https://api.x.com/2/dm_events` (X operation `getDirectMessagesEvents`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `dm.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getDmEvents, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/direct-messages/get-dm-events
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.max_results - The most events to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.event_types - Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
 * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
 * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetDmEventsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getDmEvents(core)
 * ```
 */
export function getDmEvents<F extends DmEventField>(core: BaseCore, params: GetDmEventsFieldsParams<F>, options?: CallOptions): Promise<GetDmEventsResponse<F>>

/**
 * Get the authenticated user's recent DM events across all their conversations, newest first.
 *
 * Only events of the last 30 days are returned.
 *
 * `GET https://api.x.com/2/dm_events` (X operation `getDirectMessagesEvents`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `dm.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getDmEvents, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/direct-messages/get-dm-events
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.max_results - The most events to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.event_types - Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
 * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
 * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetDmEventsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getDmEvents(core)
 * ```
 */
export function getDmEvents(core: BaseCore, params?: GetDmEventsParams, options?: CallOptions): Promise<GetDmEventsResponse>
export function getDmEvents(core: BaseCore, params: GetDmEventsParams = {}, options?: CallOptions): Promise<GetDmEventsResponse> {
  return callV2(core, getDmEventsRoute, params, options)
}

/** How `getDmEventsWithParticipant` is called: `GET /2/dm_conversations/with/{participant_id}/dm_events`. */
export const getDmEventsWithParticipantRoute: Route = { id: 'getDirectMessagesEventsByParticipantId', method: 'GET', host: 'v2', path: '/2/dm_conversations/with/{participant_id}/dm_events', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'dm.read', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the events of the authenticated user's one-to-one conversation with another user, newest first.
 *
 * Only events of the last 30 days are returned.
 *
 * `GET https://api.x.com/2/dm_conversations/with/{participant_id}/dm_events` (X operation `getDirectMessagesEventsByParticipantId`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getDmEventsWithParticipant, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/direct-messages/get-dm-events-for-a-dm-conversation
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.participant_id - (required) The id of the other user in the conversation.
 * @param params.max_results - The most events to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.event_types - Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
 * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
 * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetDmEventsWithParticipantResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getDmEventsWithParticipant(core, { participant_id: '20' })
 * ```
 */
export function getDmEventsWithParticipant<F extends DmEventField>(core: BaseCore, params: GetDmEventsWithParticipantFieldsParams<F>, options?: CallOptions): Promise<GetDmEventsWithParticipantResponse<F>>

/**
 * Get the events of the authenticated user's one-to-one conversation with another user, newest first.
 *
 * Only events of the last 30 days are returned.
 *
 * `GET https://api.x.com/2/dm_conversations/with/{participant_id}/dm_events` (X operation `getDirectMessagesEventsByParticipantId`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getDmEventsWithParticipant, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/direct-messages/get-dm-events-for-a-dm-conversation
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.participant_id - (required) The id of the other user in the conversation.
 * @param params.max_results - The most events to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.event_types - Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
 * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
 * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetDmEventsWithParticipantResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getDmEventsWithParticipant(core, { participant_id: '20' })
 * ```
 */
export function getDmEventsWithParticipant(core: BaseCore, params: GetDmEventsWithParticipantParams, options?: CallOptions): Promise<GetDmEventsWithParticipantResponse>
export function getDmEventsWithParticipant(core: BaseCore, params: GetDmEventsWithParticipantParams, options?: CallOptions): Promise<GetDmEventsWithParticipantResponse> {
  return callV2(core, getDmEventsWithParticipantRoute, params, options)
}

/** How `sendDmToConversation` is called: `POST /2/dm_conversations/{dm_conversation_id}/messages`. */
export const sendDmToConversationRoute: Route = { id: 'createDirectMessagesByConversationId', method: 'POST', host: 'v2', path: '/2/dm_conversations/{dm_conversation_id}/messages', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'dm.write', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 86400, limit: 1440, per: 'user' }, { windowSeconds: 86400, limit: 1440, per: 'app' }] }

/**
 * Send a Direct Message into an existing conversation the authenticated user takes part in.
 *
 * The body holds the text and/or attached media ids.
 *
 * `POST https://api.x.com/2/dm_conversations/{dm_conversation_id}/messages` (X operation `createDirectMessagesByConversationId`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.write`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes; 1440 per user and 1440 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/direct-messages/create-dm-message-by-conversation-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.dm_conversation_id - (required) The id of the conversation to send the message to.
 * @param params.attachments - Body field `attachments` of `SendDmToConversationRequest`.
 * @param params.text - Body field `text` of `SendDmToConversationRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SendDmToConversationResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await sendDmToConversation(core, { dm_conversation_id: '20' })
 * ```
 */
export function sendDmToConversation(core: BaseCore, params: SendDmToConversationParams, options?: CallOptions): Promise<SendDmToConversationResponse> {
  return callV2(core, sendDmToConversationRoute, params, options, v2Json)
}

/** How `sendDmToParticipant` is called: `POST /2/dm_conversations/with/{participant_id}/messages`. */
export const sendDmToParticipantRoute: Route = { id: 'createDirectMessagesByParticipantId', method: 'POST', host: 'v2', path: '/2/dm_conversations/with/{participant_id}/messages', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['dm.write', 'tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 86400, limit: 1440, per: 'user' }, { windowSeconds: 86400, limit: 1440, per: 'app' }] }

/**
 * Send a Direct Message to one user, in the one-to-one conversation with them (created if needed).
 *
 * The body holds the text and/or attached media ids.
 *
 * `POST https://api.x.com/2/dm_conversations/with/{participant_id}/messages` (X operation `createDirectMessagesByParticipantId`) · Auth: OAuth 2.0 user token (scopes `dm.write`, `tweet.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 15 per user every 15 minutes; 1440 per user and 1440 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/direct-messages/create-dm-message-by-participant-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.participant_id - (required) The id of the user to send the message to.
 * @param params.attachments - Body field `attachments` of `SendDmToParticipantRequest`.
 * @param params.text - Body field `text` of `SendDmToParticipantRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SendDmToParticipantResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await sendDmToParticipant(core, { participant_id: '20' })
 * ```
 */
export function sendDmToParticipant(core: BaseCore, params: SendDmToParticipantParams, options?: CallOptions): Promise<SendDmToParticipantResponse> {
  return callV2(core, sendDmToParticipantRoute, params, options, v2Json)
}

/** How `unblockUserDms` is called: `POST /2/users/{id}/dm/unblock`. */
export const unblockUserDmsRoute: Route = { id: 'unblockUsersDms', method: 'POST', host: 'v2', path: '/2/users/{id}/dm/unblock', security: [{ scheme: 'oauth2_user', scopes: ['dm.write', 'tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 10, per: 'user' }, { windowSeconds: 900, limit: 25, per: 'app' }, { windowSeconds: 86400, limit: 400, per: 'user' }, { windowSeconds: 86400, limit: 1000, per: 'app' }] }

/**
 * Let a user send Direct Messages to the authenticated user again.
 *
 * `POST https://api.x.com/2/users/{id}/dm/unblock` (X operation `unblockUsersDms`) · Auth: OAuth 2.0 user token (scopes `dm.write`, `tweet.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 10 per user and 25 per app every 15 minutes; 400 per user and 1000 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/users/unblock-dms
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user to unblock for Direct Messages.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`UnblockUserDmsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await unblockUserDms(core, { id: '20' })
 * ```
 */
export function unblockUserDms(core: BaseCore, params: UnblockUserDmsParams, options?: CallOptions): Promise<UnblockUserDmsResponse> {
  return callV2(core, unblockUserDmsRoute, params, options)
}
