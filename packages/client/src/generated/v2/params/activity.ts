// generated from spec/v2/activity.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { CreateActivitySubscriptionRequest, UpdateActivitySubscriptionRequest } from '../models/activity.js'
import type { BackfillMinutesParam, EndTimeParam, PaginationTokenParam, StartTimeParam } from './shared.js'

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
export interface GetActivitySubscriptionsParams extends PaginationTokenParam {
  /**
   * The most subscriptions to return per page, 1 to 1000.
   * Between 1 and 1000.
   */
  readonly max_results?: number
  /** Marks `getActivitySubscriptions` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** Parameters of `streamActivity` (X operation `activityStream`). */
export interface StreamActivityParams extends BackfillMinutesParam, StartTimeParam, EndTimeParam {
}

/** Parameters of `updateActivitySubscription` (X operation `updateActivitySubscription`): the path and query parameters, and the JSON body's fields (`UpdateActivitySubscriptionRequest`). */
export interface UpdateActivitySubscriptionParams extends UpdateActivitySubscriptionRequest {
  /** The id of the subscription to change. */
  readonly subscription_id: string
}
