/**
 * The async-iterator forms (v1.1 `stream()` and the X API v2 streams) read only a small, bounded number of
 * messages ahead of a loop that stops taking them: the connection is then not read, and the server is
 * pushed back. Measured from the server's side, by how much it managed to send.
 */
import type { ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { Core } from '../src/core.js'
import type { Route } from '../src/route.js'
import { liveResources } from '../src/streaming/connection.js'
import { stream } from '../src/streaming/iterate.js'
import { streamRoute } from '../src/v2/stream.js'
import { startServer, type TestServer } from './server.js'

const MESSAGE_BYTES = 2048
/** What the server offers: far more than socket buffers hold. */
const OFFERED = 64 * 1024 * 1024
/**
 * Kernel socket buffers on loopback plus Node's own hold a few MiB; a read-ahead of 10,000 messages of
 * 2 KiB (20 MiB) would go past this bound, a read-ahead of 64 stays far below it.
 */
const BOUND = 16 * 1024 * 1024

let server: TestServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

/** Serves messages until the client stops reading; `sent()` is how many bytes it got rid of. */
async function flood(message: (i: number) => string) {
  let sent = 0
  server = await startServer(async (_req, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    let i = 0
    while (sent < OFFERED && !res.destroyed) {
      const batch = Array.from({ length: 32 }, () => message(i++)).join('')
      sent += Buffer.byteLength(batch)
      if (!res.write(batch)) await new Promise((r) => res.once('drain', r).once('close', r))
    }
  })
  return { origin: server.origin, sent: () => sent }
}

/** Waits until the server has made no progress for a while: the client has stopped reading. */
async function settled(sent: () => number): Promise<number> {
  let last = -1
  while (sent() !== last) {
    last = sent()
    await new Promise((r) => setTimeout(r, 300))
  }
  return last
}

const pad = 'x'.repeat(MESSAGE_BYTES - 60)

describe('bounded read-ahead', () => {
  it('v1.1 stream(): a loop that stops taking messages stops the reading', async () => {
    const { origin, sent } = await flood((i) => `{"id_str":"${i}","text":"${pad}"}\r\n`)
    const iterator = stream({ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'u', hosts: { stream: origin } }, 'statuses/sample')[Symbol.asyncIterator]()
    await iterator.next()
    expect(await settled(sent)).toBeLessThan(BOUND)
    await iterator.return!()
    expect(liveResources).toEqual({ requests: 0, timers: 0 })
  }, 30_000)

  it('v1.1 stream() over clientArgs.fetch: a loop that stops taking messages stops the reading', async () => {
    const { origin, sent } = await flood((i) => `{"id_str":"${i}","text":"${pad}"}\r\n`)
    const iterator = stream({ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'u', hosts: { stream: origin }, clientArgs: { fetch: globalThis.fetch } }, 'statuses/sample')[Symbol.asyncIterator]()
    await iterator.next()
    expect(await settled(sent)).toBeLessThan(BOUND)
    await iterator.return!()
    expect(liveResources).toEqual({ requests: 0, timers: 0 })
  }, 30_000)

  it('v2 streams: a loop that stops taking messages stops the reading', async () => {
    const { origin, sent } = await flood((i) => `{"data":{"id":"${i}","text":"${pad}"}}\r\n`)
    const route: Route = { id: 'streamPosts', method: 'GET', host: 'v2', path: '/2/tweets/search/stream', security: [{ scheme: 'bearer' }], stream: true }
    const iterator = streamRoute(new Core({ accessToken: 'AAAA', hosts: { v2: origin } }), route, {})
    await iterator.next()
    expect(await settled(sent)).toBeLessThan(BOUND)
    await iterator.return()
    expect(liveResources).toEqual({ requests: 0, timers: 0 })
  }, 30_000)
})
