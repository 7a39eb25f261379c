/**
 * Twython's three error classes (plus the stream error Twython exports), with the HTTP status, Twitter's
 * own error code and, for rate limits, when the window resets. Messages follow Twython's
 * `Twitter API returned a 401 (Unauthorized), Could not authenticate you.` format.
 *
 * Nothing that signs a request (keys, secrets, tokens, the Authorization header) is ever stored on an
 * error: errors keep only the status, Twitter's error list and the URL without its query string.
 */

/** Reason phrases Twython uses in its messages, by HTTP status. */
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
    this.errors = init.errors ?? []
    this.url = init.url
    this.title = init.problem?.title
    this.detail = init.problem?.detail
    this.type = init.problem?.type
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

/** The rate limit of the endpoint is spent (HTTP 429, Twitter code 88). `retryAfter` says when it resets. */
export class TwythonRateLimitError extends TwythonError {}

/** A streaming failure that reconnecting could not cure (retries exhausted, or a fatal status). */
export class TwythonStreamError extends TwythonError {}

function formatMessage(message: string, status: number | undefined): string {
  if (status === undefined) return message
  const reason = TWITTER_HTTP_STATUS_REASONS[status]
  return reason === undefined ? message : `Twitter API returned a ${status} (${reason}), ${message}`
}
