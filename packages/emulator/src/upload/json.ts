/**
 * Responses of the upload service, written as Twitter writes them. Media ids exceed 2^53, so they are
 * kept as bigint and written as exact digits: `"media_id": 1500000000000000001`, never a rounded double.
 */
import type { ServerResponse } from 'node:http'
import { toJson as stringifyExact } from '../server/json.js'

/** JSON text in which every bigint is written as a bare integer: the emulator's one exact-id writer. */
export { stringifyExact }

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = stringifyExact(value)
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(body) })
  res.end(body)
}

/** APPEND's answer: 204, `text/html` content type, no body (as recorded from Twitter). */
export function sendNoContent(res: ServerResponse): void {
  res.writeHead(204, { 'content-type': 'text/html;charset=utf-8' })
  res.end()
}

/** The upload host's error shape: `{"request":"/1.1/media/upload.json","error":"..."}`. */
export function sendUploadError(res: ServerResponse, status: number, message: string, path = '/1.1/media/upload.json'): void {
  sendJson(res, status, { request: path, error: message })
}

/** A server-side failure as the API hosts write it (code 131, internal error). */
export function sendInternalError(res: ServerResponse, status: number): void {
  sendJson(res, status, { errors: [{ code: 131, message: 'Internal error' }] })
}
