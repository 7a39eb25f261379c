/**
 * One upload from INIT to the end of processing. It keeps no media bytes once they are in order: a running
 * SHA-256 of the segments in segment-index order, a hash per segment (so that a re-sent segment can be
 * recognised), the first bytes (for dimensions and duration) and the processing state. Segments may arrive
 * in any order and concurrently, as Twitter accepted them; one that arrives ahead of a missing one is held
 * until the gap is filled, and FINALIZE checks that none is missing.
 */
import { createHash, type Hash } from 'node:crypto'
import { imageSize, mediaKeyPrefix, videoInfo, type MediaKind } from './media.js'

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
  /** Bytes of the distinct segments received so far (re-sends counted once). */
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

/** An upload as a tweet or a message attaches it. */
export interface AttachableMedia {
  readonly id: bigint
  readonly kind: MediaKind
  readonly mediaType: string
  readonly category: string | undefined
  /** 0 when the format gave no size. */
  readonly w: number
  readonly h: number
  readonly durationMs?: number
}

export type AppendOutcome = { ok: true; duplicate: boolean } | { ok: false; message: string }

/** Enough of the start of a file for PNG/GIF/JPEG dimensions and an MP4's `moov` header when it comes first. */
const HEAD_BYTES = 64 * 1024

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
  /** Users other than the uploader who may attach it (v2's `additional_owners`). */
  readonly additionalOwners = new Set<string>()
  #hash: Hash = createHash('sha256')
  readonly #segmentHashes = new Map<number, string>()
  /** Segments received ahead of a missing one, by index, until the gap is filled. */
  readonly #waiting = new Map<number, Buffer>()
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

  /**
   * Accepts segment `index` in any order. An identical re-send of a segment already received is harmless
   * (a client that lost the 204 sends it again); other bytes under the same index are refused.
   */
  append(index: number, data: Buffer): AppendOutcome {
    const digest = createHash('sha256').update(data).digest('hex')
    const known = this.#segmentHashes.get(index)
    if (known !== undefined) {
      if (known !== digest) return { ok: false, message: `Segment ${index} was already received with different content.` }
      this.segments.push(index)
      return { ok: true, duplicate: true }
    }
    this.#segmentHashes.set(index, digest)
    this.receivedBytes += data.length
    this.segments.push(index)
    this.#waiting.set(index, data)
    // Hash every segment that is now next in order; later ones wait for the gap before them.
    for (let next = this.#waiting.get(this.nextIndex); next !== undefined; next = this.#waiting.get(this.nextIndex)) {
      this.#waiting.delete(this.nextIndex)
      this.#hash.update(next)
      if (this.#head.length < HEAD_BYTES) this.#head = Buffer.concat([this.#head, next.subarray(0, HEAD_BYTES - this.#head.length)])
      this.nextIndex++
    }
    return { ok: true, duplicate: false }
  }

  /** The first segment index still missing when later ones arrived, or undefined when none is. */
  get missingSegment(): number | undefined {
    return this.#waiting.size > 0 ? this.nextIndex : undefined
  }

  /** Marks the session as a finished one-request (simple) upload of `data`. */
  completeSimple(data: Buffer): void {
    this.append(0, data)
    this.finalized = true
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

  /** Width, height and (for MP4 video) duration, read from the first bytes; 0 where the format is not known. */
  dimensions(): { w: number; h: number; durationMs?: number } {
    if (this.kind === 'video') {
      const info = videoInfo(this.#head)
      return { w: info.w, h: info.h, ...(info.durationMs !== undefined ? { durationMs: info.durationMs } : {}) }
    }
    return imageSize(this.#head)
  }

  attachable(): AttachableMedia {
    return { id: this.id, kind: this.kind, mediaType: this.mediaType, category: this.category, ...this.dimensions() }
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
