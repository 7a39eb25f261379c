/**
 * OAuth 2.0 with PKCE against a token server written here: it checks the S256 challenge with its own
 * SHA-256, reads the form bodies and the client authentication itself, and counts refreshes.
 */
import { createHash } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { inspect } from 'node:util'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Core } from '../src/core.js'
import { TwythonAuthError, TwythonError } from '../src/errors.js'
import { MemoryTokenStore, type OAuth2Token, type TokenStore } from '../src/oauth2/token.js'
import { codeChallengeS256, createCodeVerifier, isCodeVerifier } from '../src/oauth2/pkce.js'
import { checkRouteScopes, TwythonScopeError } from '../src/oauth2/scopes.js'
import type { Route } from '../src/route.js'
import { startServer, type Recorded, type TestServer } from './server.js'

const CLIENT_ID = 'client-id-123'
const CLIENT_SECRET = 'client-secret-SHOULD-NOT-LEAK-9f8e7d'

let server: TestServer
beforeEach(async () => {
  server = await startServer()
})
afterEach(() => server.close())

const form = (req: Recorded) => Object.fromEntries(new URLSearchParams(req.body.toString('utf8')))
const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' })
  res.end(JSON.stringify(body))
}
const basicOf = (req: Recorded) => {
  const m = /^Basic (.+)$/.exec(req.headers.authorization ?? '')
  if (!m) return undefined
  const [id, secret] = Buffer.from(m[1]!, 'base64').toString('utf8').split(':')
  return { id: decodeURIComponent(id!), secret: decodeURIComponent(secret!) }
}

/** Access tokens `at-N` and refresh tokens `rt-N`; every refresh token works once. */
function tokenServer(options: { expiresIn?: number; api?: (req: Recorded, res: ServerResponse, token: string) => unknown } = {}) {
  const stats = { refreshes: 0, refused: 0, exchanges: 0, apiCalls: 0, apiTokens: [] as string[] }
  let n = 0
  const live = new Set<string>()
  const spent = new Set<string>()
  const issue = () => {
    n += 1
    live.add(`rt-${n}`)
    return { token_type: 'bearer', expires_in: options.expiresIn ?? 7200, access_token: `at-${n}`, scope: 'tweet.read users.read offline.access', refresh_token: `rt-${n}` }
  }
  server.respond(async (req, res) => {
    if (req.url.pathname === '/2/oauth2/token') {
      const f = form(req)
      if (f.grant_type === 'refresh_token') {
        if (!live.has(f.refresh_token!) || spent.has(f.refresh_token!)) {
          stats.refused += 1
          return send(res, 400, { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' })
        }
        spent.add(f.refresh_token!)
        stats.refreshes += 1
        // A slow token endpoint makes concurrent callers overlap for sure.
        await new Promise((r) => setTimeout(r, 30))
        return send(res, 200, issue())
      }
      stats.exchanges += 1
      return send(res, 200, issue())
    }
    stats.apiCalls += 1
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '')
    stats.apiTokens.push(token)
    if (options.api) return options.api(req, res, token)
    send(res, 200, { data: { id: '1', token } })
  })
  return { stats, seed: (): OAuth2Token => ({ ...fromBody(issue()) }) }
}

function fromBody(b: { access_token: string; refresh_token: string; expires_in: number }): OAuth2Token {
  return { accessToken: b.access_token, refreshToken: b.refresh_token, expiresAt: Date.now() + b.expires_in * 1000, scopes: ['tweet.read', 'users.read', 'offline.access'], tokenType: 'bearer' }
}

const hosts = () => ({ api: server.origin, v2: server.origin, authorize: 'https://x.example' })
const me = (core: Core) => core.request<{ data: { token: string } }>(`${server.origin}/2/users/me`)

describe('the authorization URL', () => {
  it('carries response_type, client_id, redirect_uri, space-separated scope, state and an S256 challenge of an RFC 7636 verifier', () => {
    const core = new Core({ clientId: CLIENT_ID, hosts: hosts() })
    const a = core.oauth2!.authorizationUrl({ callbackUrl: 'http://127.0.0.1:8080/cb?x=1', scopes: ['tweet.read', 'users.read', 'offline.access'] })
    const url = new URL(a.url)
    expect(`${url.origin}${url.pathname}`).toBe('https://x.example/i/oauth2/authorize')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: 'http://127.0.0.1:8080/cb?x=1',
      scope: 'tweet.read users.read offline.access',
      state: a.state,
      code_challenge: s256(a.codeVerifier),
      code_challenge_method: 'S256',
    })
    // Spaces travel as %20, as X's examples write them.
    expect(a.url).toContain('scope=tweet.read%20users.read%20offline.access')
    expect(a.codeVerifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/)
    expect(a.state.length).toBeGreaterThanOrEqual(32)
    const b = core.oauth2!.authorizationUrl({ callbackUrl: 'http://127.0.0.1:8080/cb', scopes: ['tweet.read'] })
    expect(b.state).not.toBe(a.state)
    expect(b.codeVerifier).not.toBe(a.codeVerifier)
    expect(core.oauth2!.authorizationUrl({ callbackUrl: 'https://a/cb', scopes: ['tweet.read'], state: 'mine' }).state).toBe('mine')
  })

  it('refuses a missing callback, no scopes, a bad verifier and a missing client id', () => {
    const core = new Core({ clientId: CLIENT_ID, hosts: hosts() })
    expect(() => core.oauth2!.authorizationUrl({ callbackUrl: '', scopes: ['tweet.read'] })).toThrow(/callbackUrl/)
    expect(() => core.oauth2!.authorizationUrl({ callbackUrl: 'https://a/cb', scopes: [] })).toThrow(/at least one scope/)
    expect(() => core.oauth2!.authorizationUrl({ callbackUrl: 'https://a/cb', scopes: ['tweet.read'], codeVerifier: 'short' })).toThrow(/43 to 128/)
    expect(() => new Core({ oauth2Token: { accessToken: 'a', expiresAt: 1, scopes: [], tokenType: 'bearer' } }).oauth2!.authorizationUrl({ callbackUrl: 'https://a/cb', scopes: ['x'] })).toThrow(/clientId/)
  })
})

describe('the token requests', () => {
  it('a public client sends client_id, code, redirect_uri and code_verifier in a form, with no Authorization', async () => {
    const { stats } = tokenServer()
    const core = new Core({ clientId: CLIENT_ID, hosts: hosts() })
    const { codeVerifier } = core.oauth2!.authorizationUrl({ callbackUrl: 'http://127.0.0.1/cb', scopes: ['tweet.read'] })
    const before = Date.now()
    const token = await core.oauth2!.exchange({ code: 'CODE-1', codeVerifier, callbackUrl: 'http://127.0.0.1/cb' })
    const req = server.requests[0]!
    expect(`${req.method} ${req.url.pathname}`).toBe('POST /2/oauth2/token')
    expect(req.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/)
    expect(req.headers.authorization).toBeUndefined()
    expect(form(req)).toEqual({ grant_type: 'authorization_code', code: 'CODE-1', redirect_uri: 'http://127.0.0.1/cb', code_verifier: codeVerifier, client_id: CLIENT_ID })
    expect(stats.exchanges).toBe(1)
    expect(token).toMatchObject({ accessToken: 'at-1', refreshToken: 'rt-1', scopes: ['tweet.read', 'users.read', 'offline.access'], tokenType: 'bearer' })
    expect(token.expiresAt).toBeGreaterThanOrEqual(before + 7200_000)
    expect(token.expiresAt).toBeLessThanOrEqual(Date.now() + 7200_000)
  })

  it('a confidential client authenticates with HTTP Basic (client id and secret) on exchange, refresh and revoke', async () => {
    tokenServer()
    const core = new Core({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, hosts: hosts(), tokenStore: new MemoryTokenStore() })
    await core.oauth2!.exchange({ code: 'C', codeVerifier: 'v'.repeat(43), callbackUrl: 'https://a/cb' })
    await core.oauth2!.refreshNow()
    server.respond((_req, res) => send(res, 200, { revoked: true }))
    await core.oauth2!.revoke()
    expect(server.requests.map((r) => basicOf(r))).toEqual(Array(4).fill({ id: CLIENT_ID, secret: CLIENT_SECRET }))
    expect(form(server.requests[1]!)).toEqual({ grant_type: 'refresh_token', refresh_token: 'rt-1', client_id: CLIENT_ID })
    expect(server.requests.slice(2).map((r) => `${r.url.pathname} ${JSON.stringify(form(r))}`)).toEqual([
      `/2/oauth2/revoke {"token":"rt-2","token_type_hint":"refresh_token","client_id":"${CLIENT_ID}"}`,
      `/2/oauth2/revoke {"token":"at-2","token_type_hint":"access_token","client_id":"${CLIENT_ID}"}`,
    ])
  })

  it('a refused code is a TwythonAuthError with X\'s words and no secret in it', async () => {
    server.respond((_req, res) => send(res, 400, { error: 'invalid_request', error_description: 'Value passed for the authorization code was invalid.' }))
    const core = new Core({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, hosts: hosts() })
    const verifier = 'V'.repeat(60)
    const error = await core.oauth2!.exchange({ code: 'SECRET-CODE', codeVerifier: verifier, callbackUrl: 'https://a/cb' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonAuthError)
    expect((error as Error).message).toMatch(/invalid_request: Value passed for the authorization code was invalid/)
    expect((error as TwythonError).status).toBe(400)
    for (const secret of [CLIENT_SECRET, verifier, 'SECRET-CODE']) expect(inspect(error, { depth: 10 }) + JSON.stringify(error)).not.toContain(secret)
  })

  it('client_credentials needs a confidential client and returns the app-only bearer', async () => {
    server.respond((_req, res) => send(res, 200, { token_type: 'bearer', access_token: 'APP-BEARER' }))
    await expect(new Core({ clientId: CLIENT_ID, hosts: hosts() }).oauth2!.appToken({})).rejects.toThrow(/confidential client/)
    expect(server.requests).toHaveLength(0)
    await expect(new Core({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, hosts: hosts() }).oauth2!.appToken({})).resolves.toBe('APP-BEARER')
    expect(form(server.requests[0]!)).toEqual({ grant_type: 'client_credentials', client_id: CLIENT_ID })
    expect(basicOf(server.requests[0]!)).toEqual({ id: CLIENT_ID, secret: CLIENT_SECRET })
  })
})

describe('calls with a user token', () => {
  it('are signed with the bearer user token read from the store', async () => {
    const { seed } = tokenServer()
    const store = new MemoryTokenStore()
    const core = new Core({ clientId: CLIENT_ID, oauth2Token: seed(), tokenStore: store, hosts: hosts() })
    expect(core.authKind).toBe('oauth2_user')
    await expect(me(core)).resolves.toEqual({ data: { id: '1', token: 'at-1' } })
    // Another process (or the app) put a newer token in the store: the next call uses it.
    await store.set({ ...seed() })
    await expect(me(core)).resolves.toEqual({ data: { id: '1', token: 'at-2' } })
  })

  it('refresh shortly before expiresAt, and the rotated token is stored before it is used', async () => {
    const store = new MemoryTokenStore()
    const seen: (string | undefined)[] = []
    const { stats, seed } = tokenServer({
      api: async (_req, res, token) => {
        seen.push((await store.get())?.accessToken)
        send(res, 200, { token })
      },
    })
    const expiring = { ...seed(), expiresAt: Date.now() + 5_000 }
    const core = new Core({ clientId: CLIENT_ID, oauth2Token: expiring, tokenStore: store, hosts: hosts() })
    await expect(me(core)).resolves.toEqual({ token: 'at-2' })
    expect(stats.refreshes).toBe(1)
    expect(seen).toEqual(['at-2'])
    expect((await store.get())?.refreshToken).toBe('rt-2')
    await me(core)
    expect(stats.refreshes).toBe(1)
  })

  it('a token endpoint that is down does not fail a call the current token can still make', async () => {
    const { stats, seed } = tokenServer()
    const token = { ...seed(), expiresAt: Date.now() + 10_000 }
    server.respond((req, res) => (req.url.pathname === '/2/oauth2/token' ? send(res, 503, { title: 'Service Unavailable' }) : send(res, 200, { token: (req.headers.authorization ?? '').replace(/^Bearer /, '') })))
    const core = new Core({ clientId: CLIENT_ID, oauth2Token: token, hosts: hosts() })
    await expect(me(core)).resolves.toEqual({ token: token.accessToken })
    expect(server.requests.map((r) => r.url.pathname)).toEqual(['/2/oauth2/token', '/2/users/me'])
    // Once it has really expired, the failure is the caller's to see.
    const expired = new Core({ clientId: CLIENT_ID, oauth2Token: { ...token, expiresAt: Date.now() - 1 }, hosts: hosts() })
    await expect(me(expired)).rejects.toMatchObject({ status: 503 })
    expect(stats.refreshes).toBe(0)
  })

  it('refresh once on a 401 and send again; a second 401 is reported, not looped', async () => {
    let rejectAll = false
    const { stats, seed } = tokenServer({
      api: (_req, res, token) => (rejectAll || token === 'at-1' ? send(res, 401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }) : send(res, 200, { token })),
    })
    const core = new Core({ clientId: CLIENT_ID, oauth2Token: seed(), hosts: hosts() })
    await expect(me(core)).resolves.toEqual({ token: 'at-2' })
    expect(stats).toMatchObject({ refreshes: 1, apiCalls: 2 })
    rejectAll = true
    const error = await me(core).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonAuthError)
    expect((error as TwythonError).status).toBe(401)
    expect(stats).toMatchObject({ refreshes: 2, apiCalls: 4 })
  })

  it('50 concurrent calls with an expired token cause exactly one refresh, and all use the new token', async () => {
    const { stats, seed } = tokenServer()
    const core = new Core({ clientId: CLIENT_ID, oauth2Token: { ...seed(), expiresAt: Date.now() - 1 }, hosts: hosts() })
    const results = await Promise.all(Array.from({ length: 50 }, () => me(core)))
    expect(stats.refreshes).toBe(1)
    expect(stats.refused).toBe(0)
    expect(new Set(results.map((r) => r.data.token))).toEqual(new Set(['at-2']))
    expect(stats.apiTokens).toHaveLength(50)
  })

  it('a caller that aborts during a refresh stops waiting; the refresh finishes and is stored for the others', async () => {
    const { stats, seed } = tokenServer()
    const store = new MemoryTokenStore()
    const core = new Core({ clientId: CLIENT_ID, oauth2Token: { ...seed(), expiresAt: Date.now() - 1 }, tokenStore: store, hosts: hosts() })
    const controller = new AbortController()
    const reason = new Error('user gave up')
    const first = core.request(`${server.origin}/2/users/me`, 'GET', {}, { signal: controller.signal }).catch((e: unknown) => e)
    const others = Promise.all(Array.from({ length: 5 }, () => me(core)))
    // The token server holds each refresh for a while: abort while it is in flight.
    while (stats.refreshes === 0) await new Promise((r) => setTimeout(r, 2))
    controller.abort(reason)
    expect(await first).toBe(reason)
    expect((await others).map((r) => r.data.token)).toEqual(Array(5).fill('at-2'))
    expect((await store.get())!.accessToken).toBe('at-2')
    expect(stats.refreshes).toBe(1)
  })

  it('two clients sharing one store in a process refresh once too', async () => {
    const { stats, seed } = tokenServer()
    const store = new MemoryTokenStore({ ...seed(), expiresAt: Date.now() - 1 })
    const a = new Core({ clientId: CLIENT_ID, tokenStore: store, hosts: hosts() })
    const b = new Core({ clientId: CLIENT_ID, tokenStore: store, hosts: hosts() })
    await Promise.all([...Array.from({ length: 10 }, () => me(a)), ...Array.from({ length: 10 }, () => me(b))])
    expect(stats.refreshes).toBe(1)
  })

  it('a store with withLock is refreshed inside the lock, and not at all if the token there moved on', async () => {
    const { stats, seed } = tokenServer()
    const inner = new MemoryTokenStore({ ...seed(), expiresAt: Date.now() - 1 })
    let locks = 0
    const store: TokenStore = {
      get: () => inner.get(),
      set: (t) => inner.set(t),
      async withLock(fn) {
        locks += 1
        return fn()
      },
    }
    const core = new Core({ clientId: CLIENT_ID, tokenStore: store, hosts: hosts() })
    await me(core)
    expect({ locks, refreshes: stats.refreshes }).toEqual({ locks: 1, refreshes: 1 })
    // Another holder of the lock already refreshed: the session finds a different token and sends with it.
    const expired = { ...(await inner.get())!, expiresAt: Date.now() - 1 }
    await inner.set(expired)
    const other = { ...seed() }
    const sneaky: TokenStore = { ...store, withLock: async (fn) => (await inner.set(other), fn()) }
    await expect(me(new Core({ clientId: CLIENT_ID, tokenStore: sneaky, hosts: hosts() }))).resolves.toEqual({ data: { id: '1', token: other.accessToken } })
    expect(stats.refreshes).toBe(1)
  })

  it('a spent refresh token rejects with a TwythonAuthError saying the user must sign in again', async () => {
    const { stats, seed } = tokenServer()
    const token = seed()
    const first = new Core({ clientId: CLIENT_ID, oauth2Token: token, hosts: hosts() })
    await first.oauth2!.refreshNow()
    // A second client still holding the old pair (a copy restored from an old backup, say).
    const stale = new Core({ clientId: CLIENT_ID, oauth2Token: { ...token, expiresAt: Date.now() - 1 }, hosts: hosts() })
    const error = await me(stale).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonAuthError)
    expect((error as Error).message).toMatch(/Value passed for the token was invalid\..*must sign in again/)
    expect(stats).toMatchObject({ refreshes: 1, refused: 1, apiCalls: 0 })
    for (const secret of [token.refreshToken!, token.accessToken, 'rt-2', 'at-2']) expect(`${(error as Error).message} ${(error as Error).stack} ${inspect(error, { depth: 10 })}`).not.toContain(secret)
  })

  it('an expired token without a refresh token is still sent; X\'s 401 is reported', async () => {
    const { stats } = tokenServer({ api: (_req, res) => send(res, 401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }) })
    const core = new Core({ clientId: CLIENT_ID, oauth2Token: { accessToken: 'only', expiresAt: Date.now() - 1, scopes: ['tweet.read'], tokenType: 'bearer' }, hosts: hosts() })
    await expect(me(core)).rejects.toBeInstanceOf(TwythonAuthError)
    expect(stats).toMatchObject({ refreshes: 0, apiCalls: 1 })
    await expect(core.oauth2!.refreshNow()).rejects.toThrow(/offline.access/)
  })

  it('a later token in the store wins over the constructor\'s older one', async () => {
    const { seed } = tokenServer()
    const old = seed()
    const newer = { ...seed(), expiresAt: old.expiresAt + 1000 }
    const core = new Core({ clientId: CLIENT_ID, oauth2Token: old, tokenStore: new MemoryTokenStore(newer), hosts: hosts() })
    await expect(me(core)).resolves.toEqual({ data: { id: '1', token: newer.accessToken } })
  })
})

describe('scopes known before the call', () => {
  const route = (security: Route['security']): Route => ({ id: 'createPosts', method: 'POST', path: '/2/tweets', host: 'v2', ...(security ? { security } : {}) })
  const post = route([{ scheme: 'oauth2_user', scopes: ['tweet.write', 'tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }])

  it('checkRouteScopes names the missing scopes of the closest OAuth 2.0 alternative', () => {
    expect(checkRouteScopes(post, ['tweet.read', 'tweet.write', 'users.read'])).toEqual({ ok: true })
    const verdict = checkRouteScopes(post, ['tweet.read', 'users.read'])
    expect(verdict).toMatchObject({ ok: false, missing: ['tweet.write'] })
    expect(!verdict.ok && verdict.message).toMatch(/createPosts needs the OAuth 2.0 scope tweet\.write, which the token lacks \(it has tweet\.read, users\.read\)/)
    // Another alternative the client can satisfy makes the call fine.
    expect(checkRouteScopes(post, [], { oauth1User: true })).toEqual({ ok: true })
    const two = route([{ scheme: 'oauth2_user', scopes: ['a', 'b', 'c'] }, { scheme: 'oauth2_user', scopes: ['a', 'd'] }])
    expect(checkRouteScopes(two, ['a'])).toMatchObject({ ok: false, missing: ['d'] })
    expect(checkRouteScopes(two, ['a', 'd'])).toEqual({ ok: true })
    expect(checkRouteScopes(route([{ scheme: 'bearer' }, { scheme: 'oauth1_user' }]), ['tweet.read'])).toMatchObject({ ok: false, missing: [], message: expect.stringMatching(/does not accept an OAuth 2.0 user token; X takes an app-only bearer token or OAuth 1.0a user context/) })
    expect(checkRouteScopes(route(undefined), [])).toEqual({ ok: true })
    expect(checkRouteScopes(route([]), [])).toEqual({ ok: true })
  })

  it('Core.call refuses locally, sending nothing, with a TwythonScopeError', async () => {
    const { stats, seed } = tokenServer()
    const core = new Core({ clientId: CLIENT_ID, oauth2Token: { ...seed(), scopes: ['tweet.read', 'users.read'] }, hosts: hosts() })
    const error = await core.call(post, { text: 'hi' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonScopeError)
    expect(error).toBeInstanceOf(TwythonAuthError)
    expect((error as TwythonScopeError).missingScopes).toEqual(['tweet.write'])
    expect(stats.apiCalls).toBe(0)
    expect(server.requests).toHaveLength(0)
  })

  it('a v1.1 user-context route is refused with an OAuth 2.0 user token (X takes OAuth 1.0a there)', async () => {
    const { stats, seed } = tokenServer()
    const core = new Core({ clientId: CLIENT_ID, oauth2Token: seed(), hosts: hosts() })
    await expect(core.call({ id: 'update_status', method: 'POST', path: 'statuses/update', auth: 'user' }, { status: 'x' })).rejects.toThrow(/update_status \(POST statuses\/update\) needs OAuth 1\.0a user context; an OAuth 2\.0 user token works on X API v2 methods/)
    expect(stats.apiCalls).toBe(0)
  })
})

describe('secrets', () => {
  it('never appear in util.inspect or JSON.stringify of the core, its session and stores', async () => {
    const token: OAuth2Token = { accessToken: 'ACCESS-SECRET-1', refreshToken: 'REFRESH-SECRET-1', expiresAt: Date.now() + 1e6, scopes: ['tweet.read'], tokenType: 'bearer' }
    const store = new MemoryTokenStore(token)
    const core = new Core({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, oauth2Token: token, tokenStore: store, hosts: hosts() })
    await core.oauth2!.token()
    const shown = [inspect(core, { depth: 10, showHidden: true }), JSON.stringify(core), inspect(core.oauth2, { depth: 10, showHidden: true }), JSON.stringify(core.oauth2), inspect(store, { depth: 10 }), JSON.stringify(store)].join('\n')
    for (const secret of [CLIENT_SECRET, 'ACCESS-SECRET-1', 'REFRESH-SECRET-1']) expect(shown).not.toContain(secret)
    expect(inspect(core)).toContain('oauth2_user')
  })

  it('never appear in the errors of a network failure of the token endpoint', async () => {
    const token: OAuth2Token = { accessToken: 'ACCESS-SECRET-2', refreshToken: 'REFRESH-SECRET-2', expiresAt: Date.now() - 1, scopes: [], tokenType: 'bearer' }
    const core = new Core({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, oauth2Token: token, hosts: { v2: 'http://127.0.0.1:1', api: 'http://127.0.0.1:1' } })
    const error = await core.request('http://127.0.0.1:1/2/users/me').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonError)
    const text = `${(error as Error).message}\n${(error as Error).stack}\n${inspect(error, { depth: 10, showHidden: true })}\n${JSON.stringify(error)}`
    for (const secret of [CLIENT_SECRET, 'ACCESS-SECRET-2', 'REFRESH-SECRET-2', Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')]) expect(text).not.toContain(secret)
  })
})

describe('PKCE values (property)', () => {
  it('every verifier length RFC 7636 allows gives a verifier of that length and alphabet, and its S256 challenge', () => {
    fc.assert(
      fc.property(fc.integer({ min: 43, max: 128 }), (length) => {
        const v = createCodeVerifier(length)
        expect(v).toHaveLength(length)
        expect(v).toMatch(/^[A-Za-z0-9\-._~]+$/)
        expect(isCodeVerifier(v)).toBe(true)
        expect(codeChallengeS256(v)).toBe(s256(v))
      }),
    )
    for (const bad of [42, 129, 0, 50.5]) expect(() => createCodeVerifier(bad)).toThrow(RangeError)
  })

  it('isCodeVerifier accepts unreserved characters at 43 to 128, and refuses any other character or length', () => {
    const unreserved = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~'.split(''))
    const verifier = fc.array(unreserved, { minLength: 43, maxLength: 128 }).map((a) => a.join(''))
    fc.assert(fc.property(verifier, (v) => isCodeVerifier(v)))
    const outside = fc.string({ minLength: 1, maxLength: 1 }).filter((c) => !/[A-Za-z0-9\-._~]/.test(c))
    fc.assert(fc.property(verifier, outside, fc.nat(), (v, c, at) => !isCodeVerifier(v.slice(0, at % v.length) + c + v.slice(at % v.length))))
    fc.assert(fc.property(fc.array(unreserved, { minLength: 0, maxLength: 42 }), (a) => !isCodeVerifier(a.join(''))))
    fc.assert(fc.property(fc.array(unreserved, { minLength: 129, maxLength: 200 }), (a) => !isCodeVerifier(a.join(''))))
  })
})
