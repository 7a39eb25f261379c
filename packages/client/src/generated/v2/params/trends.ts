// generated from spec/v2/trends.yaml by @twython/generator: do not edit

import type { TrendField } from '../parameters.js'
import type { PersonalizedTrendFieldsParam, TrendFieldsParam } from './shared.js'

/** Parameters of `getPersonalizedTrends` (X operation `getTrendsPersonalizedTrends`). */
export interface GetPersonalizedTrendsParams extends PersonalizedTrendFieldsParam {
}

/** Parameters of `getTrends` (X operation `getTrendsByWoeid`). */
export interface GetTrendsParams extends TrendFieldsParam {
  /** The Yahoo! Where On Earth ID of the place, such as 1 for the whole world or 23424977 for the United States. */
  readonly woeid: number
  /**
   * The most trends to return, 1 to 50 (20 when left out).
   * @defaultValue 20
   * Between 1 and 50.
   */
  readonly max_trends?: number
}

/** `GetTrendsParams` of a call that names its `trend.fields`: `F` is the fields named, which the response marks present. */
export interface GetTrendsFieldsParams<F extends TrendField> extends GetTrendsParams {
  /** Trend fields to return, given as an array (`trend_name`, `tweet_count`). */
  readonly 'trend.fields': readonly F[]
}
