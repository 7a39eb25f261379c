/**
 * Media sources for the chunked upload: a file path, bytes, a Blob or a stream, each read one segment at a
 * time so that memory does not grow with the file. A segment is a byte view, kept until the server
 * acknowledges it, so a retried APPEND re-sends the same bytes without reading the source again. Segments
 * of in-memory bytes are views of them (no copy); a file segment is read into one buffer.
 */
import type { FileHandle } from 'node:fs/promises'
import { Buffer } from '#buffer'
import { open, Readable } from '#files'
import { TwythonError } from '../errors.js'

/** What `uploadVideo` accepts as media. */
export type MediaInput = string | Uint8Array | ArrayBuffer | Blob | NodeJS.ReadableStream | ReadableStream<Uint8Array>

/** A media input cut into segments, read on demand. */
export interface SegmentSource {
  /** Total bytes. */
  readonly size: number
  /** The next segment, or `undefined` after the last. Reads nothing ahead of the segment it returns. */
  next(): Promise<Uint8Array | undefined>
  /** Releases the stream when the upload stops early; a no-op for paths, bytes and Blobs. */
  close(): Promise<void>
}

/** Opens `media` and checks its size against `statedSize` before anything is sent. */
export async function openSource(media: MediaInput, statedSize: number | undefined, chunkSize: number): Promise<SegmentSource> {
  if (typeof media === 'string') return fileSource(media, statedSize, chunkSize)
  if (media instanceof Blob) return blobSource(media, statedSize, chunkSize, 'the Blob')
  if (media instanceof Uint8Array || media instanceof ArrayBuffer) {
    const bytes = media instanceof ArrayBuffer ? new Uint8Array(media) : media
    checkStated(bytes.byteLength, statedSize, 'the buffer')
    return sliceSource(bytes.byteLength, chunkSize, async (start, end) => bytes.subarray(start, end))
  }
  if (isStream(media)) {
    if (statedSize === undefined) throw new TwythonError('A stream has no size of its own: pass options.size (the total number of bytes the stream will deliver).')
    return streamSource(media, statedSize, chunkSize)
  }
  throw new TwythonError('media must be a file path, Buffer, Uint8Array, ArrayBuffer, Blob, Node Readable or web ReadableStream.')
}

async function openPath(path: string): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle | undefined
  try {
    handle = await open(path, 'r')
    const info = await handle.stat()
    if (!info.isFile()) throw new TwythonError(`Cannot upload ${path}: it is not a regular file.`)
    return { handle, size: info.size }
  } catch (error) {
    await handle?.close()
    if (error instanceof TwythonError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message
    throw new TwythonError(`Cannot read the media file ${path}: ${why}.`, { cause: error })
  }
}

/**
 * A file read with positioned reads into a fresh buffer per segment. (A slice of `fs.openAsBlob` would
 * copy nothing, but Node 20 streams it in small reads at about half the speed; measured in
 * scripts/bench/upload.ts.)
 */
async function fileSource(path: string, statedSize: number | undefined, chunkSize: number): Promise<SegmentSource> {
  const { handle, size } = await openPath(path)
  try {
    checkStated(size, statedSize, `the file ${path}`)
  } catch (error) {
    await handle.close()
    throw error
  }
  let closed = false
  let offset = 0
  return {
    size,
    async next() {
      if (offset >= size) return undefined
      const length = Math.min(chunkSize, size - offset)
      const buffer = Buffer.allocUnsafe(length)
      let filled = 0
      while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, offset + filled)
        if (bytesRead === 0) throw new TwythonError(`The file ${path} shrank while it was being uploaded (${offset + filled} of ${size} bytes read).`)
        filled += bytesRead
      }
      offset += length
      return buffer
    },
    async close() {
      if (closed) return
      closed = true
      await handle.close()
    },
  }
}

function checkStated(actual: number, stated: number | undefined, what: string): void {
  if (stated !== undefined && stated !== actual) {
    throw new TwythonError(`options.size says ${stated} bytes but ${what} has ${actual}; leave size out or correct it.`)
  }
}

function blobSource(blob: Blob, statedSize: number | undefined, chunkSize: number, what: string): SegmentSource {
  checkStated(blob.size, statedSize, what)
  // Only the segment being sent is read into memory: a file-backed Blob is read from disk slice by slice.
  return sliceSource(blob.size, chunkSize, async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()))
}

function sliceSource(size: number, chunkSize: number, slice: (start: number, end: number) => Promise<Uint8Array>): SegmentSource {
  let offset = 0
  return {
    size,
    async next() {
      if (offset >= size) return undefined
      const end = Math.min(offset + chunkSize, size)
      const segment = await slice(offset, end)
      offset = end
      return segment
    },
    async close() {},
  }
}

function isStream(value: unknown): value is NodeJS.ReadableStream | ReadableStream<Uint8Array> {
  if (typeof ReadableStream !== 'undefined' && value instanceof ReadableStream) return true
  return value instanceof Readable || (typeof value === 'object' && value !== null && typeof (value as NodeJS.ReadableStream).pipe === 'function' && Symbol.asyncIterator in value)
}

/** Pulls chunks one at a time; a web stream's reader or a Node stream's async iterator (which applies backpressure). */
interface Puller {
  pull(): Promise<Uint8Array | undefined>
  cancel(): Promise<void>
}

function pullerOf(stream: NodeJS.ReadableStream | ReadableStream<Uint8Array>): Puller {
  if (typeof ReadableStream !== 'undefined' && stream instanceof ReadableStream) {
    const reader = stream.getReader()
    return {
      async pull() {
        const { done, value } = await reader.read()
        return done ? undefined : value
      },
      cancel: () => reader.cancel().catch(() => undefined),
    }
  }
  const iterator = (stream as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]()
  return {
    async pull() {
      const { done, value } = await iterator.next()
      if (done) return undefined
      return typeof value === 'string' ? Buffer.from(value) : value
    },
    // return() on a Node stream's iterator destroys the stream, releasing its file descriptor or socket.
    cancel: async () => void (await iterator.return?.().catch(() => undefined)),
  }
}

function streamSource(stream: NodeJS.ReadableStream | ReadableStream<Uint8Array>, size: number, chunkSize: number): SegmentSource {
  const puller = pullerOf(stream)
  let pending: Uint8Array[] = []
  let buffered = 0
  let delivered = 0
  let ended = false

  async function fill(target: number): Promise<void> {
    while (buffered < target && !ended) {
      const chunk = await puller.pull()
      if (chunk === undefined) ended = true
      else if (chunk.byteLength > 0) {
        pending.push(chunk)
        buffered += chunk.byteLength
      }
    }
  }

  function take(count: number): Uint8Array {
    const parts: Uint8Array<ArrayBuffer>[] = []
    let needed = count
    while (needed > 0) {
      const head = pending[0]!
      if (head.byteLength <= needed) {
        parts.push(head as Uint8Array<ArrayBuffer>)
        pending.shift()
        needed -= head.byteLength
      } else {
        parts.push(head.subarray(0, needed) as Uint8Array<ArrayBuffer>)
        pending[0] = head.subarray(needed)
        needed = 0
      }
    }
    buffered -= count
    // One copy of the parts, so the chunks the stream handed over can be collected now.
    return Buffer.concat(parts, count)
  }

  return {
    size,
    async next() {
      if (delivered >= size) return undefined
      const target = Math.min(chunkSize, size - delivered)
      await fill(target)
      if (buffered < target) throw new TwythonError(`The stream ended after ${delivered + buffered} bytes but options.size says ${size}.`)
      const segment = take(target)
      delivered += target
      if (delivered === size) {
        // Check the stream really ends here before the last segment goes out, so FINALIZE is never sent for a
        // truncated upload.
        await fill(1)
        if (buffered > 0) throw new TwythonError(`The stream holds more than the ${size} bytes options.size says.`)
      }
      return segment
    },
    async close() {
      pending = []
      if (!ended) await puller.cancel()
      ended = true
    },
  }
}
