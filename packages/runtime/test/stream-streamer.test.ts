import type { ServerResponse } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TwythonAuthError, TwythonError, TwythonStreamError } from '../src/errors.js'
import { liveResources } from '../src/streaming/connection.js'
import { ESTABLISHED_AFTER_MS } from '../src/streaming/engine.js'
import { ManualClock } from '../src/streaming/manual-clock.js'
import { stream } from '../src/streaming/iterate.js'
import { DECODE_ERROR_MESSAGE, TwythonStreamer } from '../src/streaming/streamer.js'
import type { ReconnectInfo } from '../src/streaming/session.js'
import type { TwythonStreamerOptions } from '../src/streaming/options.js'
import type { StreamMessage } from '../src/streaming/messages.js'
import { STREAM_TRANSPORTS, onTransport, type StreamTransport } from './stream-transports.js'
import { startServer, verifyOAuth1, type Recorded, type TestServer } from './server.js'

const creds = { appKey: 'ck', appSecret: 'cs', oauthToken: 'tk', oauthTokenSecret: 'ts' }
let server: TestServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

/** Polls (real time, no assertion on how long) until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 2))
}

/** The transport of the running block (every test runs over node:http and over clientArgs.fetch). */
let transport: StreamTransport = STREAM_TRANSPORTS[0]!

function opts(extra: Partial<TwythonStreamerOptions> = {}): TwythonStreamerOptions {
  const origin = server!.origin
  return onTransport(transport, { ...creds, hosts: { stream: origin, userStream: origin, siteStream: origin }, ...extra })
}

/** A 200 stream that writes `lines` then stays open (keep-alive) or ends. */
function streamOf(lines: string[], end = false) {
  return (_req: Recorded, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    for (const line of lines) res.write(line)
    if (end) res.end()
  }
}

class Recorder extends TwythonStreamer {
  events: unknown[] = []
  reconnects: ReconnectInfo[] = []
  override onSuccess(data: any) {
    this.events.push(['success', data])
    return !data.skip
  }
  override onError(status: number, data: unknown) {
    this.events.push(['error', status, data instanceof Error ? data.constructor.name : data])
  }
  override onTimeout() {
    this.events.push(['timeout'])
  }
  override onReconnect(info: ReconnectInfo) {
    this.reconnects.push(info)
  }
}

for (const t of STREAM_TRANSPORTS) describe(`over ${t.name}`, () => {
  beforeEach(() => {
    transport = t
  })

  describe('TwythonStreamer requests', () => {
    it('filter is a signed POST with a Twython-encoded form body', async () => {
      server = await startServer(streamOf(['{"text":"a"}\r\n']))
      const s = new Recorder(opts({ clientArgs: { headers: { 'X-Extra': '1' } } }))
      const done = s.statuses.filter({ track: ['a b', 'c'], stall_warnings: true, follow: undefined })
      await until(() => s.events.length === 1)
      s.disconnect()
      await done
      const req = server.requests[0]!
      expect(req.method).toBe('POST')
      expect(req.url.pathname).toBe('/1.1/statuses/filter.json')
      expect(req.body.toString()).toBe('track=a%20b%2Cc&stall_warnings=true')
      expect(req.headers['user-agent']).toContain('Twython Streaming')
      expect(req.headers['x-extra']).toBe('1')
      expect(verifyOAuth1(req, 'cs', 'ts')).toBe(true)
      // The connection is the transport's: a WHATWG fetch sends Sec-Fetch-Mode, node:http does not.
      expect(req.headers['sec-fetch-mode']).toBe(transport.name === 'fetch' ? 'cors' : undefined)
    })

    it('delimited=length: messages framed by their byte length, split anywhere', async () => {
      const messages = ['{"text":"caf\u00e9 ☕"}\r\n', '{"limit":{"track":2}}\r\n']
      const framed = Buffer.from(messages.map((m) => `${Buffer.byteLength(m)}\r\n${m}`).join(''))
      server = await startServer((_req, res) => {
        res.writeHead(200)
        // One byte at a time: every length line and body is split across chunks.
        let i = 0
        const drip = () => {
          if (i < framed.length && !res.destroyed) res.write(framed.subarray(i, ++i), drip)
        }
        drip()
      })
      const s = new Recorder(opts())
      const done = s.statuses.filter({ track: 'caf', delimited: 'length' })
      await until(() => s.events.length === 2)
      s.disconnect()
      await done
      expect(server.requests[0]!.body.toString()).toBe('track=caf&delimited=length')
      expect(s.events).toEqual([['success', { text: 'café ☕' }], ['success', { limit: { track: 2 } }]])
    })

    it('sample, firehose, user and site are signed GETs with a query', async () => {
      server = await startServer(streamOf(['{"text":"a"}\r\n']))
      const s = new Recorder(opts())
      const calls: [() => Promise<void>, string][] = [
        [() => s.statuses.sample({ language: 'en' }), '/1.1/statuses/sample.json'],
        [() => s.statuses.firehose({ count: 5 }), '/1.1/statuses/firehose.json'],
        [() => s.user({ with: 'followings' }), '/1.1/user.json'],
        [() => s.site({ follow: [1, 2] }), '/1.1/site.json'],
      ]
      for (const [call, path] of calls) {
        const before = s.events.length
        const done = call()
        await until(() => s.events.length > before)
        s.disconnect()
        await done
        const req = server.requests.at(-1)!
        expect([req.method, req.url.pathname]).toEqual(['GET', path])
        expect(verifyOAuth1(req, 'cs', 'ts')).toBe(true)
      }
      expect(server.requests.map((r) => r.url.search)).toEqual(['?language=en', '?count=5', '?with=followings', '?follow=1%2C2'])
    })

    it('refuses a second stream on a connected streamer, and plain http off loopback', async () => {
      server = await startServer(streamOf([]))
      const s = new Recorder(opts())
      const first = s.statuses.sample()
      await expect(s.statuses.sample()).rejects.toBeInstanceOf(TwythonError)
      s.disconnect()
      await first
      expect(() => new TwythonStreamer({ ...creds, hosts: { stream: 'http://example.com' } })).toThrow(TwythonError)
      await expect(s.statuses.dynamicFilter()).rejects.toThrow(/setDynamicFilter/)
    })
  })

  describe("Twython's handler dispatch", () => {
    class Handlers extends Recorder {
      on_delete(v: unknown) {
        this.events.push(['delete', v])
        return (v as { go?: boolean }).go
      }
      onLimit(v: unknown) {
        this.events.push(['limit', v])
        return true
      }
      onStatusWithheld(v: unknown) {
        this.events.push(['status_withheld', v])
        return true
      }
    }

    it('walks handlers in order, stops at a falsy return, and skips them when onSuccess is falsy', async () => {
      const lines = [
        '{"delete":{"go":false},"limit":1}\r\n', // on_delete falsy: on_limit not called
        '{"delete":{"go":true},"limit":2}\r\n', // both
        '{"limit":3,"skip":true}\r\n', // onSuccess falsy: no handlers
        '{"disconnect":{"code":4}}\r\n', // no handler method: skipped silently
        '{"status_withheld":5}\r\n', // not in handlers: not called
        'not json\r\n',
        '\r\n',
        '{"limit":6}\r\n',
      ]
      server = await startServer(streamOf(lines))
      const s = new Handlers(opts())
      const done = s.statuses.sample()
      await until(() => s.events.some((e) => JSON.stringify(e) === '["limit",6]'))
      s.disconnect()
      await done
      const names = s.events.map((e) => (e as unknown[])[0] === 'success' ? 'success' : JSON.stringify(e))
      expect(names).toEqual([
        'success', '["delete",{"go":false}]',
        'success', '["delete",{"go":true}]', '["limit",2]',
        'success',
        'success',
        'success',
        JSON.stringify(['error', 200, DECODE_ERROR_MESSAGE]),
        'success', '["limit",6]',
      ])
      expect(DECODE_ERROR_MESSAGE).toBe(`Unable to decode response,${' '.repeat(39)}not valid JSON.`)
    })

    it('uses the handlers option and camelCase names for snake_case keys', async () => {
      server = await startServer(streamOf(['{"status_withheld":1,"limit":2}\r\n']))
      const s = new Handlers(opts({ handlers: ['status_withheld', 'limit'] }))
      const done = s.statuses.sample()
      await until(() => s.events.length === 3)
      s.disconnect()
      await done
      expect(s.events.slice(1)).toEqual([['status_withheld', 1], ['limit', 2]])
    })

    it('a throwing handler rejects the stream with its error', async () => {
      server = await startServer(streamOf(['{"text":"x"}\r\n']))
      const s = new (class extends TwythonStreamer {
        override onSuccess(): boolean {
          throw new RangeError('boom')
        }
      })(opts())
      await expect(s.statuses.sample()).rejects.toThrow('boom')
      expect(s.connected).toBe(false)
    })
  })

  describe('fatal statuses', () => {
    it('401 is not retried: onError then TwythonAuthError', async () => {
      server = await startServer((_req, res) => {
        res.writeHead(401, { 'content-type': 'application/json' })
        res.end('{"errors":[{"code":32,"message":"Could not authenticate you."}]}')
      })
      const s = new Recorder(opts())
      const error = await s.statuses.filter({ track: 'x' }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TwythonAuthError)
      expect((error as TwythonAuthError).status).toBe(401)
      expect(server.requests).toHaveLength(1)
      expect(s.events).toEqual([['error', 401, '{"errors":[{"code":32,"message":"Could not authenticate you."}]}']])
    })

    for (const status of [403, 404, 406, 413, 416]) {
      it(`${status} is fatal`, async () => {
        server = await startServer((_req, res) => {
          res.writeHead(status)
          res.end('no')
        })
        const s = new Recorder(opts())
        await expect(s.statuses.sample()).rejects.toMatchObject({ name: 'TwythonStreamError', status })
        expect(server.requests).toHaveLength(1)
      })
    }
  })

  describe('reconnect schedules (manual clock)', () => {
    /** Runs a stream whose server answers from `script`, advancing the clock through each backoff. */
    async function schedule(script: ((res: ServerResponse) => void)[], extra: Partial<TwythonStreamerOptions>, stopAfter: number, onMessage?: (clock: ManualClock) => void) {
      let n = 0
      server = await startServer((_req, res) => (script[Math.min(n++, script.length - 1)]!)(res))
      const clock = new ManualClock()
      const s = new (class extends Recorder {
        override onSuccess(data: any) {
          onMessage?.(clock)
          return super.onSuccess(data)
        }
      })(opts({ clock, ...extra }))
      const done = s.statuses.sample().then(() => undefined, (e: unknown) => e)
      let settled = false
      void done.then(() => (settled = true))
      for (let i = 0; i < stopAfter && !settled; i++) {
        await until(() => s.reconnects.length > i || settled)
        if (settled) break
        clock.advance(s.reconnects[i]!.delayMs)
      }
      if (!settled) s.disconnect()
      return { s, result: await done, clock }
    }
    const status = (code: number) => (res: ServerResponse) => {
      res.writeHead(code)
      res.end('err')
    }

    it('HTTP errors: exponential from 5 s, doubling, capped at 320 s', async () => {
      const { s } = await schedule([status(503)], {}, 9)
      expect(s.reconnects.slice(0, 9).map((r) => r.delayMs)).toEqual([5e3, 10e3, 20e3, 40e3, 80e3, 160e3, 320e3, 320e3, 320e3])
      expect(s.reconnects[0]).toMatchObject({ reason: 'status', status: 503, attempt: 1 })
    })

    it('420 and 429: exponential from one minute', async () => {
      const { s } = await schedule([status(420), status(429), status(420), status(420)], {}, 4)
      expect(s.reconnects.slice(0, 4).map((r) => r.delayMs)).toEqual([60e3, 120e3, 240e3, 480e3])
    })

    it('network errors: linear from 250 ms, capped at 16 s; retryCount then onError and TwythonStreamError', async () => {
      const { s, result } = await schedule([(res) => res.socket!.destroy()], { retryCount: 66 }, 100)
      const delays = s.reconnects.map((r) => r.delayMs)
      expect(delays.slice(0, 4)).toEqual([250, 500, 750, 1000])
      expect(delays.slice(62)).toEqual([15750, 16000, 16000, 16000])
      expect(delays).toHaveLength(66)
      expect(result).toBeInstanceOf(TwythonStreamError)
      expect(s.events.at(-1)).toEqual(['error', 0, 'TwythonStreamError'])
    })

    const delivered = (res: ServerResponse) => {
      res.writeHead(200)
      res.end('{"text":"ok"}\r\n')
    }
    /** The message arrives, then the connection stays open 30 s (manual clock) before it ends. */
    const livesLong = (clock: ManualClock) => clock.advance(ESTABLISHED_AFTER_MS)

    it('resets the backoff after an established connection (data, then 30 s open)', async () => {
      const { s } = await schedule([status(503), status(503), delivered, status(503), status(420), status(503)], {}, 6, livesLong)
      expect(s.reconnects.slice(0, 6).map((r) => [r.reason, r.delayMs])).toEqual([
        ['status', 5e3], ['status', 10e3], ['ended', 0], ['status', 5e3], ['status', 60e3], ['status', 10e3],
      ])
    })

    it('a connection that delivers and ends at once resets nothing: the ladders go on', async () => {
      const { s } = await schedule([status(503), status(503), delivered, status(503), delivered, status(503)], {}, 6)
      expect(s.reconnects.slice(0, 6).map((r) => [r.reason, r.delayMs, r.attempt])).toEqual([
        ['status', 5e3, 1], ['status', 10e3, 2], ['ended', 0, 2], ['status', 20e3, 3], ['ended', 250, 4], ['status', 40e3, 5],
      ])
    })

    it('a healthy stream whose long connections end reconnects at once every time', async () => {
      const { s } = await schedule([delivered], {}, 5, livesLong)
      expect(s.reconnects.slice(0, 5).map((r) => [r.reason, r.delayMs, r.attempt])).toEqual(Array.from({ length: 5 }, () => ['ended', 0, 0]))
    })

    it('a server that answers with one message and hangs up, again and again: the network ladder, and retryCount gives up', async () => {
      const { s, result } = await schedule([delivered], { retryCount: 5 }, 20)
      expect(s.reconnects.map((r) => [r.reason, r.delayMs, r.attempt])).toEqual([
        ['ended', 0, 0], ['ended', 250, 1], ['ended', 500, 2], ['ended', 750, 3], ['ended', 1000, 4], ['ended', 1250, 5],
      ])
      expect(result).toBeInstanceOf(TwythonStreamError)
      expect((result as Error).message).toMatch(/failed 6 times in a row \(last: ended\)/)
      expect(server!.requests).toHaveLength(7)
    })

    it('a stall (no byte for stallTimeout) calls onTimeout and reconnects', async () => {
      let n = 0
      server = await startServer((_req, res) => {
        res.writeHead(200)
        res.write(`{"text":"${n++}"}\r\n`) // then silence
      })
      const clock = new ManualClock()
      const s = new Recorder(opts({ clock, stallTimeout: 90 }))
      const done = s.statuses.sample()
      await until(() => s.events.length === 1)
      clock.advance(89_999)
      expect(s.reconnects).toHaveLength(0)
      clock.advance(1)
      await until(() => s.reconnects.length === 1)
      expect(s.reconnects[0]).toMatchObject({ reason: 'stall', delayMs: 0 }) // data had arrived: reconnect at once
      expect(s.events[1]).toEqual(['timeout'])
      clock.advance(250)
      await until(() => s.events.length === 3)
      s.disconnect()
      await done
      expect(server.requests).toHaveLength(2)
    })

    it('keep-alives hold off the stall watchdog', async () => {
      let res!: ServerResponse
      server = await startServer((_req, r) => {
        res = r
        r.writeHead(200)
        r.write('\r\n')
      })
      const clock = new ManualClock()
      const s = new Recorder(opts({ clock }))
      const done = s.statuses.sample()
      await until(() => s.lastActivity !== undefined)
      for (let i = 0; i < 5; i++) {
        clock.advance(60_000)
        res.write('\r\n')
        await until(() => s.lastActivity === clock.now())
      }
      expect(s.reconnects).toHaveLength(0)
      s.disconnect()
      await done
    })

    it('a connect timeout calls onTimeout and reconnects on the network schedule', async () => {
      server = await startServer(() => {}) // never answers
      const clock = new ManualClock()
      const s = new Recorder(opts({ clock, timeout: 300 }))
      const done = s.statuses.sample()
      await until(() => server!.requests.length === 1)
      clock.advance(300_000)
      await until(() => s.reconnects.length === 1)
      expect(s.reconnects[0]).toMatchObject({ reason: 'timeout', delayMs: 250 })
      expect(s.events).toEqual([['timeout']])
      s.disconnect()
      await done
    })
  })

  describe('dynamic filter', () => {
    it('setDynamicFilter while connected reconnects with the new parameters', async () => {
      server = await startServer(streamOf(['{"text":"hello"}\r\n']))
      const s = new Recorder(opts())
      s.statuses.setDynamicFilter({ track: 'cats' })
      const done = s.statuses.dynamicFilter()
      await until(() => s.events.length === 1)
      s.statuses.setDynamicFilter({ track: ['dogs', 'birds'] })
      await until(() => s.events.length === 2)
      s.disconnect()
      await done
      expect(server.requests.map((r) => r.body.toString())).toEqual(['track=cats', 'track=dogs%2Cbirds'])
      expect(s.reconnects).toMatchObject([{ reason: 'restart', delayMs: 0 }])
    })
  })

  describe('teardown', () => {
    const handles = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r === 'TCPSocketWrap').length

    it('disconnect() closes the socket and clears every timer', async () => {
      const baseline = handles()
      server = await startServer((_req, res) => {
        res.writeHead(200)
        res.write('{"text":"a"}\r\n')
        const keepAlive = setInterval(() => res.write('\r\n'), 5)
        res.on('close', () => clearInterval(keepAlive))
      })
      const s = new Recorder(opts())
      const done = s.statuses.filter({ track: 'a' })
      await until(() => s.events.length === 1)
      expect(liveResources).toEqual({ requests: 1, timers: 1 })
      s.disconnect()
      await done
      expect(liveResources).toEqual({ requests: 0, timers: 0 })
      expect(s.connected).toBe(false)
      await server.close()
      server = undefined
      await until(() => handles() <= baseline)
      expect(handles()).toBeLessThanOrEqual(baseline)
    })

    it('disconnect() during a backoff sleep clears the sleep timer', async () => {
      server = await startServer((_req, res) => {
        res.writeHead(503)
        res.end()
      })
      const clock = new ManualClock()
      const s = new Recorder(opts({ clock }))
      const done = s.statuses.sample()
      await until(() => s.reconnects.length === 1)
      expect(clock.pending).toHaveLength(1)
      s.disconnect()
      await done
      expect(clock.pending).toHaveLength(0)
      expect(liveResources).toEqual({ requests: 0, timers: 0 })
    })
  })

  describe('async iterator', () => {
    it('yields typed messages, reports garbled lines, and closes everything on break', async () => {
      server = await startServer(streamOf(['{"text":"hi","created_at":"x","user":{"screen_name":"a"}}\r\n', '{"limit":{"track":3}}\r\n', 'garbage\r\n', '{"for_user":"7","message":{"friends":[1]}}\r\n']))
      const problems: string[] = []
      const seen: StreamMessage[] = []
      for await (const m of stream(opts(), 'statuses/filter', { track: 'hi' }, { onParseError: (p) => problems.push(p.reason) })) {
        seen.push(m)
        if (seen.length === 3) break
      }
      expect(seen.map((m) => m.kind)).toEqual(['tweet', 'limit', 'for_user'])
      const first = seen[0]!
      if (first.kind === 'tweet') expect(first.data.text).toBe('hi')
      expect(problems).toEqual(['invalid-json'])
      expect(liveResources).toEqual({ requests: 0, timers: 0 })
    })

    it('abort ends the loop with the signal reason; 401 throws TwythonAuthError', async () => {
      server = await startServer(streamOf(['{"text":"a"}\r\n']))
      const controller = new AbortController()
      const reason = new Error('stop')
      const run = async () => {
        for await (const m of stream(opts(), 'statuses/sample', {}, { signal: controller.signal })) if (m.kind === 'tweet') controller.abort(reason)
      }
      await expect(run()).rejects.toBe(reason)
      server.respond((_req, res) => {
        res.writeHead(401)
        res.end()
      })
      const auth = async () => {
        for await (const _ of stream(opts(), 'user')) void _
      }
      await expect(auth()).rejects.toBeInstanceOf(TwythonAuthError)
      expect(liveResources).toEqual({ requests: 0, timers: 0 })
    })

    it('pauses the socket for a slow consumer without losing messages', async () => {
      const total = 5000
      server = await startServer((_req, res) => {
        res.writeHead(200)
        for (let i = 0; i < total; i++) res.write(`{"text":"${i}"}\r\n`)
      })
      const clock = new ManualClock()
      let expected = 0
      for await (const m of stream(opts({ clock }), 'statuses/sample', {}, { highWaterMark: 50 })) {
        if (m.kind !== 'tweet') continue
        expect(m.data.text).toBe(String(expected++))
        if (expected % 500 === 0) await new Promise((r) => setTimeout(r, 1))
        if (expected === total) break
      }
      expect(expected).toBe(total)
    })
  })
})

describe('clientArgs.fetch', () => {
  it('connects with exactly the fetch given, one call per connection, each signed afresh', async () => {
    let n = 0
    server = await startServer((_req, res) => {
      res.writeHead(200)
      // Deliver, then tear the connection: the stream reconnects at once through the same fetch.
      res.write(`{"text":"${n++}"}\r\n`, () => setTimeout(() => res.socket?.destroy(), 5))
    })
    const calls: string[] = []
    const counted: typeof fetch = (input, init) => {
      calls.push(String(input))
      return globalThis.fetch(input, init)
    }
    const s = new Recorder(opts({ clientArgs: { fetch: counted } }))
    const done = s.statuses.filter({ track: 'x' })
    await until(() => s.events.filter((e) => (e as unknown[])[0] === 'success').length >= 3)
    s.disconnect()
    await done
    expect(calls.length).toBeGreaterThanOrEqual(3)
    expect(calls.length).toBe(server.requests.length)
    expect(new Set(calls)).toEqual(new Set([`${server.origin}/1.1/statuses/filter.json`]))
    for (const req of server.requests) expect(verifyOAuth1(req, 'cs', 'ts')).toBe(true)
    const nonces = server.requests.map((r) => /oauth_nonce="([^"]+)"/.exec(String(r.headers.authorization))?.[1])
    expect(new Set(nonces).size).toBe(server.requests.length)
    expect(liveResources).toEqual({ requests: 0, timers: 0 })
  })

  it('cannot be combined with clientArgs.agent: a TwythonError, nothing sent, the streamer not left connected', async () => {
    server = await startServer(streamOf(['{"text":"a"}\r\n']))
    const { Agent } = await import('node:http')
    const clientArgs = { fetch: globalThis.fetch, agent: new Agent() }
    const s = new Recorder(opts({ clientArgs }))
    await expect(s.statuses.sample()).rejects.toThrow(/clientArgs\.agent.*clientArgs\.fetch/)
    expect(s.connected).toBe(false)
    const loop = async () => {
      for await (const _ of stream(opts({ clientArgs }), 'statuses/sample')) void _
    }
    await expect(loop()).rejects.toBeInstanceOf(TwythonError)
    expect(server.requests).toHaveLength(0)
  })
})
