/**
 * Intercepting mode: an HTTP proxy that only knows Twitter. A bot run with
 * `HTTPS_PROXY=http://127.0.0.1:<port>` sends `CONNECT api.twitter.com:443`; the proxy answers 200, ends
 * TLS itself with a certificate from the emulator's own CA, tags the decrypted connection with the host
 * it named, and hands it to the emulator's HTTP server, which then sees the request exactly as the client
 * wrote it for Twitter. A CONNECT to any other host or port, and any plain proxied request, is refused:
 * the proxy never resolves a name and never opens a connection anywhere.
 *
 * A second listener serves the emulator over HTTPS directly (`https://127.0.0.1:<port>`, same
 * certificate), for clients whose only setting is a host name and which always speak `https://`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Duplex } from 'node:stream'
import { createSecureContext, createServer as createTlsServer, TLSSocket, type Server as TlsServer } from 'node:tls'
import { issueCertificates } from './ca.js'
import { tagConnection } from './origin.js'

/** The hosts clients hard-code, Twitter's and X's: the only ones the proxy lets through (to the emulator). */
export const INTERCEPTED_HOSTS: readonly string[] = ['api.twitter.com', 'upload.twitter.com', 'stream.twitter.com', 'api.x.com', 'upload.x.com', 'stream.x.com']

/** Options of intercepting mode (`startEmulator({ intercept: { ... } })`). */
export interface InterceptOptions {
  /** Port of the proxy; 0 picks a free one. @default 0 */
  readonly port?: number
  /** Port of the direct HTTPS listener; 0 picks a free one. @default 0 */
  readonly httpsPort?: number
  /**
   * Where to write the CA certificate (PEM). By default a new temporary directory, removed on close; a
   * path given here is left in place on close.
   */
  readonly caCertPath?: string
}

/** A running intercepting proxy. */
export interface InterceptProxy {
  /** `http://127.0.0.1:<port>`: the value of `HTTPS_PROXY`. */
  readonly proxyUrl: string
  /** `https://127.0.0.1:<port>`: the emulator over HTTPS, for clients that take only a host name. */
  readonly httpsUrl: string
  /** The CA certificate file clients must trust. */
  readonly caCertPath: string
  /** `HTTPS_PROXY`, `NODE_EXTRA_CA_CERTS`, `REQUESTS_CA_BUNDLE` and `SSL_CERT_FILE`, ready for a child process. */
  readonly env: Readonly<Record<string, string>>
  close(): Promise<void>
}

/** Where the proxy hands decrypted connections: the emulator's HTTP server. */
export interface ConnectionSink {
  acceptConnection(socket: Duplex): void
}

const REFUSAL = 'The Twython emulator intercepts only api, upload and stream .twitter.com and .x.com on port 443; it forwards nothing else.\n'

function refuse(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\ncontent-type: text/plain;charset=utf-8\r\ncontent-length: ${Buffer.byteLength(REFUSAL)}\r\nconnection: close\r\n\r\n${REFUSAL}`)
}

/**
 * The intercepted host a CONNECT target names (`api.twitter.com:443`, any letter case), or undefined for
 * anything else: another host, another port, a malformed target. Nothing else is let through.
 */
export function interceptTarget(target: string): string | undefined {
  const m = /^([^:\s]+):(\d{1,5})$/.exec(target)
  if (!m || Number(m[2]) !== 443) return undefined
  const host = m[1]!.toLowerCase()
  return INTERCEPTED_HOSTS.includes(host) ? host : undefined
}

let shared: ReturnType<typeof issueCertificates> | undefined

/**
 * One CA per process, made on first use: RSA key generation and signing take a good part of a second,
 * and every emulator a test suite starts can trust the same throwaway CA. Its key never leaves memory.
 */
function processCertificates(): ReturnType<typeof issueCertificates> {
  shared ??= issueCertificates([...INTERCEPTED_HOSTS, 'localhost'], ['127.0.0.1', '::1'])
  return shared
}

/** Starts the proxy and the direct HTTPS listener on `host` (loopback). */
export async function startInterceptProxy(sink: ConnectionSink, host: string, options: InterceptOptions = {}): Promise<InterceptProxy> {
  const ownDir = options.caCertPath ? undefined : mkdtempSync(join(tmpdir(), 'twython-emulator-ca-'))
  const caCertPath = options.caCertPath ?? join(ownDir!, 'ca.pem')
  const certs = processCertificates()
  writeFileSync(caCertPath, certs.caCertPem, { mode: 0o644 })

  const tlsOptions = { cert: certs.server.certPem, key: certs.server.keyPem, ALPNProtocols: ['http/1.1'] }
  const secureContext = createSecureContext(tlsOptions)
  const raw = new Set<Socket | Duplex>()
  const track = (socket: Socket | Duplex) => {
    raw.add(socket)
    socket.once('close', () => raw.delete(socket))
  }

  const proxy: HttpServer = createHttpServer((req, res) => {
    // A plain proxied request (`GET http://example.com/`) or a request to the proxy itself: never forwarded.
    res.writeHead(403, { 'content-type': 'text/plain;charset=utf-8', connection: 'close' })
    res.end(REFUSAL)
  })
  proxy.on('connection', track)
  proxy.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    const host = interceptTarget(req.url ?? '')
    if (!host) return refuse(socket, '403 Forbidden')
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    if (head.length > 0) socket.unshift(head)
    const tls = new TLSSocket(socket as Socket, { isServer: true, secureContext, ALPNProtocols: ['http/1.1'] })
    // A client that does not trust the CA aborts the handshake; that ends this connection only.
    tls.on('error', () => tls.destroy())
    tagConnection(tls, { scheme: 'https', connectHost: `${host}:443` })
    sink.acceptConnection(tls)
  })

  const direct: TlsServer = createTlsServer(tlsOptions, (tls) => {
    tls.on('error', () => tls.destroy())
    tagConnection(tls, { scheme: 'https' })
    sink.acceptConnection(tls)
  })
  direct.on('connection', track)
  // A failed handshake on the direct port is the client's problem, not the emulator's.
  direct.on('tlsClientError', () => undefined)

  const listen = (server: HttpServer | TlsServer, port: number) =>
    new Promise<AddressInfo>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, host, () => {
        server.off('error', reject)
        resolve(server.address() as AddressInfo)
      })
    })
  const hostPart = (a: AddressInfo) => (a.family === 'IPv6' ? `[${a.address}]` : a.address)
  let proxyAddress: AddressInfo
  let directAddress: AddressInfo
  try {
    proxyAddress = await listen(proxy, options.port ?? 0)
    directAddress = await listen(direct, options.httpsPort ?? 0)
  } catch (error) {
    // A port in use: leave nothing behind, neither a listener nor the CA file.
    for (const server of [proxy, direct]) if (server.listening) server.close()
    if (ownDir) rmSync(ownDir, { recursive: true, force: true })
    throw error
  }
  const proxyUrl = `http://${hostPart(proxyAddress)}:${proxyAddress.port}`

  return {
    proxyUrl,
    httpsUrl: `https://${hostPart(directAddress)}:${directAddress.port}`,
    caCertPath,
    env: { HTTPS_PROXY: proxyUrl, NODE_EXTRA_CA_CERTS: caCertPath, REQUESTS_CA_BUNDLE: caCertPath, SSL_CERT_FILE: caCertPath },
    async close() {
      const closed = Promise.all([proxy, direct].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))))
      for (const socket of raw) socket.destroy()
      await closed
      if (ownDir) rmSync(ownDir, { recursive: true, force: true })
    },
  }
}
