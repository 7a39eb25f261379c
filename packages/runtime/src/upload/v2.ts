/**
 * `uploadMediaV2`: X API v2's chunked media upload. `POST /2/media/upload/initialize` (JSON: type, size,
 * category), `POST /2/media/upload/{id}/append` per segment (multipart: `segment_index` and the `media`
 * bytes), `POST /2/media/upload/{id}/finalize`, then `GET /2/media/upload?command=STATUS&media_id=…` as
 * `check_after_secs` says until X has processed the media. The segments go out as v1.1's `uploadVideo`
 * sends them (segments.ts): several in flight, each owned by its request until acknowledged, a failed one
 * retried alone, in constant memory.
 *
 * The runtime knows no endpoint: the four routes come from the client's generated code
 * (`twitter.v2.uploadMedia` passes them), so their paths, security and rate limits are the spec's.
 * Initialize, finalize and status are ordinary calls of their routes; only APPEND is built here, because
 * its body is the segment's bytes, sent without a copy.
 */
import type { BaseCore } from '../base-core.js'
import { fillPath } from '../encode.js'
import { TwythonError } from '../errors.js'
import type { Route } from '../route.js'
import { reporter } from './chunked.js'
import { MediaProcessingError } from './errors.js'
import { checkTotalSize, checkUploadInput } from './limits.js'
import { pollProcessing, resolvePolling, type ProcessingProtocol } from './processing.js'
import { checkConcurrency, sendSegments } from './segments.js'
import { openSource, type MediaInput } from './source.js'
import { defaultRetryDelay, type RetryPolicy } from './timing.js'
import type { MediaCategoryV2, MediaUploadV2, MediaUploadV2Routes, UploadMediaV2Options } from './types.js'
import { appendRequestV2 } from './wire.js'
import { assertCallable, callV2, v2Json } from '../v2/call.js'

/** The `media_category` values X's v2 initialize accepts. */
export const MEDIA_CATEGORIES_V2: readonly MediaCategoryV2[] = ['tweet_image', 'tweet_gif', 'tweet_video', 'dm_image', 'dm_gif', 'dm_video', 'subtitles', 'amplify_video']

/** `uploadMediaV2`'s options: `twitter.v2.uploadMedia`'s, plus the generated routes to call. */
export interface UploadMediaV2CallOptions extends UploadMediaV2Options {
  /** The generated v2 routes of the four upload operations. */
  readonly routes: MediaUploadV2Routes
}

/** The JSON envelope X API v2 answers with. */
interface Envelope<T> {
  readonly data?: T
  readonly errors?: readonly { readonly title?: string; readonly detail?: string }[]
}

const MEDIA_ID = /^[0-9]{1,19}$/

/**
 * Uploads media with X API v2's chunked upload and returns X's media object once it is ready to attach.
 *
 * Everything that can be checked without the network is checked before the first request: the media type,
 * the category, `segmentBytes` (at most 5 MiB, at most 1,000 segments), `concurrency`, the file's
 * existence, `size` against the real size (a stream needs `size`), and whether the credentials may call the
 * upload routes (an OAuth 2.0 user token needs the `media.write` scope; OAuth 1.0a user context works too).
 *
 * @param core - The core of a `Twython` client (`twitter.core`), or `createCore({ ... })`.
 * @param input - A file path, Buffer/Uint8Array/ArrayBuffer, Blob, Node Readable or web ReadableStream (with `size`).
 * @param options - `mediaType`, `mediaCategory`, `shared`, progress, abort, concurrency, segment size, and the routes.
 * @returns The media object (`data` of the finalize answer, or of the last status once processing
 * succeeded); pass its `id` in `media.media_ids` of `createTweet`.
 * @throws {@link MediaProcessingError} (`MediaProcessingError<MediaUploadV2>`) when X reports processing
 * `failed`, with X's error name and message; `TwythonAuthError` / `TwythonScopeError` for credentials that
 * cannot upload (nothing is sent); `TwythonError` for bad input, HTTP errors and network failures that
 * outlast the retries; the signal's reason on abort.
 *
 * @example
 * ```ts
 * const media = await twitter.v2.uploadMedia('./clip.mp4', { mediaType: 'video/mp4', mediaCategory: 'tweet_video' })
 * await twitter.v2.createTweet({ text: 'Watch this', media: { media_ids: [media.id] } })
 * ```
 */
export async function uploadMediaV2(core: BaseCore, input: MediaInput, options: UploadMediaV2CallOptions): Promise<MediaUploadV2> {
  const { signal, routes } = options ?? ({} as UploadMediaV2CallOptions)
  checkRoutes(routes)
  const plan = checkUploadInput(options.mediaType, options.segmentBytes, options.maxSegmentRetries, 'segmentBytes')
  const category = options.mediaCategory
  if (category !== undefined && !MEDIA_CATEGORIES_V2.includes(category)) {
    throw new TwythonError(`mediaCategory must be one of ${MEDIA_CATEGORIES_V2.join(', ')}; got ${JSON.stringify(category)}.`)
  }
  if (options.shared !== undefined && typeof options.shared !== 'boolean') throw new TwythonError(`shared must be true or false, got ${JSON.stringify(options.shared)}.`)
  const owners = options.additionalOwners
  if (owners !== undefined && (!Array.isArray(owners) || !owners.every((id) => typeof id === 'string' && MEDIA_ID.test(id)))) {
    throw new TwythonError('additionalOwners must be an array of user ids (decimal strings).')
  }
  if (options.size !== undefined) checkTotalSize(options.size, plan.chunkSize)
  const concurrency = checkConcurrency(options.concurrency)
  const polling = resolvePolling(options.polling)
  // The credentials must fit every route (they share their security), checked before a byte is read.
  for (const route of [routes.initialize, routes.append, routes.finalize, routes.status]) {
    await assertCallable(core, route)
  }
  signal?.throwIfAborted()

  const source = await openSource(input, options.size, plan.chunkSize)
  try {
    checkTotalSize(source.size, plan.chunkSize)
    signal?.throwIfAborted()
    const retry: RetryPolicy = { maxRetries: plan.maxRetries, delay: options.retryDelay ?? defaultRetryDelay, signal }
    const progress = reporter(options.onProgress, source.size, plan.chunkSize)

    const init = await callV2<Envelope<{ id?: unknown }>>(
      core,
      routes.initialize,
      {
        media_type: plan.mediaType,
        total_bytes: source.size,
        ...(category !== undefined ? { media_category: category } : {}),
        ...(options.shared !== undefined ? { shared: options.shared } : {}),
        ...(owners !== undefined ? { additional_owners: owners } : {}),
      },
      { signal },
      v2Json,
    )
    const mediaId = init?.data?.id
    if (typeof mediaId !== 'string' || !MEDIA_ID.test(mediaId)) throw new TwythonError(`initialize answered without a media id${problems(init)}.`)
    progress.report('init', { mediaId })

    const appendUrl = `${core.hosts.v2}${fillPath(routes.append.path, { id: mediaId }).path}`
    await sendSegments(
      source,
      concurrency,
      retry,
      (segment, segmentSignal) => core.sendRaw(appendRequestV2(appendUrl, routes.append, segment.index, segment.bytes), { signal: segmentSignal }),
      (segment) => progress.acknowledge(segment.index, segment.bytes.byteLength),
    )

    const finalized = media(await callV2<Envelope<MediaUploadV2>>(core, routes.finalize, { id: mediaId }, { signal }, v2Json), 'finalize', mediaId)
    progress.report('finalize', { mediaId, processing: finalized.processing_info })

    const protocol: ProcessingProtocol<MediaUploadV2> = {
      mediaId,
      info: (data) => data.processing_info,
      status: async (statusSignal) => media(await callV2<Envelope<MediaUploadV2>>(core, routes.status, { media_id: mediaId, command: 'STATUS' }, { signal: statusSignal }), 'status', mediaId),
      failed: (data) => new MediaProcessingError<MediaUploadV2>(mediaId, data),
    }
    let result: MediaUploadV2
    if (options.waitForProcessing === false) {
      if (finalized.processing_info?.state === 'failed') throw protocol.failed(finalized)
      result = finalized
    } else {
      result = await pollProcessing(protocol, finalized, polling, retry, (data) => progress.report('processing', { mediaId, processing: data.processing_info }))
    }
    progress.report('done', { mediaId, processing: result.processing_info })
    return result
  } finally {
    await source.close()
  }
}

function checkRoutes(routes: MediaUploadV2Routes | undefined): asserts routes is MediaUploadV2Routes {
  const names = ['initialize', 'append', 'finalize', 'status'] as const
  const ok = (route: Route | undefined): boolean => typeof route?.path === 'string' && route.host === 'v2'
  if (!routes || !names.every((name) => ok(routes[name]))) {
    throw new TwythonError('uploadMediaV2 needs options.routes: the generated v2 routes { initialize, append, finalize, status } (twitter.v2.uploadMedia passes them).')
  }
}

/** The media object of a finalize or status answer, checked to be the upload's. */
function media(envelope: Envelope<MediaUploadV2> | undefined, command: string, mediaId: string): MediaUploadV2 {
  const data = envelope?.data
  if (typeof data !== 'object' || data === null || typeof data.id !== 'string') throw new TwythonError(`${command} of media ${mediaId} answered without the media object${problems(envelope)}.`)
  return data
}

/** X's partial errors of an answer, for a message. */
function problems(envelope: Envelope<unknown> | undefined): string {
  const first = envelope?.errors?.[0]
  const text = first?.detail ?? first?.title
  return typeof text === 'string' ? `: ${text}` : ''
}
