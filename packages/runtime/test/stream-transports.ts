/**
 * The two ways a v1.1 stream connects, for tests that must hold on both: node:http (Node's default) and a
 * `fetch` passed as `clientArgs.fetch` (the path taken where node:http is absent: Workers builds, browsers).
 * The fetch is Node's own, talking to the same local server over real sockets.
 */
import type { TwythonStreamerOptions } from '../src/streaming/options.js'

export interface StreamTransport {
  readonly name: string
  readonly clientArgs: TwythonStreamerOptions['clientArgs']
}

export const STREAM_TRANSPORTS: readonly StreamTransport[] = [
  { name: 'node:http', clientArgs: undefined },
  { name: 'fetch', clientArgs: { fetch: globalThis.fetch } },
]

/** `options` with the transport's client args merged under its own (headers kept). */
export function onTransport(transport: StreamTransport, options: TwythonStreamerOptions): TwythonStreamerOptions {
  if (!transport.clientArgs) return options
  return { ...options, clientArgs: { ...transport.clientArgs, ...options.clientArgs } }
}
