/**
 * Issue 10, item 5 (and the stream parts of items 4 and 8), over real local sockets: a pathological but
 * valid JSON line does not crash the iterator, an established connection that drops is reopened at once
 * and then backs off on the usual ladder, an oversized line is reported as oversized, and fatal statuses
 * carry Twitter's error code and say what Twitter means by 413 and 416.
 */
import type { ServerResponse } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TwythonAuthError, TwythonStreamError } from '../src/errors.js'
import { liveResources } from '../src/streaming/connection.js'
import { ESTABLISHED_AFTER_MS } from '../src/streaming/engine.js'
import { stream } from '../src/streaming/iterate.js'
import { ManualClock } from '../src/streaming/manual-clock.js'
import type { StreamMessage } from '../src/streaming/messages.js'
import type { TwythonStreamerOptions } from '../src/streaming/options.js'
import type { ParseProblem } from '../src/streaming/parser.js'
import type { ReconnectInfo } from '../src/streaming/session.js'
import { DECODE_ERROR_MESSAGE, TwythonStreamer } from '../src/streaming/streamer.js'
import { STREAM_TRANSPORTS, onTransport, type StreamTransport } from './stream-transports.js'
import { startServer, type Recorded, type TestServer } from './server.js'

const creds = { appKey: 'ck', appSecret: 'cs', oauthToken: 'tk', oauthTokenSecret: 'ts' }
let server: TestServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 2))
}

/** The transport of the running block (every test runs over node:http and over clientArgs.fetch). */
let transport: StreamTransport = STREAM_TRANSPORTS[0]!

function opts(extra: Partial<TwythonStreamerOptions> = {}): TwythonStreamerOptions {
  const origin = server!.origin
  return onTransport(transport, { ...creds, hosts: { stream: origin, userStream: origin, siteStream: origin }, ...extra })
}

function streamOf(lines: string[]) {
  return (_req: Recorded, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    for (const line of lines) res.write(line)
  }
}

const DEPTH = 100_000
const deepForUser = `${'{"for_user":"1","message":'.repeat(DEPTH)}{"text":"deep"}${'}'.repeat(DEPTH)}`
const deepObject = `{"text":"nested","entities":${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}`
const deepArray = `{"text":"arrays","coordinates":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`

for (const t of STREAM_TRANSPORTS) describe(`over ${t.name}`, () => {
  beforeEach(() => {
    transport = t
  })

  describe('a valid JSON line nested 100,000 deep', () => {
    it('stream() delivers or reports it without a RangeError, and carries on', async () => {
      server = await startServer(streamOf([`${deepForUser}\r\n`, `${deepObject}\r\n`, `${deepArray}\r\n`, '{"text":"after"}\r\n']))
      const problems: ParseProblem[] = []
      const seen: StreamMessage[] = []
      for await (const m of stream(opts(), 'statuses/sample', {}, { onParseError: (p) => problems.push(p) })) {
        seen.push(m)
        if (m.kind === 'tweet' && m.data.text === 'after') break
      }
      expect(seen.at(-1)).toMatchObject({ kind: 'tweet', data: { text: 'after' } })
      // Every deep line is accounted for: delivered as a message or reported as a problem.
      expect(seen.length - 1 + problems.length).toBe(3)
      const forUser = seen[0]!
      expect(forUser.kind).toBe('for_user')
      if (forUser.kind === 'for_user') expect(forUser.forUser).toBe('1')
      expect(seen.filter((m) => m.kind === 'tweet').map((m) => (m.data as { text: string }).text)).toEqual(['nested', 'arrays', 'after'])
      expect(liveResources).toEqual({ requests: 0, timers: 0 })
    })

    it('TwythonStreamer hands it to onSuccess and goes on', async () => {
      server = await startServer(streamOf([`${deepForUser}\r\n`, '{"text":"after"}\r\n']))
      const texts: unknown[] = []
      const s = new (class extends TwythonStreamer {
        override onSuccess(data: any) {
          texts.push(data.text ?? 'for_user')
          return true
        }
      })(opts())
      const done = s.statuses.sample()
      await until(() => texts.length === 2)
      s.disconnect()
      await done
      expect(texts).toEqual(['for_user', 'after'])
    })
  })

  describe('reconnecting after an established connection drops', () => {
    /** A server that answers each request with the next script entry (the last one repeats). */
    function scripted(script: ((res: ServerResponse) => void)[]) {
      let n = 0
      return (_req: Recorded, res: ServerResponse) => script[Math.min(n++, script.length - 1)]!(res)
    }
    const deliverThenTear = (res: ServerResponse) => {
      res.writeHead(200)
      res.write('{"text":"one"}\r\n', () => setTimeout(() => res.socket?.destroy(), 5))
    }
    const refuse = (res: ServerResponse) => res.socket!.destroy()

    /** Like deliverThenTear, but the message says the connection is to live 30 s (on the manual clock) first. */
    const deliverLiveThenTear = (res: ServerResponse) => {
      res.writeHead(200)
      res.write('{"text":"live"}\r\n', () => setTimeout(() => res.socket?.destroy(), 5))
    }

    async function run(script: ((res: ServerResponse) => void)[], count: number, extra: Partial<TwythonStreamerOptions> = {}) {
      server = await startServer(scripted(script))
      const clock = new ManualClock()
      const reconnects: ReconnectInfo[] = []
      const s = new (class extends TwythonStreamer {
        override onSuccess(data: { text?: string }) {
          // Dispatch is synchronous, before the tear is read: the connection has now been open this long.
          if (data.text === 'live') clock.advance(ESTABLISHED_AFTER_MS)
          return true
        }
        override onReconnect(info: ReconnectInfo) {
          reconnects.push(info)
        }
      })(opts({ clock, ...extra }))
      const done = s.statuses.sample()
      for (let i = 0; i < count; i++) {
        await until(() => reconnects.length > i)
        clock.advance(reconnects[i]!.delayMs)
      }
      s.disconnect()
      await done
      return reconnects
    }

    it('an established connection (data, 30 s open) that is torn reconnects at once (0 ms), then backs off 250, 500 ms', async () => {
      const reconnects = await run([deliverLiveThenTear, refuse, refuse, deliverLiveThenTear, refuse], 5)
      expect(reconnects.map((r) => [r.reason, r.delayMs, r.attempt])).toEqual([
        ['network', 0, 0],
        ['network', 250, 1],
        ['network', 500, 2],
        ['network', 0, 0],
        ['network', 250, 1],
      ])
    })

    it('a server that sends one message and tears every connection: one immediate reconnect, then the network ladder, not a loop at 0 ms', async () => {
      const reconnects = await run([deliverThenTear], 8)
      expect(reconnects.map((r) => [r.reason, r.delayMs, r.attempt])).toEqual([
        ['network', 0, 0],
        ['network', 250, 1],
        ['network', 500, 2],
        ['network', 750, 3],
        ['network', 1000, 4],
        ['network', 1250, 5],
        ['network', 1500, 6],
        ['network', 1750, 7],
      ])
      // Every one of those connections was answered and delivered its message.
      expect(server!.requests.length).toBeGreaterThanOrEqual(8)
    })

    it('after data and a refused connect, a connection that is torn early does not reset the ladder', async () => {
      const reconnects = await run([deliverLiveThenTear, refuse, deliverThenTear, refuse], 4)
      expect(reconnects.map((r) => [r.delayMs, r.attempt])).toEqual([
        [0, 0],
        [250, 1],
        // Torn early, but the first early drop in 30 s: at once, without resetting the count.
        [0, 1],
        [500, 2],
      ])
    })

    it('a Connection: close response torn inside a message is a network drop, and the torn message is never delivered', async () => {
      const tornClose = (res: ServerResponse) => {
        res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked', connection: 'close' })
        res.write('{"text":"one"}\r\n{"text":"to', () => setTimeout(() => res.socket?.destroy(), 5))
      }
      server = await startServer(scripted([tornClose, refuse]))
      const clock = new ManualClock()
      const reconnects: ReconnectInfo[] = []
      const texts: string[] = []
      const s = new (class extends TwythonStreamer {
        override onSuccess(data: { text: string }) {
          texts.push(data.text)
          return true
        }
        override onReconnect(info: ReconnectInfo) {
          reconnects.push(info)
        }
      })(opts({ clock }))
      const done = s.statuses.sample()
      await until(() => reconnects.length >= 2)
      s.disconnect()
      await done
      expect(reconnects.map((r) => [r.reason, r.delayMs])).toEqual([
        ['network', 0],
        ['network', 250],
      ])
      expect(texts).toEqual(['one'])
    })

    it('a stall after data also reconnects at once; a clean end still does', async () => {
      const stallAfterData = (res: ServerResponse) => {
        res.writeHead(200)
        res.write('{"text":"one"}\r\n')
      }
      server = await startServer(scripted([stallAfterData, (res) => (res.writeHead(200), res.end('{"text":"two"}\r\n')), refuse]))
      const clock = new ManualClock()
      const reconnects: ReconnectInfo[] = []
      let received = 0
      const s = new (class extends TwythonStreamer {
        override onSuccess() {
          received++
          return true
        }
        override onReconnect(info: ReconnectInfo) {
          reconnects.push(info)
        }
      })(opts({ clock, stallTimeout: 90 }))
      const done = s.statuses.sample()
      await until(() => received === 1)
      clock.advance(90_000)
      await until(() => reconnects.length >= 3)
      s.disconnect()
      await done
      expect(reconnects.map((r) => [r.reason, r.delayMs])).toEqual([
        ['stall', 0],
        ['ended', 0],
        ['network', 250],
      ])
    })
  })

  describe('an oversized line', () => {
    it('TwythonStreamer reports it as oversized through onError, not as "not valid JSON"', async () => {
      server = await startServer(streamOf([`{"text":"${'x'.repeat(2000)}"}\r\n`, 'garbage\r\n', '{"text":"ok"}\r\n']))
      const errors: unknown[] = []
      let ok = false
      const s = new (class extends TwythonStreamer {
        override onSuccess() {
          ok = true
          return true
        }
        override onError(status: number, data: unknown) {
          errors.push([status, data])
        }
      })(opts({ maxLineBytes: 1024 }))
      const done = s.statuses.sample()
      await until(() => ok)
      s.disconnect()
      await done
      expect(errors).toHaveLength(2)
      expect(errors[0]).toEqual([200, expect.stringMatching(/larger than maxLineBytes \(1024 bytes\)/)])
      expect(String((errors[0] as unknown[])[1])).not.toMatch(/not valid JSON/)
      expect(errors[1]).toEqual([200, DECODE_ERROR_MESSAGE])
    })
  })

  describe('fatal stream statuses', () => {
    it('413 and 416 say what Twitter means by them', async () => {
      for (const [status, meaning] of [[413, /too long.*track.*follow.*locations/i], [416, /count.*out of range|not allowed/i]] as const) {
        server = await startServer((_req, res) => {
          res.writeHead(status)
          res.end()
        })
        const error = await new TwythonStreamer(opts()).statuses.filter({ track: 'x' }).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(TwythonStreamError)
        expect((error as Error).message).toMatch(new RegExp(`^Twitter API returned a ${status} \\(`))
        expect((error as Error).message).toMatch(meaning)
        await server.close()
        server = undefined
      }
    })

    it('a redirect is fatal, names the Location, and is not followed or retried', async () => {
      const elsewhere = await startServer()
      try {
        server = await startServer((_req, res) => {
          res.writeHead(302, { location: `${elsewhere.origin}/1.1/statuses/filter.json` })
          res.end()
        })
        const error = await new TwythonStreamer(opts()).statuses.filter({ track: 'x' }).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(TwythonStreamError)
        expect(error).toMatchObject({ status: 302 })
        expect((error as Error).message).toContain(`Location: ${elsewhere.origin}/1.1/statuses/filter.json`)
        expect(server.requests).toHaveLength(1)
        expect(elsewhere.requests).toHaveLength(0)
      } finally {
        await elsewhere.close()
      }
    })

    it('retries exhausted on an HTTP error keep its errorCode', async () => {
      server = await startServer((_req, res) => {
        res.writeHead(503, { 'content-type': 'application/json' })
        res.end('{"errors":[{"code":130,"message":"Over capacity"}]}')
      })
      const error = await new TwythonStreamer(opts({ retryCount: 0 })).statuses.sample().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TwythonStreamError)
      expect(error).toMatchObject({ status: 503, errorCode: 130 })
    })

    it('errorCode is set from a JSON error body, on auth and stream errors alike', async () => {
      server = await startServer((_req, res) => {
        res.writeHead(401, { 'content-type': 'application/json' })
        res.end('{"errors":[{"code":32,"message":"Could not authenticate you."}]}')
      })
      const auth = await new TwythonStreamer(opts()).user().catch((e: unknown) => e)
      expect(auth).toBeInstanceOf(TwythonAuthError)
      expect(auth).toMatchObject({ status: 401, errorCode: 32, errors: [{ code: 32 }] })
      server.respond((_req, res) => {
        res.writeHead(403, { 'content-type': 'application/json' })
        res.end('{"errors":[{"code":87,"message":"Client is not permitted to perform this action."}]}')
      })
      const forbidden = await new TwythonStreamer(opts()).statuses.firehose().catch((e: unknown) => e)
      expect(forbidden).toBeInstanceOf(TwythonStreamError)
      expect(forbidden).toMatchObject({ status: 403, errorCode: 87 })
      expect((forbidden as Error).message).toContain('Client is not permitted to perform this action.')
    })
  })
})
