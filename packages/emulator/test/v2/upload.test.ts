/**
 * v2 chunked upload over real sockets: initialize (JSON), append (multipart `media` + `segment_index`, or
 * JSON with base64 `media`), finalize and STATUS, in order and out of order, a size mismatch, processing
 * that ends failed, a segment failing once (then retried), a connection reset, and the media on a v2 post
 * read back with `expansions=attachments.media_keys` and by v1.1. Every answer is validated against X's
 * 2.167 document (2.159's upload responses require a `meta` they never define, and processing_info a `type`,
 * which no answer of X's has).
 */
import { createHash } from 'node:crypto'
import { request } from 'node:http'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { startEmulator, type Emulator } from '../../src/index.js'
import { authHeader, call, userKeys, type Keys } from '../emulator-helpers.js'
import { expectInvalid, PNG, v2, validateSpoken, validated } from './v2-helpers.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ uploads: { processing: { secondMs: 1, checkAfterSecs: 1, steps: 2 } } })
})
beforeEach(() => {
  emu.reset()
})
afterAll(async () => {
  console.log(`upload.test.ts (v2): answers validated: ${validated['2.159']} against 2.159, ${validated['2.167']} against 2.167, ${validated.generic} generic problems against 2.159`)
  await emu.close()
})

/** POSTs a multipart APPEND as twitter-api-v2 does (OAuth 1.0a; multipart fields are not signed). */
function append(mediaId: string, segmentIndex: number, bytes: Buffer): Promise<{ status: number; body: any }> {
  const url = `${emu.url}/2/media/upload/${mediaId}/append`
  const boundary = `----emu${createHash('sha1').update(bytes).digest('hex').slice(0, 16)}`
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="segment_index"\r\n\r\n${segmentIndex}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="blob"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent: false, headers: { authorization: authHeader('POST', url, {}, userKeys(emu)), 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(body.length) } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        try {
          const text = Buffer.concat(chunks).toString('utf8')
          const parsed = text === '' ? undefined : JSON.parse(text)
          validateSpoken('2.167', 'POST', `/2/media/upload/${mediaId}/append`, res.statusCode!, String(res.headers['content-type'] ?? ''), parsed)
          resolve({ status: res.statusCode!, body: parsed })
        } catch (error) {
          reject(error)
        }
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}

const initialize = (body: Record<string, unknown>) => v2(emu, 'POST', '/2/media/upload/initialize', { body, speaks: '2.167' })
const finalize = (id: string, keys?: Keys) => v2(emu, 'POST', `/2/media/upload/${id}/finalize`, { speaks: '2.167', ...(keys ? { keys } : {}) })
const status = (id: string) => v2(emu, 'GET', '/2/media/upload', { query: { command: 'STATUS', media_id: id }, speaks: '2.167' })

/** Bytes that look like an MP4 to the emulator (an `ftyp` box) followed by filler. */
function video(size: number): Buffer {
  const bytes = Buffer.alloc(size, 7)
  Buffer.from('00000018667479706d703432000000006d703432', 'hex').copy(bytes)
  return bytes
}

const segmentsOf = (bytes: Buffer, size: number) => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size))

/** Polls STATUS, as a client does, until processing ends; every state seen. */
async function poll(id: string): Promise<string[]> {
  const states: string[] = []
  for (;;) {
    const s = await status(id)
    expect(s.status).toBe(200)
    const state = s.body.data.processing_info?.state as string | undefined
    states.push(state ?? 'none')
    if (state !== 'pending' && state !== 'in_progress') return states
    await new Promise((r) => setTimeout(r, s.body.data.processing_info.check_after_secs))
  }
}

test('a video in order: initialize, append, finalize with processing, STATUS until it succeeded, then on a v2 post and in v1.1', async () => {
  const bytes = video(300_000)
  const init = await initialize({ media_type: 'video/mp4', total_bytes: bytes.length, media_category: 'tweet_video' })
  expect(init.status).toBe(200)
  expect(init.body.data).toEqual({ id: expect.stringMatching(/^\d+$/), media_key: `7_${init.body.data.id}`, expires_after_secs: 86400 })
  const id = init.body.data.id as string
  for (const [i, segment] of segmentsOf(bytes, 100_000).entries()) {
    const r = await append(id, i, segment)
    expect(r.status).toBe(200)
    expect(r.body.data.expires_at).toBeGreaterThan(Date.now() / 1000)
  }
  const fin = await finalize(id)
  expect(fin.status).toBe(200)
  expect(fin.body.data).toMatchObject({ id, media_key: `7_${id}`, size: bytes.length, processing_info: { state: 'pending', check_after_secs: 1 } })
  const states = await poll(id)
  expect(states[states.length - 1]).toBe('succeeded')
  expect(states).toContain('in_progress')
  expect(emu.uploads.hashOf(id)).toBe(createHash('sha256').update(bytes).digest('hex'))

  const post = await v2(emu, 'POST', '/2/tweets', { body: { text: 'a clip uploaded with v2', media: { media_ids: [id] } } })
  expect(post.status).toBe(201)
  const read = await v2(emu, 'GET', `/2/tweets/${post.body.data.id}`, { query: { expansions: 'attachments.media_keys', 'media.fields': 'type,variants' } })
  expect(read.body.data.attachments.media_keys).toEqual([`7_${id}`])
  expect(read.body.includes.media[0]).toMatchObject({ media_key: `7_${id}`, type: 'video' })
  const v1 = await call(emu, 'GET', '/1.1/statuses/show.json', { params: { id: post.body.data.id, include_entities: 'true' } })
  expect(v1.json().extended_entities.media[0]).toMatchObject({ id_str: id, type: 'video' })
})

test('segments out of order (and one sent twice) are accepted; the bytes are hashed in segment order', async () => {
  const bytes = PNG
  const init = await initialize({ media_type: 'image/png', total_bytes: bytes.length, media_category: 'tweet_image' })
  const id = init.body.data.id as string
  const parts = segmentsOf(bytes, 20)
  for (const i of [2, 0, 3, 1, 0]) expect((await append(id, i, parts[i]!)).status).toBe(200)
  const fin = await finalize(id)
  // An image is finished at once: FINALIZE has its size and no processing_info.
  expect(fin.body.data).toEqual({ id, media_key: `3_${id}`, size: bytes.length, expires_after_secs: expect.any(Number), image: { image_type: 'image/png', w: 1, h: 1 } })
  expect(emu.uploads.hashOf(id)).toBe(createHash('sha256').update(bytes).digest('hex'))
  expect(emu.uploads.stats(id)!.segments).toEqual([2, 0, 3, 1, 0])
  expect((await status(id)).body.data.processing_info).toBeUndefined()
})

test('JSON appends with base64 media work too; a segment changed on re-send is refused', async () => {
  const init = await initialize({ media_type: 'image/png', total_bytes: PNG.length })
  const id = init.body.data.id as string
  const r = await v2(emu, 'POST', `/2/media/upload/${id}/append`, { body: { media: PNG.toString('base64'), segment_index: 0 }, speaks: '2.167' })
  expect(r.status).toBe(200)
  expectInvalid(await v2(emu, 'POST', `/2/media/upload/${id}/append`, { body: { media: Buffer.from('other').toString('base64'), segment_index: 0 }, speaks: '2.167' }), 'segment_index')
  expect((await finalize(id)).status).toBe(200)
})

test('refusals: a size that does not add up, a missing segment, STATUS too early, unknown ids, bad fields, app-only tokens', async () => {
  const init = await initialize({ media_type: 'video/mp4', total_bytes: 1000, media_category: 'tweet_video' })
  const id = init.body.data.id as string
  await append(id, 0, video(400))
  expectInvalid(await status(id), 'media_id')
  const short = await finalize(id)
  expectInvalid(short, 'id')
  expect(short.body.errors[0].message).toBe('Segments do not add up to provided total file size.')
  await append(id, 2, video(600))
  // 1000 bytes arrived, but segment 1 never did.
  expectInvalid(await finalize(id), 'id')

  expectInvalid(await finalize('1234567890'), 'id')
  expectInvalid(await initialize({ media_type: 'video/mp4' }), 'total_bytes')
  expectInvalid(await initialize({ media_type: 'application/pdf', total_bytes: 10 }), 'total_bytes')
  expectInvalid(await initialize({ media_type: 'video/mp4', total_bytes: 'ten' }), 'total_bytes')
  expectInvalid(await v2(emu, 'POST', `/2/media/upload/${id}/append`, { body: { segment_index: 0 }, speaks: '2.167' }), 'media')
  expect((await v2(emu, 'POST', '/2/media/upload/initialize', { auth: 'bearer', body: { media_type: 'image/png', total_bytes: 10 }, speaks: '2.167' })).status).toBe(403)
  // Another user may not touch it.
  expectInvalid(await finalize(id, { ...userKeys(emu), ...tokenOf(emu.issueAccessToken('maya_codes')) }), 'id')
})

const tokenOf = (t: { oauthToken: string; oauthTokenSecret: string }) => ({ token: t.oauthToken, tokenSecret: t.oauthTokenSecret })

test('processing that fails: STATUS says failed, and a post cannot carry it', async () => {
  const bytes = video(1000)
  const id = (await initialize({ media_type: 'video/mp4', total_bytes: bytes.length, media_category: 'tweet_video' })).body.data.id as string
  emu.uploads.failProcessing(id)
  await append(id, 0, bytes)
  await finalize(id)
  const states = await poll(id)
  expect(states[states.length - 1]).toBe('failed')
  expect((await status(id)).body.data.processing_info).toEqual({ state: 'failed', progress_percent: 100 })
  expectInvalid(await v2(emu, 'POST', '/2/tweets', { body: { text: 'broken clip', media: { media_ids: [id] } } }), 'media.media_ids')
  // Still processing is not attachable either.
  const slow = (await initialize({ media_type: 'video/mp4', total_bytes: 10, media_category: 'tweet_video' })).body.data.id as string
  await append(slow, 0, video(10))
  await finalize(slow)
  expectInvalid(await v2(emu, 'POST', '/2/tweets', { body: { text: 'too early', media: { media_ids: [slow] } } }), 'media.media_ids')
})

test('a segment fails once with a 503 and its retry succeeds; a reset fault drops the connection', async () => {
  const bytes = video(3000)
  const id = (await initialize({ media_type: 'video/mp4', total_bytes: bytes.length })).body.data.id as string
  emu.uploads.failSegmentOnce(id, 1, 503)
  emu.uploads.failSegmentOnce('*', 2, 'reset')
  const parts = segmentsOf(bytes, 1000)
  expect((await append(id, 0, parts[0]!)).status).toBe(200)
  const failed = await append(id, 1, parts[1]!)
  expect(failed.status).toBe(503)
  expect(failed.body).toEqual({ title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 })
  expect((await append(id, 1, parts[1]!)).status).toBe(200)
  await expect(append(id, 2, parts[2]!)).rejects.toThrow()
  expect((await append(id, 2, parts[2]!)).status).toBe(200)
  expect((await finalize(id)).status).toBe(200)
  expect(emu.uploads.stats(id)!.faults).toEqual([{ segmentIndex: 1, status: 503 }, { segmentIndex: 2, status: 'reset' }])
  expect(emu.uploads.hashOf(id)).toBe(createHash('sha256').update(bytes).digest('hex'))
})

test('one media store: an id from v1.1 INIT can be finished with v2, and a v2 upload attaches to a v1.1 tweet', async () => {
  const v1Init = await call(emu, 'POST', '/1.1/media/upload.json', { params: { command: 'INIT', media_type: 'image/png', total_bytes: String(PNG.length) } })
  const fromV1 = v1Init.json().media_id_string as string
  expect((await append(fromV1, 0, PNG)).status).toBe(200)
  expect((await finalize(fromV1)).body.data.image).toEqual({ image_type: 'image/png', w: 1, h: 1 })

  const id = (await initialize({ media_type: 'image/png', total_bytes: PNG.length })).body.data.id as string
  await append(id, 0, PNG)
  await finalize(id)
  const tweet = await call(emu, 'POST', '/1.1/statuses/update.json', { params: { status: 'v2 upload on a v1.1 tweet', media_ids: id } })
  expect(tweet.status).toBe(200)
  const read = await v2(emu, 'GET', `/2/tweets/${tweet.json().id_str}`, { query: { expansions: 'attachments.media_keys', 'media.fields': 'width,height' } })
  expect(read.body.includes.media).toEqual([{ media_key: `3_${id}`, type: 'photo', width: 1, height: 1 }])
})

test('the one-request upload and additional_owners: another user named at initialize may attach the media, others may not', async () => {
  const simple = await v2(emu, 'POST', '/2/media/upload', { body: { media: PNG.toString('base64'), media_category: 'tweet_image' }, speaks: '2.167' })
  expect(simple.status).toBe(200)
  expect(simple.body.data).toMatchObject({ id: expect.any(String), media_key: `3_${simple.body.data.id}`, size: PNG.length, image: { image_type: 'image/png', w: 1, h: 1 } })
  expectInvalid(await v2(emu, 'POST', '/2/media/upload', { body: { media: PNG.toString('base64') }, speaks: '2.167' }), 'media_category')

  const maya = emu.state.userByName('maya_codes')!.id.toString()
  const shared = (await initialize({ media_type: 'image/png', total_bytes: PNG.length, additional_owners: [maya] })).body.data.id as string
  await append(shared, 0, PNG)
  await finalize(shared)
  const asMaya = { ...userKeys(emu), ...tokenOf(emu.issueAccessToken('maya_codes')) }
  expect((await v2(emu, 'POST', '/2/tweets', { body: { text: 'shared with me', media: { media_ids: [shared] } }, keys: asMaya })).status).toBe(201)
  const asLena = { ...userKeys(emu), ...tokenOf(emu.issueAccessToken('lena_ux')) }
  expectInvalid(await v2(emu, 'POST', '/2/tweets', { body: { text: 'not shared with me', media: { media_ids: [simple.body.data.id] } }, keys: asLena }), 'media.media_ids')
})

/** An OAuth 2.0 user token of @emu_dev with `scope`, through the emulator's PKCE flow (no client code). */
async function oauth2Token(scope: string): Promise<string> {
  const verifier = createHash('sha256').update(scope).digest('base64url') + 'x'.repeat(10)
  const challenge = createHash('sha256').update(verifier).digest('base64url')
  const redirect = 'http://127.0.0.1:9/callback'
  const q = new URLSearchParams({ response_type: 'code', client_id: emu.oauth2.publicClient.clientId, redirect_uri: redirect, scope, state: 's', code_challenge: challenge, code_challenge_method: 'S256' })
  const { code } = emu.oauth2.approve(`${emu.hosts.authorize}/i/oauth2/authorize?${q.toString().replace(/\+/g, '%20')}`)
  const res = await fetch(`${emu.hosts.v2}/2/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'authorization_code', code: code!, redirect_uri: redirect, code_verifier: verifier, client_id: emu.oauth2.publicClient.clientId }) })
  expect(res.status).toBe(200)
  return ((await res.json()) as { access_token: string }).access_token
}

test('OAuth 2.0 user tokens with media.write upload; without the scope X’s 403 names it', async () => {
  const auth = { header: `Bearer ${await oauth2Token('media.write tweet.read tweet.write users.read')}` }
  const id = (await v2(emu, 'POST', '/2/media/upload/initialize', { auth, body: { media_type: 'image/png', total_bytes: PNG.length }, speaks: '2.167' })).body.data.id as string
  expect((await v2(emu, 'POST', `/2/media/upload/${id}/append`, { auth, body: { media: PNG.toString('base64'), segment_index: 0 }, speaks: '2.167' })).status).toBe(200)
  expect((await v2(emu, 'POST', `/2/media/upload/${id}/finalize`, { auth, speaks: '2.167' })).body.data.image).toEqual({ image_type: 'image/png', w: 1, h: 1 })
  expect((await v2(emu, 'POST', '/2/tweets', { auth, body: { text: 'uploaded with OAuth 2.0', media: { media_ids: [id] } } })).status).toBe(201)
  const readOnly = { header: `Bearer ${await oauth2Token('tweet.read users.read')}` }
  const refused = await v2(emu, 'POST', '/2/media/upload/initialize', { auth: readOnly, body: { media_type: 'image/png', total_bytes: PNG.length }, speaks: '2.167' })
  expect(refused.status).toBe(403)
  expect(refused.body.detail).toContain('media.write')
})
