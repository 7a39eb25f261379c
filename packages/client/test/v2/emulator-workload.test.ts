/**
 * A bot's workload through `twitter.v2` against the emulator (issue 13), offline, over real sockets: post,
 * reply, read back with fields and expansions, timelines and search walked with `cursor`, likes, reposts,
 * follows, lists, direct messages, delete, and X's errors mapped to the Twython error classes. A recording
 * proxy between the client and the emulator keeps every answer, and each one is validated against X's
 * document (2.167; a request naming neither generation's fields against 2.159 too), where ../shared holds it.
 */
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startEmulator, type Emulator } from '@twython/emulator'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Twython, TwythonError } from '../../src/index.js'
import { loadReference, matchPath, schemaValidator } from './reference.js'

interface Exchange {
  readonly method: string
  readonly url: URL
  readonly status: number
  readonly contentType: string
  readonly body: string
}

let emu: Emulator
let proxy: Server
let origin: string
const seen: Exchange[] = []

beforeAll(async () => {
  emu = await startEmulator()
  const target = new URL(emu.url)
  // Forwards verbatim (Host included, so OAuth 1.0a signatures still match) and records every answer.
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const out = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        const parts: Buffer[] = []
        answer.on('data', (c: Buffer) => parts.push(c))
        answer.on('end', () => {
          const body = Buffer.concat(parts)
          seen.push({ method: req.method!, url: new URL(req.url!, origin), status: answer.statusCode!, contentType: String(answer.headers['content-type'] ?? ''), body: body.toString('utf8') })
          res.writeHead(answer.statusCode!, answer.headers)
          res.end(body)
        })
      })
      out.end(Buffer.concat(chunks))
    })
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve))
  await emu.close()
})

/** Validates each recorded answer against the documents its request's names point at. */
function validateAll(exchanges: readonly Exchange[]): number {
  const docs = { '2.159': loadReference('2.159'), '2.167': loadReference('2.167') }
  if (!docs['2.159'] || !docs['2.167']) {
    console.log('emulator-workload.test.ts: schema validation skipped: X’s OpenAPI documents are not in ../shared/reference')
    return 0
  }
  const validators = { '2.159': schemaValidator(docs['2.159']), '2.167': schemaValidator(docs['2.167']) }
  let count = 0
  for (const x of exchanges) {
    const names = [...x.url.searchParams.keys()]
    const neutral = !names.includes('post.fields') && !names.includes('tweet.fields') && !(x.url.searchParams.get('expansions') ?? '').includes('referenced_posts')
    for (const version of neutral ? (['2.167', '2.159'] as const) : (['2.167'] as const)) {
      const doc = docs[version]
      const template = Object.keys(doc.paths)
        .filter((t) => doc.paths[t][x.method.toLowerCase()] && matchPath(t, x.url.pathname))
        .sort((a, b) => b.replace(/\{[^}]+\}/g, '').length - a.replace(/\{[^}]+\}/g, '').length)[0]
      expect(template, `${version} ${x.method} ${x.url.pathname}`).toBeDefined()
      const responses = doc.paths[template!][x.method.toLowerCase()].responses
      const response = responses[String(x.status)] ?? (x.status < 300 ? Object.entries<any>(responses).find(([c]) => c.startsWith('2'))?.[1] : undefined) ?? responses.default
      const type = x.contentType.includes('problem+json') ? 'application/problem+json' : 'application/json'
      const schema = (response.content[type] ?? response.content['application/json']).schema
      // 2.167's Problem union leaves out X's generic problems (401 about:blank, 429): those are 2.159's.
      const body = JSON.parse(x.body) as { type?: string }
      if (version === '2.167' && x.status >= 400 && (body.type === 'about:blank' || body.type?.endsWith('/unsupported-authentication'))) continue
      const validate = validators[version](schema)
      expect(validate(body), `${version} ${x.method} ${x.url.pathname} ${x.status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true)
      count++
    }
  }
  return count
}

it('runs a bot’s workload offline through twitter.v2, and every answer validates against X’s document', async () => {
  const twitter = new Twython({ ...emu.credentials, hosts: { ...emu.hosts, v2: origin } })
  const me = await twitter.v2.getMe({ 'user.fields': ['created_at', 'public_metrics'] })
  expect(me.data?.username).toBe('emu_dev')
  const id = me.data!.id

  const posted = await twitter.v2.createTweet({ text: 'hello from twitter.v2 #interop' })
  const postId = posted.data!.id
  const reply = await twitter.v2.createTweet({ text: 'and a reply', reply: { in_reply_to_tweet_id: postId } })
  const read = await twitter.v2.getTweet({ id: reply.data!.id, 'post.fields': ['created_at', 'conversation_id'], expansions: ['author_id', 'referenced_posts'] })
  expect(read.data?.conversation_id).toBe(postId)
  expect(read.includes?.posts?.[0]?.id).toBe(postId)
  expect(read.includes?.users?.[0]?.username).toBe('emu_dev')

  const api = (await twitter.v2.getUserByUsername({ username: 'twitterapi' })).data!.id
  const timeline: string[] = []
  for await (const post of twitter.cursor(twitter.v2.getUserTweets, { id: api, max_results: 5 })) timeline.push(post.id)
  expect(timeline.length).toBe(emu.state.sortedTweets((t) => t.user === api).length)
  expect(new Set(timeline).size).toBe(timeline.length)
  const found: string[] = []
  for await (const post of twitter.cursor(twitter.v2.searchRecentTweets, { query: '#python OR #typescript OR #api', max_results: 10 })) found.push(post.id)
  expect(found.length).toBeGreaterThan(10)

  expect((await twitter.v2.likeTweet({ id, tweet_id: postId })).data?.liked).toBe(true)
  expect((await twitter.v2.retweet({ id, tweet_id: postId })).data?.retweeted).toBe(true)
  expect((await twitter.v2.followUser({ id, target_user_id: api })).data?.following).toBe(true)
  const list = await twitter.v2.createList({ name: 'made by twitter.v2' })
  expect((await twitter.v2.addListMember({ id: list.data!.id, user_id: api })).data?.is_member).toBe(true)
  const dm = await twitter.v2.sendDmToParticipant({ participant_id: api, text: 'hi from twitter.v2' })
  expect(dm.data?.dm_conversation_id).toMatch(/^\d+-\d+$/)
  expect((await twitter.v2.deleteTweet({ id: reply.data!.id })).data?.deleted).toBe(true)

  // v1.1 sees what v2 did.
  expect((await twitter.getFavorites({}))[0]?.id_str).toBe(postId)

  const error = await twitter.v2.getTweet({ id: postId, expansions: ['no_such_expansion' as 'author_id'] }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(TwythonError)

  const validated = validateAll(seen)
  // Without X's documents (a clone with no ../shared) the workload still runs; only the validation is skipped.
  if (!loadReference('2.167')) return
  console.log(`emulator-workload.test.ts: ${seen.length} answers through twitter.v2, ${validated} validations against X's documents`)
  expect(validated).toBeGreaterThan(15)
})
