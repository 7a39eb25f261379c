/**
 * `media_ids` on statuses/update (and a DM's attachment), over real sockets: ids are checked (unknown,
 * someone else's, expired, still processing: Twitter's 400 code 324) and attached as `entities.media` and
 * `extended_entities` in the recorded shape, with the right type, sizes and, for video, `video_info`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.js'
import { authHeader, call, errorOf, userKeys, type Keys } from './emulator-helpers.js'

let emu: Emulator
let offsetMs = 0
beforeAll(async () => {
  // Instant processing (one step, no wait) and a short expiry, with a clock the tests can move.
  emu = await startEmulator({ now: () => Date.now() + offsetMs, uploads: { expiresAfterSecs: 120, processing: { steps: 0, checkAfterSecs: 0 } } })
})
afterAll(() => emu.close())

const UPLOAD = '/1.1/media/upload.json'

function png(w: number, h: number): Buffer {
  const b = Buffer.alloc(64)
  b.writeUInt32BE(0x89504e47, 0)
  b.writeUInt32BE(0x0d0a1a0a, 4)
  b.write('IHDR', 12, 'latin1')
  b.writeUInt32BE(w, 16)
  b.writeUInt32BE(h, 20)
  return b
}

function gif(w: number, h: number): Buffer {
  const b = Buffer.alloc(32)
  b.write('GIF89a', 0, 'latin1')
  b.writeUInt16LE(w, 6)
  b.writeUInt16LE(h, 8)
  return b
}

/** An MP4 whose moov comes first: mvhd (timescale 1000, duration 12345) and a video tkhd of w x h. */
function mp4(w: number, h: number): Buffer {
  const box = (type: string, ...body: Buffer[]) => {
    const content = Buffer.concat(body)
    const head = Buffer.alloc(8)
    head.writeUInt32BE(content.length + 8, 0)
    head.write(type, 4, 'latin1')
    return Buffer.concat([head, content])
  }
  const mvhd = Buffer.alloc(100)
  mvhd.writeUInt32BE(1000, 12)
  mvhd.writeUInt32BE(12345, 16)
  const tkhd = Buffer.alloc(84)
  tkhd.writeUInt32BE(w << 16, 76)
  tkhd.writeUInt32BE(h << 16, 80)
  return Buffer.concat([box('ftyp', Buffer.from('isom0000', 'latin1')), box('moov', box('mvhd', mvhd), box('trak', box('tkhd', tkhd))), box('mdat', Buffer.alloc(2000, 7))])
}

async function uploadForm(fields: Record<string, string | Blob>, keys: Keys = userKeys(emu)): Promise<{ status: number; json: any }> {
  const url = `${emu.url}${UPLOAD}`
  const body = new FormData()
  for (const [k, v] of Object.entries(fields)) typeof v === 'string' ? body.append(k, v) : body.append(k, v, 'blob')
  const res = await fetch(url, { method: 'POST', headers: { authorization: authHeader('POST', url, {}, keys) }, body })
  const text = await res.text()
  return { status: res.status, json: text ? JSON.parse(text) : undefined }
}

async function simpleUpload(bytes: Buffer, keys?: Keys): Promise<string> {
  const r = await uploadForm({ media: new Blob([new Uint8Array(bytes)]) }, keys)
  expect(r.status).toBe(200)
  return r.json.media_id_string as string
}

/** INIT, two APPENDs, FINALIZE, then STATUS until processing ends. */
async function chunkedUpload(bytes: Buffer, mediaType: string, category: string): Promise<string> {
  const init = await call(emu, 'POST', UPLOAD, { params: { command: 'INIT', media_type: mediaType, total_bytes: String(bytes.length), media_category: category } })
  expect(init.status, init.text).toBe(202)
  const id = init.json().media_id_string as string
  const half = Math.ceil(bytes.length / 2)
  for (const [i, part] of [bytes.subarray(0, half), bytes.subarray(half)].entries()) expect((await uploadForm({ command: 'APPEND', media_id: id, segment_index: String(i), media: new Blob([new Uint8Array(part)]) })).status).toBe(204)
  const fin = await call(emu, 'POST', UPLOAD, { params: { command: 'FINALIZE', media_id: id } })
  expect(fin.status, fin.text).toBeLessThan(300)
  for (let i = 0; i < 10 && fin.json().processing_info; i++) {
    const st = await call(emu, 'GET', UPLOAD, { params: { command: 'STATUS', media_id: id } })
    if (st.json().processing_info.state === 'succeeded') break
  }
  return id
}

const tweet = (params: Record<string, string>) => call(emu, 'POST', '/1.1/statuses/update.json', { params })
let n = 0
const unique = (text: string) => `${text} ${Date.now()}-${n++}`

describe('media_ids on statuses/update', () => {
  it('attaches a photo: entities.media and extended_entities, the t.co link at the end of the text', async () => {
    const id = await simpleUpload(png(1600, 900))
    const status = unique('a photo')
    const reply = await tweet({ status, media_ids: id })
    expect(reply.status, reply.text).toBe(200)
    const t = reply.json()
    const [media] = t.entities.media
    expect(t.text).toBe(`${status} ${media.url}`)
    expect(media).toMatchObject({ id_str: id, type: 'photo', media_url_https: expect.stringMatching(/^https:\/\/pbs\.twimg\.com\/media\/\w+\.png$/), display_url: expect.stringMatching(/^pic\.twitter\.com\//), expanded_url: `https://twitter.com/emu_dev/status/${t.id_str}/photo/1` })
    expect(media.indices).toEqual([Array.from(status).length + 1, Array.from(t.text).length])
    expect(media.sizes).toEqual({ thumb: { w: 150, h: 150, resize: 'crop' }, small: { w: 680, h: 383, resize: 'fit' }, medium: { w: 1200, h: 675, resize: 'fit' }, large: { w: 1600, h: 900, resize: 'fit' } })
    expect(reply.text).toContain(`"id":${id},`)
    expect(t.extended_entities.media).toEqual([media])
    // Read back, in extended mode: display_text_range stops before the media link.
    const shown = (await call(emu, 'GET', `/1.1/statuses/show/${t.id_str}.json`, { params: { tweet_mode: 'extended' } })).json()
    expect(shown.display_text_range).toEqual([0, Array.from(status).length])
    expect(shown.extended_entities.media[0].id_str).toBe(id)
  })

  it('a retweet carries the original\'s media, naming its source', async () => {
    const id = await simpleUpload(png(100, 50))
    const maya = emu.credentialsFor('maya_codes')
    const keys = { consumerKey: maya.appKey, consumerSecret: maya.appSecret, token: maya.oauthToken, tokenSecret: maya.oauthTokenSecret }
    const original = (await tweet({ status: unique('worth a retweet'), media_ids: id })).json()
    const rt = await call(emu, 'POST', `/1.1/statuses/retweet/${original.id_str}.json`, { keys })
    expect(rt.status, rt.text).toBe(200)
    const media = rt.json().extended_entities.media[0]
    expect(media).toMatchObject({ id_str: id, source_status_id_str: original.id_str, source_user_id_str: original.user.id_str, expanded_url: original.extended_entities.media[0].expanded_url })
    expect(media.indices[1]).toBe(Array.from(rt.json().text as string).length)
  })

  it('attaches up to four photos, all in extended_entities, the first in entities', async () => {
    const ids = [await simpleUpload(png(10, 10)), await simpleUpload(png(20, 20)), await simpleUpload(png(30, 30)), await simpleUpload(png(40, 40))]
    const t = (await tweet({ status: unique('four photos'), media_ids: ids.join(',') })).json()
    expect(t.entities.media.map((m: { id_str: string }) => m.id_str)).toEqual([ids[0]])
    expect(t.extended_entities.media.map((m: { id_str: string; type: string }) => [m.id_str, m.type])).toEqual(ids.map((id) => [id, 'photo']))
    expect(t.extended_entities.media[3].expanded_url).toMatch(/\/photo\/4$/)
  })

  it('attaches an animated GIF with video_info; entities.media shows it as a photo, as recorded', async () => {
    const id = await chunkedUpload(gif(480, 270), 'image/gif', 'TweetGif')
    const t = (await tweet({ status: unique('a gif'), media_ids: id })).json()
    const ext = t.extended_entities.media[0]
    expect(ext).toMatchObject({ type: 'animated_gif', media_url_https: expect.stringMatching(/^https:\/\/pbs\.twimg\.com\/tweet_video_thumb\//), video_info: { aspect_ratio: [16, 9], variants: [{ bitrate: 0, content_type: 'video/mp4', url: expect.stringMatching(/^https:\/\/video\.twimg\.com\/tweet_video\/\w+\.mp4$/) }] } })
    expect(t.entities.media[0].type).toBe('photo')
    expect(t.entities.media[0].video_info).toBeUndefined()
  })

  it('attaches a video with video_info (duration and size read from the MP4)', async () => {
    const id = await chunkedUpload(mp4(1280, 720), 'video/mp4', 'tweet_video')
    const t = (await tweet({ status: unique('a video'), media_ids: id })).json()
    const ext = t.extended_entities.media[0]
    expect(ext).toMatchObject({ type: 'video', expanded_url: expect.stringMatching(/\/video\/1$/), sizes: { large: { w: 1280, h: 720, resize: 'fit' } } })
    expect(ext.video_info.aspect_ratio).toEqual([16, 9])
    expect(ext.video_info.duration_millis).toBe(12345)
    expect(ext.video_info.variants.map((v: { content_type: string }) => v.content_type)).toEqual(['application/x-mpegURL', 'video/mp4', 'video/mp4'])
  })

  it('statuses/update_with_media attaches its media[] part as a photo, as recorded', async () => {
    const url = `${emu.url}/1.1/statuses/update_with_media.json`
    const status = unique('with media')
    const body = new FormData()
    body.append('status', status)
    body.append('media[]', new Blob([new Uint8Array(png(1252, 626))], { type: 'image/png' }), 'banner.png')
    const res = await fetch(url, { method: 'POST', headers: { authorization: authHeader('POST', url, {}, userKeys(emu)) }, body })
    const t = JSON.parse(await res.text())
    expect(res.status).toBe(200)
    expect(t.entities.media[0]).toMatchObject({ type: 'photo', sizes: { large: { w: 1252, h: 626, resize: 'fit' }, medium: { w: 1200, h: 600, resize: 'fit' }, small: { w: 680, h: 340, resize: 'fit' } } })
    expect(t.text).toBe(`${status} ${t.entities.media[0].url}`)
  })

  it('posts media alone, without a status', async () => {
    const id = await simpleUpload(png(5, 5))
    const reply = await tweet({ media_ids: id })
    expect(reply.status, reply.text).toBe(200)
    expect(reply.json().text).toBe(reply.json().entities.media[0].url)
  })

  it('refuses unknown, someone else\'s, expired and still-processing ids with 400 code 324', async () => {
    const refused = async (media_ids: string) => {
      const reply = await tweet({ status: unique('refused'), media_ids })
      expect(reply.status, reply.text).toBe(400)
      expect(errorOf(reply)).toEqual({ code: 324, message: 'The validation of media ids failed.' })
    }
    await refused('1234567890123456789')
    const other = emu.issueAccessToken('maya_codes')
    await refused(await simpleUpload(png(8, 8), { ...userKeys(emu), token: other.oauthToken, tokenSecret: other.oauthTokenSecret }))
    const old = await simpleUpload(png(9, 9))
    offsetMs += 121_000
    try {
      await refused(old)
    } finally {
      offsetMs -= 121_000
    }
    // INIT without APPEND/FINALIZE: not finished.
    const open = (await call(emu, 'POST', UPLOAD, { params: { command: 'INIT', media_type: 'image/png', total_bytes: '10' } })).json().media_id_string as string
    await refused(open)
    await refused([1, 2, 3, 4, 5].map(() => '1').join(','))
    const photo = await simpleUpload(png(6, 6))
    const gifId = await chunkedUpload(gif(4, 4), 'image/gif', 'tweet_gif')
    await refused(`${photo},${gifId}`)
    expect(errorOf(await tweet({ status: unique('bad list'), media_ids: 'abc' })).code).toBe(44)
  })
})

describe('media still processing', () => {
  it('is refused until STATUS says succeeded', async () => {
    const slow = await startEmulator({ uploads: { processing: { steps: 1, checkAfterSecs: 1, secondMs: 60_000 } } })
    try {
      const init = await call(slow, 'POST', UPLOAD, { params: { command: 'INIT', media_type: 'video/mp4', total_bytes: '4', media_category: 'tweet_video' } })
      const id = init.json().media_id_string as string
      expect((await call(slow, 'POST', UPLOAD, { params: { command: 'APPEND', media_id: id, segment_index: '0', media_data: Buffer.from('abcd').toString('base64') } })).status).toBe(204)
      expect((await call(slow, 'POST', UPLOAD, { params: { command: 'FINALIZE', media_id: id } })).json().processing_info.state).toBe('pending')
      const reply = await call(slow, 'POST', '/1.1/statuses/update.json', { params: { status: 'too early', media_ids: id } })
      expect(reply.status).toBe(400)
      expect(errorOf(reply).code).toBe(324)
    } finally {
      await slow.close()
    }
  })
})

describe('a DM attachment', () => {
  it('attaches an upload to direct_messages/events/new', async () => {
    const me = emu.state.userByName('emu_dev')!.id.toString()
    const friend = [...emu.state.followers.get(me)!][0]!
    const id = await simpleUpload(png(300, 200))
    const url = `${emu.url}/1.1/direct_messages/events/new.json`
    const body = JSON.stringify({ event: { type: 'message_create', message_create: { target: { recipient_id: friend }, message_data: { text: 'look', attachment: { type: 'media', media: { id } } } } } })
    const res = await fetch(url, { method: 'POST', headers: { authorization: authHeader('POST', url, {}, userKeys(emu)), 'content-type': 'application/json' }, body })
    const text = await res.text()
    expect(res.status, text).toBe(200)
    const data = JSON.parse(text).event.message_create.message_data
    expect(data.attachment).toMatchObject({ type: 'media', media: { id_str: id, type: 'photo' } })
    expect(data.text).toBe(`look ${data.attachment.media.url}`)
    const bad = await fetch(url, { method: 'POST', headers: { authorization: authHeader('POST', url, {}, userKeys(emu)), 'content-type': 'application/json' }, body: body.replace(id, '42') })
    expect(bad.status).toBe(400)
  })
})
