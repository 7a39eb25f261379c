/**
 * A v1.1 stream connection over `fetch` instead of node:http: where node:http is absent (a Workers build,
 * a browser or neutral bundle: `#http`'s non-`node` branch) or when the user passed `clientArgs.fetch`.
 * The request is the one node:http sends (same URL, form body, headers and User-Agent), signed with OAuth
 * 1.0a asynchronously (`oauth1HeaderAsync`: oauth-sign where `node:crypto` is present, Web Crypto
 * elsewhere), and read by the same fetch connection as the X API v2 streams, so the engine's reconnects,
 * stall watchdog and backoff, and the parser, are the same on both paths.
 *
 * The v1.1 streamer has no `Core` (its options are its own), and building one to reach `core.openRaw`
 * would load ky and the REST call path into a streaming-only app; signing here takes the same
 * `oauth1HeaderAsync` the core's calls use.
 */
import { formatPairs } from '../encode.js'
import { TwythonError } from '../errors.js'
import { oauth1HeaderAsync, type OAuth1Credentials } from '../oauth1.js'
import type { Clock } from './clock.js'
import type { StreamRequest } from './endpoints.js'
import type { ConnectionControl, ConnectionSink, Outcome } from './engine.js'
import { connectFetch } from './fetch-connection.js'

/** What a v1.1 fetch connection needs of the session configuration. */
export interface FetchOpenOptions {
  readonly fetch: typeof fetch
  readonly credentials: OAuth1Credentials
  readonly headers: Readonly<Record<string, string>>
  readonly clock: Clock
  readonly connectTimeoutMs: number
  readonly stallTimeoutMs: number
  readonly maxLineBytes: number | undefined
}

/** Opens one v1.1 stream connection over `options.fetch` and reads it until it ends, stalls, fails or `signal` aborts. */
export function connectV1Fetch(req: StreamRequest, options: FetchOpenOptions, sink: ConnectionSink, signal: AbortSignal, setControl: (control: ConnectionControl | undefined) => void): Promise<Outcome> {
  return connectFetch(
    (attemptSignal) => openSigned(req, options, attemptSignal),
    {
      clock: options.clock,
      connectTimeoutMs: options.connectTimeoutMs,
      stallTimeoutMs: options.stallTimeoutMs,
      maxLineBytes: options.maxLineBytes,
      framing: req.lengthDelimited ? 'length' : 'lines',
      // A signing failure (below) is not a network error: reconnecting would fail the same way.
      isFatal: (error) => error instanceof TwythonError,
    },
    sink,
    signal,
    setControl,
  )
}

/** Signs the request (a fresh nonce and timestamp per attempt) and sends it; redirects are never followed. */
async function openSigned(req: StreamRequest, options: FetchOpenOptions, signal: AbortSignal): Promise<Response> {
  const headers = new Headers(options.headers)
  let authorization: string
  try {
    authorization = await oauth1HeaderAsync(options.credentials, { method: req.method, url: req.url, ...(req.form ? { bodyParams: req.form } : {}) })
  } catch (error) {
    if (error instanceof TwythonError) throw error
    throw new TwythonError(`Could not sign the stream request with OAuth 1.0a: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
  headers.set('authorization', authorization)
  const body = req.form ? formatPairs(req.form) : undefined
  // fetch sets content-length itself for a string body.
  if (body !== undefined) headers.set('content-type', 'application/x-www-form-urlencoded')
  // Called unbound, for the same reason as the default one (platform/http.web.ts).
  const send = options.fetch
  return send(req.url, { method: req.method, headers, redirect: 'manual', signal, ...(body !== undefined ? { body } : {}) })
}
