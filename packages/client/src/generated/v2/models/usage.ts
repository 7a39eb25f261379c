// generated from spec/v2/models/usage.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { Problem } from './errors.js'

/** What `getUsage` resolves to: X's response envelope. */
export interface GetUsageResponse<F extends string = never> {
  data?: Selected<Usage, F>
  errors?: Problem[]
}

/** The project's tweet consumption against its monthly cap, in total, per day and per app. */
export interface Usage {
  cap_reset_day?: number
  daily_client_app_usage?: UsageDailyClientAppUsage
  daily_project_usage?: UsageDailyProjectUsage
  project_cap?: string
  project_id?: string
  project_usage?: string
}

/** Daily tweet consumption of each app of the project. */
export type UsageDailyClientAppUsage = UsageDailyClientAppUsageValueItem[]

/** The daily tweet consumption of one app of the project. */
export interface UsageDailyClientAppUsageValueItem {
  client_app_id?: string | null
  usage?: UsageDailyClientAppUsageValueItemUsageItem[]
  usage_result_count: number
}

/** How many tweets one app read on one day. */
export interface UsageDailyClientAppUsageValueItemUsageItem {
  date: string
  usage?: string | null
}

/** Daily tweet consumption of the whole project. */
export interface UsageDailyProjectUsage {
  project_id?: string | null
  usage?: UsageDailyProjectUsageUsageItem[] | null
}

/** How many tweets the project read on one day. */
export interface UsageDailyProjectUsageUsageItem extends UsageDailyClientAppUsageValueItemUsageItem {
}
