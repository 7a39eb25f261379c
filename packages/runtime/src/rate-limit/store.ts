/**
 * The rate-limit store: where the budget of each (credential identity x endpoint x window) lives. The
 * in-process {@link MemoryRateLimitStore} is the default; `@twython/redis` shares one budget between
 * processes. Every time crossing the interface is relative (`resetInMs`, `retryInMs`) so that each store
 * counts on its own clock: processes whose clocks disagree still agree on a Redis server's windows.
 */

/** One window a call spends from, with what to assume when the store has never heard of it. */
export interface WindowSeed {
  /** The store key. Built from a hash of the credential's identity, an endpoint and a window length; never a secret. */
  readonly key: string
  /**
   * Requests per window to assume when the key holds no live window and nothing was learned about it, or -1
   * when the spec gives no number: such a window constrains calls only once a response has described it.
   */
  readonly limit: number
  /** Window length in milliseconds to assume for a new window (the response headers correct it). */
  readonly windowMs: number
}

/** What a response's rate-limit headers said about one window. */
export interface WindowObservation {
  readonly key: string
  /** `x-rate-limit-limit` (or the 24-hour header's limit). */
  readonly limit: number
  /** `x-rate-limit-remaining`: what the server has left after counting this request. */
  readonly remaining: number
  /** Milliseconds from now until the server's window resets (from `x-rate-limit-reset`). */
  readonly resetInMs: number
}

/** The answer of {@link RateLimitStore.reserve}. */
export type Reservation =
  /** One request was taken from every window. */
  | { readonly ok: true }
  /** Some window is spent: nothing was taken; `retryInMs` is when the last spent one resets. */
  | { readonly ok: false; readonly retryInMs: number; readonly key: string }

/** A window as a store holds it. */
export interface WindowState {
  readonly limit: number
  readonly remaining: number
  /** Milliseconds until the window resets, on the store's clock. */
  readonly resetInMs: number
}

/**
 * A budget store. Implementations must make {@link reserve} atomic over all the windows it is given (take
 * one request from each, or from none) and keep windows only until they reset.
 *
 * The rules every store follows (the memory store is the reference, `@twython/redis` runs the same rules in
 * a Lua script):
 * - reserve: a key without a live window starts one from what was learned about it before (the limit and
 *   window length of earlier responses) or else from the seed, then every window must have one request
 *   left; seeds with limit -1 and no live window do not constrain the call. A window started from the
 *   seed alone (nothing learned) lets one request through and holds the others, retrying every
 *   {@link PROBE_POLL_MS}, until a response has described it or {@link PROBE_MS} have passed: the spec's
 *   numbers may be out of date (X lowers limits), and a burst sent on a wrong seed would be refused.
 * - observe: the first response of a window started from a seed fixes its reset (the server's window began
 *   when the request arrived); later ones may only push the reset later. The remaining count becomes the
 *   smaller of the server's and the limit less what this store has handed out, so in-flight requests the
 *   server has not counted yet stay spent. A reset already in the past is ignored (a late answer from a
 *   window that is over).
 */
export interface RateLimitStore {
  /** Takes one request from every window, or none when one of them is spent. */
  reserve(windows: readonly WindowSeed[]): Promise<Reservation>
  /** Corrects the windows with what a response said. */
  observe(observations: readonly WindowObservation[]): Promise<void>
  /** The live windows of the keys (undefined where none is live), without spending anything. */
  peek(keys: readonly string[]): Promise<readonly (WindowState | undefined)[]>
}

interface Entry {
  limit: number
  remaining: number
  /** Store-clock ms. */
  reset: number
  start: number
  /** A response has described this window (otherwise it was started from a seed or learned numbers). */
  confirmed: boolean
  /** Started from the seed alone: one request probes the window before the others go. */
  probe: boolean
}

interface Learned {
  limit: number
  windowMs: number | undefined
  /** Store-clock ms after which it is forgotten. */
  until: number
}

/** How long what a response taught about a key (its limit, its window length) is remembered. */
export const LEARNED_TTL_MS = 24 * 60 * 60 * 1000
/** How long a window started from the seed alone waits for its first response before trusting the seed. */
export const PROBE_MS = 2000
/** How often calls held by a probing window look again. */
export const PROBE_POLL_MS = 20

/**
 * The in-process store: a Map, one per `Twython` instance unless shared explicitly. Shared by the calls of
 * one process only; several processes on one token need a shared store such as `@twython/redis`.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #windows = new Map<string, Entry>()
  readonly #learned = new Map<string, Learned>()
  readonly #now: () => number

  /** @param options.now - the store's clock in milliseconds (tests); `Date.now` by default */
  constructor(options: { readonly now?: () => number } = {}) {
    this.#now = options.now ?? Date.now
  }

  async reserve(windows: readonly WindowSeed[]): Promise<Reservation> {
    return this.reserveSync(windows)
  }

  /** {@link reserve} without the promise, for callers that stay synchronous. */
  reserveSync(windows: readonly WindowSeed[]): Reservation {
    const now = this.#now()
    const live: Entry[] = []
    let blocked: { retryInMs: number; key: string } | undefined
    for (const seed of windows) {
      let entry = this.#live(seed.key, now)
      if (!entry) {
        const learned = this.#learnedOf(seed.key, now)
        const limit = learned?.limit ?? seed.limit
        if (limit < 0) continue
        entry = { limit, remaining: limit, reset: now + (learned?.windowMs ?? seed.windowMs), start: now, confirmed: false, probe: learned === undefined }
        this.#windows.set(seed.key, entry)
      }
      const probing = entry.probe && !entry.confirmed && entry.remaining < entry.limit && now < entry.start + PROBE_MS
      if (entry.remaining <= 0 || probing) {
        const retryInMs = entry.remaining <= 0 ? entry.reset - now : Math.min(PROBE_POLL_MS, entry.start + PROBE_MS - now)
        if (!blocked || retryInMs > blocked.retryInMs) blocked = { retryInMs, key: seed.key }
      }
      live.push(entry)
    }
    if (blocked) return { ok: false, ...blocked }
    for (const entry of live) entry.remaining -= 1
    return { ok: true }
  }

  async observe(observations: readonly WindowObservation[]): Promise<void> {
    const now = this.#now()
    for (const o of observations) {
      if (o.resetInMs <= 0) continue
      const reset = now + o.resetInMs
      const entry = this.#live(o.key, now)
      const learned = this.#learnedOf(o.key, now)
      let windowMs = learned?.windowMs
      if (!entry) {
        this.#windows.set(o.key, { limit: o.limit, remaining: Math.max(0, o.remaining), reset, start: now, confirmed: true, probe: false })
      } else {
        const used = entry.limit - entry.remaining
        if (!entry.confirmed) {
          entry.reset = reset
          windowMs = reset - entry.start
        } else if (reset > entry.reset) entry.reset = reset
        entry.remaining = Math.max(0, Math.min(o.remaining, o.limit - used))
        entry.limit = o.limit
        entry.confirmed = true
      }
      this.#learned.set(o.key, { limit: o.limit, windowMs, until: now + LEARNED_TTL_MS })
    }
  }

  async peek(keys: readonly string[]): Promise<readonly (WindowState | undefined)[]> {
    const now = this.#now()
    return keys.map((key) => {
      const entry = this.#live(key, now)
      return entry ? { limit: entry.limit, remaining: entry.remaining, resetInMs: entry.reset - now } : undefined
    })
  }

  #live(key: string, now: number): Entry | undefined {
    const entry = this.#windows.get(key)
    if (entry && entry.reset > now) return entry
    // An expired window goes at once, as a Redis key with its expiry would.
    if (entry) this.#windows.delete(key)
    return undefined
  }

  #learnedOf(key: string, now: number): Learned | undefined {
    const learned = this.#learned.get(key)
    if (learned && learned.until > now) return learned
    if (learned) this.#learned.delete(key)
    return undefined
  }
}
