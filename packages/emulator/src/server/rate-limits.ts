/**
 * Rate limits per endpoint and token, in fixed windows as X counts them: the first call opens a window of
 * the route's length (15 minutes unless the spec says otherwise), each call spends one, and a spent window
 * answers 429 code 88 until it resets. User-context calls are counted per access token, app-only calls per
 * bearer token (one per app), and 24-hour windows declared `per: 'app'` per application whoever calls.
 * Every answer carries `x-rate-limit-limit/-remaining/-reset` for the route's main window, and
 * `x-app-limit-24hour-*` / `x-user-limit-24hour-*` for its 24-hour windows.
 *
 * Limits and window lengths can be set per route (seconds or less, for tests), and the limiter keeps a log
 * of every window it served (how many calls it let through and refused) so tests can check, on the server
 * side, that no window served more than its limit. v1.1 routes give their limits as the spec's
 * `rateLimit: { window, user, app }`; other routes (X API v2) may give `rateLimits` windows instead.
 */
import { ApiError } from './errors.js'

/** Rate-limit settings of `startEmulator`. */
export interface RateLimitOptions {
  /** Length of every window in milliseconds, replacing each route's own (tests use a second or so). */
  readonly windowMs?: number
  /** Requests per window by route id (Twython name), replacing the spec's numbers. */
  readonly limits?: Readonly<Record<string, number>>
  /** Window length in milliseconds by route id, replacing `windowMs` and the spec for that route. */
  readonly windows?: Readonly<Record<string, number>>
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
  /** The application the token belongs to, for 24-hour per-app windows (the token itself when absent). */
  readonly app?: string
}

/** One window of a route in the runtime's shape (X API v2 routes). */
export interface LimitWindow {
  readonly windowSeconds: number
  readonly limit: number
  readonly per: 'user' | 'app'
}

/**
 * What the limiter needs of a route: its id and either the v1.1 spec's `rateLimit` (requests per `window`
 * minutes for user and app auth) or a list of windows. The emulator's `SpecRoute` fits.
 */
export interface LimitedRoute {
  readonly id: string
  readonly rateLimit?: { readonly window?: number; readonly user?: number | null; readonly app?: number | null } | null
  readonly rateLimits?: readonly LimitWindow[]
}

export interface LimitStatus {
  readonly limit: number
  readonly remaining: number
  readonly reset: number
}

/** Per-route overrides of `setRateLimit`. */
export interface SetRateLimitOptions {
  /** Window length in milliseconds for this route (e.g. 3000 for a 3-second window). */
  readonly windowMs?: number
}

/** One window the limiter opened, for assertions: how many calls it served and refused. */
export interface WindowRecord {
  readonly routeId: string
  /** `user`, `app`, or `app-24h` / `user-24h` for the daily windows. */
  readonly scope: string
  /** The bucket's token (an access token or bearer token of the emulator's own, never a real one). */
  readonly token: string
  /** Emulator-clock ms when the window opened and when it resets. */
  readonly start: number
  readonly reset: number
  readonly limit: number
  /** Calls answered inside the limit. */
  served: number
  /** Calls answered 429 because the window was spent. */
  refused: number
}

interface Bucket {
  readonly windowMs: number
  readonly limit: number
  /** How the bucket is named in the headers: `x-rate-limit`, `x-app-limit-24hour`, `x-user-limit-24hour`. */
  readonly header: string
  readonly scope: string
  readonly who: string
}

const DAY_SECONDS = 86_400
/** Windows kept in the log; older ones are dropped first. */
const LOG_SIZE = 10_000

export class RateLimiter {
  readonly #limits = new Map<string, number>()
  readonly #routeWindows = new Map<string, number>()
  readonly #windows = new Map<string, WindowRecord>()
  readonly #log: WindowRecord[] = []
  readonly #windowMs: number | undefined
  readonly #defaultLimit: number

  constructor(
    options: RateLimitOptions,
    private readonly now: () => number,
  ) {
    this.#windowMs = options.windowMs
    this.#defaultLimit = options.defaultLimit ?? 300
    for (const [id, limit] of Object.entries(options.limits ?? {})) this.#limits.set(id, limit)
    for (const [id, ms] of Object.entries(options.windows ?? {})) this.#routeWindows.set(id, ms)
  }

  /** Sets a route's limit (and optionally its window length) and starts fresh windows for it. */
  setLimit(routeId: string, limit: number, options: SetRateLimitOptions = {}): void {
    this.#limits.set(routeId, limit)
    if (options.windowMs !== undefined) this.#routeWindows.set(routeId, options.windowMs)
    for (const key of this.#windows.keys()) if (key.startsWith(`${routeId}|`)) this.#windows.delete(key)
  }

  /** Forgets every spent window and the log (overrides stay). */
  reset(): void {
    this.#windows.clear()
    this.#log.length = 0
  }

  /** The windows served so far (oldest first), optionally of one route only. */
  history(routeId?: string): readonly WindowRecord[] {
    return routeId === undefined ? [...this.#log] : this.#log.filter((w) => w.routeId === routeId)
  }

  limitOf(route: LimitedRoute, kind: RateLimitKey['kind']): number {
    return this.#buckets(route, { kind, token: '' })[0]!.limit
  }

  /** The buckets one call of `route` by `key` spends from; the first is the one `x-rate-limit-*` reports. */
  #buckets(route: LimitedRoute, key: RateLimitKey): Bucket[] {
    const override = this.#limits.get(route.id)
    const windowOverride = this.#routeWindows.get(route.id) ?? this.#windowMs
    const who = `${key.kind}:${key.token}`
    if (route.rateLimits && route.rateLimits.length > 0) {
      const main = route.rateLimits.filter((w) => w.per === key.kind && w.windowSeconds !== DAY_SECONDS)
      const daily = route.rateLimits.filter((w) => w.windowSeconds === DAY_SECONDS && (w.per === 'app' || w.per === key.kind))
      const first = main[0] ?? route.rateLimits.find((w) => w.windowSeconds !== DAY_SECONDS)
      const buckets: Bucket[] = [{ windowMs: windowOverride ?? (first?.windowSeconds ?? 900) * 1000, limit: override ?? first?.limit ?? this.#defaultLimit, header: 'x-rate-limit', scope: key.kind, who }]
      for (const w of daily) {
        const app = w.per === 'app'
        buckets.push({ windowMs: DAY_SECONDS * 1000, limit: w.limit, header: app ? 'x-app-limit-24hour' : 'x-user-limit-24hour', scope: `${w.per}-24h`, who: app ? `app:${key.app ?? key.token}` : who })
      }
      return buckets
    }
    const spec = key.kind === 'user' ? route.rateLimit?.user : (route.rateLimit?.app ?? route.rateLimit?.user)
    return [{ windowMs: windowOverride ?? (route.rateLimit?.window ?? 15) * 60_000, limit: override ?? spec ?? this.#defaultLimit, header: 'x-rate-limit', scope: key.kind, who }]
  }

  #window(route: LimitedRoute, bucket: Bucket, now: number, open: boolean): WindowRecord | undefined {
    const id = `${route.id}|${bucket.header}|${bucket.who}`
    let window = this.#windows.get(id)
    if ((!window || window.reset <= now) && open) {
      window = { routeId: route.id, scope: bucket.scope, token: bucket.who.slice(bucket.who.indexOf(':') + 1), start: now, reset: now + bucket.windowMs, limit: bucket.limit, served: 0, refused: 0 }
      this.#windows.set(id, window)
      this.#log.push(window)
      if (this.#log.length > LOG_SIZE) this.#log.shift()
    }
    return window && window.reset > now ? window : undefined
  }

  /**
   * Spends one call of `route` for `key`; returns the headers for the answer, or throws the 429 (with the
   * same headers) when a window is spent. A refused call spends nothing.
   */
  spend(route: LimitedRoute, key: RateLimitKey): Record<string, string> {
    const now = this.now()
    const buckets = this.#buckets(route, key)
    const windows = buckets.map((b) => this.#window(route, b, now, true)!)
    const headers = (spent: boolean): Record<string, string> => {
      const out: Record<string, string> = {}
      buckets.forEach((b, i) => {
        const w = windows[i]!
        out[`${b.header}-limit`] = String(b.limit)
        out[`${b.header}-remaining`] = String(spent ? Math.max(0, b.limit - w.served) : b.limit - w.served)
        out[`${b.header}-reset`] = String(Math.ceil(w.reset / 1000))
      })
      return out
    }
    const spentIndex = windows.findIndex((w, i) => w.served >= buckets[i]!.limit)
    if (spentIndex >= 0) {
      windows[spentIndex]!.refused++
      throw new ApiError(429, 88, 'Rate limit exceeded', headers(true))
    }
    for (const w of windows) w.served++
    return headers(false)
  }

  /** The state of one route's main window for a key, without spending anything. */
  status(route: LimitedRoute, key: RateLimitKey): LimitStatus {
    const now = this.now()
    const bucket = this.#buckets(route, key)[0]!
    const window = this.#window(route, bucket, now, false)
    return { limit: bucket.limit, remaining: window ? Math.max(0, bucket.limit - window.served) : bucket.limit, reset: Math.ceil((window ? window.reset : now + bucket.windowMs) / 1000) }
  }
}
