/**
 * The emulator's OAuth 2.0 server over HTTP, driven with plain fetch and a PKCE verifier and challenge
 * computed here (node:crypto), not with the client's code.
 */
import { createHash, randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, verifyOAuth2Bearer, type Emulator } from '../src/index.js'

let emu: Emulator
let clock = Date.now()
beforeEach(async () => {
  clock = Date.now()
  emu = await startEmulator({ now: () => clock })
})
afterEach(() => emu.close())

const CALLBACK = 'http://127.0.0.1:9/callback'
const verifier = () => randomBytes(48).toString('base64url')
const challenge = (v: string) => createHash('sha256').update(v).digest('base64url')
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`

function authorizeUrl(clientId: string, v: string, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: CALLBACK, scope: 'tweet.read users.read offline.access', state: 'st-1', code_challenge: challenge(v), code_challenge_method: 'S256', ...extra })
  return `${emu.hosts.authorize}/i/oauth2/authorize?${q.toString().replace(/\+/g, '%20')}`
}

async function token(fields: Record<string, string>, authorization?: string) {
  const res = await fetch(`${emu.hosts.v2}/2/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...(authorization ? { authorization } : {}) }, body: new URLSearchParams(fields) })
  return { status: res.status, body: (await res.json()) as Record<string, string> }
}

const invalidToken = { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' }

/** Signs in through the page: GET the authorization page, submit its form, follow nothing (read Location). */
async function browserFlow(url: string, decision: 'approve' | 'deny', screenName = 'emu_dev') {
  const page = await fetch(url)
  const html = await page.text()
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1]
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]
  const res = await fetch(`${emu.url}${action}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ request_id: requestId!, screen_name: screenName, decision }) })
  return { page: page.status, html, status: res.status, location: new URL(res.headers.get('location')!) }
}

describe('the authorization page', () => {
  it('approves: 302 to the callback with code and state; denies: error=access_denied and state', async () => {
    const v = verifier()
    const approved = await browserFlow(authorizeUrl(emu.oauth2.publicClient.clientId, v), 'approve')
    expect(approved.page).toBe(200)
    expect(approved.html).toContain('tweet.read')
    expect(approved.status).toBe(302)
    expect(`${approved.location.origin}${approved.location.pathname}`).toBe(CALLBACK)
    expect(approved.location.searchParams.get('state')).toBe('st-1')
    expect(approved.location.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]+$/)
    const denied = await browserFlow(authorizeUrl(emu.oauth2.publicClient.clientId, v), 'deny')
    expect(Object.fromEntries(denied.location.searchParams)).toEqual({ error: 'access_denied', state: 'st-1' })
  })

  it('shows an error page (no redirect) for an unknown client, no PKCE challenge, an unknown scope or a bad response_type', async () => {
    const v = verifier()
    const cases = [
      authorizeUrl('nope', v),
      authorizeUrl(emu.oauth2.publicClient.clientId, v, { code_challenge: '' }),
      authorizeUrl(emu.oauth2.publicClient.clientId, v, { scope: 'tweet.read tweet.fly' }),
      authorizeUrl(emu.oauth2.publicClient.clientId, v, { response_type: 'token' }),
      authorizeUrl(emu.oauth2.publicClient.clientId, v, { redirect_uri: 'not a url' }),
    ]
    for (const url of cases) {
      const res = await fetch(url, { redirect: 'manual' })
      expect(res.status).toBe(400)
      expect(res.headers.get('location')).toBeNull()
      expect(await res.text()).toContain('Something went wrong')
    }
  })

  it('honours registered callback URLs when the emulator is given some', async () => {
    const strict = await startEmulator({ oauth2: { redirectUris: ['https://app.example/cb'] } })
    try {
      const v = verifier()
      const url = (cb: string) => `${strict.url}/i/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: strict.oauth2.publicClient.clientId, redirect_uri: cb, scope: 'tweet.read', state: 's', code_challenge: challenge(v), code_challenge_method: 'S256' })}`
      expect((await fetch(url('https://app.example/cb'))).status).toBe(200)
      expect((await fetch(url('https://evil.example/cb'))).status).toBe(400)
    } finally {
      await strict.close()
    }
  })
})

describe('the code exchange', () => {
  it('a public client: client_id in the body, PKCE verifier checked, code single use', async () => {
    const v = verifier()
    const { code } = emu.oauth2.approve(authorizeUrl(emu.oauth2.publicClient.clientId, v))
    const wrongVerifier = await token({ grant_type: 'authorization_code', code: code!, redirect_uri: CALLBACK, code_verifier: verifier(), client_id: emu.oauth2.publicClient.clientId })
    expect(wrongVerifier).toEqual({ status: 400, body: { error: 'invalid_request', error_description: 'Value passed for the code verifier was invalid.' } })
    const wrongRedirect = await token({ grant_type: 'authorization_code', code: code!, redirect_uri: 'http://127.0.0.1:9/other', code_verifier: v, client_id: emu.oauth2.publicClient.clientId })
    expect(wrongRedirect.body.error_description).toBe('Value passed for the redirect uri was invalid.')
    const ok = await token({ grant_type: 'authorization_code', code: code!, redirect_uri: CALLBACK, code_verifier: v, client_id: emu.oauth2.publicClient.clientId })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ token_type: 'bearer', expires_in: 7200, scope: 'tweet.read users.read offline.access' })
    expect(ok.body.access_token).toBeTruthy()
    expect(ok.body.refresh_token).toBeTruthy()
    const again = await token({ grant_type: 'authorization_code', code: code!, redirect_uri: CALLBACK, code_verifier: v, client_id: emu.oauth2.publicClient.clientId })
    expect(again).toEqual({ status: 400, body: { error: 'invalid_request', error_description: 'Value passed for the authorization code was invalid.' } })
    expect(emu.oauth2.counters.codeExchanges).toBe(1)
  })

  it('a plain challenge works too; a code older than 30 seconds does not', async () => {
    const v = verifier()
    const plain = emu.oauth2.approve(authorizeUrl(emu.oauth2.publicClient.clientId, v, { code_challenge: v, code_challenge_method: 'plain' }))
    expect((await token({ grant_type: 'authorization_code', code: plain.code!, redirect_uri: CALLBACK, code_verifier: v, client_id: emu.oauth2.publicClient.clientId })).status).toBe(200)
    const late = emu.oauth2.approve(authorizeUrl(emu.oauth2.publicClient.clientId, v))
    clock += 31_000
    expect((await token({ grant_type: 'authorization_code', code: late.code!, redirect_uri: CALLBACK, code_verifier: v, client_id: emu.oauth2.publicClient.clientId })).body.error_description).toBe('Value passed for the authorization code was invalid.')
  })

  it('a confidential client must authenticate with HTTP Basic; a wrong secret or a missing header is X\'s unauthorized_client', async () => {
    const { clientId, clientSecret } = emu.app
    const v = verifier()
    const fields = (code: string) => ({ grant_type: 'authorization_code', code, redirect_uri: CALLBACK, code_verifier: v, client_id: clientId })
    const { code } = emu.oauth2.approve(authorizeUrl(clientId, v))
    const missing = { status: 401, body: { error: 'unauthorized_client', error_description: 'Missing valid authorization header' } }
    expect(await token(fields(code!))).toEqual(missing)
    expect(await token(fields(code!), basic(clientId, `${clientSecret}x`))).toEqual(missing)
    expect((await token(fields(code!), basic(clientId, clientSecret))).status).toBe(200)
    // A code is bound to its client: the public client cannot redeem the confidential one's.
    const other = emu.oauth2.approve(authorizeUrl(clientId, v))
    expect((await token({ ...fields(other.code!), client_id: emu.oauth2.publicClient.clientId })).body.error_description).toBe('Value passed for the authorization code was invalid.')
  })

  it('needs a form body and a grant_type', async () => {
    const res = await fetch(`${emu.hosts.v2}/2/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(res.status).toBe(400)
    expect(await token({ client_id: emu.oauth2.publicClient.clientId })).toEqual({ status: 400, body: { error: 'invalid_request', error_description: 'Missing required parameter [grant_type].' } })
    expect((await token({ grant_type: 'password', client_id: emu.oauth2.publicClient.clientId })).body.error).toBe('unsupported_grant_type')
  })
})

describe('tokens', () => {
  async function signIn(scopes = 'tweet.read users.read offline.access') {
    const v = verifier()
    const { code } = emu.oauth2.approve(authorizeUrl(emu.oauth2.publicClient.clientId, v, { scope: scopes }), { screenName: 'ada_l' })
    return (await token({ grant_type: 'authorization_code', code: code!, redirect_uri: CALLBACK, code_verifier: v, client_id: emu.oauth2.publicClient.clientId })).body
  }
  const refresh = (rt: string) => token({ grant_type: 'refresh_token', refresh_token: rt, client_id: emu.oauth2.publicClient.clientId })
  const me = async (at: string) => {
    const res = await fetch(`${emu.hosts.v2}/2/users/me`, { headers: { authorization: `Bearer ${at}` } })
    return { status: res.status, body: (await res.json()) as unknown }
  }

  it('verifyOAuth2Bearer gives the user, scopes and client of a live token and X\'s 401 otherwise', async () => {
    const t = await signIn()
    const ada = emu.state.userByName('ada_l')!
    expect(verifyOAuth2Bearer(emu.state, `Bearer ${t.access_token}`)).toEqual({ ok: true, userId: ada.id.toString(), scopes: ['tweet.read', 'users.read', 'offline.access'], clientId: emu.oauth2.publicClient.clientId })
    const unauthorized = { ok: false, status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } }
    expect(verifyOAuth2Bearer(emu.state, 'Bearer nope')).toEqual(unauthorized)
    expect(verifyOAuth2Bearer(emu.state, undefined)).toEqual(unauthorized)
    expect(await me(t.access_token!)).toEqual({ status: 200, body: { data: { id: ada.id.toString(), name: ada.name, username: 'ada_l' } } })
  })

  it('expire after 2 hours (X\'s lifetime) and the refresh token still works; TTL and expiry are adjustable', async () => {
    const t = await signIn()
    clock += 7199_000
    expect((await me(t.access_token!)).status).toBe(200)
    clock += 2_000
    expect(await me(t.access_token!)).toEqual({ status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } })
    const r = await refresh(t.refresh_token!)
    expect(r.status).toBe(200)
    expect((await me(r.body.access_token!)).status).toBe(200)
    // Admin route: shorter tokens from now on, and expire every token now.
    await fetch(`${emu.url}/_emulator/oauth2/ttl`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seconds: 5 }) })
    const short = await signIn()
    expect(short.expires_in).toBe(5)
    const expired = await (await fetch(`${emu.url}/_emulator/oauth2/expire`, { method: 'POST' })).json()
    expect(expired).toEqual({ expired: 2 })
    expect((await me(short.access_token!)).status).toBe(401)
    expect((await me(r.body.access_token!)).status).toBe(401)
  })

  it('refresh rotates: the old refresh token is spent and reusing it fails as X fails it', async () => {
    const t = await signIn()
    const first = await refresh(t.refresh_token!)
    expect(first.status).toBe(200)
    expect(first.body.refresh_token).not.toBe(t.refresh_token)
    expect(first.body.access_token).not.toBe(t.access_token)
    expect(await refresh(t.refresh_token!)).toEqual({ status: 400, body: invalidToken })
    expect(await refresh('made-up')).toEqual({ status: 400, body: invalidToken })
    expect((await refresh(first.body.refresh_token!)).status).toBe(200)
    const stats = await (await fetch(`${emu.url}/_emulator/oauth2/stats`)).json()
    expect(stats).toMatchObject({ refreshes: 2, refusedRefreshes: 2, codeExchanges: 1 })
  })

  it('no offline.access, no refresh token; a token without users.read gets X\'s 403 on /2/users/me', async () => {
    const t = await signIn('tweet.read')
    expect(t.refresh_token).toBeUndefined()
    expect(await me(t.access_token!)).toEqual({ status: 403, body: { title: 'Forbidden', type: 'about:blank', status: 403, detail: 'Missing required OAuth 2.0 scopes: users.read' } })
  })

  it('revocation: revoking the refresh token ends it and its access token; unknown tokens are fine (RFC 7009)', async () => {
    const t = await signIn()
    const revoke = async (tok: string) => {
      const res = await fetch(`${emu.hosts.v2}/2/oauth2/revoke`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token: tok, client_id: emu.oauth2.publicClient.clientId }) })
      return { status: res.status, body: await res.json() }
    }
    expect(await revoke(t.refresh_token!)).toEqual({ status: 200, body: { revoked: true } })
    expect((await me(t.access_token!)).status).toBe(401)
    expect(await refresh(t.refresh_token!)).toEqual({ status: 400, body: invalidToken })
    expect(await revoke('unknown')).toEqual({ status: 200, body: { revoked: true } })
    expect(emu.oauth2.counters.revocations).toBe(1)
  })

  it('client_credentials: a confidential client gets the app-only bearer token the v1.1 routes accept; a public one is refused', async () => {
    const { clientId, clientSecret } = emu.app
    const app = await token({ grant_type: 'client_credentials' }, basic(clientId, clientSecret))
    expect(app.status).toBe(200)
    expect(app.body.token_type).toBe('bearer')
    const show = await fetch(`${emu.url}/1.1/users/show.json?screen_name=ada_l`, { headers: { authorization: `Bearer ${app.body.access_token}` } })
    expect(show.status).toBe(200)
    expect((await token({ grant_type: 'client_credentials', client_id: emu.oauth2.publicClient.clientId })).body.error).toBe('unauthorized_client')
    // An app-only bearer is not a user token.
    expect(verifyOAuth2Bearer(emu.state, `Bearer ${app.body.access_token}`).ok).toBe(false)
  })

  it('the admin authorize route approves without a browser; reset forgets every token', async () => {
    const v = verifier()
    const res = await fetch(`${emu.url}/_emulator/oauth2/authorize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: authorizeUrl(emu.oauth2.publicClient.clientId, v), screen_name: 'ada_l' }) })
    const decision = (await res.json()) as { code: string; state: string; redirect_url: string }
    expect(decision.state).toBe('st-1')
    const t = await token({ grant_type: 'authorization_code', code: decision.code, redirect_uri: CALLBACK, code_verifier: v, client_id: emu.oauth2.publicClient.clientId })
    expect(t.status).toBe(200)
    emu.reset()
    expect((await me(t.body.access_token!)).status).toBe(401)
    expect(emu.oauth2.counters.codeExchanges).toBe(0)
  })
})
