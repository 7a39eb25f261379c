/**
 * A bot on the emulator's X API v2 filtered stream: its rules made equal a desired list with `syncRules`,
 * the stream reading matching posts with `matching_rules`, an operational disconnect yielded as a message
 * and reconnected through, and the next post arriving on the new connection.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '@twython/emulator'
import { isOperationalDisconnect, Twython, TwythonRulesSyncError, type ReconnectInfo } from '../../src/index.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ port: 0, v2Streams: { keepAliveMs: 50 } })
})
afterAll(() => emu.close())

it('syncRules, then the filtered stream through an operational disconnect', async () => {
  const token = await new Twython({ ...emu.app, oauthVersion: 2, hosts: emu.hosts }).obtainAccessToken()
  const app = new Twython({ accessToken: token, hosts: emu.hosts })
  const user = new Twython({ ...emu.credentials, hosts: emu.hosts })

  const first = await app.v2.syncRules([{ value: '#bots', tag: 'bots' }])
  expect(first.added.map((r) => r.tag)).toEqual(['bots'])
  const again = await app.v2.syncRules([{ value: '#bots', tag: 'bots' }])
  expect([again.added.length, again.deleted.length, again.unchanged.length]).toEqual([0, 0, 1])

  const controller = new AbortController()
  const reconnects: ReconnectInfo[] = []
  const seen: { kind: 'tweet' | 'disconnect'; text?: string; tags?: (string | undefined)[] }[] = []
  const iterator = app.v2.streamFilteredTweets({}, { signal: controller.signal, onReconnect: (i) => reconnects.push(i) })[Symbol.asyncIterator]()
  // The first next() opens the connection; post once the emulator has it (its keep-alives prove it).
  const next = iterator.next()
  await new Promise((r) => setTimeout(r, 200))
  await user.updateStatus({ status: 'hello from a bot #bots' })
  let result = await next
  for (;;) {
    const m = result.value!
    if (isOperationalDisconnect(m)) {
      seen.push({ kind: 'disconnect' })
      // After the reconnect: the next matching post comes on the new connection.
      setTimeout(() => void user.updateStatus({ status: 'after the reconnect #bots' }), 200)
    } else if (m.data) {
      seen.push({ kind: 'tweet', text: m.data.text, tags: m.matching_rules?.map((r: { tag?: string }) => r.tag) })
      if (seen.length === 1) emu.v2Streams.disconnect('streamPosts')
      else break
    }
    result = await iterator.next()
  }
  controller.abort(new Error('done'))
  await expect(iterator.next()).rejects.toThrow('done')
  expect(seen).toEqual([
    { kind: 'tweet', text: 'hello from a bot #bots', tags: ['bots'] },
    { kind: 'disconnect' },
    { kind: 'tweet', text: 'after the reconnect #bots', tags: ['bots'] },
  ])
  expect(reconnects.map((r) => [r.attempt, r.delayMs])).toEqual([[0, 0]])
}, 30_000)

it("syncRules past the app's rule cap rejects with TwythonRulesSyncError: the deletions done, nothing added", async () => {
  emu.reset()
  const token = await new Twython({ ...emu.app, oauthVersion: 2, hosts: emu.hosts }).obtainAccessToken()
  const app = new Twython({ accessToken: token, hosts: emu.hosts })
  const full = Array.from({ length: 1000 }, (_, i) => ({ value: `cap${i}` }))
  expect((await app.v2.syncRules(full)).added).toHaveLength(1000)

  // One rule out, two in: 1,001 rules, one past the cap.
  const error = await app.v2.syncRules([...full.slice(0, 999), { value: 'new one' }, { value: 'new two' }]).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(TwythonRulesSyncError)
  const refused = error as TwythonRulesSyncError
  expect(refused.message).toMatch(/rule cap/)
  expect(refused.errors[0]).toMatchObject({ title: 'RulesCapExceeded' })
  expect(refused.result.deleted.map((r) => r.value)).toEqual(['cap999'])
  expect(refused.result.added).toEqual([])
  const counts = (await app.v2.getRuleCounts()) as { data: { client_app_rules_count: { rule_count: number } } }
  expect(counts.data.client_app_rules_count.rule_count).toBe(999)
})
