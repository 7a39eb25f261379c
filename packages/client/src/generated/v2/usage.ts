// generated from spec/v2/usage.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2 } from '@twython/runtime/v2/call'
import type { GetUsageResponse } from './models/usage.js'
import type { UsageField } from './parameters.js'
import type { GetUsageFieldsParams, GetUsageParams } from './params/usage.js'

export type { GetUsageFieldsParams, GetUsageParams } from './params/usage.js'

/** How `getUsage` is called: `GET /2/usage/tweets`. */
export const getUsageRoute: Route = { id: 'getUsage', method: 'GET', host: 'v2', path: '/2/usage/tweets', security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'app' }] }

/**
 * Get the project's tweet consumption, per day and per app, against its monthly cap.
 *
 * `GET https://api.x.com/2/usage/tweets` (X operation `getUsage`) · Auth: app-only bearer token.
 *
 * Rate limit: 50 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/usage/get-usage
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.days - How many past days of usage to return, 1 to 90 (7 when left out).
 * @param params.usage.fields - Usage fields to return beyond the defaults, given as an array (for example `daily_project_usage`).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUsageResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUsage(core)
 * ```
 */
export function getUsage<F extends UsageField>(core: BaseCore, params: GetUsageFieldsParams<F>, options?: CallOptions): Promise<GetUsageResponse<F>>

/**
 * Get the project's tweet consumption, per day and per app, against its monthly cap.
 *
 * `GET https://api.x.com/2/usage/tweets` (X operation `getUsage`) · Auth: app-only bearer token.
 *
 * Rate limit: 50 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/usage/get-usage
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.days - How many past days of usage to return, 1 to 90 (7 when left out).
 * @param params.usage.fields - Usage fields to return beyond the defaults, given as an array (for example `daily_project_usage`).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUsageResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUsage(core)
 * ```
 */
export function getUsage(core: BaseCore, params?: GetUsageParams, options?: CallOptions): Promise<GetUsageResponse>
export function getUsage(core: BaseCore, params: GetUsageParams = {}, options?: CallOptions): Promise<GetUsageResponse> {
  return callV2(core, getUsageRoute, params, options)
}
