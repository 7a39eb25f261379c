/**
 * The four v1.1 chunked-upload commands as prepared requests for `Core.send`, and v2's APPEND (v2's other
 * commands are plain JSON calls of their generated routes). INIT and FINALIZE are form posts
 * (their fields are signed), APPEND is multipart (only the OAuth and query parameters are signed, as
 * OAuth 1.0a specifies), STATUS is a GET with its parameters in the query, as Twitter documents it.
 */
import { Buffer, randomBytes } from '#buffer'
import type { BaseCore, PreparedRequest } from '../base-core.js'
import { bodyParts, type BodyParts } from '../body.js'
import { formatPairs } from '../encode.js'
import type { Route } from '../route.js'

/** `<upload host>/<version>/media/upload.json`: Twython's UPLOAD_URL, honouring `hosts.upload` and `apiVersion`. */
export function uploadUrl(core: BaseCore): string {
  return `${core.hosts.upload}/${core.apiVersion}/media/upload.json`
}

function formPost(core: BaseCore, pairs: [string, string][]): PreparedRequest {
  return { method: 'POST', url: uploadUrl(core), form: pairs, contentType: 'application/x-www-form-urlencoded', auth: 'default' }
}

/** INIT, fields in Twython's order: `command`, `media_type`, `total_bytes`, `media_category` when given. */
export function initRequest(core: BaseCore, totalBytes: number, mediaType: string, mediaCategory: string | undefined): PreparedRequest {
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
 * `media`, as Twython sends it).
 */
export function appendRequest(core: BaseCore, mediaId: string, segmentIndex: number, segment: Uint8Array): PreparedRequest {
  const { body, contentType } = multipartSegment(
    [
      ['command', 'APPEND'],
      ['media_id', mediaId],
      ['segment_index', String(segmentIndex)],
    ],
    'media',
    segment,
  )
  return { method: 'POST', url: uploadUrl(core), body, contentType, auth: 'default' }
}

/**
 * A multipart body of text fields and one file part holding `segment`, as three parts: the head (fields
 * and the file part's headers), the segment itself, and the closing boundary. The parts are sent one after
 * another, so the segment is never copied into a joined buffer; FormData would copy it several times
 * (scripts/bench/upload.ts measured that garbage, and so peak memory, growing with the upload).
 */
export function multipartSegment(fields: readonly (readonly [string, string])[], fileField: string, segment: Uint8Array): { body: BodyParts; contentType: string } {
  const boundary = `----twython${randomBytes(12).toString('hex')}`
  let head = ''
  for (const [name, value] of fields) head += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
  head += `--${boundary}\r\nContent-Disposition: form-data; name="${fileField}"; filename="media"\r\nContent-Type: application/octet-stream\r\n\r\n`
  const tail = `\r\n--${boundary}--\r\n`
  return { body: bodyParts([Buffer.from(head), segment, Buffer.from(tail)]), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** FINALIZE. */
export function finalizeRequest(core: BaseCore, mediaId: string): PreparedRequest {
  return formPost(core, [
    ['command', 'FINALIZE'],
    ['media_id', mediaId],
  ])
}

/** STATUS, a GET (Twython 3.4 posted it; Twitter documents GET). */
export function statusRequest(core: BaseCore, mediaId: string): PreparedRequest {
  const query = formatPairs([
    ['command', 'STATUS'],
    ['media_id', mediaId],
  ])
  return { method: 'GET', url: `${uploadUrl(core)}?${query}`, auth: 'default' }
}

/**
 * X API v2 APPEND of one segment to `url` (`/2/media/upload/{id}/append`, already filled): the fields X's
 * OpenAPI document lists, `segment_index` and the `media` part. The body is not signed (OAuth 1.0a signs
 * only the URL of a multipart request); `route` puts the call on the endpoint's rate-limit budget.
 */
export function appendRequestV2(url: string, route: Route, segmentIndex: number, segment: Uint8Array): PreparedRequest {
  const { body, contentType } = multipartSegment([['segment_index', String(segmentIndex)]], 'media', segment)
  return { method: 'POST', url, body, contentType, auth: 'default', route }
}
