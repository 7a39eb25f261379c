// generated from spec/v2/news.yaml by @twython/generator: do not edit

import type { NewsField } from '../parameters.js'
import type { NewsFieldsParam } from './shared.js'

/** Parameters of `getNews` (X operation `getNews`). */
export interface GetNewsParams extends NewsFieldsParam {
  /** The id of the news story. */
  readonly id: string
}

/** `GetNewsParams` of a call that names its `news.fields`: `F` is the fields named, which the response marks present. */
export interface GetNewsFieldsParams<F extends NewsField> extends GetNewsParams {
  /** News story fields to return beyond the defaults, given as an array. */
  readonly 'news.fields': readonly F[]
}

/** Parameters of `searchNews` (X operation `searchNews`). */
export interface SearchNewsParams extends NewsFieldsParam {
  /** The words to search the stories for. */
  readonly query: string
  /**
   * The most stories to return, 1 to 100 (10 when left out).
   * @defaultValue 10
   * Between 1 and 100.
   */
  readonly max_results?: number
  /**
   * How far back to look, in hours, 1 to 720 (168, one week, when left out).
   * @defaultValue 168
   * Between 1 and 720.
   */
  readonly max_age_hours?: number
}

/** `SearchNewsParams` of a call that names its `news.fields`: `F` is the fields named, which the response marks present. */
export interface SearchNewsFieldsParams<F extends NewsField> extends SearchNewsParams {
  /** News story fields to return beyond the defaults, given as an array. */
  readonly 'news.fields': readonly F[]
}
