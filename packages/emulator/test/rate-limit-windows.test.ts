/**
 * Per-route rate-limit windows set short for tests, the log of served windows, per-token counting, and the
 * general limiter API v2 routes use (several windows, 24-hour headers), on a controlled clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RateLimiter, startEmulator, type Emulator } from '../src/index.js'
import { call } from './emulator-helpers.js'

const SHOW_USER = '/1.1/users/show.json'

describe('per-route windows', () => {
  let clock = Date.UTC(2026, 10, 2, 12, 0, 0)
  let emu: Emulator
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, now: () => clock })
  })
  afterAll(() => emu.close())
  const get = (token?: { oauthToken: string; oauthTokenSecret: string }) => call(emu, 'GET', SHOW_USER, { params: { screen_name: 'twitterapi' }, sign: { timestamp: Math.floor(clock / 1000) }, ...(token ? { keys: { ...keysOf(emu), token: token.oauthToken, tokenSecret: token.oauthTokenSecret } } : {}) })

  it('sets a route window in milliseconds with setRateLimit and logs what each window served and refused', async () => {
    emu.setRateLimit('show_user', 2, { windowMs: 3000 })
    const first = await get()
    expect(first.headers.get('x-rate-limit-reset')).toBe(String(Math.ceil((clock + 3000) / 1000)))
    expect((await get()).status).toBe(200)
    expect((await get()).status).toBe(429)
    clock += 2999
    expect((await get()).status).toBe(429)
    clock += 1
    expect((await get()).status).toBe(200)
    const log = emu.rateLimitHistory('show_user')
    expect(log.map((w) => [w.served, w.refused, w.limit, w.reset - w.start])).toEqual([
      [2, 2, 2, 3000],
      [1, 0, 2, 3000],
    ])
    // Other routes keep their spec window.
    const timeline = await call(emu, 'GET', '/1.1/statuses/user_timeline.json', { params: { screen_name: 'twitterapi' }, sign: { timestamp: Math.floor(clock / 1000) } })
    expect(Number(timeline.headers.get('x-rate-limit-reset')) - Math.ceil(clock / 1000)).toBe(900)
  })

  it('counts per access token: a second token of the same app has its own window', async () => {
    emu.setRateLimit('show_user', 1, { windowMs: 3000 })
    expect((await get()).status).toBe(200)
    expect((await get()).status).toBe(429)
    const other = emu.issueAccessToken('twitterapi')
    const theirs = await get(other)
    expect(theirs.status).toBe(200)
    expect(theirs.headers.get('x-rate-limit-remaining')).toBe('0')
  })
})

describe('the limiter API for routes with several windows (v2)', () => {
  it('counts the main window per token and a 24-hour per-app window across tokens, with the 24-hour headers', () => {
    let now = 1_000_000
    const limiter = new RateLimiter({}, () => now)
    const route = { id: 'createPosts', rateLimits: [{ windowSeconds: 900, limit: 2, per: 'user' as const }, { windowSeconds: 86_400, limit: 3, per: 'app' as const }] }
    const a = { kind: 'user' as const, token: 'tok-a', app: 'app-1' }
    const b = { kind: 'user' as const, token: 'tok-b', app: 'app-1' }
    const h1 = limiter.spend(route, a)
    expect(h1).toMatchObject({ 'x-rate-limit-limit': '2', 'x-rate-limit-remaining': '1', 'x-app-limit-24hour-limit': '3', 'x-app-limit-24hour-remaining': '2' })
    expect(h1['x-app-limit-24hour-reset']).toBe(String(Math.ceil((now + 86_400_000) / 1000)))
    limiter.spend(route, a)
    expect(() => limiter.spend(route, a)).toThrow(expect.objectContaining({ status: 429 }))
    // b has its own 15-minute window but shares the app's day.
    expect(limiter.spend(route, b)['x-app-limit-24hour-remaining']).toBe('0')
    let refused: unknown
    try {
      limiter.spend(route, b)
    } catch (error) {
      refused = error
    }
    expect(refused).toMatchObject({ status: 429, headers: expect.objectContaining({ 'x-app-limit-24hour-remaining': '0', 'x-rate-limit-remaining': '1' }) })
    now += 900_000
    expect(() => limiter.spend(route, a)).toThrow(expect.objectContaining({ status: 429 }))
    const daily = limiter.history('createPosts').filter((w) => w.scope === 'app-24h')
    expect(daily).toHaveLength(1)
    expect(daily[0]).toMatchObject({ served: 3, refused: 2, limit: 3 })
  })
})

function keysOf(emu: Emulator) {
  return { consumerKey: emu.credentials.appKey, consumerSecret: emu.credentials.appSecret }
}
