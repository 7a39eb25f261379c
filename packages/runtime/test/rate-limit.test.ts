/**
 * The rate-limit budget: the memory store's rules, and the core's hook against a local server that counts
 * in fixed windows as X does (wait for a spent window, maxWaitMs, abort, a 429 waited out and retried
 * once, a failing store degrading to the in-process budget, keys without secrets).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Core } from '../src/core.js'
import { TwythonRateLimitError } from '../src/errors.js'
import { MemoryRateLimitStore, PROBE_MS, PROBE_POLL_MS, type RateLimitStore } from '../src/rate-limit/index.js'
import type { Route } from '../src/route.js'
import { MemoryTokenStore, type OAuth2Token, type TokenStore } from '../src/oauth2/token.js'
import { startServer, type TestServer } from './server.js'

const secrets = { appKey: 'app-key', appSecret: 'app-secret-SHOULD-NOT-LEAK', oauthToken: 'user-token', oauthTokenSecret: 'token-secret-SHOULD-NOT-LEAK' }
const showStatus: Route = { id: 'show_status', method: 'GET', path: 'statuses/show/:id', rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 450, per: 'app' }] }

describe('MemoryRateLimitStore', () => {
  it('seeds a window, spends it, refuses when spent and says when it resets', async () => {
    let now = 1000
    const store = new MemoryRateLimitStore({ now: () => now })
    const seed = { key: 'k', limit: 2, windowMs: 500 }
    expect(await store.reserve([seed])).toEqual({ ok: true })
    // A window known only from the seed lets one request probe it; the others look again shortly.
    expect(await store.reserve([seed])).toEqual({ ok: false, retryInMs: PROBE_POLL_MS, key: 'k' })
    await store.observe([{ key: 'k', limit: 2, remaining: 1, resetInMs: 500 }])
    expect(await store.reserve([seed])).toEqual({ ok: true })
    expect(await store.reserve([seed])).toEqual({ ok: false, retryInMs: 500, key: 'k' })
    now += 500
    expect(await store.reserve([seed])).toEqual({ ok: true })
    expect(await store.reserve([seed])).toEqual({ ok: true })
  })

  it('takes from every window or from none', async () => {
    const store = new MemoryRateLimitStore({ now: () => 0 })
    const a = { key: 'a', limit: 5, windowMs: 100 }
    const b = { key: 'b', limit: 1, windowMs: 200 }
    expect((await store.reserve([a, b])).ok).toBe(true)
    expect(await store.reserve([a, b])).toEqual({ ok: false, retryInMs: 200, key: 'b' })
    expect(await store.peek(['a', 'b'])).toEqual([{ limit: 5, remaining: 4, resetInMs: 100 }, { limit: 1, remaining: 0, resetInMs: 200 }])
  })

  it('lets a response fix a seeded window, keeps in-flight requests spent, and learns the limit and length', async () => {
    let now = 0
    const store = new MemoryRateLimitStore({ now: () => now })
    const seed = { key: 'k', limit: 900, windowMs: 900_000 }
    await store.reserve([seed])
    // No answer to the probe within PROBE_MS: the seed is trusted.
    now = PROBE_MS
    expect((await store.reserve([seed])).ok).toBe(true)
    expect((await store.reserve([seed])).ok).toBe(true)
    now = PROBE_MS + 10
    // The server counted one of the three so far and has a 3-second window.
    await store.observe([{ key: 'k', limit: 10, remaining: 9, resetInMs: 3000 }])
    expect(await store.peek(['k'])).toEqual([{ limit: 10, remaining: 7, resetInMs: 3000 }])
    // A later answer of the same window never pulls the reset earlier, and a lower count wins.
    await store.observe([{ key: 'k', limit: 10, remaining: 5, resetInMs: 2000 }])
    expect(await store.peek(['k'])).toEqual([{ limit: 10, remaining: 5, resetInMs: 3000 }])
    // A late answer from a window already over is ignored.
    await store.observe([{ key: 'k', limit: 10, remaining: 0, resetInMs: -5 }])
    expect((await store.peek(['k']))[0]!.remaining).toBe(5)
    now = PROBE_MS + 3010
    // A new window starts from what was learned (10 per window of the observed length, measured from the
    // first reservation), not from the seed, and needs no probe.
    await store.reserve([seed])
    await store.reserve([seed])
    expect(await store.peek(['k'])).toEqual([{ limit: 10, remaining: 8, resetInMs: PROBE_MS + 3010 }])
  })

  it('does not constrain with an unknown seed until a response describes the window', async () => {
    const store = new MemoryRateLimitStore({ now: () => 0 })
    const unknown = { key: 'u', limit: -1, windowMs: 900_000 }
    expect(await store.reserve([unknown])).toEqual({ ok: true })
    expect(await store.peek(['u'])).toEqual([undefined])
    await store.observe([{ key: 'u', limit: 1, remaining: 0, resetInMs: 50 }])
    expect(await store.reserve([unknown])).toEqual({ ok: false, retryInMs: 50, key: 'u' })
  })
})

/** A server that counts calls in fixed windows per Authorization token, as X does. */
function limitedServer(server: TestServer, limit: number, windowMs: number) {
  let window = { reset: 0, used: 0 }
  const log = { served: 0, refused: 0 }
  server.respond((_req, res) => {
    const now = Date.now()
    if (window.reset <= now) window = { reset: now + windowMs, used: 0 }
    const spent = window.used >= limit
    if (!spent) window.used++
    const headers = { 'content-type': 'application/json', 'x-rate-limit-limit': String(limit), 'x-rate-limit-remaining': String(limit - window.used), 'x-rate-limit-reset': String(Math.ceil(window.reset / 1000)) }
    if (spent) log.refused++
    else log.served++
    res.writeHead(spent ? 429 : 200, headers)
    res.end(spent ? JSON.stringify({ errors: [{ code: 88, message: 'Rate limit exceeded' }] }) : '{"id_str":"20"}')
  })
  return log
}

let server: TestServer
beforeEach(async () => {
  server = await startServer()
})
afterEach(() => server.close())

const coreWith = (rateLimit: ConstructorParameters<typeof Core>[0] extends infer O ? (O extends { rateLimit?: infer R } ? R : never) : never) => new Core({ ...secrets, hosts: { api: server.origin }, rateLimit })

describe('the budget in the core', () => {
  it('reads every response into the budget, readable per route, without waiting by default', async () => {
    limitedServer(server, 2, 60_000)
    const core = new Core({ ...secrets, hosts: { api: server.origin } })
    expect(await core.rateLimits.get(showStatus)).toMatchObject({ limit: 900, remaining: 900 })
    await core.call(showStatus, { id: '20' })
    const status = await core.rateLimits.get(showStatus)
    expect(status).toMatchObject({ limit: 2, remaining: 1 })
    expect(status!.resetAt).toBeGreaterThan(Date.now())
    await core.call(showStatus, { id: '20' })
    // Off by default: the spent window is sent anyway and the server's 429 comes back.
    await expect(core.call(showStatus, { id: '20' })).rejects.toBeInstanceOf(TwythonRateLimitError)
    expect(server.requests).toHaveLength(3)
  })

  it('waits for a spent window to reset, so the server refuses nothing', async () => {
    const log = limitedServer(server, 2, 400)
    const core = coreWith({ wait: true })
    const results = await Promise.all(Array.from({ length: 7 }, () => core.call<{ id_str: string }>(showStatus, { id: '20' })))
    expect(results.every((r) => r.id_str === '20')).toBe(true)
    expect(log).toEqual({ served: 7, refused: 0 })
  })

  it('rejects without sending when the reset is further than maxWaitMs', async () => {
    limitedServer(server, 1, 60_000)
    const core = coreWith({ wait: true, maxWaitMs: 50 })
    await core.call(showStatus, { id: '20' })
    const error = await core.call(showStatus, { id: '20' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonRateLimitError)
    expect((error as TwythonRateLimitError).message).toMatch(/show_status.*maxWaitMs.*not sent/)
    expect((error as TwythonRateLimitError).retryAfter).toBeGreaterThan(Date.now() / 1000)
    expect(server.requests).toHaveLength(1)
  })

  it('stops waiting when the call is aborted, and sends nothing', async () => {
    limitedServer(server, 1, 60_000)
    const core = coreWith({ wait: true })
    await core.call(showStatus, { id: '20' })
    const controller = new AbortController()
    const pending = core.call(showStatus, { id: '20' }, { signal: controller.signal })
    setTimeout(() => controller.abort(new Error('stop')), 20)
    await expect(pending).rejects.toThrow('stop')
    expect(server.requests).toHaveLength(1)
  })

  it('waits out a 429 it did not foresee and retries once; a second 429 is thrown', async () => {
    // Another client spent the window: the first answer is already a 429.
    let calls = 0
    server.respond((_req, res) => {
      calls++
      const reset = String(Math.ceil((Date.now() + 300) / 1000))
      if (calls === 1) {
        res.writeHead(429, { 'content-type': 'application/json', 'x-rate-limit-limit': '5', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': reset })
        return res.end('{"errors":[{"code":88,"message":"Rate limit exceeded"}]}')
      }
      res.writeHead(200, { 'content-type': 'application/json', 'x-rate-limit-limit': '5', 'x-rate-limit-remaining': '4', 'x-rate-limit-reset': reset })
      res.end('{"id_str":"20"}')
    })
    const core = coreWith({ wait: true })
    await expect(core.call(showStatus, { id: '20' })).resolves.toEqual({ id_str: '20' })
    expect(calls).toBe(2)

    server.respond((_req, res) => {
      calls++
      res.writeHead(429, { 'content-type': 'application/json', 'x-rate-limit-limit': '5', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.ceil((Date.now() + 200) / 1000)) })
      res.end('{"errors":[{"code":88,"message":"Rate limit exceeded"}]}')
    })
    calls = 0
    await expect(coreWith({ wait: true }).call(showStatus, { id: '20' })).rejects.toBeInstanceOf(TwythonRateLimitError)
    expect(calls).toBe(2)
  })

  it('goes on with the in-process budget, with one warning, when the shared store fails', async () => {
    const log = limitedServer(server, 3, 400)
    let failing = true
    const inner = new MemoryRateLimitStore()
    const flaky: RateLimitStore = {
      reserve: (w) => (failing ? Promise.reject(new Error('connection refused')) : inner.reserve(w)),
      observe: (o) => (failing ? Promise.reject(new Error('connection refused')) : inner.observe(o)),
      peek: (k) => (failing ? Promise.reject(new Error('connection refused')) : inner.peek(k)),
    }
    const warnings: string[] = []
    const onWarning = (w: Error) => {
      if ((w as { code?: string }).code === 'TWYTHON_RATE_LIMIT_STORE') warnings.push(w.message)
    }
    process.on('warning', onWarning)
    try {
      const core = coreWith({ wait: true, store: flaky })
      for (let i = 0; i < 5; i++) await core.call(showStatus, { id: '20' })
      expect(core.rateLimits.degraded).toBe(true)
      failing = false
      await new Promise((r) => setTimeout(r, 1100))
      await core.call(showStatus, { id: '20' })
      expect(core.rateLimits.degraded).toBe(false)
      await new Promise((r) => setImmediate(r))
      expect(warnings).toHaveLength(2)
      expect(warnings[0]).toMatch(/connection refused.*own budget/)
      expect(warnings[1]).toMatch(/answers again/)
      expect(log.refused).toBe(0)
      expect(log.served).toBe(6)
    } finally {
      process.off('warning', onWarning)
    }
  })

  it('while the shared store fails, waits out 429s as often as maxWaitMs allows, so an outage costs no call', async () => {
    let calls = 0
    server.respond((_req, res) => {
      calls++
      const reset = String(Math.ceil((Date.now() + 100) / 1000))
      const spent = calls <= 3
      res.writeHead(spent ? 429 : 200, { 'content-type': 'application/json', 'x-rate-limit-limit': '5', 'x-rate-limit-remaining': spent ? '0' : '4', 'x-rate-limit-reset': reset })
      res.end(spent ? '{"errors":[{"code":88,"message":"Rate limit exceeded"}]}' : '{"id_str":"20"}')
    })
    const down: RateLimitStore = { reserve: () => Promise.reject(new Error('down')), observe: () => Promise.reject(new Error('down')), peek: () => Promise.reject(new Error('down')) }
    const onWarning = () => {}
    process.on('warning', onWarning)
    try {
      await expect(coreWith({ wait: true, store: down }).call(showStatus, { id: '20' })).resolves.toEqual({ id_str: '20' })
      expect(calls).toBe(4)
    } finally {
      process.off('warning', onWarning)
    }
  })

  it('reads the 24-hour app and user headers into their own windows, and waits on them too', async () => {
    const createTweet: Route = { id: 'createPosts', method: 'POST', path: '/2/tweets', host: 'v2', rateLimits: [{ windowSeconds: 900, limit: 100, per: 'user' }, { windowSeconds: 86_400, limit: 10_000, per: 'app' }] }
    const day = String(Math.ceil(Date.now() / 1000) + 86_400)
    server.respond((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '99', 'x-rate-limit-reset': String(Math.ceil(Date.now() / 1000) + 900),
        'x-app-limit-24hour-limit': '10000', 'x-app-limit-24hour-remaining': '0', 'x-app-limit-24hour-reset': day,
        'x-user-limit-24hour-limit': '17', 'x-user-limit-24hour-remaining': '16', 'x-user-limit-24hour-reset': day,
      })
      res.end('{}')
    })
    const core = coreWith({ wait: true, maxWaitMs: 60_000 })
    // The v2 call path is not this test's: the budget needs only the route's id and windows.
    const createTweetOnApi: Route = { ...createTweet, host: 'api', path: 'statuses/update' }
    await core.call(createTweetOnApi, {})
    const all = await core.rateLimits.getAll(createTweetOnApi)
    expect(all.map((w) => [w.per, w.windowSeconds, w.limit, w.remaining])).toEqual([
      ['user', 900, 100, 99],
      ['app', 86_400, 10_000, 0],
      ['user', 86_400, 17, 16],
    ])
    expect(await core.rateLimits.get(createTweetOnApi)).toMatchObject({ limit: 10_000, remaining: 0 })
    // The app's day is spent: a day is beyond maxWaitMs, so the next call rejects unsent.
    await expect(core.call(createTweetOnApi, {})).rejects.toThrow(/maxWaitMs/)
    expect(server.requests).toHaveLength(1)
  })

  it('budgets X API v2 calls too, and waits on them', async () => {
    const getTweet: Route = { id: 'getTweet', method: 'GET', path: '/2/tweets/{id}', host: 'v2', security: [{ scheme: 'oauth1_user' }], query: [], rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }] }
    const log = limitedServer(server, 1, 60_000)
    const core = new Core({ ...secrets, hosts: { api: server.origin, v2: server.origin }, rateLimit: { wait: true, maxWaitMs: 50 } })
    await core.call(getTweet, { id: '20' })
    expect(server.requests[0]!.url.pathname).toBe('/2/tweets/20')
    expect(await core.rateLimits.get(getTweet)).toMatchObject({ limit: 1, remaining: 0 })
    await expect(core.call(getTweet, { id: '20' })).rejects.toThrow(/getTweet.*maxWaitMs/)
    expect(log).toEqual({ served: 1, refused: 0 })
  })

  it('keys budgets by hashes: no key, token or secret appears in them', async () => {
    limitedServer(server, 5, 60_000)
    const core = coreWith({})
    await core.call(showStatus, { id: '20' })
    const keys = (await core.rateLimits.getAll(showStatus)).map((w) => w.key)
    expect(keys.length).toBeGreaterThan(0)
    for (const key of keys) for (const value of Object.values(secrets)) expect(key).not.toContain(value)
    const bearer = new Core({ accessToken: 'AAAA-bearer-SHOULD-NOT-LEAK', hosts: { api: server.origin } })
    for (const w of await bearer.rateLimits.getAll(showStatus)) expect(w.key).not.toContain('AAAA')
    // App-only calls spend the app's window, user calls the user's.
    expect((await bearer.rateLimits.get(showStatus))!.limit).toBe(450)
  })
})

describe('the budget of OAuth 2.0 user tokens', () => {
  const getTweet: Route = { id: 'getTweet', method: 'GET', path: '/2/tweets/{id}', host: 'v2', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read'] }], query: [], rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }] }
  const token = (accessToken: string): OAuth2Token => ({ accessToken, tokenType: 'bearer', scopes: ['tweet.read'], expiresAt: Date.now() + 3_600_000 })
  /** X counts each user's calls apart: one call per window per bearer token here. */
  function perUserServer() {
    const used = new Map<string, number>()
    server.respond((req, res) => {
      const who = String(req.headers.authorization)
      const n = (used.get(who) ?? 0) + 1
      used.set(who, n)
      res.writeHead(n > 1 ? 429 : 200, { 'content-type': 'application/json', 'x-rate-limit-limit': '1', 'x-rate-limit-remaining': String(Math.max(0, 1 - n)), 'x-rate-limit-reset': String(Math.ceil((Date.now() + 60_000) / 1000)) })
      res.end(n > 1 ? '{"title":"Too Many Requests","status":429}' : '{"data":{"id":"20","text":"hi"}}')
    })
  }
  const userCore = (store: TokenStore, shared: MemoryRateLimitStore) => new Core({ clientId: 'client-1', tokenStore: store, hosts: { v2: server.origin }, rateLimit: { wait: true, maxWaitMs: 50, store: shared } })

  it('two users of one app on one shared store each spend their own window, and no token is in a key', async () => {
    perUserServer()
    const shared = new MemoryRateLimitStore()
    const alice = userCore(new MemoryTokenStore(token('alice-access-SHOULD-NOT-LEAK')), shared)
    const bob = userCore(new MemoryTokenStore(token('bob-access-SHOULD-NOT-LEAK')), shared)
    await alice.call(getTweet, { id: '20' })
    // Bob's window is his own: Alice's spent one does not hold him back.
    await bob.call(getTweet, { id: '20' })
    // Alice's is spent: refused here, before X says 429.
    await expect(alice.call(getTweet, { id: '20' })).rejects.toThrow(/getTweet.*maxWaitMs/)
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer alice-access-SHOULD-NOT-LEAK', 'Bearer bob-access-SHOULD-NOT-LEAK'])
    const keys = [...(await alice.rateLimits.getAll(getTweet)), ...(await bob.rateLimits.getAll(getTweet))].map((w) => w.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of keys) expect(key).not.toMatch(/SHOULD-NOT-LEAK|alice|bob/)
  })

  it('a token store with an id names the user in every process: two clients on one id share its window', async () => {
    perUserServer()
    const shared = new MemoryRateLimitStore()
    const named = (accessToken: string): TokenStore => Object.assign(new MemoryTokenStore(token(accessToken)), { id: 'redis:twython:oauth2:user-42' })
    // Two processes of one bot, each holding the user's token (here two copies of it under one store id).
    const first = userCore(named('user42-access'), shared)
    const second = userCore(named('user42-access-copy'), shared)
    await first.call(getTweet, { id: '20' })
    await expect(second.call(getTweet, { id: '20' })).rejects.toThrow(/getTweet.*maxWaitMs/)
    expect(server.requests).toHaveLength(1)
    for (const w of await second.rateLimits.getAll(getTweet)) expect(w.key).not.toContain('user-42')
  })
})
