// generated from spec/v2/likes.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { LikeTweetRequest } from '../models/likes.js'
import type { TweetField, UserField } from '../parameters.js'
import type { MediaFieldsParam, PaginationTokenParam, PlaceFieldsParam, PollFieldsParam, TweetExpansionsParam, TweetFieldsParam, UserExpansionsParam, UserFieldsParam } from './shared.js'

/** Parameters of `getLikedTweets` (X operation `getUsersLikedPosts`). */
export interface GetLikedTweetsParams extends PaginationTokenParam, TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /** The id of the user whose liked tweets to return. */
  readonly id: string
  /**
   * The most tweets to return per page, 5 to 100.
   * Between 5 and 100.
   */
  readonly max_results?: number
  /** Marks `getLikedTweets` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetLikedTweetsParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface GetLikedTweetsFieldsParams<F extends TweetField> extends GetLikedTweetsParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `getLikingUsers` (X operation `getPostsLikingUsers`). */
export interface GetLikingUsersParams extends PaginationTokenParam, UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The id of the tweet whose likers to return. */
  readonly id: string
  /**
   * The most users to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getLikingUsers` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetLikingUsersParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetLikingUsersFieldsParams<F extends UserField> extends GetLikingUsersParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `likeTweet` (X operation `likePost`): the path and query parameters, and the JSON body's fields (`LikeTweetRequest`). */
export interface LikeTweetParams extends LikeTweetRequest {
  /** The id of the authenticated user, who likes the tweet. */
  readonly id: string
}

/** Parameters of `unlikeTweet` (X operation `unlikePost`). */
export interface UnlikeTweetParams {
  /** The id of the authenticated user, who liked the tweet. */
  readonly id: string
  /** The id of the tweet to unlike. */
  readonly tweet_id: string
}
