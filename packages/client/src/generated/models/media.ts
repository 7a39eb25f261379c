// generated from spec/models/media.yaml by @twython/generator: do not edit

/**
 * An uploaded (or uploading) media item. Attach it to a Tweet by passing `media_id_string` in `media_ids` before it expires; when `processing_info` is present, poll STATUS until it succeeds.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/media/upload-media/api-reference/post-media-upload
 */
export interface MediaUpload {
  /** The media id as a number; it exceeds 2^53 and loses precision in JavaScript, so use `media_id_string`. */
  media_id: number
  /** The media id as a string; the safe one to pass as `media_ids` or to the next chunked-upload command. */
  media_id_string: string
  /** The media key, like "7_1302644179944734720", used by newer APIs. */
  media_key?: string
  /** Size of the uploaded file in bytes; absent in the INIT response. */
  size?: number
  /** Seconds left before the upload expires unless it is used in a Tweet. */
  expires_after_secs?: number
  /** Details of an uploaded image. */
  image?: MediaImage
  /** Details of an uploaded video. */
  video?: MediaVideo
  /** Present when Twitter processes the media asynchronously (videos, GIFs); check it before using the media. */
  processing_info?: MediaProcessingInfo
}

/** Details of an uploaded image. */
export interface MediaImage {
  /** The image's MIME type, like "image/png". */
  image_type: string
  /** Width in pixels. */
  w: number
  /** Height in pixels. */
  h: number
}

/** Details of an uploaded video. */
export interface MediaVideo {
  /** The video's MIME type, like "video/mp4". */
  video_type: string
}

/**
 * Progress of Twitter's asynchronous processing of an upload.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/media/upload-media/api-reference/get-media-upload-status
 */
export interface MediaProcessingInfo {
  /** Where processing stands. */
  state: 'pending' | 'in_progress' | 'succeeded' | 'failed'
  /** Seconds to wait before asking STATUS again; absent once processing has finished. */
  check_after_secs?: number
  /** How much of the processing is done, from 0 to 100. */
  progress_percent?: number
  /** Why processing failed, when `state` is "failed". */
  error?: MediaProcessingError
}

/** The reason media processing failed. */
export interface MediaProcessingError {
  /** Numeric error code. */
  code: number
  /** Short error name, such as "InvalidMedia". */
  name: string
  /** Human-readable explanation. */
  message: string
}
