/**
 * One stream connection over a WHATWG `fetch`: the X API v2 streams (through the core's transport and
 * credentials), and the v1.1 streams where node:http is absent or the user passed a `fetch`
 * (fetch-open.ts). No node:http here, so it runs wherever `fetch` does.
 */
import type { Clock } from './clock.js'
import { liveResources, stallWatchdog, type ConnectionControl, type ConnectionSink, type Outcome } from './engine.js'
import { StreamParser, type StreamFraming } from './parser.js'

/** Error bodies are short; anything longer is cut so a misbehaving server cannot fill memory. */
const MAX_ERROR_BODY = 64 * 1024

/** Settings of a {@link connectFetch} attempt. */
export interface FetchConnectionOptions {
  readonly clock: Clock
  /** Milliseconds to wait for the response headers; `undefined` waits for ever. */
  readonly connectTimeoutMs: number | undefined
  readonly stallTimeoutMs: number
  readonly maxLineBytes: number | undefined
  /** How messages are delimited: `lines` (the default), or `length` for a v1.1 stream asked for `delimited=length`. */
  readonly framing?: StreamFraming
  /** Tells a failure of `open` that reconnecting cannot cure (a refused token refresh) from a network error. */
  readonly isFatal: (error: unknown) => boolean
}

/**
 * One connection attempt over a WHATWG `fetch`, with the same outcomes, stall watchdog and pause/resume as
 * {@link connectOnce}. Reading is pull-based: while paused the body is simply not read, so the transport's
 * own buffers (and TCP) push back on the server. `open` receives a signal that aborts the request when the
 * attempt is settled.
 */
export function connectFetch(open: (signal: AbortSignal) => Promise<Response>, options: FetchConnectionOptions, sink: ConnectionSink, signal: AbortSignal, setControl: (control: ConnectionControl | undefined) => void): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    const { clock } = options
    const controller = new AbortController()
    let settled = false
    let delivered = false
    let wakeReader: (() => void) | undefined

    const watchdog = stallWatchdog(clock, options.stallTimeoutMs, () => finish({ type: 'stall', delivered }))
    const finish = (outcome: Outcome) => {
      if (settled) return
      settled = true
      watchdog.clear()
      signal.removeEventListener('abort', onAbort)
      setControl(undefined)
      controller.abort()
      liveResources.requests--
      const wake = wakeReader
      wakeReader = undefined
      wake?.()
      resolve(outcome)
    }
    const onAbort = () => finish({ type: 'aborted' })
    liveResources.requests++
    if (signal.aborted) return finish({ type: 'aborted' })
    signal.addEventListener('abort', onAbort, { once: true })

    if (options.connectTimeoutMs !== undefined) watchdog.connectTimeout(options.connectTimeoutMs, () => finish({ type: 'timeout' }))
    const read = async (response: Response) => {
      if (settled) {
        await response.body?.cancel().catch(() => {})
        return
      }
      if (response.status !== 200) {
        const text = await readLimitedText(response)
        finish({ type: 'status', status: response.status, body: text, headers: response.headers })
        return
      }
      const body = response.body
      if (!body) return finish({ type: 'ended', delivered: false })
      const headers = response.headers
      const parser = new StreamParser(
        {
          message: (value) => {
            if (!settled) sink.message(value)
          },
          problem: (problem) => {
            if (!settled) sink.problem(problem, headers)
          },
        },
        { maxLineBytes: options.maxLineBytes, ...(options.framing ? { framing: options.framing } : {}) },
      )
      setControl({
        pause: () => watchdog.pause(),
        resume: () => {
          watchdog.resume()
          const wake = wakeReader
          wakeReader = undefined
          wake?.()
        },
        restart: () => finish({ type: 'restart' }),
        lastByteAt: watchdog.lastByteAt,
      })
      watchdog.start()
      const reader = body.getReader()
      try {
        while (!settled) {
          if (watchdog.paused) {
            await new Promise<void>((wake) => (wakeReader = wake))
            continue
          }
          const chunk = await reader.read()
          if (settled) break
          if (chunk.done) {
            // A body that ends inside a message was torn, not ended: Node 20's fetch (undici 6) reports a
            // chunked `Connection: close` response cut off by the server as a clean end (fixed upstream in
            // nodejs/undici#5273). node:http sees a torn connection here, and so must this.
            if (parser.bufferedBytes > 0) return finish({ type: 'network', delivered, error: new Error('The stream connection closed in the middle of a message.') })
            return finish({ type: 'ended', delivered })
          }
          watchdog.touch()
          delivered = true
          try {
            parser.push(chunk.value)
          } catch (error) {
            return finish({ type: 'thrown', error })
          }
        }
      } catch (error) {
        finish({ type: 'network', delivered, error: error instanceof Error ? error : new Error(String(error)) })
      } finally {
        reader.cancel().catch(() => {})
      }
    }
    open(controller.signal).then(
      (response) =>
        read(response).catch((error: unknown) => finish({ type: 'network', delivered, error: error instanceof Error ? error : new Error(String(error)) })),
      (error: unknown) => finish(options.isFatal(error) ? { type: 'thrown', error } : { type: 'network', delivered: false, error: networkError(error) }),
    )
  })
}

/** fetch rejects with `TypeError('fetch failed', { cause })`; the cause's code says what happened. */
function networkError(error: unknown): Error {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause
  const detail = cause?.code ?? cause?.message
  if (error instanceof Error) return detail && !error.message.includes(detail) ? new Error(`${error.message}: ${detail}`, { cause: error }) : error
  return new Error(String(error))
}

/** The body of an error response, cut at {@link MAX_ERROR_BODY} bytes. */
async function readLimitedText(response: Response): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value.subarray(0, Math.max(0, MAX_ERROR_BODY - size)))
      size += value.byteLength
      if (size >= MAX_ERROR_BODY) break
    }
  } catch {
    // A torn error body: keep what arrived.
  } finally {
    reader.cancel().catch(() => {})
  }
  return new TextDecoder().decode(concat(chunks))
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}
