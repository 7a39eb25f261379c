// generated from spec/v2/broadcasts.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { CreateScheduledBroadcastRequest, SendBroadcastChatRequest, UpdateScheduledBroadcastRequest } from '../models/broadcasts.js'
import type { PaginationTokenParam } from './shared.js'

/** Parameters of `createScheduledBroadcast` (X operation `createScheduledBroadcast`): the path and query parameters, and the JSON body's fields (`CreateScheduledBroadcastRequest`). */
export interface CreateScheduledBroadcastParams extends CreateScheduledBroadcastRequest {
}

/** Parameters of `deleteScheduledBroadcast` (X operation `deleteScheduledBroadcast`). */
export interface DeleteScheduledBroadcastParams {
  /** The id of the scheduled broadcast (up to 13 letters and digits). */
  readonly id: string
  /** For a recurring broadcast, going by its name, roll the schedule on to its next occurrence instead of deleting it (X's document does not describe it). */
  readonly roll_forward?: boolean
}

/** Parameters of `getScheduledBroadcast` (X operation `getScheduledBroadcast`). */
export interface GetScheduledBroadcastParams {
  /** The id of the scheduled broadcast. */
  readonly id: string
}

/** Parameters of `getScheduledBroadcasts` (X operation `listScheduledBroadcasts`). */
export interface GetScheduledBroadcastsParams extends PaginationTokenParam {
  /**
   * The most broadcasts to return per page, 1 to 100.
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Only list broadcasts that start at or after this moment (ISO 8601 date-time). */
  readonly oldest_start_time?: string
  /** Only list broadcasts that start at or before this moment (ISO 8601 date-time). */
  readonly newest_start_time?: string
  /** Marks `getScheduledBroadcasts` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** Parameters of `sendBroadcastChat` (X operation `sendBroadcastChat`): the path and query parameters, and the JSON body's fields (`SendBroadcastChatRequest`). */
export interface SendBroadcastChatParams extends SendBroadcastChatRequest {
  /** The id of the live broadcast. */
  readonly id: string
}

/** Parameters of `startScheduledBroadcast` (X operation `goLiveScheduledBroadcast`). */
export interface StartScheduledBroadcastParams {
  /** The id of the scheduled broadcast. */
  readonly id: string
}

/** Parameters of `updateScheduledBroadcast` (X operation `updateScheduledBroadcast`): the path and query parameters, and the JSON body's fields (`UpdateScheduledBroadcastRequest`). */
export interface UpdateScheduledBroadcastParams extends UpdateScheduledBroadcastRequest {
  /** The id of the scheduled broadcast. */
  readonly id: string
}
