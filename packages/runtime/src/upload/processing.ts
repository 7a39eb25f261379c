/**
 * After FINALIZE: follow `processing_info` through STATUS until X says `succeeded` or `failed`, for v1.1
 * and v2 alike (they differ only in where the media object sits in the answer). Unlike Twython, a missing
 * or zero `check_after_secs` does not spin (Twython loops forever without sleeping or asking again); every
 * wait is bounded below and above, and the whole wait has a deadline.
 */
import type { BaseCore } from '../base-core.js'
import { TwythonError } from '../errors.js'
import { MediaProcessingError } from './errors.js'
import { realClock, sleep, withRetries, type RetryPolicy, type UploadClock } from './timing.js'
import type { MediaProcessingInfo, MediaUploadResult, PollingOptions } from './types.js'
import { statusRequest } from './wire.js'

/** Resolved polling settings. */
export interface Polling {
  readonly unitMs: number
  readonly minMs: number
  readonly maxMs: number
  readonly timeoutMs: number
  readonly clock: UploadClock
}

export function resolvePolling(options: PollingOptions = {}): Polling {
  const numbers = { unitMs: options.unitMs ?? 1000, minMs: options.minMs ?? 1000, maxMs: options.maxMs ?? 60_000, timeoutMs: options.timeoutMs ?? 900_000 }
  for (const [key, value] of Object.entries(numbers)) {
    if (!Number.isFinite(value) || value < 0) throw new TwythonError(`polling.${key} must be a number >= 0, got ${value}.`)
  }
  return { ...numbers, clock: options.clock ?? realClock }
}

/** The wait before the next STATUS: `check_after_secs` in milliseconds, clamped to [minMs, maxMs]. */
export function nextWait(info: MediaProcessingInfo, polling: Polling): number {
  const secs = typeof info.check_after_secs === 'number' && Number.isFinite(info.check_after_secs) ? info.check_after_secs : 0
  return Math.min(Math.max(secs * polling.unitMs, polling.minMs), polling.maxMs)
}

/** Throws `MediaProcessingError` when a response reports failure; otherwise returns it. */
export function failIfFailed(mediaId: string, response: MediaUploadResult): MediaUploadResult {
  if (response?.processing_info?.state === 'failed') throw new MediaProcessingError(mediaId, response)
  return response
}

/** One protocol's view of processing: where `processing_info` is, how to ask again, what a failure throws. */
export interface ProcessingProtocol<R> {
  readonly mediaId: string
  info(response: R): MediaProcessingInfo | undefined
  /** One STATUS request. */
  status(signal: AbortSignal | undefined): Promise<R>
  /** The error for a response whose state is `failed`. */
  failed(response: R): Error
}

/**
 * Polls STATUS from the FINALIZE response until processing ends; returns the last response (state
 * `succeeded`, or no `processing_info` at all).
 */
export async function pollProcessing<R>(protocol: ProcessingProtocol<R>, finalized: R, polling: Polling, retry: RetryPolicy, onStatus: (response: R) => void): Promise<R> {
  const { mediaId } = protocol
  const { clock } = polling
  const deadline = clock.now() + polling.timeoutMs
  let response = finalized
  for (;;) {
    const info = protocol.info(response)
    if (!info || info.state === 'succeeded') return response
    if (info.state === 'failed') throw protocol.failed(response)
    if (info.state !== 'pending' && info.state !== 'in_progress') {
      throw new TwythonError(`STATUS of media ${mediaId} reported an unknown processing state ${JSON.stringify(info.state)}.`)
    }
    const wait = nextWait(info, polling)
    if (clock.now() + wait > deadline) {
      throw new TwythonError(`Media ${mediaId} was still ${info.state} after ${polling.timeoutMs} ms of processing; ask STATUS later or raise polling.timeoutMs.`)
    }
    await sleep(wait, retry.signal, clock)
    // STATUS only reads, so a 5xx or a dropped connection is retried like an APPEND.
    response = await withRetries(() => protocol.status(retry.signal), retry)
    onStatus(response)
  }
}

/** v1.1: polls `GET media/upload.json?command=STATUS`. */
export function awaitProcessing(
  core: BaseCore,
  mediaId: string,
  finalized: MediaUploadResult,
  polling: Polling,
  retry: RetryPolicy,
  onStatus: (response: MediaUploadResult) => void,
): Promise<MediaUploadResult> {
  const protocol: ProcessingProtocol<MediaUploadResult> = {
    mediaId,
    info: (response) => response?.processing_info,
    status: (signal) => core.send<MediaUploadResult>(statusRequest(core, mediaId), { signal }),
    failed: (response) => new MediaProcessingError(mediaId, response),
  }
  return pollProcessing(protocol, finalized, polling, retry, onStatus)
}
