/**
 * uploadVideo against the emulator's upload service over real sockets (the service mounted on a plain
 * node:http server without OAuth). The server hashes what it receives and logs every command, so the
 * tests check bytes, order and re-sends on the server side.
 */
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Readable } from 'node:stream'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Core } from '../src/core.js'
import { TwythonError } from '../src/errors.js'
import { MediaProcessingError, uploadVideo, type MediaInput, type UploadProgress, type UploadVideoOptions } from '../src/upload/index.js'

// The emulator's upload service, loaded by path: the runtime package does not depend on the emulator, and a
// static import would pull emulator sources into this package's type-check (outside its rootDir). The
// members used here are typed below; the emulator's own tests type-check the real interface.
const EMULATOR_UPLOAD = fileURLToPath(new URL('../../emulator/src/upload/index.ts', import.meta.url))
interface ServiceOptions {
  processing?: { checkAfterSecs?: number; steps?: number; secondMs?: number }
}
interface SessionStats {
  segments: number[]
  faults: { segmentIndex: number; status: number | 'reset' }[]
  statusChecks: number[]
}
interface ServiceControl {
  hashOf(mediaId: string): string | undefined
  stats(mediaId: string): SessionStats | undefined
  mediaIds(): string[]
  readonly log: string[]
  failSegmentOnce(mediaId: string, segmentIndex: number, status?: number | 'reset'): void
  failProcessing(mediaId: string, error?: { code: number; name: string; message: string }, options?: { at?: 'finalize' | 'status' }): void
}
interface ServerOptions {
  closeConnections?: boolean
  beforeHandle?: (req: unknown, body: Buffer) => Promise<void>
}
interface EmulatorUpload {
  createUploadService(options?: ServiceOptions): ServiceControl
  startUploadServer(service: ServiceControl, options?: ServerOptions): Promise<{ origin: string; requestCount: number; openConnections: number; close(): Promise<void> }>
}
interface UploadHarness {
  readonly service: ServiceControl
  readonly origin: string
  readonly requestCount: number
  readonly openConnections: number
  close(): Promise<void>
}
async function startHarness(options: ServiceOptions, server: ServerOptions): Promise<UploadHarness> {
  const emulator = (await import(/* @vite-ignore */ EMULATOR_UPLOAD)) as EmulatorUpload
  const service = emulator.createUploadService(options)
  const http = await emulator.startUploadServer(service, server)
  return {
    service,
    origin: http.origin,
    get requestCount() {
      return http.requestCount
    },
    get openConnections() {
      return http.openConnections
    },
    close: () => http.close(),
  }
}

const MiB = 1024 * 1024
const FAST: UploadVideoOptions = { retryDelay: () => 1, polling: { unitMs: 1, minMs: 0 } }

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'twython-upload-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

let harness: UploadHarness
async function start(options: ServiceOptions = {}, server: { closeConnections?: boolean; beforeHandle?: (body: Buffer, req: IncomingMessage) => Promise<void> } = {}): Promise<Core> {
  const hook = server.beforeHandle
  const serverOptions: ServerOptions = { closeConnections: server.closeConnections ?? false }
  if (hook) serverOptions.beforeHandle = (req, body) => hook(body, req as IncomingMessage)
  harness = await startHarness(options, serverOptions)
  return new Core({ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'ts', hosts: { upload: harness.origin } })
}
afterEach(async () => {
  await harness?.close()
})

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i)

async function fileOf(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, bytes)
  return path
}

describe('uploadVideo: the protocol', () => {
  it('with concurrency 1, uploads a file in order, segment by segment, and the server sees the same bytes', async () => {
    const core = await start()
    const bytes = randomBytes(3 * MiB + 12345)
    const path = await fileOf('clip.mp4', bytes)
    const events: UploadProgress[] = []
    const result = await uploadVideo(core, path, 'video/mp4', { concurrency: 1, onProgress: (p) => events.push(p) })
    const id = harness.service.mediaIds()[0]!
    expect(BigInt(id)).toBeGreaterThan(2n ** 53n)
    expect(result.media_id_string).toBe(id) // exact, although media_id (the number) is rounded
    expect(String(result.media_id)).not.toBe(id)
    expect(result.video).toEqual({ video_type: 'video/mp4' })
    expect(harness.service.hashOf(id)).toBe(sha256(bytes))
    expect(harness.service.log).toEqual(['INIT', 'APPEND:0', 'APPEND:1', 'APPEND:2', 'APPEND:3', 'FINALIZE'])
    expect(harness.service.stats(id)!.segments).toEqual([0, 1, 2, 3])
    expect(events.map((e) => `${e.phase}:${e.segmentIndex}:${e.bytesSent}`)).toEqual([
      'init:-1:0',
      `append:0:${MiB}`,
      `append:1:${2 * MiB}`,
      `append:2:${3 * MiB}`,
      `append:3:${bytes.length}`,
      `finalize:3:${bytes.length}`,
      `done:3:${bytes.length}`,
    ])
    expect(events.every((e) => e.totalBytes === bytes.length && e.segmentCount === 4)).toBe(true)
  })

  it.each([
    ['a Buffer', (b: Buffer) => b, undefined],
    ['a Uint8Array', (b: Buffer) => new Uint8Array(b), undefined],
    ['an ArrayBuffer', (b: Buffer) => new Uint8Array(b).buffer, undefined],
    ['a Blob', (b: Buffer) => new Blob([new Uint8Array(b)]), undefined],
    ['a Node Readable in odd chunks, with size', (b: Buffer) => Readable.from(range(Math.ceil(b.length / 7777)).map((i) => b.subarray(i * 7777, (i + 1) * 7777))), true],
    ['a web ReadableStream, with size', (b: Buffer) => new Blob([new Uint8Array(b)]).stream(), true],
  ] as [string, (b: Buffer) => MediaInput, boolean | undefined][])('uploads %s', async (_name, make, needsSize) => {
    const core = await start()
    const bytes = randomBytes(2 * 300_000 + 999)
    const result = await uploadVideo(core, make(bytes), 'image/gif', { chunkSize: 300_000, mediaCategory: 'tweet_image', ...(needsSize ? { size: bytes.length } : {}) })
    expect(harness.service.hashOf(result.media_id_string)).toBe(sha256(bytes))
    expect(harness.service.stats(result.media_id_string)!.segments.toSorted()).toEqual([0, 1, 2])
    expect(result.image?.image_type).toBe('image/gif')
  })

  it('uploads a file stream with its size, in chunks that do not match the segment size', async () => {
    const core = await start()
    const bytes = randomBytes(5 * MiB + 3)
    const path = await fileOf('stream.mp4', bytes)
    const result = await uploadVideo(core, createReadStream(path, { highWaterMark: 100_000 }), 'video/mp4', { size: bytes.length, chunkSize: 2 * MiB })
    expect(harness.service.hashOf(result.media_id_string)).toBe(sha256(bytes))
    expect(harness.service.stats(result.media_id_string)!.segments).toEqual([0, 1, 2])
  })

  it('sends INIT and FINALIZE as signed forms, APPEND as multipart, with Twython\'s fields', async () => {
    const bodies: string[] = []
    const core = await start({}, { beforeHandle: async (body) => void bodies.push(body.toString('latin1')) })
    await uploadVideo(core, Buffer.from('abc'), 'video/mp4', { mediaCategory: 'tweet_video', checkProgress: false })
    expect(bodies[0]).toBe('command=INIT&media_type=video%2Fmp4&total_bytes=3&media_category=tweet_video')
    expect(bodies[1]).toMatch(/name="command"\r\n\r\nAPPEND\r\n.*name="media_id"\r\n\r\n\d+\r\n.*name="segment_index"\r\n\r\n0\r\n.*name="media"; filename="media"/s)
    expect(bodies[2]).toMatch(/^command=FINALIZE&media_id=\d{19}$/)
  })
})

describe('uploadVideo: faults', () => {
  it('re-sends only a segment that failed once with a 5xx', async () => {
    const core = await start()
    harness.service.failSegmentOnce('*', 2, 503)
    const delays: number[] = []
    const bytes = randomBytes(4 * 100_000)
    const result = await uploadVideo(core, bytes, 'video/mp4', { chunkSize: 100_000, retryDelay: (n) => (delays.push(n), 1) })
    const stats = harness.service.stats(result.media_id_string)!
    expect(stats.segments.toSorted()).toEqual([0, 1, 2, 3])
    expect(stats.faults).toEqual([{ segmentIndex: 2, status: 503 }])
    // Only segment 2 went twice, whatever order the four in flight arrived in.
    expect(harness.service.log.filter((c) => c.startsWith('APPEND')).toSorted()).toEqual(['APPEND:0', 'APPEND:1', 'APPEND:2', 'APPEND:2', 'APPEND:3'])
    expect(delays).toEqual([1])
    expect(harness.service.hashOf(result.media_id_string)).toBe(sha256(bytes))
  })

  it('re-sends a segment whose connection was reset', async () => {
    const core = await start()
    harness.service.failSegmentOnce('*', 0, 'reset')
    const bytes = randomBytes(150_000)
    const result = await uploadVideo(core, bytes, 'video/mp4', { ...FAST, chunkSize: 100_000 })
    const stats = harness.service.stats(result.media_id_string)!
    expect(stats.segments.toSorted()).toEqual([0, 1])
    expect(stats.faults).toEqual([{ segmentIndex: 0, status: 'reset' }])
  })

  it('backs off exponentially by default and gives up after maxSegmentRetries', async () => {
    const core = await start()
    for (let i = 0; i < 3; i++) harness.service.failSegmentOnce('*', 1, 500)
    const started = Date.now()
    const error = await uploadVideo(core, randomBytes(200), 'video/mp4', { chunkSize: 100, maxSegmentRetries: 2 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonError)
    expect((error as TwythonError).status).toBe(500)
    expect(Date.now() - started).toBeGreaterThanOrEqual(200 + 400 - 20)
    expect(harness.service.log.toSorted()).toEqual(['APPEND:0', 'APPEND:1', 'APPEND:1', 'APPEND:1', 'INIT'])
  })

  it('does not retry a 4xx', async () => {
    const core = await start()
    harness.service.failSegmentOnce('*', 0, 400)
    await expect(uploadVideo(core, randomBytes(10), 'video/mp4', FAST)).rejects.toMatchObject({ status: 400 })
    expect(harness.service.log).toEqual(['INIT', 'APPEND:0'])
  })
})

describe('uploadVideo: processing', () => {
  it('polls STATUS honouring check_after_secs until succeeded', async () => {
    const core = await start({ processing: { checkAfterSecs: 15, steps: 2, secondMs: 1 } })
    const events: UploadProgress[] = []
    const result = await uploadVideo(core, randomBytes(1000), 'video/mp4', { ...FAST, mediaCategory: 'tweet_video', onProgress: (p) => events.push(p) })
    expect(result.processing_info).toEqual({ state: 'succeeded', progress_percent: 100 })
    expect(result.video).toEqual({ video_type: 'video/mp4' })
    const stats = harness.service.stats(result.media_id_string)!
    expect(stats.statusChecks).toHaveLength(3) // in_progress, in_progress, succeeded: no early poll wasted
    const states = events.filter((e) => e.phase === 'processing').map((e) => `${e.processing?.state}:${e.processing?.progress_percent}`)
    expect(states).toEqual(['in_progress:33', 'in_progress:66', 'succeeded:100'])
  })

  it('does not spin when check_after_secs is missing (Twython loops forever there)', async () => {
    const core = await start({ processing: { checkAfterSecs: 0, steps: 1, secondMs: 1 } })
    const started = Date.now()
    const result = await uploadVideo(core, randomBytes(10), 'video/mp4', { mediaCategory: 'tweet_gif', polling: { minMs: 30 } })
    expect(result.processing_info?.state).toBe('succeeded')
    expect(harness.service.stats(result.media_id_string)!.statusChecks).toHaveLength(2)
    expect(Date.now() - started).toBeGreaterThanOrEqual(55)
  })

  it('rejects with Twitter\'s error name and message when STATUS reports failed', async () => {
    const core = await start({ processing: { secondMs: 1 } })
    harness.service.failProcessing('*', { code: 1, name: 'InvalidMedia', message: 'Unsupported video codec' })
    const error = await uploadVideo(core, randomBytes(10), 'video/mp4', { ...FAST, mediaCategory: 'tweet_video' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MediaProcessingError)
    expect(error).toBeInstanceOf(TwythonError)
    const failure = error as MediaProcessingError
    expect([failure.errorName, failure.errorMessage, failure.errorCode]).toEqual(['InvalidMedia', 'Unsupported video codec', 1])
    expect(failure.message).toContain('InvalidMedia: Unsupported video codec')
    expect(failure.mediaId).toBe(harness.service.mediaIds()[0])
  })

  it('rejects when FINALIZE itself reports failed, even without checkProgress', async () => {
    const core = await start()
    harness.service.failProcessing('*', { code: 3, name: 'UnsupportedMedia', message: 'too long' }, { at: 'finalize' })
    await expect(uploadVideo(core, randomBytes(10), 'video/mp4', { mediaCategory: 'tweet_video', checkProgress: false })).rejects.toMatchObject({ errorName: 'UnsupportedMedia', errorCode: 3 })
    expect(harness.service.log).not.toContain('STATUS')
  })

  it('returns the pending FINALIZE response when checkProgress is false, as Twython does by default', async () => {
    const core = await start()
    const result = await uploadVideo(core, randomBytes(10), 'video/mp4', { mediaCategory: 'tweet_video', checkProgress: false })
    expect(result.processing_info).toEqual({ state: 'pending', check_after_secs: 1 })
    expect(harness.service.log).not.toContain('STATUS')
  })

  it('gives up after polling.timeoutMs', async () => {
    const core = await start({ processing: { checkAfterSecs: 1000, secondMs: 1 } })
    await expect(uploadVideo(core, randomBytes(10), 'video/mp4', { mediaCategory: 'tweet_video', polling: { unitMs: 1, timeoutMs: 100 } })).rejects.toThrow(/still pending after 100 ms/)
  })
})

describe('uploadVideo: parallel segments', () => {
  const segmentOf = (body: Buffer): number | undefined => {
    const match = /name="segment_index"\r\n\r\n(\d+)\r\n/.exec(body.toString('latin1'))
    return match ? Number(match[1]) : undefined
  }

  it('keeps exactly `concurrency` APPENDs in flight, never more, and the bytes arrive intact', async () => {
    let waiting = 0
    let most = 0
    let release: (() => void) | undefined
    let gate = new Promise<void>((r) => (release = r))
    const core = await start({}, {
      beforeHandle: async (body) => {
        if (segmentOf(body) === undefined) return
        waiting++
        most = Math.max(most, waiting)
        if (waiting === 3) {
          // Three are held at once: let them all answer, and hold the next round.
          release!()
          gate = new Promise<void>((r) => (release = r))
        } else {
          // The last round may be short; do not hold it forever.
          await Promise.race([gate, new Promise((r) => setTimeout(r, 200))])
        }
        waiting--
      },
    })
    const bytes = randomBytes(10 * 1000 + 7)
    const result = await uploadVideo(core, bytes, 'video/mp4', { chunkSize: 1000, concurrency: 3 })
    expect(most).toBe(3)
    expect(harness.service.stats(result.media_id_string)!.segments.toSorted((a, b) => a - b)).toEqual(range(11))
    expect(harness.service.hashOf(result.media_id_string)).toBe(sha256(bytes))
  })

  it('accepts acknowledgements out of order and reports each segment once, as it is acknowledged', async () => {
    let laterDone!: () => void
    const later = new Promise<void>((r) => (laterDone = r))
    const core = await start({}, { beforeHandle: async (body) => void (segmentOf(body) === 0 && (await later)) })
    const events: UploadProgress[] = []
    const bytes = randomBytes(4 * 500)
    const path = await fileOf('ooo.mp4', bytes)
    const result = await uploadVideo(core, path, 'video/mp4', {
      chunkSize: 500,
      concurrency: 3,
      onProgress: (p) => {
        events.push(p)
        // Segment 0 is answered only after 1 and 2 were acknowledged.
        if (p.phase === 'append' && p.segmentsAcknowledged === 2) laterDone()
      },
    })
    const acks = events.filter((e) => e.phase === 'append')
    // Two later segments were acknowledged before segment 0: which two depends on the scheduler (segment 3
    // starts when 1 is acknowledged and may overtake 2 on a loaded machine).
    const firstTwo = acks.slice(0, 2).map((e) => e.segmentIndex)
    expect(firstTwo).not.toContain(0)
    expect(new Set(firstTwo).size).toBe(2)
    expect(acks.map((e) => e.segmentIndex).toSorted()).toEqual([0, 1, 2, 3])
    expect(acks.map((e) => e.bytesSent)).toEqual([500, 1000, 1500, 2000])
    expect(acks.map((e) => e.segmentsAcknowledged)).toEqual([1, 2, 3, 4])
    expect(harness.service.hashOf(result.media_id_string)).toBe(sha256(bytes))
    expect(harness.service.log.at(-1)).toBe('FINALIZE')
  })

  it('re-sends only the failing segment while the others go on, never an acknowledged one', async () => {
    const core = await start()
    harness.service.failSegmentOnce('*', 1, 500)
    harness.service.failSegmentOnce('*', 1, 'reset')
    const bytes = randomBytes(6 * 700)
    const result = await uploadVideo(core, Readable.from([bytes]), 'video/mp4', { ...FAST, size: bytes.length, chunkSize: 700, concurrency: 3 })
    const stats = harness.service.stats(result.media_id_string)!
    expect(stats.faults).toEqual([
      { segmentIndex: 1, status: 500 },
      { segmentIndex: 1, status: 'reset' },
    ])
    // Stored once each: no acknowledged segment was ever sent again.
    expect(stats.segments.toSorted()).toEqual([0, 1, 2, 3, 4, 5])
    const appends = harness.service.log.filter((c) => c.startsWith('APPEND'))
    expect(appends.filter((c) => c === 'APPEND:1')).toHaveLength(3)
    expect(appends).toHaveLength(8)
    expect(harness.service.hashOf(result.media_id_string)).toBe(sha256(bytes))
  })

  it('on abort with several segments in flight, closes every one of them and reads nothing more', async () => {
    const controller = new AbortController()
    const held = new Set<Socket>()
    let release!: () => void
    const hold = new Promise<void>((r) => (release = r))
    const core = await start({}, {
      closeConnections: true,
      beforeHandle: async (body, req) => {
        if (segmentOf(body) === undefined) return
        held.add(req.socket)
        if (held.size === 3) controller.abort(new Error('cancelled'))
        await hold
      },
    })
    let pulled = 0
    const chunk = randomBytes(100)
    const source = new Readable({
      read() {
        pulled += chunk.length
        this.push(pulled > 100 * 100 ? null : chunk)
      },
      highWaterMark: 100,
    })
    await expect(uploadVideo(core, source, 'video/mp4', { size: 100 * 100, chunkSize: 100, concurrency: 3, signal: controller.signal })).rejects.toThrow('cancelled')
    const pulledAtAbort = pulled
    await settled(() => [...held].every((s) => s.destroyed))
    expect([...held].every((s) => s.destroyed)).toBe(true)
    release()
    await new Promise((r) => setTimeout(r, 50))
    // 3 in flight, 1 read ahead, and what the stream's own buffer holds: nowhere near the 100 segments.
    expect(pulledAtAbort).toBeLessThanOrEqual(6 * 100)
    expect(pulled).toBe(pulledAtAbort)
    expect(harness.service.log.filter((c) => c.startsWith('APPEND'))).toHaveLength(0) // cut off before the service saw them
    expect(harness.service.log).not.toContain('FINALIZE')
  })

  it('never lets the next read overwrite a segment in flight: a producer that reuses one buffer still uploads intact', async () => {
    const core = await start()
    const expected = randomBytes(10 * 700)
    const shared = Buffer.alloc(700)
    let chunk = 0
    // A pull stream without a queue: it refills `shared` only when the next chunk is asked for.
    const source = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (chunk === 10) return controller.close()
          expected.copy(shared, 0, chunk * 700, ++chunk * 700)
          controller.enqueue(shared)
        },
      },
      { highWaterMark: 0 },
    )
    const result = await uploadVideo(core, source, 'video/mp4', { size: expected.length, chunkSize: 1000, concurrency: 3 })
    expect(harness.service.hashOf(result.media_id_string)).toBe(sha256(expected))
  })

  it('refuses a concurrency outside 1 to 16 before any request', async () => {
    const core = await start()
    for (const concurrency of [0, 17, 1.5, Number.NaN]) {
      await expect(uploadVideo(core, randomBytes(10), 'video/mp4', { concurrency })).rejects.toThrow(/concurrency must be a whole number from 1 to 16/)
    }
    expect(harness.requestCount).toBe(0)
  })
})

async function settled(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setImmediate(r))
}

describe('uploadVideo: abort', () => {
  const timers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length

  async function settled(check: () => boolean): Promise<void> {
    for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setImmediate(r))
  }

  it('stops at once while a segment is in flight, closing its connection and leaving no timer', async () => {
    const controller = new AbortController()
    let release!: () => void
    let inFlight: Socket | undefined
    const core = await start({}, {
      closeConnections: true,
      beforeHandle: async (body, req) => {
        if (!body.includes('name="segment_index"\r\n\r\n1\r\n')) return
        inFlight = req.socket
        controller.abort(new Error('user gave up'))
        await new Promise<void>((r) => (release = r))
      },
    })
    const before = timers()
    await expect(uploadVideo(core, randomBytes(300), 'video/mp4', { chunkSize: 100, concurrency: 1, signal: controller.signal })).rejects.toThrow('user gave up')
    await settled(() => inFlight?.destroyed === true)
    expect(inFlight?.destroyed).toBe(true)
    expect(timers()).toBeLessThanOrEqual(before)
    release()
    await new Promise((r) => setTimeout(r, 50))
    // Nothing else is sent. (Node's fetch may open one idle, unref'd pool connection after an abort; it
    // carries no request and closes at undici's keep-alive timeout. It is not ours to close.)
    expect(harness.requestCount).toBe(3)
    expect(harness.service.log).toEqual(['INIT', 'APPEND:0']) // APPEND:1 was cut off before the service saw it
  })

  it('stops at once during a retry backoff, clearing the timer', async () => {
    const controller = new AbortController()
    const core = await start({}, { closeConnections: true })
    harness.service.failSegmentOnce('*', 0, 503)
    const before = timers()
    const started = Date.now()
    const upload = uploadVideo(core, randomBytes(300), 'video/mp4', { chunkSize: 100, signal: controller.signal, retryDelay: () => 60_000 })
    await settled(() => harness.service.log.length === 2)
    await new Promise((r) => setImmediate(r))
    controller.abort(new Error('stop'))
    await expect(upload).rejects.toThrow('stop')
    expect(Date.now() - started).toBeLessThan(5000)
    expect(timers()).toBeLessThanOrEqual(before)
    await settled(() => harness.openConnections === 0)
    expect(harness.openConnections).toBe(0)
  })

  it('stops a STATUS wait at once', async () => {
    const controller = new AbortController()
    const core = await start({ processing: { checkAfterSecs: 30 } })
    const upload = uploadVideo(core, randomBytes(10), 'video/mp4', { mediaCategory: 'tweet_video', signal: controller.signal, onProgress: (p) => p.phase === 'finalize' && setImmediate(() => controller.abort(new Error('enough'))) })
    await expect(upload).rejects.toThrow('enough')
    expect(harness.service.log).toEqual(['INIT', 'APPEND:0', 'FINALIZE'])
  })

  it('sends nothing when the signal is already aborted', async () => {
    const core = await start()
    await expect(uploadVideo(core, randomBytes(10), 'video/mp4', { signal: AbortSignal.abort(new Error('no')) })).rejects.toThrow('no')
    expect(harness.requestCount).toBe(0)
  })
})

describe('uploadVideo: wrong input fails before any request', () => {
  const cases: [string, () => Promise<[unknown, string, UploadVideoOptions?]>, RegExp][] = [
    ['a missing file', async () => [join(dir, 'nope.mp4'), 'video/mp4'], /Cannot read the media file .*nope\.mp4: no such file/],
    ['a directory', async () => [dir, 'video/mp4'], /not a regular file/],
    ['an empty file', async () => [await fileOf('empty.mp4', new Uint8Array()), 'video/mp4'], /size must be a whole number of bytes above 0, got 0/],
    ['a stated size that differs from the file', async () => [await fileOf('ten.mp4', new Uint8Array(10)), 'video/mp4', { size: 11 }], /options\.size says 11 bytes but the file .* has 10/],
    ['a stated size that differs from the bytes', async () => [new Uint8Array(10), 'video/mp4', { size: 9 }], /options\.size says 9 bytes but the buffer has 10/],
    ['a stream without size', async () => [Readable.from([Buffer.from('x')]), 'video/mp4'], /A stream has no size of its own: pass options\.size/],
    ['an unsupported media type', async () => [new Uint8Array(10), 'application/pdf'], /Unsupported media type "application\/pdf"/],
    ['a missing media type', async () => [new Uint8Array(10), undefined as unknown as string], /Unsupported media type undefined/],
    ['a chunk size above 5 MB', async () => [new Uint8Array(10), 'video/mp4', { chunkSize: 5 * MiB + 1 }], /chunkSize must be a whole number of bytes from 1 to 5242880/],
    ['a chunk size of 0', async () => [new Uint8Array(10), 'video/mp4', { chunkSize: 0 }], /chunkSize/],
    ['more than 1000 segments', async () => [new Uint8Array(1001), 'video/mp4', { chunkSize: 1 }], /1001 segments; Twitter accepts at most 1000/],
    ['something that is not media', async () => [{ not: 'media' }, 'video/mp4'], /media must be a file path, Buffer/],
  ]
  it.each(cases)('%s', async (_name, make, message) => {
    const core = await start()
    const [media, type, options] = await make()
    const error = await uploadVideo(core, media as string, type, options).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonError)
    expect((error as Error).message).toMatch(message)
    expect(harness.requestCount).toBe(0)
  })

  it('accepts the documented non-image, non-video types', async () => {
    const core = await start()
    await uploadVideo(core, Buffer.from('1\n00:00:00,000 --> 00:00:01,000\nhi\n'), 'text/srt', { mediaCategory: 'subtitles' })
    expect(harness.service.log).toEqual(['INIT', 'APPEND:0', 'FINALIZE'])
  })

  it.each([
    ['shorter', 99, /The stream ended after 99 bytes but options\.size says 100/],
    ['longer', 101, /The stream holds more than the 100 bytes options\.size says/],
  ] as const)('never sends FINALIZE for a stream %s than its stated size', async (_name, length, message) => {
    const core = await start()
    await expect(uploadVideo(core, Readable.from([Buffer.alloc(length)]), 'video/mp4', { size: 100, chunkSize: 60 })).rejects.toThrow(message)
    expect(harness.service.log).not.toContain('FINALIZE')
    expect(harness.service.log).not.toContain('APPEND:1')
  })
})

describe('uploadVideo: constant memory', () => {
  it('uploads a 64 MB file with every segment arriving once, in order with concurrency 1', async () => {
    const core = await start()
    const path = join(dir, 'big.bin')
    const hash = createHash('sha256')
    const file = await open(path, 'w')
    const block = randomBytes(MiB)
    for (let i = 0; i < 64; i++) {
      block[0] = i // every MiB differs, so a re-ordered or repeated segment changes the hash
      hash.update(block)
      await file.write(block)
    }
    await file.close()
    const result = await uploadVideo(core, path, 'video/mp4', { concurrency: 1, mediaCategory: 'tweet_video', polling: { unitMs: 0, minMs: 0 } })
    expect(harness.service.stats(result.media_id_string)!.segments).toEqual(range(64))
    expect(harness.service.hashOf(result.media_id_string)).toBe(hash.digest('hex'))
    expect(result.size).toBe(64 * MiB)
  }, 60_000)
})
