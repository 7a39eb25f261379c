/** Public surface of the chunked upload. */
export { uploadVideo } from './chunked.js'
export { uploadMediaV2, MEDIA_CATEGORIES_V2, type UploadMediaV2CallOptions } from './v2.js'
export { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from './segments.js'
export type { UploadClock } from './timing.js'
export { MediaProcessingError } from './errors.js'
export { isSupportedMediaType, DEFAULT_CHUNK_SIZE, MAX_CHUNK_SIZE, MAX_SEGMENTS } from './limits.js'
export type { MediaInput } from './source.js'
export type {
  MediaUploadResult,
  MediaProcessingInfo,
  MediaProcessingErrorInfo,
  MediaProcessingState,
  UploadPhase,
  UploadProgress,
  UploadVideoOptions,
  PollingOptions,
  MediaCategoryV2,
  MediaUploadV2,
  MediaUploadV2Routes,
  UploadMediaV2Options,
} from './types.js'
