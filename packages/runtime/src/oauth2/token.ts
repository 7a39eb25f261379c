/**
 * The OAuth 2.0 user token and where it lives. X's refresh tokens are single use: every refresh returns a
 * new pair and spends the old refresh token, so the rotated token must reach durable storage before it is
 * used, or a crash strands the only valid refresh token in memory. The client therefore reads the token
 * from a `TokenStore` before each call and writes a rotated one to it before sending with it.
 */

/** An OAuth 2.0 user access token with what the client needs to refresh it and check scopes locally. */
export interface OAuth2Token {
  readonly accessToken: string
  /** Present when the user granted `offline.access`; spent by each refresh (X rotates it). */
  readonly refreshToken?: string
  /** Epoch milliseconds when the access token expires. */
  readonly expiresAt: number
  /** The scopes X granted (which may be fewer than those asked for). */
  readonly scopes: readonly string[]
  readonly tokenType: 'bearer'
}

/**
 * Where the client keeps the current token of one user. `get` is read before every call; `set` is called
 * with each rotated token before the client uses it.
 */
export interface TokenStore {
  /**
   * Optional: a stable name, not a secret, for whose token this store holds (a Redis key, a file path), the
   * same in every process that shares the user. The rate-limit budget keys the user's windows by its hash;
   * without it, by a hash of the current access token, which starts the user's windows afresh at each refresh.
   */
  readonly id?: string
  get(): Promise<OAuth2Token | undefined>
  set(token: OAuth2Token): Promise<void>
  /**
   * Optional: runs `fn` while holding an exclusive (cross-process) lock for this store's token. When absent
   * the client uses an in-process single flight. The client, inside the lock, re-reads `get()` first and
   * refreshes only if the token it finds is still the expired one.
   */
  withLock?<T>(fn: () => Promise<T>): Promise<T>
}

/**
 * The default store: the token in memory, for one process. A restart loses it, so a bot that must survive
 * restarts uses `FileTokenStore` (`@twython/runtime/file-token-store`) or a shared store.
 */
export class MemoryTokenStore implements TokenStore {
  #token: OAuth2Token | undefined

  constructor(token?: OAuth2Token) {
    this.#token = token
  }

  async get(): Promise<OAuth2Token | undefined> {
    return this.#token
  }

  async set(token: OAuth2Token): Promise<void> {
    this.#token = token
  }

  /** Hides the token from `util.inspect`. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `MemoryTokenStore { token: ${this.#token ? '[hidden]' : 'none'} }`
  }

  toJSON(): Record<string, unknown> {
    return { store: 'memory' }
  }
}

/**
 * Checks that a value read from storage is a complete token (a store that holds anything else is
 * reported, never sent to X).
 */
export function isOAuth2Token(value: unknown): value is OAuth2Token {
  if (value === null || typeof value !== 'object') return false
  const t = value as Record<string, unknown>
  return (
    typeof t.accessToken === 'string' &&
    t.accessToken.length > 0 &&
    (t.refreshToken === undefined || typeof t.refreshToken === 'string') &&
    typeof t.expiresAt === 'number' &&
    Number.isFinite(t.expiresAt) &&
    Array.isArray(t.scopes) &&
    t.scopes.every((s) => typeof s === 'string') &&
    t.tokenType === 'bearer'
  )
}
