// generated from spec/v2/webhooks.yaml by @twython/generator: do not edit

import type { CreateWebhookReplayJobRequest, CreateWebhookRequest } from '../models/webhooks.js'
import type { WebhookConfigFieldsParam } from './shared.js'

/** Parameters of `createStreamWebhookLink` (X operation `createWebhooksStreamLink`). */
export interface CreateStreamWebhookLinkParams {
  /** The id of the webhook to deliver to. */
  readonly webhook_id: string
}

/** Parameters of `createWebhook` (X operation `createWebhooks`): the path and query parameters, and the JSON body's fields (`CreateWebhookRequest`). */
export interface CreateWebhookParams extends CreateWebhookRequest {
}

/** Parameters of `createWebhookReplayJob` (X operation `createWebhookReplayJob`): the path and query parameters, and the JSON body's fields (`CreateWebhookReplayJobRequest`). */
export interface CreateWebhookReplayJobParams extends CreateWebhookReplayJobRequest {
}

/** Parameters of `deleteStreamWebhookLink` (X operation `deleteWebhooksStreamLink`). */
export interface DeleteStreamWebhookLinkParams {
  /** The id of the linked webhook. */
  readonly webhook_id: string
}

/** Parameters of `deleteWebhook` (X operation `deleteWebhooks`). */
export interface DeleteWebhookParams {
  /** The id of the webhook to delete. */
  readonly webhook_id: string
}

/** Parameters of `getStreamWebhookLinks` (X operation `getWebhooksStreamLinks`). */
export interface GetStreamWebhookLinksParams {
}

/** Parameters of `getWebhooks` (X operation `getWebhooks`). */
export interface GetWebhooksParams extends WebhookConfigFieldsParam {
}

/** Parameters of `validateWebhook` (X operation `validateWebhooks`). */
export interface ValidateWebhookParams {
  /** The id of the webhook to check. */
  readonly webhook_id: string
}
