import { describe, expect, it } from 'vitest'
import { liveResources } from '../src/streaming/connection.js'
import { TwythonStreamer } from '../src/streaming/streamer.js'
import { startServer } from './server.js'
import { STREAM_TRANSPORTS } from './stream-transports.js'

const CYCLES = 1000
const PER_CONNECTION = 3

describe.each(STREAM_TRANSPORTS)('soak over $name', (transport) => {
  it(`${CYCLES} drop-mid-message reconnects: nothing duplicated, lost or left behind`, async () => {
    let connections = 0
    const server = await startServer((_req, res) => {
      const c = connections++
      res.writeHead(200, { 'content-type': 'application/json' })
      // Complete messages (with multi-byte text), then half of one more, then a torn connection.
      for (let s = 0; s < PER_CONNECTION; s++) res.write(`{"c":${c},"s":${s},"text":"ünï😀 ${'x'.repeat(s * 50)}"}\r\n`)
      const torn = Buffer.from(`{"c":${c},"s":${PER_CONNECTION},"text":"😀😀😀😀"}\r\n`)
      res.write(torn.subarray(0, 20), () => res.socket?.destroy())
    })
    const received = new Map<number, number[]>()
    const heap: number[] = []
    const streamer = new (class extends TwythonStreamer {
      override onSuccess(data: { c: number; s: number; text: string }) {
        if (!data.text.startsWith('ünï😀')) throw new Error(`corrupted: ${data.text}`)
        const list = received.get(data.c) ?? []
        list.push(data.s)
        received.set(data.c, list)
        if (data.s === 0 && data.c % 200 === 0) heap.push(process.memoryUsage().heapUsed)
        if (data.c >= CYCLES) this.disconnect()
        return true
      }
    })({
      appKey: 'k',
      appSecret: 's',
      oauthToken: 't',
      oauthTokenSecret: 'u',
      hosts: { stream: server.origin },
      ...(transport.clientArgs ? { clientArgs: transport.clientArgs } : {}),
      // Test-only: Twitter's 250 ms after each drop would make this take minutes.
      backoff: () => 0,
    })
    await streamer.statuses.sample()
    await server.close()

    expect(connections).toBeGreaterThan(CYCLES)
    // Every connection that completed delivered its complete messages exactly once, in order; the torn
    // one was never delivered.
    for (let c = 0; c < CYCLES; c++) expect(received.get(c), `connection ${c}`).toEqual([0, 1, 2])
    expect(liveResources).toEqual({ requests: 0, timers: 0 })
    // Stable memory: the heap may wobble with GC, but must not grow with the number of cycles.
    expect(heap.at(-1)! - heap[1]!).toBeLessThan(32 * 1024 * 1024)
  }, 60_000)
})
