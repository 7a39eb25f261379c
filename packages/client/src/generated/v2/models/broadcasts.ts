// generated from spec/v2/models/broadcasts.yaml by @twython/generator: do not edit

import type { Problem } from './errors.js'

/** The `recurrence` field of `CreateScheduledBroadcastRequest` (part of `createScheduledBroadcast`). */
export interface CreateScheduledBroadcastRecurrence {
  frequency: 'Daily' | 'Weekly'
  repeats: string
}

/** The JSON body of `createScheduledBroadcast`; its fields sit beside the other parameters in the one params object. */
export interface CreateScheduledBroadcastRequest {
  available_for_replay?: boolean
  chat_option?: string
  description?: string
  is_locked?: boolean
  locale?: string
  manual_publish?: boolean
  recurrence?: CreateScheduledBroadcastRecurrence
  scheduled_end_ms: string
  scheduled_start_ms: string
  source_id: string
  telecast_id?: string
  thumbnail_media_id?: string
  title?: string
}

/** What `createScheduledBroadcast` resolves to: X's response envelope. */
export interface CreateScheduledBroadcastResponse {
  data?: CreateScheduledBroadcastResponseData
  errors?: Problem[]
}

/** The `data` field of `CreateScheduledBroadcastResponse` (part of `createScheduledBroadcast`). */
export interface CreateScheduledBroadcastResponseData {
  available_for_replay?: boolean
  broadcast_id?: string
  chat_option?: string
  description?: string
  locale?: string
  manual_publish?: boolean
  recurring_schedule_id?: string
  scheduled_broadcast_id?: string
  scheduled_end_ms?: string
  scheduled_start_ms?: string
  source_id?: string
  state?: string
  telecast_id?: string
  thumbnail_media_id?: string
  title?: string
}

/** What `deleteScheduledBroadcast` resolves to: X's response envelope. */
export interface DeleteScheduledBroadcastResponse {
  data?: DeleteScheduledBroadcastResponseData
  errors?: Problem[]
}

/** The `data` field of `DeleteScheduledBroadcastResponse` (part of `deleteScheduledBroadcast`). */
export interface DeleteScheduledBroadcastResponseData {
  deleted: boolean
}

/** What `getScheduledBroadcast` resolves to: X's response envelope. */
export interface GetScheduledBroadcastResponse extends CreateScheduledBroadcastResponse {
}

/** The `data` field of `GetScheduledBroadcastResponse` (part of `getScheduledBroadcast`). */
export interface GetScheduledBroadcastResponseData extends CreateScheduledBroadcastResponseData {
}

/** What `getScheduledBroadcasts` resolves to: X's response envelope. */
export interface GetScheduledBroadcastsResponse {
  data?: GetScheduledBroadcastsResponseData[]
  errors?: Problem[]
}

/** The `data` field of `GetScheduledBroadcastsResponse` (part of `getScheduledBroadcasts`). */
export interface GetScheduledBroadcastsResponseData extends CreateScheduledBroadcastResponseData {
}

/** The JSON body of `sendBroadcastChat`; its fields sit beside the other parameters in the one params object. */
export interface SendBroadcastChatRequest {
  text: string
}

/** What `sendBroadcastChat` resolves to: X's response envelope. */
export interface SendBroadcastChatResponse {
  data?: SendBroadcastChatResponseData
  errors?: Problem[]
}

/** The `data` field of `SendBroadcastChatResponse` (part of `sendBroadcastChat`). */
export interface SendBroadcastChatResponseData {
  success: boolean
  timestamp: string
}

/** What `startScheduledBroadcast` resolves to: X's response envelope. */
export interface StartScheduledBroadcastResponse extends CreateScheduledBroadcastResponse {
}

/** The `data` field of `StartScheduledBroadcastResponse` (part of `startScheduledBroadcast`). */
export interface StartScheduledBroadcastResponseData extends CreateScheduledBroadcastResponseData {
}

/** The JSON body of `updateScheduledBroadcast`; its fields sit beside the other parameters in the one params object. */
export interface UpdateScheduledBroadcastRequest {
  available_for_replay?: boolean
  chat_option?: string
  description?: string
  is_locked?: boolean
  locale?: string
  manual_publish?: boolean
  roll_forward?: boolean
  scheduled_broadcast_id: string
  scheduled_end_ms: string
  scheduled_start_ms: string
  source_id?: string
  thumbnail_media_id?: string
  title?: string
}

/** What `updateScheduledBroadcast` resolves to: X's response envelope. */
export interface UpdateScheduledBroadcastResponse extends CreateScheduledBroadcastResponse {
}

/** The `data` field of `UpdateScheduledBroadcastResponse` (part of `updateScheduledBroadcast`). */
export interface UpdateScheduledBroadcastResponseData extends CreateScheduledBroadcastResponseData {
}
