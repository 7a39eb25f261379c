// generated from spec/v2/likes.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { LikeTweetRequest } from '../models/likes.js'
import type { MediaField, PlaceField, PollField, TweetExpansion, TweetField, UserExpansion, UserField } from '../parameters.js'

/** Parameters of `getLikedTweets` (X operation `getUsersLikedPosts`). */
export interface GetLikedTweetsParams {
  /** The id of the user whose liked tweets to return. */
  readonly id: string
  /**
   * The most tweets to return per page, 5 to 100.
   * Between 5 and 100.
   */
  readonly max_results?: number
  /** The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you. */
  readonly pagination_token?: string
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
  /** Marks `getLikedTweets` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetLikedTweetsParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface GetLikedTweetsFieldsParams<F extends TweetField> extends GetLikedTweetsParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `getLikingUsers` (X operation `getPostsLikingUsers`). */
export interface GetLikingUsersParams {
  /** The id of the tweet whose likers to return. */
  readonly id: string
  /**
   * The most users to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you. */
  readonly pagination_token?: string
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserField[]
  /** Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet. */
  readonly expansions?: readonly UserExpansion[]
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields'?: readonly TweetField[]
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
