// generated from spec/v2/compliance.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { CreateComplianceJobResponse, GetComplianceJobResponse, GetComplianceJobsResponse } from './models/compliance.js'
import type { ComplianceJobField } from './parameters.js'
import type { CreateComplianceJobFieldsParams, CreateComplianceJobParams, GetComplianceJobFieldsParams, GetComplianceJobParams, GetComplianceJobsFieldsParams, GetComplianceJobsParams } from './params/compliance.js'

export type { CreateComplianceJobFieldsParams, CreateComplianceJobParams, GetComplianceJobFieldsParams, GetComplianceJobParams, GetComplianceJobsFieldsParams, GetComplianceJobsParams } from './params/compliance.js'

/** How `createComplianceJob` is called: `POST /2/compliance/jobs`. */
export const createComplianceJobRoute: Route = { id: 'createComplianceJobs', method: 'POST', host: 'v2', path: '/2/compliance/jobs', query: ['compliance_job.fields'], encoding: 'json', security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 150, per: 'app' }] }

/**
 * Create a batch compliance job for tweet ids or user ids.
 *
 * The answer gives an `upload_url` to PUT the ids to (one per line) and, once the job is complete, a `download_url` for the results. Both URLs expire.
 *
 * `POST https://api.x.com/2/compliance/jobs` (X operation `createComplianceJobs`) · Auth: app-only bearer token.
 *
 * Rate limit: 150 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/compliance/create-compliance-job
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.compliance_job.fields - Compliance job fields to return beyond the defaults, given as an array.
 * @param params.name - Body field `name` of `CreateComplianceJobRequest`.
 * @param params.resumable - Body field `resumable` of `CreateComplianceJobRequest`.
 * @param params.type - (required) Body field `type` of `CreateComplianceJobRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateComplianceJobResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createComplianceJob(core, { type: 'tweets' })
 * ```
 */
export function createComplianceJob<F extends ComplianceJobField>(core: BaseCore, params: CreateComplianceJobFieldsParams<F>, options?: CallOptions): Promise<CreateComplianceJobResponse<F>>

/**
 * Create a batch compliance job for tweet ids or user ids.
 *
 * The answer gives an `upload_url` to PUT the ids to (one per line) and, once the job is complete, a `download_url` for the results. Both URLs expire.
 *
 * `POST https://api.x.com/2/compliance/jobs` (X operation `createComplianceJobs`) · Auth: app-only bearer token.
 *
 * Rate limit: 150 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/compliance/create-compliance-job
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.compliance_job.fields - Compliance job fields to return beyond the defaults, given as an array.
 * @param params.name - Body field `name` of `CreateComplianceJobRequest`.
 * @param params.resumable - Body field `resumable` of `CreateComplianceJobRequest`.
 * @param params.type - (required) Body field `type` of `CreateComplianceJobRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateComplianceJobResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createComplianceJob(core, { type: 'tweets' })
 * ```
 */
export function createComplianceJob(core: BaseCore, params: CreateComplianceJobParams, options?: CallOptions): Promise<CreateComplianceJobResponse>
export function createComplianceJob(core: BaseCore, params: CreateComplianceJobParams, options?: CallOptions): Promise<CreateComplianceJobResponse> {
  return callV2(core, createComplianceJobRoute, params, options, v2Json)
}

/** How `getComplianceJob` is called: `GET /2/compliance/jobs/{id}`. */
export const getComplianceJobRoute: Route = { id: 'getComplianceJobsById', method: 'GET', host: 'v2', path: '/2/compliance/jobs/{id}', security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 150, per: 'app' }] }

/**
 * Look up one compliance job by its id, to follow its status and get its download URL.
 *
 * `GET https://api.x.com/2/compliance/jobs/{id}` (X operation `getComplianceJobsById`) · Auth: app-only bearer token.
 *
 * Rate limit: 150 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/compliance/get-compliance-job-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the compliance job.
 * @param params.compliance_job.fields - Compliance job fields to return beyond the defaults, given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetComplianceJobResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getComplianceJob(core, { id: '20' })
 * ```
 */
export function getComplianceJob<F extends ComplianceJobField>(core: BaseCore, params: GetComplianceJobFieldsParams<F>, options?: CallOptions): Promise<GetComplianceJobResponse<F>>

/**
 * Look up one compliance job by its id, to follow its status and get its download URL.
 *
 * `GET https://api.x.com/2/compliance/jobs/{id}` (X operation `getComplianceJobsById`) · Auth: app-only bearer token.
 *
 * Rate limit: 150 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/compliance/get-compliance-job-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the compliance job.
 * @param params.compliance_job.fields - Compliance job fields to return beyond the defaults, given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetComplianceJobResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getComplianceJob(core, { id: '20' })
 * ```
 */
export function getComplianceJob(core: BaseCore, params: GetComplianceJobParams, options?: CallOptions): Promise<GetComplianceJobResponse>
export function getComplianceJob(core: BaseCore, params: GetComplianceJobParams, options?: CallOptions): Promise<GetComplianceJobResponse> {
  return callV2(core, getComplianceJobRoute, params, options)
}

/** How `getComplianceJobs` is called: `GET /2/compliance/jobs`. */
export const getComplianceJobsRoute: Route = { id: 'getComplianceJobs', method: 'GET', host: 'v2', path: '/2/compliance/jobs', security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 150, per: 'app' }] }

/**
 * List the app's compliance jobs of one type, optionally only those in one status.
 *
 * `GET https://api.x.com/2/compliance/jobs` (X operation `getComplianceJobs`) · Auth: app-only bearer token.
 *
 * Rate limit: 150 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/compliance/get-compliance-jobs
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.type - (required) The kind of jobs to list, `tweets` or `users`.
 * @param params.status - Only list jobs in this status, `created`, `in_progress`, `failed` or `complete`.
 * @param params.compliance_job.fields - Compliance job fields to return beyond the defaults, given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetComplianceJobsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getComplianceJobs(core, { type: 'tweets' })
 * ```
 */
export function getComplianceJobs<F extends ComplianceJobField>(core: BaseCore, params: GetComplianceJobsFieldsParams<F>, options?: CallOptions): Promise<GetComplianceJobsResponse<F>>

/**
 * List the app's compliance jobs of one type, optionally only those in one status.
 *
 * `GET https://api.x.com/2/compliance/jobs` (X operation `getComplianceJobs`) · Auth: app-only bearer token.
 *
 * Rate limit: 150 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/compliance/get-compliance-jobs
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.type - (required) The kind of jobs to list, `tweets` or `users`.
 * @param params.status - Only list jobs in this status, `created`, `in_progress`, `failed` or `complete`.
 * @param params.compliance_job.fields - Compliance job fields to return beyond the defaults, given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetComplianceJobsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getComplianceJobs(core, { type: 'tweets' })
 * ```
 */
export function getComplianceJobs(core: BaseCore, params: GetComplianceJobsParams, options?: CallOptions): Promise<GetComplianceJobsResponse>
export function getComplianceJobs(core: BaseCore, params: GetComplianceJobsParams, options?: CallOptions): Promise<GetComplianceJobsResponse> {
  return callV2(core, getComplianceJobsRoute, params, options)
}
