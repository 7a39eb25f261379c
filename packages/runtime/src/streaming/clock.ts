/**
 * The only source of time for streams: backoff sleeps, the connect timeout and the stall watchdog all
 * go through a {@link Clock}, so tests can drive them with a fake one instead of waiting.
 */

/** Opaque handle returned by {@link Clock.setTimeout}. */
export type TimerHandle = unknown

/** A time source and one-shot timers. */
export interface Clock {
  /** Milliseconds, monotonic enough for measuring idle time. */
  now(): number
  setTimeout(fn: () => void, ms: number): TimerHandle
  clearTimeout(handle: TimerHandle): void
}

/**
 * The real clock. It looks the global timer functions up on every call, so test tools that replace
 * them (vitest's fake timers) take effect.
 */
export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** Resolves after `ms` on `clock`, or at once when `signal` aborts (the caller checks `signal.aborted`). */
export function sleep(clock: Clock, ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      clock.clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = clock.setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })
}
