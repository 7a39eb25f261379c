/**
 * The Lua scripts and the runtime's MemoryRateLimitStore follow one set of rules: random sequences of
 * reservations and observations (fast-check) give the same answers on both. Windows are long (minutes) and
 * seeds unknown (-1) so that neither clock nor probe timing enters the comparison: what is compared is the
 * counting (all-or-nothing reservations, the smaller-count rule, limits from the headers).
 */
import fc from 'fast-check'
import { MemoryRateLimitStore } from '@twython/runtime'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RedisRateLimitStore } from '../src/index.js'
import { redisMissing, startRedis, type RedisServer } from './redis-server.js'

const missing = redisMissing()
if (missing) console.log(`[skip] @twython/redis parity property: ${missing}`)

type Op = { kind: 'reserve'; keys: number[] } | { kind: 'observe'; key: number; limit: number; remaining: number; resetInMs: number }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('reserve' as const), keys: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 3 }) }),
  fc.record({
    kind: fc.constant('observe' as const),
    key: fc.integer({ min: 0, max: 2 }),
    limit: fc.integer({ min: 1, max: 6 }),
    remaining: fc.integer({ min: 0, max: 6 }),
    // Positive and long (no window ends during a run), or a late answer from a window already over.
    resetInMs: fc.oneof(fc.integer({ min: 120_000, max: 600_000 }), fc.constant(-1)),
  }),
)

describe.skipIf(missing)('RedisRateLimitStore and MemoryRateLimitStore', () => {
  let redis: RedisServer
  let store: RedisRateLimitStore
  beforeAll(async () => {
    redis = await startRedis()
    store = new RedisRateLimitStore({ url: redis.url })
  })
  afterAll(async () => {
    await store?.close()
    await redis?.close()
  })

  it('answer every sequence of reservations and observations alike', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const memory = new MemoryRateLimitStore()
        const keyOf = (i: number) => `{p${run}}:e${i}:900`
        run++
        const seeds = (keys: number[]) => keys.map((k) => ({ key: keyOf(k), limit: -1, windowMs: 900_000 }))
        for (const o of ops) {
          if (o.kind === 'reserve') {
            const [a, b] = await Promise.all([memory.reserve(seeds(o.keys)), store.reserve(seeds(o.keys))])
            expect(b.ok).toBe(a.ok)
            if (!a.ok && !b.ok) expect(b.key).toBe(a.key)
          } else {
            const observation = [{ key: keyOf(o.key), limit: o.limit, remaining: o.remaining, resetInMs: o.resetInMs }]
            await Promise.all([memory.observe(observation), store.observe(observation)])
          }
          const keys = [0, 1, 2].map(keyOf)
          const [pa, pb] = await Promise.all([memory.peek(keys), store.peek(keys)])
          expect(pb.map((s) => s && [s.limit, s.remaining])).toEqual(pa.map((s) => s && [s.limit, s.remaining]))
        }
      }),
      { numRuns: 60 },
    )
  })
})
