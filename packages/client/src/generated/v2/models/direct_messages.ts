// generated from spec/v2/models/direct_messages.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { GetBookmarksResponseMeta } from './bookmarks.js'
import type { Problem } from './errors.js'
import type { Expansions } from './tweets.js'

/** What `blockUserDms` resolves to: X's response envelope. */
export interface BlockUserDmsResponse {
  data?: BlockUserDmsResponseData
  errors?: Problem[]
}

/** The `data` field of `BlockUserDmsResponse` (part of `blockUserDms`). */
export interface BlockUserDmsResponseData {
  blocked: boolean
}

/** The `message` field of `CreateDmConversationRequest` (part of `createDmConversation`). */
export interface CreateDmConversationMessage {
  attachments?: CreateDmConversationMessageAttachments[]
  text?: string
}

/** The `attachments` field of `CreateDmConversationMessage` (part of `createDmConversation`). */
export interface CreateDmConversationMessageAttachments {
  media_id: string
}

/** The JSON body of `createDmConversation`; its fields sit beside the other parameters in the one params object. */
export interface CreateDmConversationRequest {
  conversation_type: 'Group'
  message: CreateDmConversationMessage
  participant_ids: string[]
}

/** What `createDmConversation` resolves to: X's response envelope. */
export interface CreateDmConversationResponse {
  data?: CreateDmConversationResponseData
  errors?: Problem[]
}

/** The `data` field of `CreateDmConversationResponse` (part of `createDmConversation`). */
export interface CreateDmConversationResponseData {
  dm_conversation_id: string
  dm_event_id: string
}

/** What `deleteDmEvent` resolves to: X's response envelope. */
export interface DeleteDmEventResponse {
  data?: DeleteDmEventResponseData
  errors?: Problem[]
}

/** The `data` field of `DeleteDmEventResponse` (part of `deleteDmEvent`). */
export interface DeleteDmEventResponseData {
  deleted: boolean
}

/** One event in a Direct Message conversation: a message sent (`MessageCreate`) or a participant joining or leaving a group (`ParticipantsJoin`, `ParticipantsLeave`). */
export interface DmEvent {
  /** The media keys and card ids attached to a message. */
  attachments?: DmEventAttachments
  /** When the event happened. */
  created_at?: string
  /** The id of the conversation the event belongs to. */
  dm_conversation_id?: string
  /** Hashtags, cashtags, mentions and URLs found in the message text. */
  entities?: DmEventEntities
  /** The kind of event, `MessageCreate`, `ParticipantsJoin` or `ParticipantsLeave`. */
  event_type?: string
  /** The event's id. */
  id?: string
  /** For join and leave events, the ids of the users who joined or left. */
  participant_ids?: string[]
  /** The tweets the message shares, by id. */
  referenced_posts?: DmEventReferencedTweets
  /** The id of the user who sent the message. */
  sender_id?: string
  /** The text of the message. */
  text?: string
}

/** The media and cards attached to a Direct Message. */
export interface DmEventAttachments {
  card_ids?: string[] | null
  media_keys?: string[] | null
}

/** The hashtags, cashtags, mentions and URLs found in a Direct Message's text, with their positions. */
export interface DmEventEntities {
  cashtags?: DmEventEntitiesCashtagsItem[] | null
  hashtags?: DmEventEntitiesHashtagsItem[] | null
  mentions?: DmEventEntitiesMentionsItem[] | null
  urls?: DmEventEntitiesUrlsItem[] | null
}

/** A cashtag found in a Direct Message, with its position. */
export interface DmEventEntitiesCashtagsItem {
  end: number
  start: number
  tag: string
}

/** A hashtag found in a Direct Message, with its position. */
export interface DmEventEntitiesHashtagsItem extends DmEventEntitiesCashtagsItem {
}

/** A mention of a user found in a Direct Message, with its position. */
export interface DmEventEntitiesMentionsItem {
  end: number
  id?: string | null
  start: number
  username: string
}

/** A URL found in a Direct Message, with its shortened, displayed and expanded forms. */
export interface DmEventEntitiesUrlsItem {
  display_url?: string | null
  end: number
  expanded_url?: string | null
  start: number
  url: string
}

/** The tweets a Direct Message shares. */
export type DmEventReferencedTweets = DmEventReferencedTweetsValueItem[]

/** A tweet shared in a Direct Message, by id. */
export interface DmEventReferencedTweetsValueItem {
  id: string
}

/** What `getDmConversationEvents` resolves to: X's response envelope. */
export interface GetDmConversationEventsResponse<F extends string = never> {
  data?: Selected<DmEvent, F | 'id' | 'event_type'>[]
  errors?: Problem[]
  includes?: Expansions
  meta?: GetDmConversationEventsResponseMeta
}

/** The `meta` field of `GetDmConversationEventsResponse` (part of `getDmConversationEvents`). */
export interface GetDmConversationEventsResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getDmEvent` resolves to: X's response envelope. */
export interface GetDmEventResponse<F extends string = never> {
  data?: Selected<DmEvent, F | 'id' | 'event_type'>
  errors?: Problem[]
  includes?: Expansions
}

/** What `getDmEvents` resolves to: X's response envelope. */
export interface GetDmEventsResponse<F extends string = never> extends GetDmConversationEventsResponse<F> {
}

/** The `meta` field of `GetDmEventsResponse` (part of `getDmEvents`). */
export interface GetDmEventsResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getDmEventsWithParticipant` resolves to: X's response envelope. */
export interface GetDmEventsWithParticipantResponse<F extends string = never> extends GetDmConversationEventsResponse<F> {
}

/** The `meta` field of `GetDmEventsWithParticipantResponse` (part of `getDmEventsWithParticipant`). */
export interface GetDmEventsWithParticipantResponseMeta extends GetBookmarksResponseMeta {
}

/** The `attachments` field of `SendDmToConversationRequest` (part of `sendDmToConversation`). */
export interface SendDmToConversationAttachments {
  media_id: string
}

/** The JSON body of `sendDmToConversation`; its fields sit beside the other parameters in the one params object. */
export interface SendDmToConversationRequest {
  attachments?: SendDmToConversationAttachments[]
  text?: string
}

/** What `sendDmToConversation` resolves to: X's response envelope. */
export interface SendDmToConversationResponse extends CreateDmConversationResponse {
}

/** The `data` field of `SendDmToConversationResponse` (part of `sendDmToConversation`). */
export interface SendDmToConversationResponseData extends CreateDmConversationResponseData {
}

/** The `attachments` field of `SendDmToParticipantRequest` (part of `sendDmToParticipant`). */
export interface SendDmToParticipantAttachments {
  media_id: string
}

/** The JSON body of `sendDmToParticipant`; its fields sit beside the other parameters in the one params object. */
export interface SendDmToParticipantRequest {
  attachments?: SendDmToParticipantAttachments[]
  text?: string
}

/** What `sendDmToParticipant` resolves to: X's response envelope. */
export interface SendDmToParticipantResponse extends CreateDmConversationResponse {
}

/** The `data` field of `SendDmToParticipantResponse` (part of `sendDmToParticipant`). */
export interface SendDmToParticipantResponseData extends CreateDmConversationResponseData {
}

/** What `unblockUserDms` resolves to: X's response envelope. */
export interface UnblockUserDmsResponse {
  data?: UnblockUserDmsResponseData
  errors?: Problem[]
}

/** The `data` field of `UnblockUserDmsResponse` (part of `unblockUserDms`). */
export interface UnblockUserDmsResponseData {
  blocked: boolean
}
