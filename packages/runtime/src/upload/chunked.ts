/**
 * `uploadVideo`: Twython's chunked upload (INIT, APPEND per segment, FINALIZE, STATUS polling) in
 * constant memory. Up to `concurrency` segments are in flight at once, with one more read ahead, so memory
 * holds at most `concurrency + 1` segments whatever the file size; a segment that fails with a 5xx or a
 * network error is re-sent on its own, and acknowledged segments are never sent again (segments.ts).
 */
import type { BaseCore } from '../base-core.js'
import { TwythonError } from '../errors.js'
import { checkTotalSize, checkUploadInput } from './limits.js'
import { awaitProcessing, failIfFailed, resolvePolling } from './processing.js'
import { checkConcurrency, sendSegments } from './segments.js'
import { openSource, type MediaInput } from './source.js'
import { defaultRetryDelay, type RetryPolicy } from './timing.js'
import type { MediaUploadResult, UploadProgress, UploadVideoOptions } from './types.js'
import { appendRequest, finalizeRequest, initRequest } from './wire.js'

/**
 * Uploads a video (or any large media) in segments and returns the media once it is ready to attach.
 *
 * Everything that can be checked without the network is checked before the first request: the media
 * type (`image/*`, `video/*`, subtitles, 3D models), `chunkSize` (at most 5 MiB), the file's existence,
 * and `options.size` against the real size (a stream needs `options.size`).
 *
 * @param core - The core of a `Twython` client (its upload host and credentials are used).
 * @param media - A file path, Buffer/Uint8Array/ArrayBuffer, Blob, Node Readable or web ReadableStream.
 * @param mediaType - The MIME type, e.g. `video/mp4`.
 * @param options - Twython's `size`, `checkProgress` and `mediaCategory`, plus progress, chunk size, abort and retries.
 * @returns The FINALIZE response, or the last STATUS response once processing has succeeded. Use its
 * `media_id_string`.
 * @throws {@link MediaProcessingError} when Twitter reports processing `failed`; `TwythonError` for bad
 * input, HTTP errors and network failures that outlast the retries; the signal's reason on abort.
 *
 * @example
 * ```ts
 * const media = await uploadVideo(core, './clip.mp4', 'video/mp4', {
 *   mediaCategory: 'tweet_video',
 *   onProgress: (p) => console.log(p.phase, `${p.bytesSent}/${p.totalBytes}`),
 * })
 * await twitter.updateStatus({ status: 'Watch this', media_ids: [media.media_id_string] })
 * ```
 * @example
 * ```ts
 * // A stream has no size of its own: give it.
 * const { size } = await stat(path)
 * await uploadVideo(core, createReadStream(path), 'video/mp4', { size, signal: AbortSignal.timeout(600_000) })
 * ```
 */
export async function uploadVideo(core: BaseCore, media: MediaInput, mediaType: string, options: UploadVideoOptions = {}): Promise<MediaUploadResult> {
  const { signal } = options
  const plan = checkUploadInput(mediaType, options.chunkSize, options.maxSegmentRetries)
  if (options.mediaCategory !== undefined && (typeof options.mediaCategory !== 'string' || options.mediaCategory === '')) {
    throw new TwythonError(`mediaCategory must be a non-empty string such as "tweet_video", got ${JSON.stringify(options.mediaCategory)}.`)
  }
  if (options.size !== undefined) checkTotalSize(options.size, plan.chunkSize)
  const concurrency = checkConcurrency(options.concurrency)
  const polling = resolvePolling(options.polling)
  signal?.throwIfAborted()
  const source = await openSource(media, options.size, plan.chunkSize)
  try {
    checkTotalSize(source.size, plan.chunkSize)
    signal?.throwIfAborted()
    const retry: RetryPolicy = { maxRetries: plan.maxRetries, delay: options.retryDelay ?? defaultRetryDelay, signal }
    const progress = reporter(options.onProgress, source.size, plan.chunkSize)

    const init = await core.send<MediaUploadResult>(initRequest(core, source.size, plan.mediaType, options.mediaCategory), { signal })
    const mediaId = init?.media_id_string
    // media_id_string, never media_id: the number exceeds 2^53 and JSON.parse has already rounded it.
    if (typeof mediaId !== 'string' || !/^\d+$/.test(mediaId)) throw new TwythonError('INIT answered without a media_id_string.')
    progress.report('init', { mediaId })

    // sendRaw, not send: APPEND answers 204 with a text/html content type and nothing to parse.
    await sendSegments(
      source,
      concurrency,
      retry,
      (segment, segmentSignal) => core.sendRaw(appendRequest(core, mediaId, segment.index, segment.bytes), { signal: segmentSignal }),
      (segment) => progress.acknowledge(segment.index, segment.bytes.byteLength),
    )

    const finalized = await core.send<MediaUploadResult>(finalizeRequest(core, mediaId), { signal })
    if (typeof finalized?.media_id_string !== 'string') throw new TwythonError(`FINALIZE of media ${mediaId} answered without a media_id_string.`)
    progress.report('finalize', { mediaId, processing: finalized.processing_info })

    const result =
      options.checkProgress === false
        ? failIfFailed(mediaId, finalized)
        : await awaitProcessing(core, mediaId, finalized, polling, retry, (status) => progress.report('processing', { mediaId, processing: status?.processing_info }))
    progress.report('done', { mediaId, processing: result.processing_info })
    return result
  } finally {
    await source.close()
  }
}

export interface Reporter {
  report(phase: UploadProgress['phase'], extra: Pick<UploadProgress, 'mediaId' | 'processing'>): void
  acknowledge(segmentIndex: number, bytes: number): void
}

/** Progress events: `bytesSent` counts acknowledged segments once each, in the order they are acknowledged. */
export function reporter(onProgress: ((progress: UploadProgress) => void) | undefined, totalBytes: number, chunkSize: number): Reporter {
  const segmentCount = Math.ceil(totalBytes / chunkSize)
  let bytesSent = 0
  let segmentIndex = -1
  let segmentsAcknowledged = 0
  let mediaId: string | undefined
  const emit = (phase: UploadProgress['phase'], processing?: UploadProgress['processing']): void => {
    onProgress?.({ bytesSent, totalBytes, segmentIndex, segmentsAcknowledged, segmentCount, phase, ...(mediaId ? { mediaId } : {}), ...(processing ? { processing } : {}) })
  }
  return {
    report(phase, extra) {
      mediaId = extra.mediaId ?? mediaId
      emit(phase, extra.processing)
    },
    acknowledge(index, bytes) {
      segmentIndex = index
      segmentsAcknowledged++
      bytesSent += bytes
      emit('append')
    },
  }
}
