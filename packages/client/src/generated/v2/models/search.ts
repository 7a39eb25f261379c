// generated from spec/v2/models/search.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { Problem } from './errors.js'
import type { Expansions, Tweet } from './tweets.js'

/** What `countAllTweets` resolves to: X's response envelope. */
export interface CountAllTweetsResponse {
  data?: CountAllTweetsResponseData[]
  errors?: Problem[]
  meta?: CountAllTweetsResponseMeta
}

/** The `data` field of `CountAllTweetsResponse` (part of `countAllTweets`). */
export interface CountAllTweetsResponseData {
  end: string
  post_count: number
  start: string
}

/** The `meta` field of `CountAllTweetsResponse` (part of `countAllTweets`). */
export interface CountAllTweetsResponseMeta {
  next_token?: string
  total_post_count?: number
}

/** What `countRecentTweets` resolves to: X's response envelope. */
export interface CountRecentTweetsResponse extends CountAllTweetsResponse {
}

/** The `data` field of `CountRecentTweetsResponse` (part of `countRecentTweets`). */
export interface CountRecentTweetsResponseData extends CountAllTweetsResponseData {
}

/** The `meta` field of `CountRecentTweetsResponse` (part of `countRecentTweets`). */
export interface CountRecentTweetsResponseMeta extends CountAllTweetsResponseMeta {
}

/** What `searchAllTweets` resolves to: X's response envelope. */
export interface SearchAllTweetsResponse<F extends string = never> {
  data?: Selected<Tweet, F | 'id' | 'text' | 'edit_history_post_ids'>[]
  errors?: Problem[]
  includes?: Expansions
  meta?: SearchAllTweetsResponseMeta
}

/** The `meta` field of `SearchAllTweetsResponse` (part of `searchAllTweets`). */
export interface SearchAllTweetsResponseMeta {
  newest_id?: string
  next_token?: string
  oldest_id?: string
  previous_token?: string
  result_count?: number
}

/** What `searchRecentTweets` resolves to: X's response envelope. */
export interface SearchRecentTweetsResponse<F extends string = never> extends SearchAllTweetsResponse<F> {
}

/** The `meta` field of `SearchRecentTweetsResponse` (part of `searchRecentTweets`). */
export interface SearchRecentTweetsResponseMeta extends SearchAllTweetsResponseMeta {
}
