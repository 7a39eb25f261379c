/**
 * Twython's three error classes (plus the stream error Twython exports), with the HTTP status, Twitter's
 * own error code and, for rate limits, when the window resets. Messages follow Twython's
 * `Twitter API returned a 401 (Unauthorized), Could not authenticate you.` format.
 *
 * Every class is branded with a `Symbol.for` key and checks that brand in `Symbol.hasInstance`, so an error
 * thrown by the CommonJS build is `instanceof` the ES module build's class and the other way round (a
 * program whose dependencies load both builds gets two copies of each class).
 *
 * Nothing that signs a request (keys, secrets, tokens, the Authorization header) is ever stored on an
 * error: errors keep only the status, Twitter's error list and the URL without its query string.
 */
import { STANDARD_STATUS_REASONS } from '#status'

/**
 * Reason phrases Twython uses in its messages, by HTTP status (Twython's `TWITTER_HTTP_STATUS_CODE`). Each is
 * also the registered phrase (420 aside, which is in `NONSTANDARD_STATUS_REASONS`), so `statusReason` reads
 * the platform's table and a bundle carries this one only when an app imports it.
 */
export const TWITTER_HTTP_STATUS_REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  406: 'Not Acceptable',
  410: 'Gone',
  420: 'Enhance Your Calm',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}
/**
 * Reasons for statuses that are in no RFC but that the edges in front of APIs send: Twitter's 420, nginx's
 * 499 and Cloudflare's common 520-524 (its rarer 52x, TLS and DNS setup errors, read as `Unknown Server
 * Error` with their number).
 */
const NONSTANDARD_STATUS_REASONS: Readonly<Record<number, string>> = {
  420: 'Enhance Your Calm',
  499: 'Client Closed Request',
  520: 'Web Server Returned an Unknown Error',
  521: 'Web Server Is Down',
  522: 'Connection Timed Out',
  523: 'Origin Is Unreachable',
  524: 'A Timeout Occurred',
}


/**
 * The reason phrase for a status: Twython's for the statuses Twitter documents, the standard one for the
 * others, and a description of the class (`Unknown Client Error`) for a code nobody registered.
 */
export function statusReason(status: number): string {
  const known = NONSTANDARD_STATUS_REASONS[status] ?? STANDARD_STATUS_REASONS[status]
  if (known !== undefined) return known
  const family = Math.floor(status / 100)
  return `Unknown ${['Informational Status', 'Success Status', 'Redirect', 'Client Error', 'Server Error'][family - 1] ?? 'Status'}`
}

/** One entry of the `errors` array in Twitter's error bodies. */
export interface TwitterErrorDetail {
  /** Twitter's error code, e.g. 32 (could not authenticate), 34 (not found), 88 (rate limit exceeded). */
  readonly code?: number
  /** Twitter's message. */
  readonly message?: string
  readonly [key: string]: unknown
}

/** The problem-details fields of an X API v2 error body. */
export interface ProblemDetails {
  /** A short summary, e.g. `Invalid Request`. */
  readonly title?: string
  /** What went wrong in this request. */
  readonly detail?: string
  /** A URI naming the kind of problem, e.g. `https://api.twitter.com/2/problems/invalid-request`. */
  readonly type?: string
}
/** Where a class keeps its brand (see {@link TwythonError}'s `Symbol.hasInstance`). */
const BRAND = Symbol.for('@twython/runtime:brand')

/** Fields an error carries besides its message. */
export interface TwythonErrorInit {
  /** The HTTP status of the response, when there was one. */
  readonly status?: number | undefined
  /** Twitter's error code: `errors[0].code` of the body. */
  readonly errorCode?: number | undefined
  /** Unix time (seconds) at which the rate-limit window resets: the `x-rate-limit-reset` header. */
  readonly retryAfter?: number | undefined
  /** Every entry of Twitter's `errors` array. */
  readonly errors?: readonly TwitterErrorDetail[] | undefined
  /** The request URL without its query string. */
  readonly url?: string | undefined
  /** X API v2 problem details (RFC 7807): the problem's `title`, `detail` and `type` URI. */
  readonly problem?: ProblemDetails | undefined
  /** The underlying failure (a network error, a JSON syntax error); never holds credentials. */
  readonly cause?: unknown
}

/**
 * The base error: any failed call. Catch this to handle every Twython failure.
 *
 * @example
 * ```ts
 * try { await twitter.showStatus({ id: '20' }) }
 * catch (e) { if (e instanceof TwythonError) console.log(e.status, e.errorCode, e.message) }
 * ```
 */
export class TwythonError extends Error {
  /** The HTTP status, or `undefined` when no response arrived (network error, timeout, bad input). */
  readonly status: number | undefined
  /** Twitter's error code (`errors[0].code`), when the body carried one. */
  readonly errorCode: number | undefined
  /** Unix time (seconds) when the rate-limit window resets, from `x-rate-limit-reset`. */
  readonly retryAfter: number | undefined
  /** When the rate-limit window resets, as a `Date` (from `retryAfter`), or `undefined` when unknown. */
  readonly resetAt: Date | undefined
  /** Twitter's full `errors` array, when the body had one. */
  readonly errors: readonly TwitterErrorDetail[]
  /** The URL of the failed request, without its query string. */
  readonly url: string | undefined
  /** X API v2: the problem's `title` (`Invalid Request`, `Not Found Error`), when the body was a problem. */
  readonly title: string | undefined
  /** X API v2: the problem's `detail`. */
  readonly detail: string | undefined
  /** X API v2: the problem's `type` URI. */
  readonly type: string | undefined

  constructor(message: string, init: TwythonErrorInit = {}) {
    super(formatMessage(message, init.status), init.cause === undefined ? undefined : { cause: init.cause })
    this.name = new.target.name
    this.status = init.status
    this.errorCode = init.errorCode
    this.retryAfter = init.retryAfter
    this.resetAt = init.retryAfter === undefined ? undefined : new Date(init.retryAfter * 1000)
    this.errors = init.errors ?? []
    this.url = init.url
    this.title = init.problem?.title
    this.detail = init.problem?.detail
    this.type = init.problem?.type
  }

  /**
   * Milliseconds from now until the rate-limit window resets (never negative: 0 once it has passed), or
   * `undefined` when the response carried no `x-rate-limit-reset`. Read it when you decide how long to
   * wait: it is computed on each access.
   *
   * @example
   * ```ts
   * catch (e) { if (e instanceof TwythonRateLimitError) await new Promise((r) => setTimeout(r, e.retryAfterMs ?? 60_000)) }
   * ```
   */
  get retryAfterMs(): number | undefined {
    if (this.resetAt === undefined) return undefined
    return Math.max(0, this.resetAt.getTime() - Date.now())
  }

  /**
   * `instanceof` by brand, not by prototype, so that the CommonJS and ES module builds recognise each
   * other's errors. A subclass declared outside this package (without a brand of its own) is checked the
   * ordinary way.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    const brand = Object.hasOwn(this, BRAND) ? (this as unknown as Record<symbol, symbol>)[BRAND] : undefined
    if (brand === undefined) return Function.prototype[Symbol.hasInstance].call(this, value)
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true
  }

  /** Twython's `error_code`: the HTTP status. */
  get error_code(): number | undefined {
    return this.status
  }

  /** Twython's `msg`. */
  get msg(): string {
    return this.message
  }
}

/** The credentials were refused (HTTP 401, or Twitter's "Bad Authentication data" on any status). */
export class TwythonAuthError extends TwythonError {}

/**
 * The rate limit of the endpoint is spent (HTTP 429, Twitter code 88). `retryAfter` (epoch seconds, as in
 * Twython), `resetAt` and `retryAfterMs` say when it resets.
 */
export class TwythonRateLimitError extends TwythonError {}

/** A streaming failure that reconnecting could not cure (retries exhausted, or a fatal status). */
export class TwythonStreamError extends TwythonError {}

brand(TwythonError, 'TwythonError')
brand(TwythonAuthError, 'TwythonAuthError')
brand(TwythonRateLimitError, 'TwythonRateLimitError')
brand(TwythonStreamError, 'TwythonStreamError')

/**
 * Gives a class its own brand: a `Symbol.for` key (the same in every copy of this package), stored on the
 * class (which `hasInstance` reads) and set on its prototype (which every instance, of it or of a
 * subclass, inherits). Branding a package subclass (the upload errors) goes through here too.
 * @internal
 */
export function brand(cls: abstract new (...args: never[]) => TwythonError, name: string): void {
  const key = Symbol.for(`@twython/runtime:${name}`)
  Object.defineProperty(cls, BRAND, { value: key })
  Object.defineProperty(cls.prototype, key, { value: true })
}

function formatMessage(message: string, status: number | undefined): string {
  if (status === undefined) return message
  return `Twitter API returned a ${status} (${statusReason(status)}), ${message}`
}
