/**
 * X API v2's chunked upload (`/2/media/upload/initialize`, `/{id}/append`, `/{id}/finalize`, and STATUS on
 * `GET /2/media/upload`) on the same sessions as v1.1's `media/upload.json`: one media store, so an id from
 * either API version can be attached by either. The v2 routes call these and write X's v2 shapes; each
 * step is the v1.1 command's own check (commands.ts), so both versions refuse the same things.
 */
import { checkStatus, createSession, createSimple, expiresIn, findSession, finalizeSession, readSegment, type UploadFields, type UploadState } from './commands.js'
import type { MediaSession } from './session.js'

/** A step's outcome: its value, or X's refusal (a 400 with a message, or an injected fault). */
export type UploadOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly status: number; readonly message: string } | { readonly ok: false; readonly reset: true }

/** The media object of v2's FINALIZE and STATUS answers (`data`). */
export interface V2MediaData {
  readonly id: string
  readonly media_key: string
  readonly size: number
  readonly expires_after_secs: number
  readonly processing_info?: Record<string, unknown>
  readonly image?: Record<string, unknown>
  readonly video?: Record<string, unknown>
}

/** The v2 side of the upload service. */
export interface UploadV2 {
  /** `additional_owners`: user ids that may attach the media too. */
  initialize(userId: string, fields: UploadFields, additionalOwners?: readonly string[]): UploadOutcome<{ id: string; media_key: string; expires_after_secs: number }>
  /** The one-request upload (`POST /2/media/upload`). */
  simple(userId: string, bytes: Buffer, category: string | undefined, additionalOwners?: readonly string[]): UploadOutcome<V2MediaData>
  append(userId: string, mediaId: string, fields: UploadFields, file: Buffer | undefined): UploadOutcome<{ expires_at: number }>
  finalize(userId: string, mediaId: string): UploadOutcome<V2MediaData>
  status(userId: string, mediaId: string): UploadOutcome<V2MediaData>
}

const refused = (message: string): { ok: false; status: number; message: string } => ({ ok: false, status: 400, message })

/** The v2 steps over the service's state; `takeFault` plays `failSegmentOnce`, `log` records each command. */
export function createUploadV2(state: UploadState, takeFault: (mediaId: string, segmentIndex: number) => number | 'reset' | undefined, log: string[]): UploadV2 {
  const media = (session: MediaSession): V2MediaData => {
    const info = session.processingInfo(state.processing)
    const finished = session.state === 'succeeded' || session.state === undefined
    // X's v2 document has no `error` in processing_info: the state says it failed.
    const processing = info ? Object.fromEntries(Object.entries(info).filter(([k]) => k !== 'error')) : undefined
    return {
      id: session.id.toString(),
      media_key: session.mediaKey,
      size: session.totalBytes,
      expires_after_secs: expiresIn(session, state.now()),
      ...(finished ? session.details() : {}),
      ...(processing ? { processing_info: processing } : {}),
    }
  }
  return {
    initialize(userId, fields, additionalOwners = []) {
      log.push('INIT')
      const now = state.now()
      const session = createSession(state, userId, fields, now)
      if (typeof session === 'string') return refused(session)
      for (const owner of additionalOwners) session.additionalOwners.add(owner)
      return { ok: true, value: { id: session.id.toString(), media_key: session.mediaKey, expires_after_secs: expiresIn(session, now) } }
    },
    simple(userId, bytes, category, additionalOwners = []) {
      const session = createSimple(state, userId, bytes, category)
      if (typeof session === 'string') return refused(session)
      for (const owner of additionalOwners) session.additionalOwners.add(owner)
      return { ok: true, value: media(session) }
    },
    append(userId, mediaId, fields, file) {
      log.push(`APPEND:${fields.get('segment_index')}`)
      const session = findSession(state, userId, mediaId)
      if (typeof session === 'string') return refused(session)
      const segment = readSegment(session, fields, file)
      if (typeof segment === 'string') return refused(segment)
      const fault = takeFault(session.id.toString(), segment.index)
      if (fault !== undefined) {
        session.faults.push({ segmentIndex: segment.index, status: fault })
        return fault === 'reset' ? { ok: false, reset: true } : { ok: false, status: fault, message: 'Internal error' }
      }
      const outcome = session.append(segment.index, segment.data)
      if (!outcome.ok) return refused(outcome.message)
      return { ok: true, value: { expires_at: Math.floor(session.expiresAt / 1000) } }
    },
    finalize(userId, mediaId) {
      log.push('FINALIZE')
      const session = findSession(state, userId, mediaId)
      if (typeof session === 'string') return refused(session)
      const why = finalizeSession(state, session)
      if (why) return refused(why)
      return { ok: true, value: media(session) }
    },
    status(userId, mediaId) {
      log.push('STATUS')
      const session = findSession(state, userId, mediaId)
      if (typeof session === 'string') return refused(session)
      const why = checkStatus(state, session)
      if (why) return refused(why)
      return { ok: true, value: media(session) }
    },
  }
}
