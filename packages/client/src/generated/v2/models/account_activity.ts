// generated from spec/v2/models/account_activity.yaml by @twython/generator: do not edit

import type { Problem } from './errors.js'

/** The JSON body of `createAccountActivitySubscription`; its fields sit beside the other parameters in the one params object. */
export type CreateAccountActivitySubscriptionRequest = { [key: string]: unknown }

/** What `createAccountActivitySubscription` resolves to: X's response envelope. */
export interface CreateAccountActivitySubscriptionResponse {
  data?: CreateAccountActivitySubscriptionResponseData
  errors?: Problem[]
}

/** The `data` field of `CreateAccountActivitySubscriptionResponse` (part of `createAccountActivitySubscription`). */
export interface CreateAccountActivitySubscriptionResponseData {
  subscribed: boolean
}

/** What `deleteAccountActivitySubscription` resolves to: X's response envelope. */
export interface DeleteAccountActivitySubscriptionResponse {
  data?: DeleteAccountActivitySubscriptionResponseData
  errors?: Problem[]
}

/** The `data` field of `DeleteAccountActivitySubscriptionResponse` (part of `deleteAccountActivitySubscription`). */
export interface DeleteAccountActivitySubscriptionResponseData {
  subscribed: boolean
}

/** What `getAccountActivitySubscriptionCount` resolves to: X's response envelope. */
export interface GetAccountActivitySubscriptionCountResponse {
  data?: GetAccountActivitySubscriptionCountResponseData
  errors?: Problem[]
}

/** The `data` field of `GetAccountActivitySubscriptionCountResponse` (part of `getAccountActivitySubscriptionCount`). */
export interface GetAccountActivitySubscriptionCountResponseData {
  account_name?: string
  provisioned_count?: string
  subscriptions_count_all?: string
  subscriptions_count_direct_messages?: string
}

/** What `getAccountActivitySubscriptions` resolves to: X's response envelope. */
export interface GetAccountActivitySubscriptionsResponse {
  data?: GetAccountActivitySubscriptionsResponseData
  errors?: Problem[]
}

/** The `data` field of `GetAccountActivitySubscriptionsResponse` (part of `getAccountActivitySubscriptions`). */
export interface GetAccountActivitySubscriptionsResponseData {
  application_id?: string
  subscriptions?: GetAccountActivitySubscriptionsResponseDataSubscriptions[]
  webhook_id?: string
  webhook_url?: string
}

/** The `subscriptions` field of `GetAccountActivitySubscriptionsResponseData` (part of `getAccountActivitySubscriptions`). */
export interface GetAccountActivitySubscriptionsResponseDataSubscriptions {
  user_id?: string
}

/** What `validateAccountActivitySubscription` resolves to: X's response envelope. */
export interface ValidateAccountActivitySubscriptionResponse {
  data?: ValidateAccountActivitySubscriptionResponseData
  errors?: Problem[]
}

/** The `data` field of `ValidateAccountActivitySubscriptionResponse` (part of `validateAccountActivitySubscription`). */
export interface ValidateAccountActivitySubscriptionResponseData {
  subscribed: boolean
}
