/**
 * A {@link Clock} that only moves when told to, for testing code built on streams (a bot's reconnect
 * handling, its stall alerts) without waiting minutes of real backoff.
 */
import type { Clock, TimerHandle } from './clock.js'

interface Timer {
  readonly at: number
  readonly ms: number
  readonly fn: () => void
}

/**
 * Virtual time: timers fire only inside {@link ManualClock.advance}.
 *
 * @example
 * ```ts
 * const clock = new ManualClock()
 * const streamer = new TwythonStreamer({ ...credentials, clock })
 * streamer.onReconnect = ({ delayMs }) => queueMicrotask(() => clock.advance(delayMs))
 * ```
 */
export class ManualClock implements Clock {
  #now = 0
  #seq = 0
  readonly #timers = new Map<number, Timer>()

  now(): number {
    return this.#now
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const id = ++this.#seq
    this.#timers.set(id, { at: this.#now + Math.max(0, ms), ms, fn })
    return id
  }

  clearTimeout(handle: TimerHandle): void {
    this.#timers.delete(handle as number)
  }

  /** Timers not yet fired, soonest first: their requested delay and time left. */
  get pending(): { ms: number; dueIn: number }[] {
    return [...this.#timers.values()].sort((a, b) => a.at - b.at).map((t) => ({ ms: t.ms, dueIn: t.at - this.#now }))
  }

  /** Moves time forward by `ms`, firing each timer that falls due, in order. */
  advance(ms: number): void {
    const target = this.#now + ms
    for (;;) {
      let next: [number, Timer] | undefined
      for (const entry of this.#timers) if (entry[1].at <= target && (!next || entry[1].at < next[1].at)) next = entry
      if (!next) break
      this.#timers.delete(next[0])
      this.#now = next[1].at
      next[1].fn()
    }
    this.#now = target
  }
}
