/**
 * The requests of X's OAuth 2.0 Authorization Code flow with PKCE: the authorization URL on
 * `hosts.authorize` (`/i/oauth2/authorize`), and the form-encoded POSTs to `{hosts.v2}/2/oauth2/token`
 * (`authorization_code`, `refresh_token`, `client_credentials`) and `/2/oauth2/revoke`. A public client
 * sends its `client_id` in the body; a confidential one authenticates with HTTP Basic (client id and
 * secret), as X's documentation describes.
 */
import type { CallOptions, PreparedRequest } from '../base-core.js'
import { base64 } from '../bytes.js'
import { formatPairs } from '../encode.js'
import { TwythonAuthError, TwythonError } from '../errors.js'
import type { Hosts } from '../hosts.js'
import { codeChallengeS256, createCodeVerifier, createState, isCodeVerifier } from './pkce.js'
import type { OAuth2Token } from './token.js'

/** What X says when a token endpoint call lacks its lifetime (it always sends one): its 2 hours. */
const DEFAULT_EXPIRES_IN_SECONDS = 7200
const FORM_TYPE = 'application/x-www-form-urlencoded'

/** Options of `getOAuth2AuthorizationUrl`. */
export interface OAuth2AuthorizationUrlOptions {
  /** Where X sends the user back; it must be one of the app's registered callback URLs. */
  readonly callbackUrl: string
  /** The scopes to ask for, e.g. `['tweet.read', 'users.read', 'offline.access']` (offline.access gives a refresh token). */
  readonly scopes: readonly string[]
  /** Your own state value; a crypto-random one is made when absent. */
  readonly state?: string
  /** A code verifier to use (43-128 unreserved characters); a crypto-random one is made when absent. */
  readonly codeVerifier?: string
}

/** What `getOAuth2AuthorizationUrl` returns. Keep `state` and `codeVerifier` server-side (session) until the callback. */
export interface OAuth2AuthorizationUrl {
  /** Send the user's browser here. */
  readonly url: string
  /** Compare it with the `state` query parameter of the callback before trusting the `code`. */
  readonly state: string
  /** Give it to `getOAuth2Token` with the `code`; never send it to the browser. */
  readonly codeVerifier: string
}

/** Options of `getOAuth2Token`. */
export interface OAuth2TokenOptions extends CallOptions {
  /** The `code` query parameter of the callback. */
  readonly code: string
  /** The verifier `getOAuth2AuthorizationUrl` returned. */
  readonly codeVerifier: string
  /** The same callback URL the authorization URL was built with. */
  readonly callbackUrl: string
}

/** The client's identity at the token endpoint. */
export interface OAuth2ClientIdentity {
  readonly clientId: string
  readonly clientSecret?: string | undefined
}

/** Sends a prepared request and returns the body of a successful answer (the core's `sendRaw`). */
export type RawSender = (request: PreparedRequest, options?: CallOptions) => Promise<string>

/** Builds the authorization URL with a fresh state and code verifier (unless given). */
export function buildAuthorizationUrl(hosts: Hosts, clientId: string, options: OAuth2AuthorizationUrlOptions): OAuth2AuthorizationUrl {
  if (!options.callbackUrl) throw new TwythonError('getOAuth2AuthorizationUrl needs the callbackUrl X sends the user back to.')
  if (!Array.isArray(options.scopes) || options.scopes.length === 0) throw new TwythonError('getOAuth2AuthorizationUrl needs at least one scope, e.g. ["tweet.read", "users.read"].')
  for (const scope of options.scopes) if (!/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(scope)) throw new TwythonError(`Invalid OAuth 2 scope ${JSON.stringify(scope)}.`)
  const codeVerifier = options.codeVerifier ?? createCodeVerifier()
  if (!isCodeVerifier(codeVerifier)) throw new TwythonError('The code verifier must have 43 to 128 characters of A-Z, a-z, 0-9, "-", ".", "_" and "~" (RFC 7636).')
  const state = options.state ?? createState()
  const query = formatPairs([
    ['response_type', 'code'],
    ['client_id', clientId],
    ['redirect_uri', options.callbackUrl],
    ['scope', options.scopes.join(' ')],
    ['state', state],
    ['code_challenge', codeChallengeS256(codeVerifier)],
    ['code_challenge_method', 'S256'],
  ])
  return { url: `${hosts.authorize}/i/oauth2/authorize?${query}`, state, codeVerifier }
}

/** The Basic credentials of a confidential client (RFC 6749 2.3.1: form-encode id and secret first). */
function basicAuth(client: OAuth2ClientIdentity): Record<string, string> {
  if (client.clientSecret === undefined) return {}
  const pair = `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`
  return { authorization: `Basic ${base64(new TextEncoder().encode(pair))}` }
}

/** POSTs a form to the token or revoke endpoint with the client's authentication. */
async function postForm(send: RawSender, url: string, client: OAuth2ClientIdentity, form: [string, string][], options: CallOptions): Promise<unknown> {
  // X's examples send client_id in the body for both client types; a confidential client adds Basic.
  const pairs: [string, string][] = [...form, ['client_id', client.clientId]]
  const { signal, timeout, headers } = options
  const text = await send(
    { method: 'POST', url, form: pairs, contentType: FORM_TYPE, auth: 'none' },
    { ...(signal ? { signal } : {}), ...(timeout !== undefined ? { timeout } : {}), headers: { ...headers, ...basicAuth(client) } },
  )
  try {
    return text.length === 0 ? {} : (JSON.parse(text) as unknown)
  } catch (error) {
    throw new TwythonError('The OAuth 2 token endpoint did not answer with JSON.', { url, cause: error })
  }
}

/** Turns X's token response (`expires_in` seconds, space-separated `scope`) into an `OAuth2Token`. */
export function tokenFromResponse(body: unknown, now: number): OAuth2Token {
  const b = (body ?? {}) as Record<string, unknown>
  if (typeof b.access_token !== 'string' || b.access_token === '' || String(b.token_type).toLowerCase() !== 'bearer') {
    throw new TwythonAuthError('The OAuth 2 token endpoint answered without a bearer access token.')
  }
  const expiresIn = typeof b.expires_in === 'number' && Number.isFinite(b.expires_in) ? b.expires_in : Number(b.expires_in ?? DEFAULT_EXPIRES_IN_SECONDS)
  const scopes = typeof b.scope === 'string' ? b.scope.split(/\s+/).filter(Boolean) : []
  return {
    accessToken: b.access_token,
    ...(typeof b.refresh_token === 'string' && b.refresh_token !== '' ? { refreshToken: b.refresh_token } : {}),
    expiresAt: now + (Number.isFinite(expiresIn) ? expiresIn : DEFAULT_EXPIRES_IN_SECONDS) * 1000,
    scopes,
    tokenType: 'bearer',
  }
}

/** X's OAuth error (`error`, `error_description`) of a failed token call, for messages. */
function oauthErrorOf(error: unknown): { code?: string; description?: string; status?: number } {
  if (!(error instanceof TwythonError)) return {}
  const first = error.errors[0] as { error?: unknown; message?: unknown } | undefined
  return {
    ...(typeof first?.error === 'string' ? { code: first.error } : {}),
    ...(typeof first?.message === 'string' ? { description: first.message } : {}),
    ...(error.status !== undefined ? { status: error.status } : {}),
  }
}

function describe(e: { code?: string; description?: string }): string {
  if (e.code && e.description) return `${e.code}: ${e.description}`
  return e.description ?? e.code ?? 'no reason given'
}

/**
 * Wraps a refused token call: a 4xx becomes a `TwythonAuthError` (the credentials or the grant are
 * wrong); a network failure or a 5xx stays as it is, since trying again may work.
 */
function refused(error: unknown, what: string, advice: string, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return error
  const e = oauthErrorOf(error)
  if (e.status === undefined || e.status >= 500) return error
  const init = { status: e.status, ...(error instanceof TwythonError ? { errors: error.errors, url: error.url } : {}), cause: error }
  return new TwythonAuthError(`${what} (${describe(e)}). ${advice}`, init)
}

/** `grant_type=authorization_code`: trades the callback's code and the PKCE verifier for the user's token. */
export async function exchangeCode(send: RawSender, hosts: Hosts, client: OAuth2ClientIdentity, options: OAuth2TokenOptions, now: () => number): Promise<OAuth2Token> {
  const { code, codeVerifier, callbackUrl, ...callOptions } = options
  if (!code) throw new TwythonError('getOAuth2Token needs the code from the callback URL.')
  if (!codeVerifier) throw new TwythonError('getOAuth2Token needs the codeVerifier that getOAuth2AuthorizationUrl returned.')
  if (!callbackUrl) throw new TwythonError('getOAuth2Token needs the same callbackUrl the authorization URL was built with.')
  const form: [string, string][] = [
    ['grant_type', 'authorization_code'],
    ['code', code],
    ['redirect_uri', callbackUrl],
    ['code_verifier', codeVerifier],
  ]
  let body: unknown
  try {
    body = await postForm(send, `${hosts.v2}/2/oauth2/token`, client, form, callOptions)
  } catch (error) {
    throw refused(error, 'X refused the authorization code', 'The code is single use and short-lived; the callback URL and code verifier must be the ones of the same authorization request. Start the sign-in again.', callOptions.signal)
  }
  return tokenFromResponse(body, now())
}

/** `grant_type=refresh_token`: spends the refresh token and returns the rotated token. */
export async function refreshToken(send: RawSender, hosts: Hosts, client: OAuth2ClientIdentity, token: string, options: CallOptions, now: () => number): Promise<OAuth2Token> {
  let body: unknown
  try {
    body = await postForm(send, `${hosts.v2}/2/oauth2/token`, client, [['grant_type', 'refresh_token'], ['refresh_token', token]], options)
  } catch (error) {
    throw refused(error, 'X refused the refresh token', 'It is spent (each refresh token works once) or revoked: the user must sign in again.', options.signal)
  }
  return tokenFromResponse(body, now())
}

/** `POST /2/oauth2/revoke` for one token. */
export async function revokeToken(send: RawSender, hosts: Hosts, client: OAuth2ClientIdentity, token: string, hint: 'access_token' | 'refresh_token', options: CallOptions): Promise<void> {
  try {
    await postForm(send, `${hosts.v2}/2/oauth2/revoke`, client, [['token', token], ['token_type_hint', hint]], options)
  } catch (error) {
    throw refused(error, 'X refused to revoke the token', 'Check the client id (and secret for a confidential client).', options.signal)
  }
}

/** `grant_type=client_credentials` with a confidential client: an app-only bearer token (a string). */
export async function clientCredentials(send: RawSender, hosts: Hosts, client: OAuth2ClientIdentity, options: CallOptions): Promise<string> {
  if (client.clientSecret === undefined) throw new TwythonAuthError('An app-only token (client_credentials) needs a confidential client: pass clientSecret.')
  let body: unknown
  try {
    body = await postForm(send, `${hosts.v2}/2/oauth2/token`, client, [['grant_type', 'client_credentials']], options)
  } catch (error) {
    throw refused(error, 'X refused the client credentials', 'Check the client id and secret.', options.signal)
  }
  return tokenFromResponse(body, 0).accessToken
}
