/** Reading request bodies and writing answers. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApiError } from './errors.js'

/** Bodies above this are refused: the emulator holds them in memory (chunked uploads come in 5 MB segments). */
const MAX_BODY_BYTES = 64 * 1024 * 1024

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new Error('request body too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

export const JSON_TYPE = 'application/json;charset=utf-8'
export const HTML_TYPE = 'text/html;charset=utf-8'

/**
 * Writes a complete answer. An empty body goes out as `text/html`, as Twitter sends its 201/204 answers.
 * With `truncate`, the headers promise the whole body but only half of it is written before the
 * connection is destroyed, so the client sees a body cut short.
 */
export function send(res: ServerResponse, status: number, text: string, headers: Readonly<Record<string, string>> = {}, truncate = false): void {
  const body = Buffer.from(text, 'utf8')
  const contentType = headers['content-type'] ?? (body.length === 0 ? HTML_TYPE : JSON_TYPE)
  res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': String(body.length) })
  if (truncate) {
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy())
    return
  }
  res.end(body)
}

export function sendError(res: ServerResponse, error: ApiError, headers: Readonly<Record<string, string>> = {}): void {
  send(res, error.status, error.body(), { ...headers, ...error.headers })
}
