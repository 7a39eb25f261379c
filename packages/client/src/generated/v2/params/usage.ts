// generated from spec/v2/usage.yaml by @twython/generator: do not edit

import type { UsageField } from '../parameters.js'
import type { UsageFieldsParam } from './shared.js'

/** Parameters of `getUsage` (X operation `getUsage`). */
export interface GetUsageParams extends UsageFieldsParam {
  /**
   * How many past days of usage to return, 1 to 90 (7 when left out).
   * @defaultValue 7
   * Between 1 and 90.
   */
  readonly days?: number
}

/** `GetUsageParams` of a call that names its `usage.fields`: `F` is the fields named, which the response marks present. */
export interface GetUsageFieldsParams<F extends UsageField> extends GetUsageParams {
  /** Usage fields to return beyond the defaults, given as an array (for example `daily_project_usage`). */
  readonly 'usage.fields': readonly F[]
}
