// generated from spec/v2/models/common.yaml by @twython/generator: do not edit

import type { TweetId } from './tweets.js'
import type { UserId } from './users.js'

/** The id of one like. */
export type LikeId = string

/** One like as the likes streams deliver it, naming the liked tweet and its author (not who liked it). */
export interface LikeWithTweetAuthor {
  /** When the like happened. */
  created_at?: string
  /** The id of the like event. */
  id?: LikeId
  /** The id of the tweet that was liked. */
  liked_tweet_id?: TweetId
  /** When the like happened, in milliseconds since the Unix epoch. */
  timestamp_ms?: number
  /** The id of the user who posted the liked tweet. */
  tweet_author_id?: UserId
}

/** A topic X tracks (a subject such as a sport or a show), for example the topics of a Space. */
export interface Topic {
  description?: string
  id?: string
  name?: string
}
