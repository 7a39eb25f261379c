// generated from spec/v2/models/community_notes.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { Problem } from './errors.js'
import type { Expansions, Tweet } from './tweets.js'

/** The `info` field of `CreateCommunityNoteRequest` (part of `createCommunityNote`). */
export interface CreateCommunityNoteInfo {
  classification: 'misinformed_or_potentially_misleading' | 'not_misleading'
  is_media_note?: boolean
  misleading_tags: ('disputed_claim_as_fact' | 'factual_error' | 'manipulated_media' | 'misinterpreted_satire' | 'missing_important_context' | 'other' | 'outdated_information')[]
  text: string
  trustworthy_sources: boolean
}

/** The JSON body of `createCommunityNote`; its fields sit beside the other parameters in the one params object. */
export interface CreateCommunityNoteRequest {
  info: CreateCommunityNoteInfo
  post_id: string
  test_mode: boolean
}

/** What `createCommunityNote` resolves to: X's response envelope. */
export interface CreateCommunityNoteResponse {
  data?: CreateCommunityNoteResponseData
  errors?: Problem[]
}

/** The `data` field of `CreateCommunityNoteResponse` (part of `createCommunityNote`). */
export interface CreateCommunityNoteResponseData {
  id: string
}

/** What `deleteCommunityNote` resolves to: X's response envelope. */
export interface DeleteCommunityNoteResponse {
  data?: DeleteCommunityNoteResponseData
  errors?: Problem[]
}

/** The `data` field of `DeleteCommunityNoteResponse` (part of `deleteCommunityNote`). */
export interface DeleteCommunityNoteResponseData {
  deleted: boolean
}

/** The JSON body of `evaluateCommunityNote`; its fields sit beside the other parameters in the one params object. */
export interface EvaluateCommunityNoteRequest {
  note_text: string
  post_id: string
}

/** What `evaluateCommunityNote` resolves to: X's response envelope. */
export interface EvaluateCommunityNoteResponse {
  data?: EvaluateCommunityNoteResponseData
  errors?: Problem[]
}

/** The `data` field of `EvaluateCommunityNoteResponse` (part of `evaluateCommunityNote`). */
export interface EvaluateCommunityNoteResponseData {
  claim_opinion_score?: number
}

/** A Community Note the authenticated user wrote, with its content, status and, for test notes, how it was evaluated. */
export interface Note {
  id?: string
  info?: NoteInfo
  scoring_status?: NoteScoringStatus
  status?: string
  test_result?: NoteTestResult
}

/** What a note says and about which tweet, how it classifies the tweet, and whether it cites trustworthy sources. */
export interface NoteInfo {
  classification?: string | null
  misleading_tags?: string[] | null
  post_id?: string | null
  rating_status?: string | null
  text?: string | null
  trustworthy_sources?: boolean | null
}

/** How raters have scored a note so far, broken down by scoring model. */
export interface NoteScoringStatus {
  has_access?: boolean | null
  rating_counts_per_model?: NoteScoringStatusRatingCountsPerModelItem[] | null
}

/** The rating counts of one scoring model. */
export interface NoteScoringStatusRatingCountsPerModelItem {
  model_name?: string | null
  value?: NoteScoringStatusRatingCountsPerModelItemValue | null
}

/** A model's rating counts from raters whose factor is negative, neutral or positive. */
export interface NoteScoringStatusRatingCountsPerModelItemValue {
  negative_factor_bucket_counts?: NoteScoringStatusRatingCountsPerModelItemValueNegativeFactorBucketCounts | null
  neutral_factor_bucket_counts?: NoteScoringStatusRatingCountsPerModelItemValueNeutralFactorBucketCounts | null
  positive_factor_bucket_counts?: NoteScoringStatusRatingCountsPerModelItemValuePositiveFactorBucketCounts | null
}

/** Helpful, somewhat helpful and not helpful ratings, with their tags, from raters with a negative factor. */
export interface NoteScoringStatusRatingCountsPerModelItemValueNegativeFactorBucketCounts {
  helpful_count?: number | null
  helpful_tag_counts?: NoteScoringStatusRatingCountsPerModelItemValueNegativeFactorBucketCountsHelpfulTagCountsItem[] | null
  not_helpful_count?: number | null
  not_helpful_tag_counts?: NoteScoringStatusRatingCountsPerModelItemValueNegativeFactorBucketCountsNotHelpfulTagCountsItem[] | null
  somewhat_helpful_count?: number | null
}

/** How often one reason tag was given with a helpful rating. */
export interface NoteScoringStatusRatingCountsPerModelItemValueNegativeFactorBucketCountsHelpfulTagCountsItem {
  tag_count?: number | null
  tag_name?: string | null
}

/** How often one reason tag was given with a not-helpful rating. */
export interface NoteScoringStatusRatingCountsPerModelItemValueNegativeFactorBucketCountsNotHelpfulTagCountsItem extends NoteScoringStatusRatingCountsPerModelItemValueNegativeFactorBucketCountsHelpfulTagCountsItem {
}

/** Helpful, somewhat helpful and not helpful ratings, with their tags, from raters with a neutral factor. */
export interface NoteScoringStatusRatingCountsPerModelItemValueNeutralFactorBucketCounts extends NoteScoringStatusRatingCountsPerModelItemValueNegativeFactorBucketCounts {
}

/** How often one reason tag was given with a helpful rating. */
export interface NoteScoringStatusRatingCountsPerModelItemValueNeutralFactorBucketCountsHelpfulTagCountsItem extends NoteScoringStatusRatingCountsPerModelItemValueNegativeFactorBucketCountsHelpfulTagCountsItem {
}

/** How often one reason tag was given with a not-helpful rating. */
export interface NoteScoringStatusRatingCountsPerModelItemValueNeutralFactorBucketCountsNotHelpfulTagCountsItem extends NoteScoringStatusRatingCountsPerModelItemValueNegativeFactorBucketCountsHelpfulTagCountsItem {
}

/** Helpful, somewhat helpful and not helpful ratings, with their tags, from raters with a positive factor. */
export interface NoteScoringStatusRatingCountsPerModelItemValuePositiveFactorBucketCounts extends NoteScoringStatusRatingCountsPerModelItemValueNegativeFactorBucketCounts {
}

/** How often one reason tag was given with a helpful rating. */
export interface NoteScoringStatusRatingCountsPerModelItemValuePositiveFactorBucketCountsHelpfulTagCountsItem extends NoteScoringStatusRatingCountsPerModelItemValueNegativeFactorBucketCountsHelpfulTagCountsItem {
}

/** How often one reason tag was given with a not-helpful rating. */
export interface NoteScoringStatusRatingCountsPerModelItemValuePositiveFactorBucketCountsNotHelpfulTagCountsItem extends NoteScoringStatusRatingCountsPerModelItemValueNegativeFactorBucketCountsHelpfulTagCountsItem {
}

/** How X's automatic evaluators scored a test note. */
export interface NoteTestResult {
  evaluation_outcome?: NoteTestResultEvaluationOutcomeItem[] | null
}

/** The score bucket one evaluator gave a note. */
export interface NoteTestResultEvaluationOutcomeItem {
  evaluator_score_bucket: string
  evaluator_type: string
}

/** What `searchTweetsEligibleForNotes` resolves to: X's response envelope. */
export interface SearchTweetsEligibleForNotesResponse<F extends string = never> {
  data?: Selected<Tweet, F | 'id' | 'text' | 'edit_history_post_ids'>[]
  errors?: Problem[]
  includes?: Expansions
  meta?: SearchTweetsEligibleForNotesResponseMeta
}

/** The `meta` field of `SearchTweetsEligibleForNotesResponse` (part of `searchTweetsEligibleForNotes`). */
export interface SearchTweetsEligibleForNotesResponseMeta {
  next_token?: string
  result_count?: number
}

/** What `searchWrittenCommunityNotes` resolves to: X's response envelope. */
export interface SearchWrittenCommunityNotesResponse<F extends string = never> {
  data?: Selected<Note, F>[]
  errors?: Problem[]
  meta?: SearchWrittenCommunityNotesResponseMeta
}

/** The `meta` field of `SearchWrittenCommunityNotesResponse` (part of `searchWrittenCommunityNotes`). */
export interface SearchWrittenCommunityNotesResponseMeta extends SearchTweetsEligibleForNotesResponseMeta {
}
