// generated from spec/v2/models/likes.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { GetBookmarksResponse, GetBookmarksResponseMeta } from './bookmarks.js'
import type { Problem } from './errors.js'
import type { Expansions } from './tweets.js'
import type { User } from './users.js'

/** What `getLikedTweets` resolves to: X's response envelope. */
export interface GetLikedTweetsResponse<F extends string = never> extends GetBookmarksResponse<F> {
}

/** The `meta` field of `GetLikedTweetsResponse` (part of `getLikedTweets`). */
export interface GetLikedTweetsResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getLikingUsers` resolves to: X's response envelope. */
export interface GetLikingUsersResponse<F extends string = never> {
  data?: Selected<User, F | 'id' | 'name' | 'username'>[]
  errors?: Problem[]
  includes?: Expansions
  meta?: GetLikingUsersResponseMeta
}

/** The `meta` field of `GetLikingUsersResponse` (part of `getLikingUsers`). */
export interface GetLikingUsersResponseMeta extends GetBookmarksResponseMeta {
}

/** The JSON body of `likeTweet`; its fields sit beside the other parameters in the one params object. */
export interface LikeTweetRequest {
  tweet_id: string
}

/** What `likeTweet` resolves to: X's response envelope. */
export interface LikeTweetResponse {
  data?: LikeTweetResponseData
  errors?: Problem[]
}

/** The `data` field of `LikeTweetResponse` (part of `likeTweet`). */
export interface LikeTweetResponseData {
  liked: boolean
}

/** What `unlikeTweet` resolves to: X's response envelope. */
export interface UnlikeTweetResponse {
  data?: UnlikeTweetResponseData
  errors?: Problem[]
}

/** The `data` field of `UnlikeTweetResponse` (part of `unlikeTweet`). */
export interface UnlikeTweetResponseData {
  liked: boolean
}
