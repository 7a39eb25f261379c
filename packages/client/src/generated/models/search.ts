// generated from spec/models/search.yaml by @twython/generator: do not edit

import type { Tweet } from './tweets.js'

/**
 * One page of Tweets matching a `search/tweets` query, with the details needed to fetch the next page.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/tweets/search/api-reference/get-search-tweets
 */
export interface SearchResults {
  /** The matching Tweets, newest first (each with a `metadata` object). */
  statuses: Tweet[]
  /** How the search ran and how to continue it. */
  search_metadata: SearchMetadata
}

/**
 * Details of a search request and the query strings for the next and the refreshed page.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/tweets/search/api-reference/get-search-tweets
 */
export interface SearchMetadata {
  /** The query as it was run (URL-encoded). */
  query: string
  /** The page size requested. */
  count: number
  /** How long the search took, in seconds. */
  completed_in: number
  /** Id of the newest Tweet considered, as a number; may lose precision in JavaScript, use `max_id_str`. */
  max_id: number
  /** Id of the newest Tweet considered, as a string (safe to use). */
  max_id_str: string
  /** The lower id bound of the search (0 when none), as a number; may lose precision in JavaScript, use `since_id_str`. */
  since_id: number
  /** The lower id bound of the search as a string (safe to use). */
  since_id_str: string
  /** Query string (starting with "?") for the next, older page; absent on the last page. */
  next_results?: string
  /** Query string (starting with "?") that returns Tweets newer than this page. */
  refresh_url: string
}
