/**
 * Issue 15's bot, end to end against the emulator: it makes the app's filtered-stream rules equal a desired
 * list, then keeps the stream running through a drop in the middle of a message, a stall, X's operational
 * disconnect and two refused connects (429, then 503), while a user posts matching tweets. Every posted
 * tweet arrives once, with the rule that matched it; nothing else arrives. Backfill (`backfillMinutes`)
 * brings back what a broken connection missed, and its duplicates are dropped by id.
 */
import { startEmulator, type Emulator } from '@twython/emulator'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Twython, type ReconnectInfo } from '../../src/index.js'

let emu: Emulator
let app: Twython
let user: Twython
beforeAll(async () => {
  emu = await startEmulator({ v2Streams: { keepAliveMs: 20 } })
  emu.setRateLimit('streamPosts', 100_000)
  const token = await new Twython({ ...emu.app, oauthVersion: 2, hosts: emu.hosts }).obtainAccessToken()
  app = new Twython({ ...emu.app, accessToken: token, hosts: emu.hosts })
  user = new Twython({ ...emu.credentials, hosts: emu.hosts })
})
afterAll(async () => {
  await emu.close()
})

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 5))
  }
}

it('keeps a filtered stream with a desired rule set through drops, a stall, an operational disconnect and refused connects, losing nothing', async () => {
  // Rules: from nothing to two, then to the one the bot wants (the other deleted, the kept one unchanged).
  const first = await app.v2.syncRules([{ value: 'botcheck', tag: 'mine' }, { value: 'unrelated', tag: 'other' }])
  expect(first.added.map((r) => r.value).sort()).toEqual(['botcheck', 'unrelated'])
  const second = await app.v2.syncRules([{ value: 'botcheck', tag: 'mine' }])
  expect(second.deleted.map((r) => r.value)).toEqual(['unrelated'])
  expect(second.unchanged.map((r) => r.value)).toEqual(['botcheck'])
  expect(second.added).toEqual([])

  const controller = new AbortController()
  const reconnects: ReconnectInfo[] = []
  const received: { id: string; tag: string | undefined }[] = []
  const problems: string[] = []
  const posted: string[] = []
  const fast = (kind: string, attempt: number) => (kind === 'network' ? 5 : 10 * attempt)
  const loop = (async () => {
    for await (const message of app.v2.streamFilteredTweets({}, { signal: controller.signal, stallTimeout: 300, backoff: fast, backfillMinutes: 1, onReconnect: (info) => reconnects.push(info) })) {
      if (message.data?.id) received.push({ id: message.data.id, tag: message.matching_rules?.[0]?.tag })
      for (const e of message.errors ?? []) problems.push(String(e.title))
    }
  })().catch((error: unknown) => {
    if (!controller.signal.aborted) throw error
  })

  const connected = () => emu.v2Streams.connections('streamPosts') === 1
  const post = async (text: string) => {
    const { data } = await user.v2.createTweet({ text })
    posted.push(data!.id)
  }
  const arrivedAll = () => posted.every((id) => received.some((r) => r.id === id))

  await until(connected, 'the first connection')
  for (let i = 0; i < 5; i++) await post(`botcheck calm ${i}`)
  await post('nothing to see here')
  posted.pop() // the non-matching tweet must never arrive
  await until(arrivedAll, 'the first five tweets')

  // A drop in the middle of a message: that tweet comes back by backfill on the next connection.
  emu.v2Streams.inject({ kind: 'drop-mid-message' })
  await post('botcheck torn')
  await until(() => reconnects.length >= 1 && connected(), 'the reconnect after the drop')
  await until(arrivedAll, 'the torn tweet, by backfill')

  // A stall: not even keep-alives; the watchdog drops the connection and the stream reopens.
  emu.v2Streams.inject({ kind: 'stall' })
  await post('botcheck during the stall')
  await until(() => reconnects.some((r) => r.reason === 'stall') && connected(), 'the reconnect after the stall')
  await until(arrivedAll, 'the tweet posted during the stall')

  // X's operational disconnect: surfaced as a message, then an immediate reconnect.
  emu.v2Streams.inject({ kind: 'status', status: 429, count: 1 })
  emu.v2Streams.inject({ kind: 'status', status: 503, count: 1 })
  emu.v2Streams.disconnect('streamPosts')
  await post('botcheck across the refusals')
  await until(() => reconnects.some((r) => r.status === 429) && reconnects.some((r) => r.status === 503) && connected(), 'the reconnects after 429 and 503')
  for (let i = 0; i < 5; i++) await post(`botcheck after ${i}`)
  await until(arrivedAll, 'every tweet')

  controller.abort()
  await loop
  expect(problems).toContain('operational-disconnect')
  const ids = received.map((r) => r.id)
  expect(new Set(ids).size).toBe(ids.length)
  expect([...ids].sort()).toEqual([...posted].sort())
  expect(received.every((r) => r.tag === 'mine')).toBe(true)
  const rateLimited = reconnects.find((r) => r.status === 429)!
  expect(String((rateLimited as { error?: Error }).error?.message)).toMatch(/connection/i)
  await until(() => emu.v2Streams.connections('streamPosts') === 0, 'the stream to close')
})
