// generated from spec/v2/community_notes.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { CreateCommunityNoteRequest, EvaluateCommunityNoteRequest } from '../models/community_notes.js'
import type { NoteField, TweetField } from '../parameters.js'
import type { MediaFieldsParam, NoteFieldsParam, PaginationTokenParam, PlaceFieldsParam, PollFieldsParam, TweetExpansionsParam, TweetFieldsParam, UserFieldsParam } from './shared.js'

/** Parameters of `createCommunityNote` (X operation `createCommunityNotes`): the path and query parameters, and the JSON body's fields (`CreateCommunityNoteRequest`). */
export interface CreateCommunityNoteParams extends CreateCommunityNoteRequest {
}

/** Parameters of `deleteCommunityNote` (X operation `deleteCommunityNotes`). */
export interface DeleteCommunityNoteParams {
  /** The id of the note to delete. */
  readonly id: string
}

/** Parameters of `evaluateCommunityNote` (X operation `evaluateCommunityNotes`): the path and query parameters, and the JSON body's fields (`EvaluateCommunityNoteRequest`). */
export interface EvaluateCommunityNoteParams extends EvaluateCommunityNoteRequest {
}

/** Parameters of `searchTweetsEligibleForNotes` (X operation `searchEligiblePosts`). */
export interface SearchTweetsEligibleForNotesParams extends PaginationTokenParam, TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /** Must be true for now; X only serves the test set of tweets. */
  readonly test_mode: boolean
  /**
   * The most tweets to return per page, 1 to 100 (10 when left out).
   * @defaultValue 10
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Which selection of eligible tweets to draw from (X's document gives no values for it). */
  readonly post_selection?: string
  /** Marks `searchTweetsEligibleForNotes` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `SearchTweetsEligibleForNotesParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface SearchTweetsEligibleForNotesFieldsParams<F extends TweetField> extends SearchTweetsEligibleForNotesParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `searchWrittenCommunityNotes` (X operation `searchCommunityNotesWritten`). */
export interface SearchWrittenCommunityNotesParams extends PaginationTokenParam, NoteFieldsParam {
  /** Must be true for now; only test notes can be listed. */
  readonly test_mode: boolean
  /**
   * The most notes to return per page, 1 to 100 (10 when left out).
   * @defaultValue 10
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `searchWrittenCommunityNotes` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `SearchWrittenCommunityNotesParams` of a call that names its `note.fields`: `F` is the fields named, which the response marks present. */
export interface SearchWrittenCommunityNotesFieldsParams<F extends NoteField> extends SearchWrittenCommunityNotesParams {
  /** Community Note fields to return beyond the defaults (id), given as an array. */
  readonly 'note.fields': readonly F[]
}
