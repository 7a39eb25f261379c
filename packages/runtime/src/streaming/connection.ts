/**
 * One connection attempt to a stream, over node:http / node:https directly: that gives socket-level
 * control (a stall or an abort destroys the socket at once, nothing lingers in a pool) and avoids the
 * per-chunk overhead of WHATWG streams. The attempt settles with an {@link Outcome}; it never throws.
 */
import type { Agent, IncomingMessage } from 'node:http'
import { httpRequest, httpsRequest } from '#http'
import { oauth1Header, type OAuth1Credentials } from '../oauth1.js'
import { formatPairs } from '../encode.js'
import type { Clock } from './clock.js'
import type { StreamRequest } from './endpoints.js'
import { liveResources, stallWatchdog, type ConnectionControl, type ConnectionSink, type Outcome } from './engine.js'
import { StreamParser } from './parser.js'

export { liveResources, type ConnectionControl, type ConnectionSink, type Outcome } from './engine.js'

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
    let responseHeaders: Headers = new Headers()

    const watchdog = stallWatchdog(clock, options.stallTimeoutMs, () => finish({ type: 'stall', delivered }))
    const finish = (outcome: Outcome) => {
      if (settled) return
      settled = true
      watchdog.clear()
      signal.removeEventListener('abort', onAbort)
      setControl(undefined)
      http.destroy()
      liveResources.requests--
      resolve(outcome)
    }
    const onAbort = () => finish({ type: 'aborted' })
    if (signal.aborted) return finish({ type: 'aborted' })
    signal.addEventListener('abort', onAbort, { once: true })

    watchdog.connectTimeout(options.connectTimeoutMs, () => finish({ type: 'timeout' }))
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
          watchdog.pause()
          res.pause()
        },
        resume: () => {
          watchdog.resume()
          res.resume()
        },
        restart: () => finish({ type: 'restart' }),
        lastByteAt: watchdog.lastByteAt,
      })
      watchdog.start()
      res.on('data', (chunk: Buffer) => {
        if (settled) return
        watchdog.touch()
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
