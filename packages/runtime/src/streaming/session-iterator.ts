/**
 * The async iterator over a reconnecting stream session, with a bounded read-ahead. Shared by the v1.1
 * `stream()` and the X API v2 streams; free of any transport.
 */
import { TwythonError } from '../errors.js'
import type { ConnectionControl, SessionSink } from './engine.js'

/**
 * Default read-ahead: messages parsed but not yet taken by the loop before the connection is paused.
 * Small on purpose: a long queue keeps thousands of parsed messages alive, so they survive young-generation
 * garbage collection and are promoted, which costs both memory and time; a socket chunk (up to 64 KiB) is
 * a few dozen tweets, so this still parses whole chunks at a time. Measured in scripts/bench/stream.ts.
 */
export const DEFAULT_STREAM_HIGH_WATER_MARK = 64

/**
 * An async iterator over a reconnecting session with a bounded read-ahead: once `highWaterMark` messages
 * wait, the connection is paused (not read), and it resumes when the loop has taken half of them. Both
 * the v1.1 `stream()` and the X API v2 streams use it. It is also an `AsyncGenerator`, so `streamRoute`
 * keeps its signature.
 * @internal
 */
export class SessionIterator<T> implements AsyncGenerator<T, void, undefined> {
  // A queue with a moving head: shift() on a long array is O(n).
  #queue: T[] = []
  #head = 0
  #wake: (() => void) | undefined
  #done = false
  #failure: { error: unknown } | undefined
  #control: ConnectionControl | undefined
  #paused = false
  #started = false
  readonly #controller = new AbortController()
  readonly #outer: AbortSignal | undefined
  readonly #highWater: number
  readonly #run: () => Promise<void>
  #session: Promise<void> | undefined

  /**
   * @param run - Runs the session with the sink given until the signal aborts (resolves) or it fails (rejects).
   * @param map - Turns a parsed value into the message yielded; `undefined` drops it (a duplicate).
   */
  constructor(run: (sink: SessionSink, signal: AbortSignal) => Promise<void>, map: (value: unknown) => T | undefined, options: { readonly signal?: AbortSignal | undefined; readonly highWaterMark?: number | undefined }) {
    this.#outer = options.signal
    this.#highWater = Math.max(1, options.highWaterMark ?? DEFAULT_STREAM_HIGH_WATER_MARK)
    const sink: SessionSink = {
      message: (value) => {
        const message = map(value)
        if (message !== undefined) this.#push(message)
      },
      problem: () => {},
      httpError: () => {},
      timeout: () => {},
      reconnect: () => {},
      exhausted: () => {},
      control: (control) => {
        this.#control = control
        if (control && this.#paused) control.pause()
      },
    }
    this.#run = () => run(sink, this.#controller.signal)
  }

  [Symbol.asyncIterator](): this {
    return this
  }

  #start(): void {
    this.#started = true
    const outer = this.#outer
    if (outer) {
      if (outer.aborted) this.#controller.abort(outer.reason)
      else outer.addEventListener('abort', this.#onOuterAbort, { once: true })
    }
    this.#session = this.#run().then(
      () => this.#finish(outer?.aborted ? { error: outer.reason } : undefined),
      (error: unknown) => this.#finish({ error }),
    )
  }

  readonly #onOuterAbort = () => {
    this.#controller.abort(this.#outer?.reason)
    // Abort stops at once: messages already read ahead are dropped, and the loop throws the reason.
    this.#queue = []
    this.#head = 0
    this.#failure ??= { error: this.#outer?.reason }
    this.#done = true
    this.#wakeUp()
  }

  #finish(failure: { error: unknown } | undefined): void {
    this.#done = true
    this.#failure ??= failure
    this.#outer?.removeEventListener('abort', this.#onOuterAbort)
    this.#wakeUp()
  }

  #wakeUp(): void {
    const wake = this.#wake
    this.#wake = undefined
    wake?.()
  }

  #push(message: T): void {
    if (this.#done) return
    this.#queue.push(message)
    if (!this.#paused && this.#queue.length - this.#head >= this.#highWater) {
      this.#paused = true
      this.#control?.pause()
    }
    this.#wakeUp()
  }

  async next(): Promise<IteratorResult<T, void>> {
    if (!this.#started) this.#start()
    for (;;) {
      if (this.#head < this.#queue.length) {
        const message = this.#queue[this.#head++]!
        if (this.#head === this.#queue.length) {
          this.#queue.length = 0
          this.#head = 0
        } else if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
          this.#queue = this.#queue.slice(this.#head)
          this.#head = 0
        }
        if (this.#paused && this.#queue.length - this.#head <= this.#highWater >> 1) {
          this.#paused = false
          this.#control?.resume()
        }
        return { value: message, done: false }
      }
      if (this.#done) {
        const failure = this.#failure
        this.#failure = undefined
        if (failure) throw failure.error ?? new TwythonError('The stream was aborted.')
        return { value: undefined, done: true }
      }
      await new Promise<void>((resolve) => (this.#wake = resolve))
    }
  }

  /** `break` out of `for await`: close the connection, clear every timer, and wait until they are gone. */
  async return(): Promise<IteratorResult<T, void>> {
    this.#done = true
    this.#queue = []
    this.#head = 0
    this.#controller.abort()
    this.#outer?.removeEventListener('abort', this.#onOuterAbort)
    await this.#session
    this.#failure = undefined
    return { value: undefined, done: true }
  }

  /** An error thrown into the loop closes the stream as `return()` does, then rethrows it. */
  async throw(error?: unknown): Promise<IteratorResult<T, void>> {
    await this.return()
    throw error
  }
}
