/**
 * One connection attempt to a stream, over node:http / node:https directly: that gives socket-level
 * control (a stall or an abort destroys the socket at once, nothing lingers in a pool) and avoids the
 * per-chunk overhead of WHATWG streams. The attempt settles with an {@link Outcome}; it never throws.
 */
import { request as httpRequest, type Agent, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { oauth1Header, type OAuth1Credentials } from '../oauth1.js'
import { formatPairs } from '../encode.js'
import type { Clock, TimerHandle } from './clock.js'
import type { StreamRequest } from './endpoints.js'
import { StreamParser, type ParseProblem } from './parser.js'

/** How one attempt ended. `delivered` is true when the 200 response carried at least one byte. */
export type Outcome =
  | { readonly type: 'aborted' }
  | { readonly type: 'restart' }
  | { readonly type: 'ended'; readonly delivered: boolean }
  | { readonly type: 'network'; readonly delivered: boolean; readonly error: Error }
  | { readonly type: 'timeout' }
  | { readonly type: 'stall'; readonly delivered: boolean }
  | { readonly type: 'status'; readonly status: number; readonly body: string; readonly headers: Headers }
  /** User code (a handler) threw; the stream stops with that error. */
  | { readonly type: 'thrown'; readonly error: unknown }

/** What a connection reports while it is open. */
export interface ConnectionSink {
  message(value: unknown): void
  problem(problem: ParseProblem, headers: Headers): void
}

/** Lets the consumer of messages apply backpressure and the owner restart the connection. */
export interface ConnectionControl {
  pause(): void
  resume(): void
  /** Ends the current connection with a `restart` outcome (used for a dynamic filter change). */
  restart(): void
  /** Clock time of the last byte received (keep-alives included). */
  lastByteAt(): number
}

export interface ConnectionOptions {
  readonly credentials: OAuth1Credentials
  readonly headers: Readonly<Record<string, string>>
  readonly agent: Agent | undefined
  readonly clock: Clock
  readonly connectTimeoutMs: number
  readonly stallTimeoutMs: number
  readonly maxLineBytes: number | undefined
}

/** Error bodies are short; anything longer is cut so a misbehaving server cannot fill memory. */
const MAX_ERROR_BODY = 64 * 1024

/** Live sockets and timers of this module, for tests proving that nothing is left behind. */
export const liveResources = { requests: 0, timers: 0 }

/** Opens one connection and reads it until it ends, stalls, fails or `signal` aborts. */
export function connectOnce(req: StreamRequest, options: ConnectionOptions, sink: ConnectionSink, signal: AbortSignal, setControl: (control: ConnectionControl | undefined) => void): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    const { clock } = options
    const body = req.form ? formatPairs(req.form) : undefined
    const headers: Record<string, string> = {
      ...options.headers,
      authorization: oauth1Header(options.credentials, { method: req.method, url: req.url, bodyParams: req.form }),
    }
    if (body !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded'
      headers['content-length'] = String(Buffer.byteLength(body))
    }
    const send = req.url.startsWith('https:') ? httpsRequest : httpRequest
    // agent false: a stream owns its socket; destroying it must not return anything to a pool.
    const http = send(req.url, { method: req.method, headers, agent: options.agent ?? false })
    liveResources.requests++

    let settled = false
    let delivered = false
    let paused = false
    let lastByteAt = clock.now()
    let timer: TimerHandle | undefined
    let responseHeaders: Headers = new Headers()

    const setTimer = (fn: () => void, ms: number) => {
      clearTimer()
      timer = clock.setTimeout(() => {
        timer = undefined
        liveResources.timers--
        fn()
      }, ms)
      liveResources.timers++
    }
    function clearTimer() {
      if (timer === undefined) return
      clock.clearTimeout(timer)
      timer = undefined
      liveResources.timers--
    }
    const finish = (outcome: Outcome) => {
      if (settled) return
      settled = true
      clearTimer()
      signal.removeEventListener('abort', onAbort)
      setControl(undefined)
      http.destroy()
      liveResources.requests--
      resolve(outcome)
    }
    const onAbort = () => finish({ type: 'aborted' })
    if (signal.aborted) return finish({ type: 'aborted' })
    signal.addEventListener('abort', onAbort, { once: true })

    // The watchdog checks the time of the last byte instead of being re-armed on every chunk.
    const watch = () => {
      const idle = clock.now() - lastByteAt
      if (paused) {
        // We stopped reading on purpose; silence is ours, not the server's.
        lastByteAt = clock.now()
        setTimer(watch, options.stallTimeoutMs)
      } else if (idle >= options.stallTimeoutMs) {
        finish({ type: 'stall', delivered })
      } else {
        setTimer(watch, options.stallTimeoutMs - idle)
      }
    }

    setTimer(() => finish({ type: 'timeout' }), options.connectTimeoutMs)
    http.on('error', (error) => finish({ type: 'network', delivered, error }))
    http.on('response', (res: IncomingMessage) => {
      responseHeaders = toHeaders(res)
      const status = res.statusCode ?? 0
      if (status !== 200) {
        readErrorBody(res, (text) => finish({ type: 'status', status, body: text, headers: responseHeaders }))
        return
      }
      const parser = new StreamParser(
        {
          message: (value) => {
            if (!settled) sink.message(value)
          },
          problem: (problem) => {
            if (!settled) sink.problem(problem, responseHeaders)
          },
        },
        { framing: req.lengthDelimited ? 'length' : 'lines', maxLineBytes: options.maxLineBytes },
      )
      setControl({
        pause: () => {
          paused = true
          res.pause()
        },
        resume: () => {
          paused = false
          lastByteAt = clock.now()
          res.resume()
        },
        restart: () => finish({ type: 'restart' }),
        lastByteAt: () => lastByteAt,
      })
      lastByteAt = clock.now()
      setTimer(watch, options.stallTimeoutMs)
      res.on('data', (chunk: Buffer) => {
        if (settled) return
        lastByteAt = clock.now()
        delivered = true
        try {
          parser.push(chunk)
        } catch (error) {
          finish({ type: 'thrown', error })
        }
      })
      res.on('end', () => finish({ type: 'ended', delivered }))
      // A torn connection: 'aborted'/'error' on the response, or 'close' before 'end'.
      res.on('error', (error) => finish({ type: 'network', delivered, error }))
      res.on('close', () => finish({ type: 'network', delivered, error: new Error('The stream connection closed before the response ended.') }))
    })
    http.end(body)
  })
}

function readErrorBody(res: IncomingMessage, done: (text: string) => void): void {
  const chunks: Buffer[] = []
  let size = 0
  const finish = () => done(Buffer.concat(chunks).toString('utf8'))
  res.on('data', (chunk: Buffer) => {
    if (size >= MAX_ERROR_BODY) return
    chunks.push(chunk.subarray(0, MAX_ERROR_BODY - size))
    size += chunk.length
  })
  res.on('end', finish)
  res.on('error', finish)
  res.on('close', finish)
}

function toHeaders(res: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else headers.set(name, value)
  }
  return headers
}

/** Settings of a {@link connectFetch} attempt. */
export interface FetchConnectionOptions {
  readonly clock: Clock
  /** Milliseconds to wait for the response headers; `undefined` waits for ever. */
  readonly connectTimeoutMs: number | undefined
  readonly stallTimeoutMs: number
  readonly maxLineBytes: number | undefined
  /** Tells a failure of `open` that reconnecting cannot cure (a refused token refresh) from a network error. */
  readonly isFatal: (error: unknown) => boolean
}

/**
 * One connection attempt over a WHATWG `fetch` (the X API v2 streams, which go through the core's transport
 * and credentials), with the same outcomes, stall watchdog and pause/resume as {@link connectOnce}. Reading
 * is pull-based: while paused the body is simply not read, so the transport's own buffers (and TCP) push
 * back on the server. `open` receives a signal that aborts the request when the attempt is settled.
 */
export function connectFetch(open: (signal: AbortSignal) => Promise<Response>, options: FetchConnectionOptions, sink: ConnectionSink, signal: AbortSignal, setControl: (control: ConnectionControl | undefined) => void): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    const { clock } = options
    const controller = new AbortController()
    let settled = false
    let delivered = false
    let paused = false
    let wakeReader: (() => void) | undefined
    let lastByteAt = clock.now()
    let timer: TimerHandle | undefined

    const setTimer = (fn: () => void, ms: number) => {
      clearTimer()
      timer = clock.setTimeout(() => {
        timer = undefined
        liveResources.timers--
        fn()
      }, ms)
      liveResources.timers++
    }
    function clearTimer() {
      if (timer === undefined) return
      clock.clearTimeout(timer)
      timer = undefined
      liveResources.timers--
    }
    const finish = (outcome: Outcome) => {
      if (settled) return
      settled = true
      clearTimer()
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

    const watch = () => {
      const idle = clock.now() - lastByteAt
      if (paused) {
        lastByteAt = clock.now()
        setTimer(watch, options.stallTimeoutMs)
      } else if (idle >= options.stallTimeoutMs) {
        finish({ type: 'stall', delivered })
      } else {
        setTimer(watch, options.stallTimeoutMs - idle)
      }
    }

    if (options.connectTimeoutMs !== undefined) setTimer(() => finish({ type: 'timeout' }), options.connectTimeoutMs)
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
        { maxLineBytes: options.maxLineBytes },
      )
      setControl({
        pause: () => {
          paused = true
        },
        resume: () => {
          paused = false
          lastByteAt = clock.now()
          const wake = wakeReader
          wakeReader = undefined
          wake?.()
        },
        restart: () => finish({ type: 'restart' }),
        lastByteAt: () => lastByteAt,
      })
      lastByteAt = clock.now()
      setTimer(watch, options.stallTimeoutMs)
      const reader = body.getReader()
      try {
        while (!settled) {
          if (paused) {
            await new Promise<void>((wake) => (wakeReader = wake))
            continue
          }
          const chunk = await reader.read()
          if (settled) break
          if (chunk.done) return finish({ type: 'ended', delivered })
          lastByteAt = clock.now()
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
  return Buffer.concat(chunks).toString('utf8')
}
