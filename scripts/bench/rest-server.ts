/**
 * The local API the REST benchmark calls: `GET /1.1/statuses/show/:id.json` answered with a ~3 KB tweet
 * and Twitter's rate-limit headers, keep-alive on. It refuses a request without an OAuth header so a
 * client that silently stopped signing cannot look fast; it does not verify signatures (that costs the
 * server CPU, not the client's, and the runtime's own tests verify them).
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tweetJson } from './tweet.js'

const ROUTE = /^\/1\.1\/statuses\/show\/(\d+)\.json(?:\?|$)/

export interface RestServer {
  readonly origin: string
  /** Requests refused (bad path or no OAuth header): must stay 0. */
  readonly refused: () => number
  close(): Promise<void>
}

export async function startRestServer(): Promise<RestServer> {
  const bodies = new Map<string, Buffer>()
  let refused = 0
  const server: Server = createServer((req, res) => {
    const match = ROUTE.exec(req.url ?? '')
    const auth = req.headers.authorization ?? ''
    if (!match || !auth.startsWith('OAuth ') || !auth.includes('oauth_signature=')) {
      refused++
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"code":32,"message":"Could not authenticate you."}]}')
      return
    }
    const id = match[1]!
    let body = bodies.get(id)
    if (!body) bodies.set(id, (body = Buffer.from(tweetJson(id))))
    res.writeHead(200, {
      'content-type': 'application/json;charset=utf-8',
      'content-length': body.byteLength,
      'x-rate-limit-limit': '900',
      'x-rate-limit-remaining': '899',
      'x-rate-limit-reset': '1700000000',
    })
    res.end(body)
  })
  // Longer than any pause between a child's phases, so keep-alive sockets are not closed under a client.
  server.keepAliveTimeout = 30_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    refused: () => refused,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
