/**
 * `twitter.rateLimits` and `rateLimit: { wait }` against the emulator with short windows: the budget read
 * per endpoint, calls that wait for a reset instead of being refused, `cursor()` walking on through resets,
 * and app-only calls spending the app's window.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '@twython/emulator'
import { Twython, TwythonRateLimitError, type Tweet } from '../src/index.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
})
beforeEach(() => emu.reset())
afterAll(() => emu.close())

describe('twitter.rateLimits', () => {
  it('seeds from the spec, then reports what the headers say, by method, by name or by Twython name', async () => {
    const twitter = new Twython({ ...emu.credentials, hosts: emu.hosts })
    expect(await twitter.rateLimits.get(twitter.getUserTimeline)).toMatchObject({ limit: 900, remaining: 900 })
    emu.setRateLimit('get_user_timeline', 5, { windowMs: 60_000 })
    await twitter.getUserTimeline({ screen_name: 'twitterapi' })
    const status = await twitter.rateLimits.get(twitter.getUserTimeline)
    expect(status).toMatchObject({ limit: 5, remaining: 4 })
    expect(status!.resetAt).toBeGreaterThan(Date.now() + 50_000)
    expect(await twitter.rateLimits.get('getUserTimeline')).toMatchObject({ limit: 5, remaining: 4 })
    expect(await twitter.rateLimits.get('get_user_timeline')).toMatchObject({ limit: 5, remaining: 4 })
    expect(await twitter.rateLimits.get(twitter.showUser)).toMatchObject({ limit: 900, remaining: 900 })
    expect(() => twitter.rateLimits.get('no_such_endpoint')).toThrow(TypeError)
    // X API v2 methods too, seeded from their own limits.
    expect(await twitter.rateLimits.get(twitter.v2.getTweet)).toMatchObject({ limit: 900, remaining: 900 })
  })

  it('keeps app-only calls on the app budget and user calls on the user budget', async () => {
    const app = new Twython({ ...emu.app, oauthVersion: 2, hosts: emu.hosts })
    const bearer = new Twython({ accessToken: await app.obtainAccessToken(), hosts: emu.hosts })
    // users/lookup: 900 per user, 300 per app in the spec.
    expect((await bearer.rateLimits.get(bearer.lookupUser))!.limit).toBe(300)
    expect((await new Twython({ ...emu.credentials, hosts: emu.hosts }).rateLimits.get('lookup_user'))!.limit).toBe(900)
  })
})

describe('rateLimit: { wait: true }', () => {
  it('waits for each reset instead of being refused', async () => {
    emu.setRateLimit('show_user', 2, { windowMs: 500 })
    const twitter = new Twython({ ...emu.credentials, hosts: emu.hosts, rateLimit: { wait: true } })
    const users = await Promise.all(Array.from({ length: 6 }, () => twitter.showUser({ screen_name: 'twitterapi' })))
    expect(users.map((u) => u.screen_name)).toEqual(Array(6).fill('twitterapi'))
    const windows = emu.rateLimitHistory('show_user')
    expect(windows.reduce((n, w) => n + w.refused, 0)).toBe(0)
    expect(Math.max(...windows.map((w) => w.served))).toBeLessThanOrEqual(2)
  })

  it('without wait the same calls are refused by the emulator', async () => {
    emu.setRateLimit('show_user', 2, { windowMs: 60_000 })
    const twitter = new Twython({ ...emu.credentials, hosts: emu.hosts })
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => twitter.showUser({ screen_name: 'twitterapi' })))
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof TwythonRateLimitError)).toHaveLength(2)
  })

  it('lets cursor() walk on through resets', async () => {
    emu.setRateLimit('get_user_timeline', 2, { windowMs: 400 })
    const twitter = new Twython({ ...emu.credentials, hosts: emu.hosts, rateLimit: { wait: true } })
    const tweets: Tweet[] = []
    for await (const tweet of twitter.cursor(twitter.getUserTimeline, { screen_name: 'twitterapi', count: 1 })) tweets.push(tweet)
    expect(tweets.length).toBeGreaterThanOrEqual(5)
    const windows = emu.rateLimitHistory('get_user_timeline')
    expect(windows.length).toBeGreaterThanOrEqual(3)
    expect(windows.reduce((n, w) => n + w.refused, 0)).toBe(0)
  })

  it('rejects at once, unsent, when the reset is beyond maxWaitMs', async () => {
    emu.setRateLimit('show_user', 1, { windowMs: 60_000 })
    const twitter = new Twython({ ...emu.credentials, hosts: emu.hosts, rateLimit: { wait: true, maxWaitMs: 1000 } })
    await twitter.showUser({ screen_name: 'twitterapi' })
    await expect(twitter.showUser({ screen_name: 'twitterapi' })).rejects.toBeInstanceOf(TwythonRateLimitError)
    expect(emu.rateLimitHistory('show_user').reduce((n, w) => n + w.served + w.refused, 0)).toBe(1)
  })
})
