/**
 * `RedisTokenStore`: an OAuth 2 user token kept in Redis, with a cross-process lock so that when the token
 * expires exactly one process spends the (rotating, single-use) refresh token while the others wait and
 * then read the token it stored.
 *
 * The lock is Redis's single-instance lock pattern: `SET key value NX PX ttl` with a random value, renewed
 * while the holder works, and released by a script that deletes the key only if it still holds that value,
 * so a holder whose lock expired can never release another's.
 */
import { randomBytes } from 'node:crypto'
import { RedisConnection, type RedisConnectionOptions } from './connection.js'

// The runtime's contracts (issue 14): the client reads and writes its token through a TokenStore.
import type { OAuth2Token, TokenStore } from '@twython/runtime'

export type { OAuth2Token, TokenStore }

/** Options of {@link RedisTokenStore}. */
export type RedisTokenStoreOptions = RedisConnectionOptions & {
  /**
   * The Redis key of the token, e.g. `twython:oauth2:<client id>:<user id>`. Name it by who the token is
   * for; never put a token or secret in it. The lock lives at `<key>:lock`.
   */
  readonly key: string
  /** How long a lock lives unless its holder renews it (it renews every third of this). @default 15000 */
  readonly lockTtlMs?: number
  /** How long `withLock` waits for another process's lock before it rejects. @default 60000 */
  readonly lockWaitMs?: number
}

const RELEASE_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`
const RENEW_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`

/**
 * An OAuth 2 token store in Redis, shared by every process of a deployment.
 *
 * @example
 * ```ts
 * const store = new RedisTokenStore({ url: process.env.REDIS_URL!, key: `twython:oauth2:${clientId}:${userId}` })
 * await store.withLock(async () => {
 *   const token = await store.get()
 *   if (token && token.expiresAt <= Date.now()) await store.set(await refresh(token))
 * })
 * ```
 */
export class RedisTokenStore implements TokenStore {
  readonly #redis: RedisConnection
  readonly #key: string
  readonly #lockTtlMs: number
  readonly #lockWaitMs: number

  constructor(options: RedisTokenStoreOptions) {
    if (typeof options.key !== 'string' || options.key === '') throw new TypeError('RedisTokenStore needs a key naming whose token it holds.')
    this.#redis = new RedisConnection(options)
    this.#key = options.key
    this.#lockTtlMs = options.lockTtlMs ?? 15_000
    this.#lockWaitMs = options.lockWaitMs ?? 60_000
  }

  /** The Redis key: every process that uses it is the same user (the rate-limit budget keys by it). */
  get id(): string {
    return `redis:${this.#key}`
  }

  async get(): Promise<OAuth2Token | undefined> {
    const raw = await this.#redis.command(['GET', this.#key])
    if (raw === null || raw === undefined) return undefined
    return JSON.parse(String(raw)) as OAuth2Token
  }

  async set(token: OAuth2Token): Promise<void> {
    await this.#redis.command(['SET', this.#key, JSON.stringify(token)])
  }

  /**
   * Runs `fn` holding the token's lock across every process on this Redis. Waits (polling) for another
   * holder to finish; rejects after `lockWaitMs`. The lock is renewed while `fn` runs and released after it,
   * whether it resolves or rejects.
   */
  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    const lockKey = `${this.#key}:lock`
    const value = randomBytes(16).toString('hex')
    const deadline = Date.now() + this.#lockWaitMs
    let pause = 10
    while ((await this.#redis.command(['SET', lockKey, value, 'NX', 'PX', String(this.#lockTtlMs)])) === null) {
      if (Date.now() >= deadline) throw new Error(`RedisTokenStore: the token's lock was still held by another process after ${this.#lockWaitMs} ms.`)
      await new Promise((resolve) => setTimeout(resolve, pause))
      pause = Math.min(pause * 2, 200)
    }
    const renew = setInterval(() => {
      this.#redis.script(RENEW_SCRIPT, [lockKey], [value, String(this.#lockTtlMs)]).catch(() => {})
    }, Math.max(10, Math.floor(this.#lockTtlMs / 3)))
    try {
      return await fn()
    } finally {
      clearInterval(renew)
      await this.#redis.script(RELEASE_SCRIPT, [lockKey], [value]).catch(() => {})
    }
  }

  /** Closes the connection the store opened from a URL (a client passed in is left open). */
  close(): Promise<void> {
    return this.#redis.close()
  }

  /** Keeps the token out of `util.inspect`: the store holds none in memory, only its key. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `RedisTokenStore { key: ${JSON.stringify(this.#key)} }`
  }
}
