// generated from spec/v2/streams.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { UpdateRulesRequest } from '../models/streams.js'
import type { BackfillMinutesParam, EndTimeParam, Expansions2Param, ExpansionsParam, MediaFields2Param, PaginationTokenParam, PlaceFields2Param, PollFields2Param, StartTimeParam, TweetFields2Param, UserFields2Param } from './shared.js'

/** Parameters of `getRuleCounts` (X operation `getRuleCounts`). */
export interface GetRuleCountsParams {
  /** Rule-count fields to return (X's document lists no values for it). */
  readonly 'rules_count.fields'?: string
}

/** Parameters of `getRules` (X operation `getRules`). */
export interface GetRulesParams extends PaginationTokenParam {
  /** The ids of the rules to return, given as an array; leave out to list every rule. */
  readonly ids?: readonly string[]
  /**
   * The most rules to return per page, 1 to 1000 (1000 when left out).
   * @defaultValue 1000
   * Between 1 and 1000.
   */
  readonly max_results?: number
  /** Marks `getRules` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** Parameters of `streamFilteredTweets` (X operation `streamPosts`). */
export interface StreamFilteredTweetsParams extends BackfillMinutesParam, StartTimeParam, EndTimeParam, TweetFields2Param, ExpansionsParam, MediaFields2Param, PollFields2Param, UserFields2Param, PlaceFields2Param {
}

/** Parameters of `streamLabelsCompliance` (X operation `streamLabelsCompliance`). */
export interface StreamLabelsComplianceParams extends BackfillMinutesParam, StartTimeParam, EndTimeParam {
}

/** Parameters of `streamLikesCompliance` (X operation `streamLikesCompliance`). */
export interface StreamLikesComplianceParams extends BackfillMinutesParam, StartTimeParam, EndTimeParam {
}

/** Parameters of `streamLikesFirehose` (X operation `streamLikesFirehose`). */
export interface StreamLikesFirehoseParams extends BackfillMinutesParam, StartTimeParam, EndTimeParam, Expansions2Param, MediaFields2Param, UserFields2Param, TweetFields2Param {
  /**
   * The partition of the stream to connect to, 1 to 20; connect once per partition to receive the whole stream.
   * Between 1 and 20.
   */
  readonly partition: number
  /** Fields of each like to return, given as an array. */
  readonly 'like_with_tweet_author.fields'?: readonly ('attachments_media_keys' | 'created_at' | 'id' | 'liked_tweet_author_id' | 'liked_tweet_id' | 'timestamp_ms')[]
}

/** Parameters of `streamLikesSample10` (X operation `streamLikesSample10`). */
export interface StreamLikesSample10Params extends BackfillMinutesParam, StartTimeParam, EndTimeParam, Expansions2Param, MediaFields2Param, UserFields2Param, TweetFields2Param {
  /**
   * The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
   * Between 1 and 2.
   */
  readonly partition: number
  /** Fields of each like to return, given as an array. */
  readonly 'like_with_tweet_author.fields'?: readonly ('attachments_media_keys' | 'created_at' | 'id' | 'liked_tweet_author_id' | 'liked_tweet_id' | 'timestamp_ms')[]
}

/** Parameters of `streamSample10Tweets` (X operation `streamPostsSample10`). */
export interface StreamSample10TweetsParams extends BackfillMinutesParam, TweetFields2Param, ExpansionsParam, MediaFields2Param, PollFields2Param, UserFields2Param, PlaceFields2Param, StartTimeParam, EndTimeParam {
  /**
   * The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
   * Between 1 and 2.
   */
  readonly partition: number
}

/** Parameters of `streamSampleTweets` (X operation `streamPostsSample`). */
export interface StreamSampleTweetsParams extends BackfillMinutesParam, TweetFields2Param, ExpansionsParam, MediaFields2Param, PollFields2Param, UserFields2Param, PlaceFields2Param {
}

/** Parameters of `streamTweetsCompliance` (X operation `streamPostsCompliance`). */
export interface StreamTweetsComplianceParams extends BackfillMinutesParam, StartTimeParam, EndTimeParam {
  /**
   * The partition of the stream to connect to, 1 to 4; connect once per partition to receive the whole stream.
   * Between 1 and 4.
   */
  readonly partition: number
}

/** Parameters of `streamTweetsFirehose` (X operation `streamPostsFirehose`). */
export interface StreamTweetsFirehoseParams extends BackfillMinutesParam, TweetFields2Param, ExpansionsParam, MediaFields2Param, PollFields2Param, UserFields2Param, PlaceFields2Param, StartTimeParam, EndTimeParam {
  /**
   * The partition of the stream to connect to, 1 to 20; connect once per partition to receive the whole stream.
   * Between 1 and 20.
   */
  readonly partition: number
}

/** Parameters of `streamTweetsFirehoseEn` (X operation `streamPostsFirehoseEn`). */
export interface StreamTweetsFirehoseEnParams extends BackfillMinutesParam, TweetFields2Param, ExpansionsParam, MediaFields2Param, PollFields2Param, UserFields2Param, PlaceFields2Param, StartTimeParam, EndTimeParam {
  /**
   * The partition of the stream to connect to, 1 to 8; connect once per partition to receive the whole stream.
   * Between 1 and 8.
   */
  readonly partition: number
}

/** Parameters of `streamTweetsFirehoseJa` (X operation `streamPostsFirehoseJa`). */
export interface StreamTweetsFirehoseJaParams extends BackfillMinutesParam, TweetFields2Param, ExpansionsParam, MediaFields2Param, PollFields2Param, UserFields2Param, PlaceFields2Param, StartTimeParam, EndTimeParam {
  /**
   * The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
   * Between 1 and 2.
   */
  readonly partition: number
}

/** Parameters of `streamTweetsFirehoseKo` (X operation `streamPostsFirehoseKo`). */
export interface StreamTweetsFirehoseKoParams extends BackfillMinutesParam, TweetFields2Param, ExpansionsParam, MediaFields2Param, PollFields2Param, UserFields2Param, PlaceFields2Param, StartTimeParam, EndTimeParam {
  /**
   * The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
   * Between 1 and 2.
   */
  readonly partition: number
}

/** Parameters of `streamTweetsFirehosePt` (X operation `streamPostsFirehosePt`). */
export interface StreamTweetsFirehosePtParams extends BackfillMinutesParam, TweetFields2Param, ExpansionsParam, MediaFields2Param, PollFields2Param, UserFields2Param, PlaceFields2Param, StartTimeParam, EndTimeParam {
  /**
   * The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
   * Between 1 and 2.
   */
  readonly partition: number
}

/** Parameters of `streamUsersCompliance` (X operation `streamUsersCompliance`). */
export interface StreamUsersComplianceParams extends BackfillMinutesParam, StartTimeParam, EndTimeParam {
  /**
   * The partition of the stream to connect to, 1 to 4; connect once per partition to receive the whole stream.
   * Between 1 and 4.
   */
  readonly partition: number
}

/** Parameters of `updateRules` (X operation `updateRules`): the path and query parameters, and the JSON body's fields (`UpdateRulesRequest`). */
export interface UpdateRulesParams extends UpdateRulesRequest {
  /** When true, validate the change and report what would happen without saving it. */
  readonly dry_run?: boolean
  /** When true, delete every rule of the app (send no body rules with it). */
  readonly delete_all?: boolean
}
