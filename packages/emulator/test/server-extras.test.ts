/**
 * The parts of the emulator the other suites do not reach: its exact-id JSON writer and multipart parser,
 * the admin state and reset routes, the simple (one-request) media upload, the extra routes outside the
 * spec, seeding from a JSON file, and the command line (start, print, stop on SIGTERM).
 */
import { spawn } from 'node:child_process'
import fc from 'fast-check'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.js'
import { toJson } from '../src/server/json.js'
import { MultipartError, multipartBoundary, parseMultipart } from '../src/server/multipart.js'
import { authHeader, call, userKeys } from './emulator-helpers.js'

describe('toJson', () => {
  it('writes bigints as exact integer literals and drops undefined fields like JSON.stringify', () => {
    const id = 1_234_567_890_123_456_789n
    expect(toJson({ id, id_str: id.toString(), gone: undefined, list: [1, undefined, 'a"b'], nested: { n: null, ok: true } })).toBe(
      '{"id":1234567890123456789,"id_str":"1234567890123456789","list":[1,null,"a\\"b"],"nested":{"n":null,"ok":true}}',
    )
    expect(toJson(Number.NaN)).toBe('null')
  })
})

describe('multipart parser', () => {
  it('splits a body on its boundary into text and file parts', async () => {
    const form = new FormData()
    form.append('status', 'héllo')
    form.append('media', new Blob([Buffer.from([0, 1, 2, 13, 10, 45, 45])], { type: 'image/png' }), 'x.png')
    const request = new Request('http://x/', { method: 'POST', body: form })
    const type = request.headers.get('content-type')!
    const parts = parseMultipart(Buffer.from(await request.arrayBuffer()), multipartBoundary(type)!)
    expect(parts.map((p) => p.name)).toEqual(['status', 'media'])
    expect(parts[0]!.data.toString('utf8')).toBe('héllo')
    expect(parts[1]).toMatchObject({ filename: 'x.png', contentType: 'image/png' })
    expect([...parts[1]!.data]).toEqual([0, 1, 2, 13, 10, 45, 45])
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe('a b')
    expect(multipartBoundary('application/json')).toBeUndefined()
  })

  it('reads back any parts a real FormData encoder writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 12 }), text: fc.option(fc.string({ maxLength: 40 })), bytes: fc.uint8Array({ maxLength: 64 }) }), { minLength: 1, maxLength: 5 }), async (fields) => {
        const form = new FormData()
        for (const f of fields) f.text === null ? form.append(f.name, new Blob([f.bytes]), 'f.bin') : form.append(f.name, f.text)
        const request = new Request('http://x/', { method: 'POST', body: form })
        const parts = parseMultipart(Buffer.from(await request.arrayBuffer()), multipartBoundary(request.headers.get('content-type')!)!)
        expect(parts.map((p) => p.data.toString(p.filename === undefined ? 'utf8' : 'hex'))).toEqual(fields.map((f) => (f.text === null ? Buffer.from(f.bytes).toString('hex') : f.text.replace(/\r?\n|\r/g, '\r\n'))))
      }),
      { numRuns: 60 },
    )
  })

  it.each([
    ['no boundary in the body', 'hello', 'multipart body without its boundary'],
    ['no closing delimiter', '--b\r\ncontent-disposition: form-data; name="a"\r\n\r\nvalue', 'multipart body not terminated'],
    ['a part without headers', '--b\r\nvalue\r\n--b--\r\n', 'multipart part without a header end'],
    ['a part without a name', '--b\r\ncontent-type: text/plain\r\n\r\nvalue\r\n--b--\r\n', 'multipart part without a name'],
  ])('refuses %s (strict, as Twitter was)', (_, body, reason) => {
    expect(() => parseMultipart(Buffer.from(body), 'b')).toThrow(new MultipartError(reason))
  })
})

describe('over HTTP', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await startEmulator()
  })
  afterAll(() => emu.close())

  it('summarises the state and resets it to the seed', async () => {
    const before = (await (await fetch(`${emu.url}/_emulator/state`)).json()) as { tweets: number; users: number }
    expect(before.users).toBeGreaterThan(320)
    const posted = await call(emu, 'POST', '/1.1/statuses/update.json', { params: { status: `to be forgotten ${Date.now()}` } })
    expect(posted.status).toBe(200)
    emu.faults.add({ route: 'show_user', status: 500, times: 5 })
    expect(((await (await fetch(`${emu.url}/_emulator/state`)).json()) as { tweets: number }).tweets).toBe(before.tweets + 1)
    expect((await fetch(`${emu.url}/_emulator/reset`, { method: 'POST' })).status).toBe(200)
    const after = (await (await fetch(`${emu.url}/_emulator/state`)).json()) as { tweets: number; pending_faults: number }
    expect(after).toMatchObject({ tweets: before.tweets, pending_faults: 0 })
    expect(emu.state.tweets.has(posted.json().id_str)).toBe(false)
    // The seeded credentials still work after a reset.
    expect((await call(emu, 'GET', '/1.1/account/verify_credentials.json')).json().screen_name).toBe('emu_dev')
  })

  it('accepts a simple multipart media upload and answers a media object with an exact id', async () => {
    const url = `${emu.url}/1.1/media/upload.json`
    const body = new FormData()
    body.append('media', new Blob([Buffer.from('89504e470d0a1a0a0000000d', 'hex')], { type: 'image/png' }), 'pixel.png')
    const res = await fetch(url, { method: 'POST', headers: { authorization: authHeader('POST', url, {}, userKeys(emu)) }, body })
    const text = await res.text()
    expect(res.status, text).toBe(200)
    const media = JSON.parse(text) as { media_id_string: string; size: number; image: { image_type: string } }
    expect(text).toContain(`"media_id":${media.media_id_string},`)
    expect(media).toMatchObject({ size: 12, image: { image_type: 'image/png' } })
  })

  it('answers a malformed multipart body on an API route with 400 code 44, once the caller is authenticated', async () => {
    const url = `${emu.url}/1.1/statuses/update_with_media.json`
    const body = '--b\r\ncontent-disposition: form-data; name="status"\r\n\r\nhalf a body'
    const headers = { 'content-type': 'multipart/form-data; boundary=b' }
    const signed = await fetch(url, { method: 'POST', headers: { ...headers, authorization: authHeader('POST', url, {}, userKeys(emu)) }, body })
    expect(signed.status).toBe(400)
    expect(await signed.json()).toEqual({ errors: [{ code: 44, message: 'The multipart body is malformed: multipart body not terminated.' }] })
    const anonymous = await fetch(url, { method: 'POST', headers, body })
    expect(anonymous.status).toBe(400)
    expect(((await anonymous.json()) as { errors: { code: number }[] }).errors[0]!.code).toBe(215)
  })

  it('answers the forms outside the spec: statuses/show?id=, POST users/lookup and statuses/unretweet', async () => {
    const tweet = emu.state.sortedTweets((t) => !t.retweet_of && t.user !== emu.state.userByName('emu_dev')!.id.toString())[0]!
    expect((await call(emu, 'GET', '/1.1/statuses/show.json', { params: { id: tweet.id.toString() } })).json().id_str).toBe(tweet.id.toString())
    const users = (await call(emu, 'POST', '/1.1/users/lookup.json', { params: { screen_name: 'maya_codes,twitterapi' } })).json() as { screen_name: string }[]
    expect(users.map((u) => u.screen_name).sort()).toEqual(['maya_codes', 'twitterapi'])
    const rt = await call(emu, 'POST', `/1.1/statuses/retweet/${tweet.id}.json`)
    expect(rt.json().retweeted_status.id_str).toBe(tweet.id.toString())
    const undone = await call(emu, 'POST', `/1.1/statuses/unretweet/${tweet.id}.json`)
    expect(undone.status).toBe(200)
    expect(undone.json()).toMatchObject({ id_str: tweet.id.toString(), retweeted: false })
    expect(emu.state.tweets.has(rt.json().id_str)).toBe(false)
  })

  it('answers tweet_mode=extended with full_text and display_text_range', async () => {
    const reply = await call(emu, 'GET', '/1.1/statuses/user_timeline.json', { params: { screen_name: 'twitterapi', count: '1', tweet_mode: 'extended' } })
    const [tweet] = reply.json() as { full_text: string; text?: string; display_text_range: number[] }[]
    expect(tweet!.text).toBeUndefined()
    expect(tweet!.display_text_range).toEqual([0, Array.from(tweet!.full_text).length])
  })
})

it('seeds extra users, follows and tweets from a JSON file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'emu-seed-'))
  const file = join(dir, 'seed.json')
  writeFileSync(file, JSON.stringify({ users: [{ screen_name: 'seeded_bot', name: 'Seeded Bot', followers: 3 }], follows: [['emu_dev', 'seeded_bot']], tweets: [{ screen_name: 'seeded_bot', text: 'hello from a seed file #seed' }] }))
  const emu = await startEmulator({ seed: file })
  try {
    const bot = emu.state.userByName('seeded_bot')!
    expect(emu.state.followers.get(bot.id.toString())?.size).toBe(4)
    const home = (await call(emu, 'GET', '/1.1/statuses/home_timeline.json', { params: { count: '1' } })).json() as { text: string }[]
    expect(home[0]!.text).toBe('hello from a seed file #seed')
  } finally {
    await emu.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

it('runs from the command line, prints its URL and credentials, and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', '--port', '0'], { cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 15_000)
    child.stdout.on('data', () => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (m && out.includes('Press Ctrl-C')) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    })
  })
  expect(out).toContain('"appKey"')
  expect(out).toContain('"clientSecret"')
  expect((await fetch(`${url}/_emulator/state`)).status).toBe(200)
  const code = await new Promise<number | null>((resolve) => {
    child.on('exit', (c) => resolve(c))
    child.kill('SIGTERM')
  })
  expect(code).toBe(0)
})
