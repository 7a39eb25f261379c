/**
 * The client's rate-limit budget: which windows a call spends from, waiting for a spent window to reset
 * (when `wait` is on), correcting the store with every response's headers, and falling back to an
 * in-process store when a shared one fails. Core calls {@link RateLimitBudget.around} once per route call.
 */
import { sha256Base64url } from '#crypto'
import { TwythonRateLimitError } from '../errors.js'
import { sleep } from '../upload/timing.js'
import type { Route, RouteRateLimit } from '../route.js'
import { MemoryRateLimitStore, type RateLimitStore, type WindowObservation, type WindowSeed } from './store.js'

/** The `rateLimit` option of `new Twython({ ... })`. */
export interface RateLimitOptions {
  /**
   * Wait for a spent window to reset instead of sending a call that would be refused, and wait out (then
   * retry once) a 429 that still happens. Off by default, as in Twython: a spent window then gives the
   * server's `TwythonRateLimitError`.
   * @default false
   */
  readonly wait?: boolean
  /**
   * The longest a call waits in all, in milliseconds. A call whose window resets later rejects at once with
   * `TwythonRateLimitError` without being sent.
   * @default 960000 (16 minutes: one 15-minute window and some slack)
   */
  readonly maxWaitMs?: number
  /**
   * Where the budget lives. The default is in-process memory; `RedisRateLimitStore` from `@twython/redis`
   * shares it between processes. When the store fails, calls go on with an in-process budget (and a
   * warning) until it answers again.
   */
  readonly store?: RateLimitStore
}

/** A window's budget as `twitter.rateLimits.get(...)` reports it. */
export interface EndpointRateLimit {
  /** Requests allowed per window. */
  readonly limit: number
  /** Requests left in the current window. */
  readonly remaining: number
  /** Epoch milliseconds (this process's clock) when the window resets. */
  readonly resetAt: number
}

/** One window of an endpoint, for {@link RateLimitBudget.getAll}. */
export interface EndpointRateLimitWindow extends EndpointRateLimit {
  readonly windowSeconds: number
  readonly per: 'user' | 'app'
  /** The store key (hashes and names, no secret). */
  readonly key: string
}

/** The credential identities the budget is keyed by. Both are hashes; nothing here is a secret. */
export interface BudgetIdentity {
  /** Whose user budget calls spend: the user token's identity, or undefined for app-only calls. */
  readonly user: string | undefined
  /** The application's identity. */
  readonly app: string
}

/** One exchange with the server, as the budget needs to see it. */
export interface Exchange {
  readonly status: number
  readonly headers: Headers
}

/** Hashes an identity string (a consumer key and an access token, never a secret) into a key part. */
export function identityHash(kind: string, ...parts: readonly string[]): string {
  return sha256Base64url([kind, ...parts].join('\0')).slice(0, 22)
}

const DEFAULT_MAX_WAIT_MS = 16 * 60_000
const DEFAULT_WINDOW_SECONDS = 900
const DAY_SECONDS = 86_400
/** A store call that takes longer than this counts as a failure (a partitioned Redis must not hang calls). */
const STORE_TIMEOUT_MS = 2_000
/** After a store failure, how long calls use the in-process budget before trying the store again. */
const STORE_RETRY_MS = 1_000
/** Slack after a reset before trying again, so a timer firing a hair early does not find the old window. */
const RESET_SLACK_MS = 5

/** One window a call spends from: its store key and seed, whose budget it is, and its length. */
export interface BudgetWindow {
  readonly seed: WindowSeed
  readonly per: 'user' | 'app'
  readonly windowSeconds: number
}

/**
 * The rate-limit budget of one set of credentials (`core.rateLimits`; `twitter.rateLimits` reads it). It
 * keeps every endpoint's windows in its store, reserves before a call when `wait` is on, and reads every
 * answer's headers back into the store.
 */
export class RateLimitBudget {
  readonly wait: boolean
  readonly maxWaitMs: number
  readonly #store: RateLimitStore
  /** The in-process budget used while a shared store fails; kept current from the headers all along. */
  readonly #local: MemoryRateLimitStore | undefined
  readonly #identity: () => BudgetIdentity | Promise<BudgetIdentity>
  #failingUntil = 0
  #degraded = false

  constructor(options: RateLimitOptions, identity: () => BudgetIdentity | Promise<BudgetIdentity>) {
    this.wait = options.wait ?? false
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS
    this.#store = options.store ?? new MemoryRateLimitStore()
    this.#local = options.store ? new MemoryRateLimitStore() : undefined
    this.#identity = identity
  }

  /** The windows a call of `route` spends from, for these credentials (`id`: whose budget). */
  windows(route: Route, id: BudgetIdentity): BudgetWindow[] {
    const endpoint = route.host === 'v2' ? `v2:${route.id}` : route.id
    const userContext = id.user !== undefined
    const declared = (route.rateLimits ?? []).filter((rl) => (userContext ? rl.per === 'user' || (rl.per === 'app' && rl.windowSeconds === DAY_SECONDS) : rl.per === 'app'))
    const out: BudgetWindow[] = []
    const add = (per: 'user' | 'app', windowSeconds: number, limit: number) => {
      const who = per === 'user' ? id.user : id.app
      if (who === undefined || out.some((w) => w.per === per && w.windowSeconds === windowSeconds)) return
      // The braces are a Redis Cluster hash tag: one credential's keys live in one slot, so one script may touch them all.
      out.push({ per, windowSeconds, seed: { key: `{${who}}:${endpoint}:${windowSeconds}`, limit, windowMs: windowSeconds * 1000 } })
    }
    for (const rl of declared) add(rl.per, rl.windowSeconds, rl.limit)
    // The windows the headers may describe even where the spec gives no number.
    add(userContext ? 'user' : 'app', primaryWindow(declared), -1)
    add('app', DAY_SECONDS, -1)
    if (userContext) add('user', DAY_SECONDS, -1)
    return out
  }

  /**
   * Runs one call: waits for its budget (when `wait` is on), sends it with `exchange`, corrects the budget
   * with the answer's headers and, when `wait` is on, waits out a 429 and sends once more. While the shared
   * store fails, a 429 is waited out as often as `maxWaitMs` allows instead: processes then keep budgets
   * of their own that cannot see each other's calls, and a store outage must not cost a call.
   */
  async around<E extends Exchange>(route: Route, signal: AbortSignal | undefined, exchange: () => Promise<E>): Promise<E> {
    const id = await this.#identity()
    const windows = this.windows(route, id)
    const deadline = Date.now() + this.maxWaitMs
    if (this.wait) await this.#acquire(route, windows, signal, deadline)
    let result = await exchange()
    for (let retries = 0; ; retries++) {
      const observed = await this.#observe(windows, result.headers, id)
      // A 429 despite the budget (another client on the token, a seed that was wrong, a store outage): the
      // headers marked the window spent; wait for its reset and try again.
      if (result.status !== 429 || !this.wait || !observed) return result
      if (retries >= 1 && !this.#degraded) return result
      try {
        await this.#acquire(route, windows, signal, deadline)
      } catch (error) {
        if (error instanceof TwythonRateLimitError) return result
        throw error
      }
      result = await exchange()
    }
  }

  /** The tightest window of an endpoint for these credentials (the one with the fewest requests left). */
  async get(route: Route): Promise<EndpointRateLimit | undefined> {
    const all = await this.getAll(route)
    let best: EndpointRateLimitWindow | undefined
    for (const w of all) if (!best || w.remaining < best.remaining || (w.remaining === best.remaining && w.resetAt > best.resetAt)) best = w
    return best && { limit: best.limit, remaining: best.remaining, resetAt: best.resetAt }
  }

  /** Every known window of an endpoint: live ones as the store holds them, the spec's seeds otherwise. */
  async getAll(route: Route): Promise<EndpointRateLimitWindow[]> {
    const windows = this.windows(route, await this.#identity())
    const states = await this.#use((store) => store.peek(windows.map((w) => w.seed.key)))
    const now = Date.now()
    const out: EndpointRateLimitWindow[] = []
    windows.forEach((w, i) => {
      const state = states[i]
      if (state) out.push({ limit: state.limit, remaining: state.remaining, resetAt: now + state.resetInMs, windowSeconds: w.windowSeconds, per: w.per, key: w.seed.key })
      else if (w.seed.limit >= 0) out.push({ limit: w.seed.limit, remaining: w.seed.limit, resetAt: now + w.seed.windowMs, windowSeconds: w.windowSeconds, per: w.per, key: w.seed.key })
    })
    return out
  }

  async #acquire(route: Route, windows: readonly BudgetWindow[], signal: AbortSignal | undefined, deadline: number): Promise<void> {
    const seeds = windows.map((w) => w.seed)
    for (;;) {
      signal?.throwIfAborted()
      const reservation = await this.#use((store) => store.reserve(seeds))
      if (reservation.ok) return
      const waitMs = Math.max(0, reservation.retryInMs) + RESET_SLACK_MS
      if (Date.now() + waitMs > deadline) {
        const resetAt = Date.now() + reservation.retryInMs
        throw new TwythonRateLimitError(`The rate limit of ${route.id} is spent and its window resets in ${Math.ceil(reservation.retryInMs / 1000)} s, later than maxWaitMs (${this.maxWaitMs} ms) allows; the call was not sent.`, { retryAfter: Math.ceil(resetAt / 1000) })
      }
      await sleep(waitMs, signal)
    }
  }

  /** Reads the rate-limit headers into the store; returns whether they described any window. */
  async #observe(windows: readonly BudgetWindow[], headers: Headers, id: BudgetIdentity): Promise<boolean> {
    const observations = observationsOf(windows, headers, id.user !== undefined)
    if (observations.length === 0) return false
    if (this.#local) await this.#local.observe(observations)
    await this.#use((store) => store.observe(observations), true)
    return true
  }

  /** Runs a store operation on the shared store, or on the in-process one while the shared one fails. */
  async #use<T>(op: (store: RateLimitStore) => Promise<T>, skipLocal = false): Promise<T> {
    if (!this.#local) return op(this.#store)
    if (Date.now() >= this.#failingUntil) {
      try {
        const value = await withTimeout(op(this.#store), STORE_TIMEOUT_MS)
        if (this.#degraded) {
          this.#degraded = false
          warn('The rate-limit store answers again; calls share its budget once more.')
        }
        return value
      } catch (error) {
        this.#failingUntil = Date.now() + STORE_RETRY_MS
        if (!this.#degraded) {
          this.#degraded = true
          warn(`The rate-limit store failed (${describe(error)}); calls go on with this process's own budget until it answers again.`)
        }
      }
    }
    // The local store already saw the observation (it is kept current all along).
    if (skipLocal) return undefined as T
    return op(this.#local)
  }

  /** Whether calls currently use the in-process budget because the shared store failed. */
  get degraded(): boolean {
    return this.#degraded
  }
}

/** The window the `x-rate-limit-*` headers describe: the route's shortest non-daily window, else 15 minutes. */
function primaryWindow(declared: readonly RouteRateLimit[]): number {
  const lengths = declared.map((rl) => rl.windowSeconds).filter((s) => s !== DAY_SECONDS)
  return lengths.length ? Math.min(...lengths) : DEFAULT_WINDOW_SECONDS
}

/** The windows a response's headers describe, matched to the call's windows. */
export function observationsOf(windows: readonly BudgetWindow[], headers: Headers, userContext: boolean): WindowObservation[] {
  const out: WindowObservation[] = []
  const read = (prefix: string, per: 'user' | 'app', windowSeconds: number | undefined) => {
    const limit = num(headers.get(`${prefix}-limit`))
    const remaining = num(headers.get(`${prefix}-remaining`))
    const reset = num(headers.get(`${prefix}-reset`))
    if (limit === undefined || remaining === undefined || reset === undefined) return
    const window = windows.find((w) => w.per === per && (windowSeconds === undefined ? w.windowSeconds !== DAY_SECONDS : w.windowSeconds === windowSeconds))
    if (!window) return
    // The reset is epoch seconds on the server's clock; the store wants a duration (see store.ts).
    out.push({ key: window.seed.key, limit, remaining, resetInMs: reset * 1000 - Date.now() })
  }
  read('x-rate-limit', userContext ? 'user' : 'app', undefined)
  read('x-app-limit-24hour', 'app', DAY_SECONDS)
  if (userContext) read('x-user-limit-24hour', 'user', DAY_SECONDS)
  return out
}

function num(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const n = Number(value)
  return Number.isFinite(n) ? n : undefined
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
      timer.unref()
    }),
  ])
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.length > 200 ? `${message.slice(0, 200)}...` : message
}

/** A process warning on Node (`TWYTHON_RATE_LIMIT_STORE`), `console.warn` where there is no `process` (workerd, browsers). */
function warn(message: string): void {
  const proc = (globalThis as { process?: { emitWarning?: (message: string, options: { code: string }) => void } }).process
  if (typeof proc?.emitWarning === 'function') proc.emitWarning(message, { code: 'TWYTHON_RATE_LIMIT_STORE' })
  else console.warn(`TWYTHON_RATE_LIMIT_STORE: ${message}`)
}
