/**
 * Twitter's reconnect rules for v1.1 streams ("Connecting to a streaming endpoint"), as pure functions:
 * - TCP/IP-level failures (refused, reset, timeout, stall): linear, 250 ms more per attempt, capped at 16 s;
 * - HTTP errors worth retrying: exponential from 5 s, doubling, capped at 320 s;
 * - 420 and 429 (rate limited): exponential from 1 minute, doubling, no cap stated by Twitter.
 * Statuses that retrying cannot fix (401, 403, 404, 406, 413, 416) are fatal, and so is any redirect
 * (3xx): it is never followed, and asking again would get the same answer.
 */

/** Which rule a failed connection attempt falls under. */
export type FailureKind = 'network' | 'http' | 'rate-limit'

/**
 * Milliseconds to wait before reconnect attempt `attempt` (1 for the first retry) of a given kind.
 * Pass your own as the `backoff` option to slow down or (in tests only) speed up reconnects.
 */
export type BackoffSchedule = (kind: FailureKind, attempt: number) => number

/** Node timers overflow above 2^31-1 ms (about 24.8 days). */
const MAX_DELAY = 2 ** 31 - 1

/**
 * The schedule Twitter prescribes.
 *
 * @example
 * ```ts
 * twitterBackoff('network', 3)      // 750
 * twitterBackoff('http', 2)         // 10_000
 * twitterBackoff('rate-limit', 1)   // 60_000
 * ```
 */
export const twitterBackoff: BackoffSchedule = (kind, attempt) => {
  const n = Math.max(1, Math.floor(attempt))
  switch (kind) {
    case 'network':
      return Math.min(250 * n, 16_000)
    case 'http':
      return Math.min(5_000 * 2 ** (n - 1), 320_000)
    case 'rate-limit':
      return Math.min(60_000 * 2 ** (n - 1), MAX_DELAY)
  }
}

/** How the session treats a response status. */
export type StatusClass = 'ok' | 'auth' | 'fatal' | FailureKind

const FATAL = new Set([403, 404, 406, 413, 416])

/** Classifies a stream response status: 200 is ok, 401 is fatal auth, 420/429 rate limit, others http. */
export function classifyStatus(status: number): StatusClass {
  if (status === 200) return 'ok'
  if (status === 401) return 'auth'
  if (FATAL.has(status) || (status >= 300 && status < 400)) return 'fatal'
  if (status === 420 || status === 429) return 'rate-limit'
  return 'http'
}
