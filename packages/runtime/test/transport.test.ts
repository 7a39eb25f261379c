/**
 * The node:http fetch over real local sockets: what the core needs from a fetch (method, headers,
 * bodies, status, headers back, streaming), what it relies on when things go wrong (abort, timeout,
 * reset, truncation as undici reports them), and connection reuse. No timed assertions: "timeout" tests
 * use an AbortSignal and only check which error arrives.
 */
import { createServer, Agent, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { Core } from '../src/core.js'
import { TwythonError } from '../src/errors.js'
import type { Route } from '../src/route.js'
import { createNodeFetch, nodeFetch } from '../src/transport/node-fetch.js'
import { verifyOAuth1 } from './server.js'

type Handler = (req: IncomingMessage, body: Buffer, res: ServerResponse) => void
interface Local {
  origin: string
  /** Remote ports of the connections the server accepted, in order. */
  connections: number[]
  close(): Promise<void>
}

const servers: Local[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

async function serve(handler: Handler): Promise<Local> {
  const sockets = new Set<Socket>()
  const connections: number[] = []
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    handler(req, Buffer.concat(chunks), res)
  })
  server.on('connection', (s) => {
    sockets.add(s)
    connections.push(s.remotePort!)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const local: Local = {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections,
    close: () => new Promise<void>((r) => {
      for (const s of sockets) s.destroy()
      server.close(() => r())
    }),
  }
  servers.push(local)
  return local
}

/** Echoes what arrived: method, url, headers and body (as text). */
const echo: Handler = (req, body, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'x-multi': ['a', 'b'] })
  res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body: body.toString('utf8') }))
}

describe('nodeFetch: requests and responses', () => {
  it('sends a GET with headers and returns status, headers and a streamed body', async () => {
    const s = await serve(echo)
    const res = await nodeFetch(`${s.origin}/1.1/statuses/show/20.json?trim_user=true`, { headers: { authorization: 'OAuth x="y"', 'user-agent': 'twython-ts' } })
    expect(res.status).toBe(200)
    expect(res.ok).toBe(true)
    expect(res.url).toBe(`${s.origin}/1.1/statuses/show/20.json?trim_user=true`)
    expect(res.headers.get('content-type')).toBe('application/json')
    expect(res.headers.get('x-multi')).toBe('a, b')
    expect(res.body).toBeInstanceOf(ReadableStream)
    const seen = (await res.json()) as { method: string; url: string; headers: Record<string, string> }
    expect(seen.method).toBe('GET')
    expect(seen.url).toBe('/1.1/statuses/show/20.json?trim_user=true')
    expect(seen.headers.authorization).toBe('OAuth x="y"')
    expect(seen.headers['user-agent']).toBe('twython-ts')
  })

  it('accepts a Request, as ky passes it, and a Request plus init overriding it', async () => {
    const s = await serve(echo)
    const fromRequest = await nodeFetch(new Request(`${s.origin}/a`, { method: 'DELETE', headers: { 'x-a': '1' } }))
    expect(await fromRequest.json()).toMatchObject({ method: 'DELETE', url: '/a', headers: { 'x-a': '1' } })
    const overridden = await nodeFetch(new Request(`${s.origin}/a`, { method: 'DELETE' }), { method: 'POST', body: 'x=1' })
    expect(await overridden.json()).toMatchObject({ method: 'POST', body: 'x=1' })
  })

  it('sends a form POST with content-length and content-type', async () => {
    const s = await serve(echo)
    const res = await nodeFetch(`${s.origin}/1.1/statuses/update.json`, { method: 'POST', body: new URLSearchParams({ status: 'héllo wörld ✓' }) })
    const seen = (await res.json()) as { headers: Record<string, string>; body: string }
    expect(seen.body).toBe('status=h%C3%A9llo+w%C3%B6rld+%E2%9C%93')
    expect(seen.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8')
    expect(seen.headers['content-length']).toBe(String(Buffer.byteLength(seen.body)))
    expect(seen.headers['transfer-encoding']).toBeUndefined()
  })

  it('sends Uint8Array bodies byte for byte', async () => {
    const bytes = new Uint8Array(256).map((_, i) => i)
    let received: Buffer | undefined
    const s = await serve((_req, body, res) => {
      received = body
      res.end()
    })
    await (await nodeFetch(`${s.origin}/bytes`, { method: 'POST', body: bytes })).arrayBuffer()
    expect(received!.equals(Buffer.from(bytes))).toBe(true)
  })

  it('serialises FormData as multipart with the boundary in content-type', async () => {
    const s = await serve(echo)
    const form = new FormData()
    form.append('command', 'APPEND')
    form.append('media', new Blob([new Uint8Array([0, 1, 2, 255])]), 'media.bin')
    const res = await nodeFetch(`${s.origin}/1.1/media/upload.json`, { method: 'POST', body: form })
    const seen = (await res.json()) as { headers: Record<string, string>; body: string }
    const boundary = /boundary=(.+)$/.exec(seen.headers['content-type']!)![1]!
    expect(seen.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    expect(seen.body).toContain(`--${boundary}\r\nContent-Disposition: form-data; name="command"\r\n\r\nAPPEND\r\n`)
    expect(seen.body).toContain('name="media"; filename="media.bin"')
    expect(Number(seen.headers['content-length'])).toBeGreaterThan(0)
  })

  it('streams a request body longer than the buffer limit with chunked encoding', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(7)
    let n = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (n++ < 10) c.enqueue(chunk)
        else c.close()
      },
    })
    let seen: { te?: string; length: number } | undefined
    const s = await serve((req, body, res) => {
      seen = { te: req.headers['transfer-encoding'], length: body.byteLength }
      res.end()
    })
    const res = await nodeFetch(`${s.origin}/stream`, { method: 'POST', body: stream, duplex: 'half' } as RequestInit)
    expect(res.status).toBe(200)
    expect(seen).toEqual({ te: 'chunked', length: 10 * 1024 * 1024 })
  })

  it('delivers a large response body intact, in several chunks', async () => {
    const big = Buffer.alloc(8 * 1024 * 1024)
    for (let i = 0; i < big.length; i += 4) big.writeUInt32LE(i, i)
    const s = await serve((_req, _body, res) => res.end(big))
    const res = await nodeFetch(`${s.origin}/big`)
    let chunks = 0
    const parts: Uint8Array[] = []
    for await (const part of res.body as unknown as AsyncIterable<Uint8Array>) {
      chunks++
      parts.push(part)
    }
    expect(chunks).toBeGreaterThan(1)
    expect(Buffer.concat(parts).equals(big)).toBe(true)
  })

  it('decodes a gzip response', async () => {
    const s = await serve((req, _body, res) => {
      expect(req.headers['accept-encoding']).toContain('gzip')
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('{"ok":"日本語"}'))
    })
    expect(await (await nodeFetch(`${s.origin}/gz`)).json()).toEqual({ ok: '日本語' })
  })

  it('returns error statuses and null-body statuses as responses', async () => {
    const s = await serve((req, _body, res) => {
      if (req.url === '/204') res.writeHead(204).end()
      else res.writeHead(429, { 'x-rate-limit-reset': '1700000000' }).end('{"errors":[{"code":88,"message":"Rate limit exceeded"}]}')
    })
    const limited = await nodeFetch(`${s.origin}/429`)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('x-rate-limit-reset')).toBe('1700000000')
    expect(await limited.text()).toContain('Rate limit exceeded')
    const empty = await nodeFetch(`${s.origin}/204`)
    expect(empty.status).toBe(204)
    expect(empty.body).toBeNull()
  })

  it('does not follow redirects, and rejects one when redirect is "error"', async () => {
    const s = await serve((_req, _body, res) => res.writeHead(302, { location: '/elsewhere' }).end())
    const res = await nodeFetch(`${s.origin}/r`)
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/elsewhere')
    await expect(nodeFetch(`${s.origin}/r`, { redirect: 'error' })).rejects.toThrow(TypeError)
  })
})

describe('nodeFetch: failures', () => {
  it('rejects with the signal reason when aborted before or during the request', async () => {
    const s = await serve(() => undefined) // never answers
    const before = AbortSignal.abort(new Error('stop'))
    await expect(nodeFetch(`${s.origin}/x`, { signal: before })).rejects.toThrow('stop')
    const controller = new AbortController()
    const pending = nodeFetch(`${s.origin}/x`, { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('errors the body stream when aborted while the body is arriving', async () => {
    const s = await serve((_req, _body, res) => {
      res.writeHead(200)
      res.write('{"partial":')
    })
    const controller = new AbortController()
    const res = await nodeFetch(`${s.origin}/slow`, { signal: controller.signal })
    const text = res.text()
    controller.abort(new Error('gave up'))
    await expect(text).rejects.toThrow('gave up')
  })

  it('times out through an AbortSignal with a TimeoutError', async () => {
    const s = await serve(() => undefined)
    await expect(nodeFetch(`${s.origin}/x`, { signal: AbortSignal.timeout(30) })).rejects.toMatchObject({ name: 'TimeoutError' })
  })

  it('reports a refused connection as TypeError("fetch failed") with the cause', async () => {
    const s = await serve(echo)
    const origin = s.origin
    await s.close()
    servers.length = 0
    const error = await nodeFetch(`${origin}/x`).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } })
  })

  it('reports a reset before the response as fetch failed, and a reset mid-body as terminated', async () => {
    const s = await serve((req, _body, res) => {
      if (req.url === '/before') req.socket.destroy()
      else {
        res.writeHead(200, { 'content-length': '1000' })
        res.write('{"cut":')
        setTimeout(() => req.socket.destroy(), 10)
      }
    })
    await expect(nodeFetch(`${s.origin}/before`, { method: 'POST', body: 'x' })).rejects.toMatchObject({ message: 'fetch failed' })
    const res = await nodeFetch(`${s.origin}/during`)
    await expect(res.text()).rejects.toMatchObject({ name: 'TypeError', message: 'terminated' })
  })

  it('rejects URLs it cannot fetch', async () => {
    await expect(nodeFetch('ftp://127.0.0.1/x')).rejects.toThrow(TypeError)
  })
})

describe('nodeFetch: connections', () => {
  it('reuses one keep-alive connection for sequential requests', async () => {
    const s = await serve(echo)
    const fetch = createNodeFetch({ httpAgent: new Agent({ keepAlive: true }) })
    for (let i = 0; i < 5; i++) await (await fetch(`${s.origin}/k${i}`)).text()
    expect(s.connections).toHaveLength(1)
  })

  it('retries a body-less request once when a reused socket turns out to be closed', async () => {
    let first = true
    const s = await serve((req, _body, res) => {
      if (req.url === '/second' && first) {
        first = false
        // Close the reused connection without answering, as a server whose idle timeout just fired.
        req.socket.destroy()
        return
      }
      res.end('ok')
    })
    const fetch = createNodeFetch()
    expect(await (await fetch(`${s.origin}/first`)).text()).toBe('ok')
    expect(await (await fetch(`${s.origin}/second`)).text()).toBe('ok')
    expect(s.connections).toHaveLength(2)
  })
})

describe('Core over nodeFetch', () => {
  const secrets = { appKey: 'k', appSecret: 'app-secret', oauthToken: 't', oauthTokenSecret: 'token-secret' }
  const showStatus: Route = { id: 'show_status', method: 'GET', path: 'statuses/show/:id' }
  const updateStatus: Route = { id: 'update_status', method: 'POST', path: 'statuses/update' }

  it('signs GET and form POST requests that verify, and parses the answers', async () => {
    const received: { method: string; url: URL; headers: IncomingMessage['headers']; body: Buffer }[] = []
    const s = await serve((req, body, res) => {
      received.push({ method: req.method!, url: new URL(req.url!, 'http://x'), headers: req.headers, body })
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id_str":"20"}')
    })
    const core = new Core({ ...secrets, hosts: { api: s.origin }, clientArgs: { fetch: nodeFetch } })
    await expect(core.call(showStatus, { id: '20', trim_user: true })).resolves.toEqual({ id_str: '20' })
    await expect(core.call(updateStatus, { status: 'hello ✓' })).resolves.toEqual({ id_str: '20' })
    for (const r of received) expect(verifyOAuth1(r, secrets.appSecret, secrets.oauthTokenSecret)).toBe(true)
    expect(core.getLastFunctionHeader('content-type')).toBe('application/json')
  })

  it('maps a timeout and a refused connection to TwythonError', async () => {
    const s = await serve(() => undefined)
    const core = new Core({ ...secrets, hosts: { api: s.origin }, clientArgs: { fetch: nodeFetch, timeout: 50 } })
    await expect(core.call(showStatus, { id: '1' })).rejects.toThrow(/timed out/)
    const origin = s.origin
    await s.close()
    servers.length = 0
    const refused = new Core({ ...secrets, hosts: { api: origin }, clientArgs: { fetch: nodeFetch } })
    const error = await refused.call(showStatus, { id: '1' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonError)
    expect(String((error as Error).message)).toContain('ECONNREFUSED')
  })

  it('maps a body cut short to TwythonError', async () => {
    const s = await serve((req, _body, res) => {
      res.writeHead(200, { 'content-length': '1000' })
      res.write('{"cut":')
      setTimeout(() => req.socket.destroy(), 10)
    })
    const core = new Core({ ...secrets, hosts: { api: s.origin }, clientArgs: { fetch: nodeFetch } })
    await expect(core.call(showStatus, { id: '1' })).rejects.toThrow(/closed before the whole response/)
  })
})
