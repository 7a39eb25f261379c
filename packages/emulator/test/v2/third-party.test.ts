/**
 * Unmodified third-party v2 clients against the emulator: twitter-api-v2 (npm; it sends 2.159 "tweet"
 * names, and speaks https only) with its prefix pointed at a TLS-terminating recording proxy in front of the
 * emulator (a throwaway self-signed certificate from openssl, trusted through the client's own `httpAgent`
 * setting), and tweepy's `Client` (where /usr/bin/python3 has tweepy)
 * with a requests session that sends api.twitter.com calls to the emulator. A recording proxy between
 * twitter-api-v2 and the emulator, and the session's own log for tweepy, let every answer they got be
 * validated against X's document.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { Agent, createServer, type Server } from 'node:https'
import { tmpdir } from 'node:os'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { ApiResponseError, TwitterApi, TwitterApiv2 } from 'twitter-api-v2'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startEmulator, type Emulator } from '../../src/index.js'
import { bearerOf, generationOf, idOf, validateSpoken, validated } from './v2-helpers.js'

interface Exchange {
  method: string
  url: string
  status: number
  contentType: string
  body: string
}

let emu: Emulator
let proxy: Server | undefined
let proxyUrl: string
let cert: string
const seen: Exchange[] = []
const run = promisify(execFile)

/** A self-signed certificate for 127.0.0.1, or undefined without openssl. */
async function selfSigned(): Promise<{ key: string; cert: string } | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'v2-proxy-'))
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
if (!tls) console.log('third-party.test.ts: twitter-api-v2 workload skipped: no openssl to make the proxy’s test certificate')

beforeAll(async () => {
  emu = await startEmulator()
  if (!tls) return
  cert = tls.cert
  const target = new URL(emu.url)
  // Forwards verbatim (the Host header too, so OAuth 1.0a signatures still match, with X-Forwarded-Proto
  // saying the client signed an https URL) and records each answer.
  proxy = createServer(tls, (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const out = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-proto': 'https' } }, (answer) => {
        const parts: Buffer[] = []
        answer.on('data', (c: Buffer) => parts.push(c))
        answer.on('end', () => {
          const body = Buffer.concat(parts)
          seen.push({ method: req.method!, url: `${proxyUrl}${req.url}`, status: answer.statusCode!, contentType: String(answer.headers['content-type'] ?? ''), body: body.toString('utf8') })
          res.writeHead(answer.statusCode!, answer.headers)
          res.end(body)
        })
      })
      out.end(Buffer.concat(chunks))
    })
  })
  await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve))
  proxyUrl = `https://127.0.0.1:${(proxy.address() as AddressInfo).port}`
})
afterAll(async () => {
  console.log(`third-party.test.ts: answers validated: ${validated['2.159']} against 2.159, ${validated['2.167']} against 2.167, ${validated.generic} generic problems against 2.159`)
  if (proxy) await new Promise((resolve) => proxy!.close(resolve))
  await emu.close()
})

function validateAll(exchanges: readonly Exchange[]): number {
  for (const x of exchanges) {
    const url = new URL(x.url)
    validateSpoken(generationOf(url), x.method, url.pathname, x.status, x.contentType, x.body === '' ? undefined : JSON.parse(x.body))
  }
  return exchanges.length
}

test.skipIf(!tls)('twitter-api-v2 runs a bot workload unmodified, and every answer validates against X’s document', async () => {
  emu.reset()
  const c = emu.credentials
  const client = new TwitterApi({ appKey: c.appKey, appSecret: c.appSecret, accessToken: c.oauthToken, accessSecret: c.oauthTokenSecret }, { httpAgent: new Agent({ ca: cert }) })
  // The client's own extension point for another host: its v2 class with the prefix set (its
  // `cloneWithPrefix` calls the class constructor without `new` and throws in 1.29).
  const v2 = new (class extends TwitterApiv2 {
    constructor(base: TwitterApi) {
      super(base)
      this.setPrefix(`${proxyUrl}/2/`)
    }
  })(client)
  const api = idOf(emu, 'twitterapi')

  const me = await v2.me({ 'user.fields': ['created_at', 'public_metrics', 'description'] })
  expect(me.data.username).toBe('emu_dev')
  expect(me.data.public_metrics?.tweet_count).toBeGreaterThan(0)

  const posted = await v2.tweet('hello from twitter-api-v2 #interop')
  const reply = await v2.reply('a reply from twitter-api-v2', posted.data.id)
  await v2.quote('quoting myself', posted.data.id)
  const poll = await v2.tweet('v2 poll', { poll: { options: ['yes', 'no'], duration_minutes: 30 } })

  const single = await v2.singleTweet(reply.data.id, { expansions: ['author_id', 'referenced_tweets.id'], 'tweet.fields': ['created_at', 'public_metrics', 'conversation_id'], 'user.fields': ['username'] })
  expect(single.data.referenced_tweets).toEqual([{ type: 'replied_to', id: posted.data.id }])
  expect(single.includes?.tweets?.[0]?.id).toBe(posted.data.id)
  expect(single.data.edit_history_tweet_ids).toEqual([reply.data.id])
  const withPoll = await v2.singleTweet(poll.data.id, { expansions: ['attachments.poll_ids'], 'poll.fields': ['voting_status'] })
  expect(withPoll.includes?.polls?.[0]?.options.map((o) => o.label)).toEqual(['yes', 'no'])
  const many = await v2.tweets([posted.data.id, '1'])
  expect(many.data.map((t) => t.id)).toEqual([posted.data.id])
  expect(many.errors?.[0]?.resource_id).toBe('1')

  const timeline = await v2.userTimeline(api, { max_results: 5, 'tweet.fields': ['created_at'] })
  const apiPosts = emu.state.sortedTweets((t) => t.user === api).length
  expect(apiPosts).toBeGreaterThan(5)
  await timeline.fetchNext()
  expect(timeline.tweets.length).toBe(apiPosts)
  expect(new Set(timeline.tweets.map((t) => t.id)).size).toBe(apiPosts)
  let walked = 0
  for await (const _ of await v2.userTimeline(api, { max_results: 5 })) walked++
  expect(walked).toBe(apiPosts)

  const search = await v2.search('#python OR #typescript OR #api', { max_results: 10, expansions: ['author_id'] })
  expect(search.tweets.length).toBe(10)
  await search.fetchNext()
  expect(search.tweets.length).toBeGreaterThan(10)
  expect(search.includes.users.length).toBeGreaterThan(0)

  const followers = await v2.followers(api, { asPaginator: true, max_results: 100 })
  await followers.fetchNext()
  expect(followers.data.data.length).toBe(200)

  await v2.like(me.data.id, posted.data.id)
  expect((await v2.tweetLikedBy(posted.data.id)).data.map((u) => u.id)).toEqual([me.data.id])
  const jackFirst = [...emu.state.tweets.values()].find((t) => t.text.startsWith('just setting up'))!.id.toString()
  expect((await v2.retweet(me.data.id, jackFirst)).data.retweeted).toBe(true)
  await v2.follow(me.data.id, idOf(emu, 'linus_t'))
  await v2.unfollow(me.data.id, idOf(emu, 'linus_t'))
  await v2.mute(me.data.id, idOf(emu, 'jack'))

  const list = await v2.createList({ name: 'from twitter-api-v2', private: false })
  await v2.addListMember(list.data.id, idOf(emu, 'jack'))
  expect((await v2.listMembers(list.data.id)).users.map((u) => u.username)).toEqual(['jack'])
  await v2.updateList(list.data.id, { name: 'renamed' })
  expect((await v2.list(list.data.id, { 'list.fields': ['member_count'] })).data).toMatchObject({ name: 'renamed', member_count: 1 })
  await v2.removeList(list.data.id)

  const dm = await v2.sendDmToParticipant(idOf(emu, 'maya_codes'), { text: 'hi from twitter-api-v2' })
  const events = await v2.listDmEvents({ 'dm_event.fields': ['sender_id', 'created_at'] })
  // X wraps the result in `data` (as its document says); twitter-api-v2's typing leaves the wrapper out.
  expect(events.events[0]?.id).toBe((dm as unknown as { data: typeof dm }).data.dm_event_id)

  const byName = await v2.userByUsername('jack', { 'user.fields': ['created_at'] })
  expect(byName.data.id).toBe(idOf(emu, 'jack'))

  await v2.deleteTweet(poll.data.id)
  const error = await v2.tweet('').catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ApiResponseError)
  expect((error as ApiResponseError).code).toBe(400)
  expect((error as ApiResponseError).data.title).toBe('Invalid Request')

  // Everything twitter-api-v2 received, checked against the document its names point at.
  expect(validateAll(seen)).toBeGreaterThan(25)
})

const python = '/usr/bin/python3'
const tweepyScript = join(dirname(fileURLToPath(import.meta.url)), 'tweepy_workload.py')
const hasTweepy = await run(python, ['-c', 'import tweepy']).then(
  () => true,
  () => false,
)
if (!hasTweepy) console.log(`third-party.test.ts: tweepy workload skipped: ${python} cannot import tweepy (apt-get install -y python3-tweepy)`)

test.skipIf(!hasTweepy)('tweepy’s Client runs a workload unmodified, and every answer validates against X’s document', async () => {
  emu.reset()
  const c = emu.credentials
  const env = { ...process.env, EMU_URL: emu.url, EMU_CK: c.appKey, EMU_CS: c.appSecret, EMU_AT: c.oauthToken, EMU_AS: c.oauthTokenSecret, EMU_BEARER: await bearerOf(emu), EMU_API_ID: idOf(emu, 'twitterapi') }
  const { stdout } = await run(python, [tweepyScript], { env, maxBuffer: 64 * 1024 * 1024 })
  const out = JSON.parse(stdout) as { results: Record<string, unknown>; exchanges: Exchange[] }
  expect(out.results.me).toBe('emu_dev')
  expect(out.results.created_text).toBe('hello from tweepy')
  expect(out.results.author).toBe('emu_dev')
  expect(out.results.timeline_total).toBe(emu.state.sortedTweets((t) => t.user === idOf(emu, 'twitterapi')).length)
  expect(out.results.search_count).toBeGreaterThan(0)
  expect(out.results.liked).toBe(true)
  expect(out.results.likers).toEqual([idOf(emu, 'emu_dev')])
  expect(out.results.followers_pages).toBe(4)
  expect(out.results.deleted).toBe(true)
  expect(out.results.not_found).toBe('NotFound-or-errors')
  expect(validateAll(out.exchanges)).toBeGreaterThan(10)
})
