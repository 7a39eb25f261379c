/**
 * Which URL a client signed. A client behind the intercepting proxy signs `https://api.twitter.com/...`
 * (RFC 5849 3.4.1.2: the scheme and host it addressed), while the request reaches the emulator's HTTP
 * server over a TLS socket the proxy made. The proxy tags each socket it hands over; the server asks here
 * for the scheme and host to rebuild the base string URI with.
 */
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

/** How a connection reached the emulator: the scheme and, for an intercepted CONNECT, the host it named. */
export interface ConnectionOrigin {
  readonly scheme: 'https'
  /** The `host:port` of the CONNECT request; absent on direct HTTPS to the proxy port. */
  readonly connectHost?: string
}

const origins = new WeakMap<object, ConnectionOrigin>()

/** Marks a socket the proxy hands to the emulator's HTTP server. */
export function tagConnection(socket: Socket, origin: ConnectionOrigin): void {
  origins.set(socket, origin)
}

/**
 * The scheme and host a request was addressed to: `http` and the `Host` header for a plain connection;
 * `https` for one that came through the proxy, with the `Host` header the client sent (it names the host
 * it signed) or, when absent, the host of its CONNECT.
 */
export function requestOrigin(req: IncomingMessage): { readonly scheme: 'http' | 'https'; readonly host: string } {
  const origin = origins.get(req.socket)
  const header = req.headers.host
  if (!origin) return { scheme: 'http', host: header ?? '127.0.0.1' }
  return { scheme: 'https', host: header ?? origin.connectHost?.replace(/:443$/, '') ?? '127.0.0.1' }
}
