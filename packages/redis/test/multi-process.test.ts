/**
 * Many processes on one token, against the emulator and a real redis-server.
 *
 * 8 worker processes share one access token and a budget of 10 requests per 3-second window; each makes
 * 10 calls, two at a time, with `rateLimit: { wait: true }`:
 * - with a shared `RedisRateLimitStore`: every call succeeds, the emulator answers no 429, and no window
 *   serves more than 10 (counted on the server side, from the emulator's window log);
 * - without it (the control): each process keeps its own budget, and the emulator refuses calls;
 * - with Redis stopped mid-run and started again: the workers warn, go on with their own budgets, and no
 *   call is lost.
 * Then 20 processes find one expired OAuth 2 token with a rotating refresh token: exactly one refresh
 * request reaches the token endpoint and every process ends up with the new token.
 */
import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startEmulator, type Emulator, type WindowRecord } from '@twython/emulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RedisTokenStore } from '../src/index.js'
import { redisMissing, startRedis, type RedisServer } from './redis-server.js'

const here = dirname(fileURLToPath(import.meta.url))
const packageDir = join(here, '..')
const missing = redisMissing()
if (missing) console.log(`[skip] multi-process Redis tests: ${missing}`)

const WORKERS = 8
const CALLS_EACH = 10
const LIMIT = 10
const WINDOW_MS = 3000

interface WorkerResult {
  ok: number
  failed: string[]
  warnings: string[]
}

/** Starts `count` copies of a worker script, lets them all begin at once, and collects their JSON lines. */
async function runWorkers(script: string, count: number, env: (i: number) => Record<string, string>, whileRunning?: () => Promise<void>): Promise<WorkerResult[]> {
  const children = Array.from({ length: count }, (_, i) =>
    spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(here, 'workers', script)], { cwd: packageDir, env: { ...process.env, ...env(i) }, stdio: ['pipe', 'pipe', 'pipe'] }),
  )
  const outputs = children.map((child) => {
    let out = ''
    let err = ''
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()))
    const ready = new Promise<void>((resolve, reject) => {
      const check = () => (out.includes('ready\n') ? resolve() : undefined)
      child.stdout!.on('data', check)
      child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready: ${err}`)))
    })
    const done = new Promise<WorkerResult>((resolve, reject) => {
      child.once('exit', (code) => {
        const line = out.split('\n').find((l) => l.startsWith('{'))
        if (code !== 0 || !line) return reject(new Error(`worker exited with ${code}: ${err}`))
        resolve(JSON.parse(line) as WorkerResult)
      })
    })
    return { ready, done }
  })
  await Promise.all(outputs.map((o) => o.ready))
  for (const child of children) child.stdin!.write('go\n')
  await whileRunning?.()
  return Promise.all(outputs.map((o) => o.done))
}

function summarise(label: string, results: WorkerResult[], windows: readonly WindowRecord[]) {
  const ok = results.reduce((n, r) => n + r.ok, 0)
  const failed = results.flatMap((r) => r.failed)
  const refused = windows.reduce((n, w) => n + w.refused, 0)
  const served = windows.reduce((n, w) => n + w.served, 0)
  const maxPerWindow = Math.max(...windows.map((w) => w.served))
  console.log(`[figures] ${label}: ${ok}/${WORKERS * CALLS_EACH} calls succeeded, ${failed.length} failed, the emulator served ${served} and answered ${refused} 429s over ${windows.length} windows, at most ${maxPerWindow} per window (limit ${LIMIT})`)
  return { ok, failed, refused, served, maxPerWindow }
}

describe.skipIf(missing)('8 processes sharing one token and a 10-per-3-seconds budget', () => {
  let redis: RedisServer
  let emu: Emulator
  beforeAll(async () => {
    redis = await startRedis()
    emu = await startEmulator({ port: 0 })
  })
  afterAll(async () => {
    await emu?.close()
    await redis?.close()
  })

  async function run(redisUrl: string | null, whileRunning?: () => Promise<void>) {
    emu.reset()
    emu.setRateLimit('verify_credentials', LIMIT, { windowMs: WINDOW_MS })
    const config = { credentials: emu.credentials, hosts: emu.hosts, redisUrl, calls: CALLS_EACH, concurrency: 2 }
    const results = await runWorkers('rate-limit-worker.ts', WORKERS, () => ({ TWYTHON_WORKER: JSON.stringify(config) }), whileRunning)
    return { results, windows: emu.rateLimitHistory('verify_credentials') }
  }

  it('with RedisRateLimitStore: all 80 calls succeed, the emulator answers zero 429s, no window serves more than 10', async () => {
    const { results, windows } = await run(redis.url)
    const s = summarise('with RedisRateLimitStore', results, windows)
    expect(s.failed).toEqual([])
    expect(s.ok).toBe(WORKERS * CALLS_EACH)
    expect(s.refused).toBe(0)
    expect(s.served).toBe(WORKERS * CALLS_EACH)
    expect(s.maxPerWindow).toBeLessThanOrEqual(LIMIT)
    expect(results.flatMap((r) => r.warnings)).toEqual([])
  })

  it('without a shared store (the control): the processes trample each other and the emulator answers 429s', async () => {
    const { results, windows } = await run(null)
    const s = summarise('without a store (in-process budgets only)', results, windows)
    expect(s.refused).toBeGreaterThan(0)
    expect(s.maxPerWindow).toBeLessThanOrEqual(LIMIT)
  })

  it('with Redis stopped mid-run and started again: the workers warn, go on in-process, and lose no call', async () => {
    const { results, windows } = await run(redis.url, async () => {
      await new Promise((r) => setTimeout(r, 3000))
      await redis.stop()
      // Longer than one 3-second window, so at least one window opens (and is reserved) while Redis is down,
      // however the workers' calls fall.
      await new Promise((r) => setTimeout(r, 4000))
      await redis.start()
    })
    const s = summarise('with a Redis outage mid-run', results, windows)
    const warnings = results.flatMap((r) => r.warnings)
    console.log(`[figures] outage: ${results.filter((r) => r.warnings.some((w) => w.includes('failed'))).length}/${WORKERS} workers warned that the store failed`)
    expect(warnings.some((w) => /rate-limit store failed/.test(w))).toBe(true)
    expect(s.failed).toEqual([])
    expect(s.ok).toBe(WORKERS * CALLS_EACH)
    expect(s.maxPerWindow).toBeLessThanOrEqual(LIMIT)
  })
})

describe.skipIf(missing)('20 processes refreshing one expired OAuth 2 token', () => {
  let redis: RedisServer
  let tokenServer: Server
  let endpoint = ''
  let refreshes = 0
  let rejected = 0
  let current = { refresh: 'refresh-0', access: 'access-0' }
  beforeAll(async () => {
    redis = await startRedis()
    // A token endpoint with rotating refresh tokens: each refresh token works once.
    tokenServer = createServer((req, res) => {
      let body = ''
      req.on('data', (d: Buffer) => (body += d.toString()))
      req.on('end', () => {
        const params = new URLSearchParams(body)
        if (params.get('grant_type') !== 'refresh_token' || params.get('refresh_token') !== current.refresh) {
          rejected++
          res.writeHead(400, { 'content-type': 'application/json' })
          return res.end('{"error":"invalid_request","error_description":"Value passed for the token was invalid."}')
        }
        refreshes++
        current = { refresh: `refresh-${refreshes}`, access: `access-${refreshes}` }
        // Slow enough that every other process reaches the lock while this refresh is in flight.
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end(JSON.stringify({ token_type: 'bearer', expires_in: 7200, access_token: current.access, refresh_token: current.refresh, scope: 'tweet.read offline.access' }))
        }, 300)
      })
    })
    await new Promise<void>((r) => tokenServer.listen(0, '127.0.0.1', r))
    endpoint = `http://127.0.0.1:${(tokenServer.address() as AddressInfo).port}/2/oauth2/token`
  })
  afterAll(async () => {
    await new Promise<void>((r) => tokenServer?.close(() => r()))
    await redis?.close()
  })

  it('makes exactly one refresh request; every process reads the new token', async () => {
    const key = 'twython:oauth2:client-1:user-1'
    const seed = new RedisTokenStore({ url: redis.url, key })
    await seed.set({ accessToken: 'access-0', refreshToken: 'refresh-0', expiresAt: Date.now() - 1000, scopes: ['tweet.read', 'offline.access'], tokenType: 'bearer' })
    await seed.close()
    const results = await runWorkers('token-worker.ts', 20, () => ({ TWYTHON_WORKER: JSON.stringify({ redisUrl: redis.url, key, endpoint }) }))
    const tokens = new Set(results.map((r) => (r as unknown as { accessToken: string }).accessToken))
    const refreshedBy = results.filter((r) => (r as unknown as { refreshed: boolean }).refreshed).length
    console.log(`[figures] token lock: 20 processes, ${refreshes} refresh request(s) reached the token endpoint, ${rejected} rejected, ${refreshedBy} process(es) refreshed, tokens seen at the end: ${[...tokens].join(', ')}`)
    expect(refreshes).toBe(1)
    expect(rejected).toBe(0)
    expect(refreshedBy).toBe(1)
    expect([...tokens]).toEqual(['access-1'])
  })
})
