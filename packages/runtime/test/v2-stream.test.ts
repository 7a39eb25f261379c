/**
 * X API v2 streams over real sockets against local node:http servers: parsing across any chunking, the
 * reconnect rules (immediate after an established connection, the network / HTTP / 429 / stall ladders on a
 * fake clock), fatal statuses, backfill with its duplicates dropped, X's in-stream errors surfaced,
 * abort, backpressure and a soak of drop-and-reconnect cycles.
 */
import fc from 'fast-check'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { Core } from '../src/core.js'
import { TwythonAuthError, TwythonError, TwythonRateLimitError, TwythonStreamError } from '../src/errors.js'
import type { Route } from '../src/route.js'
import { liveResources } from '../src/streaming/connection.js'
import { ESTABLISHED_AFTER_MS } from '../src/streaming/engine.js'
import { ManualClock } from '../src/streaming/manual-clock.js'
import type { ReconnectInfo } from '../src/streaming/session.js'
import { isOperationalDisconnect, streamErrors, streamRoute, STREAM_429_NOTE, type StreamCallOptions } from '../src/v2/stream.js'
import { json, startServer, type Responder, type TestServer } from './server.js'

/** The shape of the generated filtered-stream route (the runtime knows no endpoint; the test brings it). */
const filtered: Route = { id: 'streamPosts', method: 'GET', host: 'v2', path: '/2/tweets/search/stream', query: ['backfill_minutes', 'tweet.fields', 'expansions'], security: [{ scheme: 'bearer' }], stream: true }
const noBackfill: Route = { id: 'streamNoBackfill', method: 'GET', host: 'v2', path: '/2/test/stream', query: ['tweet.fields'], security: [{ scheme: 'bearer' }], stream: true }

interface Msg {
  data?: { id: string; text?: string }
  errors?: { title: string; disconnect_type?: string; detail?: string; type?: string }[]
  matching_rules?: { id: string; tag?: string }[]
}

let server: TestServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function serve(handler: Responder) {
  server = await startServer(handler)
  return { server, core: new Core({ accessToken: 'AAAA', hosts: { v2: server.origin } }) }
}

const line = (m: unknown) => `${JSON.stringify(m)}\r\n`
const tweet = (id: string, text = `tweet ${id}`): Msg => ({ data: { id, text }, matching_rules: [{ id: '9', tag: 'cats' }] })
const open = (res: ServerResponse) => res.writeHead(200, { 'content-type': 'application/json' })

/** Collects up to `n` messages, then leaves the loop. */
async function take(iterable: AsyncIterable<Msg>, n: number, each?: (m: Msg) => void): Promise<Msg[]> {
  const out: Msg[] = []
  for await (const m of iterable) {
    out.push(m)
    each?.(m)
    if (out.length >= n) break
  }
  return out
}

/** A ManualClock that runs every backoff sleep at once and records the reconnects. */
function fastForward(clock: ManualClock, infos: ReconnectInfo[]): Pick<StreamCallOptions, 'clock' | 'onReconnect'> {
  return {
    clock,
    onReconnect: (info) => {
      infos.push(info)
      // The session sleeps right after onReconnect returns; move time once the timer is set.
      setImmediate(() => clock.advance(info.delayMs))
    },
  }
}

describe('v2 stream parsing', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'é', '€', '中', '😀', '🐍', '"', '\\', ' ', '\u2028'), maxLength: 30 })
  const message = fc.record({ data: fc.record({ id: fc.stringMatching(/^[0-9]{1,19}$/), text }), matching_rules: fc.array(fc.record({ id: fc.stringMatching(/^[0-9]{1,19}$/), tag: text }), { maxLength: 2 }) })

  it('any chunking of a v2 stream parses to the same messages, keep-alives skipped', async () => {
    let script: { chunks: Buffer[] } = { chunks: [] }
    const { core } = await serve(async (_req, res) => {
      open(res)
      for (const chunk of script.chunks) {
        // One write per chunk, each flushed before the next, so the client's reads see these boundaries.
        await new Promise<void>((r) => res.write(chunk, () => setImmediate(r)))
      }
      res.end()
    })
    await fc.assert(
      fc.asyncProperty(fc.array(message, { maxLength: 8 }), fc.array(fc.boolean(), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 12 }), async (msgs, keepAlives, cuts) => {
        const bytes = Buffer.from(msgs.map((m, i) => (keepAlives[i] ? '\r\n' : '') + line(m)).join('') + '\r\n', 'utf8')
        const points = [...new Set(cuts.map((c) => (bytes.length ? c % bytes.length : 0)))].sort((a, b) => a - b)
        const chunks: Buffer[] = []
        let from = 0
        for (const p of [...points, bytes.length]) {
          if (p > from) chunks.push(bytes.subarray(from, p))
          from = Math.max(from, p)
        }
        script = { chunks }
        const got: unknown[] = []
        for await (const m of streamRoute(core, filtered, {}, { reconnect: false })) got.push(m)
        expect(got).toEqual(msgs)
      }),
      { numRuns: 40 },
    )
  }, 60_000)
})

describe('v2 stream reconnects', () => {
  it('reconnects at once after an established connection drops, and hands over messages in order', async () => {
    let n = 0
    let drop = () => {}
    const { server, core } = await serve((_req, res) => {
      const c = n++
      open(res)
      res.write(line(tweet(`${c}1`)) + line(tweet(`${c}2`)))
      drop = () => res.socket?.destroy()
    })
    const clock = new ManualClock()
    const infos: ReconnectInfo[] = []
    const got = await take(streamRoute<Msg>(core, filtered, { 'tweet.fields': ['author_id'] }, { clock, onReconnect: (i) => infos.push(i) }), 6, (m) => {
      // Established: the connection delivered and stayed open 30 s; then it drops.
      if (m.data?.id.endsWith('2')) {
        clock.advance(ESTABLISHED_AFTER_MS)
        drop()
      }
    })
    expect(got.map((m) => m.data?.id)).toEqual(['01', '02', '11', '12', '21', '22'])
    expect(infos.map((i) => [i.attempt, i.delayMs])).toEqual([
      [0, 0],
      [0, 0],
    ])
    expect(server.requests.every((r) => r.url.searchParams.get('tweet.fields') === 'author_id' && r.headers.authorization === 'Bearer AAAA')).toBe(true)
    expect(liveResources).toEqual({ requests: 0, timers: 0 })
  })

  it('a server that sends one message and hangs up on every connection: one immediate reconnect per 30 s, otherwise the network ladder', async () => {
    let n = 0
    const { core } = await serve((_req, res) => {
      open(res)
      res.end(line(tweet(String(n++))))
    })
    const infos: ReconnectInfo[] = []
    const got = await take(streamRoute<Msg>(core, filtered, {}, fastForward(new ManualClock(), infos)), 19)
    expect(got.map((m) => m.data?.id)).toEqual(Array.from({ length: 19 }, (_, i) => String(i)))
    const ladder = Array.from({ length: 15 }, (_, i) => 250 * (i + 1))
    // 0 at first; 250 ms more per drop; once 30 s have passed since that immediate reconnect, one more at
    // once; then the ladder goes on where it was (16 * 250 ms).
    expect(infos.slice(0, 18).map((i) => i.delayMs)).toEqual([0, ...ladder, 0, 4_000])
    expect(infos.slice(0, 18).map((i) => i.attempt)).toEqual([0, ...ladder.map((_, i) => i + 1), 15, 16])
    expect(infos.every((i) => i.reason === 'ended')).toBe(true)
  })

  it('retryCount counts those early drops: the flapping stream gives up', async () => {
    const { server, core } = await serve((_req, res) => {
      open(res)
      res.end(line(tweet('1')))
    })
    const infos: ReconnectInfo[] = []
    const seen: Msg[] = []
    const error = await take(streamRoute<Msg>(core, filtered, {}, { retryCount: 3, ...fastForward(new ManualClock(), infos) }), 100, (m) => seen.push(m)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonStreamError)
    expect((error as Error).message).toMatch(/failed 4 times in a row \(last: ended\)/)
    expect(infos.map((i) => [i.delayMs, i.attempt])).toEqual([
      [0, 0],
      [250, 1],
      [500, 2],
      [750, 3],
    ])
    expect(seen).toHaveLength(5)
    expect(server.requests).toHaveLength(5)
  })

  it('network errors back off linearly: 250 ms more per attempt, then retryCount gives up', async () => {
    // A port nobody listens on: every attempt is refused.
    const probe = createServer()
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r))
    const port = (probe.address() as AddressInfo).port
    await new Promise<void>((r) => probe.close(() => r()))
    const core = new Core({ accessToken: 'AAAA', hosts: { v2: `http://127.0.0.1:${port}` } })
    const infos: ReconnectInfo[] = []
    const error = await take(streamRoute<Msg>(core, filtered, {}, { retryCount: 5, ...fastForward(new ManualClock(), infos) }), 1).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonStreamError)
    expect((error as Error).message).toMatch(/failed 6 times in a row \(last: network\)/)
    expect(infos.map((i) => i.delayMs)).toEqual([250, 500, 750, 1000, 1250])
    expect(infos.every((i) => i.reason === 'network' && i.error instanceof Error)).toBe(true)
    expect(liveResources).toEqual({ requests: 0, timers: 0 })
  })

  it('HTTP errors back off exponentially from 5 s, and retryCount gives up with the status', async () => {
    const { server, core } = await serve(json(503, { title: 'Service Unavailable', detail: 'Try again later.', type: 'about:blank' }))
    const infos: ReconnectInfo[] = []
    const error = await take(streamRoute<Msg>(core, filtered, {}, { retryCount: 4, ...fastForward(new ManualClock(), infos) }), 1).catch((e: unknown) => e)
    expect(infos.map((i) => i.delayMs)).toEqual([5_000, 10_000, 20_000, 40_000])
    expect(infos.every((i) => i.reason === 'status' && i.status === 503 && i.error instanceof TwythonError)).toBe(true)
    expect(error).toBeInstanceOf(TwythonStreamError)
    expect((error as TwythonError).status).toBe(503)
    expect(server.requests).toHaveLength(5)
  })

  it('429 backs off exponentially from 1 minute, and says the previous connection probably still counts', async () => {
    const { core } = await serve(json(429, { title: 'ConnectionException', detail: 'This stream is currently at the maximum allowed connection limit.', connection_issue: 'TooManyConnections', type: 'https://api.twitter.com/2/problems/streaming-connection' }))
    const infos: ReconnectInfo[] = []
    const error = await take(streamRoute<Msg>(core, filtered, {}, { retryCount: 3, ...fastForward(new ManualClock(), infos) }), 1).catch((e: unknown) => e)
    expect(infos.map((i) => i.delayMs)).toEqual([60_000, 120_000, 240_000])
    expect(infos[0]!.error).toBeInstanceOf(TwythonRateLimitError)
    expect(infos[0]!.error!.message).toContain('maximum allowed connection limit')
    expect(infos[0]!.error!.message).toContain(STREAM_429_NOTE)
    expect(error).toBeInstanceOf(TwythonRateLimitError)
    expect((error as Error).message).toContain('still counts the previous connection')
  })

  it('a stalled connection is dropped after stallTimeout of silence and reopened at once', async () => {
    let n = 0
    const { server, core } = await serve((_req, res) => {
      const c = n++
      open(res)
      // One message, then nothing: no keep-alive either.
      res.write(line(tweet(`${c}`)))
    })
    const clock = new ManualClock()
    const infos: ReconnectInfo[] = []
    const got = await take(streamRoute<Msg>(core, filtered, {}, { stallTimeout: 30_000, ...fastForward(clock, infos) }), 3, () => {
      // Let the socket go quiet (the loop's own time does not count), then 30 s of silence pass.
      setImmediate(() => clock.advance(29_999))
      setTimeout(() => clock.advance(1), 20)
    })
    expect(got.map((m) => m.data?.id)).toEqual(['0', '1', '2'])
    expect(infos.slice(0, 2).map((i) => [i.reason, i.attempt, i.delayMs])).toEqual([
      ['stall', 0, 0],
      ['stall', 0, 0],
    ])
    expect(server.requests.length).toBeGreaterThanOrEqual(3)
  })

  it('a connection that stalls before its first byte backs off on the network ladder', async () => {
    const { core } = await serve((_req, res) => {
      open(res)
      res.flushHeaders()
    })
    const clock = new ManualClock()
    const infos: ReconnectInfo[] = []
    const iterable = streamRoute<Msg>(core, filtered, {}, {
      stallTimeout: 30_000,
      // No header timeout: only the stall watchdog, armed once the headers are in, may end an attempt.
      timeout: false,
      retryCount: 3,
      clock,
      onReconnect: (info) => {
        infos.push(info)
        setImmediate(() => clock.advance(info.delayMs))
      },
    })
    // Each attempt gets its headers, then silence: push the clock past the stall timeout until it gives up.
    const ticker = setInterval(() => clock.advance(30_000), 10)
    const error = await take(iterable, 1).catch((e: unknown) => e)
    clearInterval(ticker)
    expect(error).toBeInstanceOf(TwythonStreamError)
    expect(infos.map((i) => [i.reason, i.delayMs])).toEqual([
      ['stall', 250],
      ['stall', 500],
      ['stall', 750],
    ])
  })

  it.each([
    [401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }, TwythonAuthError],
    [403, { title: 'Forbidden', detail: 'This app is not attached to a Project.', type: 'https://api.twitter.com/2/problems/client-forbidden' }, TwythonError],
    [400, { errors: [{ message: 'Rules are malformed' }], title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.', type: 'https://api.twitter.com/2/problems/invalid-request' }, TwythonError],
  ])('a %i is fatal: no reconnect, the Twython error', async (status, body, cls) => {
    const { server, core } = await serve(json(status, body))
    const infos: ReconnectInfo[] = []
    const error = await take(streamRoute<Msg>(core, filtered, {}, { onReconnect: (i) => infos.push(i) }), 1).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(cls)
    expect((error as TwythonError).status).toBe(status)
    expect(infos).toEqual([])
    expect(server.requests).toHaveLength(1)
  })

  it('X\'s operational-disconnect message is yielded in order, then the stream reconnects at once', async () => {
    const disconnect = { errors: [{ title: 'operational-disconnect', disconnect_type: 'UpstreamOperationalDisconnect', detail: 'This stream has been disconnected upstream for operational reasons.', type: 'https://api.twitter.com/2/problems/operational-disconnect' }] }
    let n = 0
    const { core } = await serve((_req, res) => {
      const c = n++
      open(res)
      if (c === 0) res.end(line(tweet('1')) + line(disconnect))
      else res.write(line(tweet('2')))
    })
    const infos: ReconnectInfo[] = []
    const got = await take(streamRoute<Msg>(core, filtered, {}, { onReconnect: (i) => infos.push(i) }), 3)
    expect(got).toEqual([tweet('1'), disconnect, tweet('2')])
    expect(got.map(isOperationalDisconnect)).toEqual([false, true, false])
    expect(streamErrors(got[1])?.[0]?.disconnect_type).toBe('UpstreamOperationalDisconnect')
    expect(streamErrors(got[0])).toBeUndefined()
    expect(infos.map((i) => [i.reason, i.delayMs])).toEqual([['ended', 0]])
  })
})

describe('v2 stream backfill', () => {
  it('asks for backfill_minutes on reconnect (the gap, capped) and drops the duplicates it brings', async () => {
    let n = 0
    let drop = () => {}
    const clock = new ManualClock()
    const { server, core } = await serve((_req, res) => {
      const c = n++
      open(res)
      if (c === 0) {
        res.write(line(tweet('1')) + line(tweet('2')) + line(tweet('3')))
        drop = () => res.socket?.destroy()
      }
      // Backfill replays 2 and 3 before the new 4; an unrelated error message passes through.
      else res.write(line(tweet('2')) + line(tweet('3')) + line({ errors: [{ title: 'ConnectionException', detail: 'x' }] }) + line(tweet('4')))
    })
    const got = await take(streamRoute<Msg>(core, filtered, {}, { backfillMinutes: 5, stallTimeout: 10 * 60_000, timeout: false, clock }), 5, (m) => {
      // Two and a half minutes pass after the last message, then the connection drops.
      if (m.data?.id === '3' && n === 1) {
        clock.advance(150_000)
        drop()
      }
    })
    expect(got.map((m) => m.data?.id ?? m.errors?.[0]?.title)).toEqual(['1', '2', '3', 'ConnectionException', '4'])
    expect(server.requests[0]!.url.searchParams.has('backfill_minutes')).toBe(false)
    expect(server.requests[1]!.url.searchParams.get('backfill_minutes')).toBe('3')
  })

  it('caps backfill at the minutes asked for', async () => {
    let n = 0
    let drop = () => {}
    const clock = new ManualClock()
    const { server, core } = await serve((_req, res) => {
      const c = n++
      open(res)
      res.write(line(tweet(String(c))))
      drop = () => res.socket?.destroy()
    })
    await take(streamRoute<Msg>(core, filtered, {}, { backfillMinutes: 2, stallTimeout: 60 * 60_000, timeout: false, clock }), 2, () => {
      clock.advance(20 * 60_000)
      drop()
    })
    expect(server.requests[1]!.url.searchParams.get('backfill_minutes')).toBe('2')
  })

  it('remembers a bounded number of ids: an old id comes through again once the window has moved on', async () => {
    let n = 0
    const { core } = await serve((_req, res) => {
      const c = n++
      open(res)
      if (c === 0) res.write(['1', '2', '3', '4', '5', '6'].map((id) => line(tweet(id))).join(''), () => res.socket?.destroy())
      else res.write(line(tweet('6')) + line(tweet('1')))
    })
    const got = await take(streamRoute<Msg>(core, filtered, { backfill_minutes: 1 }, { dedupeWindow: 4 }), 7)
    // Window 4 (two generations of 2): 6 is still remembered, 1 has been forgotten.
    expect(got.map((m) => m.data?.id)).toEqual(['1', '2', '3', '4', '5', '6', '1'])
  })

  it('refuses backfillMinutes on a stream that takes no backfill_minutes, before sending', async () => {
    const { server, core } = await serve(json(200, {}))
    await expect(take(streamRoute<Msg>(core, noBackfill, {}, { backfillMinutes: 2 }), 1)).rejects.toThrow(/takes no backfill_minutes/)
    await expect(take(streamRoute<Msg>(core, filtered, {}, { backfillMinutes: 9 }), 1)).rejects.toThrow(/from 1 to 5/)
    expect(server.requests).toHaveLength(0)
  })
})

describe('v2 stream abort and backpressure', () => {
  it('abort stops at once, mid-stream: the loop throws the reason and the connection is closed', async () => {
    let closed = false
    const { core } = await serve((req, res) => {
      open(res)
      res.on('close', () => (closed = true))
      res.write(Array.from({ length: 200 }, (_, i) => line(tweet(String(i)))).join(''))
    })
    const controller = new AbortController()
    const seen: Msg[] = []
    await expect(
      take(streamRoute<Msg>(core, filtered, {}, { signal: controller.signal }), 1000, (m) => {
        seen.push(m)
        controller.abort(new Error('stopped by the test'))
      }),
    ).rejects.toThrow('stopped by the test')
    expect(seen).toHaveLength(1)
    expect(liveResources).toEqual({ requests: 0, timers: 0 })
    await new Promise<void>((r) => (closed ? r() : setTimeout(r, 50)))
    await expect.poll(() => closed).toBe(true)
  })

  it('abort during a backoff sleep stops at once', async () => {
    const { server, core } = await serve(json(429, { title: 'ConnectionException', detail: 'limit' }))
    const controller = new AbortController()
    const iterable = streamRoute<Msg>(core, filtered, {}, { signal: controller.signal, onReconnect: () => setImmediate(() => controller.abort(new Error('gave up waiting'))) })
    // The real clock: the first 429 wait is a minute; the abort ends it.
    await expect(take(iterable, 1)).rejects.toThrow('gave up waiting')
    expect(server.requests).toHaveLength(1)
    expect(liveResources).toEqual({ requests: 0, timers: 0 })
  })

  it('reads ahead only highWaterMark messages: a slow loop pushes back on the server', async () => {
    let blocked = false
    let total = 0
    const { core } = await serve(async (_req, res) => {
      open(res)
      const chunk = Array.from({ length: 100 }, (_, i) => line(tweet(String(i), 'x'.repeat(200)))).join('')
      // Write until the socket refuses more: the client has stopped reading.
      for (let i = 0; i < 2000; i++) {
        total++
        if (!res.write(chunk)) {
          blocked = true
          break
        }
        await new Promise((r) => setImmediate(r))
      }
    })
    const iterable = streamRoute<Msg>(core, filtered, {}, { highWaterMark: 16 })
    const iterator = iterable[Symbol.asyncIterator]()
    await iterator.next()
    await expect.poll(() => blocked, { timeout: 10_000 }).toBe(true)
    // 2000 chunks of 100 messages were on offer; the server got stuck far before that.
    expect(total).toBeLessThan(2000)
    await iterator.return!()
    expect(liveResources).toEqual({ requests: 0, timers: 0 })
  })
})

describe('soak', () => {
  const CYCLES = 1000
  it(`${CYCLES} drop-mid-message reconnects: every completed connection's messages exactly once, nothing left behind`, async () => {
    let connections = 0
    const { core } = await serve((_req, res) => {
      const c = connections++
      open(res)
      const torn = Buffer.from(line(tweet(`${c}-x`, '😀😀😀😀')))
      res.write(line(tweet(`${c}-0`, 'ünï😀')) + line(tweet(`${c}-1`, 'ünï😀')) + '\r\n' + line(tweet(`${c}-2`, 'ünï😀')))
      res.write(torn.subarray(0, 20), () => res.socket?.destroy())
    })
    const received = new Map<number, string[]>()
    // Test-only backoff of 0: these connections drop as soon as they deliver, so X's rules put all but one
    // in 30 s on the network ladder (up to 16 s each), which would make 1,000 cycles take hours.
    for await (const m of streamRoute<Msg>(core, filtered, {}, { backoff: () => 0 })) {
      const [c, s] = m.data!.id.split('-') as [string, string]
      if (m.data!.text !== 'ünï😀') throw new Error(`corrupted: ${m.data!.text}`)
      const list = received.get(Number(c)) ?? []
      list.push(s)
      received.set(Number(c), list)
      if (Number(c) >= CYCLES) break
    }
    for (let c = 0; c < CYCLES; c++) expect(received.get(c), `connection ${c}`).toEqual(['0', '1', '2'])
    expect(liveResources).toEqual({ requests: 0, timers: 0 })
  }, 120_000)
})
