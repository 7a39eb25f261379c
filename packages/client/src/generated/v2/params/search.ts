// generated from spec/v2/search.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { TweetField } from '../parameters.js'
import type { EndTimeParam, MediaFieldsParam, NextTokenParam, PaginationTokenParam, PlaceFieldsParam, PollFieldsParam, SinceIdParam, StartTimeParam, TweetExpansionsParam, TweetFieldsParam, UntilIdParam, UserFieldsParam } from './shared.js'

/** Parameters of `countAllTweets` (X operation `getPostsCountsAll`). */
export interface CountAllTweetsParams extends StartTimeParam, EndTimeParam, SinceIdParam, UntilIdParam, NextTokenParam, PaginationTokenParam {
  /** The search query, in the same rule language as search and filtered stream (keywords, `from:`, `has:`, operators, up to 1,024 characters). */
  readonly query: string
  /**
   * The size of each count bucket, `minute`, `hour` (the default) or `day`.
   * @defaultValue 'hour'
   */
  readonly granularity?: 'minute' | 'hour' | 'day'
  /** Fields of each count bucket to return (X's document lists no values for it). */
  readonly 'search_count.fields'?: string
  /** Marks `countAllTweets` as paginated for `cursor()` (`meta.next_token` sent back as `next_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** Parameters of `countRecentTweets` (X operation `getPostsCountsRecent`). */
export interface CountRecentTweetsParams extends StartTimeParam, EndTimeParam, SinceIdParam, UntilIdParam, NextTokenParam, PaginationTokenParam {
  /** The search query, in the same rule language as search and filtered stream (keywords, `from:`, `has:`, operators, up to 512 characters). */
  readonly query: string
  /**
   * The size of each count bucket, `minute`, `hour` (the default) or `day`.
   * @defaultValue 'hour'
   */
  readonly granularity?: 'minute' | 'hour' | 'day'
  /** Fields of each count bucket to return (X's document lists no values for it). */
  readonly 'search_count.fields'?: string
  /** Marks `countRecentTweets` as paginated for `cursor()` (`meta.next_token` sent back as `next_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** Parameters of `searchAllTweets` (X operation `searchPostsAll`). */
export interface SearchAllTweetsParams extends StartTimeParam, EndTimeParam, SinceIdParam, UntilIdParam, NextTokenParam, PaginationTokenParam, TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /** The search query: keywords and operators such as `from:`, `has:media`, `lang:` or `-is:retweet`, up to 1,024 characters. */
  readonly query: string
  /**
   * The most tweets to return per page, 10 to 500 (10 when left out).
   * @defaultValue 10
   * Between 10 and 500.
   */
  readonly max_results?: number
  /** `recency` (newest first, the default) or `relevancy`. */
  readonly sort_order?: 'recency' | 'relevancy'
  /** Marks `searchAllTweets` as paginated for `cursor()` (`meta.next_token` sent back as `next_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `SearchAllTweetsParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface SearchAllTweetsFieldsParams<F extends TweetField> extends SearchAllTweetsParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `searchRecentTweets` (X operation `searchPostsRecent`). */
export interface SearchRecentTweetsParams extends NextTokenParam, PaginationTokenParam, StartTimeParam, EndTimeParam, SinceIdParam, UntilIdParam, TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /** The search query: keywords and operators such as `from:`, `has:media`, `lang:` or `-is:retweet`, up to 512 characters. */
  readonly query: string
  /**
   * The most tweets to return per page, 10 to 100 (10 when left out).
   * @defaultValue 10
   * Between 10 and 100.
   */
  readonly max_results?: number
  /** `recency` (newest first, the default) or `relevancy`. */
  readonly sort_order?: 'recency' | 'relevancy'
  /** Marks `searchRecentTweets` as paginated for `cursor()` (`meta.next_token` sent back as `next_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `SearchRecentTweetsParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface SearchRecentTweetsFieldsParams<F extends TweetField> extends SearchRecentTweetsParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}
