// generated from spec/v2/community_notes.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { CreateCommunityNoteResponse, DeleteCommunityNoteResponse, EvaluateCommunityNoteResponse, SearchTweetsEligibleForNotesResponse, SearchWrittenCommunityNotesResponse } from './models/community_notes.js'
import type { NoteField, TweetField } from './parameters.js'
import type { CreateCommunityNoteParams, DeleteCommunityNoteParams, EvaluateCommunityNoteParams, SearchTweetsEligibleForNotesFieldsParams, SearchTweetsEligibleForNotesParams, SearchWrittenCommunityNotesFieldsParams, SearchWrittenCommunityNotesParams } from './params/community_notes.js'

export type { CreateCommunityNoteParams, DeleteCommunityNoteParams, EvaluateCommunityNoteParams, SearchTweetsEligibleForNotesFieldsParams, SearchTweetsEligibleForNotesParams, SearchWrittenCommunityNotesFieldsParams, SearchWrittenCommunityNotesParams } from './params/community_notes.js'

/** How `createCommunityNote` is called: `POST /2/notes`. */
export const createCommunityNoteRoute: Route = { id: 'createCommunityNotes', method: 'POST', host: 'v2', path: '/2/notes', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['tweet.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 90, per: 'user' }, { windowSeconds: 86400, limit: 250, per: 'user' }] }

/**
 * Submit a Community Note on a tweet, as the authenticated user.
 *
 * For now X only accepts test notes (`test_mode` true in the body), which are not shown publicly.
 *
 * `POST https://api.x.com/2/notes` (X operation `createCommunityNotes`) · Auth: OAuth 2.0 user token (scopes `tweet.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 90 per user every 15 minutes; 250 per user every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/community-notes/create-a-community-note
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.info - (required) Body field `info` of `CreateCommunityNoteRequest`.
 * @param params.post_id - (required) Body field `post_id` of `CreateCommunityNoteRequest`.
 * @param params.test_mode - (required) Body field `test_mode` of `CreateCommunityNoteRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateCommunityNoteResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createCommunityNote(core, { info: 'example', post_id: '20', test_mode: true })
 * ```
 */
export function createCommunityNote(core: BaseCore, params: CreateCommunityNoteParams, options?: CallOptions): Promise<CreateCommunityNoteResponse> {
  return callV2(core, createCommunityNoteRoute, params, options, v2Json)
}

/** How `deleteCommunityNote` is called: `DELETE /2/notes/{id}`. */
export const deleteCommunityNoteRoute: Route = { id: 'deleteCommunityNotes', method: 'DELETE', host: 'v2', path: '/2/notes/{id}', security: [{ scheme: 'oauth2_user', scopes: ['tweet.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 90, per: 'user' }] }

/**
 * Delete a Community Note the authenticated user wrote.
 *
 * `DELETE https://api.x.com/2/notes/{id}` (X operation `deleteCommunityNotes`) · Auth: OAuth 2.0 user token (scopes `tweet.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 90 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/community-notes/delete-a-community-note
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the note to delete.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`DeleteCommunityNoteResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await deleteCommunityNote(core, { id: '20' })
 * ```
 */
export function deleteCommunityNote(core: BaseCore, params: DeleteCommunityNoteParams, options?: CallOptions): Promise<DeleteCommunityNoteResponse> {
  return callV2(core, deleteCommunityNoteRoute, params, options)
}

/** How `evaluateCommunityNote` is called: `POST /2/notes/evaluate`. */
export const evaluateCommunityNoteRoute: Route = { id: 'evaluateCommunityNotes', method: 'POST', host: 'v2', path: '/2/notes/evaluate', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['tweet.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 90, per: 'user' }] }

/**
 * Have a draft Community Note scored before submitting it.
 *
 * `POST https://api.x.com/2/notes/evaluate` (X operation `evaluateCommunityNotes`) · Auth: OAuth 2.0 user token (scopes `tweet.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 90 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/community-notes/evaluate-community-notes
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.note_text - (required) Body field `note_text` of `EvaluateCommunityNoteRequest`.
 * @param params.post_id - (required) Body field `post_id` of `EvaluateCommunityNoteRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`EvaluateCommunityNoteResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await evaluateCommunityNote(core, { note_text: 'example', post_id: '20' })
 * ```
 */
export function evaluateCommunityNote(core: BaseCore, params: EvaluateCommunityNoteParams, options?: CallOptions): Promise<EvaluateCommunityNoteResponse> {
  return callV2(core, evaluateCommunityNoteRoute, params, options, v2Json)
}

/** How `searchTweetsEligibleForNotes` is called: `GET /2/notes/search/posts_eligible_for_notes`. */
export const searchTweetsEligibleForNotesRoute: Route = { id: 'searchEligiblePosts', method: 'GET', host: 'v2', path: '/2/notes/search/posts_eligible_for_notes', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 90, per: 'user' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Find tweets that Community Notes contributors have asked a note for and that this writer may annotate.
 *
 * `GET https://api.x.com/2/notes/search/posts_eligible_for_notes` (X operation `searchEligiblePosts`) · Auth: OAuth 2.0 user token (scopes `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 90 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.searchTweetsEligibleForNotes, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/community-notes/search-for-posts-eligible-for-community-notes
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.test_mode - (required) Must be true for now; X only serves the test set of tweets.
 * @param params.max_results - The most tweets to return per page, 1 to 100 (10 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.post_selection - Which selection of eligible tweets to draw from (X's document gives no values for it).
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchTweetsEligibleForNotesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchTweetsEligibleForNotes(core, { test_mode: true })
 * ```
 */
export function searchTweetsEligibleForNotes<F extends TweetField>(core: BaseCore, params: SearchTweetsEligibleForNotesFieldsParams<F>, options?: CallOptions): Promise<SearchTweetsEligibleForNotesResponse<F>>

/**
 * Find tweets that Community Notes contributors have asked a note for and that this writer may annotate.
 *
 * `GET https://api.x.com/2/notes/search/posts_eligible_for_notes` (X operation `searchEligiblePosts`) · Auth: OAuth 2.0 user token (scopes `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 90 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.searchTweetsEligibleForNotes, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/community-notes/search-for-posts-eligible-for-community-notes
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.test_mode - (required) Must be true for now; X only serves the test set of tweets.
 * @param params.max_results - The most tweets to return per page, 1 to 100 (10 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.post_selection - Which selection of eligible tweets to draw from (X's document gives no values for it).
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchTweetsEligibleForNotesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchTweetsEligibleForNotes(core, { test_mode: true })
 * ```
 */
export function searchTweetsEligibleForNotes(core: BaseCore, params: SearchTweetsEligibleForNotesParams, options?: CallOptions): Promise<SearchTweetsEligibleForNotesResponse>
export function searchTweetsEligibleForNotes(core: BaseCore, params: SearchTweetsEligibleForNotesParams, options?: CallOptions): Promise<SearchTweetsEligibleForNotesResponse> {
  return callV2(core, searchTweetsEligibleForNotesRoute, params, options)
}

/** How `searchWrittenCommunityNotes` is called: `GET /2/notes/search/notes_written`. */
export const searchWrittenCommunityNotesRoute: Route = { id: 'searchCommunityNotesWritten', method: 'GET', host: 'v2', path: '/2/notes/search/notes_written', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 90, per: 'user' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the Community Notes the authenticated user has written.
 *
 * `GET https://api.x.com/2/notes/search/notes_written` (X operation `searchCommunityNotesWritten`) · Auth: OAuth 2.0 user token (scopes `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 90 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.searchWrittenCommunityNotes, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/community-notes/search-for-community-notes-written
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.test_mode - (required) Must be true for now; only test notes can be listed.
 * @param params.max_results - The most notes to return per page, 1 to 100 (10 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.note.fields - Community Note fields to return beyond the defaults (id), given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchWrittenCommunityNotesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchWrittenCommunityNotes(core, { test_mode: true })
 * ```
 */
export function searchWrittenCommunityNotes<F extends NoteField>(core: BaseCore, params: SearchWrittenCommunityNotesFieldsParams<F>, options?: CallOptions): Promise<SearchWrittenCommunityNotesResponse<F>>

/**
 * List the Community Notes the authenticated user has written.
 *
 * `GET https://api.x.com/2/notes/search/notes_written` (X operation `searchCommunityNotesWritten`) · Auth: OAuth 2.0 user token (scopes `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 90 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.searchWrittenCommunityNotes, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/community-notes/search-for-community-notes-written
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.test_mode - (required) Must be true for now; only test notes can be listed.
 * @param params.max_results - The most notes to return per page, 1 to 100 (10 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.note.fields - Community Note fields to return beyond the defaults (id), given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchWrittenCommunityNotesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchWrittenCommunityNotes(core, { test_mode: true })
 * ```
 */
export function searchWrittenCommunityNotes(core: BaseCore, params: SearchWrittenCommunityNotesParams, options?: CallOptions): Promise<SearchWrittenCommunityNotesResponse>
export function searchWrittenCommunityNotes(core: BaseCore, params: SearchWrittenCommunityNotesParams, options?: CallOptions): Promise<SearchWrittenCommunityNotesResponse> {
  return callV2(core, searchWrittenCommunityNotesRoute, params, options)
}
