/**
 * The OAuth flows of Twython: three-legged OAuth 1.0a (`getAuthenticationTokens`, then
 * `getAuthorizedTokens` with the verifier) and OAuth 2 app-only (`obtainAccessToken`). They follow
 * Twitter's reference: POST to `oauth/request_token` with `oauth_callback` signed in the header, POST to
 * `oauth/access_token` with `oauth_verifier`, and POST to `oauth2/token` with HTTP Basic credentials.
 */
import type { CallOptions, BaseCore } from './base-core.js'
import { TwythonAuthError, TwythonError } from './errors.js'
import { formatPairs } from './encode.js'

/** What `getAuthenticationTokens` returns: the request token, its secret, and where to send the user. */
export interface AuthenticationTokens {
  readonly oauth_token: string
  readonly oauth_token_secret: string
  readonly oauth_callback_confirmed: boolean
  /** The URL to send the user to, to approve the application. */
  readonly auth_url: string
  readonly [key: string]: unknown
}

/** What `getAuthorizedTokens` returns: the user's access token and who the user is. */
export interface AuthorizedTokens {
  readonly oauth_token: string
  readonly oauth_token_secret: string
  readonly user_id?: string
  readonly screen_name?: string
  readonly [key: string]: unknown
}

export interface AuthenticationTokensOptions extends CallOptions {
  /** Where Twitter sends the user back after approval (web apps); `oob` for PIN-based auth. */
  readonly callbackUrl?: string
  /** Make the user sign in again even if a session is open. */
  readonly forceLogin?: boolean
  /** Prefill the sign-in form with this screen name. */
  readonly screenName?: string
}

function requireOAuth1(core: BaseCore): void {
  if (core.oauthVersion !== 1) throw new TwythonError('This method can only be called when your OAuth version is 1.0.')
}

function parseForm(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of new URLSearchParams(text)) if (value !== '') out[key] = value
  return out
}

/** Step 1 of the three-legged flow: get a request token and the URL to send the user to. */
export async function getAuthenticationTokens(core: BaseCore, options: AuthenticationTokensOptions = {}): Promise<AuthenticationTokens> {
  requireOAuth1(core)
  const { callbackUrl, forceLogin, screenName, ...callOptions } = options
  const text = await core.sendRaw(
    // No form and no body: an empty string body would go out as text/plain (fetch's default for strings).
    { method: 'POST', url: `${core.hosts.api}/oauth/request_token`, auth: 'default', ...(callbackUrl ? { extraOAuthParams: { oauth_callback: callbackUrl } } : {}) },
    callOptions,
  )
  const tokens = parseForm(text)
  if (!tokens.oauth_token || !tokens.oauth_token_secret) throw new TwythonError('Unable to decode request tokens.')
  const confirmed = tokens.oauth_callback_confirmed === 'true'
  if (callbackUrl && !confirmed) throw new TwythonError('Twitter did not confirm the callback URL (oauth_callback_confirmed is not true).')
  const query: [string, string][] = [['oauth_token', tokens.oauth_token]]
  if (forceLogin) query.push(['force_login', 'true'])
  if (screenName) query.push(['screen_name', screenName])
  return { ...tokens, oauth_token: tokens.oauth_token, oauth_token_secret: tokens.oauth_token_secret, oauth_callback_confirmed: confirmed, auth_url: `${core.hosts.api}/oauth/${core.authEndpoint}?${formatPairs(query)}` }
}

/** Step 3 of the three-legged flow: trade the verifier (or PIN) for the user's access token. */
export async function getAuthorizedTokens(core: BaseCore, oauthVerifier: string, options: CallOptions = {}): Promise<AuthorizedTokens> {
  requireOAuth1(core)
  if (!oauthVerifier) throw new TwythonError('getAuthorizedTokens needs the oauth_verifier (or PIN) the user received.')
  const text = await core.sendRaw({ method: 'POST', url: `${core.hosts.api}/oauth/access_token`, auth: 'default', extraOAuthParams: { oauth_verifier: oauthVerifier } }, options)
  const tokens = parseForm(text)
  if (!tokens.oauth_token || !tokens.oauth_token_secret) throw new TwythonError('Unable to decode authorized tokens.')
  return { ...tokens, oauth_token: tokens.oauth_token, oauth_token_secret: tokens.oauth_token_secret }
}

/** OAuth 2 app-only: exchange the app's key and secret for a bearer token (a string). */
export async function obtainAccessToken(core: BaseCore, options: CallOptions = {}): Promise<string> {
  if (core.oauthVersion !== 2) throw new TwythonError('This method can only be called when your OAuth version is 2.0.')
  let body: { token_type?: unknown; access_token?: unknown }
  try {
    body = await core.send({ method: 'POST', url: `${core.hosts.api}/oauth2/token`, form: [['grant_type', 'client_credentials']], contentType: 'application/x-www-form-urlencoded;charset=UTF-8', auth: 'basic' }, options)
  } catch (error) {
    if (options.signal?.aborted) throw error
    const status = error instanceof TwythonError ? error.status : undefined
    throw new TwythonAuthError('Unable to obtain OAuth 2 access token.', { status, errorCode: error instanceof TwythonError ? error.errorCode : undefined, cause: error })
  }
  if (typeof body?.access_token !== 'string' || String(body.token_type).toLowerCase() !== 'bearer') {
    throw new TwythonAuthError('Unable to obtain OAuth 2 access token.', { status: core.lastCall?.status })
  }
  return body.access_token
}
