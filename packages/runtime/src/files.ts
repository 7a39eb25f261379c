/**
 * File inputs for multipart parameters: a path, a Blob, bytes, or a stream. Everything becomes a Blob;
 * a path is opened lazily by Node (`fs.openAsBlob`), so its bytes are read while the body is sent. Paths
 * and Node streams are Node's (`#files` resolves to platform/files.node.ts there); elsewhere a path is
 * refused with a message saying to pass the bytes.
 */
import { isNodeReadable, openPath } from '#files'
import { TwythonError } from './errors.js'

/** Anything a `file` parameter accepts. */
export type FileInput = string | Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | NodeJS.ReadableStream

/** True for values that carry file content rather than a plain parameter value. */
export function isFileLike(value: unknown): boolean {
  return (
    value instanceof Blob ||
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    (typeof ReadableStream !== 'undefined' && value instanceof ReadableStream) ||
    isNodeReadable(value)
  )
}

/** Converts a file input to a Blob and a file name for its multipart part. */
export async function toBlob(name: string, value: unknown): Promise<{ blob: Blob; filename: string }> {
  if (typeof value === 'string') {
    try {
      return await openPath(value)
    } catch (error) {
      throw new TwythonError(`Cannot read the file for "${name}" at ${value}: ${(error as Error).message}`, { cause: error })
    }
  }
  if (value instanceof Blob) return { blob: value, filename: (value as { name?: string }).name || name }
  if (value instanceof Uint8Array) return { blob: new Blob([value as Uint8Array<ArrayBuffer>]), filename: name }
  if (value instanceof ArrayBuffer) return { blob: new Blob([value]), filename: name }
  if ((typeof ReadableStream !== 'undefined' && value instanceof ReadableStream) || isNodeReadable(value)) {
    const chunks: Uint8Array<ArrayBuffer>[] = []
    const encoder = new TextEncoder()
    for await (const chunk of value as AsyncIterable<Uint8Array | string>) chunks.push((typeof chunk === 'string' ? encoder.encode(chunk) : chunk) as Uint8Array<ArrayBuffer>)
    return { blob: new Blob(chunks), filename: name }
  }
  throw new TwythonError(`Parameter "${name}" must be a file path, Blob, Uint8Array, ArrayBuffer or stream.`)
}
