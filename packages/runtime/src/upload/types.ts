/**
 * Types of the chunked upload: what Twitter answers to INIT, FINALIZE and STATUS, and the options and
 * progress events of `uploadVideo`. The response shapes follow Twitter's v1.1 media/upload reference and
 * the recorded responses (INIT 202, APPEND 204 empty, FINALIZE 200/201, STATUS 200).
 */
import type { Route } from '../route.js'
import type { UploadClock } from './timing.js'

/** Where Twitter's asynchronous processing of an upload stands. */
export type MediaProcessingState = 'pending' | 'in_progress' | 'succeeded' | 'failed'

/** Why processing failed, e.g. `{ code: 1, name: 'InvalidMedia', message: 'file is invalid' }`. */
export interface MediaProcessingErrorInfo {
  readonly code?: number
  /** Short error name, such as `InvalidMedia`. */
  readonly name?: string
  /** Human-readable explanation. */
  readonly message?: string
}

/** Progress of Twitter's processing of a video or GIF, in the FINALIZE and STATUS responses. */
export interface MediaProcessingInfo {
  readonly state: MediaProcessingState
  /** Seconds to wait before asking STATUS again; absent once processing has finished. */
  readonly check_after_secs?: number
  /** 0 to 100. */
  readonly progress_percent?: number
  /** Present when `state` is `failed`. */
  readonly error?: MediaProcessingErrorInfo
}

/**
 * What INIT, FINALIZE and STATUS answer. Use `media_id_string`: the numeric `media_id` exceeds 2^53 and
 * `JSON.parse` rounds it, so it is not the id Twitter issued.
 */
export interface MediaUploadResult {
  /** The media id as a number; **imprecise** (rounded by `JSON.parse`), use `media_id_string`. */
  readonly media_id: number
  /** The media id, exact. Pass it in `media_ids` of `updateStatus`. */
  readonly media_id_string: string
  /** e.g. `7_1302644179944734720` (7 = video, 3 = image, 16 = animated GIF). */
  readonly media_key?: string
  /** Size in bytes; absent in the INIT response. */
  readonly size?: number
  /** Seconds left before the id expires unless it is used in a Tweet. */
  readonly expires_after_secs?: number
  readonly image?: { readonly image_type: string; readonly w: number; readonly h: number }
  readonly video?: { readonly video_type: string }
  /** Present when Twitter processes the media asynchronously (a `media_category` such as `tweet_video`). */
  readonly processing_info?: MediaProcessingInfo
}

/** The step an upload is in, as reported to `onProgress`. */
export type UploadPhase = 'init' | 'append' | 'finalize' | 'processing' | 'done'

/** One progress report. */
export interface UploadProgress {
  /** Bytes acknowledged by the server so far (segments retried are counted once). */
  readonly bytesSent: number
  readonly totalBytes: number
  /**
   * Index of the segment acknowledged last; -1 before the first one. With `concurrency` above 1 segments
   * are acknowledged in any order, so this is not always the highest index sent.
   */
  readonly segmentIndex: number
  /** How many segments the server has acknowledged so far. */
  readonly segmentsAcknowledged: number
  /** How many segments the file is cut into. */
  readonly segmentCount: number
  readonly phase: UploadPhase
  /** The media id, once INIT has answered. */
  readonly mediaId?: string
  /** During `processing` (and `done` after processing), the latest `processing_info`. */
  readonly processing?: MediaProcessingInfo
}

/** How STATUS polling waits; only tests and impatient callers need to change it. */
export interface PollingOptions {
  /**
   * How many milliseconds one `check_after_secs` second lasts. Tests set 1 to run processing in
   * milliseconds.
   * @default 1000
   */
  readonly unitMs?: number
  /**
   * The shortest wait between two STATUS calls, used as well when `check_after_secs` is missing or 0
   * (Twython spins forever in that case).
   * @default 1000
   */
  readonly minMs?: number
  /**
   * The longest wait between two STATUS calls, whatever `check_after_secs` says.
   * @default 60000
   */
  readonly maxMs?: number
  /**
   * Gives up with a `TwythonError` when processing has not finished after this many milliseconds.
   * @default 900000 (15 minutes)
   */
  readonly timeoutMs?: number
  /**
   * The clock the waits and the deadline run on. Tests pass a fake one (the streaming `ManualClock`) to step
   * through `check_after_secs` without waiting.
   * @default the real timers
   */
  readonly clock?: UploadClock
}

/** Options of `uploadVideo`, Twython's keyword arguments in camelCase plus ours. */
export interface UploadVideoOptions {
  /**
   * Total size in bytes. Taken from the file for a path, Buffer or Blob (and then checked against it);
   * **required** for a stream.
   */
  readonly size?: number
  /**
   * Poll STATUS after FINALIZE until processing has succeeded or failed.
   *
   * Twython's default is `false`, which returns an id that cannot be attached to a Tweet until
   * processing ends; ours is `true`, so the promise resolves with a usable id or rejects with the reason.
   * @default true
   */
  readonly checkProgress?: boolean
  /** Twitter's `media_category`, e.g. `tweet_video`, `tweet_gif`, `dm_video`; enables async processing. */
  readonly mediaCategory?: string
  /** Called after INIT, after each acknowledged segment, after FINALIZE, after each STATUS, and at the end. */
  readonly onProgress?: (progress: UploadProgress) => void
  /**
   * Bytes per APPEND segment, at most 5 MiB (Twitter's limit).
   * @default 1048576 (1 MiB, as Twython)
   */
  readonly chunkSize?: number
  /** Aborts the upload: the in-flight request is cancelled, no timer is left, the promise rejects with the reason. */
  readonly signal?: AbortSignal
  /**
   * How many times one APPEND (or STATUS) is retried after a 5xx or a network error.
   * @default 3
   */
  readonly maxSegmentRetries?: number
  /**
   * Milliseconds to wait before retry number `attempt` (1-based).
   * @default attempt => Math.min(200 * 2 ** (attempt - 1), 5000) (200, 400, 800 ms)
   */
  readonly retryDelay?: (attempt: number) => number
  /** STATUS polling waits. */
  readonly polling?: PollingOptions
  /**
   * How many APPENDs are in flight at once. Each segment's bytes stay with its own request until the
   * server acknowledges it, so memory holds at most `concurrency + 1` segments; segments may then be
   * acknowledged out of order, which Twitter accepts. 1 sends them strictly one after another.
   * @default 4
   */
  readonly concurrency?: number
}

/** X API v2's `media_category` values for `initialize` (X's OpenAPI document). */
export type MediaCategoryV2 = 'tweet_image' | 'tweet_gif' | 'tweet_video' | 'dm_image' | 'dm_gif' | 'dm_video' | 'subtitles' | 'amplify_video'

/**
 * X API v2's media object after an upload: the `data` of the finalize and status answers. `id` is the media
 * id to pass in `media.media_ids` of `createTweet`.
 */
export interface MediaUploadV2 {
  /** The media id (a decimal string). */
  readonly id: string
  /** e.g. `7_1880028106020515840`. */
  readonly media_key?: string
  /** Size in bytes. */
  readonly size?: number
  /** Seconds left before the id expires unless it is used. */
  readonly expires_after_secs?: number
  readonly image?: { readonly image_type?: string; readonly w?: number; readonly h?: number }
  readonly video?: { readonly video_type?: string }
  /** Present while X processes the media asynchronously (videos, GIFs) and once it has finished. */
  readonly processing_info?: MediaProcessingInfo
  readonly [key: string]: unknown
}

/** The v2 routes `uploadMediaV2` calls; the client passes its generated route constants. */
export interface MediaUploadV2Routes {
  /** `POST /2/media/upload/initialize` (X operation `initializeMediaUpload`). */
  readonly initialize: Route
  /** `POST /2/media/upload/{id}/append` (X operation `appendMediaUpload`). */
  readonly append: Route
  /** `POST /2/media/upload/{id}/finalize` (X operation `finalizeMediaUpload`). */
  readonly finalize: Route
  /** `GET /2/media/upload` with `command=STATUS` (X operation `getMediaUploadStatus`). */
  readonly status: Route
}

/** Options of `twitter.v2.uploadMedia`. */
export interface UploadMediaV2Options {
  /** The MIME type, e.g. `video/mp4`, `image/png`, `text/srt` (X's `media_type`). */
  readonly mediaType: string
  /** X's `media_category`; `tweet_video`, `tweet_gif`, `dm_video` and `dm_gif` are processed asynchronously. */
  readonly mediaCategory?: MediaCategoryV2
  /** X's `shared`: whether the media may be used in Direct Messages shared with others. */
  readonly shared?: boolean
  /** X's `additional_owners`: user ids that may use the media too. */
  readonly additionalOwners?: readonly string[]
  /** Total size in bytes; taken from a path, bytes or Blob (and checked); **required** for a stream. */
  readonly size?: number
  /** Called after initialize, after each acknowledged segment, after finalize, after each status, and at the end. */
  readonly onProgress?: (progress: UploadProgress) => void
  /** Aborts at once: requests in flight are cancelled, nothing more is read, the promise rejects with the reason. */
  readonly signal?: AbortSignal
  /**
   * How many APPENDs are in flight at once (1 to 16). Memory holds at most `concurrency + 1` segments.
   * @default 4
   */
  readonly concurrency?: number
  /**
   * Bytes per APPEND segment, at most 5 MiB (X's limit); at most 1,000 segments.
   * @default 1048576 (1 MiB)
   */
  readonly segmentBytes?: number
  /**
   * Wait for X's processing (polling status as `check_after_secs` says) until it has succeeded or failed.
   * `false` returns the finalize answer as it is.
   * @default true
   */
  readonly waitForProcessing?: boolean
  /** How many times one APPEND (or status) is retried after a 5xx or a network error. @default 3 */
  readonly maxSegmentRetries?: number
  /** Milliseconds to wait before retry number `attempt` (1-based). @default 200, 400, 800 ms ... capped at 5 s */
  readonly retryDelay?: (attempt: number) => number
  /** Status polling waits. */
  readonly polling?: PollingOptions
}
