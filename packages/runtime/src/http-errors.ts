/**
 * Turns an HTTP error response into the right Twython error, as Twython's `_request` does: 429 is a
 * rate-limit error, 401 (or Twitter's "Bad Authentication data" on any status) an auth error, anything
 * else the base error. The message names the status, its reason and Twitter's own message; an HTML page
 * or an unreadable body still gives a clear message, never a bare SyntaxError.
 */
import { TwythonAuthError, TwythonError, TwythonRateLimitError, type ProblemDetails, type TwitterErrorDetail } from './errors.js'

export const DEFAULT_ERROR_MESSAGE = 'An error occurred processing your request.'

/** Reads Twitter's error message and detail list out of a body that may be anything. */
export function parseErrorBody(text: string): { message: string; errors: TwitterErrorDetail[]; problem?: ProblemDetails } {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    const trimmed = text.trimStart()
    if (trimmed.startsWith('<')) return { message: `${DEFAULT_ERROR_MESSAGE} (the response was an HTML page, not JSON)`, errors: [] }
    if (trimmed === '') return { message: `${DEFAULT_ERROR_MESSAGE} (the response body was empty)`, errors: [] }
    // Plain text: Twitter's OAuth endpoints answer "Failed to validate oauth signature and token" this
    // way, and Twython raises with that text. A body cut in the middle of JSON is not such a text.
    if (!/^[[{"]/.test(trimmed)) return { message: plainText(trimmed), errors: [] }
    return { message: `${DEFAULT_ERROR_MESSAGE} (the response body was not valid JSON)`, errors: [] }
  }
  if (body === null || typeof body !== 'object') return { message: DEFAULT_ERROR_MESSAGE, errors: [] }
  const record = body as Record<string, unknown>
  // X API v2 problem details: { title, detail, type, status } and, for invalid requests, an errors array.
  const field = (name: string) => (typeof record[name] === 'string' ? (record[name] as string) : undefined)
  const title = field('title')
  const detail = field('detail')
  const problem: ProblemDetails | undefined = title !== undefined || detail !== undefined ? { title, detail, type: field('type') } : undefined
  if (Array.isArray(record.errors)) {
    const errors = record.errors.filter((e): e is TwitterErrorDetail => e !== null && typeof e === 'object')
    const first = errors[0]
    const message = typeof first?.message === 'string' ? first.message : (problem?.detail ?? problem?.title ?? DEFAULT_ERROR_MESSAGE)
    return { message, errors, ...(problem ? { problem } : {}) }
  }
  if (problem) return { message: problem.detail ?? problem.title ?? DEFAULT_ERROR_MESSAGE, errors: [], problem }
  if (typeof record.errors === 'string') return { message: record.errors, errors: [] }
  // OAuth 2.0 token endpoint errors (RFC 6749 5.2): the code in `error`, the words in `error_description`.
  if (typeof record.error === 'string' && typeof record.error_description === 'string') return { message: record.error_description, errors: [{ error: record.error, message: record.error_description }] }
  if (typeof record.error === 'string') return { message: record.error, errors: [] }
  return { message: DEFAULT_ERROR_MESSAGE, errors: [] }
}

/** Longest plain-text body kept in a message; the rest is cut so a stray page cannot flood a log line. */
const MAX_TEXT = 300

/** A plain-text body on one line, cut at {@link MAX_TEXT} characters. */
function plainText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > MAX_TEXT ? `${line.slice(0, MAX_TEXT)}...` : line
}

/** Reads `x-rate-limit-reset` as a number of seconds since the epoch. */
export function rateLimitReset(headers: Headers): number | undefined {
  const raw = headers.get('x-rate-limit-reset')
  if (raw === null) return undefined
  const value = Number(raw)
  return Number.isFinite(value) ? value : undefined
}

/** Builds the error for a response with status > 304. */
export function errorForResponse(status: number, text: string, headers: Headers, url: string): TwythonError {
  const { message, errors, problem } = parseErrorBody(text)
  const init = { status, errorCode: typeof errors[0]?.code === 'number' ? errors[0].code : undefined, retryAfter: rateLimitReset(headers), errors, url, problem }
  if (status === 429) return new TwythonRateLimitError(message, init)
  if (status === 401 || message.includes('Bad Authentication data')) return new TwythonAuthError(message, init)
  return new TwythonError(message, init)
}
