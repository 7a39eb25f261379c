/**
 * Media sources for the chunked upload: a file path, bytes, a Blob or a stream, each read one segment at a
 * time so that memory does not grow with the file. A segment is owned by the request that sends it until
 * the server acknowledges it and the uploader calls `release()`; only then may its memory hold another
 * segment. So a retried APPEND re-sends the same bytes without reading the source again, and no read can
 * overwrite bytes still on their way (a peer reuses one read buffer for every segment while earlier ones
 * are still being sent).
 *
 * Copies: segments of in-memory bytes are views of them (no copy); a file segment is read straight into a
 * pooled buffer; a stream's or a Blob's chunks are copied once into a pooled buffer (so the stream may reuse
 * or free its chunks at once). The pool holds as many buffers as segments are out at once (the uploader
 * bounds that: `concurrency` in flight plus one read ahead), and the buffers are reused, so an upload of
 * any size allocates a few segments' worth of memory once instead of a fresh buffer per segment for the
 * garbage collector to chase.
 */
import type { FileHandle } from 'node:fs/promises'
import { Buffer } from '#buffer'
import { open, Readable } from '#files'
import { TwythonError } from '../errors.js'

/** What `uploadVideo` and `uploadMediaV2` accept as media. */
export type MediaInput = string | Uint8Array | ArrayBuffer | Blob | NodeJS.ReadableStream | ReadableStream<Uint8Array>

/** One segment's bytes, owned by its request until `release()`. */
export interface Segment {
  /** 0-based `segment_index`. */
  readonly index: number
  readonly bytes: Uint8Array
  /** Gives the memory back for a later segment; call only once the server has acknowledged this one. */
  release(): void
}

/** A media input cut into segments, read on demand, one read at a time. */
export interface SegmentSource {
  /** Total bytes. */
  readonly size: number
  /** The next segment, or `undefined` after the last. Reads nothing ahead of the segment it returns. */
  next(): Promise<Segment | undefined>
  /** Releases the file or stream when the upload stops; a no-op for bytes. */
  close(): Promise<void>
}

/**
 * Reusable segment buffers of `chunkSize` bytes. The uploader never holds more segments than it allows in
 * flight plus one, so the pool never grows past that.
 */
class BufferPool {
  readonly #free: Buffer[] = []
  constructor(readonly chunkSize: number) {}

  take(): Buffer {
    // allocUnsafe: every byte is overwritten by the read before the segment is handed out.
    return this.#free.pop() ?? Buffer.allocUnsafe(this.chunkSize)
  }

  give(buffer: Buffer): void {
    this.#free.push(buffer)
  }

  clear(): void {
    this.#free.length = 0
  }
}

/** A segment of a pooled buffer (its first `length` bytes); `release` returns the buffer once. */
function pooledSegment(pool: BufferPool, buffer: Buffer, index: number, length: number): Segment {
  let released = false
  return {
    index,
    bytes: length === buffer.length ? buffer : buffer.subarray(0, length),
    release() {
      if (released) return
      released = true
      pool.give(buffer)
    },
  }
}

const NO_RELEASE = (): void => undefined

/** Opens `media` and checks its size against `statedSize` before anything is sent. */
export async function openSource(media: MediaInput, statedSize: number | undefined, chunkSize: number): Promise<SegmentSource> {
  if (typeof media === 'string') return fileSource(media, statedSize, chunkSize)
  if (media instanceof Blob) {
    checkStated(media.size, statedSize, 'the Blob')
    // A file-backed Blob streams from disk; only the segments out at once are in memory.
    return streamSource(media.stream(), media.size, chunkSize)
  }
  if (media instanceof Uint8Array || media instanceof ArrayBuffer) {
    const bytes = media instanceof ArrayBuffer ? new Uint8Array(media) : media
    checkStated(bytes.byteLength, statedSize, 'the buffer')
    return viewSource(bytes, chunkSize)
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
 * A file read with positioned reads straight into pooled segment buffers. (A slice of `fs.openAsBlob` would
 * avoid our own reads, but Node 20 streams it in small reads at about half the speed; measured in
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
  const pool = new BufferPool(chunkSize)
  let closed = false
  let offset = 0
  let index = 0
  return {
    size,
    async next() {
      if (offset >= size || closed) return undefined
      const length = Math.min(chunkSize, size - offset)
      const start = offset
      // Claimed before the read, so a second next() could never read the same range.
      offset += length
      const buffer = pool.take()
      let filled = 0
      try {
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, start + filled)
          if (bytesRead === 0) throw new TwythonError(`The file ${path} shrank while it was being uploaded (${start + filled} of ${size} bytes read).`)
          filled += bytesRead
        }
      } catch (error) {
        pool.give(buffer)
        throw error
      }
      return pooledSegment(pool, buffer, index++, length)
    },
    async close() {
      if (closed) return
      closed = true
      pool.clear()
      await handle.close()
    },
  }
}

function checkStated(actual: number, stated: number | undefined, what: string): void {
  if (stated !== undefined && stated !== actual) {
    throw new TwythonError(`options.size says ${stated} bytes but ${what} has ${actual}; leave size out or correct it.`)
  }
}

/** In-memory bytes: every segment is a view of them, so nothing is copied or allocated. */
function viewSource(bytes: Uint8Array, chunkSize: number): SegmentSource {
  let offset = 0
  let index = 0
  return {
    size: bytes.byteLength,
    async next() {
      if (offset >= bytes.byteLength) return undefined
      const end = Math.min(offset + chunkSize, bytes.byteLength)
      const segment: Segment = { index: index++, bytes: bytes.subarray(offset, end), release: NO_RELEASE }
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
  const pool = new BufferPool(chunkSize)
  /** What is left of the last chunk pulled, not yet copied into a segment. */
  let rest: Uint8Array | undefined
  let delivered = 0
  let index = 0
  let ended = false

  /** The next chunk: the rest of the last one first, then the stream's. */
  async function chunk(): Promise<Uint8Array | undefined> {
    if (rest) {
      const r = rest
      rest = undefined
      return r
    }
    while (!ended) {
      const pulled = await puller.pull()
      if (pulled === undefined) ended = true
      else if (pulled.byteLength > 0) return pulled
    }
    return undefined
  }

  return {
    size,
    async next() {
      if (delivered >= size) return undefined
      const length = Math.min(chunkSize, size - delivered)
      const buffer = pool.take()
      let filled = 0
      try {
        while (filled < length) {
          const piece = await chunk()
          if (piece === undefined) throw new TwythonError(`The stream ended after ${delivered + filled} bytes but options.size says ${size}.`)
          const used = Math.min(piece.byteLength, length - filled)
          // The one copy: the stream's chunk goes into the segment's own buffer, so the stream may reuse it.
          buffer.set(used === piece.byteLength ? piece : piece.subarray(0, used), filled)
          filled += used
          if (used < piece.byteLength) rest = piece.subarray(used)
        }
        delivered += length
        if (delivered === size) {
          // Check the stream really ends here before the last segment goes out, so FINALIZE is never sent for a
          // truncated upload.
          const extra = await chunk()
          if (extra !== undefined) throw new TwythonError(`The stream holds more than the ${size} bytes options.size says.`)
        }
      } catch (error) {
        pool.give(buffer)
        throw error
      }
      return pooledSegment(pool, buffer, index++, length)
    },
    async close() {
      rest = undefined
      pool.clear()
      if (!ended) await puller.cancel()
      ended = true
    },
  }
}
