/**
 * A small multipart/form-data parser for request bodies that are already in memory. It slices the body
 * (no copies), which is all the upload service needs: field values and one file part per request.
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

/** Reads the boundary out of a `multipart/form-data; boundary=...` content type, or `undefined`. */
export function boundaryOf(contentType: string): string | undefined {
  if (!/^multipart\/form-data\b/i.test(contentType.trim())) return undefined
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return match ? (match[1] ?? match[2]) : undefined
}

/** Parses a multipart body; throws an Error with a short reason when it is malformed. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`)
  const separator = Buffer.concat([CRLF, delimiter])
  const parts: MultipartPart[] = []
  let pos = body.indexOf(delimiter)
  if (pos < 0) throw new Error('multipart body without its boundary')
  for (;;) {
    pos += delimiter.length
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) return parts // closing "--"
    if (body[pos] !== 0x0d || body[pos + 1] !== 0x0a) throw new Error('malformed multipart boundary line')
    pos += 2
    const headerEnd = body.indexOf(HEADER_END, pos)
    if (headerEnd < 0) throw new Error('multipart part without a header end')
    const headers = parseHeaders(body.toString('latin1', pos, headerEnd))
    const dataStart = headerEnd + HEADER_END.length
    const next = body.indexOf(separator, dataStart)
    if (next < 0) throw new Error('multipart body not terminated')
    const disposition = headers.get('content-disposition') ?? ''
    const name = paramOf(disposition, 'name')
    if (name === undefined) throw new Error('multipart part without a name')
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
