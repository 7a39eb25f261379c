/**
 * `twitter.v2.uploadMedia` against the emulator's v2 chunked upload (not our own test server): a video in
 * several segments with four APPENDs in flight and one segment failing once, processing polled to
 * `succeeded`, the bytes the emulator assembled equal to the input, and the media attached to a tweet that
 * v2 `expansions` then shows.
 */
import { createHash } from 'node:crypto'
import { startEmulator, type Emulator } from '@twython/emulator'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Twython } from '../../src/index.js'

let emu: Emulator
let twitter: Twython
beforeAll(async () => {
  emu = await startEmulator({ uploads: { processing: { secondMs: 1 } } })
  twitter = new Twython({ ...emu.credentials, hosts: emu.hosts })
})
afterAll(async () => {
  await emu.close()
})

it('uploads a video in parallel segments, retries the one that fails, waits for processing and attaches it to a tweet', async () => {
  const bytes = new Uint8Array(2_600_000)
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 11)) & 0xff
  emu.uploads.failSegmentOnce('*', 1, 503)
  const progress: number[] = []
  const media = await twitter.v2.uploadMedia(bytes, { mediaType: 'video/mp4', mediaCategory: 'tweet_video', segmentBytes: 512 * 1024, concurrency: 4, retryDelay: () => 1, onProgress: (p) => progress.push(p.segmentsAcknowledged ?? 0) })
  expect(media.id).toMatch(/^\d+$/)
  expect(media.processing_info?.state ?? 'succeeded').toBe('succeeded')
  expect(emu.uploads.hashOf(media.id)).toBe(createHash('sha256').update(bytes).digest('hex'))
  expect(Math.max(...progress)).toBe(Math.ceil(bytes.length / (512 * 1024)))
  const stats = emu.uploads.stats(media.id)!
  expect(stats.faults).toEqual([{ segmentIndex: 1, status: 503 }])
  // Segment 1 was sent twice (refused, then accepted once); every other segment exactly once.
  expect([...stats.segments].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4])
  expect(stats.statusChecks.length).toBeGreaterThan(0)

  const posted = await twitter.v2.createTweet({ text: 'a clip', media: { media_ids: [media.id] } })
  const read = await twitter.v2.getTweet({ id: posted.data!.id, expansions: ['attachments.media_keys'], 'media.fields': ['type'] })
  expect(read.includes?.media?.map((m) => m.type)).toEqual(['video'])
})
