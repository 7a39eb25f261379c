/**
 * A small WHATWG-`fetch`-compatible function over node:http and node:https, for ky to send requests with.
 *
 * Why: on Node, undici's `fetch` is most of the CPU a signed API call costs (the fetch algorithm, its
 * dispatcher and stream plumbing run for every request). ky only needs "Request in, Response out", which
 * a keep-alive `http.Agent` does for a fraction of that; `scripts/bench` measures both.
 *
 * What it does, and where it knowingly differs from the spec (none of it matters to the Twitter API):
 * - Redirects are not followed: a 3xx comes back as the response itself (Twitter's API does not redirect).
 *   `redirect: 'error'` rejects on one, as the spec says.
 * - A request body is read up to `BUFFER_LIMIT` and sent with a `content-length` (what undici does for
 *   strings, bytes and FormData); a longer one (a stream) goes out with chunked transfer encoding.
 * - No cookies, no CORS, no cache, no `file:`/`data:` URLs; `http:` and `https:` only.
 * - Failures reject with `TypeError('fetch failed', { cause })` and a body cut short errors its stream with
 *   `TypeError('terminated', { cause })`, as undici does, so callers' error mapping works with either fetch.
 */
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { toWebBody } from './response-body.js'
import { readBody, type RequestBody } from './request-body.js'

/** Agents for `createNodeFetch`; each defaults to a keep-alive agent owned by that fetch. */
export interface NodeFetchOptions {
  readonly httpAgent?: HttpAgent
  readonly httpsAgent?: HttpsAgent
}

export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

/** Keys of `RequestInit` that change the request; with none of them a `Request` input is used as is. */
const REQUEST_KEYS = ['method', 'headers', 'body', 'signal', 'redirect', 'window', 'mode', 'credentials', 'cache', 'integrity', 'referrer', 'referrerPolicy', 'keepalive', 'duplex'] as const
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304])
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308])

/** Builds a fetch with its own agents (pass agents to go through a proxy or tune pooling). */
export function createNodeFetch(options: NodeFetchOptions = {}): FetchFunction {
  let httpAgent = options.httpAgent
  let httpsAgent = options.httpsAgent
  // Agents are created on first use so importing this module opens nothing and costs nothing.
  const agentFor = (protocol: string) =>
    protocol === 'https:' ? (httpsAgent ??= new HttpsAgent({ keepAlive: true })) : (httpAgent ??= new HttpAgent({ keepAlive: true }))

  return async function fetch(input, init) {
    const request = input instanceof Request && !changesRequest(init) ? input : new Request(input, init)
    const signal = request.signal
    if (signal.aborted) throw signal.reason
    const url = new URL(request.url)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('fetch failed', { cause: new Error(`unsupported protocol ${url.protocol}`) })
    const body = request.body ? await readBody(request.body) : undefined
    if (signal.aborted) throw signal.reason
    return send(request, url, headersOf(request, body), body, agentFor(url.protocol), true)
  }
}

/** The shared default instance: one keep-alive agent per protocol for the whole process. */
export const nodeFetch: FetchFunction = createNodeFetch()

function changesRequest(init: RequestInit | undefined): boolean {
  if (!init) return false
  for (const key of REQUEST_KEYS) if ((init as Record<string, unknown>)[key] !== undefined) return true
  return false
}

/** The request's headers as node:http takes them, plus the defaults undici adds. */
function headersOf(request: Request, body: RequestBody | undefined): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {}
  for (const [name, value] of request.headers) headers[name] = value
  headers['accept'] ??= '*/*'
  headers['user-agent'] ??= 'node'
  // Ask for compression as undici does; the response is decoded in response-body.ts.
  headers['accept-encoding'] ??= 'gzip, deflate, br'
  if (body?.buffered) headers['content-length'] = String(body.length)
  else if (body) headers['transfer-encoding'] = 'chunked'
  else if (request.method === 'POST' || request.method === 'PUT') headers['content-length'] = '0'
  return headers
}

/**
 * Sends one request. `mayRetry`: a request without a body that fails with ECONNRESET on a reused
 * keep-alive socket is sent once more on a fresh one; the server closed that idle socket as we wrote to
 * it, so the request never reached it (the race node's docs describe for `reusedSocket`).
 */
function send(request: Request, url: URL, headers: OutgoingHttpHeaders, body: RequestBody | undefined, agent: HttpAgent, mayRetry: boolean): Promise<Response> {
  const signal = request.signal
  return new Promise<Response>((resolve, reject) => {
    const options = { method: request.method, headers, agent, host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port, path: url.pathname + url.search }
    const req: ClientRequest = url.protocol === 'https:' ? httpsRequest({ ...options, agent: agent as HttpsAgent }) : httpRequest(options)
    let settled = false
    const onAbort = () => {
      req.destroy()
      if (!settled) {
        settled = true
        reject(signal.reason)
      }
    }
    signal.addEventListener('abort', onAbort, { once: true })

    req.once('error', (error: NodeJS.ErrnoException) => {
      signal.removeEventListener('abort', onAbort)
      if (settled) return
      settled = true
      if (mayRetry && !body && req.reusedSocket && error.code === 'ECONNRESET') resolve(send(request, url, headers, body, agent, false))
      else reject(new TypeError('fetch failed', { cause: error }))
    })
    req.once('response', (res: IncomingMessage) => {
      if (settled) {
        res.destroy()
        return
      }
      settled = true
      // From here on the body stream owns the abort (toWebBody errors it with the signal's reason).
      signal.removeEventListener('abort', onAbort)
      const status = res.statusCode ?? 0
      if (request.redirect === 'error' && REDIRECT_STATUS.has(status)) {
        res.destroy()
        reject(new TypeError('fetch failed', { cause: new Error(`unexpected redirect (${status})`) }))
        return
      }
      try {
        resolve(toResponse(request, res))
      } catch (error) {
        res.destroy()
        reject(new TypeError('fetch failed', { cause: error }))
      }
    })

    if (!body) req.end()
    else if (body.buffered) writeAll(req, body.buffered)
    else void body.pipeTo(req).catch((error: unknown) => req.destroy(error as Error))
  })
}

/** Writes the collected chunks in order and ends the request; the socket takes each chunk without a copy. */
function writeAll(req: ClientRequest, chunks: readonly Buffer[]): void {
  if (chunks.length === 1) return void req.end(chunks[0])
  // Corked, the headers and the small chunks (a multipart head) leave in one write; end() uncorks.
  req.cork()
  for (const chunk of chunks) req.write(chunk)
  req.end()
}

function toResponse(request: Request, res: IncomingMessage): Response {
  const status = res.statusCode!
  const headers = new Headers()
  const raw = res.rawHeaders
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!)
  const nullBody = request.method === 'HEAD' || NULL_BODY_STATUS.has(status)
  let body: ReadableStream<Uint8Array> | null = null
  if (nullBody) res.resume()
  else body = toWebBody(res, headers.get('content-encoding'), request.signal)
  const response = new Response(body, { status, statusText: res.statusMessage ?? '', headers })
  // A constructed Response has an empty url; fetch's has the request's (ky and error messages read it).
  Object.defineProperty(response, 'url', { value: request.url })
  return response
}
