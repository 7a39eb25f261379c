// generated from spec/v2/models/streams.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { TweetDeleteActivityResponsePayload } from './activity.js'
import type { LikeWithTweetAuthor } from './common.js'
import type { SearchTweetsEligibleForNotesResponseMeta } from './community_notes.js'
import type { Problem } from './errors.js'
import type { Expansions, Tweet, TweetId } from './tweets.js'
import type { UserId } from './users.js'

/** A two-letter ISO 3166-1 alpha-2 country code, such as `DE`. */
export type CountryCode = string

/** What `getRuleCounts` resolves to: X's response envelope. */
export interface GetRuleCountsResponse {
  data?: GetRuleCountsResponseData
  errors?: Problem[]
}

/** The `data` field of `GetRuleCountsResponse` (part of `getRuleCounts`). */
export interface GetRuleCountsResponseData {
  all_project_client_apps?: GetRuleCountsResponseDataAllProjectClientApps[]
  cap_per_client_app: string
  cap_per_project: string
  client_app_rules_count: GetRuleCountsResponseDataClientAppRulesCount
  project_rules_count: string
}

/** The `all_project_client_apps` field of `GetRuleCountsResponseData` (part of `getRuleCounts`). */
export interface GetRuleCountsResponseDataAllProjectClientApps {
  client_app_id?: string
  rule_count: number
}

/** The `client_app_rules_count` field of `GetRuleCountsResponseData` (part of `getRuleCounts`). */
export interface GetRuleCountsResponseDataClientAppRulesCount extends GetRuleCountsResponseDataAllProjectClientApps {
}

/** What `getRules` resolves to: X's response envelope. */
export interface GetRulesResponse {
  data?: GetRulesResponseData[]
  errors?: Problem[]
  meta?: GetRulesResponseMeta
}

/** The `data` field of `GetRulesResponse` (part of `getRules`). */
export interface GetRulesResponseData {
  id?: string
  tag?: string
  value?: string
}

/** The `meta` field of `GetRulesResponse` (part of `getRules`). */
export interface GetRulesResponseMeta extends SearchTweetsEligibleForNotesResponseMeta {
}

/** A likes compliance event saying that a like was removed. */
export interface LikeComplianceSchema {
  delete: UnlikeComplianceSchema
}

/** The id X gives a filtered-stream rule. */
export type RuleId = string

/** A free label you give a filtered-stream rule, returned with each tweet it matches so you can tell rules apart. */
export type RuleTag = string

/** What `streamFilteredTweets` resolves to: X's response envelope. */
export interface StreamFilteredTweetsResponse<F extends string = never> {
  data?: Selected<Tweet, F>
  errors?: Problem[]
  includes?: Expansions
  matching_rules?: StreamFilteredTweetsResponseMatchingRulesItem[]
}

/** The `matching_rules` field of `StreamFilteredTweetsResponse` (part of `streamFilteredTweets`). */
export interface StreamFilteredTweetsResponseMatchingRulesItem {
  id: RuleId
  tag?: RuleTag
}

/** What `streamLabelsCompliance` resolves to: X's response envelope. */
export type StreamLabelsComplianceResponse = StreamLabelsComplianceResponseOption1 | StreamLabelsComplianceResponseOption2

/** Part of the request or response of `streamLabelsCompliance`. */
export interface StreamLabelsComplianceResponseOption1 {
  data: TweetLabelData
}

/** Part of the request or response of `streamLabelsCompliance`. */
export interface StreamLabelsComplianceResponseOption2 {
  errors: Problem[]
}

/** What `streamLikesCompliance` resolves to: X's response envelope. */
export type StreamLikesComplianceResponse = StreamLikesComplianceResponseOption1 | StreamLikesComplianceResponseOption2

/** Part of the request or response of `streamLikesCompliance`. */
export interface StreamLikesComplianceResponseOption1 {
  data: LikeComplianceSchema
}

/** Part of the request or response of `streamLikesCompliance`. */
export interface StreamLikesComplianceResponseOption2 {
  errors: Problem[]
}

/** What `streamLikesFirehose` resolves to: X's response envelope. */
export interface StreamLikesFirehoseResponse {
  data?: LikeWithTweetAuthor
  errors?: Problem[]
  includes?: Expansions
}

/** What `streamLikesSample10` resolves to: X's response envelope. */
export interface StreamLikesSample10Response extends StreamLikesFirehoseResponse {
}

/** What `streamSample10Tweets` resolves to: X's response envelope. */
export interface StreamSample10TweetsResponse<F extends string = never> {
  data?: Selected<Tweet, F>
  errors?: Problem[]
  includes?: Expansions
}

/** What `streamSampleTweets` resolves to: X's response envelope. */
export interface StreamSampleTweetsResponse<F extends string = never> extends StreamSample10TweetsResponse<F> {
}

/** What `streamTweetsCompliance` resolves to: X's response envelope. */
export type StreamTweetsComplianceResponse = StreamTweetsComplianceResponseOption1 | StreamTweetsComplianceResponseOption2

/** Part of the request or response of `streamTweetsCompliance`. */
export interface StreamTweetsComplianceResponseOption1 {
  data: TweetComplianceData
}

/** Part of the request or response of `streamTweetsCompliance`. */
export interface StreamTweetsComplianceResponseOption2 {
  errors: Problem[]
}

/** What `streamTweetsFirehoseEn` resolves to: X's response envelope. */
export interface StreamTweetsFirehoseEnResponse<F extends string = never> extends StreamSample10TweetsResponse<F> {
}

/** What `streamTweetsFirehoseJa` resolves to: X's response envelope. */
export interface StreamTweetsFirehoseJaResponse<F extends string = never> extends StreamSample10TweetsResponse<F> {
}

/** What `streamTweetsFirehoseKo` resolves to: X's response envelope. */
export interface StreamTweetsFirehoseKoResponse<F extends string = never> extends StreamSample10TweetsResponse<F> {
}

/** What `streamTweetsFirehosePt` resolves to: X's response envelope. */
export interface StreamTweetsFirehosePtResponse<F extends string = never> extends StreamSample10TweetsResponse<F> {
}

/** What `streamTweetsFirehose` resolves to: X's response envelope. */
export interface StreamTweetsFirehoseResponse<F extends string = never> extends StreamSample10TweetsResponse<F> {
}

/** What `streamUsersCompliance` resolves to: X's response envelope. */
export type StreamUsersComplianceResponse = StreamUsersComplianceResponseOption1 | StreamUsersComplianceResponseOption2

/** Part of the request or response of `streamUsersCompliance`. */
export interface StreamUsersComplianceResponseOption1 {
  data: UserComplianceData
}

/** Part of the request or response of `streamUsersCompliance`. */
export interface StreamUsersComplianceResponseOption2 {
  errors: Problem[]
}

/** One tweet compliance event, of one of the kinds delete, withheld, drop, undrop or edit. */
export type TweetComplianceData = TweetDeleteComplianceSchema | TweetWithheldComplianceSchema | TweetDropComplianceSchema | TweetUndropComplianceSchema | TweetEditComplianceSchema

/** The tweet an event is about, its author, and when the event happened. */
export interface TweetComplianceSchema {
  event_at: string
  quote_tweet_id?: TweetId
  tweet: TweetComplianceSchemaTweet
}

/** The tweet a compliance event is about, with its author's id. */
export interface TweetComplianceSchemaTweet extends TweetDeleteActivityResponsePayload {
}

/** A compliance event saying a tweet was deleted; remove it from stored data. */
export interface TweetDeleteComplianceSchema {
  delete: TweetComplianceSchema
}

/** A compliance event saying a tweet must no longer be shown (dropped), for example after the account was locked. */
export interface TweetDropComplianceSchema {
  drop: TweetComplianceSchema
}

/** The details of an edit event, the first tweet of the edit chain and the ids of all its versions. */
export interface TweetEditComplianceObjectSchema {
  edit_tweet_ids: TweetId[]
  event_at: string
  initial_tweet_id: TweetId
  tweet: TweetEditComplianceObjectSchemaTweet
}

/** The new version of an edited tweet, by id. */
export interface TweetEditComplianceObjectSchemaTweet {
  id: TweetId
}

/** A compliance event saying a tweet was edited, so stored copies should follow the new version. */
export interface TweetEditComplianceSchema {
  tweet_edit: TweetEditComplianceObjectSchema
}

/** One tweet label event, either a notice applied to a tweet or a tweet made unviewable. */
export type TweetLabelData = TweetNoticeSchema | TweetUnviewableSchema

/** A notice (label) applied to a tweet, with its title, details and a link to more information. */
export interface TweetNotice {
  application: string
  details?: string
  event_at: string
  event_type: string
  extended_details_url?: string
  label_title?: string
  tweet: TweetNoticeTweet
}

/** A label event saying a public notice was applied to a tweet. */
export interface TweetNoticeSchema {
  public_tweet_notice: TweetNotice
}

/** The tweet a notice was applied to, with its author's id. */
export interface TweetNoticeTweet extends TweetDeleteActivityResponsePayload {
}

/** The details of a withholding, with the countries where the tweet is withheld. */
export interface TweetTakedownComplianceSchema {
  event_at: string
  quote_tweet_id?: TweetId
  tweet: TweetTakedownComplianceSchemaTweet
  withheld_in_countries: CountryCode[]
}

/** The withheld tweet, with its author's id. */
export interface TweetTakedownComplianceSchemaTweet extends TweetDeleteActivityResponsePayload {
}

/** A compliance event saying a dropped tweet may be shown again. */
export interface TweetUndropComplianceSchema {
  undrop: TweetComplianceSchema
}

/** The details of a tweet being made unviewable, and when it happened. */
export interface TweetUnviewable {
  application: string
  event_at: string
  tweet: TweetUnviewableTweet
}

/** A label event saying a tweet was made unviewable to the public. */
export interface TweetUnviewableSchema {
  public_tweet_unviewable: TweetUnviewable
}

/** The tweet that was made unviewable, with its author's id. */
export interface TweetUnviewableTweet extends TweetDeleteActivityResponsePayload {
}

/** A compliance event saying a tweet is withheld in some countries. */
export interface TweetWithheldComplianceSchema {
  withheld: TweetTakedownComplianceSchema
}

/** The details of a removed like, the liked tweet and the user, and when it happened. */
export interface UnlikeComplianceSchema {
  event_at: string
  favorite: UnlikeComplianceSchemaFavorite
}

/** The removed like, by the id of the liked tweet and of the user who liked it. */
export interface UnlikeComplianceSchemaFavorite {
  id: TweetId
  user_id: UserId
}

/** The `add` field of `UpdateRulesRequest` (part of `updateRules`). */
export interface UpdateRulesAdd {
  tag?: string
  value: string
}

/** The `delete` field of `UpdateRulesRequest` (part of `updateRules`). */
export interface UpdateRulesDelete {
  ids?: string[]
  values?: string[]
}

/** The JSON body of `updateRules`; its fields sit beside the other parameters in the one params object. */
export interface UpdateRulesRequest {
  /** Rules to add, each with its `value` (the query, in the search rule language) and an optional `tag`. */
  add?: UpdateRulesAdd[]
  /** Rules to delete, by their ids or by their values. */
  delete?: UpdateRulesDelete
}

/** What `updateRules` resolves to: X's response envelope. */
export interface UpdateRulesResponse {
  data?: UpdateRulesResponseData[]
  errors?: Problem[]
  meta?: UpdateRulesResponseMeta
}

/** The `data` field of `UpdateRulesResponse` (part of `updateRules`). */
export interface UpdateRulesResponseData extends GetRulesResponseData {
}

/** The `meta` field of `UpdateRulesResponse` (part of `updateRules`). */
export interface UpdateRulesResponseMeta {
  sent?: string
  summary?: { [key: string]: unknown }
}

/** One user compliance event: an account protected or unprotected, deleted or undeleted, suspended or unsuspended, withheld, its location data scrubbed, or its profile changed. */
export type UserComplianceData = UserProtectComplianceSchema | UserUnprotectComplianceSchema | UserDeleteComplianceSchema | UserUndeleteComplianceSchema | UserSuspendComplianceSchema | UserUnsuspendComplianceSchema | UserWithheldComplianceSchema | UserScrubGeoSchema | UserProfileModificationComplianceSchema

/** The user an event is about, and when the event happened. */
export interface UserComplianceSchema {
  event_at: string
  user: UserComplianceSchemaUser
}

/** The user a compliance event is about, by id. */
export interface UserComplianceSchemaUser {
  id: UserId
}

/** A compliance event saying an account was deleted; remove its data. */
export interface UserDeleteComplianceSchema {
  user_delete: UserComplianceSchema
}

/** A compliance event saying a user changed a profile field. */
export interface UserProfileModificationComplianceSchema {
  user_profile_modification: UserProfileModificationObjectSchema
}

/** The details of a profile change, which field and its new value. */
export interface UserProfileModificationObjectSchema {
  event_at: string
  new_value: string
  profile_field: string
  user: UserProfileModificationObjectSchemaUser
}

/** The user whose profile changed, by id. */
export interface UserProfileModificationObjectSchemaUser {
  id: UserId
}

/** A compliance event saying an account became protected. */
export interface UserProtectComplianceSchema {
  user_protect: UserComplianceSchema
}

/** The details of a location scrub, up to which tweet the location data must be removed. */
export interface UserScrubGeoObjectSchema {
  event_at: string
  up_to_tweet_id: TweetId
  user: UserScrubGeoObjectSchemaUser
}

/** The user whose location data was scrubbed, by id. */
export interface UserScrubGeoObjectSchemaUser {
  id: UserId
}

/** A compliance event saying a user removed the location data from their tweets up to a given tweet. */
export interface UserScrubGeoSchema {
  scrub_geo: UserScrubGeoObjectSchema
}

/** A compliance event saying an account was suspended. */
export interface UserSuspendComplianceSchema {
  user_suspend: UserComplianceSchema
}

/** The details of an account withholding, with the countries where it is withheld. */
export interface UserTakedownComplianceSchema {
  event_at: string
  user: UserTakedownComplianceSchemaUser
  withheld_in_countries: CountryCode[]
}

/** The withheld user, by id. */
export interface UserTakedownComplianceSchemaUser {
  id: UserId
}

/** A compliance event saying a deleted account was restored. */
export interface UserUndeleteComplianceSchema {
  user_undelete: UserComplianceSchema
}

/** A compliance event saying an account is no longer protected. */
export interface UserUnprotectComplianceSchema {
  user_unprotect: UserComplianceSchema
}

/** A compliance event saying an account is no longer suspended. */
export interface UserUnsuspendComplianceSchema {
  user_unsuspend: UserComplianceSchema
}

/** A compliance event saying an account is withheld in some countries. */
export interface UserWithheldComplianceSchema {
  user_withheld: UserTakedownComplianceSchema
}
