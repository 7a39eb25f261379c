// generated from spec/v2/models/chat.yaml by @twython/generator: do not edit

import type { Problem } from './errors.js'
import type { Expansions, Tweet } from './tweets.js'

/** The `action_signatures` field of `AddChatConversationKeysRequest` (part of `addChatConversationKeys`). */
export interface AddChatConversationKeysActionSignatures {
  encoded_message_event_detail: string
  message_event_signature: AddChatConversationKeysActionSignaturesMessageEventSignature
  message_id: string
  signature_payload?: string
}

/** The `message_event_signature` field of `AddChatConversationKeysActionSignatures` (part of `addChatConversationKeys`). */
export interface AddChatConversationKeysActionSignaturesMessageEventSignature {
  message_signing_key_info_list?: AddChatConversationKeysActionSignaturesMessageEventSignatureMessageSigningKeyInfoList[]
  public_key_version: string
  signature: string
  signature_version: string
  signing_public_key?: string
}

/** The `message_signing_key_info_list` field of `AddChatConversationKeysActionSignaturesMessageEventSignature` (part of `addChatConversationKeys`). */
export interface AddChatConversationKeysActionSignaturesMessageEventSignatureMessageSigningKeyInfoList {
  member_id?: string
  public_key_version?: string
  signing_public_key?: string
}

/** The `conversation_participant_keys` field of `AddChatConversationKeysRequest` (part of `addChatConversationKeys`). */
export interface AddChatConversationKeysConversationParticipantKeys {
  encrypted_conversation_key?: string
  public_key_version?: string
  user_id?: string
}

/** The JSON body of `addChatConversationKeys`; its fields sit beside the other parameters in the one params object. */
export interface AddChatConversationKeysRequest {
  action_signatures?: AddChatConversationKeysActionSignatures[]
  base64_encoded_key_rotation?: string
  conversation_key_version: string
  conversation_participant_keys: AddChatConversationKeysConversationParticipantKeys[]
}

/** What `addChatConversationKeys` resolves to: X's response envelope. */
export interface AddChatConversationKeysResponse {
  data?: AddChatConversationKeysResponseData
  errors?: Problem[]
}

/** The `data` field of `AddChatConversationKeysResponse` (part of `addChatConversationKeys`). */
export interface AddChatConversationKeysResponseData {
  conversation_id?: string
  sequence_id?: string
}

/** The `action_signatures` field of `AddChatGroupMembersRequest` (part of `addChatGroupMembers`). */
export interface AddChatGroupMembersActionSignatures extends AddChatConversationKeysActionSignatures {
}

/** The `message_event_signature` field of `AddChatGroupMembersActionSignatures` (part of `addChatGroupMembers`). */
export interface AddChatGroupMembersActionSignaturesMessageEventSignature extends AddChatConversationKeysActionSignaturesMessageEventSignature {
}

/** The `message_signing_key_info_list` field of `AddChatGroupMembersActionSignaturesMessageEventSignature` (part of `addChatGroupMembers`). */
export interface AddChatGroupMembersActionSignaturesMessageEventSignatureMessageSigningKeyInfoList extends AddChatConversationKeysActionSignaturesMessageEventSignatureMessageSigningKeyInfoList {
}

/** The `conversation_participant_keys` field of `AddChatGroupMembersRequest` (part of `addChatGroupMembers`). */
export interface AddChatGroupMembersConversationParticipantKeys extends AddChatConversationKeysConversationParticipantKeys {
}

/** The JSON body of `addChatGroupMembers`; its fields sit beside the other parameters in the one params object. */
export interface AddChatGroupMembersRequest {
  action_signatures?: AddChatGroupMembersActionSignatures[]
  conversation_key_version?: string
  conversation_participant_keys?: AddChatGroupMembersConversationParticipantKeys[]
  encrypted_avatar_url?: string
  encrypted_title?: string
  user_ids: string[]
}

/** What `addChatGroupMembers` resolves to: X's response envelope. */
export interface AddChatGroupMembersResponse {
  data?: Tweet
  errors?: Problem[]
}

/** The `public_key` field of `AddUserPublicKeyRequest` (part of `addUserPublicKey`). */
export interface AddUserPublicKeyPublicKey {
  identity_public_key_signature?: string
  public_key?: string
  public_key_fingerprint?: string
  registration_method?: string
  signing_public_key?: string
  signing_public_key_signature?: string
}

/** The JSON body of `addUserPublicKey`; its fields sit beside the other parameters in the one params object. */
export interface AddUserPublicKeyRequest {
  generate_version?: boolean
  public_key: AddUserPublicKeyPublicKey
  version: string
}

/** What `addUserPublicKey` resolves to: X's response envelope. */
export interface AddUserPublicKeyResponse {
  data?: AddUserPublicKeyResponseData
  errors?: Problem[]
}

/** The `data` field of `AddUserPublicKeyResponse` (part of `addUserPublicKey`). */
export interface AddUserPublicKeyResponseData {
  juicebox_config?: { [key: string]: unknown }
  public_key_version?: string
}

/** The JSON body of `appendChatMediaUpload`; its fields sit beside the other parameters in the one params object. */
export interface AppendChatMediaUploadRequest {
  conversation_id: string
  media: AppendChatMediaUploadRequestMedia
  media_hash_key: string
  segment_index: number
}

/** The `media` field of `AppendChatMediaUploadRequest` (part of `appendChatMediaUpload`). */
export type AppendChatMediaUploadRequestMedia = AppendChatMediaUploadRequestMediaOption1 | AppendChatMediaUploadRequestMediaOption2

/** Part of the request or response of `appendChatMediaUpload`. */
export type AppendChatMediaUploadRequestMediaOption1 = string

/** Part of the request or response of `appendChatMediaUpload`. */
export type AppendChatMediaUploadRequestMediaOption2 = string

/** What `appendChatMediaUpload` resolves to: X's response envelope. */
export interface AppendChatMediaUploadResponse {
  data?: AppendChatMediaUploadResponseData
  errors?: Problem[]
}

/** The `data` field of `AppendChatMediaUploadResponse` (part of `appendChatMediaUpload`). */
export interface AppendChatMediaUploadResponseData {
  expires_at?: number
}

/** An XChat conversation, one-to-one or group, with its members and admins, group name and avatar, mute state, message lifetime and screen-capture settings. */
export interface ChatConversation {
  admin_ids?: string[]
  created_at?: string
  group_avatar_url?: string
  group_name?: string
  id?: string
  is_muted?: boolean
  member_ids?: string[]
  message_ttl_ms?: number
  participant_ids?: string[]
  screen_capture_blocking_enabled?: boolean
  screen_capture_detection_enabled?: boolean
  type?: string
  updated_at?: string
}

/** One event of an XChat conversation, such as a message, carried as an encoded, encrypted payload with its sender, signature and the id of the event before it. */
export interface ChatMessageEvent {
  conversation_id?: string
  conversation_token?: string
  created_at?: string
  encoded_event?: string
  id?: string
  is_trusted?: boolean
  message_event_signature?: { [key: string]: unknown }
  previous_id?: string
  sender_id?: string
}

/** The `action_signatures` field of `CreateChatGroupRequest` (part of `createChatGroup`). */
export interface CreateChatGroupActionSignatures extends AddChatConversationKeysActionSignatures {
}

/** The `message_event_signature` field of `CreateChatGroupActionSignatures` (part of `createChatGroup`). */
export interface CreateChatGroupActionSignaturesMessageEventSignature extends AddChatConversationKeysActionSignaturesMessageEventSignature {
}

/** The `message_signing_key_info_list` field of `CreateChatGroupActionSignaturesMessageEventSignature` (part of `createChatGroup`). */
export interface CreateChatGroupActionSignaturesMessageEventSignatureMessageSigningKeyInfoList extends AddChatConversationKeysActionSignaturesMessageEventSignatureMessageSigningKeyInfoList {
}

/** The `conversation_participant_keys` field of `CreateChatGroupRequest` (part of `createChatGroup`). */
export interface CreateChatGroupConversationParticipantKeys extends AddChatConversationKeysConversationParticipantKeys {
}

/** The JSON body of `createChatGroup`; its fields sit beside the other parameters in the one params object. */
export interface CreateChatGroupRequest {
  action_signatures?: CreateChatGroupActionSignatures[]
  base64_encoded_key_rotation?: string
  conversation_id: string
  conversation_key_version: string
  conversation_participant_keys: CreateChatGroupConversationParticipantKeys[]
  group_admins?: string[]
  group_avatar_url?: string
  group_description?: string
  group_members: string[]
  group_name?: string
  ttl_msec?: string
}

/** What `createChatGroup` resolves to: X's response envelope. */
export interface CreateChatGroupResponse {
  data?: CreateChatGroupResponseData
  errors?: Problem[]
}

/** The `data` field of `CreateChatGroupResponse` (part of `createChatGroup`). */
export interface CreateChatGroupResponseData {
  conversation_id: string
  conversation_key_change_sequence_id?: string
}

/** The JSON body of `finalizeChatMediaUpload`; its fields sit beside the other parameters in the one params object. */
export interface FinalizeChatMediaUploadRequest {
  conversation_id: string
  media_hash_key: string
  message_id?: string
  num_parts: string
  ttl_msec?: string
}

/** What `finalizeChatMediaUpload` resolves to: X's response envelope. */
export interface FinalizeChatMediaUploadResponse {
  data?: FinalizeChatMediaUploadResponseData
  errors?: Problem[]
}

/** The `data` field of `FinalizeChatMediaUploadResponse` (part of `finalizeChatMediaUpload`). */
export interface FinalizeChatMediaUploadResponseData {
  success: boolean
}

/** What `getChatConversationEvents` resolves to: X's response envelope. */
export interface GetChatConversationEventsResponse {
  data?: ChatMessageEvent[]
  errors?: Problem[]
  meta?: GetChatConversationEventsResponseMeta
}

/** The `meta` field of `GetChatConversationEventsResponse` (part of `getChatConversationEvents`). */
export interface GetChatConversationEventsResponseMeta {
  conversation_key_events?: string[]
  has_more?: boolean
  next_token?: string
  result_count?: number
}

/** What `getChatConversation` resolves to: X's response envelope. */
export interface GetChatConversationResponse {
  data?: ChatConversation
  errors?: Problem[]
  includes?: Expansions
}

/** What `getChatConversations` resolves to: X's response envelope. */
export interface GetChatConversationsResponse {
  data?: ChatConversation[]
  errors?: Problem[]
  includes?: Expansions
  meta?: GetChatConversationsResponseMeta
}

/** The `meta` field of `GetChatConversationsResponse` (part of `getChatConversations`). */
export interface GetChatConversationsResponseMeta {
  has_message_requests?: boolean
  has_more?: boolean
  next_token?: string
  result_count?: number
}

/** What `getUserPublicKeys` resolves to: X's response envelope. */
export interface GetUserPublicKeysResponse {
  data?: PublicKey[]
  errors?: Problem[]
}

/** What `getUsersPublicKeys` resolves to: X's response envelope. */
export interface GetUsersPublicKeysResponse extends GetUserPublicKeysResponse {
}

/** What `initializeChatGroup` resolves to: X's response envelope. */
export interface InitializeChatGroupResponse {
  data?: InitializeChatGroupResponseData
  errors?: Problem[]
}

/** The `data` field of `InitializeChatGroupResponse` (part of `initializeChatGroup`). */
export interface InitializeChatGroupResponseData {
  conversation_id: string
}

/** The JSON body of `initializeChatMediaUpload`; its fields sit beside the other parameters in the one params object. */
export interface InitializeChatMediaUploadRequest {
  conversation_id: string
  total_bytes: number
}

/** What `initializeChatMediaUpload` resolves to: X's response envelope. */
export interface InitializeChatMediaUploadResponse {
  data?: InitializeChatMediaUploadResponseData
  errors?: Problem[]
}

/** The `data` field of `InitializeChatMediaUploadResponse` (part of `initializeChatMediaUpload`). */
export interface InitializeChatMediaUploadResponseData {
  conversation_id: string
  media_hash_key: string
  session_id: string
}

/** The JSON body of `markChatConversationRead`; its fields sit beside the other parameters in the one params object. */
export interface MarkChatConversationReadRequest {
  seen_until_sequence_id: string
}

/** What `markChatConversationRead` resolves to: X's response envelope. */
export interface MarkChatConversationReadResponse {
  data?: MarkChatConversationReadResponseData
  errors?: Problem[]
}

/** The `data` field of `MarkChatConversationReadResponse` (part of `markChatConversationRead`). */
export interface MarkChatConversationReadResponseData {
  success: boolean
}

/** A public key a user registered for XChat encryption, with its version, signing key and signature. */
export interface PublicKey {
  identity_public_key_signature?: string
  juicebox_config?: { [key: string]: unknown }
  public_key?: string
  public_key_version?: string
  signing_public_key?: string
}

/** The JSON body of `sendChatMessage`; its fields sit beside the other parameters in the one params object. */
export interface SendChatMessageRequest {
  conversation_token?: string
  encoded_message_create_event: string
  encoded_message_event_signature?: string
  message_id: string
}

/** What `sendChatMessage` resolves to: X's response envelope. */
export interface SendChatMessageResponse {
  data?: SendChatMessageResponseData
  errors?: Problem[]
}

/** The `data` field of `SendChatMessageResponse` (part of `sendChatMessage`). */
export interface SendChatMessageResponseData {
  encoded_message_event: string
}

/** What `sendChatTypingIndicator` resolves to: X's response envelope. */
export interface SendChatTypingIndicatorResponse {
  data?: SendChatTypingIndicatorResponseData
  errors?: Problem[]
}

/** The `data` field of `SendChatTypingIndicatorResponse` (part of `sendChatTypingIndicator`). */
export interface SendChatTypingIndicatorResponseData {
  success: boolean
}
