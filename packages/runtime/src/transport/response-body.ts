/**
 * A node:http response body as a web ReadableStream, decoded when the server compressed it (undici
 * decodes too, and callers read `response.text()` expecting plain bytes).
 */
import type { IncomingMessage } from 'node:http'
import type { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate, constants as zlib } from 'node:zlib'

/** Bytes held in the web stream before the socket is paused (backpressure). */
const HIGH_WATER_MARK = 64 * 1024

/**
 * Wraps `res` (through a decoder if `encoding` asks for one). An abort after the headers errors the
 * stream with the signal's reason and closes the socket, as fetch does.
 */
export function toWebBody(res: IncomingMessage, encoding: string | null, signal: AbortSignal): ReadableStream<Uint8Array> {
  const source = decode(res, encoding)
  let finished = false
  const finish = () => {
    if (finished) return false
    finished = true
    signal.removeEventListener('abort', onAbort)
    return true
  }
  let controller!: ReadableStreamDefaultController<Uint8Array>
  const fail = (reason: unknown) => {
    if (!finish()) return
    controller.error(reason)
    res.destroy()
    if (source !== res) source.destroy()
  }
  const onAbort = () => fail(signal.reason)
  signal.addEventListener('abort', onAbort, { once: true })

  return new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c
        source.on('data', (chunk: Buffer) => {
          if (finished) return
          controller.enqueue(chunk)
          if ((controller.desiredSize ?? 1) <= 0) source.pause()
        })
        source.once('end', () => {
          if (finish()) controller.close()
        })
        // A reset socket, a premature close or a bad gzip stream: undici reports these as 'terminated'.
        source.once('error', (error) => fail(new TypeError('terminated', { cause: error })))
        if (source !== res) res.once('error', (error) => fail(new TypeError('terminated', { cause: error })))
        res.once('close', () => {
          if (!res.complete) fail(new TypeError('terminated', { cause: new Error('the connection closed before the body ended') }))
        })
      },
      pull() {
        source.resume()
      },
      cancel() {
        finish()
        res.destroy()
        if (source !== res) source.destroy()
      },
    },
    { highWaterMark: HIGH_WATER_MARK, size: (chunk) => chunk.byteLength },
  )
}

function decode(res: IncomingMessage, encoding: string | null): Readable {
  // Flush modes let a truncated body surface as an error instead of hanging, as undici configures them.
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(createGunzip({ flush: zlib.Z_SYNC_FLUSH, finishFlush: zlib.Z_SYNC_FLUSH }))
    case 'deflate':
      return res.pipe(createInflate({ flush: zlib.Z_SYNC_FLUSH, finishFlush: zlib.Z_SYNC_FLUSH }))
    case 'br':
      return res.pipe(createBrotliDecompress({ flush: zlib.BROTLI_OPERATION_FLUSH, finishFlush: zlib.BROTLI_OPERATION_FLUSH }))
    default:
      return res
  }
}
