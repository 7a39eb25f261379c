// generated from spec/v2/search.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { MediaField, PlaceField, PollField, TweetExpansion, TweetField, UserField } from '../parameters.js'

/** Parameters of `countAllTweets` (X operation `getPostsCountsAll`). */
export interface CountAllTweetsParams {
  /** The search query, in the same rule language as search and filtered stream (keywords, `from:`, `has:`, operators, up to 1,024 characters). */
  readonly query: string
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
  /** Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls. */
  readonly since_id?: string
  /** Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls. */
  readonly until_id?: string
  /** The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you. */
  readonly next_token?: string
  /** The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you. */
  readonly pagination_token?: string
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
export interface CountRecentTweetsParams {
  /** The search query, in the same rule language as search and filtered stream (keywords, `from:`, `has:`, operators, up to 512 characters). */
  readonly query: string
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
  /** Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls. */
  readonly since_id?: string
  /** Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls. */
  readonly until_id?: string
  /** The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you. */
  readonly next_token?: string
  /** The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you. */
  readonly pagination_token?: string
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
export interface SearchAllTweetsParams {
  /** The search query: keywords and operators such as `from:`, `has:media`, `lang:` or `-is:retweet`, up to 1,024 characters. */
  readonly query: string
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
  /** Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls. */
  readonly since_id?: string
  /** Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls. */
  readonly until_id?: string
  /**
   * The most tweets to return per page, 10 to 500 (10 when left out).
   * @defaultValue 10
   * Between 10 and 500.
   */
  readonly max_results?: number
  /** The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you. */
  readonly next_token?: string
  /** The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you. */
  readonly pagination_token?: string
  /** `recency` (newest first, the default) or `relevancy`. */
  readonly sort_order?: 'recency' | 'relevancy'
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields'?: readonly TweetField[]
  /** Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on. */
  readonly expansions?: readonly TweetExpansion[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserField[]
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaField[]
  /** Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`. */
  readonly 'poll.fields'?: readonly PollField[]
  /** Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`. */
  readonly 'place.fields'?: readonly PlaceField[]
  /** Marks `searchAllTweets` as paginated for `cursor()` (`meta.next_token` sent back as `next_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `SearchAllTweetsParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface SearchAllTweetsFieldsParams<F extends TweetField> extends SearchAllTweetsParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `searchRecentTweets` (X operation `searchPostsRecent`). */
export interface SearchRecentTweetsParams {
  /** The search query: keywords and operators such as `from:`, `has:media`, `lang:` or `-is:retweet`, up to 512 characters. */
  readonly query: string
  /**
   * The most tweets to return per page, 10 to 100 (10 when left out).
   * @defaultValue 10
   * Between 10 and 100.
   */
  readonly max_results?: number
  /** The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you. */
  readonly next_token?: string
  /** The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you. */
  readonly pagination_token?: string
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
  /** Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls. */
  readonly since_id?: string
  /** Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls. */
  readonly until_id?: string
  /** `recency` (newest first, the default) or `relevancy`. */
  readonly sort_order?: 'recency' | 'relevancy'
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields'?: readonly TweetField[]
  /** Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on. */
  readonly expansions?: readonly TweetExpansion[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserField[]
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaField[]
  /** Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`. */
  readonly 'poll.fields'?: readonly PollField[]
  /** Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`. */
  readonly 'place.fields'?: readonly PlaceField[]
  /** Marks `searchRecentTweets` as paginated for `cursor()` (`meta.next_token` sent back as `next_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `SearchRecentTweetsParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface SearchRecentTweetsFieldsParams<F extends TweetField> extends SearchRecentTweetsParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}
