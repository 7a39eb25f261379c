/**
 * The four chunked-upload commands as prepared requests for `Core.send`. INIT and FINALIZE are form posts
 * (their fields are signed), APPEND is multipart (only the OAuth and query parameters are signed, as
 * OAuth 1.0a specifies), STATUS is a GET with its parameters in the query, as Twitter documents it.
 */
import { Buffer, randomBytes } from '#buffer'
import type { Core, PreparedRequest } from '../core.js'
import { formatPairs } from '../encode.js'

/** `<upload host>/<version>/media/upload.json`: Twython's UPLOAD_URL, honouring `hosts.upload` and `apiVersion`. */
export function uploadUrl(core: Core): string {
  return `${core.hosts.upload}/${core.apiVersion}/media/upload.json`
}

function formPost(core: Core, pairs: [string, string][]): PreparedRequest {
  return { method: 'POST', url: uploadUrl(core), form: pairs, contentType: 'application/x-www-form-urlencoded', auth: 'default' }
}

/** INIT, fields in Twython's order: `command`, `media_type`, `total_bytes`, `media_category` when given. */
export function initRequest(core: Core, totalBytes: number, mediaType: string, mediaCategory: string | undefined): PreparedRequest {
  const pairs: [string, string][] = [
    ['command', 'INIT'],
    ['media_type', mediaType],
    ['total_bytes', String(totalBytes)],
  ]
  if (mediaCategory !== undefined) pairs.push(['media_category', mediaCategory])
  return formPost(core, pairs)
}

/**
 * APPEND of one segment: fields `command`, `media_id`, `segment_index`, then the `media` part (file name
 * `media`, as Twython sends it). The multipart body is written here as one buffer with the segment copied
 * in once, rather than through FormData, whose serialisation copies the bytes several times: that kept
 * garbage, and so peak memory, growing with the upload (scripts/bench/upload.ts).
 */
export function appendRequest(core: Core, mediaId: string, segmentIndex: number, segment: Uint8Array): PreparedRequest {
  const boundary = `----twython${randomBytes(12).toString('hex')}`
  const field = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
  const head = Buffer.from(
    `${field('command', 'APPEND')}${field('media_id', mediaId)}${field('segment_index', String(segmentIndex))}` +
      `--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="media"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const body = Buffer.concat([head, segment, tail], head.length + segment.byteLength + tail.length)
  return { method: 'POST', url: uploadUrl(core), body, contentType: `multipart/form-data; boundary=${boundary}`, auth: 'default' }
}

/** FINALIZE. */
export function finalizeRequest(core: Core, mediaId: string): PreparedRequest {
  return formPost(core, [
    ['command', 'FINALIZE'],
    ['media_id', mediaId],
  ])
}

/** STATUS, a GET (Twython 3.4 posted it; Twitter documents GET). */
export function statusRequest(core: Core, mediaId: string): PreparedRequest {
  const query = formatPairs([
    ['command', 'STATUS'],
    ['media_id', mediaId],
  ])
  return { method: 'GET', url: `${uploadUrl(core)}?${query}`, auth: 'default' }
}
