/**
 * Waiting that an AbortSignal can cut short without leaving a timer behind, and the retry loop for the
 * idempotent upload commands (APPEND of one segment, STATUS).
 */
import { TwythonError } from '../errors.js'
import type { Clock } from '../streaming/clock.js'

/**
 * Where upload waits are timed: the streams' `Clock`, the real timers by default; a fake clock (the
 * streaming `ManualClock`) lets a test step through STATUS polling without waiting.
 */
export type UploadClock = Clock

/** The real timers, looked up on every call so that test tools replacing them take effect. */
export const realClock: UploadClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** Resolves after `ms`; rejects with the signal's reason at once on abort, clearing the timer. */
export function sleep(ms: number, signal?: AbortSignal, clock: UploadClock = realClock): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = (): void => {
      clock.clearTimeout(timer)
      reject(signal!.reason)
    }
    const timer = clock.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** Settles like `promise`, or rejects with the signal's reason as soon as it aborts (for reads that ignore signals). */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      },
    )
  })
}

/** 200, 400, 800 ms ... capped at 5 s. */
export function defaultRetryDelay(attempt: number): number {
  return Math.min(200 * 2 ** (attempt - 1), 5000)
}

/**
 * True for failures worth repeating: a 5xx, or no response at all (connection refused or reset, timeout).
 * A 4xx is the request's fault and would fail again.
 */
export function isTransient(error: unknown): boolean {
  return error instanceof TwythonError && (error.status === undefined || error.status >= 500)
}

export interface RetryPolicy {
  readonly maxRetries: number
  readonly delay: (attempt: number) => number
  readonly signal?: AbortSignal | undefined
}

/** Runs `attempt` until it succeeds, fails for good, or `maxRetries` repeats are spent. */
export async function withRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt()
    } catch (error) {
      if (policy.signal?.aborted) throw policy.signal.reason
      if (retry >= policy.maxRetries || !isTransient(error)) throw error
      await sleep(Math.max(0, policy.delay(retry + 1)), policy.signal)
    }
  }
}
