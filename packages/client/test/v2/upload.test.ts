/**
 * `twitter.v2.uploadMedia` against a local server speaking X API v2's chunked upload (upload-server.ts)
 * over real sockets: the wire format, both credential kinds (the OAuth 1.0a signature checked by the
 * runtime tests' own verifier), parallel segments acknowledged in and out of order, a segment failing once,
 * processing polled on a fake clock, failed processing, abort, and a 300 MB stream in bounded memory (in a
 * child process, so the RSS figure is the upload's alone).
 */
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ManualClock } from '@twython/runtime'
import { MediaProcessingError, TwythonAuthError, TwythonError, Twython, uploadMediaV2, MEDIA_UPLOAD_V2_ROUTES, Core, createCore, type MediaUploadV2, type OAuth2Token, type UploadProgress } from '../../src/index.js'
import { startV2UploadServer, type V2UploadServer, type V2UploadServerOptions } from './upload-server.js'

const MiB = 1024 * 1024
const oauth1 = { appKey: 'ck', appSecret: 'cs', oauthToken: 'at', oauthTokenSecret: 'ats' }
const token = (scopes: string[]): OAuth2Token => ({ accessToken: 'user-token-1', expiresAt: Date.now() + 3_600_000, scopes, tokenType: 'bearer' })
const FAST = { retryDelay: () => 1, polling: { unitMs: 0, minMs: 0 } } as const
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

let server: V2UploadServer
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'twython-v2-upload-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))
afterEach(() => server?.close())

async function oauth2Client(options: V2UploadServerOptions = {}, scopes = ['media.write', 'tweet.read']): Promise<Twython> {
  server = await startV2UploadServer({ auth: { bearer: 'user-token-1' }, ...options })
  return new Twython({ oauth2Token: token(scopes), hosts: { v2: server.origin } })
}

async function oauth1Client(options: V2UploadServerOptions = {}): Promise<Twython> {
  server = await startV2UploadServer({ auth: { oauth1: { consumerSecret: oauth1.appSecret, tokenSecret: oauth1.oauthTokenSecret } }, ...options })
  return new Twython({ ...oauth1, hosts: { v2: server.origin } })
}

describe('twitter.v2.uploadMedia: the protocol', () => {
  it('runs initialize, append per segment, finalize with an OAuth 2.0 user token, and resolves to the media object', async () => {
    const twitter = await oauth2Client()
    const bytes = randomBytes(3 * MiB + 777)
    const path = join(dir, 'clip.png')
    await writeFile(path, bytes)
    const events: UploadProgress[] = []
    const media = await twitter.v2.uploadMedia(path, { mediaType: 'image/png', mediaCategory: 'tweet_image', shared: false, onProgress: (p) => events.push(p) })

    const id = server.mediaIds()[0]!
    expect(media).toEqual({ id, media_key: `3_${id}`, size: bytes.length, expires_after_secs: 86_400 })
    expect(server.hashOf(id)).toBe(sha256(bytes))
    expect(server.initOf(id)).toEqual({ media_type: 'image/png', total_bytes: bytes.length, media_category: 'tweet_image', shared: false })
    expect(server.authFailures).toEqual([])
    expect(server.log.filter((c) => c.startsWith('append:')).toSorted()).toEqual(['append:0', 'append:1', 'append:2', 'append:3'])
    expect(server.log[0]).toBe('initialize')
    expect(server.log.at(-1)).toBe('finalize')
    for (const req of server.requests) expect(req.headers.authorization).toBe('Bearer user-token-1')
    const append = server.requests.find((r) => r.segmentIndex === 0)!
    expect(append.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    expect(append.headers['content-length']).toBeDefined()
    expect(append.headers['transfer-encoding']).toBeUndefined()
    expect(events.map((e) => e.phase)).toEqual(['init', 'append', 'append', 'append', 'append', 'finalize', 'done'])
    expect(events.at(-1)).toMatchObject({ bytesSent: bytes.length, totalBytes: bytes.length, segmentCount: 4, segmentsAcknowledged: 4, mediaId: id })
  })

  it('signs every request with OAuth 1.0a, the multipart and JSON bodies unsigned, as X verifies it', async () => {
    const twitter = await oauth1Client()
    const bytes = randomBytes(2500)
    const media = await twitter.v2.uploadMedia(bytes, { mediaType: 'video/mp4', segmentBytes: 1000, mediaCategory: 'amplify_video', ...FAST })
    expect(server.hashOf(media.id)).toBe(sha256(bytes))
    // initialize, 3 appends, finalize, 2 status: all verified by independent code, none refused.
    expect(server.requests.length).toBe(7)
    expect(server.authFailures).toEqual([])
    for (const req of server.requests) expect(req.headers.authorization).toMatch(/^OAuth .*oauth_signature="/)
    expect(media.processing_info).toEqual({ state: 'succeeded', progress_percent: 100 })
  })

  it('takes bytes, an ArrayBuffer, a Blob, a Node stream and a web stream (with size)', async () => {
    const twitter = await oauth2Client()
    const bytes = randomBytes(2 * 4096 + 5)
    const inputs = [bytes, new Uint8Array(bytes).buffer, new Blob([new Uint8Array(bytes)]), Readable.from([bytes.subarray(0, 3000), bytes.subarray(3000)]), new Blob([new Uint8Array(bytes)]).stream()]
    for (const input of inputs) {
      const sized = input instanceof Readable || input instanceof ReadableStream
      const media = await twitter.v2.uploadMedia(input, { mediaType: 'image/gif', mediaCategory: 'tweet_gif', segmentBytes: 4096, ...FAST, ...(sized ? { size: bytes.length } : {}) })
      expect(server.hashOf(media.id)).toBe(sha256(bytes))
    }
  })

  it('copes with a producer that reuses one buffer for every chunk: each segment owns its bytes before the next read', async () => {
    const twitter = await oauth2Client()
    const expected = randomBytes(10 * 700)
    const shared = Buffer.alloc(700)
    let chunk = 0
    // A pull stream with no queue of its own: it refills `shared` only when asked for the next chunk.
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
    const media = await twitter.v2.uploadMedia(source, { mediaType: 'video/mp4', size: expected.length, segmentBytes: 1000, concurrency: 3 })
    expect(server.hashOf(media.id)).toBe(sha256(expected))
  })

  it('works over undici\'s fetch too (clientArgs.fetch): each segment goes with a content-length, not chunked', async () => {
    server = await startV2UploadServer({ auth: { bearer: 'user-token-1' } })
    const twitter = new Twython({ oauth2Token: token(['media.write']), hosts: { v2: server.origin }, clientArgs: { fetch: globalThis.fetch } })
    const bytes = randomBytes(2500)
    const media = await twitter.v2.uploadMedia(bytes, { mediaType: 'video/mp4', segmentBytes: 1000 })
    expect(server.hashOf(media.id)).toBe(sha256(bytes))
    for (const append of server.requests.filter((r) => r.segmentIndex !== undefined)) {
      expect(append.headers['content-length']).toMatch(/^\d+$/)
      expect(append.headers['transfer-encoding']).toBeUndefined()
    }
  })

  it('is callable as a function on a full Core with the generated routes (an OAuth 2.0 user token)', async () => {
    server = await startV2UploadServer({ auth: { bearer: 'user-token-1' } })
    const core = new Core({ oauth2Token: token(['media.write']), hosts: { v2: server.origin } })
    const bytes = randomBytes(100)
    const media = await uploadMediaV2(core, bytes, { mediaType: 'text/srt', mediaCategory: 'subtitles', routes: MEDIA_UPLOAD_V2_ROUTES })
    expect(server.hashOf(media.id)).toBe(sha256(bytes))
  })

  it('createCore (the lean core) refuses an OAuth 2.0 user token at once, naming new Core, before any upload starts', () => {
    expect(() => createCore({ oauth2Token: token(['media.write']), hosts: { v2: 'http://127.0.0.1:9' } })).toThrow(/oauth2Token.*new Core\(options\)/)
  })
})

describe('twitter.v2.uploadMedia: parallel segments', () => {
  it('acknowledged out of order: 3 segments in flight at once, answered 2, 1, 0; the media is whole and progress counts each once', async () => {
    const twitter = await oauth2Client()
    const holds = [0, 1, 2].map((i) => server.holdSegment(i))
    const bytes = randomBytes(5 * 1000)
    const events: UploadProgress[] = []
    const upload = twitter.v2.uploadMedia(bytes, { mediaType: 'video/mp4', segmentBytes: 1000, concurrency: 3, onProgress: (p) => events.push(p) })
    // All three are at the server, unanswered, at the same time; the fourth waits for one of them.
    await Promise.all(holds.map((h) => h.arrived))
    expect(server.log).not.toContain('append:3')
    for (const i of [2, 1, 0]) {
      holds[i]!.release()
      await server.waitFor((log) => log.includes(`ack:${i}`))
    }
    const media = await upload
    const acks = server.log.filter((c) => c.startsWith('ack:'))
    expect(acks.slice(0, 3)).toEqual(['ack:2', 'ack:1', 'ack:0'])
    expect(server.maxAppendsInFlight).toBeLessThanOrEqual(3)
    expect(server.hashOf(media.id)).toBe(sha256(bytes))
    const appended = events.filter((e) => e.phase === 'append')
    expect(appended.slice(0, 3).map((e) => e.segmentIndex)).toEqual([2, 1, 0])
    expect(appended.map((e) => e.segmentIndex).toSorted()).toEqual([0, 1, 2, 3, 4])
    expect(appended.map((e) => e.bytesSent)).toEqual([1000, 2000, 3000, 4000, 5000])
    expect(server.resentAfterAck).toEqual([])
  })

  it('acknowledged in order with 3 in flight: each segment answered after the one before it', async () => {
    const twitter = await oauth2Client()
    const holds = [0, 1, 2, 3, 4, 5].map((i) => server.holdSegment(i))
    const bytes = randomBytes(6 * 1000)
    const events: UploadProgress[] = []
    const upload = twitter.v2.uploadMedia(bytes, { mediaType: 'video/mp4', segmentBytes: 1000, concurrency: 3, onProgress: (p) => events.push(p) })
    await Promise.all(holds.slice(0, 3).map((h) => h.arrived))
    expect(server.log).not.toContain('append:3')
    for (const [i, hold] of holds.entries()) {
      await hold.arrived
      hold.release()
      await server.waitFor((log) => log.includes(`ack:${i}`))
    }
    const media = await upload
    expect(server.log.filter((c) => c.startsWith('ack:'))).toEqual(['ack:0', 'ack:1', 'ack:2', 'ack:3', 'ack:4', 'ack:5'])
    expect(events.filter((e) => e.phase === 'append').map((e) => e.segmentIndex)).toEqual([0, 1, 2, 3, 4, 5])
    expect(server.maxAppendsInFlight).toBeLessThanOrEqual(3)
    expect(server.hashOf(media.id)).toBe(sha256(bytes))
  })

  it('a segment failing once (503, then a reset connection) is re-sent alone; the server assembles the input exactly', async () => {
    const twitter = await oauth1Client()
    server.failSegmentOnce(2, 503)
    server.failSegmentOnce(2, 'reset')
    const retries: number[] = []
    const bytes = randomBytes(6 * 1000)
    const media = await twitter.v2.uploadMedia(bytes, { mediaType: 'video/mp4', segmentBytes: 1000, concurrency: 3, retryDelay: (n) => (retries.push(n), 1) })
    const appends = server.log.filter((c) => c.startsWith('append:'))
    expect(appends.filter((c) => c === 'append:2')).toHaveLength(3)
    expect(appends).toHaveLength(8)
    expect(retries).toEqual([1, 2])
    expect(server.resentAfterAck).toEqual([])
    expect(server.hashOf(media.id)).toBe(sha256(bytes))
    expect(server.authFailures).toEqual([])
  })

  it('gives up on a segment after maxSegmentRetries with X\'s error, aborting the others and never finalizing', async () => {
    const twitter = await oauth2Client()
    for (let i = 0; i < 3; i++) server.failSegmentOnce(1, 503)
    const error = await twitter.v2.uploadMedia(randomBytes(4000), { mediaType: 'video/mp4', segmentBytes: 1000, maxSegmentRetries: 2, retryDelay: () => 1 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonError)
    expect((error as TwythonError).status).toBe(503)
    expect(server.log).not.toContain('finalize')
  })

  it('does not retry a 4xx', async () => {
    const twitter = await oauth2Client()
    server.failSegmentOnce(0, 400)
    await expect(twitter.v2.uploadMedia(randomBytes(10), { mediaType: 'video/mp4', ...FAST })).rejects.toMatchObject({ status: 400 })
    expect(server.log.filter((c) => c === 'append:0')).toHaveLength(1)
  })
})

describe('twitter.v2.uploadMedia: processing', () => {
  it('polls status only after each check_after_secs has passed on the clock, until succeeded', async () => {
    const twitter = await oauth2Client({ processing: { checkAfterSecs: 5, steps: 2 } })
    const clock = new ManualClock()
    const events: UploadProgress[] = []
    const upload = twitter.v2.uploadMedia(randomBytes(10), { mediaType: 'video/mp4', mediaCategory: 'tweet_video', polling: { clock }, onProgress: (p) => events.push(p) })
    for (let check = 1; check <= 3; check++) {
      // The client waits 5 s of clock time: nothing is asked before, one status right after.
      await until(() => clock.pending.length === 1)
      expect(clock.pending[0]!.ms).toBe(5000)
      const before = server.log.filter((c) => c === 'status').length
      clock.advance(4999)
      await new Promise((r) => setTimeout(r, 20))
      expect(server.log.filter((c) => c === 'status')).toHaveLength(before)
      clock.advance(1)
      await server.waitFor((log) => log.filter((c) => c === 'status').length === check)
    }
    const media = await upload
    expect(media.processing_info).toEqual({ state: 'succeeded', progress_percent: 100 })
    expect(events.filter((e) => e.phase === 'processing').map((e) => e.processing?.state)).toEqual(['in_progress', 'in_progress', 'succeeded'])
    const status = server.requests.filter((r) => r.method === 'GET')
    expect(status.every((r) => r.query.get('command') === 'STATUS' && r.query.get('media_id') === media.id)).toBe(true)
  })

  it('rejects with a MediaProcessingError carrying X\'s error when processing fails', async () => {
    const twitter = await oauth1Client({ processing: { checkAfterSecs: 1, steps: 1 } })
    server.failProcessing({ code: 1, name: 'InvalidMedia', message: 'Unsupported video codec' })
    const error = await twitter.v2.uploadMedia(randomBytes(10), { mediaType: 'video/mp4', mediaCategory: 'tweet_video', ...FAST }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MediaProcessingError)
    const failure = error as MediaProcessingError<MediaUploadV2>
    expect([failure.errorName, failure.errorMessage, failure.errorCode]).toEqual(['InvalidMedia', 'Unsupported video codec', 1])
    expect(failure.mediaId).toBe(server.mediaIds()[0])
    expect(failure.response.id).toBe(server.mediaIds()[0])
    expect(failure.response.processing_info?.state).toBe('failed')
  })

  it('returns the finalize answer as it is with waitForProcessing: false', async () => {
    const twitter = await oauth2Client()
    const media = await twitter.v2.uploadMedia(randomBytes(10), { mediaType: 'video/mp4', mediaCategory: 'dm_video', waitForProcessing: false })
    expect(media.processing_info).toEqual({ state: 'pending', check_after_secs: 1 })
    expect(server.log).not.toContain('status')
  })
})

describe('twitter.v2.uploadMedia: abort and refusals', () => {
  it('abort mid-upload stops at once: requests in flight closed, nothing more read or sent', async () => {
    const twitter = await oauth2Client()
    const controller = new AbortController()
    const hold = server.holdSegment(1)
    let pulled = 0
    const chunk = randomBytes(1000)
    const source = new Readable({
      read() {
        pulled += chunk.length
        this.push(pulled > 50 * 1000 ? null : chunk)
      },
      highWaterMark: 1000,
    })
    const upload = twitter.v2.uploadMedia(source, { mediaType: 'video/mp4', size: 50 * 1000, segmentBytes: 1000, concurrency: 2, signal: controller.signal })
    await hold.arrived
    controller.abort(new Error('user cancelled'))
    await expect(upload).rejects.toThrow('user cancelled')
    const read = pulled
    // The held request's connection is closed by the client, not left to time out.
    await hold.closed
    hold.release()
    await new Promise((r) => setTimeout(r, 50))
    // Nothing read after the abort, and nothing sent beyond what was in flight or read ahead then (segments
    // 0 to 3 with 2 in flight); the held request's connection was closed, so it was never acknowledged.
    expect(pulled).toBe(read)
    expect(read).toBeLessThan(10 * 1000)
    expect(Math.max(...server.requests.map((r) => r.segmentIndex ?? 0))).toBeLessThanOrEqual(3)
    expect(server.log).not.toContain('finalize')
    expect(server.log).not.toContain('ack:1')
    expect(server.log).toContain('closed:1')
  })

  it('refuses an OAuth 2.0 token without media.write, and app-only auth, before anything is sent', async () => {
    const twitter = await oauth2Client({}, ['tweet.read', 'tweet.write'])
    await expect(twitter.v2.uploadMedia(randomBytes(10), { mediaType: 'video/mp4' })).rejects.toThrow(/media\.write/)
    const app = new Twython({ accessToken: 'app-bearer', hosts: { v2: server.origin } })
    await expect(app.v2.uploadMedia(randomBytes(10), { mediaType: 'video/mp4' })).rejects.toBeInstanceOf(TwythonAuthError)
    expect(server.requests).toHaveLength(0)
  })

  it.each([
    ['an unknown category', { mediaCategory: 'tweet_audio' }, /mediaCategory must be one of/],
    ['segments above 5 MiB', { segmentBytes: 5 * MiB + 1 }, /segmentBytes must be a whole number of bytes from 1 to 5242880/],
    ['more than 1,000 segments', { segmentBytes: 1 }, /1001 segments/],
    ['concurrency 0', { concurrency: 0 }, /concurrency must be a whole number from 1 to 16/],
    ['an unsupported media type', { mediaType: 'application/pdf' }, /Unsupported media type/],
    ['additional owners that are not ids', { additionalOwners: ['@jack'] }, /additionalOwners/],
  ])('refuses %s before any request', async (_name, options, message) => {
    const twitter = await oauth2Client()
    await expect(twitter.v2.uploadMedia(randomBytes(1001), { mediaType: 'video/mp4', ...(options as object) })).rejects.toThrow(message)
    expect(server.requests).toHaveLength(0)
  })

  it('refuses a stream without size', async () => {
    const twitter = await oauth2Client()
    await expect(twitter.v2.uploadMedia(Readable.from([Buffer.from('x')]), { mediaType: 'video/mp4' })).rejects.toThrow(/pass options\.size/)
    expect(server.requests).toHaveLength(0)
  })
})

describe('twitter.v2.uploadMedia: bounded memory', () => {
  it('uploads a generated 300 MB stream with peak RSS growth under 64 MB (measured in a child process)', async () => {
    server = await startV2UploadServer({ auth: { bearer: 'user-token-1' } })
    const size = 300 * MiB
    const child = spawn(process.execPath, ['--conditions', 'source', '--import', 'tsx', join(import.meta.dirname, 'upload-memory-child.ts'), server.origin, String(size)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(0)
    const report = JSON.parse(out.trim().split('\n').at(-1)!) as { id: string; sha256: string; rssGrowth: number }
    console.log(`[figures] 300 MB stream over v2: peak RSS growth ${(report.rssGrowth / MiB).toFixed(1)} MB`)
    expect(server.hashOf(report.id)).toBe(report.sha256)
    expect(report.rssGrowth).toBeLessThan(64 * MiB)
  }, 120_000)
})

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 2))
  if (!check()) throw new Error('condition not reached')
}
