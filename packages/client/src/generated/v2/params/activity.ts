// generated from spec/v2/activity.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { CreateActivitySubscriptionRequest, UpdateActivitySubscriptionRequest } from '../models/activity.js'

/** Parameters of `createActivitySubscription` (X operation `createActivitySubscription`): the path and query parameters, and the JSON body's fields (`CreateActivitySubscriptionRequest`). */
export interface CreateActivitySubscriptionParams extends CreateActivitySubscriptionRequest {
}

/** Parameters of `deleteActivitySubscription` (X operation `deleteActivitySubscription`). */
export interface DeleteActivitySubscriptionParams {
  /** The id of the subscription to delete. */
  readonly subscription_id: string
}

/** Parameters of `deleteActivitySubscriptions` (X operation `deleteActivitySubscriptionsByIds`). */
export interface DeleteActivitySubscriptionsParams {
  /** The ids of the subscriptions to delete, given as an array. */
  readonly ids: readonly string[]
}

/** Parameters of `getActivitySubscriptions` (X operation `getActivitySubscriptions`). */
export interface GetActivitySubscriptionsParams {
  /**
   * The most subscriptions to return per page, 1 to 1000.
   * Between 1 and 1000.
   */
  readonly max_results?: number
  /** The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you. */
  readonly pagination_token?: string
  /** Marks `getActivitySubscriptions` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** Parameters of `streamActivity` (X operation `activityStream`). */
export interface StreamActivityParams {
  /**
   * After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * Between 0 and 5.
   */
  readonly backfill_minutes?: number
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
}

/** Parameters of `updateActivitySubscription` (X operation `updateActivitySubscription`): the path and query parameters, and the JSON body's fields (`UpdateActivitySubscriptionRequest`). */
export interface UpdateActivitySubscriptionParams extends UpdateActivitySubscriptionRequest {
  /** The id of the subscription to change. */
  readonly subscription_id: string
}
