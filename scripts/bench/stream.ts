/**
 * Stream throughput and memory: our readers against a raw baseline (node:http, string concatenation,
 * manual `\r\n` split, JSON.parse) on the same local server, same bytes, same random chunking (cuts fall
 * inside multi-byte characters).
 *
 * - v1.1 section (~3 KB v1.1 tweets): `TwythonStreamer` (row `ours`), the `stream()` async iterator (row
 *   `iterator`) and the raw loop (row `baseline`); `+work` rows do 20 µs of work per message (the
 *   iterator's loop then awaits I/O once, as a bot's write does), so the connection can outrun the loop and
 *   the read-ahead shows in the peak RSS.
 * - v2 section (X API v2 messages: `data`, `includes.users`, `matching_rules`): the v2 stream iterator
 *   (`streamRoute`, what `twitter.v2.streamFilteredTweets` returns, reconnect on), twitter-api-v2's
 *   `getStream` and the raw loop on the v2 bytes.
 *
 * Every run of every reader is a child process of its own (the server and its payload stay in this one), so
 * each reader's peak RSS (VmHWM on Linux) is its own. Rounds alternate the order; medians
 * are reported with ratios and the corrupted/lost counts of each (a duplicate counts as corrupted).
 *
 *   npx tsx scripts/bench/stream.ts [messages=100000] [rounds=5]
 *   STREAM_BEFORE=1 [STREAM_V2_BEFORE=/abs/path/to/old/stream.ts] npx tsx ...   # also the readers as they were
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer, get, Agent, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'

const CHILD = process.argv[2] === '--child'
const N = Number((CHILD ? process.argv[5] : process.argv[2]) ?? 100_000)
const ROUNDS = Number(process.argv[3] ?? 5)
const POOL = 512

// ---- realistic tweets: multi-byte text in several scripts, emoji (4-byte) included ---------------------
const WORDS = ['stream', 'python', 'typescript', 'café', 'naïve', 'straße', 'Ελλάδα', 'русский', '日本語', '中文', '한국어', 'العربية', 'हिन्दी', '😀', '🐍', '🚀', '❤️', '👩‍💻', 'tweet', 'hello']
let seed = 42
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ')

function makeTweet(i: number): object {
  const id = String(1_200_000_000_000_000_000n + BigInt(i))
  const text = sentence(18)
  return {
    created_at: 'Wed Oct 10 20:19:24 +0000 2018',
    id: Number(id), id_str: id, text, source: '<a href="https://example.com" rel="nofollow">Twython bench</a>',
    truncated: false, in_reply_to_status_id: null, in_reply_to_status_id_str: null, in_reply_to_user_id: null, in_reply_to_user_id_str: null,
    user: {
      id: 6253282 + i, id_str: String(6253282 + i), name: sentence(2), screen_name: `user${i}`, location: sentence(2),
      url: 'https://example.com', description: sentence(20), protected: false, verified: false, followers_count: 21, friends_count: 32,
      listed_count: 9, favourites_count: 8, statuses_count: 1402, created_at: 'Wed May 23 06:01:13 +0000 2007', lang: null,
      profile_image_url_https: 'https://pbs.twimg.com/profile_images/875087697177567232/Qfy0kRIP_normal.jpg', default_profile: false,
    },
    geo: null, coordinates: null, place: null, contributors: null, is_quote_status: false, quote_count: 0, reply_count: 0,
    retweet_count: 0, favorite_count: 0,
    entities: { hashtags: [{ text: pick(WORDS), indices: [0, 5] }], urls: [{ url: 'https://t.co/abc', expanded_url: 'https://example.com/a/long/path?with=query', display_url: 'example.com/a/long/path…', indices: [10, 33] }], user_mentions: [], symbols: [] },
    extended_tweet: { full_text: `${text} ${sentence(30)}`, display_text_range: [0, 200], entities: { hashtags: [], urls: [], user_mentions: [], symbols: [] } },
    favorited: false, retweeted: false, filter_level: 'low', lang: 'en', timestamp_ms: '1539202764000',
    padding: sentence(40),
  }
}

/** An X API v2 filtered-stream message: the tweet, its author in `includes`, the rules it matched. */
function makeV2Message(i: number): { data: { text: string } } {
  const text = sentence(24)
  const author = String(6253282 + i)
  return {
    data: {
      id: '', text, author_id: author, created_at: '2024-10-10T20:19:24.000Z', lang: 'en', conversation_id: String(1_800_000_000_000_000_000n + BigInt(i)),
      edit_history_tweet_ids: [String(1_800_000_000_000_000_000n + BigInt(i))], possibly_sensitive: false, reply_settings: 'everyone',
      public_metrics: { retweet_count: 0, reply_count: 1, like_count: 7, quote_count: 0, bookmark_count: 0, impression_count: 210 },
      entities: { hashtags: [{ start: 0, end: 6, tag: pick(WORDS) }], urls: [{ start: 10, end: 33, url: 'https://t.co/abc', expanded_url: 'https://example.com/a/long/path?with=query', display_url: 'example.com/a/long/path…' }] },
      note_tweet: { text: `${text} ${sentence(30)}` },
    },
    includes: { users: [{ id: author, name: sentence(2), username: `user${i}`, description: sentence(20), created_at: '2007-05-23T06:01:13.000Z', verified: false, protected: false, public_metrics: { followers_count: 21, following_count: 32, tweet_count: 1402, listed_count: 9 } }] },
    matching_rules: [{ id: '1800000000000000001', tag: 'bench rule' }],
  } as never
}

const pool = Array.from({ length: POOL }, (_, i) => makeTweet(i) as { text: string })
const v2Pool = Array.from({ length: POOL }, (_, i) => makeV2Message(i))

type Section = 'v1' | 'v2'
type Variant = 'baseline' | 'ours' | 'iterator' | 'iterator-10000' | 'iterator+work' | 'iterator-10000+work' | 'baseline+work' | 'v2-baseline' | 'v2' | 'v2-undici' | 'v2-before' | 'twitter-api-v2'
interface Result { ms: number; cpuMs: number; received: number; corrupted: number; lost: number; rssMB: number }

/** Checks one parsed message against what was sent; returns false when corrupted. */
function check(seen: Uint8Array, m: unknown): boolean {
  const v1 = m as { seq?: number; text?: string } | undefined
  if (v1 && typeof v1.seq === 'number') {
    if (v1.seq >= N || v1.text !== pool[v1.seq % POOL]!.text) return false
    seen[v1.seq]++
    return true
  }
  const v2 = m as { data?: { id?: string; text?: string } } | undefined
  const seq = Number(v2?.data?.id)
  if (!Number.isInteger(seq) || seq < 0 || seq >= N || v2!.data!.text !== v2Pool[seq % POOL]!.data.text) return false
  seen[seq]++
  return true
}

/**
 * CPU time of the reader process from the start of its run: on a shared machine wall-clock throughput
 * swings with other load; CPU per message is steadier. Taken where each reader takes its start time.
 */
let cpuAtStart: NodeJS.CpuUsage | undefined
const startClock = () => {
  cpuAtStart = process.cpuUsage()
  return performance.now()
}

function tally(ms: number, seen: Uint8Array, corrupted: number): Result {
  let received = 0
  let lost = 0
  for (const n of seen) {
    received += n
    if (n === 0) lost++
    if (n > 1) corrupted += n - 1 // a duplicate is as wrong as a corruption
  }
  const cpu = process.cpuUsage(cpuAtStart)
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, received, corrupted, lost, rssMB: peakRssMB() }
}

/**
 * This process's peak RSS. Linux: VmHWM, which starts over at exec; `resourceUsage().maxRSS` does not (a
 * spawned child inherits the parent's high-water mark from the fork before its exec, here the payload's).
 */
function peakRssMB(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
    if (hwm) return Number(hwm[1]) / 1024
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS / 1024
}

// ---- the readers (run in a child process) -------------------------------------------------------------

function rawLoop(url: string, each?: () => void): Promise<Result> {
  return new Promise((resolve) => {
    const seen = new Uint8Array(N)
    let corrupted = 0
    const start = startClock()
    get(url, (res) => {
      let buf = ''
      res.on('data', (chunk: Buffer) => {
        buf += chunk.toString()
        const parts = buf.split('\r\n')
        buf = parts.pop()!
        for (const line of parts) {
          if (!line) continue
          let m
          try {
            m = JSON.parse(line)
          } catch {
            corrupted++
            continue
          }
          if (!check(seen, m)) corrupted++
          each?.()
        }
      })
      res.on('end', () => resolve(tally(performance.now() - start, seen, corrupted)))
    })
  })
}

async function streamer(origin: string): Promise<Result> {
  const { TwythonStreamer } = await import('../../packages/runtime/src/streaming/streamer.js')
  const seen = new Uint8Array(N)
  let corrupted = 0
  let count = 0
  const s = new (class extends TwythonStreamer {
    override onSuccess(m: { seq?: number; text?: string }) {
      if (!check(seen, m)) corrupted++
      if (++count === N) this.disconnect()
      return true
    }
    override onError() {
      corrupted++
    }
  })({ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'u', hosts: { stream: origin } })
  const start = startClock()
  await s.statuses.sample()
  return tally(performance.now() - start, seen, corrupted)
}

/** A consumer that does something with each message: about `WORK_US` microseconds of CPU. */
const WORK_US = 20
function work(): void {
  const until = performance.now() + WORK_US / 1000
  while (performance.now() < until) {
    // Busy: stands for a bot's own processing of the message.
  }
}

/**
 * The same, then an await that lets I/O run (as a bot's database write or API call does). Only then can
 * the connection get ahead of an iterator's loop, and the read-ahead fill up.
 */
function asyncWork(): Promise<void> {
  work()
  return new Promise((resolve) => setImmediate(resolve))
}

async function iterator(origin: string, readAhead?: number, each?: () => Promise<void>): Promise<Result> {
  const { stream } = await import('../../packages/runtime/src/streaming/iterate.js')
  const seen = new Uint8Array(N)
  let corrupted = 0
  let count = 0
  const start = startClock()
  const highWaterMark = readAhead
  for await (const m of stream({ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'u', hosts: { stream: origin } }, 'statuses/sample', {}, { onParseError: () => corrupted++, ...(highWaterMark ? { highWaterMark } : {}) })) {
    if (!check(seen, m.data)) corrupted++
    if (each) await each()
    if (++count === N) break
  }
  return tally(performance.now() - start, seen, corrupted)
}

async function v2Ours(origin: string, module = '../../packages/runtime/src/v2/stream.js', fetch?: typeof globalThis.fetch): Promise<Result> {
  const { Core } = await import('../../packages/runtime/src/core.js')
  const { streamRoute } = (await import(module)) as typeof import('../../packages/runtime/src/v2/stream.js')
  const core = new Core({ accessToken: 'AAAA', hosts: { v2: origin }, ...(fetch ? { clientArgs: { fetch } } : {}) })
  const route = { id: 'streamPosts', method: 'GET', host: 'v2', path: '/2/tweets/search/stream', query: ['backfill_minutes'], security: [{ scheme: 'bearer' }], stream: true } as const
  const seen = new Uint8Array(N)
  let corrupted = 0
  let count = 0
  const start = startClock()
  for await (const m of streamRoute(core, route, {}, { onParseError: () => corrupted++ })) {
    if (!check(seen, m)) corrupted++
    if (++count === N) break
  }
  return tally(performance.now() - start, seen, corrupted)
}

async function twitterApiV2(origin: string): Promise<Result> {
  const { TwitterApi, ETwitterStreamEvent } = await import('twitter-api-v2')
  // It calls https.request for every URL; an http agent makes node accept an http: URL.
  const client = new TwitterApi('AAAA', { httpAgent: new Agent() })
  const seen = new Uint8Array(N)
  let corrupted = 0
  let count = 0
  const start = startClock()
  const s = await client.v2.getStream('tweets/search/stream', undefined, { prefix: `${origin}/2/` })
  await new Promise<void>((resolve) => {
    const done = () => resolve()
    s.on(ETwitterStreamEvent.Data, (m: unknown) => {
      if (!check(seen, m)) corrupted++
      if (++count === N) {
        s.close()
        done()
      }
    })
    s.on(ETwitterStreamEvent.DataError, () => corrupted++)
    s.on(ETwitterStreamEvent.ConnectionClosed, done)
    s.on(ETwitterStreamEvent.ConnectionError, done)
  })
  return tally(performance.now() - start, seen, corrupted)
}

if (CHILD) {
  const variant = process.argv[3] as Variant
  const origin = process.argv[4]!
  const run: Record<Variant, () => Promise<Result>> = {
    baseline: () => rawLoop(`${origin}/1.1/statuses/sample.json`),
    ours: () => streamer(origin),
    iterator: () => iterator(origin),
    // The read-ahead the iterator had before it was bounded at 64.
    'iterator-10000': () => iterator(origin, 10_000),
    // The same with a consumer that spends WORK_US per message, so the connection can outrun it.
    'baseline+work': () => rawLoop(`${origin}/1.1/statuses/sample.json`, work),
    'iterator+work': () => iterator(origin, undefined, asyncWork),
    'iterator-10000+work': () => iterator(origin, 10_000, asyncWork),
    'v2-baseline': () => rawLoop(`${origin}/2/tweets/search/stream`),
    v2: () => v2Ours(origin),
    // STREAM_UNDICI=1: the same over Node's built-in fetch (undici) instead of the default node:http fetch.
    'v2-undici': () => v2Ours(origin, undefined, globalThis.fetch),
    // STREAM_V2_BEFORE: another streamRoute module (e.g. an older version) to compare with.
    'v2-before': () => v2Ours(origin, process.env.STREAM_V2_BEFORE),
    'twitter-api-v2': () => twitterApiV2(origin),
  }
  const result = await run[variant]()
  process.stdout.write(`${JSON.stringify(result)}\n`)
  process.exit(0)
}

// ---- the server and the rounds (this process) ----------------------------------------------------------

function payloadFor(section: Section): { payload: Buffer; cuts: number[] } {
  const lines: Buffer[] = []
  for (let seq = 0; seq < N; seq++) {
    if (section === 'v1') lines.push(Buffer.from(`{"seq":${seq},${JSON.stringify(pool[seq % POOL]).slice(1)}\r\n`))
    else {
      const m = v2Pool[seq % POOL] as unknown as { data: Record<string, unknown> }
      lines.push(Buffer.from(`${JSON.stringify({ ...m, data: { ...m.data, id: String(seq) } })}\r\n`))
    }
    if (seq % 997 === 0) lines.push(Buffer.from('\r\n')) // keep-alives
  }
  const payload = Buffer.concat(lines)
  // Random chunk sizes (1 byte to 64 KiB), fixed for all rounds so every reader sees the same cuts.
  const cuts: number[] = []
  for (let at = 0; at < payload.length; ) {
    at = Math.min(payload.length, at + 1 + Math.floor(rand() ** 2 * 65536))
    cuts.push(at)
  }
  return { payload, cuts }
}

let current: { payload: Buffer; cuts: number[] } = { payload: Buffer.alloc(0), cuts: [] }

async function send(res: ServerResponse): Promise<void> {
  const { payload, cuts } = current
  res.writeHead(200, { 'content-type': 'application/json' })
  let from = 0
  for (const to of cuts) {
    if (res.destroyed) return
    if (!res.write(payload.subarray(from, to))) await new Promise((r) => res.once('drain', r))
    from = to
  }
  res.end()
}

const server = createServer((_req, res) => void send(res))
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const self = fileURLToPath(import.meta.url)

function child(variant: Variant): Promise<Result> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...process.execArgv, self, '--child', variant, origin, String(N)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    p.stdout.on('data', (c: Buffer) => (out += c.toString()))
    p.on('error', reject)
    p.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? ''
      try {
        resolve(JSON.parse(line) as Result)
      } catch {
        reject(new Error(`${variant} exited ${code} without a result: ${out.slice(0, 300)}`))
      }
    })
  })
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!

async function section(name: Section, variants: Variant[], title: string): Promise<Record<string, Result[]>> {
  current = payloadFor(name)
  const mb = current.payload.length / 1e6
  console.log(`${title}: ${N} messages, ${mb.toFixed(1)} MB (${(current.payload.length / N).toFixed(0)} B/message), ${current.cuts.length} chunks, ${ROUNDS} rounds (alternating), each run in its own process\n`)
  const runs: Record<string, Result[]> = Object.fromEntries(variants.map((v) => [v, []]))
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? [...variants].reverse() : variants
    for (const v of order) {
      const r = await child(v)
      runs[v]!.push(r)
      console.log(`round ${round + 1} ${v.padEnd(15)} ${(N / (r.ms / 1000)).toFixed(0).padStart(8)} msg/s ${(mb / (r.ms / 1000)).toFixed(1).padStart(7)} MB/s  CPU ${((r.cpuMs / N) * 1000).toFixed(1).padStart(6)} µs/msg  peak RSS ${r.rssMB.toFixed(0).padStart(4)} MB  corrupted ${r.corrupted}  lost ${r.lost}`)
    }
  }
  console.log('\nmedian             msg/s      MB/s   corrupted  lost (per round, max)')
  for (const v of variants) {
    const r = rate(runs[v]!)
    console.log(`${v.padEnd(15)} ${r.toFixed(0).padStart(9)} ${((r * mb) / N).toFixed(1).padStart(9)} ${String(Math.max(...runs[v]!.map((x) => x.corrupted))).padStart(11)} ${String(Math.max(...runs[v]!.map((x) => x.lost))).padStart(5)}`)
  }
  console.log('\nmedian per reader  CPU µs/msg  peak RSS (whole child process)')
  for (const v of variants) console.log(`${v.padEnd(15)} ${cpu(runs[v]!).toFixed(1).padStart(12)} ${rss(runs[v]!).toFixed(0).padStart(7)} MB`)
  console.log('')
  return runs
}

const rate = (rs: Result[]) => N / (median(rs.map((r) => r.ms)) / 1000)
const rss = (rs: Result[]) => median(rs.map((r) => r.rssMB))
/** CPU microseconds per message; ratios below are of throughput per CPU second (higher is better). */
const cpu = (rs: Result[]) => median(rs.map((r) => (r.cpuMs / N) * 1000))
const cpuRatio = (a: Result[], b: Result[]) => (cpu(b) / cpu(a)).toFixed(3)

// STREAM_BEFORE=1 adds the readers as they were before the bounded read-ahead, alternated with the rest.
const BEFORE = process.env.STREAM_BEFORE === '1'
const v1 = await section('v1', ['baseline', 'ours', 'iterator', 'baseline+work', 'iterator+work', ...(BEFORE ? (['iterator-10000', 'iterator-10000+work'] as const) : [])], 'v1.1 stream')
console.log(`ratio ours/baseline: ${(rate(v1.ours!) / rate(v1.baseline!)).toFixed(3)}`)
console.log(`ratio iterator/baseline: ${(rate(v1.iterator!) / rate(v1.baseline!)).toFixed(3)}`)
console.log(`per CPU second: ours/baseline ${cpuRatio(v1.ours!, v1.baseline!)}, iterator/baseline ${cpuRatio(v1.iterator!, v1.baseline!)}${BEFORE ? `, iterator-10000/baseline ${cpuRatio(v1['iterator-10000']!, v1.baseline!)}` : ''}`)
if (BEFORE) console.log(`ratio iterator-10000/baseline: ${(rate(v1['iterator-10000']!) / rate(v1.baseline!)).toFixed(3)}, peak RSS iterator-10000/baseline: ${(rss(v1['iterator-10000']!) / rss(v1.baseline!)).toFixed(3)}`)
console.log(`peak RSS iterator/baseline: ${(rss(v1.iterator!) / rss(v1.baseline!)).toFixed(3)}, ours/baseline: ${(rss(v1.ours!) / rss(v1.baseline!)).toFixed(3)}`)
console.log(`with ${WORK_US} µs of work per message: ratio iterator/baseline ${(rate(v1['iterator+work']!) / rate(v1['baseline+work']!)).toFixed(3)}, peak RSS iterator/baseline ${(rss(v1['iterator+work']!) / rss(v1['baseline+work']!)).toFixed(3)}${BEFORE ? `, iterator-10000: ratio ${(rate(v1['iterator-10000+work']!) / rate(v1['baseline+work']!)).toFixed(3)}, peak RSS ${(rss(v1['iterator-10000+work']!) / rss(v1['baseline+work']!)).toFixed(3)}` : ''}\n`)

if (process.env.STREAM_SECTIONS === 'v1') process.exit(0)
const v2 = await section('v2', ['v2-baseline', 'v2', ...(process.env.STREAM_UNDICI === '1' ? (['v2-undici'] as const) : []), ...(BEFORE && process.env.STREAM_V2_BEFORE ? (['v2-before'] as const) : []), 'twitter-api-v2'], 'X API v2 stream')
console.log(`ratio v2/v2-baseline: ${(rate(v2.v2!) / rate(v2['v2-baseline']!)).toFixed(3)}`)
console.log(`ratio v2/twitter-api-v2: ${(rate(v2.v2!) / rate(v2['twitter-api-v2']!)).toFixed(3)}`)
console.log(`per CPU second: v2/v2-baseline ${cpuRatio(v2.v2!, v2['v2-baseline']!)}, v2/twitter-api-v2 ${cpuRatio(v2.v2!, v2['twitter-api-v2']!)}${v2['v2-before'] ? `, v2-before/v2-baseline ${cpuRatio(v2['v2-before'], v2['v2-baseline']!)}` : ''}`)
if (v2['v2-before']) console.log(`ratio v2-before/v2-baseline: ${(rate(v2['v2-before']) / rate(v2['v2-baseline']!)).toFixed(3)}, peak RSS v2-before/v2-baseline: ${(rss(v2['v2-before']) / rss(v2['v2-baseline']!)).toFixed(3)}`)
console.log(`peak RSS v2/v2-baseline: ${(rss(v2.v2!) / rss(v2['v2-baseline']!)).toFixed(3)}, twitter-api-v2/v2-baseline: ${(rss(v2['twitter-api-v2']!) / rss(v2['v2-baseline']!)).toFixed(3)}`)
server.close()
