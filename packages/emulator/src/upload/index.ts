/**
 * The emulator's upload service: the simple (one-request) upload and the chunked INIT, APPEND, FINALIZE and
 * STATUS on /1.1/media/upload.json, validated as Twitter validates them (total bytes, every segment present,
 * unknown or expired ids), with simulated processing and faults on demand. It keeps a SHA-256 of each upload
 * instead of its bytes, so a 500 MB upload costs the emulator no memory, and it answers which uploads a user
 * may attach to a tweet or a message (`attachable`).
 *
 * The emulator calls `handle()` after verifying OAuth, with the body read and query + form parameters in
 * `params`; multipart fields are parsed here, with the emulator's one multipart parser. A GET without
 * `command` is left to the emulator (`handle` returns `false`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { MultipartError, multipartBoundary, parseMultipart } from '../server/multipart.js'
import { appendSegment, createSimple, finalize, finishAppend, init, sessionFor, simpleUpload, status, type UploadFields, type UploadState } from './commands.js'
import { sendInternalError, sendUploadError } from './json.js'
import { DEFAULT_FAILURE, type AttachableMedia, type MediaSession, type ProcessingError, type SessionStats } from './session.js'
import type { UploadService } from './types.js'
import { createUploadV2, type UploadV2 } from './v2.js'

export type { SessionStats, ProcessingError, AttachableMedia } from './session.js'
export type { UploadService } from './types.js'
export type { UploadV2, UploadOutcome, V2MediaData } from './v2.js'
export type { UploadFields } from './commands.js'
export { stringifyExact } from './json.js'
export { startUploadServer, type UploadServer, type UploadServerOptions } from './standalone.js'

/** Options of `createUploadService`. */
export interface UploadServiceOptions {
  /** Simulated processing of video and GIF uploads (a `media_category` ending in `_video` or `_gif`). */
  readonly processing?: {
    /** `check_after_secs` in `pending` and `in_progress` answers; 0 leaves the field out. @default 1 */
    readonly checkAfterSecs?: number
    /** How many STATUS answers show `in_progress` before the final state. @default 2 */
    readonly steps?: number
    /** Milliseconds in one emulated second; tests use 1 to run processing in milliseconds. @default 1000 */
    readonly secondMs?: number
    /** The state processing ends in. @default 'succeeded' */
    readonly finalState?: 'succeeded' | 'failed'
    /** The error a failed processing reports. @default { code: 1, name: 'InvalidMedia', message: 'file is invalid' } */
    readonly error?: ProcessingError
  }
  /** `always` makes every FINALIZE asynchronous, `never` none; `category` follows Twitter. @default 'category' */
  readonly asyncProcessing?: 'category' | 'always' | 'never'
  /** Lifetime of an INIT. @default 86400 */
  readonly expiresAfterSecs?: number
  /** The clock, in milliseconds. @default Date.now */
  readonly now?: () => number
  /** The first media id handed out; later ones count up. Above 2^53, like Twitter's. @default 1500000000000000001n */
  readonly firstMediaId?: bigint
}

/** The upload service plus what tests read and the faults they inject. */
export interface UploadServiceControl extends UploadService {
  /** SHA-256 (hex) of the bytes received for a media id, in segment order; `undefined` for an unknown id. */
  hashOf(mediaId: string | bigint): string | undefined
  /** Segments, faults, processing state and STATUS times of a media id. */
  stats(mediaId: string | bigint): SessionStats | undefined
  /** Every media id handed out, oldest first. */
  mediaIds(): string[]
  /**
   * An upload `userId` may attach to a tweet or a message: theirs, not expired, finished (and processed,
   * for video and GIF categories). A reason instead when it is not.
   */
  attachable(mediaId: string, userId: string): AttachableMedia | { readonly refused: string }
  /**
   * Ends processing of a media id at once (`succeeded`), as if the client had waited: the next STATUS says
   * so and the id can be attached. For tests that do not want to poll; see also `processing.steps`.
   */
  completeProcessing(mediaId: string | bigint): void
  /** Stores an image sent inside another request (`statuses/update_with_media`) as `userId`'s upload; its media id. */
  register(userId: string, bytes: Buffer): string
  /** Every chunked-upload command handled, in order (`INIT`, `APPEND:3`, `FINALIZE`, `STATUS`). */
  readonly log: string[]
  /**
   * The next APPEND of `segmentIndex` (for one media id, or `'*'` for any) fails once with `status`, or with
   * the connection destroyed for `'reset'`. The segment is not stored.
   */
  failSegmentOnce(mediaId: string | bigint | '*', segmentIndex: number, status?: number | 'reset'): void
  /** Processing of a media id (or `'*'`: every upload finalized from now on) ends `failed` with `error`, reported by STATUS or already by FINALIZE. */
  failProcessing(mediaId: string | bigint | '*', error?: ProcessingError, options?: { at?: 'finalize' | 'status' }): void
  /** X API v2's chunked upload on the same sessions (the emulator's `/2/media/upload/...` routes call it). */
  readonly v2: UploadV2
}

interface SegmentFault {
  mediaId: string
  segmentIndex: number
  status: number | 'reset'
}

/**
 * Creates the upload service.
 *
 * @example
 * ```ts
 * const uploads = createUploadService({ processing: { secondMs: 1 } })
 * uploads.failSegmentOnce('*', 2, 503)
 * // mount: for POST/GET /1.1/media/upload.json call uploads.handle(req, res, { userId, params, body, contentType })
 * ```
 */
export function createUploadService(options: UploadServiceOptions = {}): UploadServiceControl {
  const processing = options.processing ?? {}
  let nextId = options.firstMediaId ?? 1_500_000_000_000_000_001n
  const segmentFaults: SegmentFault[] = []
  const processingFaults = new Map<string, { error: ProcessingError; at: 'finalize' | 'status' }>()
  if (processing.finalState === 'failed') processingFaults.set('*', { error: processing.error ?? DEFAULT_FAILURE, at: 'status' })
  const log: string[] = []
  const state: UploadState = {
    sessions: new Map<string, MediaSession>(),
    processing: { checkAfterSecs: processing.checkAfterSecs ?? 1, steps: processing.steps ?? 2, secondMs: processing.secondMs ?? 1000 },
    expiresAfterSecs: options.expiresAfterSecs ?? 86_400,
    asyncProcessing: options.asyncProcessing ?? 'category',
    now: options.now ?? Date.now,
    newId: () => nextId++,
    processingFault: (mediaId) => processingFaults.get(mediaId) ?? processingFaults.get('*'),
  }

  function takeSegmentFault(mediaId: string, segmentIndex: number): SegmentFault | undefined {
    const at = segmentFaults.findIndex((f) => (f.mediaId === mediaId || f.mediaId === '*') && f.segmentIndex === segmentIndex)
    return at < 0 ? undefined : segmentFaults.splice(at, 1)[0]
  }

  function handle(req: IncomingMessage, res: ServerResponse, ctx: { userId: string; params: URLSearchParams; body: Buffer; contentType: string }): boolean {
    let fields: UploadFields = { get: (name) => ctx.params.get(name) ?? undefined }
    let file: Buffer | undefined
    const boundary = multipartBoundary(ctx.contentType)
    if (boundary !== undefined && req.method === 'POST') {
      let parts
      try {
        parts = parseMultipart(ctx.body, boundary)
      } catch (error) {
        if (!(error instanceof MultipartError)) throw error
        sendUploadError(res, 400, `Malformed multipart body: ${error.message}.`)
        return true
      }
      const values = new Map<string, string>()
      for (const part of parts) {
        if (part.name === 'media' && (part.filename !== undefined || file === undefined)) file = part.data
        else values.set(part.name, part.data.toString('utf8'))
      }
      fields = { get: (name) => values.get(name) ?? ctx.params.get(name) ?? undefined }
    }
    const command = fields.get('command')
    if (command === undefined) {
      if (req.method !== 'POST') return false
      simpleUpload(state, res, ctx.userId, fields, file)
      return true
    }
    if (req.method === 'GET' && command !== 'STATUS') {
      sendUploadError(res, 400, `${command} must be sent with POST.`)
      return true
    }
    const mediaId = fields.get('media_id')
    log.push(command === 'APPEND' ? `APPEND:${fields.get('segment_index')}` : command)
    switch (command) {
      case 'INIT':
        init(state, res, ctx.userId, fields)
        return true
      case 'APPEND': {
        const session = sessionFor(state, res, ctx.userId, mediaId)
        if (!session) return true
        const segment = appendSegment(res, session, fields, file)
        if (!segment) return true
        const fault = takeSegmentFault(session.id.toString(), segment.index)
        if (fault) {
          session.faults.push({ segmentIndex: segment.index, status: fault.status })
          if (fault.status === 'reset') req.socket.destroy()
          else sendInternalError(res, fault.status)
          return true
        }
        finishAppend(res, session, segment)
        return true
      }
      case 'FINALIZE': {
        const session = sessionFor(state, res, ctx.userId, mediaId)
        if (session) finalize(state, res, session)
        return true
      }
      case 'STATUS': {
        const session = sessionFor(state, res, ctx.userId, mediaId)
        if (session) status(state, res, session)
        return true
      }
      default:
        sendUploadError(res, 400, `Invalid command ${command}; use INIT, APPEND, FINALIZE or STATUS.`)
        return true
    }
  }

  const v2 = createUploadV2(state, (mediaId, segmentIndex) => takeSegmentFault(mediaId, segmentIndex)?.status, log)

  return {
    handle,
    v2,
    close() {
      state.sessions.clear()
      segmentFaults.length = 0
      processingFaults.clear()
    },
    hashOf: (mediaId) => state.sessions.get(String(mediaId))?.hash(),
    stats: (mediaId) => state.sessions.get(String(mediaId))?.stats(),
    mediaIds: () => [...state.sessions.keys()],
    completeProcessing(mediaId) {
      const session = state.sessions.get(String(mediaId))
      if (!session) throw new Error(`Unknown media id ${mediaId}`)
      if (!session.finalized) throw new Error(`Media id ${mediaId} is not finalized yet`)
      if (session.state === 'pending' || session.state === 'in_progress') session.state = 'succeeded'
    },
    register(userId, bytes) {
      const session = createSimple(state, userId, bytes, undefined)
      if (typeof session === 'string') throw new RangeError(session)
      return session.id.toString()
    },
    attachable(mediaId, userId) {
      const session = state.sessions.get(mediaId)
      if (!session || (session.userId !== userId && !session.additionalOwners.has(userId))) return { refused: 'unknown' }
      if (state.now() >= session.expiresAt) return { refused: 'expired' }
      if (!session.finalized) return { refused: 'not finalized' }
      if (session.state === 'failed') return { refused: 'processing failed' }
      if (session.state === 'pending' || session.state === 'in_progress') {
        // Processing advances when someone looks, as with STATUS.
        session.advance(state.now(), state.processing)
        if ((session.state as string) !== 'succeeded') return { refused: 'still processing' }
      }
      return session.attachable()
    },
    log,
    failSegmentOnce(mediaId, segmentIndex, status = 503) {
      segmentFaults.push({ mediaId: String(mediaId), segmentIndex, status })
    },
    failProcessing(mediaId, error = processing.error ?? DEFAULT_FAILURE, opts = {}) {
      const at = opts.at ?? 'status'
      processingFaults.set(String(mediaId), { error, at })
      // A session already processing picks the failure up at its next step.
      const session = state.sessions.get(String(mediaId))
      if (session && session.finalized) session.failure = error
    },
  }
}
