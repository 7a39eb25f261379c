import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createStreamHub, type EmulatorStreamHub, type StreamHubOptions } from '../src/streams/index.js'

let server: Server | undefined
let hub: EmulatorStreamHub | undefined
let origin = ''

afterEach(async () => {
  hub?.close()
  server?.closeAllConnections()
  await new Promise((r) => (server ? server.close(r) : r(undefined)))
  server = hub = undefined
})

/** The hub on a plain server; the user id comes from an `x-user` header in place of OAuth. */
async function start(options: StreamHubOptions = {}) {
  hub = createStreamHub({ keepAliveMs: 0, ...options })
  const h = hub
  server = createServer(async (req, res) => {
    const url = new URL(req.url!, 'http://x')
    const params = new URLSearchParams(url.search)
    let body = ''
    for await (const chunk of req) body += chunk
    for (const [k, v] of new URLSearchParams(body)) params.append(k, v)
    const userHeader = req.headers['x-user']
    if (!h.handle(req, res, { userId: typeof userHeader === 'string' ? userHeader : undefined, params, path: url.pathname })) {
      res.writeHead(404)
      res.end()
    }
  })
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r))
  origin = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`
}

interface Client {
  status: number
  chunks: Buffer[]
  closed: boolean
  text(): string
  messages(): unknown[]
  until(check: () => boolean): Promise<void>
}

async function open(path: string, params: Record<string, string> = {}, init: { method?: string; user?: string } = {}): Promise<Client> {
  const query = new URLSearchParams(params).toString()
  const method = init.method ?? 'GET'
  const client: Client = {
    status: 0,
    chunks: [],
    closed: false,
    text: () => Buffer.concat(client.chunks).toString('utf8'),
    messages: () => client.text().split('\r\n').slice(0, -1).filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l)),
    until: async (check) => {
      while (!check()) await new Promise((r) => setTimeout(r, 2))
    },
  }
  await new Promise<void>((resolve) => {
    const req = request(`${origin}${path}${method === 'GET' && query ? `?${query}` : ''}`, { method, headers: { ...(init.user ? { 'x-user': init.user } : {}), 'content-type': 'application/x-www-form-urlencoded' } }, (res) => {
      client.status = res.statusCode ?? 0
      res.on('data', (c: Buffer) => client.chunks.push(c))
      res.on('close', () => (client.closed = true))
      res.on('error', () => {})
      resolve()
    })
    req.on('error', () => {
      client.closed = true
      resolve()
    })
    req.end(method === 'POST' ? query : undefined)
  })
  return client
}

const tweet = (id: string, text: string, user = '10', extra: object = {}) => ({ id: Number(id), id_str: id, created_at: 'now', text, user: { id: Number(user), id_str: user, screen_name: `u${user}` }, ...extra })

describe('statuses/filter', () => {
  it('tracks phrases case-insensitively, follows users, and matches location boxes', async () => {
    await start()
    const c = await open('/1.1/statuses/filter.json', { track: 'Python,hello world', follow: '77', locations: '-122.75,36.8,-121.75,37.8' }, { method: 'POST' })
    await c.until(() => hub!.openStreams === 1)
    hub!.publish(tweet('1', 'I like PYTHON'))
    hub!.publish(tweet('2', 'world says hello'))
    hub!.publish(tweet('3', 'hello there'))
    hub!.publish(tweet('4', 'unrelated', '77'))
    hub!.publish(tweet('5', 'in SF', '10', { coordinates: { type: 'Point', coordinates: [-122.4, 37.7] } }))
    hub!.publish(tweet('6', 'pythonic pythonista'))
    hub!.publish(tweet('7', 'end'))
    await c.until(() => c.messages().length >= 4)
    hub!.publish(tweet('8', '#python'))
    await c.until(() => c.messages().length === 5)
    expect(c.messages().map((m: any) => m.id_str)).toEqual(['1', '2', '4', '5', '8'])
  })

  it('refuses a filter without predicates with 406', async () => {
    await start()
    const c = await open('/1.1/statuses/filter.json', {}, { method: 'POST' })
    expect(c.status).toBe(406)
  })
})

describe('sample, firehose, user and site streams', () => {
  it('sample and firehose carry published tweets; length framing counts bytes', async () => {
    await start()
    const sample = await open('/1.1/statuses/sample.json')
    const fire = await open('/1.1/statuses/firehose.json', { delimited: 'length' })
    await sample.until(() => hub!.openStreams === 2)
    hub!.publish(tweet('1', 'héllo 😀'))
    await fire.until(() => fire.text().length > 0 && sample.messages().length === 1)
    const raw = Buffer.concat(fire.chunks)
    const nl = raw.indexOf('\r\n')
    const length = Number(raw.subarray(0, nl).toString())
    await fire.until(() => Buffer.concat(fire.chunks).length >= nl + 2 + length)
    const body = Buffer.concat(fire.chunks).subarray(nl + 2, nl + 2 + length).toString()
    expect(body.endsWith('\r\n')).toBe(true)
    expect(JSON.parse(body)).toMatchObject({ id_str: '1', text: 'héllo 😀' })
  })

  it('user streams start with friends, then carry own, followed and mentioning tweets', async () => {
    await start({ friendsOf: (id) => (id === '10' ? ['20'] : []) })
    const c = await open('/1.1/user.json', { stringify_friend_ids: 'true' }, { user: '10' })
    await c.until(() => c.messages().length === 1)
    hub!.publish(tweet('1', 'mine', '10'))
    hub!.publish(tweet('2', 'friend', '20'))
    hub!.publish(tweet('3', 'stranger', '30'))
    hub!.publish(tweet('4', 'hi @u10', '30', { entities: { user_mentions: [{ id_str: '10' }] } }))
    await c.until(() => c.messages().length === 4)
    expect(c.messages()).toEqual([{ friends_str: ['20'] }, expect.objectContaining({ id_str: '1' }), expect.objectContaining({ id_str: '2' }), expect.objectContaining({ id_str: '4' })])
    const anon = await open('/1.1/user.json')
    expect(anon.status).toBe(401)
  })

  it('site streams need follow and wrap messages in for_user envelopes', async () => {
    await start()
    expect((await open('/1.1/site.json', {}, { user: '1' })).status).toBe(400)
    const c = await open('/1.1/site.json', { follow: '10,11' }, { user: '1' })
    await c.until(() => c.messages().length === 3)
    hub!.publish(tweet('5', 'by eleven', '11'))
    await c.until(() => c.messages().length === 4)
    const [control, f10, f11, env] = c.messages() as any[]
    expect(control.control.control_uri).toMatch(/^\/1\.1\/site\/c\//)
    expect([f10.for_user, f11.for_user]).toEqual(['10', '11'])
    expect(env).toMatchObject({ for_user: '11', message: { id_str: '5' } })
  })
})

describe('keep-alives and notices', () => {
  it('sends keep-alive newlines, limit and delete notices, and warnings only with stall_warnings', async () => {
    await start({ keepAliveMs: 5 })
    const plain = await open('/1.1/statuses/sample.json')
    const warned = await open('/1.1/statuses/sample.json', { stall_warnings: 'true' })
    await plain.until(() => plain.text().startsWith('\r\n\r\n') && warned.text().startsWith('\r\n'))
    hub!.notice({ limit: { track: 7 } })
    hub!.notice({ warning: { code: 'FALLING_BEHIND', message: 'behind', percent_full: 60 } })
    hub!.deleteTweet({ id_str: '9', user: { id_str: '10' } })
    await warned.until(() => warned.messages().length === 3 && plain.messages().length === 2)
    expect(plain.messages().map((m: any) => Object.keys(m)[0])).toEqual(['limit', 'delete'])
    expect(warned.messages().map((m: any) => Object.keys(m)[0])).toEqual(['limit', 'warning', 'delete'])
  })
})

describe('faults on demand', () => {
  it('answers the next requests with an injected status', async () => {
    await start()
    hub!.inject({ kind: 'status', status: 420, count: 2 })
    hub!.inject({ kind: 'status', status: 503 })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await open('/1.1/statuses/sample.json')).status)
    expect(statuses).toEqual([420, 420, 503, 200])
  })

  it('drops the connection in the middle of a message', async () => {
    await start()
    const c = await open('/1.1/statuses/sample.json')
    await c.until(() => hub!.openStreams === 1)
    hub!.publish(tweet('1', 'whole'))
    hub!.inject({ kind: 'drop-mid-message' })
    hub!.publish(tweet('2', 'torn 😀😀😀'))
    await c.until(() => c.closed)
    const text = c.text()
    expect(text.startsWith(`${JSON.stringify(tweet('1', 'whole'))}\r\n`)).toBe(true)
    const rest = Buffer.concat(c.chunks).subarray(Buffer.byteLength(JSON.stringify(tweet('1', 'whole'))) + 2)
    expect(rest.length).toBeGreaterThan(0)
    expect(rest.includes('\r\n')).toBe(false)
    expect(hub!.openStreams).toBe(0)
  })

  it('stalls: no more messages or keep-alives', async () => {
    await start({ keepAliveMs: 2 })
    const c = await open('/1.1/statuses/sample.json')
    await c.until(() => c.chunks.length > 0)
    hub!.inject({ kind: 'stall' })
    const before = Buffer.concat(c.chunks).length
    hub!.publish(tweet('1', 'unseen'))
    await new Promise((r) => setTimeout(r, 30))
    // Nothing written after the stall (a keep-alive already in flight may still land).
    expect(Buffer.concat(c.chunks).length - before).toBeLessThanOrEqual(2)
    expect(c.messages()).toEqual([])
  })

  it('writes one byte at a time', async () => {
    await start()
    hub!.inject({ kind: 'byte-at-a-time' })
    const c = await open('/1.1/statuses/sample.json')
    await c.until(() => hub!.openStreams === 1)
    hub!.publish(tweet('1', 'é😀'))
    await c.until(() => c.messages().length === 1)
    expect(c.messages()[0]).toMatchObject({ text: 'é😀' })
    expect(c.chunks.length).toBeGreaterThan(10)
  })
})
