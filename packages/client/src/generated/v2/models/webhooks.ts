// generated from spec/v2/models/webhooks.yaml by @twython/generator: do not edit

import type { Problem } from './errors.js'

/** What `createStreamWebhookLink` resolves to: X's response envelope. */
export interface CreateStreamWebhookLinkResponse {
  data?: CreateStreamWebhookLinkResponseData
  errors?: Problem[]
}

/** The `data` field of `CreateStreamWebhookLinkResponse` (part of `createStreamWebhookLink`). */
export interface CreateStreamWebhookLinkResponseData {
  provisioned: boolean
}

/** The JSON body of `createWebhookReplayJob`; its fields sit beside the other parameters in the one params object. */
export interface CreateWebhookReplayJobRequest {
  from_date: string
  to_date: string
  webhook_id: string
}

/** What `createWebhookReplayJob` resolves to: X's response envelope. */
export interface CreateWebhookReplayJobResponse {
  data?: CreateWebhookReplayJobResponseData
  errors?: Problem[]
}

/** The `data` field of `CreateWebhookReplayJobResponse` (part of `createWebhookReplayJob`). */
export interface CreateWebhookReplayJobResponseData {
  created_at: string
  job_id: string
}

/** The JSON body of `createWebhook`; its fields sit beside the other parameters in the one params object. */
export interface CreateWebhookRequest {
  url: string
}

/** What `createWebhook` resolves to: X's response envelope. */
export interface CreateWebhookResponse {
  data?: CreateWebhookResponseData
  errors?: Problem[]
}

/** The `data` field of `CreateWebhookResponse` (part of `createWebhook`). */
export interface CreateWebhookResponseData {
  created_at: string
  id: string
  url: string
  valid: boolean
}

/** What `deleteStreamWebhookLink` resolves to: X's response envelope. */
export interface DeleteStreamWebhookLinkResponse {
  data?: DeleteStreamWebhookLinkResponseData
  errors?: Problem[]
}

/** The `data` field of `DeleteStreamWebhookLinkResponse` (part of `deleteStreamWebhookLink`). */
export interface DeleteStreamWebhookLinkResponseData {
  deleted: boolean
}

/** What `deleteWebhook` resolves to: X's response envelope. */
export interface DeleteWebhookResponse {
  data?: DeleteWebhookResponseData
  errors?: Problem[]
}

/** The `data` field of `DeleteWebhookResponse` (part of `deleteWebhook`). */
export interface DeleteWebhookResponseData {
  deleted: boolean
}

/** What `getStreamWebhookLinks` resolves to: X's response envelope. */
export interface GetStreamWebhookLinksResponse {
  data?: GetStreamWebhookLinksResponseData[]
  errors?: Problem[]
}

/** The `data` field of `GetStreamWebhookLinksResponse` (part of `getStreamWebhookLinks`). */
export interface GetStreamWebhookLinksResponseData {
  application_id?: string
  business_user_id?: string
  created_at?: string
  fields?: string[]
  instance_id?: string
  webhook_id?: string
}

/** What `getWebhooks` resolves to: X's response envelope. */
export interface GetWebhooksResponse {
  data?: WebhookConfig[]
  errors?: Problem[]
  meta?: GetWebhooksResponseMeta
}

/** The `meta` field of `GetWebhooksResponse` (part of `getWebhooks`). */
export interface GetWebhooksResponseMeta {
  result_count?: number
}

/** What `validateWebhook` resolves to: X's response envelope. */
export interface ValidateWebhookResponse {
  data?: ValidateWebhookResponseData
  errors?: Problem[]
}

/** The `data` field of `ValidateWebhookResponse` (part of `validateWebhook`). */
export interface ValidateWebhookResponseData {
  valid: boolean
}

/** A webhook registered by the app, with its URL, when it was created and whether its last challenge check passed. */
export interface WebhookConfig {
  created_at?: string
  id?: string
  url?: string
  valid?: boolean
}
