/**
 * Who is calling: OAuth 1.0a user requests (signature, timestamp window, nonce replay), OAuth 2 app-only
 * bearer tokens (`oauth2/token`, `oauth2/invalidate_token`), and the three-legged flow
 * (`oauth/request_token`, the authorize page, approval, `oauth/access_token`).
 */
import { randomBytes, randomInt } from 'node:crypto'
import { ApiError, badAuthData, couldNotAuthenticate, invalidToken } from '../server/errors.js'
import type { State } from '../state/state.js'
import { hmacSha1, NonceStore, parseBasic, parseOAuthHeader, sameSignature, signatureBaseString } from './oauth.js'

/** Credentials in the shape the `Twython` constructor takes. */
export interface EmulatorCredentials {
  readonly appKey: string
  readonly appSecret: string
  readonly oauthToken: string
  readonly oauthTokenSecret: string
}

/** The caller of an API request, once verified. */
export type Principal = { readonly kind: 'user'; readonly userId: string; readonly token: string } | { readonly kind: 'app'; readonly token: string }

/** What a signature covers: method, base string URI, and query + form + OAuth header parameters. */
export interface SignedRequest {
  readonly method: string
  readonly baseUri: string
  /** Query and form-body parameters, decoded, duplicates kept. */
  readonly params: readonly (readonly [string, string])[]
  readonly authorization: string | undefined
}

/** The application every emulator knows; its name shows on the authorize page. */
export const APP_NAME = 'Twython Emulator App'
const APP = { appKey: 'emuConsumerKey7d1f3c9a2b', appSecret: 'emuConsumerSecret0c4e8b1f6a2d9e7c3b5a1f0d8e6c4b2a' }
const REQUEST_TOKEN_TTL_MS = 15 * 60_000

interface RequestToken {
  readonly secret: string
  readonly callback: string
  readonly createdMs: number
  verifier?: string
  userId?: string
}

export interface AuthOptions {
  readonly state: State
  readonly now: () => number
  /** Seconds an `oauth_timestamp` may differ from the clock. @default 300 */
  readonly timestampWindowSeconds?: number
  /** Fixed credentials instead of the built-in app key and a random access token (any field may be left out). */
  readonly credentials?: Partial<EmulatorCredentials>
}

const token = (bytes: number) => randomBytes(bytes).toString('base64url')

/** Who the authorize page proposes to sign in as. */
const SIGNED_IN_NAME = 'emu_dev'

/** An HTML answer of the authorize flow; `location` for a redirect to the application's callback. */
export interface AuthorizePage {
  readonly status: number
  readonly html: string
  readonly location?: string
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function page(status: number, title: string, body: string): AuthorizePage {
  return { status, html: `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Twitter / ${esc(title)}</title></head>\n<body>\n<h1>${esc(title)}</h1>\n${body}\n</body></html>\n` }
}

/** `url` with `params` appended to its query (the callback may carry its own). */
function withQuery(url: string, params: Readonly<Record<string, string>>): string {
  const sep = url.includes('?') ? '&' : '?'
  return `${url}${sep}${Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')}`
}

export class AuthService {
  readonly app: { readonly appKey: string; readonly appSecret: string }
  /** The seeded user's ready-made credentials. */
  readonly credentials: EmulatorCredentials
  readonly #state: State
  readonly #now: () => number
  readonly #window: number
  readonly #nonces: NonceStore
  readonly #accessTokens = new Map<string, { secret: string; userId: string }>()
  readonly #requestTokens = new Map<string, RequestToken>()
  /** bearer token -> consumer key */
  readonly #bearers = new Map<string, string>()

  constructor(options: AuthOptions, screenName: string) {
    this.#state = options.state
    this.#now = options.now
    this.#window = options.timestampWindowSeconds ?? 300
    this.#nonces = new NonceStore(this.#window * 2)
    const fixed = options.credentials ?? {}
    this.app = { appKey: fixed.appKey ?? APP.appKey, appSecret: fixed.appSecret ?? APP.appSecret }
    const user = fixed.oauthToken !== undefined && fixed.oauthTokenSecret !== undefined ? this.#register(screenName, fixed.oauthToken, fixed.oauthTokenSecret) : this.issueAccessToken(screenName)
    this.credentials = { ...this.app, ...user }
  }

  /** Forgets request tokens, bearer tokens and nonces; access tokens stay valid (seeded user ids are stable). */
  reset(): void {
    this.#requestTokens.clear()
    this.#bearers.clear()
    this.#nonces.clear()
  }

  /** A new access token pair for a seeded user. */
  issueAccessToken(screenName: string): { oauthToken: string; oauthTokenSecret: string } {
    const user = this.#state.userByName(screenName)
    if (!user) throw new Error(`Unknown user @${screenName}`)
    return this.#register(screenName, `${user.id}-${token(24)}`, token(30))
  }

  /** Makes a given token pair a seeded user's access token (fixed credentials from a flag or seed file). */
  #register(screenName: string, oauthToken: string, oauthTokenSecret: string): { oauthToken: string; oauthTokenSecret: string } {
    const user = this.#state.userByName(screenName)
    if (!user) throw new Error(`Unknown user @${screenName}`)
    if (oauthToken === '' || oauthTokenSecret === '') throw new Error('A fixed access token and its secret must not be empty')
    this.#accessTokens.set(oauthToken, { secret: oauthTokenSecret, userId: user.id.toString() })
    return { oauthToken, oauthTokenSecret }
  }

  /** Verifies an API request: a bearer token or an OAuth 1.0a signature with an access token. */
  authenticate(request: SignedRequest): Principal {
    const header = request.authorization
    if (header && /^Bearer\s/i.test(header)) {
      const bearer = header.replace(/^Bearer\s+/i, '').trim()
      if (!this.#bearers.has(bearer)) throw invalidToken()
      return { kind: 'app', token: bearer }
    }
    const oauth = this.#verify(request, (t) => this.#accessTokens.get(t)?.secret)
    const accessToken = oauth.get('oauth_token') ?? ''
    const access = this.#accessTokens.get(accessToken)
    // A consumer-only signature is genuine but names no user: Twitter answers 89 for it on API calls.
    if (!access) throw invalidToken()
    return { kind: 'user', userId: access.userId, token: accessToken }
  }

  /**
   * Checks an OAuth 1.0a signature, the timestamp window and the nonce; returns the header parameters.
   * `secretOf` gives the token secret of `oauth_token` (undefined: unknown token).
   */
  #verify(request: SignedRequest, secretOf: (token: string) => string | undefined): Map<string, string> {
    const oauth = parseOAuthHeader(request.authorization)
    if (!oauth) throw badAuthData()
    const consumerKey = oauth.get('oauth_consumer_key')
    const signature = oauth.get('oauth_signature')
    const nonce = oauth.get('oauth_nonce')
    const timestampText = oauth.get('oauth_timestamp') ?? ''
    if (!consumerKey || !signature || !nonce || !/^\d+$/.test(timestampText) || oauth.get('oauth_signature_method') !== 'HMAC-SHA1') throw badAuthData()
    if (oauth.has('oauth_version') && oauth.get('oauth_version') !== '1.0') throw badAuthData()
    if (consumerKey !== this.app.appKey) throw couldNotAuthenticate()
    const timestamp = Number(timestampText)
    const nowSeconds = Math.floor(this.#now() / 1000)
    if (Math.abs(nowSeconds - timestamp) > this.#window) throw new ApiError(401, 135, 'Timestamp out of bounds.')
    const accessToken = oauth.get('oauth_token')
    const tokenSecret = accessToken ? secretOf(accessToken) : ''
    // An unknown (or used, or expired) token is Twitter's 89, not a bad signature.
    if (tokenSecret === undefined) throw invalidToken()
    const protocol = [...oauth].filter(([k]) => k !== 'oauth_signature' && k !== 'realm')
    const signs = (params: readonly (readonly [string, string])[]) => sameSignature(hmacSha1(signatureBaseString(request.method, request.baseUri, [...params, ...protocol]), this.app.appSecret, tokenSecret), signature)
    // Some clients send a protocol parameter (oauth_callback, oauth_verifier) in the header and again in the
    // query or body with the same value, signing it once; Twitter accepted that, so the copy may be left out.
    // A copy with another value is a different request and must be signed as sent.
    const echoes = (k: string, v: string) => k.startsWith('oauth_') && oauth.get(k) === v
    if (!signs(request.params) && !(request.params.some(([k, v]) => echoes(k, v)) && signs(request.params.filter(([k, v]) => !echoes(k, v))))) throw couldNotAuthenticate()
    // The nonce is spent only by a genuine request, so a forged one cannot lock out the real client.
    if (!this.#nonces.use(consumerKey, nonce, timestamp, nowSeconds)) throw couldNotAuthenticate()
    return oauth
  }

  /** `POST oauth/request_token`: signed with the consumer alone; answers the form-encoded temporary credentials. */
  requestToken(request: SignedRequest): string {
    const oauth = this.#verify(request, () => undefined)
    const callback = oauth.get('oauth_callback') ?? request.params.find(([k]) => k === 'oauth_callback')?.[1] ?? 'oob'
    if (callback !== 'oob' && !/^[a-z][a-z0-9+.-]*:/i.test(callback)) throw new ApiError(401, 32, 'Could not authenticate you.')
    const requestToken = token(24)
    const secret = token(30)
    this.#requestTokens.set(requestToken, { secret, callback, createdMs: this.#now() })
    return `oauth_token=${requestToken}&oauth_token_secret=${secret}&oauth_callback_confirmed=true`
  }

  #pending(requestToken: string): RequestToken | undefined {
    const pending = this.#requestTokens.get(requestToken)
    if (pending && this.#now() - pending.createdMs > REQUEST_TOKEN_TTL_MS) {
      this.#requestTokens.delete(requestToken)
      return undefined
    }
    return pending
  }

  /** `POST oauth/access_token`: signed with the consumer and the approved request token, plus the verifier. */
  accessToken(request: SignedRequest): string {
    const oauth = this.#verify(request, (t) => this.#pending(t)?.secret)
    const requestToken = oauth.get('oauth_token') ?? ''
    const pending = this.#pending(requestToken)
    if (!pending) throw invalidToken()
    const verifier = oauth.get('oauth_verifier') ?? request.params.find(([k]) => k === 'oauth_verifier')?.[1]
    if (!pending.verifier || !pending.userId || verifier !== pending.verifier) throw new ApiError(401, 32, 'Could not authenticate you.')
    // Single use: a request token is gone once exchanged.
    this.#requestTokens.delete(requestToken)
    const user = this.#state.users.get(pending.userId)
    if (!user) throw invalidToken()
    const issued = this.issueAccessToken(user.screen_name)
    return `oauth_token=${issued.oauthToken}&oauth_token_secret=${issued.oauthTokenSecret}&user_id=${user.id}&screen_name=${user.screen_name}`
  }

  /** Approves a request token as the user would on twitter.com; returns the verifier and the callback to follow. */
  approve(requestToken: string, screenName = 'emu_dev'): { verifier: string; callbackUrl?: string } {
    const pending = this.#pending(requestToken)
    if (!pending) throw new Error('Unknown or expired request token')
    const user = this.#state.userByName(screenName)
    if (!user) throw new Error(`Unknown user @${screenName}`)
    pending.userId = user.id.toString()
    // For `oob` Twitter shows the verifier as a seven-digit PIN the user types into the application.
    pending.verifier = pending.callback === 'oob' ? String(randomInt(0, 10_000_000)).padStart(7, '0') : token(24)
    if (pending.callback === 'oob') return { verifier: pending.verifier }
    return { verifier: pending.verifier, callbackUrl: withQuery(pending.callback, { oauth_token: requestToken, oauth_verifier: pending.verifier }) }
  }

  /**
   * Denies a request token as the user would with "Cancel": the token is gone, and the callback (if any)
   * gets `denied=<request token>` instead of a verifier, as Twitter sent it.
   */
  deny(requestToken: string): { callbackUrl?: string } {
    const pending = this.#pending(requestToken)
    if (!pending) throw new Error('Unknown or expired request token')
    this.#requestTokens.delete(requestToken)
    return pending.callback === 'oob' ? {} : { callbackUrl: withQuery(pending.callback, { denied: requestToken }) }
  }

  /**
   * The HTML of `GET oauth/authenticate` and `GET oauth/authorize` for a request token (escaped); Twitter's
   * `screen_name` parameter fills the user name in.
   */
  authorizePage(requestToken: string, error?: string, screenName?: string): AuthorizePage {
    if (!this.#pending(requestToken)) return page(404, 'This page is no longer valid', '<p>The request token is unknown, used or expired. Go back to the application and sign in again.</p>')
    return page(
      error ? 400 : 200,
      `Authorize ${APP_NAME} to use your account?`,
      `${error ? `<p class="error" role="alert">${esc(error)}</p>\n` : ''}<p>This application will be able to read Tweets from your timeline, see who you follow, and post Tweets for you.</p>
<form method="post" action="/oauth/authorize">
<input type="hidden" name="oauth_token" value="${esc(requestToken)}">
<label>Username <input name="screen_name" value="${esc(screenName?.replace(/^@/, '') || SIGNED_IN_NAME)}" autocomplete="username"></label>
<input id="allow" type="submit" value="Authorize app">
<input id="cancel" name="cancel" type="submit" value="Cancel">
</form>`,
    )
  }

  /**
   * `POST oauth/authorize` (the authorize page's form): `Authorize app` approves as `screen_name` and
   * redirects to the callback with `oauth_token` and `oauth_verifier`, or shows the PIN for `oob`;
   * `Cancel` (a `cancel` field) denies and redirects with `denied`, or says so for `oob`.
   */
  submitAuthorize(form: ReadonlyMap<string, string>): AuthorizePage {
    const requestToken = form.get('oauth_token') ?? ''
    if (!this.#pending(requestToken)) return this.authorizePage(requestToken)
    if (form.has('cancel')) {
      const { callbackUrl } = this.deny(requestToken)
      if (callbackUrl) return { ...page(302, 'Redirecting', `<p><a href="${esc(callbackUrl)}">Return to the application</a>.</p>`), location: callbackUrl }
      return page(200, 'You did not authorize the application', `<p>${esc(APP_NAME)} will not have access to your account. You can close this page.</p>`)
    }
    const screenName = (form.get('screen_name') ?? SIGNED_IN_NAME).trim() || SIGNED_IN_NAME
    if (!this.#state.userByName(screenName)) return this.authorizePage(requestToken, `There is no account @${screenName.replace(/^@/, '')}.`, screenName)
    const approved = this.approve(requestToken, screenName)
    if (approved.callbackUrl) return { ...page(302, 'Redirecting', `<p><a href="${esc(approved.callbackUrl)}">Return to the application</a>.</p>`), location: approved.callbackUrl }
    return page(200, `You have authorized ${APP_NAME}`, `<p>Enter this PIN in the application to complete the authorization:</p>\n<p><kbd id="oauth_pin">${esc(approved.verifier)}</kbd></p>`)
  }

  #appFromBasic(authorization: string | undefined): void {
    const basic = parseBasic(authorization)
    if (!basic || basic.key !== this.app.appKey || basic.secret !== this.app.appSecret) throw new ApiError(403, 99, 'Unable to verify your credentials')
  }

  /** `POST oauth2/token`: the app's bearer token; the same one again until it is invalidated, as Twitter does. */
  issueBearer(authorization: string | undefined, params: ReadonlyMap<string, string>): { token_type: 'bearer'; access_token: string } {
    this.#appFromBasic(authorization)
    if (params.get('grant_type') !== 'client_credentials') throw new ApiError(403, 170, 'Missing required parameter: grant_type')
    let bearer = [...this.#bearers].find(([, key]) => key === this.app.appKey)?.[0]
    if (!bearer) {
      // Twitter's bearer tokens start with a run of A's and carry percent-encoded characters.
      bearer = `AAAAAAAAAAAAAAAAAAAAA${token(18)}%2F${token(24)}%3D${token(12)}`
      this.#bearers.set(bearer, this.app.appKey)
    }
    return { token_type: 'bearer', access_token: bearer }
  }

  /** `POST oauth2/invalidate_token`: revokes a bearer token. */
  invalidateBearer(authorization: string | undefined, params: ReadonlyMap<string, string>): { access_token: string } {
    this.#appFromBasic(authorization)
    const given = params.get('access_token') ?? ''
    // Clients send the token either as issued or percent-decoded once more.
    const known = [given, safeDecode(given)].find((t) => this.#bearers.has(t))
    if (!known) throw invalidToken()
    this.#bearers.delete(known)
    return { access_token: known }
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
