/**
 * Sending every segment of an upload with up to `concurrency` APPENDs in flight, for v1.1's `uploadVideo`
 * and v2's `uploadMediaV2` alike.
 *
 * - Reads are sequential (one at a time, in segment order) and one segment is read ahead, so disk or stream
 *   reads overlap the network. At most `concurrency + 1` segments exist at once, whatever the file size.
 * - Each segment's bytes belong to its own request until the server acknowledges it; only then is its
 *   buffer released for a later segment, so no read ever overwrites bytes still being sent or re-sent.
 * - A segment that fails with a 5xx or a network error is re-sent on its own (the others go on); an
 *   acknowledged segment is never sent again.
 * - The first failure for good, or the caller's abort, stops everything at once: the requests in flight are
 *   aborted, no further segment is read, and the promise rejects with that failure (or the signal's reason).
 *
 * Acknowledgements may come in any order; both X upload protocols accept segments in any order and check
 * the whole at FINALIZE.
 */
import { TwythonError } from '../errors.js'
import type { Segment, SegmentSource } from './source.js'
import { raceAbort, withRetries, type RetryPolicy } from './timing.js'

/**
 * Default APPENDs in flight. Measured with scripts/bench/upload.ts (200 MB, 1 MiB segments): on loopback
 * (no latency) every concurrency from 1 to 8 lands within the run-to-run spread of a shared 2-core machine;
 * with every answer 20 ms away (`--latency 20`) 1 in flight ran at 0.56-0.74x the raw 5 MB baseline, 2 at
 * 1.05x, 4 at 2.06x, 6 at 2.44x and 8 at 2.02x, while memory grows by one segment per step. 4 is the
 * smallest that is well clear of the baseline. See docs/benchmarks.md.
 */
export const DEFAULT_CONCURRENCY = 4
/** More parallel APPENDs than this only queue up in the HTTP agent and on X's side. */
export const MAX_CONCURRENCY = 16

/** Checks `concurrency`; returns the default when it is absent. */
export function checkConcurrency(concurrency: number | undefined): number {
  const value = concurrency ?? DEFAULT_CONCURRENCY
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_CONCURRENCY) {
    throw new TwythonError(`concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}, got ${concurrency}.`)
  }
  return value
}

/**
 * Sends every segment of `source` with `send`, at most `concurrency` at once, each retried alone by
 * `retry`; calls `acknowledged` once per segment, in the order the server acknowledges them.
 */
export async function sendSegments(
  source: SegmentSource,
  concurrency: number,
  retry: RetryPolicy,
  send: (segment: Segment, signal: AbortSignal) => Promise<unknown>,
  acknowledged: (segment: Segment) => void,
): Promise<void> {
  // One controller for the whole upload: the first failure aborts the segments still in flight.
  const stop = new AbortController()
  const signal = retry.signal ? AbortSignal.any([retry.signal, stop.signal]) : stop.signal
  const policy: RetryPolicy = { ...retry, signal }
  let failure: { readonly error: unknown } | undefined
  const fail = (error: unknown): void => {
    if (failure) return
    // The caller's abort wins over whatever the aborted requests rejected with.
    failure = { error: retry.signal?.aborted ? retry.signal.reason : error }
    stop.abort(failure.error)
  }

  // Reads are chained so that only one runs at a time, in order; `ahead` is the one started early.
  let chain: Promise<unknown> = Promise.resolve()
  let ahead: Promise<Segment | undefined> | undefined
  let exhausted = false
  const read = (): Promise<Segment | undefined> => {
    const next = chain.then(async () => {
      if (exhausted || signal.aborted) return undefined
      const segment = await raceAbort(source.next(), signal)
      if (segment === undefined) exhausted = true
      return segment
    })
    chain = next.catch(() => undefined)
    // A read nobody takes (the upload stopped) must not become an unhandled rejection.
    next.catch(() => undefined)
    return next
  }
  const take = async (): Promise<Segment | undefined> => {
    const current = ahead ?? read()
    ahead = undefined
    const segment = await current
    // Read one ahead while this one is sent: the only segment in memory that is not in flight. (Another
    // worker may have started it already; a second one would be a segment nobody takes.)
    if (segment !== undefined && ahead === undefined && !exhausted && !signal.aborted) ahead = read()
    return segment
  }

  const worker = async (): Promise<void> => {
    for (;;) {
      if (signal.aborted) return
      const segment = await take()
      if (segment === undefined) return
      await withRetries(() => send(segment, signal), policy)
      // Acknowledged: the bytes may be reused now, and are never sent again.
      segment.release()
      acknowledged(segment)
    }
  }

  await Promise.all(Array.from({ length: concurrency }, () => worker().catch(fail)))
  if (failure) throw failure.error
  if (retry.signal?.aborted) throw retry.signal.reason
}
