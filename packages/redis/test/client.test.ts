/**
 * `Twython` with a `RedisRateLimitStore` against the emulator, in one process: two clients on one token
 * share the budget through Redis, `maxWaitMs` rejects unsent, the call's signal aborts the wait, and the keys
 * in Redis hold no secret.
 */
import { createClient } from '@redis/client'
import { startEmulator, type Emulator } from '@twython/emulator'
import { Twython, TwythonRateLimitError } from '@twython/client'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { RedisRateLimitStore } from '../src/index.js'
import { redisMissing, startRedis, type RedisServer } from './redis-server.js'

const missing = redisMissing()
if (missing) console.log(`[skip] @twython/redis client tests: ${missing}`)

describe.skipIf(missing)('Twython with RedisRateLimitStore', () => {
  let redis: RedisServer
  let emu: Emulator
  const stores: RedisRateLimitStore[] = []
  const make = (rateLimit: { maxWaitMs?: number } = {}) => {
    const store = new RedisRateLimitStore({ url: redis.url })
    stores.push(store)
    return new Twython({ ...emu.credentials, hosts: emu.hosts, rateLimit: { wait: true, store, ...rateLimit } })
  }
  beforeAll(async () => {
    redis = await startRedis()
    emu = await startEmulator({ port: 0 })
  })
  beforeEach(async () => {
    emu.reset()
    const client = createClient({ url: redis.url })
    await client.connect()
    await client.flushAll()
    await client.close()
  })
  afterAll(async () => {
    for (const s of stores) await s.close()
    await emu?.close()
    await redis?.close()
  })

  it('shares one budget between two clients: the second sees what the first spent', async () => {
    emu.setRateLimit('show_user', 3, { windowMs: 60_000 })
    const a = make()
    const b = make()
    await a.showUser({ screen_name: 'twitterapi' })
    await a.showUser({ screen_name: 'twitterapi' })
    expect(await b.rateLimits.get(b.showUser)).toMatchObject({ limit: 3, remaining: 1 })
  })

  it('rejects unsent when the shared window resets beyond maxWaitMs', async () => {
    emu.setRateLimit('show_user', 1, { windowMs: 60_000 })
    await make().showUser({ screen_name: 'twitterapi' })
    const other = make({ maxWaitMs: 500 })
    const error = await other.showUser({ screen_name: 'twitterapi' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonRateLimitError)
    expect((error as Error).message).toMatch(/maxWaitMs/)
    expect(emu.rateLimitHistory('show_user').reduce((n, w) => n + w.served + w.refused, 0)).toBe(1)
  })

  it('stops waiting on a shared window when the call is aborted, unsent', async () => {
    emu.setRateLimit('show_user', 1, { windowMs: 60_000 })
    await make().showUser({ screen_name: 'twitterapi' })
    const controller = new AbortController()
    const pending = make().showUser({ screen_name: 'twitterapi' }, { signal: controller.signal })
    setTimeout(() => controller.abort(new Error('shutting down')), 50)
    await expect(pending).rejects.toThrow('shutting down')
    expect(emu.rateLimitHistory('show_user').reduce((n, w) => n + w.served + w.refused, 0)).toBe(1)
  })

  it('writes keys with hashes and endpoint names only', async () => {
    await make().showUser({ screen_name: 'twitterapi' })
    const client = createClient({ url: redis.url })
    await client.connect()
    const keys = await client.keys('*')
    await client.close()
    expect(keys.length).toBeGreaterThan(0)
    expect(keys.some((k) => k.includes(':show_user:900'))).toBe(true)
    for (const k of keys) for (const secret of Object.values(emu.credentials)) expect(k).not.toContain(String(secret))
  })
})
