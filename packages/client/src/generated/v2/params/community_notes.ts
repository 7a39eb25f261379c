// generated from spec/v2/community_notes.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { CreateCommunityNoteRequest, EvaluateCommunityNoteRequest } from '../models/community_notes.js'
import type { MediaField, NoteField, PlaceField, PollField, TweetExpansion, TweetField, UserField } from '../parameters.js'

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
export interface SearchTweetsEligibleForNotesParams {
  /** Must be true for now; X only serves the test set of tweets. */
  readonly test_mode: boolean
  /**
   * The most tweets to return per page, 1 to 100 (10 when left out).
   * @defaultValue 10
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you. */
  readonly pagination_token?: string
  /** Which selection of eligible tweets to draw from (X's document gives no values for it). */
  readonly post_selection?: string
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields'?: readonly TweetField[]
  /** Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on. */
  readonly expansions?: readonly TweetExpansion[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserField[]
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaField[]
  /** Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`. */
  readonly 'poll.fields'?: readonly PollField[]
  /** Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`. */
  readonly 'place.fields'?: readonly PlaceField[]
  /** Marks `searchTweetsEligibleForNotes` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `SearchTweetsEligibleForNotesParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface SearchTweetsEligibleForNotesFieldsParams<F extends TweetField> extends SearchTweetsEligibleForNotesParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `searchWrittenCommunityNotes` (X operation `searchCommunityNotesWritten`). */
export interface SearchWrittenCommunityNotesParams {
  /** Must be true for now; only test notes can be listed. */
  readonly test_mode: boolean
  /**
   * The most notes to return per page, 1 to 100 (10 when left out).
   * @defaultValue 10
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you. */
  readonly pagination_token?: string
  /** Community Note fields to return beyond the defaults (id), given as an array. */
  readonly 'note.fields'?: readonly NoteField[]
  /** Marks `searchWrittenCommunityNotes` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `SearchWrittenCommunityNotesParams` of a call that names its `note.fields`: `F` is the fields named, which the response marks present. */
export interface SearchWrittenCommunityNotesFieldsParams<F extends NoteField> extends SearchWrittenCommunityNotesParams {
  /** Community Note fields to return beyond the defaults (id), given as an array. */
  readonly 'note.fields': readonly F[]
}
