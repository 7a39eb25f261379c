/**
 * Soak against the emulator: 1,000 connections of a filter stream, each signed and verified by the
 * emulator, each delivering one complete tweet and then dropped in the middle of the next one. Every
 * completed tweet must arrive exactly once, no torn one ever, memory must not grow with the cycles, and
 * disconnect() must leave no socket or timer behind.
 */
import { expect, it } from 'vitest'
import { startEmulator } from '@twython/emulator'
import { TwythonStreamer } from '../src/index.js'

const CYCLES = 1000

/** Waits, without a deadline of its own (vitest's test timeout bounds it), until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setImmediate(resolve))
}

it(`survives ${CYCLES} drop-mid-message reconnects against the emulator with nothing lost, duplicated or left behind`, async () => {
  const emu = await startEmulator({ streams: { keepAliveMs: 0 } })
  const counts = new Map<number, number>()
  const torn: string[] = []
  let reconnects = 0
  const heap: number[] = []
  class Soak extends TwythonStreamer {
    override onSuccess(data: { text?: string }): boolean {
      const m = /^soak (\d+) (complete|torn)/.exec(data.text ?? '')
      if (!m) return true
      if (m[2] === 'torn') torn.push(data.text!)
      else counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1)
      return true
    }
    override onReconnect(): void {
      reconnects++
    }
  }
  // Test-only backoff of 0: Twitter's 250 ms after each drop would make 1,000 cycles take minutes.
  const streamer = new Soak({ ...emu.credentials, hosts: emu.hosts, backoff: () => 0 })
  const running = streamer.statuses.filter({ track: 'soak' })
  const user = { id_str: emu.state.userByName('jack')!.id.toString(), screen_name: 'jack' }
  try {
    for (let c = 0; c < CYCLES; c++) {
      await until(() => emu.streams.openStreams === 1 && reconnects === c)
      emu.streams.publish({ id_str: `${c}`, text: `soak ${c} complete ${'ü😀'.repeat(c % 7)}`, user })
      await until(() => counts.get(c) === 1)
      emu.streams.inject({ kind: 'drop-mid-message' })
      emu.streams.publish({ id_str: `${c}t`, text: `soak ${c} torn 😀😀😀😀😀😀😀😀😀😀`, user })
      await until(() => reconnects > c)
      if (c % 250 === 0) heap.push(process.memoryUsage().heapUsed)
    }
  } finally {
    streamer.disconnect()
    await running
    await emu.close()
  }
  expect(torn).toEqual([])
  for (let c = 0; c < CYCLES; c++) expect(counts.get(c), `cycle ${c}`).toBe(1)
  expect(reconnects).toBeGreaterThanOrEqual(CYCLES)
  // The heap may wobble with GC but must not grow with the number of cycles.
  expect(heap.at(-1)! - heap[1]!).toBeLessThan(32 * 1024 * 1024)
}, 120_000)
