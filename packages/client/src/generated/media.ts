// generated from spec/endpoints/media.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, FileInput, Route } from '@twython/runtime'
import { callWithFiles } from '@twython/runtime/multipart'
import type { MediaUpload } from './models/media.js'

/** Parameters of `uploadMedia` (`upload_media`). */
export interface UploadMediaParams {
  /**
   * The file's raw bytes: the whole file for a simple upload, or one chunk (at most 5 MB) for `APPEND`. Do not combine with `media_data`.
   * @example './banner.png'
   */
  readonly media?: FileInput
  /** The file (or, for `APPEND`, the chunk) encoded as base64, as an alternative to `media`. Base64 makes the request about a third larger, so prefer `media`. */
  readonly media_data?: string
  /**
   * What the media will be used for, which decides the size and duration limits and enables asynchronous processing: for Tweets `tweet_image`, `tweet_gif` or `tweet_video` (also `amplify_video`, and `dm_image`, `dm_gif`, `dm_video` for Direct Messages). Needed with `INIT` for GIFs and videos.
   * @example 'tweet_video'
   */
  readonly media_category?: string
  /**
   * Ids of up to 100 other users who may also use the returned media id in their Tweets or Cards (upload as one user, post as another).
   * @example ['102665763025846275']
   */
  readonly additional_owners?: readonly (string | bigint)[]
  /** The chunked-upload step to run (case-sensitive). Leave it out for a simple one-request upload. */
  readonly command?: 'INIT' | 'APPEND' | 'FINALIZE' | 'STATUS'
  /**
   * With `INIT`, the size of the whole file in bytes.
   * @example 1577963
   */
  readonly total_bytes?: number
  /**
   * With `INIT`, the file's MIME type.
   * @example 'video/mp4'
   */
  readonly media_type?: string
  /**
   * With `APPEND`, `FINALIZE` and `STATUS`, the id returned by `INIT` (use its `media_id_string`).
   * @example '1302644179944734720'
   */
  readonly media_id?: string | bigint
  /**
   * With `APPEND`, the position of this chunk in the file, from 0 (first chunk) to 999.
   * @example 0
   */
  readonly segment_index?: number
}

/** What `uploadMedia` resolves to. */
export type UploadMediaResponse = MediaUpload

/** How `upload_media` is called: `POST media/upload`. */
export const uploadMediaRoute: Route = { id: 'upload_media', method: 'POST', path: 'media/upload', host: 'upload', auth: 'user', encoding: 'multipart', files: ['media'] }

/**
 * Upload a media file, or run one step of a chunked upload, and get its media id.
 *
 * Two ways to use it. Simple upload: send the whole image in `media` (raw bytes, preferred) or `media_data` (base64), never both. Chunked upload, needed for videos and animated GIFs: call it with `command: INIT` (`total_bytes`, `media_type`, optionally `media_category`), then `APPEND` each piece of at most 5 MB (`media_id`, `segment_index`, `media`), then `FINALIZE` (`media_id`). When the FINALIZE response holds `processing_info`, poll with `command: STATUS` until its `state` is `succeeded` before using the id (Twitter documents STATUS as a GET; Twython 3.4 posts every command).
 * Use `media_id_string` from the response, not `media_id`, which can lose precision in JavaScript. The id is only valid for `expires_after_secs` seconds. `APPEND` answers 204 with no body.
 *
 * `POST https://upload.twitter.com/1.1/media/upload.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/media/upload-media/api-reference/post-media-upload
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.media - The file's raw bytes: the whole file for a simple upload, or one chunk (at most 5 MB) for `APPEND`. Do not combine with `media_data`.
 * @param params.media_data - The file (or, for `APPEND`, the chunk) encoded as base64, as an alternative to `media`. Base64 makes the request about a third larger, so prefer `media`.
 * @param params.media_category - What the media will be used for, which decides the size and duration limits and enables asynchronous processing: for Tweets `tweet_image`, `tweet_gif` or `tweet_video` (also `amplify_video`, and `dm_image`, `dm_gif`, `dm_video` for Direct Messages). Needed with `INIT` for GIFs and videos.
 * @param params.additional_owners - Ids of up to 100 other users who may also use the returned media id in their Tweets or Cards (upload as one user, post as another).
 * @param params.command - The chunked-upload step to run (case-sensitive). Leave it out for a simple one-request upload.
 * @param params.total_bytes - With `INIT`, the size of the whole file in bytes.
 * @param params.media_type - With `INIT`, the file's MIME type.
 * @param params.media_id - With `APPEND`, `FINALIZE` and `STATUS`, the id returned by `INIT` (use its `media_id_string`).
 * @param params.segment_index - With `APPEND`, the position of this chunk in the file, from 0 (first chunk) to 999.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `MediaUpload`: an uploaded (or uploading) media item. Attach it to a Tweet by passing `media_id_string` in `media_ids` before it expires; when `processing_info` is present, poll STATUS until it succeeds.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await uploadMedia(core, { media: './banner.png' })
 * ```
 */
export function uploadMedia(core: BaseCore, params: UploadMediaParams = {}, options?: CallOptions): Promise<UploadMediaResponse> {
  return callWithFiles(core, uploadMediaRoute, params, options)
}
