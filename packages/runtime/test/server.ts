/**
 * A real HTTP server for runtime tests: records each request (method, URL, headers, raw body) and
 * answers with a scripted response. It also verifies OAuth 1.0a signatures with its own code
 * (node:crypto, its own encoding and base string), independent of oauth-sign and the runtime.
 */
import { createHmac } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Recorded {
  method: string
  url: URL
  headers: IncomingMessage['headers']
  body: Buffer
}

export type Responder = (req: Recorded, res: ServerResponse) => unknown

export interface TestServer {
  readonly origin: string
  readonly requests: Recorded[]
  respond(handler: Responder): void
  close(): Promise<void>
}

export async function startServer(handler: Responder = json(200, {})): Promise<TestServer> {
  let current = handler
  const requests: Recorded[] = []
  const sockets = new Set<import('node:net').Socket>()
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const rec: Recorded = { method: req.method!, url: new URL(req.url!, `http://${req.headers.host}`), headers: req.headers, body: Buffer.concat(chunks) }
    requests.push(rec)
    await current(rec, res)
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    respond(h) {
      current = h
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Responds with a JSON body (given as text or a value) and optional headers. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Responder {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', ...headers })
    res.end(typeof body === 'string' ? body : JSON.stringify(body))
  }
}

/** RFC 3986 percent-encoding, written independently of the runtime. */
function enc(s: string): string {
  return Array.from(new TextEncoder().encode(s), (b) => {
    const c = String.fromCharCode(b)
    return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`
  }).join('')
}

/** Parses `OAuth k="v", ...` into decoded pairs. */
export function parseOAuthHeader(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  if (!header?.startsWith('OAuth ')) return out
  for (const m of header.slice(6).matchAll(/([a-z_]+)="([^"]*)"/g)) out[m[1]!] = decodeURIComponent(m[2]!)
  return out
}

/** Recomputes the HMAC-SHA1 signature of a recorded request and compares. */
export function verifyOAuth1(req: Recorded, consumerSecret: string, tokenSecret = ''): boolean {
  const oauth = parseOAuthHeader(req.headers.authorization)
  const params: [string, string][] = []
  for (const [k, v] of req.url.searchParams) params.push([k, v])
  if (String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(req.body.toString('utf8'))) params.push([k, v])
  }
  for (const [k, v] of Object.entries(oauth)) if (k !== 'oauth_signature' && k !== 'realm') params.push([k, v])
  const normalized = params
    .map(([k, v]) => [enc(k), enc(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
  const base = `${req.method}&${enc(`http://${req.headers.host}${req.url.pathname}`)}&${enc(normalized)}`
  const expected = createHmac('sha1', `${enc(consumerSecret)}&${enc(tokenSecret)}`).update(base).digest('base64')
  return expected === oauth.oauth_signature
}
