// generated from spec/v2/activity.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route, StreamCallOptions } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import { streamRoute } from '@twython/runtime/v2/stream'
import type { CreateActivitySubscriptionResponse, DeleteActivitySubscriptionResponse, DeleteActivitySubscriptionsResponse, GetActivitySubscriptionsResponse, StreamActivityResponse, UpdateActivitySubscriptionResponse } from './models/activity.js'
import type { CreateActivitySubscriptionParams, DeleteActivitySubscriptionParams, DeleteActivitySubscriptionsParams, GetActivitySubscriptionsParams, StreamActivityParams, UpdateActivitySubscriptionParams } from './params/activity.js'

export type { CreateActivitySubscriptionParams, DeleteActivitySubscriptionParams, DeleteActivitySubscriptionsParams, GetActivitySubscriptionsParams, StreamActivityParams, UpdateActivitySubscriptionParams } from './params/activity.js'

/** How `createActivitySubscription` is called: `POST /2/activity/subscriptions`. */
export const createActivitySubscriptionRoute: Route = { id: 'createActivitySubscription', method: 'POST', host: 'v2', path: '/2/activity/subscriptions', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: [] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 500, per: 'app' }] }

/**
 * Subscribe to one kind of activity event, optionally for a given user and delivered to a webhook.
 *
 * With a user token, the token needs the scope that matches the event type (for example `like.read` for like events, `dm.read` for DM and chat events); mute and block events can only be subscribed to for the authenticated user.
 *
 * `POST https://api.x.com/2/activity/subscriptions` (X operation `createActivitySubscription`) · Auth: OAuth 2.0 user token, OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 500 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/activity/create-x-activity-subscription
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.event_type - (required) Body field `event_type` of `CreateActivitySubscriptionRequest`.
 * @param params.filter - (required) Body field `filter` of `CreateActivitySubscriptionRequest`.
 * @param params.tag - Body field `tag` of `CreateActivitySubscriptionRequest`.
 * @param params.webhook_id - Body field `webhook_id` of `CreateActivitySubscriptionRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateActivitySubscriptionResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createActivitySubscription(core, { event_type: 'profile.update.bio', filter: 'example' })
 * ```
 */
export function createActivitySubscription(core: BaseCore, params: CreateActivitySubscriptionParams, options?: CallOptions): Promise<CreateActivitySubscriptionResponse> {
  return callV2(core, createActivitySubscriptionRoute, params, options, v2Json)
}

/** How `deleteActivitySubscription` is called: `DELETE /2/activity/subscriptions/{subscription_id}`. */
export const deleteActivitySubscriptionRoute: Route = { id: 'deleteActivitySubscription', method: 'DELETE', host: 'v2', path: '/2/activity/subscriptions/{subscription_id}', security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 500, per: 'app' }] }

/**
 * Delete one activity subscription.
 *
 * `DELETE https://api.x.com/2/activity/subscriptions/{subscription_id}` (X operation `deleteActivitySubscription`) · Auth: app-only bearer token.
 *
 * Rate limit: 500 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/activity/deletes-x-activity-subscription
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.subscription_id - (required) The id of the subscription to delete.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`DeleteActivitySubscriptionResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await deleteActivitySubscription(core, { subscription_id: '20' })
 * ```
 */
export function deleteActivitySubscription(core: BaseCore, params: DeleteActivitySubscriptionParams, options?: CallOptions): Promise<DeleteActivitySubscriptionResponse> {
  return callV2(core, deleteActivitySubscriptionRoute, params, options)
}

/** How `deleteActivitySubscriptions` is called: `DELETE /2/activity/subscriptions`. */
export const deleteActivitySubscriptionsRoute: Route = { id: 'deleteActivitySubscriptionsByIds', method: 'DELETE', host: 'v2', path: '/2/activity/subscriptions', security: [{ scheme: 'bearer' }] }

/**
 * Delete several activity subscriptions at once.
 *
 * `DELETE https://api.x.com/2/activity/subscriptions` (X operation `deleteActivitySubscriptionsByIds`) · Auth: app-only bearer token.
 *
 * Reference: https://docs.x.com/x-api/activity/delete-x-activity-subscriptions-by-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.ids - (required) The ids of the subscriptions to delete, given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`DeleteActivitySubscriptionsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await deleteActivitySubscriptions(core, { ids: ['20', '21'] })
 * ```
 */
export function deleteActivitySubscriptions(core: BaseCore, params: DeleteActivitySubscriptionsParams, options?: CallOptions): Promise<DeleteActivitySubscriptionsResponse> {
  return callV2(core, deleteActivitySubscriptionsRoute, params, options)
}

/** How `getActivitySubscriptions` is called: `GET /2/activity/subscriptions`. */
export const getActivitySubscriptionsRoute: Route = { id: 'getActivitySubscriptions', method: 'GET', host: 'v2', path: '/2/activity/subscriptions', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'like.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 500, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the app's active activity subscriptions.
 *
 * `GET https://api.x.com/2/activity/subscriptions` (X operation `getActivitySubscriptions`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `like.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 500 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getActivitySubscriptions, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/activity/get-x-activity-subscriptions
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.max_results - The most subscriptions to return per page, 1 to 1000.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetActivitySubscriptionsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getActivitySubscriptions(core)
 * ```
 */
export function getActivitySubscriptions(core: BaseCore, params: GetActivitySubscriptionsParams = {}, options?: CallOptions): Promise<GetActivitySubscriptionsResponse> {
  return callV2(core, getActivitySubscriptionsRoute, params, options)
}

/** How `streamActivity` is called: `GET /2/activity/stream`. */
export const streamActivityRoute: Route = { id: 'activityStream', method: 'GET', host: 'v2', path: '/2/activity/stream', query: ['backfill_minutes', 'start_time', 'end_time'], security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 450, per: 'app' }], stream: true }

/**
 * Stream, in real time, the events of the app's activity subscriptions over one persistent connection.
 *
 * Subscriptions can deliver to a webhook instead; this stream is the other way to receive them.
 *
 * `GET https://api.x.com/2/activity/stream` (X operation `activityStream`) · Auth: app-only bearer token.
 *
 * Rate limit: 450 per app every 15 minutes.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/activity/activity-stream
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamActivityResponse` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamActivity(core, {}, { signal })) console.log(message)
 * ```
 */
export function streamActivity(core: BaseCore, params: StreamActivityParams = {}, options?: StreamCallOptions): AsyncIterable<StreamActivityResponse> {
  return streamRoute(core, streamActivityRoute, { ...params }, options)
}

/** How `updateActivitySubscription` is called: `PUT /2/activity/subscriptions/{subscription_id}`. */
export const updateActivitySubscriptionRoute: Route = { id: 'updateActivitySubscription', method: 'PUT', host: 'v2', path: '/2/activity/subscriptions/{subscription_id}', encoding: 'json', security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 500, per: 'app' }] }

/**
 * Change an activity subscription, such as its tag or the webhook it delivers to.
 *
 * `PUT https://api.x.com/2/activity/subscriptions/{subscription_id}` (X operation `updateActivitySubscription`) · Auth: app-only bearer token.
 *
 * Rate limit: 500 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/activity/update-x-activity-subscription
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.subscription_id - (required) The id of the subscription to change.
 * @param params.tag - Body field `tag` of `UpdateActivitySubscriptionRequest`.
 * @param params.webhook_id - Body field `webhook_id` of `UpdateActivitySubscriptionRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`UpdateActivitySubscriptionResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await updateActivitySubscription(core, { subscription_id: '20' })
 * ```
 */
export function updateActivitySubscription(core: BaseCore, params: UpdateActivitySubscriptionParams, options?: CallOptions): Promise<UpdateActivitySubscriptionResponse> {
  return callV2(core, updateActivitySubscriptionRoute, params, options, v2Json)
}
