/**
 * Reading a request body for node:http. A body that ends within `BUFFER_LIMIT` is collected and sent with
 * a `content-length`, as undici sends strings, bytes and FormData (some servers refuse chunked uploads);
 * a longer one is a stream and goes out chunked, in constant memory. The chunks collected are written one
 * after another, never joined: an upload segment (multipart head, the segment's bytes, tail) reaches the
 * socket without being copied.
 */
import type { Writable } from 'node:stream'

/** Larger than the 5 MB default upload segment, so every segment goes out with a content-length. */
export const BUFFER_LIMIT = 8 * 1024 * 1024

/** A body ready to send: either all of it, or what was read so far plus the rest still in the stream. */
export type RequestBody =
  | { readonly buffered: readonly Buffer[]; readonly length: number; readonly pipeTo?: undefined }
  | { readonly buffered?: undefined; pipeTo(target: Writable): Promise<void> }

export async function readBody(stream: ReadableStream<Uint8Array>, limit = BUFFER_LIMIT): Promise<RequestBody> {
  const reader = stream.getReader()
  const head: Uint8Array[] = []
  let size = 0
  while (size <= limit) {
    const { done, value } = await reader.read()
    if (done) return { buffered: head.map(toBuffer), length: size }
    head.push(value)
    size += value.byteLength
  }
  return {
    async pipeTo(target) {
      try {
        for (const chunk of head) await write(target, chunk)
        head.length = 0
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          await write(target, value)
        }
        target.end()
      } catch (error) {
        await reader.cancel(error).catch(() => undefined)
        throw error
      }
    },
  }
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Writes one chunk, waiting for 'drain' when the socket is full so a long stream stays in constant memory. */
function write(target: Writable, chunk: Uint8Array): Promise<void> {
  if (target.destroyed) return Promise.reject(new Error('request destroyed'))
  if (target.write(chunk)) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      target.off('drain', onDrain)
      target.off('close', onClose)
    }
    const onDrain = () => (cleanup(), resolve())
    const onClose = () => (cleanup(), reject(new Error('request closed')))
    target.on('drain', onDrain)
    target.on('close', onClose)
  })
}
