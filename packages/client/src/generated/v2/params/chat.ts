// generated from spec/v2/chat.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { AddChatConversationKeysRequest, AddChatGroupMembersRequest, AddUserPublicKeyRequest, AppendChatMediaUploadRequest, CreateChatGroupRequest, FinalizeChatMediaUploadRequest, InitializeChatMediaUploadRequest, MarkChatConversationReadRequest, SendChatMessageRequest } from '../models/chat.js'
import type { ChatConversationExpansionsParam, ChatConversationFieldsParam, ChatMessageEventFieldsParam, PaginationTokenParam, PublicKeyFieldsParam, UserFieldsParam } from './shared.js'

/** Parameters of `addChatConversationKeys` (X operation `addConversationKeys`): the path and query parameters, and the JSON body's fields (`AddChatConversationKeysRequest`). */
export interface AddChatConversationKeysParams extends AddChatConversationKeysRequest {
  /** The conversation: for one-to-one, the other user's id (X builds the conversation id from both users); for a group, its `g`-prefixed id. */
  readonly id: string
}

/** Parameters of `addChatGroupMembers` (X operation `addChatGroupMembers`): the path and query parameters, and the JSON body's fields (`AddChatGroupMembersRequest`). */
export interface AddChatGroupMembersParams extends AddChatGroupMembersRequest {
  /** The id of the group conversation. */
  readonly id: string
}

/** Parameters of `addUserPublicKey` (X operation `addUserPublicKey`): the path and query parameters, and the JSON body's fields (`AddUserPublicKeyRequest`). */
export interface AddUserPublicKeyParams extends AddUserPublicKeyRequest {
  /** The id of the authenticated user, whose key it is. */
  readonly id: string
}

/** Parameters of `appendChatMediaUpload` (X operation `chatMediaUploadAppend`): the path and query parameters, and the JSON body's fields (`AppendChatMediaUploadRequest`). */
export interface AppendChatMediaUploadParams extends AppendChatMediaUploadRequest {
  /** The id of the upload session returned by initializeChatMediaUpload. */
  readonly id: string
}

/** Parameters of `createChatGroup` (X operation `createChatConversation`): the path and query parameters, and the JSON body's fields (`CreateChatGroupRequest`). */
export interface CreateChatGroupParams extends CreateChatGroupRequest {
}

/** Parameters of `downloadChatMedia` (X operation `chatMediaDownload`). */
export interface DownloadChatMediaParams {
  /** The conversation the media was sent in (the other user's id for one-to-one, or the group id). */
  readonly id: string
  /** The key that names the media file in the conversation, as given in the message. */
  readonly media_hash_key: string
}

/** Parameters of `finalizeChatMediaUpload` (X operation `chatMediaUploadFinalize`): the path and query parameters, and the JSON body's fields (`FinalizeChatMediaUploadRequest`). */
export interface FinalizeChatMediaUploadParams extends FinalizeChatMediaUploadRequest {
  /** The id of the upload session. */
  readonly id: string
}

/** Parameters of `getChatConversation` (X operation `getChatConversation`). */
export interface GetChatConversationParams extends ChatConversationFieldsParam, ChatConversationExpansionsParam, UserFieldsParam {
  /** The conversation (the other user's id for one-to-one, or the group id). */
  readonly id: string
}

/** Parameters of `getChatConversationEvents` (X operation `getChatConversationEvents`). */
export interface GetChatConversationEventsParams extends PaginationTokenParam, ChatMessageEventFieldsParam {
  /** The conversation (the other user's id for one-to-one, or the group id). */
  readonly id: string
  /**
   * The most events to return per page, 1 to 100 (10 when left out).
   * @defaultValue 10
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getChatConversationEvents` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** Parameters of `getChatConversations` (X operation `getChatConversations`). */
export interface GetChatConversationsParams extends PaginationTokenParam, ChatConversationFieldsParam, ChatConversationExpansionsParam, UserFieldsParam {
  /**
   * The most conversations to return per page, 1 to 100 (10 when left out).
   * @defaultValue 10
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getChatConversations` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** Parameters of `getUserPublicKeys` (X operation `getUsersPublicKey`). */
export interface GetUserPublicKeysParams extends PublicKeyFieldsParam {
  /** The id of the user whose keys to return. */
  readonly id: string
}

/** Parameters of `getUsersPublicKeys` (X operation `getUsersPublicKeys`). */
export interface GetUsersPublicKeysParams extends PublicKeyFieldsParam {
  /** The ids of the users whose keys to return, given as an array. */
  readonly ids: readonly string[]
}

/** Parameters of `initializeChatGroup` (X operation `initializeChatGroup`). */
export interface InitializeChatGroupParams {
}

/** Parameters of `initializeChatMediaUpload` (X operation `chatMediaUploadInitialize`): the path and query parameters, and the JSON body's fields (`InitializeChatMediaUploadRequest`). */
export interface InitializeChatMediaUploadParams extends InitializeChatMediaUploadRequest {
}

/** Parameters of `markChatConversationRead` (X operation `markChatConversationRead`): the path and query parameters, and the JSON body's fields (`MarkChatConversationReadRequest`). */
export interface MarkChatConversationReadParams extends MarkChatConversationReadRequest {
  /** The conversation (the other user's id for one-to-one, or the group id). */
  readonly id: string
}

/** Parameters of `sendChatMessage` (X operation `sendChatMessage`): the path and query parameters, and the JSON body's fields (`SendChatMessageRequest`). */
export interface SendChatMessageParams extends SendChatMessageRequest {
  /** The conversation (the other user's id for one-to-one, or the group id). */
  readonly id: string
}

/** Parameters of `sendChatTypingIndicator` (X operation `sendChatTypingIndicator`). */
export interface SendChatTypingIndicatorParams {
  /** The conversation (the other user's id for one-to-one, or the group id). */
  readonly id: string
}
