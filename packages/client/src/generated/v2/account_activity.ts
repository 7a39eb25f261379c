// generated from spec/v2/account_activity.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { CreateAccountActivitySubscriptionResponse, DeleteAccountActivitySubscriptionResponse, GetAccountActivitySubscriptionCountResponse, GetAccountActivitySubscriptionsResponse, ValidateAccountActivitySubscriptionResponse } from './models/account_activity.js'
import type { CreateAccountActivitySubscriptionParams, DeleteAccountActivitySubscriptionParams, GetAccountActivitySubscriptionCountParams, GetAccountActivitySubscriptionsParams, ValidateAccountActivitySubscriptionParams } from './params/account_activity.js'

export type { CreateAccountActivitySubscriptionParams, DeleteAccountActivitySubscriptionParams, GetAccountActivitySubscriptionCountParams, GetAccountActivitySubscriptionsParams, ValidateAccountActivitySubscriptionParams } from './params/account_activity.js'

/** How `createAccountActivitySubscription` is called: `POST /2/account_activity/webhooks/{webhook_id}/subscriptions/all`. */
export const createAccountActivitySubscriptionRoute: Route = { id: 'createAccountActivitySubscription', method: 'POST', host: 'v2', path: '/2/account_activity/webhooks/{webhook_id}/subscriptions/all', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'dm.write', 'tweet.read', 'dm.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Subscribe a webhook to the account activity of the authenticated user.
 *
 * The user who authorizes the token is the one subscribed; call it once for each user.
 *
 * `POST https://api.x.com/2/account_activity/webhooks/{webhook_id}/subscriptions/all` (X operation `createAccountActivitySubscription`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.write`, `tweet.read`, `dm.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/account-activity/create-subscription
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.webhook_id - (required) The id of the webhook that will receive the user's events.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateAccountActivitySubscriptionResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createAccountActivitySubscription(core, { webhook_id: '20' })
 * ```
 */
export function createAccountActivitySubscription(core: BaseCore, params: CreateAccountActivitySubscriptionParams, options?: CallOptions): Promise<CreateAccountActivitySubscriptionResponse> {
  return callV2(core, createAccountActivitySubscriptionRoute, params, options, v2Json)
}

/** How `deleteAccountActivitySubscription` is called: `DELETE /2/account_activity/webhooks/{webhook_id}/subscriptions/{user_id}/all`. */
export const deleteAccountActivitySubscriptionRoute: Route = { id: 'deleteAccountActivitySubscription', method: 'DELETE', host: 'v2', path: '/2/account_activity/webhooks/{webhook_id}/subscriptions/{user_id}/all', security: [{ scheme: 'bearer' }] }

/**
 * Stop sending a user's account activity to a webhook.
 *
 * `DELETE https://api.x.com/2/account_activity/webhooks/{webhook_id}/subscriptions/{user_id}/all` (X operation `deleteAccountActivitySubscription`) · Auth: app-only bearer token.
 *
 * Reference: https://docs.x.com/x-api/account-activity/delete-subscription
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.webhook_id - (required) The id of the webhook the user is subscribed to.
 * @param params.user_id - (required) The id of the user whose subscription to remove.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`DeleteAccountActivitySubscriptionResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await deleteAccountActivitySubscription(core, { webhook_id: '20', user_id: '20' })
 * ```
 */
export function deleteAccountActivitySubscription(core: BaseCore, params: DeleteAccountActivitySubscriptionParams, options?: CallOptions): Promise<DeleteAccountActivitySubscriptionResponse> {
  return callV2(core, deleteAccountActivitySubscriptionRoute, params, options)
}

/** How `getAccountActivitySubscriptionCount` is called: `GET /2/account_activity/subscriptions/count`. */
export const getAccountActivitySubscriptionCountRoute: Route = { id: 'getAccountActivitySubscriptionCount', method: 'GET', host: 'v2', path: '/2/account_activity/subscriptions/count', security: [{ scheme: 'bearer' }] }

/**
 * Get how many user subscriptions the app has, and how many its plan allows.
 *
 * `GET https://api.x.com/2/account_activity/subscriptions/count` (X operation `getAccountActivitySubscriptionCount`) · Auth: app-only bearer token.
 *
 * Reference: https://docs.x.com/x-api/account-activity/get-subscription-count
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetAccountActivitySubscriptionCountResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getAccountActivitySubscriptionCount(core)
 * ```
 */
export function getAccountActivitySubscriptionCount(core: BaseCore, params: GetAccountActivitySubscriptionCountParams = {}, options?: CallOptions): Promise<GetAccountActivitySubscriptionCountResponse> {
  return callV2(core, getAccountActivitySubscriptionCountRoute, params, options)
}

/** How `getAccountActivitySubscriptions` is called: `GET /2/account_activity/webhooks/{webhook_id}/subscriptions/all/list`. */
export const getAccountActivitySubscriptionsRoute: Route = { id: 'getAccountActivitySubscriptions', method: 'GET', host: 'v2', path: '/2/account_activity/webhooks/{webhook_id}/subscriptions/all/list', security: [{ scheme: 'bearer' }] }

/**
 * List the users subscribed to a webhook.
 *
 * `GET https://api.x.com/2/account_activity/webhooks/{webhook_id}/subscriptions/all/list` (X operation `getAccountActivitySubscriptions`) · Auth: app-only bearer token.
 *
 * Reference: https://docs.x.com/x-api/account-activity/get-subscriptions
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.webhook_id - (required) The id of the webhook whose subscriptions to list.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetAccountActivitySubscriptionsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getAccountActivitySubscriptions(core, { webhook_id: '20' })
 * ```
 */
export function getAccountActivitySubscriptions(core: BaseCore, params: GetAccountActivitySubscriptionsParams, options?: CallOptions): Promise<GetAccountActivitySubscriptionsResponse> {
  return callV2(core, getAccountActivitySubscriptionsRoute, params, options)
}

/** How `validateAccountActivitySubscription` is called: `GET /2/account_activity/webhooks/{webhook_id}/subscriptions/all`. */
export const validateAccountActivitySubscriptionRoute: Route = { id: 'validateAccountActivitySubscription', method: 'GET', host: 'v2', path: '/2/account_activity/webhooks/{webhook_id}/subscriptions/all', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read', 'dm.write', 'dm.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Check whether the authenticated user is subscribed to a webhook.
 *
 * The answer's `subscribed` says whether the subscription exists.
 *
 * `GET https://api.x.com/2/account_activity/webhooks/{webhook_id}/subscriptions/all` (X operation `validateAccountActivitySubscription`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `dm.write`, `dm.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/account-activity/validate-subscription
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.webhook_id - (required) The id of the webhook to check.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`ValidateAccountActivitySubscriptionResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await validateAccountActivitySubscription(core, { webhook_id: '20' })
 * ```
 */
export function validateAccountActivitySubscription(core: BaseCore, params: ValidateAccountActivitySubscriptionParams, options?: CallOptions): Promise<ValidateAccountActivitySubscriptionResponse> {
  return callV2(core, validateAccountActivitySubscriptionRoute, params, options)
}
