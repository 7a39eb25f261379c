/**
 * One chunked upload from INIT to the end of processing. It keeps no media bytes: only a running SHA-256
 * of the segments accepted in order, a hash per segment (so that a re-sent segment can be recognised), the
 * first bytes (for image dimensions) and the processing state.
 */
import { createHash, type Hash } from 'node:crypto'
import { imageSize, mediaKeyPrefix, type MediaKind } from './media.js'

export type ProcessingState = 'pending' | 'in_progress' | 'succeeded' | 'failed'

/** Twitter's `processing_info.error`. */
export interface ProcessingError {
  readonly code: number
  readonly name: string
  readonly message: string
}

/** How processing is simulated; see `UploadServiceOptions.processing`. */
export interface ProcessingSettings {
  readonly checkAfterSecs: number
  readonly steps: number
  readonly secondMs: number
}

/** What a test can read about a session. */
export interface SessionStats {
  readonly mediaId: string
  readonly totalBytes: number
  /** Bytes accepted so far, in order. */
  readonly receivedBytes: number
  /** Segment indices of every accepted APPEND in arrival order, re-sends included. */
  readonly segments: readonly number[]
  /** APPENDs answered with an injected fault. */
  readonly faults: readonly { readonly segmentIndex: number; readonly status: number | 'reset' }[]
  readonly finalized: boolean
  readonly state: ProcessingState | undefined
  /** `now()` of every STATUS request. */
  readonly statusChecks: readonly number[]
}

export type AppendOutcome = { ok: true; duplicate: boolean } | { ok: false; message: string }

const HEAD_BYTES = 32

export class MediaSession {
  readonly mediaKey: string
  receivedBytes = 0
  nextIndex = 0
  finalized = false
  state: ProcessingState | undefined
  failure: ProcessingError | undefined
  readonly segments: number[] = []
  readonly faults: { segmentIndex: number; status: number | 'reset' }[] = []
  readonly statusChecks: number[] = []
  #hash: Hash = createHash('sha256')
  #segmentHashes: string[] = []
  #head = Buffer.alloc(0)
  #stage = 0
  #lastChange = 0

  constructor(
    readonly id: bigint,
    readonly userId: string,
    readonly mediaType: string,
    readonly category: string | undefined,
    readonly kind: MediaKind,
    readonly totalBytes: number,
    readonly expiresAt: number,
  ) {
    this.mediaKey = `${mediaKeyPrefix(kind)}_${id}`
  }

  /** Accepts segment `index` if it is the next one, or an identical re-send of one already accepted. */
  append(index: number, data: Buffer): AppendOutcome {
    const digest = createHash('sha256').update(data).digest('hex')
    if (index < this.nextIndex) {
      // A client that lost the 204 re-sends the segment; the same bytes are harmless, other bytes are not.
      if (this.#segmentHashes[index] !== digest) return { ok: false, message: `Segment ${index} was already received with different content.` }
      this.segments.push(index)
      return { ok: true, duplicate: true }
    }
    if (index > this.nextIndex) return { ok: false, message: `Segment ${index} arrived before segment ${this.nextIndex}; segments must be sent in order.` }
    this.#hash.update(data)
    this.#segmentHashes[index] = digest
    if (this.#head.length < HEAD_BYTES) this.#head = Buffer.concat([this.#head, data.subarray(0, HEAD_BYTES - this.#head.length)])
    this.receivedBytes += data.length
    this.nextIndex++
    this.segments.push(index)
    return { ok: true, duplicate: false }
  }

  /** SHA-256 (hex) of the bytes accepted so far. */
  hash(): string {
    return this.#hash.copy().digest('hex')
  }

  /** Starts processing (async categories) at `now`, or fails it at once when `failure` is set for FINALIZE. */
  startProcessing(now: number, failNow: ProcessingError | undefined): void {
    this.state = failNow ? 'failed' : 'pending'
    this.failure = failNow ?? this.failure
    this.#lastChange = now
  }

  /**
   * Moves processing one step on when `check_after_secs` has passed since the last step, so that a client
   * polling too early sees the same state again, as on Twitter.
   */
  advance(now: number, settings: ProcessingSettings): void {
    if (this.state !== 'pending' && this.state !== 'in_progress') return
    if (now - this.#lastChange < settings.checkAfterSecs * settings.secondMs) return
    this.#lastChange = now
    this.#stage++
    if (this.#stage <= settings.steps) this.state = 'in_progress'
    else this.state = this.failure ? 'failed' : 'succeeded'
  }

  /** `processing_info` as Twitter writes it for the current state. */
  processingInfo(settings: ProcessingSettings): Record<string, unknown> | undefined {
    const state = this.state
    if (state === undefined) return undefined
    if (state === 'succeeded') return { state, progress_percent: 100 }
    if (state === 'failed') return { state, progress_percent: 100, error: this.failure ?? DEFAULT_FAILURE }
    const info: Record<string, unknown> = { state }
    // check_after_secs 0 means "leave it out": clients must cope with a missing value without spinning.
    if (settings.checkAfterSecs > 0) info.check_after_secs = settings.checkAfterSecs
    if (state === 'in_progress') info.progress_percent = Math.floor((this.#stage * 100) / (settings.steps + 1))
    return info
  }

  /** The media description FINALIZE (sync) and STATUS (finished) carry. */
  details(): Record<string, unknown> {
    if (this.kind === 'video') return { video: { video_type: this.mediaType } }
    if (this.kind === 'image' || this.kind === 'gif') return { image: { image_type: this.mediaType, ...imageSize(this.#head) } }
    return {}
  }

  stats(): SessionStats {
    return {
      mediaId: this.id.toString(),
      totalBytes: this.totalBytes,
      receivedBytes: this.receivedBytes,
      segments: [...this.segments],
      faults: this.faults.map((f) => ({ ...f })),
      finalized: this.finalized,
      state: this.state,
      statusChecks: [...this.statusChecks],
    }
  }
}

export const DEFAULT_FAILURE: ProcessingError = { code: 1, name: 'InvalidMedia', message: 'file is invalid' }
