/**
 * Types of the chunked upload: what Twitter answers to INIT, FINALIZE and STATUS, and the options and
 * progress events of `uploadVideo`. The response shapes follow Twitter's v1.1 media/upload reference and
 * the recorded responses (INIT 202, APPEND 204 empty, FINALIZE 200/201, STATUS 200).
 */

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
  /** Index of the last acknowledged segment; -1 before the first one. */
  readonly segmentIndex: number
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
}
