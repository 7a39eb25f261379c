/**
 * Rate limits (headers, 429 code 88, windows on a controlled clock) and faults on demand (status codes
 * with Twitter's or an HTML body, truncated bodies, reset connections, delays, route matching, counts and
 * the admin route).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.js'
import { authHeader, call, errorOf, namedUsers, userKeys } from './emulator-helpers.js'

const SHOW_USER = '/1.1/users/show.json'

describe('rate limits', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 })
  })
  afterAll(() => emu.close())

  it('sends x-rate-limit-limit/-remaining/-reset, with remaining going down', async () => {
    const first = await call(emu, 'GET', SHOW_USER, { params: { screen_name: 'twitterapi' } })
    const second = await call(emu, 'GET', SHOW_USER, { params: { screen_name: 'twitterapi' } })
    expect(first.headers.get('x-rate-limit-limit')).toBe('900')
    expect(Number(first.headers.get('x-rate-limit-remaining'))).toBe(899)
    expect(Number(second.headers.get('x-rate-limit-remaining'))).toBe(898)
    const reset = Number(first.headers.get('x-rate-limit-reset'))
    const now = Date.now() / 1000
    expect(reset).toBeGreaterThan(now + 14 * 60)
    expect(reset).toBeLessThanOrEqual(Math.ceil(now + 15 * 60))
    expect(second.headers.get('x-rate-limit-reset')).toBe(String(reset))
  })

  it('counts per token: another user has a window of their own', async () => {
    const ada = emu.issueAccessToken(namedUsers(emu)[0]!.screen_name)
    const reply = await call(emu, 'GET', '/1.1/statuses/home_timeline.json', { keys: { ...userKeys(emu), token: ada.oauthToken, tokenSecret: ada.oauthTokenSecret } })
    await call(emu, 'GET', '/1.1/statuses/home_timeline.json')
    const mine = await call(emu, 'GET', '/1.1/statuses/home_timeline.json')
    expect(reply.headers.get('x-rate-limit-remaining')).toBe('14')
    expect(mine.headers.get('x-rate-limit-remaining')).toBe('13')
  })

  it('answers 429 code 88 once the limit set by setRateLimit is spent', async () => {
    emu.setRateLimit('show_user', 2)
    const a = await call(emu, 'GET', SHOW_USER, { params: { screen_name: 'twitterapi' } })
    const b = await call(emu, 'GET', SHOW_USER, { params: { screen_name: 'twitterapi' } })
    const c = await call(emu, 'GET', SHOW_USER, { params: { screen_name: 'twitterapi' } })
    expect([a.status, b.status, c.status]).toEqual([200, 200, 429])
    expect(a.headers.get('x-rate-limit-limit')).toBe('2')
    expect([a.headers.get('x-rate-limit-remaining'), b.headers.get('x-rate-limit-remaining'), c.headers.get('x-rate-limit-remaining')]).toEqual(['1', '0', '0'])
    expect(errorOf(c)).toEqual({ code: 88, message: 'Rate limit exceeded' })
    expect(c.headers.get('x-rate-limit-reset')).toBe(a.headers.get('x-rate-limit-reset'))
    // Other routes are not affected.
    expect((await call(emu, 'GET', '/1.1/users/lookup.json', { params: { screen_name: 'twitterapi' } })).status).toBe(200)
  })

  it('gives routes without a limit in the spec the default limit, and does not count refused calls', async () => {
    const post = await call(emu, 'POST', '/1.1/friendships/update.json', { params: { screen_name: 'twitterapi', retweets: 'true' } })
    expect(post.status).toBe(200)
    expect(post.headers.get('x-rate-limit-limit')).toBe('300')
    expect(post.headers.get('x-rate-limit-remaining')).toBe('299')
    const before = await call(emu, 'GET', '/1.1/friends/ids.json', { params: { screen_name: 'twitterapi' } })
    await call(emu, 'GET', '/1.1/friends/ids.json', { params: { screen_name: 'twitterapi' }, keys: { ...userKeys(emu), tokenSecret: 'wrong' } })
    const after = await call(emu, 'GET', '/1.1/friends/ids.json', { params: { screen_name: 'twitterapi' } })
    expect(Number(after.headers.get('x-rate-limit-remaining'))).toBe(Number(before.headers.get('x-rate-limit-remaining')) - 1)
  })

  it('starts a new window once windowMs has passed on the emulator clock', async () => {
    let clock = Date.UTC(2026, 10, 2, 12, 0, 0)
    const timed = await startEmulator({ port: 0, now: () => clock, rateLimits: { windowMs: 200, limits: { show_user: 2 } } })
    try {
      const get = () => call(timed, 'GET', SHOW_USER, { params: { screen_name: 'twitterapi' }, sign: { timestamp: Math.floor(clock / 1000) } })
      const first = await get()
      expect(first.status).toBe(200)
      expect(first.headers.get('x-rate-limit-reset')).toBe(String(Math.ceil((clock + 200) / 1000)))
      expect((await get()).status).toBe(200)
      expect((await get()).status).toBe(429)
      clock += 199
      expect((await get()).status).toBe(429)
      clock += 1
      const fresh = await get()
      expect(fresh.status).toBe(200)
      expect(fresh.headers.get('x-rate-limit-remaining')).toBe('1')
      // The OAuth timestamp window follows the same clock: a real-time timestamp is far off it.
      const stale = await call(timed, 'GET', SHOW_USER, { params: { screen_name: 'twitterapi' } })
      expect(stale.status).toBe(401)
      expect(errorOf(stale).code).toBe(135)
    } finally {
      await timed.close()
    }
  })

  it('reports the limits in application/rate_limit_status', async () => {
    const reply = await call(emu, 'GET', '/1.1/application/rate_limit_status.json', { params: { resources: 'users' } })
    expect(reply.status).toBe(200)
    const users = reply.json().resources.users as Record<string, { limit: number; remaining: number }>
    expect(users['/users/show/:id']).toMatchObject({ limit: 2, remaining: 0 })
    expect(Object.keys(reply.json().resources)).toEqual(['users'])
  })
})

describe('faults', () => {
  let emu: Emulator
  let tweetId: string
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 })
    tweetId = [...emu.state.tweets.keys()][0]!
  })
  afterAll(() => emu.close())
  afterEach(() => emu.faults.clear())

  const showStatus = () => call(emu, 'GET', `/1.1/statuses/show/${tweetId}.json`)
  const showUser = () => call(emu, 'GET', SHOW_USER, { params: { screen_name: 'twitterapi' } })

  /** A raw signed fetch, for the faults that break the body or the connection. */
  function rawShowStatus(): Promise<Response> {
    const url = `${emu.url}/1.1/statuses/show/${tweetId}.json`
    return fetch(url, { headers: { authorization: authHeader('GET', url, {}, userKeys(emu)) } })
  }

  it('answers a status with Twitter\'s error body once, then normally', async () => {
    emu.faults.add({ route: 'show_status', status: 503 })
    const faulted = await showStatus()
    expect(faulted.status).toBe(503)
    expect(faulted.headers.get('content-type')).toMatch(/^application\/json/)
    expect(faulted.json()).toEqual({ errors: [{ code: 130, message: 'Over capacity' }] })
    const normal = await showStatus()
    expect(normal.status).toBe(200)
    expect(normal.json().id_str).toBe(tweetId)
  })

  it('uses code 88 for a 429 fault and a literal body when given one', async () => {
    emu.faults.add({ route: 'show_status', status: 429 })
    emu.faults.add({ route: 'show_user', status: 500, body: '{"custom":true}' })
    expect(errorOf(await showStatus()).code).toBe(88)
    const literal = await showUser()
    expect(literal.status).toBe(500)
    expect(literal.text).toBe('{"custom":true}')
  })

  it('answers an HTML page with body: "html"', async () => {
    emu.faults.add({ route: 'show_status', status: 502, body: 'html' })
    const reply = await showStatus()
    expect(reply.status).toBe(502)
    expect(reply.headers.get('content-type')).toMatch(/^text\/html/)
    expect(reply.text).toMatch(/^<!DOCTYPE html>/)
    expect(() => reply.json()).toThrow()
  })

  it('truncates the body: fewer bytes than content-length, and the body read rejects', async () => {
    const full = await rawShowStatus()
    const fullLength = (await full.arrayBuffer()).byteLength
    emu.faults.add({ route: 'show_status', truncate: true })
    const res = await rawShowStatus()
    expect(res.status).toBe(200)
    const declared = Number(res.headers.get('content-length'))
    expect(declared).toBe(fullLength)
    let received = 0
    const reader = res.body!.getReader()
    const read = (async () => {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return
        received += value.byteLength
      }
    })()
    await expect(read).rejects.toThrow()
    expect(received).toBeLessThan(declared)
    expect(received).toBeGreaterThan(0)
    // The next call is whole again.
    const again = await rawShowStatus()
    expect((await again.arrayBuffer()).byteLength).toBe(fullLength)
  })

  it('a truncated fault status body also rejects when read', async () => {
    emu.faults.add({ route: 'show_status', status: 503, truncate: true })
    const res = await rawShowStatus()
    expect(res.status).toBe(503)
    await expect(res.text()).rejects.toThrow()
  })

  it('resets the connection with reset: true (a network error)', async () => {
    emu.faults.add({ route: 'show_status', reset: true })
    await expect(rawShowStatus()).rejects.toThrow()
    expect((await showStatus()).status).toBe(200)
  })

  it('delays the answer with delayMs, then handles the call normally', async () => {
    emu.faults.add({ route: 'show_status', delayMs: 150 })
    const started = performance.now()
    const reply = await showStatus()
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    expect(reply.status).toBe(200)
  })

  it('matches "METHOD /path" and "*"', async () => {
    emu.faults.add({ route: 'GET /1.1/users/show.json', status: 500 })
    expect((await showStatus()).status).toBe(200)
    const byPath = await showUser()
    expect(byPath.status).toBe(500)
    expect(errorOf(byPath).code).toBe(131)
    expect((await showUser()).status).toBe(200)

    emu.faults.add({ route: 'POST /1.1/users/show.json', status: 500 })
    expect((await showUser()).status).toBe(200)
    emu.faults.clear()

    emu.faults.add({ route: '*', status: 401 })
    const any = await call(emu, 'GET', '/1.1/help/configuration.json')
    expect(any.status).toBe(401)
    expect(errorOf(any).code).toBe(32)
    expect((await call(emu, 'GET', '/1.1/help/configuration.json')).status).toBe(200)
  })

  it('plays a fault on the next `times` calls only', async () => {
    emu.faults.add({ route: 'show_status', status: 503, times: 2 })
    expect((await showStatus()).status).toBe(503)
    expect((await showUser()).status).toBe(200)
    expect((await showStatus()).status).toBe(503)
    expect((await showStatus()).status).toBe(200)
  })

  it('is driven by the admin route: POST and DELETE /_emulator/faults', async () => {
    const added = await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ route: 'show_status', status: 503, times: 5 }) })
    expect(added.status).toBe(201)
    expect(await added.json()).toEqual({ pending: 1 })
    expect(emu.faults.pending).toBe(1)
    expect((await showStatus()).status).toBe(503)
    const cleared = await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' })
    expect(cleared.status).toBe(200)
    expect((await showStatus()).status).toBe(200)

    const form = await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'route=show_user&status=500' })
    expect(form.status).toBe(201)
    // Form values are strings; the status still applies.
    expect((await showUser()).status).toBe(500)

    // Form values arrive as strings: numbers and booleans must still mean what they say.
    emu.faults.clear()
    const typed = await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'route=show_status&status=429&times=2&truncate=false' })
    expect(typed.status).toBe(201)
    for (let i = 0; i < 2; i++) {
      const limited = await showStatus()
      expect(limited.status).toBe(429)
      expect(errorOf(limited).code).toBe(88)
    }
    expect((await showStatus()).status).toBe(200)

    const bad = await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 500 }) })
    expect(bad.status).toBe(400)
  })
})
