/** The error for media that Twitter received but could not process. */
import { TwythonError } from '../errors.js'
import type { MediaProcessingErrorInfo, MediaProcessingInfo, MediaUploadResult } from './types.js'

/**
 * FINALIZE or STATUS reported `processing_info.state: failed`. `errorName` and `errorMessage` are
 * Twitter's (`InvalidMedia`, `file is invalid`); `errorCode` is `processing_info.error.code`. `response`
 * is the v1.1 answer (`uploadVideo`), or X API v2's media object, the answer's `data` (`uploadMediaV2`,
 * typed `MediaProcessingError<MediaUploadV2>`).
 *
 * @example
 * ```ts
 * try { await uploadVideo(core, './clip.mp4', 'video/mp4', { mediaCategory: 'tweet_video' }) }
 * catch (e) { if (e instanceof MediaProcessingError) console.log(e.errorName, e.errorMessage) }
 * ```
 */
export class MediaProcessingError<R extends { readonly processing_info?: MediaProcessingInfo } = MediaUploadResult> extends TwythonError {
  /** The media id whose processing failed. */
  readonly mediaId: string
  /** Twitter's short error name, e.g. `InvalidMedia`. */
  readonly errorName: string | undefined
  /** Twitter's explanation, e.g. `file is invalid`. */
  readonly errorMessage: string | undefined
  /** The FINALIZE or STATUS response (v2: its `data`) that reported the failure. */
  readonly response: R

  constructor(mediaId: string, response: R) {
    const error: MediaProcessingErrorInfo = response.processing_info?.error ?? {}
    const reason = [error.name, error.message].filter(Boolean).join(': ') || 'no reason given'
    super(`Twitter could not process media ${mediaId}: ${reason}`, {
      errorCode: error.code,
      errors: response.processing_info?.error ? [{ ...error }] : [],
    })
    this.mediaId = mediaId
    this.errorName = error.name
    this.errorMessage = error.message
    this.response = response
  }
}
