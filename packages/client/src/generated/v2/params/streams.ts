// generated from spec/v2/streams.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { UpdateRulesRequest } from '../models/streams.js'
import type { Expansion, Expansions2Value, MediaFields2Value, PlaceFields2Value, PollFields2Value, TweetFields2Value, UserFields2Value } from '../parameters.js'

/** Parameters of `getRuleCounts` (X operation `getRuleCounts`). */
export interface GetRuleCountsParams {
  /** Rule-count fields to return (X's document lists no values for it). */
  readonly 'rules_count.fields'?: string
}

/** Parameters of `getRules` (X operation `getRules`). */
export interface GetRulesParams {
  /** The ids of the rules to return, given as an array; leave out to list every rule. */
  readonly ids?: readonly string[]
  /**
   * The most rules to return per page, 1 to 1000 (1000 when left out).
   * @defaultValue 1000
   * Between 1 and 1000.
   */
  readonly max_results?: number
  /** The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you. */
  readonly pagination_token?: string
  /** Marks `getRules` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** Parameters of `streamFilteredTweets` (X operation `streamPosts`). */
export interface StreamFilteredTweetsParams {
  /**
   * After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * Between 0 and 5.
   */
  readonly backfill_minutes?: number
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
  /** Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets. */
  readonly 'tweet.fields'?: readonly TweetFields2Value[]
  /** Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on. */
  readonly expansions?: readonly Expansion[]
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaFields2Value[]
  /** Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`. */
  readonly 'poll.fields'?: readonly PollFields2Value[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserFields2Value[]
  /** Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`. */
  readonly 'place.fields'?: readonly PlaceFields2Value[]
}

/** Parameters of `streamLabelsCompliance` (X operation `streamLabelsCompliance`). */
export interface StreamLabelsComplianceParams {
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

/** Parameters of `streamLikesCompliance` (X operation `streamLikesCompliance`). */
export interface StreamLikesComplianceParams {
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

/** Parameters of `streamLikesFirehose` (X operation `streamLikesFirehose`). */
export interface StreamLikesFirehoseParams {
  /**
   * After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * Between 0 and 5.
   */
  readonly backfill_minutes?: number
  /**
   * The partition of the stream to connect to, 1 to 20; connect once per partition to receive the whole stream.
   * Between 1 and 20.
   */
  readonly partition: number
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
  /** Fields of each like to return, given as an array. */
  readonly 'like_with_tweet_author.fields'?: readonly ('attachments_media_keys' | 'created_at' | 'id' | 'liked_tweet_author_id' | 'liked_tweet_id' | 'timestamp_ms')[]
  /** Objects referred to by each like to include in `includes`, given as an array: the liked tweet, its author or its media. */
  readonly expansions?: readonly Expansions2Value[]
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaFields2Value[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserFields2Value[]
  /** Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets. */
  readonly 'tweet.fields'?: readonly TweetFields2Value[]
}

/** Parameters of `streamLikesSample10` (X operation `streamLikesSample10`). */
export interface StreamLikesSample10Params {
  /**
   * After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * Between 0 and 5.
   */
  readonly backfill_minutes?: number
  /**
   * The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
   * Between 1 and 2.
   */
  readonly partition: number
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
  /** Fields of each like to return, given as an array. */
  readonly 'like_with_tweet_author.fields'?: readonly ('attachments_media_keys' | 'created_at' | 'id' | 'liked_tweet_author_id' | 'liked_tweet_id' | 'timestamp_ms')[]
  /** Objects referred to by each like to include in `includes`, given as an array: the liked tweet, its author or its media. */
  readonly expansions?: readonly Expansions2Value[]
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaFields2Value[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserFields2Value[]
  /** Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets. */
  readonly 'tweet.fields'?: readonly TweetFields2Value[]
}

/** Parameters of `streamSample10Tweets` (X operation `streamPostsSample10`). */
export interface StreamSample10TweetsParams {
  /**
   * After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * Between 0 and 5.
   */
  readonly backfill_minutes?: number
  /** Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets. */
  readonly 'tweet.fields'?: readonly TweetFields2Value[]
  /** Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on. */
  readonly expansions?: readonly Expansion[]
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaFields2Value[]
  /** Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`. */
  readonly 'poll.fields'?: readonly PollFields2Value[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserFields2Value[]
  /** Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`. */
  readonly 'place.fields'?: readonly PlaceFields2Value[]
  /**
   * The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
   * Between 1 and 2.
   */
  readonly partition: number
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
}

/** Parameters of `streamSampleTweets` (X operation `streamPostsSample`). */
export interface StreamSampleTweetsParams {
  /**
   * After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * Between 0 and 5.
   */
  readonly backfill_minutes?: number
  /** Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets. */
  readonly 'tweet.fields'?: readonly TweetFields2Value[]
  /** Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on. */
  readonly expansions?: readonly Expansion[]
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaFields2Value[]
  /** Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`. */
  readonly 'poll.fields'?: readonly PollFields2Value[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserFields2Value[]
  /** Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`. */
  readonly 'place.fields'?: readonly PlaceFields2Value[]
}

/** Parameters of `streamTweetsCompliance` (X operation `streamPostsCompliance`). */
export interface StreamTweetsComplianceParams {
  /**
   * After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * Between 0 and 5.
   */
  readonly backfill_minutes?: number
  /**
   * The partition of the stream to connect to, 1 to 4; connect once per partition to receive the whole stream.
   * Between 1 and 4.
   */
  readonly partition: number
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
}

/** Parameters of `streamTweetsFirehose` (X operation `streamPostsFirehose`). */
export interface StreamTweetsFirehoseParams {
  /**
   * After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * Between 0 and 5.
   */
  readonly backfill_minutes?: number
  /** Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets. */
  readonly 'tweet.fields'?: readonly TweetFields2Value[]
  /** Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on. */
  readonly expansions?: readonly Expansion[]
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaFields2Value[]
  /** Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`. */
  readonly 'poll.fields'?: readonly PollFields2Value[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserFields2Value[]
  /** Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`. */
  readonly 'place.fields'?: readonly PlaceFields2Value[]
  /**
   * The partition of the stream to connect to, 1 to 20; connect once per partition to receive the whole stream.
   * Between 1 and 20.
   */
  readonly partition: number
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
}

/** Parameters of `streamTweetsFirehoseEn` (X operation `streamPostsFirehoseEn`). */
export interface StreamTweetsFirehoseEnParams {
  /**
   * After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * Between 0 and 5.
   */
  readonly backfill_minutes?: number
  /** Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets. */
  readonly 'tweet.fields'?: readonly TweetFields2Value[]
  /** Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on. */
  readonly expansions?: readonly Expansion[]
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaFields2Value[]
  /** Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`. */
  readonly 'poll.fields'?: readonly PollFields2Value[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserFields2Value[]
  /** Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`. */
  readonly 'place.fields'?: readonly PlaceFields2Value[]
  /**
   * The partition of the stream to connect to, 1 to 8; connect once per partition to receive the whole stream.
   * Between 1 and 8.
   */
  readonly partition: number
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
}

/** Parameters of `streamTweetsFirehoseJa` (X operation `streamPostsFirehoseJa`). */
export interface StreamTweetsFirehoseJaParams {
  /**
   * After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * Between 0 and 5.
   */
  readonly backfill_minutes?: number
  /** Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets. */
  readonly 'tweet.fields'?: readonly TweetFields2Value[]
  /** Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on. */
  readonly expansions?: readonly Expansion[]
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaFields2Value[]
  /** Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`. */
  readonly 'poll.fields'?: readonly PollFields2Value[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserFields2Value[]
  /** Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`. */
  readonly 'place.fields'?: readonly PlaceFields2Value[]
  /**
   * The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
   * Between 1 and 2.
   */
  readonly partition: number
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
}

/** Parameters of `streamTweetsFirehoseKo` (X operation `streamPostsFirehoseKo`). */
export interface StreamTweetsFirehoseKoParams {
  /**
   * After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * Between 0 and 5.
   */
  readonly backfill_minutes?: number
  /** Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets. */
  readonly 'tweet.fields'?: readonly TweetFields2Value[]
  /** Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on. */
  readonly expansions?: readonly Expansion[]
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaFields2Value[]
  /** Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`. */
  readonly 'poll.fields'?: readonly PollFields2Value[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserFields2Value[]
  /** Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`. */
  readonly 'place.fields'?: readonly PlaceFields2Value[]
  /**
   * The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
   * Between 1 and 2.
   */
  readonly partition: number
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
}

/** Parameters of `streamTweetsFirehosePt` (X operation `streamPostsFirehosePt`). */
export interface StreamTweetsFirehosePtParams {
  /**
   * After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * Between 0 and 5.
   */
  readonly backfill_minutes?: number
  /** Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets. */
  readonly 'tweet.fields'?: readonly TweetFields2Value[]
  /** Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on. */
  readonly expansions?: readonly Expansion[]
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaFields2Value[]
  /** Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`. */
  readonly 'poll.fields'?: readonly PollFields2Value[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserFields2Value[]
  /** Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`. */
  readonly 'place.fields'?: readonly PlaceFields2Value[]
  /**
   * The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
   * Between 1 and 2.
   */
  readonly partition: number
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
}

/** Parameters of `streamUsersCompliance` (X operation `streamUsersCompliance`). */
export interface StreamUsersComplianceParams {
  /**
   * After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * Between 0 and 5.
   */
  readonly backfill_minutes?: number
  /**
   * The partition of the stream to connect to, 1 to 4; connect once per partition to receive the whole stream.
   * Between 1 and 4.
   */
  readonly partition: number
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
}

/** Parameters of `updateRules` (X operation `updateRules`): the path and query parameters, and the JSON body's fields (`UpdateRulesRequest`). */
export interface UpdateRulesParams extends UpdateRulesRequest {
  /** When true, validate the change and report what would happen without saving it. */
  readonly dry_run?: boolean
  /** When true, delete every rule of the app (send no body rules with it). */
  readonly delete_all?: boolean
}
