// generated from spec/v2/webhooks.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { CreateStreamWebhookLinkResponse, CreateWebhookReplayJobResponse, CreateWebhookResponse, DeleteStreamWebhookLinkResponse, DeleteWebhookResponse, GetStreamWebhookLinksResponse, GetWebhooksResponse, ValidateWebhookResponse } from './models/webhooks.js'
import type { CreateStreamWebhookLinkParams, CreateWebhookParams, CreateWebhookReplayJobParams, DeleteStreamWebhookLinkParams, DeleteWebhookParams, GetStreamWebhookLinksParams, GetWebhooksParams, ValidateWebhookParams } from './params/webhooks.js'

export type { CreateStreamWebhookLinkParams, CreateWebhookParams, CreateWebhookReplayJobParams, DeleteStreamWebhookLinkParams, DeleteWebhookParams, GetStreamWebhookLinksParams, GetWebhooksParams, ValidateWebhookParams } from './params/webhooks.js'

/** How `createStreamWebhookLink` is called: `POST /2/tweets/search/webhooks/{webhook_id}`. */
export const createStreamWebhookLinkRoute: Route = { id: 'createWebhooksStreamLink', method: 'POST', host: 'v2', path: '/2/tweets/search/webhooks/{webhook_id}', security: [{ scheme: 'bearer' }] }

/**
 * Have the filtered stream deliver its matching tweets to one of the app's webhooks.
 *
 * `POST https://api.x.com/2/tweets/search/webhooks/{webhook_id}` (X operation `createWebhooksStreamLink`) · Auth: app-only bearer token.
 *
 * Reference: https://docs.x.com/x-api/webhooks/create-stream-link
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.webhook_id - (required) The id of the webhook to deliver to.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateStreamWebhookLinkResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createStreamWebhookLink(core, { webhook_id: '20' })
 * ```
 */
export function createStreamWebhookLink(core: BaseCore, params: CreateStreamWebhookLinkParams, options?: CallOptions): Promise<CreateStreamWebhookLinkResponse> {
  return callV2(core, createStreamWebhookLinkRoute, params, options)
}

/** How `createWebhook` is called: `POST /2/webhooks`. */
export const createWebhookRoute: Route = { id: 'createWebhooks', method: 'POST', host: 'v2', path: '/2/webhooks', encoding: 'json', security: [{ scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 450, per: 'app' }] }

/**
 * Register a new webhook URL for the app.
 *
 * X checks the URL at once with a CRC challenge (a GET with `crc_token` that the server must answer with an HMAC of it signed with the app's consumer secret); the webhook is created only if it answers correctly.
 *
 * `POST https://api.x.com/2/webhooks` (X operation `createWebhooks`) · Auth: OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 450 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/webhooks/create-webhook
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.url - (required) Body field `url` of `CreateWebhookRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateWebhookResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createWebhook(core, { url: 'example' })
 * ```
 */
export function createWebhook(core: BaseCore, params: CreateWebhookParams, options?: CallOptions): Promise<CreateWebhookResponse> {
  return callV2(core, createWebhookRoute, params, options, v2Json)
}

/** How `createWebhookReplayJob` is called: `POST /2/webhooks/replay`. */
export const createWebhookReplayJobRoute: Route = { id: 'createWebhookReplayJob', method: 'POST', host: 'v2', path: '/2/webhooks/replay', encoding: 'json', security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 100, per: 'app' }] }

/**
 * Replay to a webhook the events of a past time window (up to the last 24 hours) that were delivered or attempted.
 *
 * `POST https://api.x.com/2/webhooks/replay` (X operation `createWebhookReplayJob`) · Auth: app-only bearer token.
 *
 * Rate limit: 100 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/webhooks/create-replay-job-for-webhook
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.from_date - (required) Body field `from_date` of `CreateWebhookReplayJobRequest`.
 * @param params.to_date - (required) Body field `to_date` of `CreateWebhookReplayJobRequest`.
 * @param params.webhook_id - (required) Body field `webhook_id` of `CreateWebhookReplayJobRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateWebhookReplayJobResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createWebhookReplayJob(core, { from_date: 'example', to_date: 'example', webhook_id: '20' })
 * ```
 */
export function createWebhookReplayJob(core: BaseCore, params: CreateWebhookReplayJobParams, options?: CallOptions): Promise<CreateWebhookReplayJobResponse> {
  return callV2(core, createWebhookReplayJobRoute, params, options, v2Json)
}

/** How `deleteStreamWebhookLink` is called: `DELETE /2/tweets/search/webhooks/{webhook_id}`. */
export const deleteStreamWebhookLinkRoute: Route = { id: 'deleteWebhooksStreamLink', method: 'DELETE', host: 'v2', path: '/2/tweets/search/webhooks/{webhook_id}', security: [{ scheme: 'bearer' }] }

/**
 * Stop delivering filtered-stream tweets to a webhook.
 *
 * `DELETE https://api.x.com/2/tweets/search/webhooks/{webhook_id}` (X operation `deleteWebhooksStreamLink`) · Auth: app-only bearer token.
 *
 * Reference: https://docs.x.com/x-api/webhooks/delete-stream-link
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.webhook_id - (required) The id of the linked webhook.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`DeleteStreamWebhookLinkResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await deleteStreamWebhookLink(core, { webhook_id: '20' })
 * ```
 */
export function deleteStreamWebhookLink(core: BaseCore, params: DeleteStreamWebhookLinkParams, options?: CallOptions): Promise<DeleteStreamWebhookLinkResponse> {
  return callV2(core, deleteStreamWebhookLinkRoute, params, options)
}

/** How `deleteWebhook` is called: `DELETE /2/webhooks/{webhook_id}`. */
export const deleteWebhookRoute: Route = { id: 'deleteWebhooks', method: 'DELETE', host: 'v2', path: '/2/webhooks/{webhook_id}', security: [{ scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 450, per: 'app' }] }

/**
 * Delete one of the app's webhooks.
 *
 * `DELETE https://api.x.com/2/webhooks/{webhook_id}` (X operation `deleteWebhooks`) · Auth: OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 450 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/webhooks/delete-webhook
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.webhook_id - (required) The id of the webhook to delete.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`DeleteWebhookResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await deleteWebhook(core, { webhook_id: '20' })
 * ```
 */
export function deleteWebhook(core: BaseCore, params: DeleteWebhookParams, options?: CallOptions): Promise<DeleteWebhookResponse> {
  return callV2(core, deleteWebhookRoute, params, options)
}

/** How `getStreamWebhookLinks` is called: `GET /2/tweets/search/webhooks`. */
export const getStreamWebhookLinksRoute: Route = { id: 'getWebhooksStreamLinks', method: 'GET', host: 'v2', path: '/2/tweets/search/webhooks', security: [{ scheme: 'bearer' }] }

/**
 * List the webhooks the app's filtered stream delivers to.
 *
 * `GET https://api.x.com/2/tweets/search/webhooks` (X operation `getWebhooksStreamLinks`) · Auth: app-only bearer token.
 *
 * Reference: https://docs.x.com/x-api/webhooks/get-stream-links
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetStreamWebhookLinksResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getStreamWebhookLinks(core)
 * ```
 */
export function getStreamWebhookLinks(core: BaseCore, params: GetStreamWebhookLinksParams = {}, options?: CallOptions): Promise<GetStreamWebhookLinksResponse> {
  return callV2(core, getStreamWebhookLinksRoute, params, options)
}

/** How `getWebhooks` is called: `GET /2/webhooks`. */
export const getWebhooksRoute: Route = { id: 'getWebhooks', method: 'GET', host: 'v2', path: '/2/webhooks', security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 450, per: 'app' }] }

/**
 * List the app's webhooks, with whether each passed its last CRC check.
 *
 * `GET https://api.x.com/2/webhooks` (X operation `getWebhooks`) · Auth: app-only bearer token.
 *
 * Rate limit: 450 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/webhooks/get-webhook
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.webhook_config.fields - Webhook fields to return beyond the defaults, given as an array (`created_at`, `id`, `url`, `valid`).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetWebhooksResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getWebhooks(core)
 * ```
 */
export function getWebhooks(core: BaseCore, params: GetWebhooksParams = {}, options?: CallOptions): Promise<GetWebhooksResponse> {
  return callV2(core, getWebhooksRoute, params, options)
}

/** How `validateWebhook` is called: `PUT /2/webhooks/{webhook_id}`. */
export const validateWebhookRoute: Route = { id: 'validateWebhooks', method: 'PUT', host: 'v2', path: '/2/webhooks/{webhook_id}', security: [{ scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 450, per: 'app' }] }

/**
 * Ask X to run a new CRC check on a webhook, to re-enable it after it failed one.
 *
 * `PUT https://api.x.com/2/webhooks/{webhook_id}` (X operation `validateWebhooks`) · Auth: OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 450 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/webhooks/validate-webhook
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.webhook_id - (required) The id of the webhook to check.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`ValidateWebhookResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await validateWebhook(core, { webhook_id: '20' })
 * ```
 */
export function validateWebhook(core: BaseCore, params: ValidateWebhookParams, options?: CallOptions): Promise<ValidateWebhookResponse> {
  return callV2(core, validateWebhookRoute, params, options)
}
