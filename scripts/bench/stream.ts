/**
 * Stream throughput: our TwythonStreamer (parser, session, dispatch, over node:http) against a raw
 * baseline (node:http, string concatenation, manual `\r\n` split, JSON.parse) on the same local server,
 * same bytes, same random chunking (cuts fall inside multi-byte characters). Rounds alternate; medians
 * are reported with their ratio and the corrupted/lost counts of each.
 *
 *   npx tsx scripts/bench/stream.ts [messages=100000] [rounds=5]
 */
import { createServer, get, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { TwythonStreamer } from '../../packages/runtime/src/streaming/streamer.js'

const N = Number(process.argv[2] ?? 100_000)
const ROUNDS = Number(process.argv[3] ?? 5)
const POOL = 512

// ---- realistic tweets: ~3 KB, multi-byte text in several scripts, emoji (4-byte) included -------------
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

const pool = Array.from({ length: POOL }, (_, i) => makeTweet(i) as { text: string })
const lines: Buffer[] = []
for (let seq = 0; seq < N; seq++) {
  const t = pool[seq % POOL]!
  lines.push(Buffer.from(`{"seq":${seq},${JSON.stringify(t).slice(1)}\r\n`))
  if (seq % 997 === 0) lines.push(Buffer.from('\r\n')) // keep-alives
}
const payload = Buffer.concat(lines)
lines.length = 0
// Random chunk sizes (1 byte to 64 KiB), fixed for all rounds so both readers see the same cuts.
const cuts: number[] = []
for (let at = 0; at < payload.length; ) {
  at = Math.min(payload.length, at + 1 + Math.floor(rand() ** 2 * 65536))
  cuts.push(at)
}

async function send(res: ServerResponse): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/json' })
  let from = 0
  for (const to of cuts) {
    if (!res.write(payload.subarray(from, to))) await new Promise((r) => res.once('drain', r))
    from = to
  }
  res.end()
}

const server = createServer((_req, res) => void send(res))
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

interface Result { ms: number; received: number; corrupted: number; lost: number }

/** Checks one parsed message against what was sent; returns false when corrupted. */
function check(seen: Uint8Array, m: { seq?: number; text?: string } | undefined): boolean {
  if (!m || typeof m.seq !== 'number' || m.seq >= N || m.text !== pool[m.seq % POOL]!.text) return false
  seen[m.seq]++
  return true
}

function tally(ms: number, seen: Uint8Array, corrupted: number): Result {
  let received = 0
  let lost = 0
  for (const n of seen) {
    received += n
    if (n === 0) lost++
    if (n > 1) corrupted += n - 1 // a duplicate is as wrong as a corruption
  }
  return { ms, received, corrupted, lost }
}

function baseline(): Promise<Result> {
  return new Promise((resolve) => {
    const seen = new Uint8Array(N)
    let corrupted = 0
    const start = performance.now()
    get(`${origin}/1.1/statuses/sample.json`, (res) => {
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
        }
      })
      res.on('end', () => resolve(tally(performance.now() - start, seen, corrupted)))
    })
  })
}

function ours(): Promise<Result> {
  const seen = new Uint8Array(N)
  let corrupted = 0
  let count = 0
  const streamer = new (class extends TwythonStreamer {
    override onSuccess(m: { seq?: number; text?: string }) {
      if (!check(seen, m)) corrupted++
      if (++count === N) this.disconnect()
      return true
    }
    override onError() {
      corrupted++
    }
  })({ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'u', hosts: { stream: origin } })
  const start = performance.now()
  return streamer.statuses.sample().then(() => tally(performance.now() - start, seen, corrupted))
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
const mb = payload.length / 1e6
console.log(`${N} tweets, ${mb.toFixed(1)} MB (${(payload.length / N).toFixed(0)} B/tweet), ${cuts.length} chunks, ${ROUNDS} rounds (alternating)\n`)
const runs: Record<'baseline' | 'ours', Result[]> = { baseline: [], ours: [] }
await baseline() // warm-up, both paths
await ours()
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, fn] of (round % 2 ? [['ours', ours], ['baseline', baseline]] : [['baseline', baseline], ['ours', ours]]) as ['baseline' | 'ours', () => Promise<Result>][]) {
    const r = await fn()
    runs[name].push(r)
    console.log(`round ${round + 1} ${name.padEnd(8)} ${(N / (r.ms / 1000)).toFixed(0).padStart(8)} msg/s ${(mb / (r.ms / 1000)).toFixed(1).padStart(7)} MB/s  corrupted ${r.corrupted}  lost ${r.lost}`)
  }
}
const rate = (rs: Result[]) => N / (median(rs.map((r) => r.ms)) / 1000)
console.log('\nmedian       msg/s      MB/s   corrupted  lost (per round, max)')
for (const name of ['baseline', 'ours'] as const) {
  const r = rate(runs[name])
  console.log(`${name.padEnd(8)} ${r.toFixed(0).padStart(9)} ${((r * mb) / N).toFixed(1).padStart(9)} ${String(Math.max(...runs[name].map((x) => x.corrupted))).padStart(11)} ${String(Math.max(...runs[name].map((x) => x.lost))).padStart(5)}`)
}
console.log(`\nratio ours/baseline: ${(rate(runs.ours) / rate(runs.baseline)).toFixed(3)}`)
server.close()
