/**
 * The unmodified twitter-api-v2 client (npm) against the emulator's v2 filtered stream and v2 chunked
 * upload: `v2.updateStreamRules`, `v2.streamRules`, `v2.searchStream` (its own parser, keep-alive and
 * error events, and its reconnect after X's operational disconnect) and `v2.uploadMedia`. The client speaks
 * https only, so it goes through a TLS-terminating proxy that pipes bytes as they come (a stream must not be
 * buffered), with a throwaway self-signed certificate from openssl trusted through its `httpAgent` option.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { Agent, createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ApiResponseError, ETwitterStreamEvent, TwitterApi, TwitterApiv2 } from 'twitter-api-v2'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startEmulator, type Emulator } from '../../src/index.js'
import { bearerOf, PNG } from './v2-helpers.js'

const run = promisify(execFile)
let emu: Emulator
let proxy: Server | undefined
let proxyUrl: string
let cert: string

async function selfSigned(): Promise<{ key: string; cert: string } | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'v2-stream-proxy-'))
  try {
    await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-days', '1'])
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') }
  } catch {
    return undefined
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
const tls = await selfSigned()
if (!tls) console.log('third-party-streams.test.ts: twitter-api-v2 stream and upload tests skipped: no openssl to make the proxy’s test certificate')

beforeAll(async () => {
  emu = await startEmulator({ v2Streams: { keepAliveMs: 30 }, uploads: { processing: { secondMs: 1, steps: 0 } } })
  if (!tls) return
  cert = tls.cert
  const target = new URL(emu.url)
  proxy = createServer(tls, (req, res) => {
    const out = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-proto': 'https' } }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers)
      answer.pipe(res)
      // A drop on the emulator's side is a drop for the client too.
      answer.on('aborted', () => res.destroy())
    })
    out.on('error', () => res.destroy())
    res.on('close', () => out.destroy())
    req.pipe(out)
  })
  await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve))
  proxyUrl = `https://127.0.0.1:${(proxy.address() as AddressInfo).port}`
})
afterAll(async () => {
  proxy?.closeAllConnections()
  if (proxy) await new Promise((resolve) => proxy!.close(resolve))
  await emu.close()
})

/** twitter-api-v2's v2 client with its prefix pointed at the proxy (its own extension point for another host). */
function v2Of(client: TwitterApi): TwitterApiv2 {
  return new (class extends TwitterApiv2 {
    constructor(base: TwitterApi) {
      super(base)
      this.setPrefix(`${proxyUrl}/2/`)
    }
  })(client)
}

test.skipIf(!tls)('twitter-api-v2: rules, the filtered stream with matching_rules and includes, keep-alives, and a reconnect after an operational disconnect', async () => {
  emu.reset()
  const agent = new Agent({ ca: cert })
  const app = v2Of(new TwitterApi(await bearerOf(emu), { httpAgent: agent }))
  const dry = await app.updateStreamRules({ add: [{ value: '#bots', tag: 'bots' }] }, { dry_run: true })
  expect(dry.meta.summary.created).toBe(1)
  const added = await app.updateStreamRules({ add: [{ value: '#bots', tag: 'bots' }, { value: 'from:emu_dev hello' }] })
  expect(added.data?.map((r) => r.value)).toEqual(['#bots', 'from:emu_dev hello'])
  const duplicate = await app.updateStreamRules({ add: [{ value: '#bots' }] })
  expect(duplicate.errors?.[0]).toMatchObject({ title: 'DuplicateRule', id: added.data![0]!.id })
  expect((await app.streamRules()).data.map((r) => r.tag)).toEqual(['bots', undefined])

  const stream = await app.searchStream({ expansions: ['author_id'], 'tweet.fields': ['created_at'], 'user.fields': ['username'] })
  stream.autoReconnect = true
  stream.autoReconnectRetries = 3
  const got: { text: string; rules: (string | undefined)[]; author?: string }[] = []
  let keepAlives = 0
  let disconnects = 0
  let reconnected = 0
  const wait = (done: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => (done() ? resolve() : setTimeout(check, 5))
      check()
    })
  stream.on(ETwitterStreamEvent.Data, (m) => got.push({ text: m.data.text, rules: m.matching_rules.map((r) => r.tag), author: m.includes?.users?.[0]?.username }))
  stream.on(ETwitterStreamEvent.DataKeepAlive, () => keepAlives++)
  stream.on(ETwitterStreamEvent.DataError, (e) => {
    if (e.errors?.[0]?.title === 'operational-disconnect') disconnects++
  })
  stream.on(ETwitterStreamEvent.Reconnected, () => reconnected++)
  await wait(() => keepAlives >= 2)

  const user = v2Of(new TwitterApi({ appKey: emu.credentials.appKey, appSecret: emu.credentials.appSecret, accessToken: emu.credentials.oauthToken, accessSecret: emu.credentials.oauthTokenSecret }, { httpAgent: agent }))
  await user.tweet('hello from a bot #bots')
  await user.tweet('nothing to match here')
  await wait(() => got.length >= 1)
  expect(got[0]).toEqual({ text: 'hello from a bot #bots', rules: ['bots', undefined], author: 'emu_dev' })

  emu.v2Streams.disconnect('streamPosts')
  await wait(() => reconnected >= 1)
  expect(disconnects).toBe(1)
  await user.tweet('after the reconnect #bots')
  await wait(() => got.length >= 2)
  expect(got[1]!.text).toBe('after the reconnect #bots')
  expect(got).toHaveLength(2)
  stream.close()
})

test.skipIf(!tls)("twitter-api-v2: an add past the app's rule cap rejects with X's RulesCapExceeded and adds nothing", async () => {
  emu.reset()
  const app = v2Of(new TwitterApi(await bearerOf(emu), { httpAgent: new Agent({ ca: cert }) }))
  const filled = await app.updateStreamRules({ add: Array.from({ length: 1000 }, (_, i) => ({ value: `full${i}` })) })
  expect(filled.meta.summary.created).toBe(1000)
  for (const options of [{ dry_run: true }, {}]) {
    const error = await app.updateStreamRules({ add: [{ value: 'one too many' }] }, options).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiResponseError)
    const refused = error as ApiResponseError
    expect(refused.code).toBe(400)
    expect(refused.data).toMatchObject({ title: 'RulesCapExceeded', type: expect.stringMatching(/\/2\/problems\/rule-cap$/) })
    // Its `errors` getter reads the problem list as it does for X's other rule errors.
    expect(refused.errors?.[0]).toMatchObject({ title: 'RulesCapExceeded' })
  }
  const counts = await app.get('tweets/search/stream/rules/counts')
  expect(counts.data.client_app_rules_count.rule_count).toBe(1000)
})

test.skipIf(!tls)('twitter-api-v2: v2.uploadMedia runs initialize / append / finalize (and STATUS for a video) and the media goes on a post', async () => {
  emu.reset()
  const agent = new Agent({ ca: cert })
  const user = v2Of(new TwitterApi({ appKey: emu.credentials.appKey, appSecret: emu.credentials.appSecret, accessToken: emu.credentials.oauthToken, accessSecret: emu.credentials.oauthTokenSecret }, { httpAgent: agent }))
  const imageId = await user.uploadMedia(PNG, { media_type: 'image/png' }, 16)
  expect(emu.uploads.stats(imageId)).toMatchObject({ finalized: true, segments: [0, 1, 2, 3, 4] })
  const video = Buffer.alloc(50_000, 1)
  Buffer.from('00000018667479706d703432000000006d703432', 'hex').copy(video)
  const videoId = await user.uploadMedia(video, { media_type: 'video/mp4' }, 20_000)
  expect(emu.uploads.stats(videoId)).toMatchObject({ state: 'succeeded', segments: [0, 1, 2] })
  expect(emu.uploads.stats(videoId)!.statusChecks.length).toBeGreaterThan(0)
  const posted = await user.tweet({ text: 'uploaded with twitter-api-v2', media: { media_ids: [imageId] } })
  const read = await user.singleTweet(posted.data.id, { expansions: ['attachments.media_keys'], 'media.fields': ['width'] })
  expect(read.includes?.media?.[0]).toEqual({ media_key: `3_${imageId}`, type: 'photo', width: 1 })
})
