/**
 * Rate limits per endpoint and token, in fixed windows as Twitter counts them: the first call opens a
 * window of `window` minutes (15 unless the spec says otherwise), each call spends one, and a spent window
 * answers 429 code 88 until it resets. Every answer carries `x-rate-limit-limit/-remaining/-reset`.
 */
import type { SpecRoute } from '../generated/routes.js'
import { ApiError } from './errors.js'

/** Rate-limit settings of `startEmulator`. */
export interface RateLimitOptions {
  /** Length of every window in milliseconds, replacing each route's own (tests use a second or so). */
  readonly windowMs?: number
  /** Requests per window by route id (Twython name), replacing the spec's numbers. */
  readonly limits?: Readonly<Record<string, number>>
  /**
   * Limit of routes the spec gives none (mostly POST endpoints, which Twitter limits per day or per 3 hours).
   * @default 300
   */
  readonly defaultLimit?: number
}

/** Who is spending: one bucket per access token or per bearer token. */
export interface RateLimitKey {
  readonly kind: 'user' | 'app'
  readonly token: string
}

export interface LimitStatus {
  readonly limit: number
  readonly remaining: number
  readonly reset: number
}

interface Window {
  resetMs: number
  used: number
}

export class RateLimiter {
  readonly #limits = new Map<string, number>()
  readonly #windows = new Map<string, Window>()
  readonly #windowMs: number | undefined
  readonly #defaultLimit: number

  constructor(
    options: RateLimitOptions,
    private readonly now: () => number,
  ) {
    this.#windowMs = options.windowMs
    this.#defaultLimit = options.defaultLimit ?? 300
    for (const [id, limit] of Object.entries(options.limits ?? {})) this.#limits.set(id, limit)
  }

  /** Sets a route's limit and starts fresh windows for it. */
  setLimit(routeId: string, limit: number): void {
    this.#limits.set(routeId, limit)
    for (const key of this.#windows.keys()) if (key.startsWith(`${routeId}|`)) this.#windows.delete(key)
  }

  /** Forgets every spent window (overrides stay). */
  reset(): void {
    this.#windows.clear()
  }

  limitOf(route: SpecRoute, kind: RateLimitKey['kind']): number {
    const spec = kind === 'user' ? route.rateLimit?.user : (route.rateLimit?.app ?? route.rateLimit?.user)
    return this.#limits.get(route.id) ?? spec ?? this.#defaultLimit
  }

  #windowOf(route: SpecRoute): number {
    return this.#windowMs ?? (route.rateLimit?.window ?? 15) * 60_000
  }

  /**
   * Spends one call of `route` for `key`; returns the headers for the answer, or throws the 429 (with the
   * same headers) when the window is spent.
   */
  spend(route: SpecRoute, key: RateLimitKey): Record<string, string> {
    const limit = this.limitOf(route, key.kind)
    const now = this.now()
    const id = `${route.id}|${key.kind}:${key.token}`
    let window = this.#windows.get(id)
    if (!window || window.resetMs <= now) this.#windows.set(id, (window = { resetMs: now + this.#windowOf(route), used: 0 }))
    const headers = (remaining: number) => ({ 'x-rate-limit-limit': String(limit), 'x-rate-limit-remaining': String(remaining), 'x-rate-limit-reset': String(Math.ceil(window.resetMs / 1000)) })
    if (window.used >= limit) throw new ApiError(429, 88, 'Rate limit exceeded', headers(0))
    window.used++
    return headers(limit - window.used)
  }

  /** The state of one route's window for a key, without spending anything. */
  status(route: SpecRoute, key: RateLimitKey): LimitStatus {
    const limit = this.limitOf(route, key.kind)
    const now = this.now()
    const window = this.#windows.get(`${route.id}|${key.kind}:${key.token}`)
    const live = window !== undefined && window.resetMs > now
    return { limit, remaining: live ? Math.max(0, limit - window.used) : limit, reset: Math.ceil((live ? window.resetMs : now + this.#windowOf(route)) / 1000) }
  }
}
