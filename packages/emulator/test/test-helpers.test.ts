/**
 * The emulator's helpers for a user's own tests, each as the README shows it, over real sockets: other
 * users' credentials, tweets by other users reaching open streams, injected stream notices, reading what
 * was uploaded, and media processing finished at once.
 */
import { createHash } from 'node:crypto'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator, type EmulatorCredentials } from '../src/index.js'
import { authHeader, call, type Keys } from './emulator-helpers.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator()
})
afterAll(() => emu.close())

const keysOf = (c: EmulatorCredentials): Keys => ({ consumerKey: c.appKey, consumerSecret: c.appSecret, token: c.oauthToken, tokenSecret: c.oauthTokenSecret })

/** Opens a signed filter stream and collects its text. */
function filterStream(track: string): Promise<{ text: () => string; close: () => void }> {
  const url = `${emu.url}/1.1/statuses/filter.json`
  const body = `track=${encodeURIComponent(track)}`
  const authorization = authHeader('POST', url, { track }, keysOf(emu.credentials))
  return new Promise((resolve, reject) => {
    let text = ''
    const req = request(url, { method: 'POST', headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' } }, (res) => {
      res.setEncoding('utf8')
      res.on('data', (c: string) => (text += c))
      res.on('error', () => {})
      resolve({ text: () => text, close: () => req.destroy() })
    })
    req.on('error', reject)
    req.end(body)
  })
}
const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setTimeout(r, 5))
}

describe('test helpers', () => {
  it('credentialsFor: a second client signed in as another seeded user', async () => {
    const maya = emu.credentialsFor('maya_codes')
    expect(maya.appKey).toBe(emu.credentials.appKey)
    const me = await call(emu, 'GET', '/1.1/account/verify_credentials.json', { keys: keysOf(maya) })
    expect(me.json().screen_name).toBe('maya_codes')
    expect(() => emu.credentialsFor('nobody_at_all')).toThrow('Unknown user @nobody_at_all')
  })

  it('tweetAs: a tweet by someone else reaches an open filter stream and the timelines', async () => {
    const stream = await filterStream('#helperdemo')
    try {
      await until(() => (emu.streams as { openStreams: number }).openStreams > 0)
      const tweet = emu.tweetAs('maya_codes', 'shipping the emulator helpers #helperdemo')
      await until(() => stream.text().includes(tweet.id_str))
      const timeline = await call(emu, 'GET', '/1.1/statuses/user_timeline.json', { params: { screen_name: 'maya_codes', count: '1' } })
      expect(timeline.json()[0].id_str).toBe(tweet.id_str)
    } finally {
      stream.close()
    }
  })

  it('streams.notice: injects a stream message (a limit notice) into open streams', async () => {
    const stream = await filterStream('python')
    try {
      await until(() => (emu.streams as { openStreams: number }).openStreams > 0)
      emu.streams.notice({ limit: { track: 42 } })
      await until(() => stream.text().includes('{"limit":{"track":42}}'))
    } finally {
      stream.close()
    }
  })

  it('uploads.hashOf / stats / mediaIds: read what a client uploaded', async () => {
    const url = `${emu.url}/1.1/media/upload.json`
    const bytes = Buffer.from('not really a jpeg, but bytes all the same')
    const body = new FormData()
    body.append('media', new Blob([new Uint8Array(bytes)]), 'photo.jpg')
    const res = await fetch(url, { method: 'POST', headers: { authorization: authHeader('POST', url, {}, keysOf(emu.credentials)) }, body })
    const { media_id_string: id } = (await res.json()) as { media_id_string: string }
    expect(emu.uploads.mediaIds()).toContain(id)
    expect(emu.uploads.hashOf(id)).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(emu.uploads.stats(id)).toMatchObject({ totalBytes: bytes.length, receivedBytes: bytes.length, finalized: true })
  })

  it('uploads.completeProcessing: a video is ready at once, without polling STATUS', async () => {
    const init = await call(emu, 'POST', '/1.1/media/upload.json', { params: { command: 'INIT', media_type: 'video/mp4', total_bytes: '4', media_category: 'tweet_video' } })
    const id = init.json().media_id_string as string
    await call(emu, 'POST', '/1.1/media/upload.json', { params: { command: 'APPEND', media_id: id, segment_index: '0', media_data: Buffer.from('mp4!').toString('base64') } })
    expect((await call(emu, 'POST', '/1.1/media/upload.json', { params: { command: 'FINALIZE', media_id: id } })).json().processing_info.state).toBe('pending')
    emu.uploads.completeProcessing(id)
    const status = await call(emu, 'GET', '/1.1/media/upload.json', { params: { command: 'STATUS', media_id: id } })
    expect(status.json().processing_info).toEqual({ state: 'succeeded', progress_percent: 100 })
    const tweet = await call(emu, 'POST', '/1.1/statuses/update.json', { params: { status: `video ready ${Date.now()}`, media_ids: id } })
    expect(tweet.status, tweet.text).toBe(200)
    expect(tweet.json().extended_entities.media[0].type).toBe('video')
  })
})
