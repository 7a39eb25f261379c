/**
 * The bounds of one REST exchange, applied around whichever `fetch` sends it (the default node:http one,
 * undici's `globalThis.fetch`, a proxy's):
 * - the timeout runs from sending to the LAST byte of the body, not just to the headers (a fetch's own
 *   timeout, and ky's, stop at the headers, so a server that sends headers and goes quiet would hang a
 *   call for ever);
 * - the body is read into memory up to `maxResponseBytes` and no further;
 * - redirects are never followed (`redirect: 'manual'`) and a 3xx never succeeds, so no credential and
 *   no body goes to an origin other than the configured one.
 *
 * The body is read here, inside the attempt, so that ky sees a complete response and a retry (when the
 * user configured one) gets a fresh timeout of its own.
 */
import { TwythonError } from '../errors.js'

/** Limits of one exchange, resolved from `clientArgs` and the call's options. */
export interface ExchangeLimits {
  /** Milliseconds from sending to the last byte of the body, or `false` for no limit. */
  readonly timeout: number | false
  /** Largest (decoded) body read into memory, in bytes. */
  readonly maxResponseBytes: number
}

/**
 * Default `clientArgs.maxResponseBytes`: 64 MiB. Twitter's largest REST answers (a 5,000-id page, a
 * 200-tweet timeline with extended entities) are well under 5 MiB.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024

const MAX_TIMER = 2 ** 31 - 1
/** Statuses whose Response may not have a body. */
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304])

type ErrorKind = 'timeout' | 'final'
/** Errors made here, by kind, so the retry policy can tell them apart (a WeakMap keeps them unmarked). */
const kinds = new WeakMap<object, ErrorKind>()

/**
 * What made an error of this module, if one did: `timeout` (retried only with ky's `retryOnTimeout`), or
 * `final` (a redirect, an oversized body: the same request would get the same answer, so never retried).
 */
export function exchangeErrorKind(error: unknown): ErrorKind | undefined {
  return typeof error === 'object' && error !== null ? kinds.get(error) : undefined
}

function mark<E extends object>(error: E, kind: ErrorKind): E {
  kinds.set(error, kind)
  return error
}

/** A 3xx, or the filtered `opaqueredirect` response a browser-style fetch gives for `redirect: 'manual'`. */
function isRedirect(response: Response): boolean {
  if (response.type === 'opaqueredirect') return true
  // 304 is not a redirect (no Location); it stays what Twython makes of it.
  return response.status >= 300 && response.status < 400 && response.status !== 304
}

/** A URL without its query string (errors and `lastCall` never carry one). */
export function stripQuery(url: string): string {
  const q = url.indexOf('?')
  return q === -1 ? url : url.slice(0, q)
}

/** The answer to one exchange: the response (its body already read) and that body's bytes. */
export interface BufferedAnswer {
  readonly response: Response
  readonly body: Uint8Array<ArrayBuffer>
}

/**
 * Sends `request` with `send` under `limits` and returns the response with its whole body read.
 * Rejects with a `TwythonError` on a timeout, a redirect, a body over the cap or a body cut short, and
 * with the request signal's reason when the caller aborted.
 */
export async function limitedExchange(send: typeof fetch, request: Request, init: RequestInit, limits: ExchangeLimits): Promise<BufferedAnswer> {
  const url = stripQuery(request.url)
  const label = `${request.method} ${url}`
  const deadline = new AbortController()
  // Node's timers overflow above 2^31-1 ms (firing at once); a longer timeout is as good as none.
  const timer = limits.timeout === false || !(limits.timeout <= MAX_TIMER) ? undefined : setTimeout(() => deadline.abort(new DOMException('The request timed out.', 'TimeoutError')), limits.timeout)
  const timeoutError = (cause?: unknown) => mark(new TwythonError(`Request timed out after ${limits.timeout} ms: ${label}`, { url, cause }), 'timeout')
  try {
    let response: Response
    try {
      response = await send(request, { ...init, signal: AbortSignal.any([request.signal, deadline.signal]), redirect: 'manual' })
    } catch (error) {
      if (deadline.signal.aborted && !request.signal.aborted) throw timeoutError()
      throw error
    }
    if (isRedirect(response)) {
      void response.body?.cancel().catch(() => undefined)
      const location = response.headers.get('location')
      const target = location === null ? '(no Location header)' : `Location: ${location}`
      throw mark(new TwythonError(`The API answered ${label} with a redirect, ${target}. Redirects are never followed: nothing was sent there.`, { status: response.status || undefined, url }), 'final')
    }
    const body = await readAll(response, limits.maxResponseBytes, deadline.signal, request.signal, {
      timeout: timeoutError,
      tooLarge: () => mark(new TwythonError(`The response to ${label} is larger than maxResponseBytes (${limits.maxResponseBytes} bytes): abandoned, connection closed. Raise clientArgs.maxResponseBytes if that is expected.`, { status: response.status, url }), 'final'),
      cut: (cause) => new TwythonError(`The connection closed before the whole response arrived (${label}).`, { status: response.status, url, cause }),
    })
    return { response, body }
  } finally {
    if (timer !== undefined) clearTimeout(timer)
  }
}

/** A buffered answer as a `Response` again (what ky expects of a `fetch`), with the request's url. */
export function bufferedResponse({ response, body }: BufferedAnswer, requestUrl: string): Response {
  const buffered = new Response(NULL_BODY_STATUS.has(response.status) ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers })
  // A constructed Response has an empty url; ky and error messages read the request's.
  Object.defineProperty(buffered, 'url', { value: response.url || requestUrl })
  return buffered
}

interface ReadErrors {
  timeout(cause?: unknown): TwythonError
  tooLarge(): TwythonError
  cut(cause: unknown): TwythonError
}

/**
 * Reads the whole body, at most `max` bytes. The deadline cancels the reader itself, so even a fetch
 * that ignores the signal once the headers are in cannot keep the call waiting; cancelling the body is
 * what closes the connection under both node:http and undici.
 */
async function readAll(response: Response, max: number, deadline: AbortSignal, user: AbortSignal, errors: ReadErrors): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body) return new Uint8Array(0)
  const declared = Number(response.headers.get('content-length'))
  // Only an identity body's content-length is its decoded size.
  const encoded = (response.headers.get('content-encoding') ?? 'identity').trim().toLowerCase() !== 'identity'
  if (!encoded && Number.isFinite(declared) && declared > max) {
    void response.body.cancel().catch(() => undefined)
    throw errors.tooLarge()
  }
  const reader = response.body.getReader()
  const stop = () => void reader.cancel(deadline.reason).catch(() => undefined)
  deadline.addEventListener('abort', stop, { once: true })
  const chunks: Uint8Array<ArrayBuffer>[] = []
  let size = 0
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>
      try {
        result = await reader.read()
      } catch (error) {
        if (user.aborted) throw user.reason
        if (deadline.aborted) throw errors.timeout()
        throw errors.cut(error)
      }
      // A cancelled reader reports `done`: that is the deadline, not the end of the body.
      if (user.aborted) throw user.reason
      if (deadline.aborted) throw errors.timeout()
      if (result.done) break
      size += result.value.byteLength
      if (size > max) {
        void reader.cancel().catch(() => undefined)
        throw errors.tooLarge()
      }
      chunks.push(result.value as Uint8Array<ArrayBuffer>)
    }
  } finally {
    deadline.removeEventListener('abort', stop)
  }
  return chunks.length === 1 ? chunks[0]! : new Uint8Array(await new Blob(chunks).arrayBuffer())
}
