/**
 * The Redis rate-limit store against a real redis-server, case by case beside the runtime's memory store
 * (the same rules), then what only Redis has to prove: reservations atomic across connections, keys that
 * expire with their window and hold no secret, and a token lock that excludes.
 */
import { MemoryRateLimitStore, PROBE_POLL_MS, type RateLimitStore } from '@twython/runtime'
import { createClient } from '@redis/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RedisRateLimitStore, RedisTokenStore } from '../src/index.js'
import { redisMissing, startRedis, type RedisServer } from './redis-server.js'

const missing = redisMissing()
if (missing) console.log(`[skip] @twython/redis tests: ${missing}`)

let redis: RedisServer
const opened: { close(): Promise<void> }[] = []
beforeAll(async () => {
  if (!missing) redis = await startRedis()
})
afterAll(async () => {
  for (const s of opened) await s.close()
  await redis?.close()
})

let n = 0
/** A fresh key per case so cases do not share windows. */
const key = (name: string) => `{case${++n}}:${name}:900`

const stores: [string, () => RateLimitStore][] = [
  ['memory', () => new MemoryRateLimitStore()],
  [
    'redis',
    () => {
      const store = new RedisRateLimitStore({ url: redis.url })
      opened.push(store)
      return store
    },
  ],
]

describe.skipIf(missing).each(stores)('%s store', (_name, make) => {
  it('probes a seeded window with one request, then spends it and refuses when spent', async () => {
    const store = make()
    const seed = { key: key('a'), limit: 2, windowMs: 5000 }
    expect(await store.reserve([seed])).toEqual({ ok: true })
    const held = await store.reserve([seed])
    expect(held).toMatchObject({ ok: false, key: seed.key })
    expect((held as { retryInMs: number }).retryInMs).toBeLessThanOrEqual(PROBE_POLL_MS)
    await store.observe([{ key: seed.key, limit: 2, remaining: 1, resetInMs: 5000 }])
    expect(await store.reserve([seed])).toEqual({ ok: true })
    const spent = await store.reserve([seed])
    expect(spent).toMatchObject({ ok: false, key: seed.key })
    expect((spent as { retryInMs: number }).retryInMs).toBeGreaterThan(4000)
    expect((spent as { retryInMs: number }).retryInMs).toBeLessThanOrEqual(5000)
  })

  it('takes from every window or from none', async () => {
    const store = make()
    const a = { key: key('a'), limit: 5, windowMs: 5000 }
    const b = { key: key('b'), limit: 1, windowMs: 6000 }
    await store.observe([{ key: a.key, limit: 5, remaining: 5, resetInMs: 5000 }, { key: b.key, limit: 1, remaining: 1, resetInMs: 6000 }])
    expect((await store.reserve([a, b])).ok).toBe(true)
    expect(await store.reserve([a, b])).toMatchObject({ ok: false, key: b.key })
    const [sa, sb] = await store.peek([a.key, b.key])
    expect([sa!.limit, sa!.remaining, sb!.limit, sb!.remaining]).toEqual([5, 4, 1, 0])
  })

  it('keeps in-flight requests spent when a response corrects the seed, and never pulls a reset earlier', async () => {
    const store = make()
    const seed = { key: key('c'), limit: 900, windowMs: 900_000 }
    await store.reserve([seed])
    await store.observe([{ key: seed.key, limit: 10, remaining: 9, resetInMs: 3000 }])
    for (let i = 0; i < 2; i++) await store.reserve([seed])
    await store.observe([{ key: seed.key, limit: 10, remaining: 8, resetInMs: 2500 }])
    const [state] = await store.peek([seed.key])
    expect(state!.limit).toBe(10)
    expect(state!.remaining).toBe(7)
    expect(state!.resetInMs).toBeGreaterThan(2500)
    await store.observe([{ key: seed.key, limit: 10, remaining: 0, resetInMs: -1 }])
    expect((await store.peek([seed.key]))[0]!.remaining).toBe(7)
  })

  it('starts the next window from what it learned, not from the seed', async () => {
    const store = make()
    const seed = { key: key('d'), limit: 900, windowMs: 900_000 }
    await store.reserve([seed])
    await store.observe([{ key: seed.key, limit: 3, remaining: 2, resetInMs: 1000 }])
    await new Promise((r) => setTimeout(r, 1100))
    expect(await store.peek([seed.key])).toEqual([undefined])
    // No probe holds the second request: the learned limit is the server's.
    expect((await store.reserve([seed])).ok).toBe(true)
    expect((await store.reserve([seed])).ok).toBe(true)
    const [state] = await store.peek([seed.key])
    expect(state!.limit).toBe(3)
  })

  it('lets an unknown seed through until a response describes the window', async () => {
    const store = make()
    const unknown = { key: key('u'), limit: -1, windowMs: 900_000 }
    expect(await store.reserve([unknown])).toEqual({ ok: true })
    expect(await store.peek([unknown.key])).toEqual([undefined])
    await store.observe([{ key: unknown.key, limit: 1, remaining: 0, resetInMs: 5000 }])
    expect(await store.reserve([unknown])).toMatchObject({ ok: false, key: unknown.key })
  })
})

describe.skipIf(missing)('RedisRateLimitStore on a real server', () => {
  it('hands out exactly the limit to 200 concurrent reservations over 8 connections', async () => {
    const stores = Array.from({ length: 8 }, () => new RedisRateLimitStore({ url: redis.url }))
    opened.push(...stores)
    const seed = { key: key('atomic'), limit: 900, windowMs: 60_000 }
    await stores[0]!.observe([{ key: seed.key, limit: 30, remaining: 30, resetInMs: 60_000 }])
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => stores[i % 8]!.reserve([seed])))
    expect(results.filter((r) => r.ok)).toHaveLength(30)
    expect((await stores[0]!.peek([seed.key]))[0]!.remaining).toBe(0)
  })

  it('writes keys that expire with their window, under its prefix, on an existing client', async () => {
    const client = createClient({ url: redis.url })
    await client.connect()
    try {
      const store = new RedisRateLimitStore({ client, keyPrefix: 'app1:' })
      const k = key('ttl')
      await store.observe([{ key: k, limit: 5, remaining: 4, resetInMs: 4000 }])
      const ttl = await client.pTTL(`app1:${k}`)
      expect(ttl).toBeGreaterThan(3000)
      expect(ttl).toBeLessThanOrEqual(4000)
      expect(await client.hGetAll(`app1:${k}`)).toMatchObject({ limit: '5', rem: '4', conf: '1' })
      // The learned limit outlives the window (for a day), so the next window needs no probe.
      expect(await client.pTTL(`app1:${k}:learned`)).toBeGreaterThan(86_000_000)
      await store.close()
      expect(client.isOpen).toBe(true)
    } finally {
      await client.close()
    }
  })

  it('recovers scripts after SCRIPT FLUSH (EVALSHA falls back to EVAL)', async () => {
    const store = new RedisRateLimitStore({ url: redis.url })
    opened.push(store)
    const seed = { key: key('flush'), limit: 5, windowMs: 5000 }
    expect((await store.reserve([seed])).ok).toBe(true)
    const client = createClient({ url: redis.url })
    await client.connect()
    await client.sendCommand(['SCRIPT', 'FLUSH'])
    await client.close()
    await store.observe([{ key: seed.key, limit: 5, remaining: 4, resetInMs: 5000 }])
    expect((await store.reserve([seed])).ok).toBe(true)
  })
})

describe.skipIf(missing)('RedisTokenStore', () => {
  it('stores and reads a token, and its inspect output holds no token', async () => {
    const store = new RedisTokenStore({ url: redis.url, key: 'twython:oauth2:test:1' })
    opened.push(store)
    expect(await store.get()).toBeUndefined()
    const token = { accessToken: 'access-SHOULD-NOT-LEAK', refreshToken: 'refresh-SHOULD-NOT-LEAK', expiresAt: 1, scopes: ['tweet.read'], tokenType: 'bearer' as const }
    await store.set(token)
    expect(await store.get()).toEqual(token)
    const { inspect } = await import('node:util')
    expect(inspect(store)).not.toContain('SHOULD-NOT-LEAK')
    // Its key names the user for the shared rate-limit budget, the same in every process.
    expect(store.id).toBe('redis:twython:oauth2:test:1')
  })

  it('runs one holder at a time, releases on rejection, and gives up after lockWaitMs', async () => {
    const stores = Array.from({ length: 5 }, () => new RedisTokenStore({ url: redis.url, key: 'twython:oauth2:test:lock' }))
    opened.push(...stores)
    let inside = 0
    let most = 0
    await Promise.all(
      stores.map((s, i) =>
        s
          .withLock(async () => {
            most = Math.max(most, ++inside)
            await new Promise((r) => setTimeout(r, 20))
            inside--
            if (i === 2) throw new Error('holder failed')
          })
          .catch((e: Error) => expect(e.message).toBe('holder failed')),
      ),
    )
    expect(most).toBe(1)
    const impatient = new RedisTokenStore({ url: redis.url, key: 'twython:oauth2:test:lock', lockWaitMs: 50 })
    opened.push(impatient)
    let release!: () => void
    const held = stores[0]!.withLock(() => new Promise<void>((r) => (release = r)))
    await new Promise((r) => setTimeout(r, 20))
    await expect(impatient.withLock(async () => 'never')).rejects.toThrow(/still held/)
    release()
    await held
    await expect(impatient.withLock(async () => 'now')).resolves.toBe('now')
  })
})

describe.skipIf(missing)('a Redis that is down when the process starts', () => {
  it('fails fast (so calls go on in-process), then serves once the server is up', async () => {
    const late = await startRedis()
    await late.stop()
    const store = new RedisRateLimitStore({ url: late.url })
    try {
      const seed = { key: key('late'), limit: 5, windowMs: 5000 }
      await expect(store.reserve([seed])).rejects.toThrow(/not connected/)
      await expect(store.reserve([seed])).rejects.toThrow(/not connected/)
      await late.start()
      let answer: unknown
      for (let i = 0; i < 100 && answer === undefined; i++) {
        answer = await store.reserve([seed]).catch(() => undefined)
        if (answer === undefined) await new Promise((r) => setTimeout(r, 50))
      }
      expect(answer).toEqual({ ok: true })
    } finally {
      await store.close()
      await late.close()
    }
  })
})
