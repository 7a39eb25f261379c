/**
 * The emulator's one `multipart/form-data` parser, for request bodies already in memory (uploads,
 * `statuses/update_with_media`, multipart forms on any route). It slices the body (no copies).
 *
 * It is strict: Twitter answered a malformed multipart body (no boundary in it, a part without headers or
 * a name, no closing delimiter) with a 400 instead of guessing at its parts, so a client that builds bodies
 * wrongly finds out here rather than in production. The emulator answers 400 with the reason (on the upload
 * host in its `{"request","error"}` shape, elsewhere as Twitter's error object with code 44).
 */

/** One part of a multipart body. */
export interface MultipartPart {
  readonly name: string
  readonly filename?: string
  readonly contentType?: string
  /** A view into the request body. */
  readonly data: Buffer
}

const CRLF = Buffer.from('\r\n')
const HEADER_END = Buffer.from('\r\n\r\n')

/** A body that is not valid `multipart/form-data`; the message says why, in a few words. */
export class MultipartError extends Error {}

/** Reads the boundary out of a `multipart/form-data; boundary=...` content type, or `undefined`. */
export function multipartBoundary(contentType: string): string | undefined {
  if (!/^multipart\/form-data\b/i.test(contentType.trim())) return undefined
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return match ? (match[1] ?? match[2]) : undefined
}

/** Parses a multipart body; throws a {@link MultipartError} with a short reason when it is malformed. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`)
  const separator = Buffer.concat([CRLF, delimiter])
  const parts: MultipartPart[] = []
  let pos = body.indexOf(delimiter)
  if (pos < 0) throw new MultipartError('multipart body without its boundary')
  for (;;) {
    pos += delimiter.length
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) return parts // closing "--"
    if (body[pos] !== 0x0d || body[pos + 1] !== 0x0a) throw new MultipartError('malformed multipart boundary line')
    pos += 2
    const headerEnd = body.indexOf(HEADER_END, pos)
    if (headerEnd < 0) throw new MultipartError('multipart part without a header end')
    const headers = parseHeaders(body.toString('latin1', pos, headerEnd))
    const dataStart = headerEnd + HEADER_END.length
    const next = body.indexOf(separator, dataStart)
    if (next < 0) throw new MultipartError('multipart body not terminated')
    const disposition = headers.get('content-disposition') ?? ''
    const name = paramOf(disposition, 'name')
    if (name === undefined) throw new MultipartError('multipart part without a name')
    const filename = paramOf(disposition, 'filename')
    const contentType = headers.get('content-type')
    parts.push({ name, ...(filename !== undefined ? { filename } : {}), ...(contentType ? { contentType } : {}), data: body.subarray(dataStart, next) })
    pos = next + CRLF.length
  }
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return headers
}

/** A quoted or bare parameter of a header value; names arrive as UTF-8 bytes read as latin1. */
function paramOf(header: string, key: string): string | undefined {
  const match = new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"|;\\s*${key}=([^;\\s]+)`, 'i').exec(header)
  if (!match) return undefined
  const raw = match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]!
  return Buffer.from(raw, 'latin1').toString('utf8')
}
