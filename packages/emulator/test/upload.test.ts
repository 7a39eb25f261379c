/**
 * The emulator's upload service over real sockets (mounted on node:http without OAuth): protocol
 * validation as Twitter does it, exact 64-bit ids, processing simulation and faults.
 */
import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { createUploadService, startUploadServer, type UploadServer, type UploadServiceControl, type UploadServiceOptions } from '../src/upload/index.js'

let server: UploadServer
let service: UploadServiceControl
async function start(options: UploadServiceOptions = {}): Promise<void> {
  service = createUploadService(options)
  server = await startUploadServer(service)
}
afterEach(async () => {
  await server?.close()
  service?.close()
})

async function post(fields: Record<string, string | Blob>, multipart = true): Promise<{ status: number; type: string | null; text: string; json: Record<string, unknown> | undefined }> {
  let body: FormData | URLSearchParams
  if (multipart) {
    body = new FormData()
    for (const [k, v] of Object.entries(fields)) typeof v === 'string' ? body.append(k, v) : body.append(k, v, 'media')
  } else body = new URLSearchParams(fields as Record<string, string>)
  return reply(await fetch(`${server.origin}/1.1/media/upload.json`, { method: 'POST', body }))
}
async function get(query: Record<string, string>) {
  return reply(await fetch(`${server.origin}/1.1/media/upload.json?${new URLSearchParams(query)}`))
}
async function reply(response: Response) {
  const text = await response.text()
  return { status: response.status, type: response.headers.get('content-type'), text, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined }
}
async function init(totalBytes: number, extra: Record<string, string> = {}): Promise<string> {
  const r = await post({ command: 'INIT', media_type: 'video/mp4', total_bytes: String(totalBytes), ...extra }, false)
  expect(r.status).toBe(202)
  return r.json!.media_id_string as string
}
const append = (mediaId: string, index: number, bytes: Uint8Array) => post({ command: 'APPEND', media_id: mediaId, segment_index: String(index), media: new Blob([bytes as Uint8Array<ArrayBuffer>]) })

describe('INIT', () => {
  it('answers 202 with an exact media id above 2^53, the key and the expiry', async () => {
    await start({ firstMediaId: 1302644179944734721n })
    const r = await post({ command: 'INIT', media_type: 'video/mp4', total_bytes: '1577963', media_category: 'tweet_video' }, false)
    expect(r.status).toBe(202)
    expect(r.text).toBe('{"media_id":1302644179944734721,"media_id_string":"1302644179944734721","expires_after_secs":86400,"media_key":"7_1302644179944734721"}')
  })

  it.each([
    [{ media_type: 'video/mp4' }, /total_bytes/],
    [{ media_type: 'video/mp4', total_bytes: '0' }, /total_bytes/],
    [{ total_bytes: '10' }, /media_type/],
    [{ media_type: 'application/pdf', total_bytes: '10' }, /Unsupported media type/],
    [{ media_type: 'video/mp4', total_bytes: '10', media_category: 'tweet_pdf' }, /Invalid media_category/],
    [{ media_type: 'image/png', total_bytes: String(5 * 1024 * 1024 + 1) }, /File size exceeds 5242880/],
    [{ media_type: 'video/mp4', total_bytes: String(512 * 1024 * 1024 + 1) }, /File size exceeds 536870912/],
  ])('rejects %o', async (fields, message) => {
    await start()
    const r = await post({ command: 'INIT', ...fields }, false)
    expect(r.status).toBe(400)
    expect(r.json).toMatchObject({ request: '/1.1/media/upload.json', error: expect.stringMatching(message) })
  })
})

describe('APPEND and FINALIZE', () => {
  it('answers APPEND 204 text/html with no body, hashes the bytes, and FINALIZE 201 with the details', async () => {
    await start({ now: () => 0 })
    const id = await init(7)
    const a = await append(id, 0, Buffer.from('abcd'))
    expect([a.status, a.type, a.text]).toEqual([204, 'text/html;charset=utf-8', ''])
    // media_data (base64) is accepted as well as a file part
    expect((await post({ command: 'APPEND', media_id: id, segment_index: '1', media_data: Buffer.from('efg').toString('base64') })).status).toBe(204)
    expect(service.hashOf(id)).toBe(createHash('sha256').update('abcdefg').digest('hex'))
    const f = await post({ command: 'FINALIZE', media_id: id }, false)
    expect(f.status).toBe(201)
    expect(f.text).toBe(`{"media_id":${id},"media_id_string":"${id}","size":7,"expires_after_secs":86400,"video":{"video_type":"video/mp4"}}`)
  })

  it('reads the dimensions of a PNG', async () => {
    await start()
    const png = Buffer.alloc(33)
    png.writeUInt32BE(0x89504e47, 0)
    png.write('IHDR', 12, 'latin1')
    png.writeUInt32BE(1252, 16)
    png.writeUInt32BE(626, 20)
    const id = (await post({ command: 'INIT', media_type: 'image/png', total_bytes: '33' }, false)).json!.media_id_string as string
    await append(id, 0, png)
    expect((await post({ command: 'FINALIZE', media_id: id }, false)).json!.image).toEqual({ image_type: 'image/png', w: 1252, h: 626 })
  })

  it('enforces the index range and the 5 MB segment limit', async () => {
    await start()
    const id = await init(100)
    expect((await append(id, 1000, new Uint8Array(10))).json!.error).toBe('SegmentIndex must be between 0 and 999.')
    expect((await append(id, 0, new Uint8Array(5 * 1024 * 1024 + 1))).json!.error).toMatch(/Segment size exceeds 5242880/)
    expect(service.stats(id)!.segments).toEqual([])
  })

  it('accepts segments in any order and concurrently; the segment index orders the bytes', async () => {
    await start()
    const chunks = Array.from({ length: 12 }, (_, i) => Buffer.alloc(1000 + i, i + 1))
    const whole = Buffer.concat(chunks)
    const id = await init(whole.length)
    const order = [7, 2, 11, 0, 5, 9, 1, 10, 3, 8, 6, 4]
    const replies = await Promise.all(order.map((i) => append(id, i, chunks[i]!)))
    expect(replies.map((r) => r.status)).toEqual(order.map(() => 204))
    expect([...service.stats(id)!.segments].sort((a, b) => a - b)).toEqual(order.slice().sort((a, b) => a - b))
    expect(service.hashOf(id)).toBe(createHash('sha256').update(whole).digest('hex'))
    expect((await post({ command: 'FINALIZE', media_id: id }, false)).status).toBe(201)
  })

  it('refuses FINALIZE while a segment is missing, even when the bytes add up', async () => {
    await start()
    const id = await init(30)
    await append(id, 0, new Uint8Array(10))
    await append(id, 2, new Uint8Array(20))
    const early = await post({ command: 'FINALIZE', media_id: id }, false)
    expect([early.status, early.json!.error]).toEqual([400, 'Segments do not add up to provided total file size.'])
    // 30 bytes in segments 0, 2 and 3: the total matches, segment 1 does not exist.
    const gap = await init(30)
    await append(gap, 0, new Uint8Array(10))
    await append(gap, 2, new Uint8Array(10))
    await append(gap, 3, new Uint8Array(10))
    expect((await post({ command: 'FINALIZE', media_id: gap }, false)).status).toBe(400)
  })

  it.each(['tweet_video', 'TweetVideo', 'TWEET_VIDEO', 'tweet-video', 'amplify_video', 'AmplifyVideo', 'dm_gif', 'DmVideo', 'tweet_gif', 'TweetImage'])('takes media_category %s in any spelling clients send', async (category) => {
    await start()
    const r = await post({ command: 'INIT', media_type: category.toLowerCase().includes('gif') ? 'image/gif' : category.toLowerCase().includes('image') ? 'image/png' : 'video/mp4', total_bytes: '10', media_category: category }, false)
    expect(r.status, r.text).toBe(202)
  })

  it('takes the chunk as base64 in a form-encoded media field', async () => {
    await start()
    const id = await init(6)
    const r = await post({ command: 'APPEND', media_id: id, segment_index: '0', media: Buffer.from('abcdef').toString('base64') }, false)
    expect(r.status, r.text).toBe(204)
    expect(service.hashOf(id)).toBe(createHash('sha256').update('abcdef').digest('hex'))
  })

  it('answers a malformed multipart body with a 400 in the upload shape', async () => {
    await start()
    const res = await fetch(`${server.origin}/1.1/media/upload.json`, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=xyz' }, body: '--xyz\r\ncontent-disposition: form-data; name="command"\r\n\r\nINIT' })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ request: '/1.1/media/upload.json', error: 'Malformed multipart body: multipart body not terminated.' })
  })

  it('accepts an identical re-send of an acknowledged segment but not different bytes', async () => {
    await start()
    const id = await init(20)
    await append(id, 0, new Uint8Array(10).fill(1))
    expect((await append(id, 0, new Uint8Array(10).fill(1))).status).toBe(204)
    expect((await append(id, 0, new Uint8Array(10).fill(2))).json!.error).toMatch(/already received with different content/)
    expect(service.stats(id)!.segments).toEqual([0, 0])
    expect(service.stats(id)!.receivedBytes).toBe(10)
  })

  it('refuses FINALIZE when the segments do not add up to total_bytes', async () => {
    await start()
    const id = await init(20)
    await append(id, 0, new Uint8Array(10))
    const r = await post({ command: 'FINALIZE', media_id: id }, false)
    expect([r.status, r.json!.error]).toEqual([400, 'Segments do not add up to provided total file size.'])
  })

  it('refuses unknown ids, other users\' ids and expired ones', async () => {
    let now = 1_000_000
    await start({ now: () => now, expiresAfterSecs: 60 })
    expect((await append('123456789012345678', 0, new Uint8Array(1))).json!.error).toBe('Invalid or expired media id.')
    const id = await init(1)
    now += 60_000
    expect((await append(id, 0, new Uint8Array(1))).json!.error).toBe('Invalid or expired media id.')
  })

  it('serves a simple upload (no command) and refuses commands other than STATUS on GET', async () => {
    await start()
    const png = Buffer.alloc(40)
    png.writeUInt32BE(0x89504e47, 0)
    png.write('IHDR', 12, 'latin1')
    png.writeUInt32BE(640, 16)
    png.writeUInt32BE(480, 20)
    const simple = await post({ media: new Blob([png]) })
    expect(simple.status, simple.text).toBe(200)
    expect(simple.json).toEqual({ media_id: expect.any(Number), media_id_string: expect.stringMatching(/^\d+$/), size: 40, expires_after_secs: expect.any(Number), image: { image_type: 'image/png', w: 640, h: 480 } })
    // A day, counted down from the upload: under load a second may have passed already.
    expect(86400 - (simple.json as { expires_after_secs: number }).expires_after_secs).toBeLessThanOrEqual(2)
    expect(service.attachable(simple.json!.media_id_string as string, '1')).toMatchObject({ kind: 'image', w: 640, h: 480 })
    expect((await get({ command: 'INIT' })).json!.error).toBe('INIT must be sent with POST.')
  })
})

describe('processing and faults', () => {
  it('goes pending -> in_progress -> succeeded, advancing only after check_after_secs', async () => {
    let now = 0
    await start({ now: () => now, processing: { checkAfterSecs: 2, steps: 1 } })
    const id = await init(3, { media_category: 'tweet_video' })
    await append(id, 0, new Uint8Array(3))
    const f = await post({ command: 'FINALIZE', media_id: id }, false)
    expect(f.status).toBe(200)
    expect(f.json!.processing_info).toEqual({ state: 'pending', check_after_secs: 2 })
    expect((await get({ command: 'STATUS', media_id: id })).json!.processing_info).toEqual({ state: 'pending', check_after_secs: 2 }) // too early
    now += 2000
    expect((await get({ command: 'STATUS', media_id: id })).json!.processing_info).toEqual({ state: 'in_progress', check_after_secs: 2, progress_percent: 50 })
    now += 2000
    const done = await get({ command: 'STATUS', media_id: id })
    expect(done.json).toMatchObject({ media_id_string: id, video: { video_type: 'video/mp4' }, processing_info: { state: 'succeeded', progress_percent: 100 } })
    expect(done.text).toContain(`"media_id":${id},`)
  })

  it('fails processing on demand with Twitter\'s error object', async () => {
    await start({ processing: { checkAfterSecs: 0, steps: 0 } })
    const id = await init(1, { media_category: 'tweet_gif' })
    service.failProcessing(id, { code: 1, name: 'InvalidMedia', message: 'file is invalid' })
    await append(id, 0, new Uint8Array(1))
    expect((await post({ command: 'FINALIZE', media_id: id }, false)).json!.processing_info).toEqual({ state: 'pending' }) // no check_after_secs
    expect((await get({ command: 'STATUS', media_id: id })).json!.processing_info).toEqual({ state: 'failed', progress_percent: 100, error: { code: 1, name: 'InvalidMedia', message: 'file is invalid' } })
  })

  it('fails a segment once, without storing it', async () => {
    await start()
    const id = await init(2)
    service.failSegmentOnce(id, 0, 503)
    const failed = await append(id, 0, new Uint8Array([1]))
    expect([failed.status, failed.json]).toEqual([503, { errors: [{ code: 131, message: 'Internal error' }] }])
    expect((await append(id, 0, new Uint8Array([1]))).status).toBe(204)
    expect(service.stats(id)).toMatchObject({ segments: [0], faults: [{ segmentIndex: 0, status: 503 }], receivedBytes: 1 })
  })
})
