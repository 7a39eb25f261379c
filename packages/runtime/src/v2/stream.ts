/**
 * One connection to an X API v2 stream, read with the byte-level parser the v1.1 streams use (every
 * complete message once, whatever the chunk boundaries; keep-alive blank lines skipped). This is the plain
 * form: it ends when the server closes the connection; reconnecting by X's rules is layered on top.
 */
import type { CallOptions, Core } from '../core.js'
import { TwythonError } from '../errors.js'
import { errorForResponse } from '../http-errors.js'
import type { Route } from '../route.js'
import { StreamParser, type ParseProblem } from '../streaming/parser.js'
import { checkSecurity } from './security.js'

/** Options of a v2 stream call. */
export interface StreamCallOptions extends CallOptions {
  /** A garbled, non-UTF-8 or oversized line was skipped; the stream goes on. */
  readonly onParseError?: (problem: ParseProblem) => void
  /** Largest message kept in memory. @default 16 MiB */
  readonly maxLineBytes?: number
}

export async function* streamRoute<T>(core: Core, route: Route, params: Readonly<Record<string, unknown>>, options: StreamCallOptions = {}): AsyncGenerator<T, void, undefined> {
  if (route.security) checkSecurity(route, core.credentialKind)
  const request = await core.prepare(route, params)
  const url = request.url.split('?')[0]!
  let response: Response
  try {
    response = await core.openRaw(request, options)
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason
    const cause = (error as { cause?: { code?: string } })?.cause
    throw new TwythonError(`Network error while opening the stream ${request.method} ${url}: ${cause?.code ?? (error as Error)?.message ?? String(error)}`, { url, cause: error })
  }
  if (response.status !== 200) {
    const text = await response.text().catch(() => '')
    throw errorForResponse(response.status, text, response.headers, url)
  }
  if (!response.body) return
  const queue: unknown[] = []
  const parser = new StreamParser({ message: (m) => queue.push(m), problem: (p) => options.onParseError?.(p) }, options.maxLineBytes ? { maxLineBytes: options.maxLineBytes } : {})
  const reader = response.body.getReader()
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>
      try {
        chunk = await reader.read()
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason
        throw new TwythonError(`The stream ${url} was cut off: ${(error as Error)?.message ?? String(error)}`, { url, cause: error })
      }
      if (chunk.done) return
      parser.push(chunk.value)
      for (let i = 0; i < queue.length; i++) yield queue[i] as T
      queue.length = 0
    }
  } finally {
    await reader.cancel().catch(() => {})
  }
}
