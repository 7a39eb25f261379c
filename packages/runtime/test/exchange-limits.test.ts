/**
 * Issue 10, items 1 and 2, over real local sockets and with both fetches (the default node:http one and
 * undici's `globalThis.fetch`): the REST timeout bounds the whole exchange up to the last body byte, the
 * body is capped by `maxResponseBytes`, and a 3xx is never followed and never succeeds. No duration is
 * asserted: timeouts are short and the tests only check which error arrives and that the socket closed.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { BaseCore, Core, type ClientArgs } from '../src/core.js'
import { TwythonError } from '../src/errors.js'
import { callV1 } from '../src/v1/call.js'
import type { Route } from '../src/route.js'
import { nodeFetch } from '../src/transport/node-fetch.js'

const secrets = { appKey: 'app-key', appSecret: 'app-secret-SHOULD-NOT-LEAK', oauthToken: 'user-token', oauthTokenSecret: 'token-secret-SHOULD-NOT-LEAK' }
const showStatus: Route = { id: 'show_status', method: 'GET', path: 'statuses/show/:id' }
const updateStatus: Route = { id: 'update_status', method: 'POST', path: 'statuses/update' }

interface Local {
  origin: string
  /** Every request received, with its body. */
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[]
  /** Resolves when every socket the server accepted so far has closed. */
  allClosed(): Promise<void>
  close(): Promise<void>
}

const servers: Local[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Local> {
  const sockets = new Set<Socket>()
  const closed: Promise<void>[] = []
  const requests: Local['requests'] = []
  const timers = new Set<NodeJS.Timeout>()
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    requests.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
    handler(req, res)
  })
  server.on('connection', (s) => {
    sockets.add(s)
    closed.push(new Promise((r) => s.once('close', () => (sockets.delete(s), r()))))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const local: Local = {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    allClosed: async () => {
      await Promise.all(closed)
    },
    close: () =>
      new Promise<void>((r) => {
        for (const t of timers) clearInterval(t)
        for (const s of sockets) s.destroy()
        server.close(() => r())
      }),
  }
  servers.push(local)
  return local
}

/** A server that drips one byte of a JSON body every `everyMs` and never finishes. */
function drip(everyMs: number) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write('[')
    const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write(' ')), everyMs)
    res.once('close', () => clearInterval(t))
  }
}

/** Each transport, and the lean core (`createCore`'s, no ky) over the platform fetch. */
const fetches: [string, typeof fetch, typeof Core | typeof BaseCore][] = [
  ['nodeFetch', nodeFetch, Core],
  ['globalThis.fetch', globalThis.fetch, Core],
  ['BaseCore, globalThis.fetch', globalThis.fetch, BaseCore],
]

function core(origin: string, f: typeof fetch, args: ClientArgs = {}, Make: typeof Core | typeof BaseCore = Core): BaseCore {
  return new Make({ ...secrets, hosts: { api: origin, upload: origin }, clientArgs: { fetch: f, ...args } })
}

for (const [name, f, Make] of fetches) {
  describe(`timeout covers the whole exchange (${name})`, () => {
    it('headers then silence: rejects with a TwythonError that says it timed out, and closes the socket', async () => {
      const s = await serve((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
        res.write('{"id_str":')
      })
      const error = await callV1(core(s.origin, f, { timeout: 200 }, Make), showStatus, { id: '20' }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TwythonError)
      expect((error as Error).message).toMatch(/timed out after 200 ms.*GET .*statuses\/show\/20\.json/)
      expect((error as Error).message).not.toContain('SHOULD-NOT-LEAK')
      await s.allClosed()
    })

    it('a body dripped slower than the timeout rejects as timed out (per-call timeout overrides clientArgs)', async () => {
      const s = await serve(drip(20))
      const c = core(s.origin, f, { timeout: false }, Make)
      const error = await callV1(c, showStatus, { id: '20' }, { timeout: 250 }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TwythonError)
      expect((error as Error).message).toMatch(/timed out after 250 ms/)
      await s.allClosed()
    })

    it('a user abort during the body still rejects with the signal reason, not a timeout', async () => {
      const s = await serve(drip(20))
      const controller = new AbortController()
      const reason = new Error('stop')
      const pending = callV1(core(s.origin, f, { timeout: 60_000 }, Make), showStatus, { id: '20' }, { signal: controller.signal })
      while (s.requests.length === 0) await new Promise((r) => setTimeout(r, 5))
      controller.abort(reason)
      await expect(pending).rejects.toBe(reason)
      await s.allClosed()
    })

    it('a response within the timeout still succeeds', async () => {
      const s = await serve((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end('{"id_str":"20"}')
      })
      await expect(callV1(core(s.origin, f, { timeout: 5_000 }, Make), showStatus, { id: '20' })).resolves.toEqual({ id_str: '20' })
    })
  })

  describe(`maxResponseBytes (${name})`, () => {
    it('a body longer than the cap (no content-length) rejects with a typed error and closes the socket', async () => {
      const s = await serve((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        const chunk = Buffer.alloc(64 * 1024, 0x20)
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump)
        }
        pump() // an endless body
      })
      const error = await callV1(core(s.origin, f, { maxResponseBytes: 1024 * 1024 }, Make), showStatus, { id: '20' }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TwythonError)
      expect((error as Error).message).toMatch(/larger than maxResponseBytes \(1048576 bytes\)/)
      await s.allClosed()
    })

    it('a content-length above the cap rejects before the body is read', async () => {
      const s = await serve((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) })
        res.write('[')
      })
      const error = await callV1(core(s.origin, f, { maxResponseBytes: 1024 }, Make), showStatus, { id: '20' }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TwythonError)
      expect((error as Error).message).toMatch(/maxResponseBytes \(1024 bytes\)/)
      await s.allClosed()
    })

    it('a body exactly at the cap is accepted', async () => {
      const body = JSON.stringify({ text: 'x'.repeat(1000) })
      const s = await serve((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(body)
      })
      await expect(callV1(core(s.origin, f, { maxResponseBytes: Buffer.byteLength(body) }, Make), showStatus, { id: '20' })).resolves.toEqual({ text: 'x'.repeat(1000) })
    })
  })

  describe(`redirects are never followed (${name})`, () => {
    for (const status of [301, 302, 303, 307, 308]) {
      it(`${status} to another origin: rejects naming the status and Location; the other origin gets nothing`, async () => {
        const elsewhere = await serve((_req, res) => {
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end('{"followed":true}')
        })
        const s = await serve((_req, res) => {
          res.writeHead(status, { location: `${elsewhere.origin}/steal` })
          res.end()
        })
        const error = await callV1(core(s.origin, f, {}, Make), updateStatus, { status: 'a secret draft' }).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(TwythonError)
        expect((error as TwythonError).status).toBe(status)
        expect((error as Error).message).toContain(String(status))
        expect((error as Error).message).toContain(`${elsewhere.origin}/steal`)
        expect(s.requests).toHaveLength(1)
        expect(elsewhere.requests).toHaveLength(0)
      })
    }

    if (Make === Core) it('a 3xx with retries configured is not retried and still never followed', async () => {
      const elsewhere = await serve((_req, res) => res.end('{}'))
      const s = await serve((_req, res) => {
        res.writeHead(302, { location: `${elsewhere.origin}/x` })
        res.end()
      })
      const c = core(s.origin, f, { retry: { limit: 3, methods: ['get'], backoffLimit: 1 } })
      await expect(callV1(c, showStatus, { id: '20' })).rejects.toMatchObject({ status: 302 })
      expect(s.requests).toHaveLength(1)
      expect(elsewhere.requests).toHaveLength(0)
    })

    it('a 3xx without a Location still rejects', async () => {
      const s = await serve((_req, res) => {
        res.writeHead(300)
        res.end('choices')
      })
      const error = await callV1(core(s.origin, f, {}, Make), showStatus, { id: '20' }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TwythonError)
      expect((error as Error).message).toMatch(/300.*no Location/)
    })
  })
}
