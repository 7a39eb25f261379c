// generated from spec/v2/models/trends.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { Problem } from './errors.js'

/** What `getPersonalizedTrends` resolves to: X's response envelope. */
export interface GetPersonalizedTrendsResponse {
  data?: PersonalizedTrend[]
  errors?: Problem[]
}

/** What `getTrends` resolves to: X's response envelope. */
export interface GetTrendsResponse<F extends string = never> {
  data?: Selected<Trend, F>[]
  errors?: Problem[]
}

/** A trend picked for the authenticated user, with its category, how many tweets it has and how long it has trended. */
export interface PersonalizedTrend {
  category?: string
  post_count?: string
  trend_name?: string
  trending_since?: string
}

/** A trend in a place, with its name and how many tweets it has. */
export interface Trend {
  trend_name?: string
  tweet_count?: number
}
