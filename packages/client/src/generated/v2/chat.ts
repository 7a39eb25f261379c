// generated from spec/v2/chat.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { AddChatConversationKeysResponse, AddChatGroupMembersResponse, AddUserPublicKeyResponse, AppendChatMediaUploadResponse, CreateChatGroupResponse, FinalizeChatMediaUploadResponse, GetChatConversationEventsResponse, GetChatConversationResponse, GetChatConversationsResponse, GetUserPublicKeysResponse, GetUsersPublicKeysResponse, InitializeChatGroupResponse, InitializeChatMediaUploadResponse, MarkChatConversationReadResponse, SendChatMessageResponse, SendChatTypingIndicatorResponse } from './models/chat.js'
import type { AddChatConversationKeysParams, AddChatGroupMembersParams, AddUserPublicKeyParams, AppendChatMediaUploadParams, CreateChatGroupParams, DownloadChatMediaParams, FinalizeChatMediaUploadParams, GetChatConversationEventsParams, GetChatConversationParams, GetChatConversationsParams, GetUserPublicKeysParams, GetUsersPublicKeysParams, InitializeChatGroupParams, InitializeChatMediaUploadParams, MarkChatConversationReadParams, SendChatMessageParams, SendChatTypingIndicatorParams } from './params/chat.js'

export type { AddChatConversationKeysParams, AddChatGroupMembersParams, AddUserPublicKeyParams, AppendChatMediaUploadParams, CreateChatGroupParams, DownloadChatMediaParams, FinalizeChatMediaUploadParams, GetChatConversationEventsParams, GetChatConversationParams, GetChatConversationsParams, GetUserPublicKeysParams, GetUsersPublicKeysParams, InitializeChatGroupParams, InitializeChatMediaUploadParams, MarkChatConversationReadParams, SendChatMessageParams, SendChatTypingIndicatorParams } from './params/chat.js'

/** How `addChatConversationKeys` is called: `POST /2/chat/conversations/{id}/keys`. */
export const addChatConversationKeysRoute: Route = { id: 'addConversationKeys', method: 'POST', host: 'v2', path: '/2/chat/conversations/{id}/keys', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'dm.write'] }, { scheme: 'oauth1_user' }] }

/**
 * Set up or rotate the encryption keys of a chat conversation.
 *
 * Call it before the first message of a new one-to-one conversation, and again with a newer key version to rotate the key. The body carries the conversation key encrypted for each participant's public key.
 *
 * `POST https://api.x.com/2/chat/conversations/{id}/keys` (X operation `addConversationKeys`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `dm.write`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/chat/add-conversation-keys
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The conversation: for one-to-one, the other user's id (X builds the conversation id from both users); for a group, its `g`-prefixed id.
 * @param params.action_signatures - Body field `action_signatures` of `AddChatConversationKeysRequest`.
 * @param params.base64_encoded_key_rotation - Body field `base64_encoded_key_rotation` of `AddChatConversationKeysRequest`.
 * @param params.conversation_key_version - (required) Body field `conversation_key_version` of `AddChatConversationKeysRequest`.
 * @param params.conversation_participant_keys - (required) Body field `conversation_participant_keys` of `AddChatConversationKeysRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`AddChatConversationKeysResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await addChatConversationKeys(core, { id: '20', conversation_key_version: 'example', conversation_participant_keys: ['example'] })
 * ```
 */
export function addChatConversationKeys(core: BaseCore, params: AddChatConversationKeysParams, options?: CallOptions): Promise<AddChatConversationKeysResponse> {
  return callV2(core, addChatConversationKeysRoute, params, options, v2Json)
}

/** How `addChatGroupMembers` is called: `POST /2/chat/conversations/{id}/members`. */
export const addChatGroupMembersRoute: Route = { id: 'addChatGroupMembers', method: 'POST', host: 'v2', path: '/2/chat/conversations/{id}/members', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'dm.write', 'tweet.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Add members to an encrypted group conversation, rotating its key.
 *
 * `POST https://api.x.com/2/chat/conversations/{id}/members` (X operation `addChatGroupMembers`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.write`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/chat/add-members-to-a-chat-group-conversation
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the group conversation.
 * @param params.action_signatures - Body field `action_signatures` of `AddChatGroupMembersRequest`.
 * @param params.conversation_key_version - Body field `conversation_key_version` of `AddChatGroupMembersRequest`.
 * @param params.conversation_participant_keys - Body field `conversation_participant_keys` of `AddChatGroupMembersRequest`.
 * @param params.encrypted_avatar_url - Body field `encrypted_avatar_url` of `AddChatGroupMembersRequest`.
 * @param params.encrypted_title - Body field `encrypted_title` of `AddChatGroupMembersRequest`.
 * @param params.user_ids - (required) Body field `user_ids` of `AddChatGroupMembersRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`AddChatGroupMembersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await addChatGroupMembers(core, { id: '20', user_ids: ['20', '21'] })
 * ```
 */
export function addChatGroupMembers(core: BaseCore, params: AddChatGroupMembersParams, options?: CallOptions): Promise<AddChatGroupMembersResponse> {
  return callV2(core, addChatGroupMembersRoute, params, options, v2Json)
}

/** How `addUserPublicKey` is called: `POST /2/users/{id}/public_keys`. */
export const addUserPublicKeyRoute: Route = { id: 'addUserPublicKey', method: 'POST', host: 'v2', path: '/2/users/{id}/public_keys', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'dm.write'] }, { scheme: 'oauth1_user' }] }

/**
 * Register a public key of the authenticated user for XChat encryption.
 *
 * `POST https://api.x.com/2/users/{id}/public_keys` (X operation `addUserPublicKey`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `dm.write`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/chat/add-public-key
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, whose key it is.
 * @param params.generate_version - Body field `generate_version` of `AddUserPublicKeyRequest`.
 * @param params.public_key - (required) Body field `public_key` of `AddUserPublicKeyRequest`.
 * @param params.version - (required) Body field `version` of `AddUserPublicKeyRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`AddUserPublicKeyResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await addUserPublicKey(core, { id: '20', public_key: 'example', version: 'example' })
 * ```
 */
export function addUserPublicKey(core: BaseCore, params: AddUserPublicKeyParams, options?: CallOptions): Promise<AddUserPublicKeyResponse> {
  return callV2(core, addUserPublicKeyRoute, params, options, v2Json)
}

/** How `appendChatMediaUpload` is called: `POST /2/chat/media/upload/{id}/append`. */
export const appendChatMediaUploadRoute: Route = { id: 'chatMediaUploadAppend', method: 'POST', host: 'v2', path: '/2/chat/media/upload/{id}/append', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['media.write'] }, { scheme: 'oauth1_user' }] }

/**
 * Send one chunk of encrypted media in a chat media upload session.
 *
 * `POST https://api.x.com/2/chat/media/upload/{id}/append` (X operation `chatMediaUploadAppend`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/chat/append-chat-media-upload
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the upload session returned by initializeChatMediaUpload.
 * @param params.conversation_id - (required) Body field `conversation_id` of `AppendChatMediaUploadRequest`.
 * @param params.media - (required) Body field `media` of `AppendChatMediaUploadRequest`.
 * @param params.media_hash_key - (required) Body field `media_hash_key` of `AppendChatMediaUploadRequest`.
 * @param params.segment_index - (required) Body field `segment_index` of `AppendChatMediaUploadRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`AppendChatMediaUploadResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await appendChatMediaUpload(core, { id: '20', conversation_id: '20', media: 'example', media_hash_key: 'example', segment_index: 10 })
 * ```
 */
export function appendChatMediaUpload(core: BaseCore, params: AppendChatMediaUploadParams, options?: CallOptions): Promise<AppendChatMediaUploadResponse> {
  return callV2(core, appendChatMediaUploadRoute, params, options, v2Json)
}

/** How `createChatGroup` is called: `POST /2/chat/conversations/group`. */
export const createChatGroupRoute: Route = { id: 'createChatConversation', method: 'POST', host: 'v2', path: '/2/chat/conversations/group', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'dm.write', 'tweet.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Create an encrypted group conversation, as the authenticated user, with the id initializeChatGroup gave.
 *
 * `POST https://api.x.com/2/chat/conversations/group` (X operation `createChatConversation`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.write`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/chat/create-chat-group-conversation
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.action_signatures - Body field `action_signatures` of `CreateChatGroupRequest`.
 * @param params.base64_encoded_key_rotation - Body field `base64_encoded_key_rotation` of `CreateChatGroupRequest`.
 * @param params.conversation_id - (required) Body field `conversation_id` of `CreateChatGroupRequest`.
 * @param params.conversation_key_version - (required) Body field `conversation_key_version` of `CreateChatGroupRequest`.
 * @param params.conversation_participant_keys - (required) Body field `conversation_participant_keys` of `CreateChatGroupRequest`.
 * @param params.group_admins - Body field `group_admins` of `CreateChatGroupRequest`.
 * @param params.group_avatar_url - Body field `group_avatar_url` of `CreateChatGroupRequest`.
 * @param params.group_description - Body field `group_description` of `CreateChatGroupRequest`.
 * @param params.group_members - (required) Body field `group_members` of `CreateChatGroupRequest`.
 * @param params.group_name - Body field `group_name` of `CreateChatGroupRequest`.
 * @param params.ttl_msec - Body field `ttl_msec` of `CreateChatGroupRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateChatGroupResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createChatGroup(core, { conversation_id: '20', conversation_key_version: 'example', conversation_participant_keys: ['example'], group_members: ['example'] })
 * ```
 */
export function createChatGroup(core: BaseCore, params: CreateChatGroupParams, options?: CallOptions): Promise<CreateChatGroupResponse> {
  return callV2(core, createChatGroupRoute, params, options, v2Json)
}

/** How `downloadChatMedia` is called: `GET /2/chat/media/{id}/{media_hash_key}`. */
export const downloadChatMediaRoute: Route = { id: 'chatMediaDownload', method: 'GET', host: 'v2', path: '/2/chat/media/{id}/{media_hash_key}', security: [{ scheme: 'oauth2_user', scopes: ['media.write'] }, { scheme: 'oauth1_user' }] }

/**
 * Download encrypted media from a chat conversation, as raw bytes to decrypt on the client.
 *
 * `GET https://api.x.com/2/chat/media/{id}/{media_hash_key}` (X operation `chatMediaDownload`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/chat/download-chat-media
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The conversation the media was sent in (the other user's id for one-to-one, or the group id).
 * @param params.media_hash_key - (required) The key that names the media file in the conversation, as given in the message.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns Nothing: X answers with an empty body.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await downloadChatMedia(core, { id: '20', media_hash_key: 'example' })
 * ```
 */
export function downloadChatMedia(core: BaseCore, params: DownloadChatMediaParams, options?: CallOptions): Promise<void> {
  return callV2(core, downloadChatMediaRoute, params, options)
}

/** How `finalizeChatMediaUpload` is called: `POST /2/chat/media/upload/{id}/finalize`. */
export const finalizeChatMediaUploadRoute: Route = { id: 'chatMediaUploadFinalize', method: 'POST', host: 'v2', path: '/2/chat/media/upload/{id}/finalize', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['media.write'] }, { scheme: 'oauth1_user' }] }

/**
 * Finish a chat media upload session once every chunk has been appended.
 *
 * `POST https://api.x.com/2/chat/media/upload/{id}/finalize` (X operation `chatMediaUploadFinalize`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/chat/finalize-chat-media-upload
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the upload session.
 * @param params.conversation_id - (required) Body field `conversation_id` of `FinalizeChatMediaUploadRequest`.
 * @param params.media_hash_key - (required) Body field `media_hash_key` of `FinalizeChatMediaUploadRequest`.
 * @param params.message_id - Body field `message_id` of `FinalizeChatMediaUploadRequest`.
 * @param params.num_parts - (required) Body field `num_parts` of `FinalizeChatMediaUploadRequest`.
 * @param params.ttl_msec - Body field `ttl_msec` of `FinalizeChatMediaUploadRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`FinalizeChatMediaUploadResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await finalizeChatMediaUpload(core, { id: '20', conversation_id: '20', media_hash_key: 'example', num_parts: 'example' })
 * ```
 */
export function finalizeChatMediaUpload(core: BaseCore, params: FinalizeChatMediaUploadParams, options?: CallOptions): Promise<FinalizeChatMediaUploadResponse> {
  return callV2(core, finalizeChatMediaUploadRoute, params, options, v2Json)
}

/** How `getChatConversation` is called: `GET /2/chat/conversations/{id}`. */
export const getChatConversationRoute: Route = { id: 'getChatConversation', method: 'GET', host: 'v2', path: '/2/chat/conversations/{id}', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read', 'dm.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Look up one chat conversation, with its type, mute state and group details.
 *
 * `GET https://api.x.com/2/chat/conversations/{id}` (X operation `getChatConversation`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`, `dm.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/chat/get-chat-conversation
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The conversation (the other user's id for one-to-one, or the group id).
 * @param params.chat_conversation.fields - Chat conversation fields to return beyond the defaults (id and type), given as an array.
 * @param params.expansions - Related users to include in `includes.users`, given as an array (`admin_ids`, `member_ids`, `participant_ids`).
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetChatConversationResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getChatConversation(core, { id: '20' })
 * ```
 */
export function getChatConversation(core: BaseCore, params: GetChatConversationParams, options?: CallOptions): Promise<GetChatConversationResponse> {
  return callV2(core, getChatConversationRoute, params, options)
}

/** How `getChatConversationEvents` is called: `GET /2/chat/conversations/{id}/events`. */
export const getChatConversationEventsRoute: Route = { id: 'getChatConversationEvents', method: 'GET', host: 'v2', path: '/2/chat/conversations/{id}/events', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'dm.read', 'tweet.read'] }, { scheme: 'oauth1_user' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the events of one chat conversation, messages and key changes, newest first.
 *
 * `GET https://api.x.com/2/chat/conversations/{id}/events` (X operation `getChatConversationEvents`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getChatConversationEvents, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/chat/get-chat-conversation-events
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The conversation (the other user's id for one-to-one, or the group id).
 * @param params.max_results - The most events to return per page, 1 to 100 (10 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.chat_message_event.fields - Chat message event fields to return beyond the defaults, given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetChatConversationEventsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getChatConversationEvents(core, { id: '20' })
 * ```
 */
export function getChatConversationEvents(core: BaseCore, params: GetChatConversationEventsParams, options?: CallOptions): Promise<GetChatConversationEventsResponse> {
  return callV2(core, getChatConversationEventsRoute, params, options)
}

/** How `getChatConversations` is called: `GET /2/chat/conversations`. */
export const getChatConversationsRoute: Route = { id: 'getChatConversations', method: 'GET', host: 'v2', path: '/2/chat/conversations', security: [{ scheme: 'oauth2_user', scopes: ['dm.read', 'users.read'] }, { scheme: 'oauth1_user' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the chat conversations in the authenticated user's inbox.
 *
 * `GET https://api.x.com/2/chat/conversations` (X operation `getChatConversations`) · Auth: OAuth 2.0 user token (scopes `dm.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getChatConversations, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/chat/get-chat-conversations
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.max_results - The most conversations to return per page, 1 to 100 (10 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.chat_conversation.fields - Chat conversation fields to return beyond the defaults (id and type), given as an array.
 * @param params.expansions - Related users to include in `includes.users`, given as an array (`admin_ids`, `member_ids`, `participant_ids`).
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetChatConversationsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getChatConversations(core)
 * ```
 */
export function getChatConversations(core: BaseCore, params: GetChatConversationsParams = {}, options?: CallOptions): Promise<GetChatConversationsResponse> {
  return callV2(core, getChatConversationsRoute, params, options)
}

/** How `getUserPublicKeys` is called: `GET /2/users/{id}/public_keys`. */
export const getUserPublicKeysRoute: Route = { id: 'getUsersPublicKey', method: 'GET', host: 'v2', path: '/2/users/{id}/public_keys', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'dm.read', 'tweet.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Get the public keys a user has registered for XChat encryption.
 *
 * `GET https://api.x.com/2/users/{id}/public_keys` (X operation `getUsersPublicKey`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/chat/get-user-public-keys
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose keys to return.
 * @param params.public_key.fields - Public key fields to return, given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserPublicKeysResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUserPublicKeys(core, { id: '20' })
 * ```
 */
export function getUserPublicKeys(core: BaseCore, params: GetUserPublicKeysParams, options?: CallOptions): Promise<GetUserPublicKeysResponse> {
  return callV2(core, getUserPublicKeysRoute, params, options)
}

/** How `getUsersPublicKeys` is called: `GET /2/users/public_keys`. */
export const getUsersPublicKeysRoute: Route = { id: 'getUsersPublicKeys', method: 'GET', host: 'v2', path: '/2/users/public_keys', security: [{ scheme: 'oauth2_user', scopes: ['dm.read', 'tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Get the XChat public keys of several users in one request.
 *
 * `GET https://api.x.com/2/users/public_keys` (X operation `getUsersPublicKeys`) · Auth: OAuth 2.0 user token (scopes `dm.read`, `tweet.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/users/get-public-keys-for-multiple-users
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.ids - (required) The ids of the users whose keys to return, given as an array.
 * @param params.public_key.fields - Public key fields to return, given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUsersPublicKeysResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUsersPublicKeys(core, { ids: ['20', '21'] })
 * ```
 */
export function getUsersPublicKeys(core: BaseCore, params: GetUsersPublicKeysParams, options?: CallOptions): Promise<GetUsersPublicKeysResponse> {
  return callV2(core, getUsersPublicKeysRoute, params, options)
}

/** How `initializeChatGroup` is called: `POST /2/chat/conversations/group/initialize`. */
export const initializeChatGroupRoute: Route = { id: 'initializeChatGroup', method: 'POST', host: 'v2', path: '/2/chat/conversations/group/initialize', security: [{ scheme: 'oauth2_user', scopes: ['dm.write'] }, { scheme: 'oauth1_user' }] }

/**
 * Reserve a new group conversation id, to use with createChatGroup.
 *
 * `POST https://api.x.com/2/chat/conversations/group/initialize` (X operation `initializeChatGroup`) · Auth: OAuth 2.0 user token (scopes `dm.write`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/chat/initialize-chat-group
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`InitializeChatGroupResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await initializeChatGroup(core)
 * ```
 */
export function initializeChatGroup(core: BaseCore, params: InitializeChatGroupParams = {}, options?: CallOptions): Promise<InitializeChatGroupResponse> {
  return callV2(core, initializeChatGroupRoute, params, options)
}

/** How `initializeChatMediaUpload` is called: `POST /2/chat/media/upload/initialize`. */
export const initializeChatMediaUploadRoute: Route = { id: 'chatMediaUploadInitialize', method: 'POST', host: 'v2', path: '/2/chat/media/upload/initialize', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['media.write'] }, { scheme: 'oauth1_user' }] }

/**
 * Start a chat media upload session for an encrypted file.
 *
 * `POST https://api.x.com/2/chat/media/upload/initialize` (X operation `chatMediaUploadInitialize`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/chat/initialize-chat-media-upload
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.conversation_id - (required) Body field `conversation_id` of `InitializeChatMediaUploadRequest`.
 * @param params.total_bytes - (required) Body field `total_bytes` of `InitializeChatMediaUploadRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`InitializeChatMediaUploadResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await initializeChatMediaUpload(core, { conversation_id: '20', total_bytes: 10 })
 * ```
 */
export function initializeChatMediaUpload(core: BaseCore, params: InitializeChatMediaUploadParams, options?: CallOptions): Promise<InitializeChatMediaUploadResponse> {
  return callV2(core, initializeChatMediaUploadRoute, params, options, v2Json)
}

/** How `markChatConversationRead` is called: `POST /2/chat/conversations/{id}/read`. */
export const markChatConversationReadRoute: Route = { id: 'markChatConversationRead', method: 'POST', host: 'v2', path: '/2/chat/conversations/{id}/read', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'dm.write', 'tweet.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Mark a chat conversation as read, as the authenticated user.
 *
 * `POST https://api.x.com/2/chat/conversations/{id}/read` (X operation `markChatConversationRead`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.write`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/chat/mark-conversation-as-read
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The conversation (the other user's id for one-to-one, or the group id).
 * @param params.seen_until_sequence_id - (required) Body field `seen_until_sequence_id` of `MarkChatConversationReadRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`MarkChatConversationReadResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await markChatConversationRead(core, { id: '20', seen_until_sequence_id: '20' })
 * ```
 */
export function markChatConversationRead(core: BaseCore, params: MarkChatConversationReadParams, options?: CallOptions): Promise<MarkChatConversationReadResponse> {
  return callV2(core, markChatConversationReadRoute, params, options, v2Json)
}

/** How `sendChatMessage` is called: `POST /2/chat/conversations/{id}/messages`. */
export const sendChatMessageRoute: Route = { id: 'sendChatMessage', method: 'POST', host: 'v2', path: '/2/chat/conversations/{id}/messages', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['dm.write', 'users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Send an encrypted message into a chat conversation, as the authenticated user.
 *
 * `POST https://api.x.com/2/chat/conversations/{id}/messages` (X operation `sendChatMessage`) · Auth: OAuth 2.0 user token (scopes `dm.write`, `users.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/chat/send-chat-message
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The conversation (the other user's id for one-to-one, or the group id).
 * @param params.conversation_token - Body field `conversation_token` of `SendChatMessageRequest`.
 * @param params.encoded_message_create_event - (required) Body field `encoded_message_create_event` of `SendChatMessageRequest`.
 * @param params.encoded_message_event_signature - Body field `encoded_message_event_signature` of `SendChatMessageRequest`.
 * @param params.message_id - (required) Body field `message_id` of `SendChatMessageRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SendChatMessageResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await sendChatMessage(core, { id: '20', encoded_message_create_event: 'example', message_id: '20' })
 * ```
 */
export function sendChatMessage(core: BaseCore, params: SendChatMessageParams, options?: CallOptions): Promise<SendChatMessageResponse> {
  return callV2(core, sendChatMessageRoute, params, options, v2Json)
}

/** How `sendChatTypingIndicator` is called: `POST /2/chat/conversations/{id}/typing`. */
export const sendChatTypingIndicatorRoute: Route = { id: 'sendChatTypingIndicator', method: 'POST', host: 'v2', path: '/2/chat/conversations/{id}/typing', security: [{ scheme: 'oauth2_user', scopes: ['dm.write', 'tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Show the other participants of a chat conversation that the authenticated user is typing.
 *
 * `POST https://api.x.com/2/chat/conversations/{id}/typing` (X operation `sendChatTypingIndicator`) · Auth: OAuth 2.0 user token (scopes `dm.write`, `tweet.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/chat/send-typing-indicator
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The conversation (the other user's id for one-to-one, or the group id).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SendChatTypingIndicatorResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await sendChatTypingIndicator(core, { id: '20' })
 * ```
 */
export function sendChatTypingIndicator(core: BaseCore, params: SendChatTypingIndicatorParams, options?: CallOptions): Promise<SendChatTypingIndicatorResponse> {
  return callV2(core, sendChatTypingIndicatorRoute, params, options)
}
