// generated from spec/v2/direct_messages.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { CreateDmConversationRequest, SendDmToConversationRequest, SendDmToParticipantRequest } from '../models/direct_messages.js'
import type { DmEventField } from '../parameters.js'
import type { DmEventExpansionsParam, DmEventFieldsParam, MediaFieldsParam, PaginationTokenParam, TweetFieldsParam, UserFieldsParam } from './shared.js'

/** Parameters of `blockUserDms` (X operation `blockUsersDms`). */
export interface BlockUserDmsParams {
  /** The id of the user to block from messaging the authenticated user. */
  readonly id: string
}

/** Parameters of `createDmConversation` (X operation `createDirectMessagesConversation`): the path and query parameters, and the JSON body's fields (`CreateDmConversationRequest`). */
export interface CreateDmConversationParams extends CreateDmConversationRequest {
}

/** Parameters of `deleteDmEvent` (X operation `deleteDirectMessagesEvents`). */
export interface DeleteDmEventParams {
  /** The id of the DM event (message) to delete. */
  readonly event_id: string
}

/** Parameters of `downloadDmMedia` (X operation `dmConversationsMediaDownload`). */
export interface DownloadDmMediaParams {
  /** The id of the DM event the media is attached to. */
  readonly dm_id: string
  /** The id of the attached media. */
  readonly media_id: string
  /** The id of the media file to fetch, as given in the media's URL. */
  readonly resource_id: string
}

/** Parameters of `getDmConversationEvents` (X operation `getDirectMessagesEventsByConversationId`). */
export interface GetDmConversationEventsParams extends PaginationTokenParam, DmEventFieldsParam, DmEventExpansionsParam, UserFieldsParam, TweetFieldsParam, MediaFieldsParam {
  /** The id of the conversation: two user ids joined by a dash for a one-to-one conversation, or a single number for a group. */
  readonly id: string
  /**
   * The most events to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /**
   * Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
   * @defaultValue ['MessageCreate', 'ParticipantsLeave', 'ParticipantsJoin']
   */
  readonly event_types?: readonly ('MessageCreate' | 'ParticipantsJoin' | 'ParticipantsLeave')[]
  /** Marks `getDmConversationEvents` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetDmConversationEventsParams` of a call that names its `dm_event.fields`: `F` is the fields named, which the response marks present. */
export interface GetDmConversationEventsFieldsParams<F extends DmEventField> extends GetDmConversationEventsParams {
  /** DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array. */
  readonly 'dm_event.fields': readonly F[]
}

/** Parameters of `getDmEvent` (X operation `getDirectMessagesEventsById`). */
export interface GetDmEventParams extends DmEventFieldsParam, DmEventExpansionsParam, UserFieldsParam, TweetFieldsParam, MediaFieldsParam {
  /** The id of the DM event to look up. */
  readonly event_id: string
}

/** `GetDmEventParams` of a call that names its `dm_event.fields`: `F` is the fields named, which the response marks present. */
export interface GetDmEventFieldsParams<F extends DmEventField> extends GetDmEventParams {
  /** DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array. */
  readonly 'dm_event.fields': readonly F[]
}

/** Parameters of `getDmEvents` (X operation `getDirectMessagesEvents`). */
export interface GetDmEventsParams extends PaginationTokenParam, DmEventFieldsParam, DmEventExpansionsParam, UserFieldsParam, TweetFieldsParam, MediaFieldsParam {
  /**
   * The most events to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /**
   * Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
   * @defaultValue ['MessageCreate', 'ParticipantsLeave', 'ParticipantsJoin']
   */
  readonly event_types?: readonly ('MessageCreate' | 'ParticipantsJoin' | 'ParticipantsLeave')[]
  /** Marks `getDmEvents` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetDmEventsParams` of a call that names its `dm_event.fields`: `F` is the fields named, which the response marks present. */
export interface GetDmEventsFieldsParams<F extends DmEventField> extends GetDmEventsParams {
  /** DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array. */
  readonly 'dm_event.fields': readonly F[]
}

/** Parameters of `getDmEventsWithParticipant` (X operation `getDirectMessagesEventsByParticipantId`). */
export interface GetDmEventsWithParticipantParams extends PaginationTokenParam, DmEventFieldsParam, DmEventExpansionsParam, UserFieldsParam, TweetFieldsParam, MediaFieldsParam {
  /** The id of the other user in the conversation. */
  readonly participant_id: string
  /**
   * The most events to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /**
   * Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
   * @defaultValue ['MessageCreate', 'ParticipantsLeave', 'ParticipantsJoin']
   */
  readonly event_types?: readonly ('MessageCreate' | 'ParticipantsJoin' | 'ParticipantsLeave')[]
  /** Marks `getDmEventsWithParticipant` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetDmEventsWithParticipantParams` of a call that names its `dm_event.fields`: `F` is the fields named, which the response marks present. */
export interface GetDmEventsWithParticipantFieldsParams<F extends DmEventField> extends GetDmEventsWithParticipantParams {
  /** DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array. */
  readonly 'dm_event.fields': readonly F[]
}

/** Parameters of `sendDmToConversation` (X operation `createDirectMessagesByConversationId`): the path and query parameters, and the JSON body's fields (`SendDmToConversationRequest`). */
export interface SendDmToConversationParams extends SendDmToConversationRequest {
  /** The id of the conversation to send the message to. */
  readonly dm_conversation_id: string
}

/** Parameters of `sendDmToParticipant` (X operation `createDirectMessagesByParticipantId`): the path and query parameters, and the JSON body's fields (`SendDmToParticipantRequest`). */
export interface SendDmToParticipantParams extends SendDmToParticipantRequest {
  /** The id of the user to send the message to. */
  readonly participant_id: string
}

/** Parameters of `unblockUserDms` (X operation `unblockUsersDms`). */
export interface UnblockUserDmsParams {
  /** The id of the user to unblock for Direct Messages. */
  readonly id: string
}
