/**
 * What a shared rate-limit budget costs per call: signed `GET statuses/show/:id` calls, one at a time,
 * against a local server that sends current rate-limit headers (a limit no run reaches), with
 *   - no `rateLimit` option (the default: headers read into the in-process budget, nothing reserved),
 *   - `rateLimit: { wait: true }` (a reservation in the in-process memory store before each call),
 *   - `rateLimit: { wait: true, store: RedisRateLimitStore }` (a reservation and an observation script on
 *     a local redis-server per call: two round trips).
 * Prints wall-clock ms per call (median of rounds, order rotated) and the ratios to the call without a store.
 * A command, never a test: nothing asserts these figures.
 *
 *   tsx rate-limit-store.ts [calls per round] [rounds]     (REDIS_URL=redis://... to use a running server)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { connect, createServer as createNetServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Twython } from '@twython/client'
import { RedisRateLimitStore } from '@twython/redis'
import { fmt, machineLine, ratio, summarize, table } from './stats.js'

const calls = Number(process.argv[2] ?? 1000)
const rounds = Number(process.argv[3] ?? 5)

async function startApi(): Promise<{ origin: string; close(): Promise<void> }> {
  const body = Buffer.from(JSON.stringify({ id_str: '20', text: 'just setting up my twttr' }))
  let remaining = 1_000_000_000
  const server = createServer((req, res) => {
    if (!String(req.headers.authorization ?? '').startsWith('OAuth ')) return res.writeHead(401).end()
    res.writeHead(200, {
      'content-type': 'application/json;charset=utf-8',
      'content-length': body.byteLength,
      'x-rate-limit-limit': '1000000000',
      'x-rate-limit-remaining': String(--remaining),
      'x-rate-limit-reset': String(Math.ceil(Date.now() / 1000) + 900),
    })
    res.end(body)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

/** A throwaway redis-server on a free port, or undefined when the binary is missing. */
async function startRedis(): Promise<{ url: string; close(): void } | undefined> {
  if (spawnSync('redis-server', ['--version']).status !== 0) return undefined
  const port = await new Promise<number>((resolve) => {
    const s = createNetServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as AddressInfo).port
      s.close(() => resolve(p))
    })
  })
  const dir = mkdtempSync(join(tmpdir(), 'twython-bench-redis-'))
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  for (let i = 0; i < 200; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('error', () => resolve(false))
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
    })
    if (up) break
    await new Promise((r) => setTimeout(r, 25))
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    close: () => {
      child.kill('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

const api = await startApi()
const ownRedis = process.env.REDIS_URL ? undefined : await startRedis()
const redisUrl = process.env.REDIS_URL ?? ownRedis?.url
const credentials = { appKey: 'bench-key', appSecret: 'bench-secret', oauthToken: '1-bench-token', oauthTokenSecret: 'bench-token-secret' }
const store = redisUrl ? new RedisRateLimitStore({ url: redisUrl }) : undefined

const variants: [string, Twython][] = [
  ['no store (default)', new Twython({ ...credentials, hosts: { api: api.origin } })],
  ['wait: true, memory store', new Twython({ ...credentials, hosts: { api: api.origin }, rateLimit: { wait: true } })],
]
if (store) variants.push(['wait: true, RedisRateLimitStore', new Twython({ ...credentials, hosts: { api: api.origin }, rateLimit: { wait: true, store } })])

const perCall = new Map<string, number[]>(variants.map(([name]) => [name, []]))
// Warm-up: connections, JIT, the scripts loaded into Redis.
for (const [, twitter] of variants) for (let i = 0; i < 200; i++) await twitter.showStatus({ id: '20' })
// Small batches, variants interleaved and the order rotated, so that a noisy neighbour on a shared machine
// slows every variant alike; the median over batches is what the table compares.
const batch = 50
for (let round = 0; round < rounds * Math.ceil(calls / batch); round++) {
  const order = variants.map((_, i) => variants[(i + round) % variants.length]!)
  for (const [name, twitter] of order) {
    const started = performance.now()
    for (let i = 0; i < batch; i++) await twitter.showStatus({ id: '20' })
    perCall.get(name)!.push((performance.now() - started) / batch)
  }
}

const baseSummary = summarize(perCall.get(variants[0]![0])!)
const base = baseSummary.median
console.log(`\n## Rate-limit store overhead\n\nMachine: ${machineLine()}. ${rounds} x ${calls} sequential calls per variant in batches of ${batch}, variants interleaved; server and Redis on loopback.\n`)
console.log(
  table(
    ['variant', 'ms per call, median of batches (min–max)', 'added ms per call (median)', 'ratio to no store (median)', 'ratio to no store (fastest batch)'],
    variants.map(([name]) => {
      const s = summarize(perCall.get(name)!)
      return [name, fmt(s, 3), (s.median - base).toFixed(3), ratio(s.median, base), ratio(s.min, baseSummary.min)]
    }),
  ),
)
console.log('\nOn a loaded machine the medians carry the neighbours\' noise; the fastest batches show the cost itself.')
if (!store) console.log('\nredis-server is not installed (and REDIS_URL is not set): the Redis row is missing.')

await store?.close()
ownRedis?.close()
await api.close()
