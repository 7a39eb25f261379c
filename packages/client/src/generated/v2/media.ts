// generated from spec/v2/media.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { AppendMediaUploadResponse, CreateMediaMetadataResponse, CreateMediaSubtitlesResponse, DeleteMediaSubtitlesResponse, FinalizeMediaUploadResponse, GetMediaAnalyticsResponse, GetMediaByKeysResponse, GetMediaResponse, GetMediaUploadStatusResponse, InitializeMediaUploadResponse, UploadMediaSimpleResponse } from './models/media.js'
import type { MediaField } from './parameters.js'
import type { AppendMediaUploadParams, CreateMediaMetadataParams, CreateMediaSubtitlesParams, DeleteMediaSubtitlesParams, FinalizeMediaUploadParams, GetMediaAnalyticsParams, GetMediaByKeysFieldsParams, GetMediaByKeysParams, GetMediaFieldsParams, GetMediaParams, GetMediaUploadStatusParams, InitializeMediaUploadParams, UploadMediaSimpleParams } from './params/media.js'

export type { AppendMediaUploadParams, CreateMediaMetadataParams, CreateMediaSubtitlesParams, DeleteMediaSubtitlesParams, FinalizeMediaUploadParams, GetMediaAnalyticsParams, GetMediaByKeysFieldsParams, GetMediaByKeysParams, GetMediaFieldsParams, GetMediaParams, GetMediaUploadStatusParams, InitializeMediaUploadParams, UploadMediaSimpleParams } from './params/media.js'

/** How `appendMediaUpload` is called: `POST /2/media/upload/{id}/append`. */
export const appendMediaUploadRoute: Route = { id: 'appendMediaUpload', method: 'POST', host: 'v2', path: '/2/media/upload/{id}/append', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['media.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 1875, per: 'user' }, { windowSeconds: 86400, limit: 180000, per: 'app' }] }

/**
 * Send one chunk of a media file in a chunked upload started with initializeMediaUpload.
 *
 * Chunks are numbered from 0 by `segment_index` in the body; send them all, then call finalizeMediaUpload.
 *
 * `POST https://api.x.com/2/media/upload/{id}/append` (X operation `appendMediaUpload`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 1875 per user every 15 minutes; 180000 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/media/append-media-upload
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The media id returned by initializeMediaUpload.
 * @param params.media - (required) Body field `media` of `AppendMediaUploadRequest`.
 * @param params.segment_index - (required) Body field `segment_index` of `AppendMediaUploadRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`AppendMediaUploadResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await appendMediaUpload(core, { id: '20', media: 'example', segment_index: 10 })
 * ```
 */
export function appendMediaUpload(core: BaseCore, params: AppendMediaUploadParams, options?: CallOptions): Promise<AppendMediaUploadResponse> {
  return callV2(core, appendMediaUploadRoute, params, options, v2Json)
}

/** How `createMediaMetadata` is called: `POST /2/media/metadata`. */
export const createMediaMetadataRoute: Route = { id: 'createMediaMetadata', method: 'POST', host: 'v2', path: '/2/media/metadata', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['media.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 500, per: 'user' }, { windowSeconds: 86400, limit: 50000, per: 'app' }] }

/**
 * Add metadata, such as alt text, to an uploaded media file.
 *
 * Alt text helps people who use screen readers; set it before the media is attached to a tweet.
 *
 * `POST https://api.x.com/2/media/metadata` (X operation `createMediaMetadata`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 500 per user every 15 minutes; 50000 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/media/create-media-metadata
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) Body field `id` of `CreateMediaMetadataRequest`.
 * @param params.metadata - Body field `metadata` of `CreateMediaMetadataRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateMediaMetadataResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createMediaMetadata(core, { id: '20' })
 * ```
 */
export function createMediaMetadata(core: BaseCore, params: CreateMediaMetadataParams, options?: CallOptions): Promise<CreateMediaMetadataResponse> {
  return callV2(core, createMediaMetadataRoute, params, options, v2Json)
}

/** How `createMediaSubtitles` is called: `POST /2/media/subtitles`. */
export const createMediaSubtitlesRoute: Route = { id: 'createMediaSubtitles', method: 'POST', host: 'v2', path: '/2/media/subtitles', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['media.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 100, per: 'user' }, { windowSeconds: 86400, limit: 10000, per: 'app' }] }

/**
 * Attach a subtitle file to an uploaded video.
 *
 * `POST https://api.x.com/2/media/subtitles` (X operation `createMediaSubtitles`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 100 per user every 15 minutes; 10000 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/media/create-media-subtitles
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - Body field `id` of `CreateMediaSubtitlesRequest`.
 * @param params.media_category - Body field `media_category` of `CreateMediaSubtitlesRequest`.
 * @param params.subtitles - Body field `subtitles` of `CreateMediaSubtitlesRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateMediaSubtitlesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createMediaSubtitles(core)
 * ```
 */
export function createMediaSubtitles(core: BaseCore, params: CreateMediaSubtitlesParams = {}, options?: CallOptions): Promise<CreateMediaSubtitlesResponse> {
  return callV2(core, createMediaSubtitlesRoute, params, options, v2Json)
}

/** How `deleteMediaSubtitles` is called: `DELETE /2/media/subtitles`. */
export const deleteMediaSubtitlesRoute: Route = { id: 'deleteMediaSubtitles', method: 'DELETE', host: 'v2', path: '/2/media/subtitles', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['media.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 100, per: 'user' }, { windowSeconds: 86400, limit: 10000, per: 'app' }] }

/**
 * Remove a subtitle file from an uploaded video.
 *
 * `DELETE https://api.x.com/2/media/subtitles` (X operation `deleteMediaSubtitles`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 100 per user every 15 minutes; 10000 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/media/delete-media-subtitles
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) Body field `id` of `DeleteMediaSubtitlesRequest`.
 * @param params.language_code - (required) Body field `language_code` of `DeleteMediaSubtitlesRequest`.
 * @param params.media_category - (required) Body field `media_category` of `DeleteMediaSubtitlesRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`DeleteMediaSubtitlesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await deleteMediaSubtitles(core, { id: '20', language_code: 'example', media_category: 'example' })
 * ```
 */
export function deleteMediaSubtitles(core: BaseCore, params: DeleteMediaSubtitlesParams, options?: CallOptions): Promise<DeleteMediaSubtitlesResponse> {
  return callV2(core, deleteMediaSubtitlesRoute, params, options, v2Json)
}

/** How `finalizeMediaUpload` is called: `POST /2/media/upload/{id}/finalize`. */
export const finalizeMediaUploadRoute: Route = { id: 'finalizeMediaUpload', method: 'POST', host: 'v2', path: '/2/media/upload/{id}/finalize', security: [{ scheme: 'oauth2_user', scopes: ['media.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 1875, per: 'user' }, { windowSeconds: 86400, limit: 180000, per: 'app' }] }

/**
 * Finish a chunked upload once every chunk has been appended.
 *
 * For videos and GIFs the answer may carry `processing_info`: poll getMediaUploadStatus until the state is `succeeded` before attaching the media.
 *
 * `POST https://api.x.com/2/media/upload/{id}/finalize` (X operation `finalizeMediaUpload`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 1875 per user every 15 minutes; 180000 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/media/finalize-media-upload
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The media id returned by initializeMediaUpload.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`FinalizeMediaUploadResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await finalizeMediaUpload(core, { id: '20' })
 * ```
 */
export function finalizeMediaUpload(core: BaseCore, params: FinalizeMediaUploadParams, options?: CallOptions): Promise<FinalizeMediaUploadResponse> {
  return callV2(core, finalizeMediaUploadRoute, params, options)
}

/** How `getMedia` is called: `GET /2/media/{media_key}`. */
export const getMediaRoute: Route = { id: 'getMediaByMediaKey', method: 'GET', host: 'v2', path: '/2/media/{media_key}', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }] }

/**
 * Look up one media object by its media key.
 *
 * `GET https://api.x.com/2/media/{media_key}` (X operation `getMediaByMediaKey`) · Auth: OAuth 2.0 user token (scopes `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Reference: https://docs.x.com/x-api/media/get-media-by-media-key
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.media_key - (required) The media key of the media to look up (two numbers joined by an underscore, as in `3_1234`).
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetMediaResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getMedia(core, { media_key: 'example' })
 * ```
 */
export function getMedia<F extends MediaField>(core: BaseCore, params: GetMediaFieldsParams<F>, options?: CallOptions): Promise<GetMediaResponse<F>>

/**
 * Look up one media object by its media key.
 *
 * `GET https://api.x.com/2/media/{media_key}` (X operation `getMediaByMediaKey`) · Auth: OAuth 2.0 user token (scopes `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Reference: https://docs.x.com/x-api/media/get-media-by-media-key
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.media_key - (required) The media key of the media to look up (two numbers joined by an underscore, as in `3_1234`).
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetMediaResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getMedia(core, { media_key: 'example' })
 * ```
 */
export function getMedia(core: BaseCore, params: GetMediaParams, options?: CallOptions): Promise<GetMediaResponse>
export function getMedia(core: BaseCore, params: GetMediaParams, options?: CallOptions): Promise<GetMediaResponse> {
  return callV2(core, getMediaRoute, params, options)
}

/** How `getMediaAnalytics` is called: `GET /2/media/analytics`. */
export const getMediaAnalyticsRoute: Route = { id: 'getMediaAnalytics', method: 'GET', host: 'v2', path: '/2/media/analytics', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read'] }, { scheme: 'oauth1_user' }] }

/**
 * Get view and engagement metrics for media the authenticated user uploaded.
 *
 * `GET https://api.x.com/2/media/analytics` (X operation `getMediaAnalytics`) · Auth: OAuth 2.0 user token (scopes `tweet.read`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/media/get-media-analytics
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.media_keys - (required) The media keys of the media to measure, given as an array.
 * @param params.start_time - (required) The start of the time range to report on, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`).
 * @param params.end_time - (required) The end of the time range to report on, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time`.
 * @param params.granularity - How to bucket the metrics over the time range, `hourly`, `daily` (the default) or `total`.
 * @param params.media_analytics.fields - Which media metrics to return, given as an array (for example `video_views`, `playback_complete`, `watch_time_ms`).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetMediaAnalyticsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getMediaAnalytics(core, { media_keys: ['example'], start_time: 'example', end_time: 'example' })
 * ```
 */
export function getMediaAnalytics(core: BaseCore, params: GetMediaAnalyticsParams, options?: CallOptions): Promise<GetMediaAnalyticsResponse> {
  return callV2(core, getMediaAnalyticsRoute, params, options)
}

/** How `getMediaByKeys` is called: `GET /2/media`. */
export const getMediaByKeysRoute: Route = { id: 'getMediaByMediaKeys', method: 'GET', host: 'v2', path: '/2/media', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }] }

/**
 * Look up to 100 media objects by their media keys in one request.
 *
 * `GET https://api.x.com/2/media` (X operation `getMediaByMediaKeys`) · Auth: OAuth 2.0 user token (scopes `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Reference: https://docs.x.com/x-api/media/get-media-by-media-keys
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.media_keys - (required) The media keys to look up, given as an array of up to 100.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetMediaByKeysResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getMediaByKeys(core, { media_keys: ['example'] })
 * ```
 */
export function getMediaByKeys<F extends MediaField>(core: BaseCore, params: GetMediaByKeysFieldsParams<F>, options?: CallOptions): Promise<GetMediaByKeysResponse<F>>

/**
 * Look up to 100 media objects by their media keys in one request.
 *
 * `GET https://api.x.com/2/media` (X operation `getMediaByMediaKeys`) · Auth: OAuth 2.0 user token (scopes `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Reference: https://docs.x.com/x-api/media/get-media-by-media-keys
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.media_keys - (required) The media keys to look up, given as an array of up to 100.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetMediaByKeysResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getMediaByKeys(core, { media_keys: ['example'] })
 * ```
 */
export function getMediaByKeys(core: BaseCore, params: GetMediaByKeysParams, options?: CallOptions): Promise<GetMediaByKeysResponse>
export function getMediaByKeys(core: BaseCore, params: GetMediaByKeysParams, options?: CallOptions): Promise<GetMediaByKeysResponse> {
  return callV2(core, getMediaByKeysRoute, params, options)
}

/** How `getMediaUploadStatus` is called: `GET /2/media/upload`. */
export const getMediaUploadStatusRoute: Route = { id: 'getMediaUploadStatus', method: 'GET', host: 'v2', path: '/2/media/upload', security: [{ scheme: 'oauth2_user', scopes: ['media.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 1000, per: 'user' }, { windowSeconds: 86400, limit: 100000, per: 'app' }] }

/**
 * Check the processing state of an uploaded video or GIF.
 *
 * The answer's `processing_info` says whether processing is pending, in progress, succeeded or failed, and how long to wait before asking again.
 *
 * `GET https://api.x.com/2/media/upload` (X operation `getMediaUploadStatus`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 1000 per user every 15 minutes; 100000 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/media/get-media-upload-status
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.media_id - (required) The media id of the upload to check.
 * @param params.command - Always `STATUS`; kept for the older upload protocol and may be left out.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetMediaUploadStatusResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getMediaUploadStatus(core, { media_id: '20' })
 * ```
 */
export function getMediaUploadStatus(core: BaseCore, params: GetMediaUploadStatusParams, options?: CallOptions): Promise<GetMediaUploadStatusResponse> {
  return callV2(core, getMediaUploadStatusRoute, params, options)
}

/** How `initializeMediaUpload` is called: `POST /2/media/upload/initialize`. */
export const initializeMediaUploadRoute: Route = { id: 'initializeMediaUpload', method: 'POST', host: 'v2', path: '/2/media/upload/initialize', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['media.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 1875, per: 'user' }, { windowSeconds: 86400, limit: 180000, per: 'app' }] }

/**
 * Start a chunked media upload, giving the file's type, size and intended use.
 *
 * The answer holds the media id to use with appendMediaUpload and finalizeMediaUpload. Large videos must be uploaded this way.
 *
 * `POST https://api.x.com/2/media/upload/initialize` (X operation `initializeMediaUpload`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 1875 per user every 15 minutes; 180000 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/media/initialize-media-upload
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.additional_owners - Body field `additional_owners` of `InitializeMediaUploadRequest`.
 * @param params.media_category - Body field `media_category` of `InitializeMediaUploadRequest`.
 * @param params.media_type - Body field `media_type` of `InitializeMediaUploadRequest`.
 * @param params.shared - Body field `shared` of `InitializeMediaUploadRequest`.
 * @param params.total_bytes - Body field `total_bytes` of `InitializeMediaUploadRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`InitializeMediaUploadResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await initializeMediaUpload(core)
 * ```
 */
export function initializeMediaUpload(core: BaseCore, params: InitializeMediaUploadParams = {}, options?: CallOptions): Promise<InitializeMediaUploadResponse> {
  return callV2(core, initializeMediaUploadRoute, params, options, v2Json)
}

/** How `uploadMediaSimple` is called: `POST /2/media/upload`. */
export const uploadMediaSimpleRoute: Route = { id: 'mediaUpload', method: 'POST', host: 'v2', path: '/2/media/upload', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['media.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 500, per: 'user' }, { windowSeconds: 86400, limit: 50000, per: 'app' }] }

/**
 * Upload a small media file, such as an image, in a single request.
 *
 * Use the chunked calls (initialize, append, finalize) for videos and larger files.
 *
 * `POST https://api.x.com/2/media/upload` (X operation `mediaUpload`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 500 per user every 15 minutes; 50000 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/media/upload-media
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.additional_owners - Body field `additional_owners` of `UploadMediaSimpleRequest`.
 * @param params.media - (required) Body field `media` of `UploadMediaSimpleRequest`.
 * @param params.media_category - (required) Body field `media_category` of `UploadMediaSimpleRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`UploadMediaSimpleResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await uploadMediaSimple(core, { media: 'example', media_category: 'tweet_image' })
 * ```
 */
export function uploadMediaSimple(core: BaseCore, params: UploadMediaSimpleParams, options?: CallOptions): Promise<UploadMediaSimpleResponse> {
  return callV2(core, uploadMediaSimpleRoute, params, options, v2Json)
}
