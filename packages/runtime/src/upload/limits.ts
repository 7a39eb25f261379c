/**
 * Twitter's limits for chunked uploads and the input checks that must pass before any byte is sent.
 */
import { TwythonError } from '../errors.js'

/** Twitter refuses an APPEND segment larger than 5 MB. */
export const MAX_CHUNK_SIZE = 5 * 1024 * 1024
/** Twython reads 1 MiB per APPEND. */
export const DEFAULT_CHUNK_SIZE = 1024 * 1024
/** `segment_index` must be between 0 and 999. */
export const MAX_SEGMENTS = 1000

/**
 * Media types Twitter documents for media/upload besides `image/*` and `video/*`: subtitles
 * (`media_category: subtitles`) and 3D models.
 */
export const EXTRA_MEDIA_TYPES: ReadonlySet<string> = new Set(['text/srt', 'text/vtt', 'model/gltf-binary', 'model/vnd.usdz+zip'])

/** True for `image/*`, `video/*` and the other types Twitter documents. */
export function isSupportedMediaType(mediaType: string): boolean {
  const type = mediaType.trim().toLowerCase()
  if (/^(image|video)\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(type)) return true
  return EXTRA_MEDIA_TYPES.has(type)
}

/** Validated settings of one upload. */
export interface UploadPlan {
  readonly mediaType: string
  readonly chunkSize: number
  readonly maxRetries: number
}

/** Checks everything that does not need the media itself; throws a `TwythonError` that says what to fix. */
export function checkUploadInput(mediaType: unknown, chunkSize: number | undefined, maxRetries: number | undefined, sizeOption: 'chunkSize' | 'segmentBytes' = 'chunkSize'): UploadPlan {
  if (typeof mediaType !== 'string' || !isSupportedMediaType(mediaType)) {
    throw new TwythonError(`Unsupported media type ${JSON.stringify(mediaType)}: use image/*, video/* or one of ${[...EXTRA_MEDIA_TYPES].join(', ')}.`)
  }
  const size = chunkSize ?? DEFAULT_CHUNK_SIZE
  if (!Number.isSafeInteger(size) || size < 1 || size > MAX_CHUNK_SIZE) {
    throw new TwythonError(`${sizeOption} must be a whole number of bytes from 1 to ${MAX_CHUNK_SIZE} (Twitter's 5 MB segment limit), got ${chunkSize}.`)
  }
  const retries = maxRetries ?? 3
  if (!Number.isSafeInteger(retries) || retries < 0) throw new TwythonError(`maxSegmentRetries must be a whole number >= 0, got ${maxRetries}.`)
  return { mediaType: mediaType.trim().toLowerCase(), chunkSize: size, maxRetries: retries }
}

/** Checks the total size against the plan: positive, and at most 1000 segments. */
export function checkTotalSize(size: number, chunkSize: number): void {
  if (!Number.isSafeInteger(size) || size < 1) throw new TwythonError(`The media size must be a whole number of bytes above 0, got ${size}.`)
  const segments = Math.ceil(size / chunkSize)
  if (segments > MAX_SEGMENTS) {
    throw new TwythonError(`${size} bytes in ${chunkSize}-byte chunks make ${segments} segments; Twitter accepts at most ${MAX_SEGMENTS}. Use larger segments (chunkSize, or segmentBytes on v2, up to ${MAX_CHUNK_SIZE}).`)
  }
}
