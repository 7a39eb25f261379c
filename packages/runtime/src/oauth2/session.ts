/**
 * One user's OAuth 2.0 session inside a `Core`: it reads the current token from the store before each
 * call, refreshes it shortly before it expires (or once after a 401), and writes the rotated token to the
 * store before anything uses it.
 *
 * Single flight: every caller that finds the same token expired waits for one refresh. The flight is kept
 * per store object, so several clients sharing one store in a process also refresh once; a store with
 * `withLock` extends that across processes. Inside the flight the store is read again, and the refresh
 * happens only if the token there is still the expired one.
 */
import { raceAbort } from '../upload/timing.js'
import type { CallOptions } from '../base-core.js'
import { TwythonAuthError, TwythonError } from '../errors.js'
import type { Hosts } from '../hosts.js'
import { buildAuthorizationUrl, clientCredentials, exchangeCode, refreshToken, revokeToken, type OAuth2AuthorizationUrl, type OAuth2AuthorizationUrlOptions, type OAuth2TokenOptions, type RawSender } from './flow.js'
import { isOAuth2Token, MemoryTokenStore, type OAuth2Token, type TokenStore } from './token.js'

/** A token is refreshed when it has less than this left (one minute), so no call goes out with a dying one. */
export const OAUTH2_REFRESH_MARGIN_MS = 60_000

/** Refreshes in progress, per store: callers in this process that share a store share the refresh. */
const flights = new WeakMap<TokenStore, Promise<OAuth2Token>>()

export interface OAuth2SessionInit {
  readonly clientId?: string | undefined
  readonly clientSecret?: string | undefined
  /** The user's token; with a store that already holds a later one, the store wins. */
  readonly token?: OAuth2Token | undefined
  readonly store?: TokenStore | undefined
  readonly hosts: Hosts
  readonly send: RawSender
  /** @default Date.now */
  readonly now?: () => number
}

export class OAuth2Session {
  readonly #clientId: string | undefined
  readonly #clientSecret: string | undefined
  readonly #store: TokenStore
  readonly #explicitStore: boolean
  readonly #userContext: boolean
  readonly #hosts: Hosts
  readonly #send: RawSender
  readonly #now: () => number
  #seed: OAuth2Token | undefined
  #ready: Promise<void> | undefined
  /** Refreshes this session sent to X (not those it joined or found done): for metrics and tests. */
  refreshes = 0

  constructor(init: OAuth2SessionInit) {
    this.#clientId = init.clientId
    this.#clientSecret = init.clientSecret
    this.#explicitStore = init.store !== undefined
    this.#store = init.store ?? new MemoryTokenStore()
    this.#seed = init.token
    this.#userContext = init.token !== undefined || init.store !== undefined
    this.#hosts = init.hosts
    this.#send = init.send
    this.#now = init.now ?? Date.now
    if (init.token !== undefined && !isOAuth2Token(init.token)) throw new TwythonError('oauth2Token must be an OAuth2Token: { accessToken, refreshToken?, expiresAt, scopes, tokenType: "bearer" }.')
  }

  /** True when the session signs calls as a user (it has a token or a store to read one from). */
  get hasUserToken(): boolean {
    return this.#userContext
  }

  /** The token store's stable name, when it has one (`TokenStore.id`). */
  get storeId(): string | undefined {
    return this.#store.id
  }

  get clientId(): string | undefined {
    return this.#clientId
  }

  get isConfidential(): boolean {
    return this.#clientSecret !== undefined
  }

  #client(what: string): { clientId: string; clientSecret?: string } {
    if (this.#clientId === undefined) throw new TwythonError(`${what} needs the app's OAuth 2.0 client id (clientId).`)
    return this.#clientSecret === undefined ? { clientId: this.#clientId } : { clientId: this.#clientId, clientSecret: this.#clientSecret }
  }

  authorizationUrl(options: OAuth2AuthorizationUrlOptions): OAuth2AuthorizationUrl {
    return buildAuthorizationUrl(this.#hosts, this.#client('getOAuth2AuthorizationUrl').clientId, options)
  }

  /** Trades the code for the user's token; an explicitly given store receives it too. */
  async exchange(options: OAuth2TokenOptions): Promise<OAuth2Token> {
    const token = await exchangeCode(this.#send, this.#hosts, this.#client('getOAuth2Token'), options, this.#now)
    if (this.#explicitStore) await this.#store.set(token)
    return token
  }

  async appToken(options: CallOptions): Promise<string> {
    return clientCredentials(this.#send, this.#hosts, this.#client('An app-only token'), options)
  }

  /** Puts the constructor's token into the store unless the store already holds a later one. */
  #init(): Promise<void> {
    this.#ready ??= (async () => {
      const seed = this.#seed
      if (!seed) return
      const stored = await this.#read()
      if (!stored || stored.expiresAt < seed.expiresAt) await this.#store.set(seed)
      this.#seed = undefined
    })().catch((error: unknown) => {
      // A store that failed to answer (a file being repaired) is asked again on the next call.
      this.#ready = undefined
      throw error
    })
    return this.#ready
  }

  async #read(): Promise<OAuth2Token | undefined> {
    const token = await this.#store.get()
    if (token !== undefined && !isOAuth2Token(token)) throw new TwythonError('The token store holds something that is not an OAuth2Token.')
    return token
  }

  /** The stored token as it is (no refresh). */
  async token(): Promise<OAuth2Token> {
    await this.#init()
    const token = await this.#read()
    if (!token) throw new TwythonAuthError('No OAuth 2.0 token: the token store is empty. Sign the user in (getOAuth2AuthorizationUrl, then getOAuth2Token).')
    return token
  }

  /** The token to send a call with: the stored one, refreshed first when it expires within the margin. */
  async tokenForCall(options: CallOptions = {}): Promise<OAuth2Token> {
    const token = await this.token()
    if (token.expiresAt - OAUTH2_REFRESH_MARGIN_MS > this.#now()) return token
    // Without a refresh token an expiring token is still sent: X decides, and says 401 when it is over.
    if (!token.refreshToken) return token
    try {
      return await this.refreshIfStill(token, options)
    } catch (error) {
      // A token endpoint that is down (network, 5xx) must not fail a call the current token can still make.
      const stillValid = token.expiresAt > this.#now()
      if (stillValid && !(error instanceof TwythonAuthError) && !options.signal?.aborted) return token
      throw error
    }
  }

  /**
   * After a 401 for a call sent with `used`: refreshes (once, shared) unless the store already holds a
   * newer token. Undefined when there is nothing to refresh with; the caller then reports the 401.
   */
  async afterUnauthorized(used: OAuth2Token, options: CallOptions = {}): Promise<OAuth2Token | undefined> {
    const current = await this.token()
    if (current.accessToken !== used.accessToken) return current
    if (!current.refreshToken) return undefined
    return this.refreshIfStill(used, options)
  }

  /** Refreshes now, whatever the expiry says (`refreshOAuth2Token()`). */
  async refreshNow(options: CallOptions = {}): Promise<OAuth2Token> {
    return this.refreshIfStill(await this.token(), options)
  }

  /** The single flight: one refresh for every caller holding `expired`, and none if the store moved on. */
  refreshIfStill(expired: OAuth2Token, options: CallOptions = {}): Promise<OAuth2Token> {
    const running = flights.get(this.#store) ?? this.#startFlight(expired, options)
    // The caller stops waiting on abort; the refresh itself goes on (X may already have rotated the pair).
    return raceAbort(running, options.signal)
  }

  #startFlight(expired: OAuth2Token, options: CallOptions): Promise<OAuth2Token> {
    // The refresh itself ignores the caller's signal: X may already have rotated the pair, and an aborted
    // request would drop the only copy of the new one. A caller that aborts stops waiting; the refresh
    // finishes and is stored for everyone else.
    const refreshOptions: CallOptions = options.timeout !== undefined ? { timeout: options.timeout } : {}
    const run = async (): Promise<OAuth2Token> => {
      const current = (await this.#read()) ?? expired
      if (current.accessToken !== expired.accessToken) return current
      if (!current.refreshToken) throw new TwythonAuthError('The OAuth 2.0 token expired and there is no refresh token (ask for the offline.access scope to get one): the user must sign in again.')
      let fresh: OAuth2Token
      try {
        fresh = await refreshToken(this.#send, this.#hosts, this.#client('Refreshing the OAuth 2.0 token'), current.refreshToken, refreshOptions, this.#now)
        this.refreshes += 1
      } catch (error) {
        // Another process sharing the store may have refreshed first and spent this refresh token.
        const after = await this.#read().catch(() => undefined)
        if (after && after.refreshToken !== current.refreshToken && after.accessToken !== current.accessToken) return after
        throw error
      }
      // Durable before use: nothing sends with the rotated token until the store has it.
      await this.#store.set(fresh)
      return fresh
    }
    const flight = (this.#store.withLock ? this.#store.withLock(run) : run()).finally(() => {
      if (flights.get(this.#store) === flight) flights.delete(this.#store)
    })
    flights.set(this.#store, flight)
    return flight
  }

  /** Revokes the refresh token (when there is one) and the access token at X. */
  async revoke(options: CallOptions = {}): Promise<void> {
    const token = await this.token()
    const client = this.#client('revokeOAuth2Token')
    if (token.refreshToken) await revokeToken(this.#send, this.#hosts, client, token.refreshToken, 'refresh_token', options)
    await revokeToken(this.#send, this.#hosts, client, token.accessToken, 'access_token', options)
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `OAuth2Session { client: ${this.#clientSecret === undefined ? 'public' : 'confidential'} }`
  }

  toJSON(): Record<string, unknown> {
    return { client: this.#clientSecret === undefined ? 'public' : 'confidential' }
  }
}
