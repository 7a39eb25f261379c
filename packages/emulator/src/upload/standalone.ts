/**
 * The upload service on its own node:http server, without OAuth: for tests and benchmarks that exercise
 * the upload protocol only. It does what the emulator does before calling `handle` (read the body, merge
 * query and form parameters) and counts requests and connections so tests can prove nothing was sent or
 * left open. Listens on 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { UploadService } from './types.js'

export interface UploadServerOptions {
  /** The user every request is attributed to. @default '1' */
  readonly userId?: string
  /** Close every connection after its response (no keep-alive), so a test can see sockets go away. */
  readonly closeConnections?: boolean
  /** Runs before each request is handled, with its body: tests use it to stall or inspect one request. */
  readonly beforeHandle?: (req: IncomingMessage, body: Buffer) => void | Promise<void>
}

export interface UploadServer {
  /** `http://127.0.0.1:<port>`, for `hosts.upload`. */
  readonly origin: string
  /** Requests received, whatever their outcome. */
  readonly requestCount: number
  /** Connections open now. */
  readonly openConnections: number
  close(): Promise<void>
}

/** Starts a server that answers /1.1/media/upload.json with `service` and 404 for anything else. */
export async function startUploadServer(service: UploadService, options: UploadServerOptions = {}): Promise<UploadServer> {
  let requestCount = 0
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    requestCount++
    void serve(service, req, res, options).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    get requestCount() {
      return requestCount
    },
    get openConnections() {
      return sockets.size
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

async function serve(service: UploadService, req: IncomingMessage, res: ServerResponse, options: UploadServerOptions): Promise<void> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = Buffer.concat(chunks)
  if (options.closeConnections) res.setHeader('connection', 'close')
  await options.beforeHandle?.(req, body)
  if (req.socket.destroyed) return // the client went away while the hook waited
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (url.pathname !== '/1.1/media/upload.json' || (req.method !== 'POST' && req.method !== 'GET')) {
    res.writeHead(404, { 'content-type': 'application/json;charset=utf-8' })
    res.end('{"errors":[{"code":34,"message":"Sorry, that page does not exist."}]}')
    return
  }
  const contentType = String(req.headers['content-type'] ?? '')
  const params = new URLSearchParams(url.search)
  if (contentType.startsWith('application/x-www-form-urlencoded')) for (const [k, v] of new URLSearchParams(body.toString('utf8'))) params.append(k, v)
  const handled = await service.handle(req, res, { userId: options.userId ?? '1', params, body, contentType })
  if (!handled) {
    res.writeHead(404, { 'content-type': 'application/json;charset=utf-8' })
    res.end('{"errors":[{"code":34,"message":"Sorry, that page does not exist."}]}')
  }
}
