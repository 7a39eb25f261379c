/**
 * Request bodies that are not signed: JSON (ids as bigints written as decimal strings) and multipart (file
 * parts for the values that carry file content, the rest as text parts encoded Twython's way). Used by the
 * v1.1 request builder in core.ts and the X API v2 builder in v2/request.ts.
 */
import { encodeParams } from './encode.js'
import { TwythonError } from './errors.js'
import { toBlob } from './files.js'
import type { Route } from './route.js'

/** `JSON.stringify` of a body, bigints as decimal strings. */
export function jsonBody(body: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(body, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))
}

/**
 * A multipart body: `isFile(name, value)` values become file parts; plain objects become JSON text parts
 * when `objectsAsJson` (X API v2 fields); everything else is encoded as a query value would be. `undefined`
 * and `null` are left out.
 */
export async function multipartBody(fields: Readonly<Record<string, unknown>>, isFile: (name: string, value: unknown) => boolean, objectsAsJson = false): Promise<FormData> {
  const form = new FormData()
  const plain: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue
    if (isFile(name, value)) {
      const { blob, filename } = await toBlob(name, value)
      form.append(name, blob, filename)
    } else if (objectsAsJson && typeof value === 'object' && !Array.isArray(value)) form.append(name, jsonBody(value as Record<string, unknown>))
    else plain[name] = value
  }
  for (const [name, value] of encodeParams(plain)) form.append(name, value)
  return form
}

/** Builds a multipart body from fields, reading the ones `isFile` names as files. */
export type MultipartEncoder = (fields: Readonly<Record<string, unknown>>, isFile: (name: string, value: unknown) => boolean, objectsAsJson?: boolean) => Promise<FormData>

/**
 * The error for a route that sends files when no multipart encoder came with the call (the lean core's own
 * `call`, or `callV2`): the encoder and the file readers behind it come with `callWithFiles`.
 */
export function multipartMissing(route: Route): TwythonError {
  return new TwythonError(`${route.id} sends files (multipart): call its generated function (it brings callWithFiles), or use new Core(options). Nothing was sent.`)
}

/**
 * Byte parts of one body, sent in order without being joined (see `PreparedRequest.body`); `open()` makes the
 * body of one attempt. The parts' code comes with whoever builds them (the uploads), not with every call.
 */
export interface BodyParts {
  readonly parts: readonly Uint8Array[]
  open(): { readonly body: ReadableStream<Uint8Array>; readonly contentLength: string }
}

/**
 * Byte parts as a body. Each `open()` is a stream that hands each part over as it is (no copy: a
 * `Uint8Array` body would be copied by the `Request` constructor and again when ky clones the request),
 * with their total as the `content-length`, so the request is not sent chunked.
 */
export function bodyParts(parts: readonly Uint8Array[]): BodyParts {
  let length = 0
  for (const part of parts) length += part.byteLength
  return {
    parts,
    open() {
      let next = 0
      // A default (not a byte) stream: a clone of the Request tees it without copying the chunks.
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (next < parts.length) controller.enqueue(parts[next++]!)
          else controller.close()
        },
      })
      return { body, contentLength: String(length) }
    },
  }
}
