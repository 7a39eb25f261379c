// generated from spec/v2/models/compliance.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { Problem } from './errors.js'

/** A batch compliance job: its type (tweets or users), status, and the upload and download URLs with the moments they expire. */
export interface ComplianceJob {
  created_at?: string
  download_expires_at?: string
  download_url?: string
  id?: string
  name?: string
  resumable?: boolean
  status?: string
  type?: string
  upload_expires_at?: string
  upload_url?: string
}

/** The JSON body of `createComplianceJob`; its fields sit beside the other parameters in the one params object. */
export interface CreateComplianceJobRequest {
  name?: string
  resumable?: boolean
  type: 'tweets' | 'users'
}

/** What `createComplianceJob` resolves to: X's response envelope. */
export interface CreateComplianceJobResponse<F extends string = never> {
  data?: Selected<ComplianceJob, F>
  errors?: Problem[]
}

/** What `getComplianceJob` resolves to: X's response envelope. */
export interface GetComplianceJobResponse<F extends string = never> extends CreateComplianceJobResponse<F> {
}

/** What `getComplianceJobs` resolves to: X's response envelope. */
export interface GetComplianceJobsResponse<F extends string = never> {
  data?: Selected<ComplianceJob, F>[]
  errors?: Problem[]
  meta?: GetComplianceJobsResponseMeta
}

/** The `meta` field of `GetComplianceJobsResponse` (part of `getComplianceJobs`). */
export interface GetComplianceJobsResponseMeta {
  result_count?: number
}
