// generated from spec/v2/compliance.yaml by @twython/generator: do not edit

import type { CreateComplianceJobRequest } from '../models/compliance.js'
import type { ComplianceJobField } from '../parameters.js'
import type { ComplianceJobFieldsParam } from './shared.js'

/** Parameters of `createComplianceJob` (X operation `createComplianceJobs`): the path and query parameters, and the JSON body's fields (`CreateComplianceJobRequest`). */
export interface CreateComplianceJobParams extends CreateComplianceJobRequest, ComplianceJobFieldsParam {
}

/** `CreateComplianceJobParams` of a call that names its `compliance_job.fields`: `F` is the fields named, which the response marks present. */
export interface CreateComplianceJobFieldsParams<F extends ComplianceJobField> extends CreateComplianceJobParams {
  /** Compliance job fields to return beyond the defaults, given as an array. */
  readonly 'compliance_job.fields': readonly F[]
}

/** Parameters of `getComplianceJob` (X operation `getComplianceJobsById`). */
export interface GetComplianceJobParams extends ComplianceJobFieldsParam {
  /** The id of the compliance job. */
  readonly id: string
}

/** `GetComplianceJobParams` of a call that names its `compliance_job.fields`: `F` is the fields named, which the response marks present. */
export interface GetComplianceJobFieldsParams<F extends ComplianceJobField> extends GetComplianceJobParams {
  /** Compliance job fields to return beyond the defaults, given as an array. */
  readonly 'compliance_job.fields': readonly F[]
}

/** Parameters of `getComplianceJobs` (X operation `getComplianceJobs`). */
export interface GetComplianceJobsParams extends ComplianceJobFieldsParam {
  /** The kind of jobs to list, `tweets` or `users`. */
  readonly type: 'tweets' | 'users'
  /** Only list jobs in this status, `created`, `in_progress`, `failed` or `complete`. */
  readonly status?: 'created' | 'in_progress' | 'failed' | 'complete'
}

/** `GetComplianceJobsParams` of a call that names its `compliance_job.fields`: `F` is the fields named, which the response marks present. */
export interface GetComplianceJobsFieldsParams<F extends ComplianceJobField> extends GetComplianceJobsParams {
  /** Compliance job fields to return beyond the defaults, given as an array. */
  readonly 'compliance_job.fields': readonly F[]
}
