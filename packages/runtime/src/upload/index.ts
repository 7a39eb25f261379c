/** Public surface of the chunked upload. */
export { uploadVideo } from './chunked.js'
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
} from './types.js'
