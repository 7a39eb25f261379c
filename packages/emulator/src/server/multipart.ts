/**
 * A small `multipart/form-data` parser for the simple (one-request) media upload and
 * `statuses/update_with_media`: the body is split on its boundary and each part's headers read.
 * Whole bodies only; that is enough for requests the emulator already holds in memory.
 */

export interface FormPart {
  readonly name: string
  /** Present for file parts. */
  readonly filename?: string
  readonly contentType?: string
  readonly data: Buffer
}

/** The boundary of a `multipart/form-data` content type, or undefined. */
export function multipartBoundary(contentType: string): string | undefined {
  if (!/^multipart\/form-data/i.test(contentType)) return undefined
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return m?.[1] ?? m?.[2]
}

/** The parts of a multipart body, in order; malformed parts are skipped. */
export function parseFormData(body: Buffer, boundary: string): FormPart[] {
  const delimiter = Buffer.from(`--${boundary}`)
  const parts: FormPart[] = []
  let start = body.indexOf(delimiter)
  while (start >= 0) {
    const afterDelimiter = start + delimiter.length
    // `--boundary--` closes the body.
    if (body[afterDelimiter] === 0x2d && body[afterDelimiter + 1] === 0x2d) break
    const next = body.indexOf(delimiter, afterDelimiter)
    if (next < 0) break
    // Each part sits between the CRLF after one delimiter and the CRLF before the next.
    const part = body.subarray(afterDelimiter + 2, next - 2)
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString('utf8')
      const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? ''
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1]
      const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1]
      const contentType = /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim()
      if (name !== undefined) parts.push({ name, data: part.subarray(headerEnd + 4), ...(filename !== undefined ? { filename } : {}), ...(contentType ? { contentType } : {}) })
    }
    start = next
  }
  return parts
}
