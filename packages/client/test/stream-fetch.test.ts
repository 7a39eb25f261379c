/**
 * The v1.1 streams over `fetch` against the emulator, on Node: the path they take where node:http is absent
 * (Workers builds, browsers), reached here by passing `clientArgs.fetch`. The emulator verifies every
 * connection's OAuth 1.0a signature with its own code; the fetch given is Node's own, counted, so the test
 * knows each connection went through it. Happy path, a drop in the middle of a message, a stall and a 401.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '@twython/emulator'
import { ManualClock, Twython, TwythonAuthError, TwythonStreamer, stream, type ReconnectInfo, type StreamMessage } from '../src/index.js'

let emu: Emulator
let twitter: Twython
beforeAll(async () => {
  // No keep-alives: the stall below must be the emulator's fault, and silence otherwise is ours to time.
  emu = await startEmulator({ port: 0, streams: { keepAliveMs: 0 } })
  twitter = new Twython({ ...emu.credentials, hosts: emu.hosts })
})
afterAll(() => emu.close())

/** Waits, without a deadline of its own (vitest's test timeout bounds it), until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5))
}

/** Node's fetch, counting the connections opened through it. */
function countedFetch() {
  const urls: string[] = []
  const fetch: typeof globalThis.fetch = (input, init) => {
    urls.push(String(input))
    return globalThis.fetch(input, init)
  }
  return { fetch, urls }
}

const unique = (word: string) => `${word}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

describe('v1.1 streams over clientArgs.fetch, against the emulator', () => {
  it('stream() delivers a tweet posted through the API, and abort stops it and closes the connection', async () => {
    const word = unique('fetchiter')
    const { fetch, urls } = countedFetch()
    const controller = new AbortController()
    const reason = new Error('stop')
    const received: StreamMessage[] = []
    const reading = (async () => {
      for await (const message of stream({ ...emu.credentials, hosts: emu.hosts, clientArgs: { fetch } }, 'statuses/filter', { track: [word] }, { signal: controller.signal })) {
        received.push(message)
        if (message.kind === 'tweet') controller.abort(reason)
      }
    })()
    await until(() => emu.streams.openStreams === 1)
    await twitter.updateStatus({ status: `hello ${word}` })
    await expect(reading).rejects.toBe(reason)
    const tweet = received.find((m) => m.kind === 'tweet')
    expect(tweet?.kind === 'tweet' ? tweet.data.text : undefined).toBe(`hello ${word}`)
    expect(urls).toEqual([`${emu.hosts.stream}/1.1/statuses/filter.json`])
    await until(() => emu.streams.openStreams === 0)
  })

  it('TwythonStreamer: a drop mid-message and a stall each reconnect at once; nothing torn is delivered', async () => {
    const word = unique('fetchdrop')
    const { fetch, urls } = countedFetch()
    const clock = new ManualClock()
    const texts: string[] = []
    const reconnects: ReconnectInfo[] = []
    let timeouts = 0
    let probes = 0
    class Collector extends TwythonStreamer {
      override onSuccess(data: { text?: string; limit?: unknown }): boolean {
        if (data.text) texts.push(data.text)
        if (data.limit) probes++
        return true
      }
      override onTimeout(): void {
        timeouts++
      }
      override onReconnect(info: ReconnectInfo): void {
        reconnects.push(info)
      }
    }
    const streamer = new Collector({ ...emu.credentials, hosts: emu.hosts, clientArgs: { fetch }, clock, stallTimeout: 90 })
    const running = streamer.statuses.filter({ track: word })
    // Right after a reconnect the emulator may still count the old connection and not yet the new one, so
    // openStreams === 1 does not prove the new one is there: a post made then would go to the old one only.
    // A notice sent until it arrives does (the dropped or stalled connection writes nothing more).
    const reachesTheNewConnection = async () => {
      const before = probes
      await until(() => {
        if (probes === before) emu.streams.notice({ limit: { track: 0 } })
        return probes > before
      })
    }
    try {
      await until(() => emu.streams.openStreams === 1)
      await twitter.updateStatus({ status: `${word} one` })
      await until(() => texts.length === 1)

      // The next message is cut in half and the socket destroyed.
      emu.streams.inject({ kind: 'drop-mid-message' })
      await twitter.updateStatus({ status: `${word} torn` })
      await until(() => reconnects.length === 1)
      await reachesTheNewConnection()
      await twitter.updateStatus({ status: `${word} two` })
      await until(() => texts.length === 2)

      // The open connection goes silent; the watchdog (on the manual clock) drops it after stallTimeout.
      emu.streams.inject({ kind: 'stall' })
      // Advanced until the watchdog fires: an advance that lands while the connection is paused for its
      // consumer, or just before a late byte, makes the watchdog re-arm instead of firing (stallWatchdog in
      // engine.ts), and one advance would then wait forever. The first stall ends the advancing.
      await until(() => {
        if (reconnects.length < 2) clock.advance(90_000)
        return reconnects.length === 2
      })
      await reachesTheNewConnection()
      await twitter.updateStatus({ status: `${word} three` })
      await until(() => texts.length === 3)
    } finally {
      streamer.disconnect()
      await running
    }
    expect(texts).toEqual([`${word} one`, `${word} two`, `${word} three`])
    expect(reconnects.map((r) => [r.reason, r.delayMs])).toEqual([
      ['network', 0],
      ['stall', 0],
    ])
    expect(timeouts).toBe(1)
    // Every connection, the reconnects included, went through the fetch given.
    expect(urls).toHaveLength(3)
    expect(streamer.connected).toBe(false)
    await until(() => emu.streams.openStreams === 0)
  })

  it('a wrong token secret: onError(401) then TwythonAuthError, not retried', async () => {
    const { fetch, urls } = countedFetch()
    const errors: [number, unknown][] = []
    class Errors extends TwythonStreamer {
      override onError(status: number, data: unknown): void {
        errors.push([status, data])
      }
    }
    const streamer = new Errors({ ...emu.credentials, oauthTokenSecret: 'not-the-secret', hosts: emu.hosts, clientArgs: { fetch } })
    const error = await streamer.statuses.filter({ track: 'nobody' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonAuthError)
    expect(error).toMatchObject({ status: 401, errorCode: 32 })
    expect(errors).toHaveLength(1)
    expect(errors[0]![0]).toBe(401)
    expect(urls).toHaveLength(1)

    const loop = async () => {
      for await (const _ of stream({ ...emu.credentials, oauthTokenSecret: 'not-the-secret', hosts: emu.hosts, clientArgs: { fetch } }, 'statuses/sample')) void _
    }
    await expect(loop()).rejects.toBeInstanceOf(TwythonAuthError)
    expect(urls).toHaveLength(2)
  })
})
