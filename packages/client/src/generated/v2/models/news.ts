// generated from spec/v2/models/news.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { Problem } from './errors.js'

/** What `getNews` resolves to: X's response envelope. */
export interface GetNewsResponse<F extends string = never> {
  data?: Selected<News, F>
  errors?: Problem[]
}

/** A news story X compiles from a trending conversation, with a headline, a summary and the tweets it is built on. */
export interface News {
  category?: string
  cluster_posts_results?: NewsClusterTweetsResults
  contexts?: { [key: string]: unknown }
  disclaimer?: string
  hook?: string
  id?: string
  keywords?: { [key: string]: unknown }
  name?: string
  summary?: string
  updated_at?: string
}

/** The tweets a news story is built on. */
export type NewsClusterTweetsResults = NewsClusterTweetsResultsValueItem[]

/** One tweet a news story is built on, by id. */
export interface NewsClusterTweetsResultsValueItem {
  post_id: string
}

/** What `searchNews` resolves to: X's response envelope. */
export interface SearchNewsResponse<F extends string = never> {
  data?: Selected<News, F>[]
  errors?: Problem[]
  meta?: SearchNewsResponseMeta
}

/** The `meta` field of `SearchNewsResponse` (part of `searchNews`). */
export interface SearchNewsResponseMeta {
  result_count?: number
}
