// generated from spec/v2/tweets.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { CreateTweetRequest, HideReplyRequest, RetweetRequest } from '../models/tweets.js'
import type { TweetField, UserField } from '../parameters.js'
import type { AnalyticsFieldsParam, EndTimeParam, MediaFieldsParam, PaginationTokenParam, PlaceFieldsParam, PollFieldsParam, SinceIdParam, StartTimeParam, TweetExpansionsParam, TweetFieldsParam, UntilIdParam, UserExpansionsParam, UserFieldsParam } from './shared.js'

/** Parameters of `createTweet` (X operation `createPosts`): the path and query parameters, and the JSON body's fields (`CreateTweetRequest`). */
export interface CreateTweetParams extends CreateTweetRequest {
}

/** Parameters of `deleteTweet` (X operation `deletePosts`). */
export interface DeleteTweetParams {
  /** The id of the tweet to delete; it must belong to the authenticated user. */
  readonly id: string
}

/** Parameters of `getHomeTimeline` (X operation `getUsersTimeline`). */
export interface GetHomeTimelineParams extends PaginationTokenParam, StartTimeParam, EndTimeParam, SinceIdParam, UntilIdParam, TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /** The id of the authenticated user (only your own home timeline can be read). */
  readonly id: string
  /**
   * The most tweets to return per page, 1 to 100.
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Kinds of tweets to leave out, given as an array (`replies`, `retweets` or both). */
  readonly exclude?: readonly ('replies' | 'retweets')[]
  /** Marks `getHomeTimeline` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetHomeTimelineParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface GetHomeTimelineFieldsParams<F extends TweetField> extends GetHomeTimelineParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `getQuoteTweets` (X operation `getPostsQuotedPosts`). */
export interface GetQuoteTweetsParams extends PaginationTokenParam, TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /** The id of the quoted tweet. */
  readonly id: string
  /**
   * The most quote tweets to return per page, 10 to 100 (10 when left out).
   * @defaultValue 10
   * Between 10 and 100.
   */
  readonly max_results?: number
  /** Kinds of quote tweets to leave out, given as an array (`replies`, `retweets` or both). */
  readonly exclude?: readonly ('replies' | 'retweets')[]
  /** Marks `getQuoteTweets` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetQuoteTweetsParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface GetQuoteTweetsFieldsParams<F extends TweetField> extends GetQuoteTweetsParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `getRetweetedBy` (X operation `getPostsRepostedBy`). */
export interface GetRetweetedByParams extends PaginationTokenParam, UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The id of the tweet whose retweeters to list. */
  readonly id: string
  /**
   * The most users to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getRetweetedBy` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetRetweetedByParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetRetweetedByFieldsParams<F extends UserField> extends GetRetweetedByParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `getRetweets` (X operation `getPostsReposts`). */
export interface GetRetweetsParams extends PaginationTokenParam, TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /** The id of the tweet whose retweets to list. */
  readonly id: string
  /**
   * The most retweets to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getRetweets` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetRetweetsParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface GetRetweetsFieldsParams<F extends TweetField> extends GetRetweetsParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `getRetweetsOfMe` (X operation `getUsersRepostsOfMe`). */
export interface GetRetweetsOfMeParams extends PaginationTokenParam, TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /**
   * The most tweets to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getRetweetsOfMe` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetRetweetsOfMeParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface GetRetweetsOfMeFieldsParams<F extends TweetField> extends GetRetweetsOfMeParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `getTweet` (X operation `getPostsById`). */
export interface GetTweetParams extends TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /** The id of the tweet to look up. */
  readonly id: string
}

/** `GetTweetParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface GetTweetFieldsParams<F extends TweetField> extends GetTweetParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `getTweets` (X operation `getPostsByIds`). */
export interface GetTweetsParams extends TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /** The ids of the tweets to look up, given as an array of up to 100. */
  readonly ids: readonly string[]
}

/** `GetTweetsParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface GetTweetsFieldsParams<F extends TweetField> extends GetTweetsParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `getTweetsAnalytics` (X operation `getPostsAnalytics`). */
export interface GetTweetsAnalyticsParams extends AnalyticsFieldsParam {
  /** The ids of the tweets to measure, given as an array. */
  readonly ids: readonly string[]
  /** The start of the time range to report on, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). */
  readonly start_time: string
  /** The end of the time range to report on, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time`. */
  readonly end_time: string
  /**
   * How to bucket the metrics over the time range: `hourly`, `daily`, `weekly`, or `total` (the default) for one sum over the whole range.
   * @defaultValue 'total'
   */
  readonly granularity?: 'hourly' | 'weekly' | 'daily' | 'total'
}

/** Parameters of `getUserMentions` (X operation `getUsersMentions`). */
export interface GetUserMentionsParams extends PaginationTokenParam, StartTimeParam, EndTimeParam, SinceIdParam, UntilIdParam, TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /** The id of the user whose mentions to return. */
  readonly id: string
  /**
   * The most tweets to return per page, 5 to 100 (10 when left out).
   * Between 5 and 100.
   */
  readonly max_results?: number
  /** Marks `getUserMentions` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetUserMentionsParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface GetUserMentionsFieldsParams<F extends TweetField> extends GetUserMentionsParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `getUserTweets` (X operation `getUsersPosts`). */
export interface GetUserTweetsParams extends PaginationTokenParam, StartTimeParam, EndTimeParam, SinceIdParam, UntilIdParam, TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /** The id of the user whose tweets to return. */
  readonly id: string
  /**
   * The most tweets to return per page, 5 to 100 (10 when left out).
   * Between 5 and 100.
   */
  readonly max_results?: number
  /** Kinds of tweets to leave out, given as an array (`replies`, `retweets` or both). */
  readonly exclude?: readonly ('replies' | 'retweets')[]
  /** Marks `getUserTweets` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetUserTweetsParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface GetUserTweetsFieldsParams<F extends TweetField> extends GetUserTweetsParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `hideReply` (X operation `hidePostsReply`): the path and query parameters, and the JSON body's fields (`HideReplyRequest`). */
export interface HideReplyParams extends HideReplyRequest {
  /** The id of the reply to hide or unhide. */
  readonly tweet_id: string
}

/** Parameters of `retweet` (X operation `repostPost`): the path and query parameters, and the JSON body's fields (`RetweetRequest`). */
export interface RetweetParams extends RetweetRequest {
  /** The id of the authenticated user, who does the retweeting. */
  readonly id: string
}

/** Parameters of `unretweet` (X operation `unrepostPost`). */
export interface UnretweetParams {
  /** The id of the authenticated user, who made the retweet. */
  readonly id: string
  /** The id of the tweet that was retweeted (not the id of the retweet itself). */
  readonly source_tweet_id: string
}
