// generated from spec/v2/models/activity.yaml by @twython/generator: do not edit

import type { LikeWithTweetAuthor } from './common.js'
import type { Problem } from './errors.js'
import type { Expansions, Tweet, TweetId } from './tweets.js'
import type { User, UserId } from './users.js'

/** The id of one activity event. */
export type ActivityEventId = string

/** The payload of one activity event, whose shape depends on the event type: a profile update, a news story, a follow, a tweet, a deleted tweet or a like. */
export type ActivityStreamingResponsePayload = ProfileUpdateActivityResponsePayload | NewsActivityResponsePayload | FollowActivityResponsePayload | Tweet | TweetDeleteActivityResponsePayload | LikeWithTweetAuthor

/** What an activity subscription watches, such as a user id (and which way, for follows) or a keyword. */
export interface ActivitySubscriptionFilter {
  direction?: 'inbound' | 'outbound'
  keyword?: Keyword
  user_id?: UserId
}

/** The `filter` field of `CreateActivitySubscriptionRequest` (part of `createActivitySubscription`). */
export interface CreateActivitySubscriptionFilter {
  direction?: 'inbound' | 'outbound'
  keyword?: string
  user_id?: string
}

/** The JSON body of `createActivitySubscription`; its fields sit beside the other parameters in the one params object. */
export interface CreateActivitySubscriptionRequest {
  event_type: 'profile.update.bio' | 'profile.update.profile_picture' | 'profile.update.banner_picture' | 'profile.update.screenname' | 'profile.update.geo' | 'profile.update.url' | 'profile.update.verified_badge' | 'profile.update.affiliate_badge' | 'profile.update.handle' | 'news.new' | 'follow.follow' | 'follow.unfollow' | 'spaces.start' | 'spaces.end' | 'chat.received' | 'chat.sent' | 'chat.conversation_join' | 'dm.sent' | 'dm.received' | 'dm.indicate_typing' | 'dm.read' | 'post.create' | 'post.delete' | 'post.mention.create' | 'like.create' | 'mute.mute' | 'mute.unmute' | 'block.block' | 'block.unblock'
  filter: CreateActivitySubscriptionFilter
  tag?: string
  webhook_id?: string
}

/** What `createActivitySubscription` resolves to: X's response envelope. */
export interface CreateActivitySubscriptionResponse {
  data?: CreateActivitySubscriptionResponseData
  errors?: Problem[]
}

/** The `data` field of `CreateActivitySubscriptionResponse` (part of `createActivitySubscription`). */
export interface CreateActivitySubscriptionResponseData {
  subscription?: CreateActivitySubscriptionResponseDataSubscription
}

/** The `subscription` field of `CreateActivitySubscriptionResponseData` (part of `createActivitySubscription`). */
export interface CreateActivitySubscriptionResponseDataSubscription {
  created_at?: string
  event_type?: string
  filter?: CreateActivitySubscriptionResponseDataSubscriptionFilter
  subscription_id?: string
  tag?: string
  updated_at?: string
  webhook_id?: string
}

/** The `filter` field of `CreateActivitySubscriptionResponseDataSubscription` (part of `createActivitySubscription`). */
export interface CreateActivitySubscriptionResponseDataSubscriptionFilter {
  direction?: string
  keyword?: string
  user_id?: string
}

/** What `deleteActivitySubscription` resolves to: X's response envelope. */
export interface DeleteActivitySubscriptionResponse {
  data?: DeleteActivitySubscriptionResponseData
  errors?: Problem[]
}

/** The `data` field of `DeleteActivitySubscriptionResponse` (part of `deleteActivitySubscription`). */
export interface DeleteActivitySubscriptionResponseData {
  deleted: boolean
}

/** What `deleteActivitySubscriptions` resolves to: X's response envelope. */
export interface DeleteActivitySubscriptionsResponse {
  data?: DeleteActivitySubscriptionsResponseDataItem[]
  errors?: DeleteActivitySubscriptionsResponseErrorsItem[]
  meta?: DeleteActivitySubscriptionsResponseMeta
}

/** The `data` field of `DeleteActivitySubscriptionsResponse` (part of `deleteActivitySubscriptions`). */
export interface DeleteActivitySubscriptionsResponseDataItem {
  deleted?: boolean
  subscription_id?: string
}

/** The `errors` field of `DeleteActivitySubscriptionsResponse` (part of `deleteActivitySubscriptions`). */
export interface DeleteActivitySubscriptionsResponseErrorsItem {
  message?: string
  reason?: string
  subscription_id?: string
}

/** The `meta` field of `DeleteActivitySubscriptionsResponse` (part of `deleteActivitySubscriptions`). */
export interface DeleteActivitySubscriptionsResponseMeta {
  total_subscriptions?: number
}

/** A follow event, with the user who followed and the user followed. */
export interface FollowActivityResponsePayload {
  source?: User
  target?: User
}

/** What `getActivitySubscriptions` resolves to: X's response envelope. */
export interface GetActivitySubscriptionsResponse {
  data?: GetActivitySubscriptionsResponseData[]
  errors?: Problem[]
}

/** The `data` field of `GetActivitySubscriptionsResponse` (part of `getActivitySubscriptions`). */
export interface GetActivitySubscriptionsResponseData extends CreateActivitySubscriptionResponseDataSubscription {
}

/** The `filter` field of `GetActivitySubscriptionsResponseData` (part of `getActivitySubscriptions`). */
export interface GetActivitySubscriptionsResponseDataFilter extends CreateActivitySubscriptionResponseDataSubscriptionFilter {
}

/** A keyword an activity subscription filters on. */
export type Keyword = string

/** A news event, with the story's headline, hook, summary and category. */
export interface NewsActivityResponsePayload {
  category?: string
  headline?: string
  hook?: string
  summary?: string
}

/** A profile update event, with the changed value before and after. */
export interface ProfileUpdateActivityResponsePayload {
  after?: string
  before?: string
}

/** What `streamActivity` resolves to: X's response envelope. */
export interface StreamActivityResponse {
  data?: StreamActivityResponseData
  errors?: Problem[]
}

/** The `data` field of `StreamActivityResponse` (part of `streamActivity`). */
export interface StreamActivityResponseData {
  event_type?: string
  event_uuid?: ActivityEventId
  filter?: ActivitySubscriptionFilter
  includes?: Expansions
  payload?: ActivityStreamingResponsePayload
  tag?: string
}

/** A tweet deletion event, with the deleted tweet's id and its author's id. */
export interface TweetDeleteActivityResponsePayload {
  author_id: UserId
  id: TweetId
}

/** The JSON body of `updateActivitySubscription`; its fields sit beside the other parameters in the one params object. */
export interface UpdateActivitySubscriptionRequest {
  tag?: string
  webhook_id?: string
}

/** What `updateActivitySubscription` resolves to: X's response envelope. */
export interface UpdateActivitySubscriptionResponse {
  data?: UpdateActivitySubscriptionResponseData
  errors?: Problem[]
}

/** The `data` field of `UpdateActivitySubscriptionResponse` (part of `updateActivitySubscription`). */
export interface UpdateActivitySubscriptionResponseData {
  subscription?: UpdateActivitySubscriptionResponseDataSubscription
  total_subscriptions?: number
}

/** The `subscription` field of `UpdateActivitySubscriptionResponseData` (part of `updateActivitySubscription`). */
export interface UpdateActivitySubscriptionResponseDataSubscription extends CreateActivitySubscriptionResponseDataSubscription {
}

/** The `filter` field of `UpdateActivitySubscriptionResponseDataSubscription` (part of `updateActivitySubscription`). */
export interface UpdateActivitySubscriptionResponseDataSubscriptionFilter extends CreateActivitySubscriptionResponseDataSubscriptionFilter {
}
