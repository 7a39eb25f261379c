/**
 * The emulator's OAuth 2.0 authorization server, as X runs it: the authorization page
 * (`/i/oauth2/authorize`, approve or deny), codes bound to the client, redirect URI and PKCE challenge,
 * the token endpoint (`/2/oauth2/token`: authorization_code, refresh_token with rotation,
 * client_credentials), revocation (`/2/oauth2/revoke`), and access tokens that expire (2 hours, as X).
 *
 * Written for the emulator alone: its PKCE check (node:crypto SHA-256, base64url) and its form and Basic
 * parsing share no code with the client.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { State } from '../../state/state.js'
import { parseBasic } from '../oauth.js'

/** An OAuth 2.0 client registered with the emulator's app. */
export interface OAuth2ClientRecord {
  readonly clientId: string
  /** Present for a confidential client (HTTP Basic at the token endpoint). */
  readonly clientSecret?: string
  /** Callback URLs the client may use; empty: any http(s) URL (the emulator is for tests). */
  readonly redirectUris: readonly string[]
}

/** Options of the emulator's OAuth 2.0 server (the `oauth2` option of `startEmulator`). */
export interface OAuth2Options {
  /** Lifetime of an access token in seconds. @default 7200 (X's two hours) */
  readonly accessTokenTtlSeconds?: number
  /** Lifetime of an authorization code in seconds. @default 30 (X's) */
  readonly codeTtlSeconds?: number
  /** Callback URLs the registered clients accept; empty or absent: any http(s) URL. */
  readonly redirectUris?: readonly string[]
}

/** Every scope X's OAuth 2.0 knows (X API v2 OpenAPI 2.167, `OAuth2UserToken`). */
export const OAUTH2_SCOPES: ReadonlySet<string> = new Set([
  'block.read', 'bookmark.read', 'bookmark.write', 'broadcast.read', 'broadcast.write', 'dm.read', 'dm.write',
  'follows.read', 'follows.write', 'like.read', 'like.write', 'list.read', 'list.write', 'media.write',
  'mute.read', 'mute.write', 'offline.access', 'space.read', 'timeline.read', 'tweet.moderate.write',
  'tweet.read', 'tweet.write', 'users.read',
])

const CONFIDENTIAL = { clientId: 'ZW11T0F1dGgyQ29uZmlkZW50aWFsOjE6Y2k', clientSecret: 'emuOAuth2ClientSecret-5b0f3d7e9a1c4b2e8d6f0a3c5e7b9d1f2a4c6e8b0d' }
const PUBLIC = { clientId: 'ZW11T0F1dGgyUHVibGljQ2xpZW50OjE6Y2k' }
const DAY_MS = 86_400_000

interface PendingAuthorization {
  readonly clientId: string
  readonly redirectUri: string
  readonly scopes: readonly string[]
  readonly state: string
  readonly challenge: string
  readonly method: 'S256' | 'plain'
  readonly createdMs: number
}

interface CodeGrant extends PendingAuthorization {
  readonly userId: string
}

interface AccessRecord {
  readonly userId: string
  readonly clientId: string
  readonly scopes: readonly string[]
  expiresAtMs: number
  revoked: boolean
}

interface RefreshRecord {
  readonly userId: string
  readonly clientId: string
  readonly scopes: readonly string[]
  /** The access token issued with it (revoking the refresh token revokes it too). */
  readonly accessToken: string
  spent: boolean
}

/** A token endpoint answer: status and JSON body. */
export interface OAuth2Answer {
  readonly status: number
  readonly body: Record<string, unknown>
}

/** The result of an authorization decision: where the browser goes next. */
export interface AuthorizationDecision {
  /** The callback URL with `code` and `state`, or with `error=access_denied` and `state`. */
  readonly redirectUrl: string
  readonly code?: string
  readonly state: string
  readonly error?: 'access_denied'
}

/** What `verifyOAuth2Bearer` answers. */
export type OAuth2BearerVerdict = { readonly ok: true; readonly userId: string; readonly scopes: readonly string[]; readonly clientId: string } | { readonly ok: false; readonly status: number; readonly body: unknown }

/** Counters the tests read: what the server did, not what the client says it did. */
export interface OAuth2Counters {
  authorizations: number
  codeExchanges: number
  refreshes: number
  /** Refresh attempts with a spent, revoked or unknown refresh token. */
  refusedRefreshes: number
  revocations: number
  clientCredentials: number
}

/** X's OAuth error body (RFC 6749 5.2). */
const oauthError = (status: number, error: string, description: string): OAuth2Answer => ({ status, body: { error, error_description: description } })
const invalidValue = (what: string) => oauthError(400, 'invalid_request', `Value passed for the ${what} was invalid.`)
const missingAuthHeader = () => oauthError(401, 'unauthorized_client', 'Missing valid authorization header')
const UNAUTHORIZED = { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }

const random = (bytes: number) => randomBytes(bytes).toString('base64url')
/** X's tokens look like base64url text ending in `:1:at:1` / `:1:rt:1` once decoded; the emulator's are random with the same suffix. */
const tokenOf = (kind: 'at' | 'rt' | 'ac') => Buffer.from(`${random(36)}:${Date.now()}:1:${kind}:1`).toString('base64url')

/** Which services belong to which world, so `verifyOAuth2Bearer(state, ...)` finds the tokens. */
const byState = new WeakMap<State, OAuth2Service>()

export class OAuth2Service {
  readonly confidentialClient: { readonly clientId: string; readonly clientSecret: string } = CONFIDENTIAL
  readonly publicClient: { readonly clientId: string } = PUBLIC
  readonly counters: OAuth2Counters = { authorizations: 0, codeExchanges: 0, refreshes: 0, refusedRefreshes: 0, revocations: 0, clientCredentials: 0 }
  readonly #state: State
  readonly #now: () => number
  readonly #clients: Map<string, OAuth2ClientRecord>
  readonly #codeTtlMs: number
  readonly #issueAppBearer: () => string
  #accessTtlMs: number
  readonly #pending = new Map<string, PendingAuthorization>()
  readonly #codes = new Map<string, CodeGrant>()
  readonly #access = new Map<string, AccessRecord>()
  readonly #refresh = new Map<string, RefreshRecord>()

  /** @param issueAppBearer - issues (or returns) the app's app-only bearer token, the one the v1.1 emulator accepts */
  constructor(options: OAuth2Options & { state: State; now: () => number; issueAppBearer: () => string }) {
    this.#state = options.state
    this.#now = options.now
    this.#issueAppBearer = options.issueAppBearer
    this.#accessTtlMs = (options.accessTokenTtlSeconds ?? 7200) * 1000
    this.#codeTtlMs = (options.codeTtlSeconds ?? 30) * 1000
    const redirectUris = options.redirectUris ?? []
    this.#clients = new Map([
      [CONFIDENTIAL.clientId, { ...CONFIDENTIAL, redirectUris }],
      [PUBLIC.clientId, { ...PUBLIC, redirectUris }],
    ])
    byState.set(options.state, this)
  }

  /** The service of a world, for `verifyOAuth2Bearer`. */
  static of(state: State): OAuth2Service | undefined {
    return byState.get(state)
  }

  /** Forgets pending authorizations, codes and every token; counters start again. */
  reset(): void {
    for (const map of [this.#pending, this.#codes, this.#access, this.#refresh]) map.clear()
    for (const key of Object.keys(this.counters) as (keyof OAuth2Counters)[]) this.counters[key] = 0
  }

  /** Sets the lifetime of access tokens issued from now on (seconds). */
  setAccessTokenTtl(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds <= 0) throw new Error('The access token lifetime must be a positive number of seconds.')
    this.#accessTtlMs = seconds * 1000
  }

  /** Makes every access token issued so far expired (refresh tokens stay valid), to test expiry without waiting. */
  expireAccessTokens(): number {
    const now = this.#now()
    let n = 0
    for (const record of this.#access.values()) {
      if (record.expiresAtMs > now) n += 1
      record.expiresAtMs = Math.min(record.expiresAtMs, now)
    }
    return n
  }

  /**
   * Validates the query of `/i/oauth2/authorize`. An error the user can see (unknown client, bad redirect
   * URI) is not redirected, as X shows its own error page; the answer then carries `problem`.
   */
  startAuthorization(query: URLSearchParams): { requestId: string; pending: PendingAuthorization; clientName: string } | { problem: string } {
    const clientId = query.get('client_id') ?? ''
    const client = this.#clients.get(clientId)
    if (!client) return { problem: 'The client_id is not the id of an OAuth 2.0 client of this app.' }
    const redirectUri = query.get('redirect_uri') ?? ''
    if (!this.#redirectAllowed(client, redirectUri)) return { problem: 'The redirect_uri is not one of the callback URLs registered for this app.' }
    if (query.get('response_type') !== 'code') return { problem: 'response_type must be code.' }
    const scopes = (query.get('scope') ?? '').split(' ').filter(Boolean)
    if (scopes.length === 0) return { problem: 'The scope parameter is missing.' }
    const unknown = scopes.filter((s) => !OAUTH2_SCOPES.has(s))
    if (unknown.length > 0) return { problem: `Unknown scope: ${unknown.join(', ')}.` }
    const state = query.get('state') ?? ''
    if (!state) return { problem: 'The state parameter is missing.' }
    const challenge = query.get('code_challenge') ?? ''
    const method = query.get('code_challenge_method') ?? 'plain'
    if (!challenge) return { problem: 'The code_challenge parameter is missing (PKCE is required).' }
    if (method !== 'S256' && method !== 'plain') return { problem: 'code_challenge_method must be S256 or plain.' }
    if (method === 'S256' && !/^[A-Za-z0-9_-]{43}$/.test(challenge)) return { problem: 'An S256 code_challenge is 43 base64url characters.' }
    const pending: PendingAuthorization = { clientId, redirectUri, scopes, state, challenge, method, createdMs: this.#now() }
    const requestId = random(18)
    this.#pending.set(requestId, pending)
    return { requestId, pending, clientName: client.clientSecret === undefined ? 'Twython Emulator App (public client)' : 'Twython Emulator App' }
  }

  #redirectAllowed(client: OAuth2ClientRecord, redirectUri: string): boolean {
    let url: URL
    try {
      url = new URL(redirectUri)
    } catch {
      return false
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && !/^[a-z][a-z0-9+.-]*:$/.test(url.protocol)) return false
    return client.redirectUris.length === 0 || client.redirectUris.includes(redirectUri)
  }

  /** The user's answer on the authorization page: a code (approve) or `error=access_denied` (deny). */
  decide(requestId: string, approve: boolean, screenName = 'emu_dev'): AuthorizationDecision {
    const pending = this.#pending.get(requestId)
    if (!pending || this.#now() - pending.createdMs > 15 * 60_000) throw new Error('Unknown or expired authorization request')
    this.#pending.delete(requestId)
    const target = new URL(pending.redirectUri)
    if (!approve) {
      target.searchParams.set('error', 'access_denied')
      target.searchParams.set('state', pending.state)
      return { redirectUrl: target.toString(), state: pending.state, error: 'access_denied' }
    }
    const user = this.#state.userByName(screenName)
    if (!user) throw new Error(`Unknown user @${screenName}`)
    const code = tokenOf('ac')
    this.#codes.set(code, { ...pending, userId: user.id.toString(), createdMs: this.#now() })
    this.counters.authorizations += 1
    target.searchParams.set('state', pending.state)
    target.searchParams.set('code', code)
    return { redirectUrl: target.toString(), code, state: pending.state }
  }

  /**
   * The test helper: does what a user's browser does with an authorization URL (open the page, approve or
   * deny) and returns where X would redirect, with the code.
   */
  approveUrl(authorizationUrl: string, options: { screenName?: string; deny?: boolean } = {}): AuthorizationDecision {
    const started = this.startAuthorization(new URL(authorizationUrl).searchParams)
    if ('problem' in started) throw new Error(`The authorization URL was refused: ${started.problem}`)
    return this.decide(started.requestId, !options.deny, options.screenName)
  }

  /** Who is calling the token endpoint: HTTP Basic for a confidential client, `client_id` alone for a public one. */
  #authenticateClient(authorization: string | undefined, params: ReadonlyMap<string, string>): OAuth2ClientRecord | OAuth2Answer {
    const basic = parseBasic(authorization)
    if (authorization && /^Basic\s/i.test(authorization)) {
      const client = basic ? this.#clients.get(basic.key) : undefined
      if (!client || client.clientSecret === undefined || !same(basic!.secret, client.clientSecret)) return missingAuthHeader()
      const bodyId = params.get('client_id')
      if (bodyId !== undefined && bodyId !== client.clientId) return invalidValue('client_id')
      return client
    }
    const client = this.#clients.get(params.get('client_id') ?? '')
    if (!client) return params.has('client_id') ? invalidValue('client_id') : oauthError(400, 'invalid_request', 'Missing required parameter [client_id].')
    // A confidential client must prove it holds the secret.
    if (client.clientSecret !== undefined) return missingAuthHeader()
    return client
  }

  /** `POST /2/oauth2/token`. */
  token(authorization: string | undefined, params: ReadonlyMap<string, string>): OAuth2Answer {
    const client = this.#authenticateClient(authorization, params)
    if ('status' in client) return client
    const grant = params.get('grant_type')
    switch (grant) {
      case 'authorization_code':
        return this.#exchange(client, params)
      case 'refresh_token':
        return this.#refreshGrant(client, params)
      case 'client_credentials':
        if (client.clientSecret === undefined) return oauthError(400, 'unauthorized_client', 'Public clients cannot use the client_credentials grant.')
        this.counters.clientCredentials += 1
        return { status: 200, body: { token_type: 'bearer', access_token: this.#issueAppBearer() } }
      case undefined:
        return oauthError(400, 'invalid_request', 'Missing required parameter [grant_type].')
      default:
        return oauthError(400, 'unsupported_grant_type', `Grant type ${grant} is not supported.`)
    }
  }

  #exchange(client: OAuth2ClientRecord, params: ReadonlyMap<string, string>): OAuth2Answer {
    for (const name of ['code', 'redirect_uri', 'code_verifier']) if (!params.get(name)) return oauthError(400, 'invalid_request', `Missing required parameter [${name}].`)
    const code = params.get('code')!
    const grant = this.#codes.get(code)
    if (!grant || grant.clientId !== client.clientId || this.#now() - grant.createdMs > this.#codeTtlMs) {
      if (grant && this.#now() - grant.createdMs > this.#codeTtlMs) this.#codes.delete(code)
      return invalidValue('authorization code')
    }
    if (params.get('redirect_uri') !== grant.redirectUri) return invalidValue('redirect uri')
    if (!pkceMatches(params.get('code_verifier')!, grant.challenge, grant.method)) return invalidValue('code verifier')
    // Single use, as RFC 6749 4.1.2 requires.
    this.#codes.delete(code)
    this.counters.codeExchanges += 1
    return { status: 200, body: this.#issue(client.clientId, grant.userId, grant.scopes) }
  }

  #refreshGrant(client: OAuth2ClientRecord, params: ReadonlyMap<string, string>): OAuth2Answer {
    const given = params.get('refresh_token')
    if (!given) return oauthError(400, 'invalid_request', 'Missing required parameter [refresh_token].')
    const record = this.#refresh.get(given)
    if (!record || record.spent || record.clientId !== client.clientId) {
      this.counters.refusedRefreshes += 1
      return invalidValue('token')
    }
    // Rotation: this refresh token is spent; the new pair replaces it.
    record.spent = true
    this.counters.refreshes += 1
    return { status: 200, body: this.#issue(client.clientId, record.userId, record.scopes) }
  }

  #issue(clientId: string, userId: string, scopes: readonly string[]): Record<string, unknown> {
    const accessToken = tokenOf('at')
    this.#access.set(accessToken, { userId, clientId, scopes, expiresAtMs: this.#now() + this.#accessTtlMs, revoked: false })
    const body: Record<string, unknown> = { token_type: 'bearer', expires_in: Math.round(this.#accessTtlMs / 1000), access_token: accessToken, scope: scopes.join(' ') }
    if (scopes.includes('offline.access')) {
      const refreshToken = tokenOf('rt')
      this.#refresh.set(refreshToken, { userId, clientId, scopes, accessToken, spent: false })
      body.refresh_token = refreshToken
    }
    return body
  }

  /** A token for a seeded user without the browser step (tests that are not about the flow). */
  issueToken(screenName: string, scopes: readonly string[], clientId: string = CONFIDENTIAL.clientId): Record<string, unknown> {
    const user = this.#state.userByName(screenName)
    if (!user) throw new Error(`Unknown user @${screenName}`)
    return this.#issue(clientId, user.id.toString(), scopes)
  }

  /** `POST /2/oauth2/revoke`: revokes an access or refresh token of the calling client; `{ revoked: true }`. */
  revoke(authorization: string | undefined, params: ReadonlyMap<string, string>): OAuth2Answer {
    const client = this.#authenticateClient(authorization, params)
    if ('status' in client) return client
    const token = params.get('token')
    if (!token) return oauthError(400, 'invalid_request', 'Missing required parameter [token].')
    const access = this.#access.get(token)
    const refresh = this.#refresh.get(token)
    if ((access && access.clientId !== client.clientId) || (refresh && refresh.clientId !== client.clientId)) return invalidValue('token')
    if (access) access.revoked = true
    if (refresh) {
      refresh.spent = true
      const issued = this.#access.get(refresh.accessToken)
      if (issued) issued.revoked = true
    }
    if (access || refresh) this.counters.revocations += 1
    // RFC 7009 2.2: an unknown token is not an error.
    return { status: 200, body: { revoked: true } }
  }

  /** Checks `Authorization: Bearer <OAuth 2.0 user token>`. */
  verify(authorizationHeader: string | undefined): OAuth2BearerVerdict {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorizationHeader ?? '')
    const record = match ? this.#access.get(match[1]!) : undefined
    if (!record || record.revoked || record.expiresAtMs <= this.#now() || !this.#state.users.has(record.userId)) return { ok: false, status: 401, body: UNAUTHORIZED }
    return { ok: true, userId: record.userId, scopes: record.scopes, clientId: record.clientId }
  }

  /** Removes pending authorizations and codes older than a day (a long-running emulator). */
  sweep(): void {
    const now = this.#now()
    for (const [id, p] of this.#pending) if (now - p.createdMs > DAY_MS) this.#pending.delete(id)
    for (const [code, c] of this.#codes) if (now - c.createdMs > DAY_MS) this.#codes.delete(code)
  }
}

/** RFC 7636 4.6: BASE64URL(SHA256(ASCII(code_verifier))) == code_challenge, or equality for `plain`. */
export function pkceMatches(verifier: string, challenge: string, method: 'S256' | 'plain'): boolean {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) return false
  const computed = method === 'S256' ? createHash('sha256').update(Buffer.from(verifier, 'ascii')).digest('base64url') : verifier
  return same(computed, challenge)
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * The check the v2 routes run for `Authorization: Bearer ...` when the token is not an app-only one:
 * the token's user, scopes and client, or X's 401 problem for an unknown, expired or revoked token.
 * `state` is the emulator's world (or its OAuth 2.0 service).
 */
export function verifyOAuth2Bearer(state: State | OAuth2Service, authorizationHeader: string | undefined): OAuth2BearerVerdict {
  const service = state instanceof OAuth2Service ? state : OAuth2Service.of(state)
  if (!service) return { ok: false, status: 401, body: UNAUTHORIZED }
  return service.verify(authorizationHeader)
}
