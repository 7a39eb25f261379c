/**
 * The four chunked-upload commands, validated as Twitter validates them. Each returns after writing its
 * response; nothing here keeps media bytes.
 */
import type { ServerResponse } from 'node:http'
import { sendJson, sendNoContent, sendUploadError } from './json.js'
import { toJson } from '../server/json.js'
import { MAX_SEGMENT_BYTES, SIZE_LIMITS, isSupportedType, kindOf, normalizeCategory, processesAsync, sniffImageType } from './media.js'
import { MediaSession, type ProcessingError, type ProcessingSettings } from './session.js'

/** The state and settings the commands share, owned by the service. */
export interface UploadState {
  readonly sessions: Map<string, MediaSession>
  readonly processing: ProcessingSettings
  readonly expiresAfterSecs: number
  readonly asyncProcessing: 'category' | 'always' | 'never'
  now(): number
  newId(): bigint
  /** The failure to apply to a session's processing (set by `failProcessing`), and whether it shows at FINALIZE. */
  processingFault(mediaId: string): { error: ProcessingError; at: 'finalize' | 'status' } | undefined
}

/** Request fields, whether they came in the query, a form body or multipart fields. */
export interface UploadFields {
  get(name: string): string | undefined
}

export function expiresIn(session: MediaSession, now: number): number {
  return Math.max(0, Math.floor((session.expiresAt - now) / 1000))
}

/** The session a command names, or why there is none (unknown, another user's, or expired). */
export function findSession(state: UploadState, userId: string, mediaId: string | undefined): MediaSession | string {
  if (mediaId === undefined || mediaId === '') return 'media_id parameter is missing.'
  const session = state.sessions.get(mediaId)
  if (!session || session.userId !== userId) return 'Invalid or expired media id.'
  if (state.now() >= session.expiresAt) {
    state.sessions.delete(mediaId)
    return 'Invalid or expired media id.'
  }
  return session
}

/** The session a command names, or an error response (unknown, another user's, or expired) and `undefined`. */
export function sessionFor(state: UploadState, res: ServerResponse, userId: string, mediaId: string | undefined): MediaSession | undefined {
  const found = findSession(state, userId, mediaId)
  if (typeof found === 'string') return void sendUploadError(res, 400, found)
  return found
}

/** A new session from INIT's fields, or why they are refused. */
export function createSession(state: UploadState, userId: string, fields: UploadFields, now = state.now()): MediaSession | string {
  const totalRaw = fields.get('total_bytes')
  const total = totalRaw !== undefined && /^\d+$/.test(totalRaw) ? Number(totalRaw) : NaN
  if (!Number.isSafeInteger(total) || total < 1) return 'total_bytes parameter is missing or invalid.'
  const mediaType = fields.get('media_type')?.toLowerCase()
  if (!mediaType) return 'media_type parameter is missing.'
  if (!isSupportedType(mediaType)) return `Unsupported media type ${mediaType}.`
  const given = fields.get('media_category') || undefined
  const category = given === undefined ? undefined : normalizeCategory(given)
  if (given !== undefined && category === undefined) return `Invalid media_category ${given}.`
  const kind = kindOf(mediaType, category)
  if (total > SIZE_LIMITS[kind]) return `File size exceeds ${SIZE_LIMITS[kind]} bytes.`
  const id = state.newId()
  const session = new MediaSession(id, userId, mediaType, category, kind, total, now + state.expiresAfterSecs * 1000)
  state.sessions.set(id.toString(), session)
  return session
}

export function init(state: UploadState, res: ServerResponse, userId: string, fields: UploadFields): void {
  const now = state.now()
  const session = createSession(state, userId, fields, now)
  if (typeof session === 'string') return sendUploadError(res, 400, session)
  sendJson(res, 202, { media_id: session.id, media_id_string: session.id.toString(), expires_after_secs: expiresIn(session, now), media_key: session.mediaKey })
}

/** An APPEND's segment, or why it is refused. */
export function readSegment(session: MediaSession, fields: UploadFields, file: Buffer | undefined): { index: number; data: Buffer } | string {
  if (session.finalized) return 'Media id is already finalized.'
  const rawIndex = fields.get('segment_index')
  const index = rawIndex !== undefined && /^\d+$/.test(rawIndex) ? Number(rawIndex) : NaN
  if (!(index >= 0 && index <= 999)) return 'SegmentIndex must be between 0 and 999.'
  // The chunk as a file part (raw bytes), as base64 in media_data, or as base64 in a form-encoded `media`
  // field (clients that send every command form-encoded do that); Twitter took all three.
  let data = file
  if (data === undefined) {
    const base64 = fields.get('media_data') ?? fields.get('media')
    if (base64 === undefined) return 'media or media_data parameter is missing.'
    data = Buffer.from(base64, 'base64')
  }
  if (data.length === 0) return 'Segment is empty.'
  if (data.length > MAX_SEGMENT_BYTES) return `Segment size exceeds ${MAX_SEGMENT_BYTES} bytes.`
  return { index, data }
}

/** Validates an APPEND and returns its segment, or writes the error and returns `undefined`. */
export function appendSegment(res: ServerResponse, session: MediaSession, fields: UploadFields, file: Buffer | undefined): { index: number; data: Buffer } | undefined {
  const segment = readSegment(session, fields, file)
  if (typeof segment === 'string') return void sendUploadError(res, 400, segment)
  return segment
}

export function finishAppend(res: ServerResponse, session: MediaSession, segment: { index: number; data: Buffer }): void {
  const outcome = session.append(segment.index, segment.data)
  if (!outcome.ok) return sendUploadError(res, 400, outcome.message)
  sendNoContent(res)
}

/** FINALIZE's checks and the start of processing; why it is refused, or undefined. A second FINALIZE changes nothing. */
export function finalizeSession(state: UploadState, session: MediaSession): string | undefined {
  if (session.finalized) return undefined
  // Segments may have come in any order: all of them must be there, and add up to total_bytes.
  if (session.missingSegment !== undefined || session.receivedBytes !== session.totalBytes) return 'Segments do not add up to provided total file size.'
  session.finalized = true
  const async = state.asyncProcessing === 'always' || (state.asyncProcessing === 'category' && processesAsync(session.category))
  const fault = state.processingFault(session.id.toString())
  if (async) {
    session.failure = fault?.error
    session.startProcessing(state.now(), fault?.at === 'finalize' ? fault.error : undefined)
  }
  return undefined
}

export function finalize(state: UploadState, res: ServerResponse, session: MediaSession): void {
  const refused = finalizeSession(state, session)
  if (refused) return sendUploadError(res, 400, refused)
  const now = state.now()
  const base = { media_id: session.id, media_id_string: session.id.toString() }
  const info = session.processingInfo(state.processing)
  if (info) {
    // Recorded: an asynchronous FINALIZE answers 200 with processing_info and no media details.
    return sendJson(res, 200, { ...base, media_key: session.mediaKey, size: session.totalBytes, expires_after_secs: expiresIn(session, now), processing_info: info })
  }
  // Recorded: a synchronous FINALIZE answers 201 with the media details and no processing_info.
  sendJson(res, 201, { ...base, size: session.totalBytes, expires_after_secs: expiresIn(session, now), ...session.details() })
}

/** STATUS moves processing on (when `check_after_secs` has passed); why it is refused, or undefined. */
export function checkStatus(state: UploadState, session: MediaSession): string | undefined {
  if (!session.finalized) return 'Media id is not finalized yet.'
  const now = state.now()
  session.statusChecks.push(now)
  session.advance(now, state.processing)
  return undefined
}

export function status(state: UploadState, res: ServerResponse, session: MediaSession): void {
  const refused = checkStatus(state, session)
  if (refused) return sendUploadError(res, 400, refused)
  const info = session.processingInfo(state.processing)
  const finished = session.state === 'succeeded' || session.state === undefined
  sendJson(res, 200, {
    media_id: session.id,
    media_id_string: session.id.toString(),
    media_key: session.mediaKey,
    size: session.totalBytes,
    expires_after_secs: expiresIn(session, state.now()),
    ...(finished ? session.details() : {}),
    ...(info ? { processing_info: info } : {}),
  })
}

/**
 * `POST media/upload` without `command`: the image in one request, as a `media` file part, base64 in
 * `media_data` (or a form-encoded `media`). Answers 200 with the recorded fields (no `media_key`).
 */
export function simpleUpload(state: UploadState, res: ServerResponse, userId: string, fields: UploadFields, file: Buffer | undefined): void {
  const base64 = file === undefined ? (fields.get('media_data') ?? fields.get('media')) : undefined
  const bytes = file ?? (base64 !== undefined ? Buffer.from(base64, 'base64') : undefined)
  if (!bytes || bytes.length === 0) {
    // The API hosts' error shape, as Twitter answered a simple upload without media.
    const body = toJson({ errors: [{ code: 38, message: 'media parameter is missing.' }] })
    res.writeHead(400, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(body) })
    res.end(body)
    return
  }
  const session = createSimple(state, userId, bytes, fields.get('media_category') || undefined)
  if (typeof session === 'string') return sendUploadError(res, 400, session)
  sendJson(res, 200, { media_id: session.id, media_id_string: session.id.toString(), size: bytes.length, expires_after_secs: expiresIn(session, state.now()), ...session.details() })
}

/** A finished one-request upload of `bytes` for `userId`, or the reason it is refused. */
export function createSimple(state: UploadState, userId: string, bytes: Buffer, givenCategory: string | undefined): MediaSession | string {
  const mediaType = sniffImageType(bytes)
  const category = givenCategory === undefined ? undefined : normalizeCategory(givenCategory)
  if (givenCategory !== undefined && category === undefined) return `Invalid media_category ${givenCategory}.`
  const kind = kindOf(mediaType, category)
  if (bytes.length > SIZE_LIMITS[kind]) return `File size exceeds ${SIZE_LIMITS[kind]} bytes.`
  const session = new MediaSession(state.newId(), userId, mediaType, category, kind, bytes.length, state.now() + state.expiresAfterSecs * 1000)
  session.completeSimple(bytes)
  state.sessions.set(session.id.toString(), session)
  return session
}
