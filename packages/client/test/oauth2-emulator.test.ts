/**
 * OAuth 2.0 with PKCE end to end: the client against the emulator over real sockets, the sign-in through
 * the authorization page, refresh on time and on 401, single flight under 50 concurrent calls, spent and
 * revoked refresh tokens, and bot processes that restart (and crash) with a FileTokenStore. Refresh counts
 * are read from the emulator, not from the client.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '@twython/emulator'
import { FileTokenStore } from '../src/file-token-store.js'
import { MemoryTokenStore, Twython, TwythonAuthError, TwythonScopeError, type OAuth2Token } from '../src/index.js'

let emu: Emulator
let dir: string
beforeEach(async () => {
  emu = await startEmulator()
  dir = mkdtempSync(join(tmpdir(), 'twython-oauth2-'))
})
afterEach(async () => {
  await emu.close()
  rmSync(dir, { recursive: true, force: true })
})

const CALLBACK = 'http://127.0.0.1:8976/callback'
const SCOPES = ['tweet.read', 'users.read', 'offline.access']
type Me = { data: { id: string; name: string; username: string } }

/** The browser's part: open the page, press the button, read the redirect. */
async function userApproves(url: string, screenName = 'ada_l'): Promise<URL> {
  const html = await (await fetch(url)).text()
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)![1]!
  const res = await fetch(`${emu.url}/i/oauth2/authorize/decision`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ request_id: requestId, screen_name: screenName, decision: 'approve' }) })
  return new URL(res.headers.get('location')!)
}

async function signIn(client: { clientId: string; clientSecret?: string } = emu.app): Promise<OAuth2Token> {
  const app = new Twython({ ...client, hosts: emu.hosts })
  const { url, state, codeVerifier } = app.getOAuth2AuthorizationUrl({ callbackUrl: CALLBACK, scopes: SCOPES })
  const callback = await userApproves(url)
  expect(callback.searchParams.get('state')).toBe(state)
  return app.getOAuth2Token({ code: callback.searchParams.get('code')!, codeVerifier, callbackUrl: CALLBACK })
}

const userClient = (token: OAuth2Token | undefined, store?: MemoryTokenStore | FileTokenStore) => new Twython({ clientId: emu.app.clientId, clientSecret: emu.app.clientSecret, ...(token ? { oauth2Token: token } : {}), ...(store ? { tokenStore: store } : {}), hosts: emu.hosts })
const me = (t: Twython) => t.get<Me>(`${emu.hosts.v2}/2/users/me`)

describe('a signed-in user on X API v2 (the emulator speaks v2 on the same state)', () => {
  it('posts with twitter.v2.createTweet, reads it back with v2 and v1.1, and is refused what its scopes do not cover', async () => {
    const app = new Twython({ ...emu.app, hosts: emu.hosts })
    const scopes = ['tweet.read', 'tweet.write', 'users.read', 'offline.access']
    const { url, codeVerifier } = app.getOAuth2AuthorizationUrl({ callbackUrl: CALLBACK, scopes })
    const callback = await userApproves(url)
    const token = await app.getOAuth2Token({ code: callback.searchParams.get('code')!, codeVerifier, callbackUrl: CALLBACK })
    const user = userClient(token)
    const { data: me } = await user.v2.getMe({ 'user.fields': ['created_at'] })
    expect(me).toMatchObject({ username: 'ada_l' })
    expect(typeof me?.created_at).toBe('string')
    const posted = await user.v2.createTweet({ text: 'posted with an OAuth 2.0 user token' })
    const id = posted.data!.id
    const { data: read, includes } = await user.v2.getTweet({ id, 'post.fields': ['created_at'], expansions: ['author_id'] })
    expect(read).toMatchObject({ id, text: 'posted with an OAuth 2.0 user token' })
    expect(typeof read?.created_at).toBe('string')
    expect(includes?.users?.map((u) => u.username)).toEqual(['ada_l'])
    // The same tweet on the v1.1 side of the one state.
    const v1 = await new Twython({ ...emu.credentials, hosts: emu.hosts }).showStatus({ id })
    expect(v1.user.screen_name).toBe('ada_l')
    // like.write was not granted: refused before sending.
    await expect(user.v2.likeTweet({ id: me!.id, tweet_id: id })).rejects.toBeInstanceOf(TwythonScopeError)
  })
})

describe('sign-in with PKCE through the emulator', () => {
  it('a confidential client signs ada_l in and reads /2/users/me with the token', async () => {
    const token = await signIn()
    expect(token.scopes).toEqual(SCOPES)
    expect(token.refreshToken).toBeTruthy()
    expect(token.expiresAt).toBeGreaterThan(Date.now() + 7000_000)
    await expect(me(userClient(token))).resolves.toMatchObject({ data: { username: 'ada_l' } })
    expect(emu.oauth2.counters).toMatchObject({ authorizations: 1, codeExchanges: 1, refreshes: 0 })
  })

  it('a public client (no secret) signs in with PKCE alone', async () => {
    const token = await signIn(emu.oauth2.publicClient)
    const user = new Twython({ clientId: emu.oauth2.publicClient.clientId, oauth2Token: token, hosts: emu.hosts })
    await expect(me(user)).resolves.toMatchObject({ data: { username: 'ada_l' } })
    await expect(user.refreshOAuth2Token()).resolves.toMatchObject({ scopes: SCOPES })
    expect(emu.oauth2.counters.refreshes).toBe(1)
  })

  it('a code replayed, or redeemed with another verifier, is a TwythonAuthError without the verifier or secret in it', async () => {
    const app = new Twython({ ...emu.app, hosts: emu.hosts })
    const { url, codeVerifier } = app.getOAuth2AuthorizationUrl({ callbackUrl: CALLBACK, scopes: SCOPES })
    const code = (await userApproves(url)).searchParams.get('code')!
    const other = app.getOAuth2AuthorizationUrl({ callbackUrl: CALLBACK, scopes: SCOPES }).codeVerifier
    const wrong = await app.getOAuth2Token({ code, codeVerifier: other, callbackUrl: CALLBACK }).catch((e: unknown) => e)
    expect(wrong).toBeInstanceOf(TwythonAuthError)
    expect((wrong as Error).message).toMatch(/Value passed for the code verifier was invalid/)
    await app.getOAuth2Token({ code, codeVerifier, callbackUrl: CALLBACK })
    const replay = await app.getOAuth2Token({ code, codeVerifier, callbackUrl: CALLBACK }).catch((e: unknown) => e)
    expect((replay as Error).message).toMatch(/authorization code was invalid/)
    for (const e of [wrong, replay]) for (const secret of [codeVerifier, other, emu.app.clientSecret]) expect(`${(e as Error).message}${(e as Error).stack}${inspect(e, { depth: 10, showHidden: true })}${JSON.stringify(e)}`).not.toContain(secret)
  })
})

describe('expiry and refresh', () => {
  it('refreshes before the call when the token is about to expire (the emulator sees no 401)', async () => {
    const token = await signIn()
    const store = new MemoryTokenStore()
    const user = userClient({ ...token, expiresAt: Date.now() + 10_000 }, store)
    await expect(me(user)).resolves.toMatchObject({ data: { username: 'ada_l' } })
    expect(emu.oauth2.counters.refreshes).toBe(1)
    expect((await store.get())!.refreshToken).not.toBe(token.refreshToken)
    await me(user)
    expect(emu.oauth2.counters.refreshes).toBe(1)
  })

  it('refreshes once on a 401 for a token the emulator expired, and sends again', async () => {
    const token = await signIn()
    const user = userClient(token)
    await me(user)
    expect(emu.oauth2.expireAccessTokens()).toBe(1)
    await expect(me(user)).resolves.toMatchObject({ data: { username: 'ada_l' } })
    expect(emu.oauth2.counters.refreshes).toBe(1)
  })

  it('50 concurrent calls with an expired token: exactly one refresh on the server, all 50 answered', async () => {
    const token = await signIn()
    const user = userClient({ ...token, expiresAt: Date.now() - 1 })
    const results = await Promise.all(Array.from({ length: 50 }, () => me(user)))
    expect(results.every((r) => r.data.username === 'ada_l')).toBe(true)
    expect(emu.oauth2.counters).toMatchObject({ refreshes: 1, refusedRefreshes: 0 })
  })

  it('50 concurrent calls that all get a 401 (expired at the server only): exactly one refresh', async () => {
    const token = await signIn()
    const user = userClient(token)
    emu.oauth2.expireAccessTokens()
    const results = await Promise.all(Array.from({ length: 50 }, () => me(user)))
    expect(results).toHaveLength(50)
    expect(emu.oauth2.counters).toMatchObject({ refreshes: 1, refusedRefreshes: 0 })
  })

  it('a spent refresh token (another copy refreshed first) rejects: the user must sign in again', async () => {
    const token = await signIn()
    await userClient(token).refreshOAuth2Token()
    const stale = userClient({ ...token, expiresAt: Date.now() - 1 })
    const error = await me(stale).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonAuthError)
    expect((error as Error).message).toMatch(/Twitter API returned a 400 \(Bad Request\), X refused the refresh token \(invalid_request: Value passed for the token was invalid\.\)\..*must sign in again/)
    expect(emu.oauth2.counters).toMatchObject({ refreshes: 1, refusedRefreshes: 1 })
    expect(`${(error as Error).message}${inspect(error, { depth: 10, showHidden: true })}`).not.toContain(token.refreshToken!)
  })

  it('a token endpoint that fails (503) is not a sign-in problem: the old pair stays and the next call refreshes', async () => {
    const token = await signIn()
    const store = new MemoryTokenStore()
    const user = userClient({ ...token, expiresAt: Date.now() - 1 }, store)
    emu.faults.add({ route: 'POST /2/oauth2/token', status: 503 })
    const error = await me(user).catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(TwythonAuthError)
    expect((error as { status?: number }).status).toBe(503)
    expect((await store.get())!.refreshToken).toBe(token.refreshToken)
    await expect(me(user)).resolves.toMatchObject({ data: { username: 'ada_l' } })
    expect(emu.oauth2.counters).toMatchObject({ refreshes: 1, refusedRefreshes: 0 })
  })

  it('after revokeOAuth2Token the user must sign in again', async () => {
    const token = await signIn()
    const user = userClient(token)
    await user.revokeOAuth2Token()
    const error = await me(user).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonAuthError)
    expect((error as Error).message).toMatch(/must sign in again/)
    expect(emu.oauth2.counters).toMatchObject({ revocations: 2, refusedRefreshes: 1 })
  })
})

describe('scopes and app-only', () => {
  it('twitter.v2 methods sign with the user token; one whose scopes the token lacks is refused before anything is sent', async () => {
    const token = await signIn()
    const user = userClient(token)
    await expect(user.v2.getMe()).resolves.toMatchObject({ data: { username: 'ada_l' } })
    const error = await user.v2.createTweet({ text: 'hello' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonScopeError)
    expect((error as TwythonScopeError).missingScopes).toEqual(['tweet.write'])
    expect((error as Error).message).toMatch(/createPosts needs the OAuth 2.0 scope tweet\.write, which the token lacks/)
  })

  it('getOAuth2AppToken (client_credentials) gives a bearer the v1.1 routes take', async () => {
    const bearer = await new Twython({ ...emu.app, hosts: emu.hosts }).getOAuth2AppToken()
    const app = new Twython({ accessToken: bearer, hosts: emu.hosts })
    await expect(app.showUser({ screen_name: 'ada_l' })).resolves.toMatchObject({ screen_name: 'ada_l' })
    expect(emu.oauth2.counters.clientCredentials).toBe(1)
  })

  it('keeps the client secret and tokens out of inspect and JSON.stringify of the client', async () => {
    const token = await signIn()
    const user = userClient(token, new MemoryTokenStore())
    await me(user)
    const shown = `${inspect(user, { depth: 10, showHidden: true })}${JSON.stringify(user)}${inspect(user.core, { depth: 10, showHidden: true })}${JSON.stringify(user.core)}`
    for (const secret of [emu.app.clientSecret, token.accessToken, token.refreshToken!]) expect(shown).not.toContain(secret)
  })
})

/** Runs the bot fixture in its own process and returns what it printed (nothing when it was killed). */
async function bot(path: string, mode: 'call' | 'kill-before-save' | 'kill-after-save'): Promise<{ output: unknown; signal: NodeJS.Signals | null }> {
  const config = JSON.stringify({ origin: emu.url, clientId: emu.app.clientId, clientSecret: emu.app.clientSecret, path, mode })
  const child = spawn(process.execPath, ['--conditions', 'source', '--import', 'tsx', join(import.meta.dirname, 'fixtures/oauth2-bot.ts'), config], { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)))
  return { output: out.trim() ? JSON.parse(out.trim()) : undefined, signal }
}

describe('a bot process with a FileTokenStore', () => {
  it('survives token expiry across a restart: the restarted process refreshes once and saves the rotated token', async () => {
    const path = join(dir, 'token.json')
    await new FileTokenStore(path).set(await signIn())
    expect(await bot(path, 'call')).toMatchObject({ output: { ok: { data: { username: 'ada_l' } } } })
    emu.oauth2.expireAccessTokens()
    const before = JSON.parse(readFileSync(path, 'utf8')) as OAuth2Token
    expect(await bot(path, 'call')).toMatchObject({ output: { ok: { data: { username: 'ada_l' } } } })
    const after = JSON.parse(readFileSync(path, 'utf8')) as OAuth2Token
    expect(after.refreshToken).not.toBe(before.refreshToken)
    expect(emu.oauth2.counters).toMatchObject({ refreshes: 1, refusedRefreshes: 0 })
    // And a third run uses the saved token without refreshing.
    await bot(path, 'call')
    expect(emu.oauth2.counters.refreshes).toBe(1)
  }, 60_000)

  it('a crash right after the rotated token is saved loses nothing: the next process goes on without signing in', async () => {
    const path = join(dir, 'token.json')
    await new FileTokenStore(path).set(await signIn())
    emu.oauth2.expireAccessTokens()
    expect(await bot(path, 'kill-after-save')).toEqual({ output: undefined, signal: 'SIGKILL' })
    expect(emu.oauth2.counters.refreshes).toBe(1)
    expect(await bot(path, 'call')).toMatchObject({ output: { ok: { data: { username: 'ada_l' } } } })
    expect(emu.oauth2.counters).toMatchObject({ refreshes: 1, refusedRefreshes: 0 })
  }, 60_000)

  it('a crash after X answered but before the save leaves the old token intact, and the next process is told to sign in again', async () => {
    const path = join(dir, 'token.json')
    const original = await signIn()
    await new FileTokenStore(path).set(original)
    emu.oauth2.expireAccessTokens()
    expect(await bot(path, 'kill-before-save')).toEqual({ output: undefined, signal: 'SIGKILL' })
    // The file is whole and still holds the pair X just spent: the rotated pair died with the process.
    expect(await new FileTokenStore(path).get()).toEqual(original)
    expect(await bot(path, 'call')).toMatchObject({ output: { error: 'TwythonAuthError', message: expect.stringMatching(/must sign in again/) } })
    expect(emu.oauth2.counters).toMatchObject({ refreshes: 1, refusedRefreshes: 1 })
  }, 60_000)
})
