// generated from spec/v2/account_activity.yaml by @twython/generator: do not edit

import type { CreateAccountActivitySubscriptionRequest } from '../models/account_activity.js'

/** Parameters of `createAccountActivitySubscription` (X operation `createAccountActivitySubscription`): the path and query parameters, and the JSON body's fields (`CreateAccountActivitySubscriptionRequest`). */
export type CreateAccountActivitySubscriptionParams = CreateAccountActivitySubscriptionRequest & {
  readonly webhook_id: string
}

/** Parameters of `deleteAccountActivitySubscription` (X operation `deleteAccountActivitySubscription`). */
export interface DeleteAccountActivitySubscriptionParams {
  /** The id of the webhook the user is subscribed to. */
  readonly webhook_id: string
  /** The id of the user whose subscription to remove. */
  readonly user_id: string
}

/** Parameters of `getAccountActivitySubscriptionCount` (X operation `getAccountActivitySubscriptionCount`). */
export interface GetAccountActivitySubscriptionCountParams {
}

/** Parameters of `getAccountActivitySubscriptions` (X operation `getAccountActivitySubscriptions`). */
export interface GetAccountActivitySubscriptionsParams {
  /** The id of the webhook whose subscriptions to list. */
  readonly webhook_id: string
}

/** Parameters of `validateAccountActivitySubscription` (X operation `validateAccountActivitySubscription`). */
export interface ValidateAccountActivitySubscriptionParams {
  /** The id of the webhook to check. */
  readonly webhook_id: string
}
