/**
 * The filtered stream: rules added, listed, validated and deleted, and a connection that receives a new post
 * matching a rule (with `matching_rules` and the requested expansions) while others do not reach it. The
 * rule calls and every streamed message are validated against X's document.
 */
import { request } from 'node:http'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startEmulator, type Emulator } from '../../src/index.js'
import { bearerOf, expectInvalid, v2, validateSpoken, validated } from './v2-helpers.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator()
})
afterAll(async () => {
  console.log(`stream.test.ts: answers validated: ${validated['2.159']} against 2.159, ${validated['2.167']} against 2.167, ${validated.generic} generic problems against 2.159`)
  await emu.close()
})

test('rules: add (dry run and real), list, refuse a bad one, delete', async () => {
  const dry = await v2(emu, 'POST', '/2/tweets/search/stream/rules', { auth: 'bearer', query: { dry_run: 'true' }, body: { add: [{ value: '#interop', tag: 'interop' }] } })
  expect(dry.body.meta.summary.created).toBe(1)
  expect((await v2(emu, 'GET', '/2/tweets/search/stream/rules', { auth: 'bearer' })).body.meta.result_count).toBe(0)
  const added = await v2(emu, 'POST', '/2/tweets/search/stream/rules', { auth: 'bearer', body: { add: [{ value: '#interop', tag: 'interop' }, { value: 'from:jack' }] } })
  expect(added.body.data.map((r: { value: string }) => r.value)).toEqual(['#interop', 'from:jack'])
  const listed = await v2(emu, 'GET', '/2/tweets/search/stream/rules', { auth: 'bearer' })
  expect(listed.body.data).toHaveLength(2)
  expectInvalid(await v2(emu, 'POST', '/2/tweets/search/stream/rules', { auth: 'bearer', body: { add: [{ value: '(unbalanced' }] } }), 'add.value')
  const gone = await v2(emu, 'POST', '/2/tweets/search/stream/rules', { auth: 'bearer', body: { delete: { ids: [added.body.data[1].id] } } })
  expect(gone.body.meta.summary).toEqual({ deleted: 1, not_deleted: 0 })
  expect((await v2(emu, 'GET', '/2/tweets/search/stream/rules')).status).toBe(403)
})

test('a connection receives new posts matching a rule, with matching_rules and expansions', async () => {
  const bearer = await bearerOf(emu)
  const url = `${emu.url}/2/tweets/search/stream?${new URLSearchParams({ 'tweet.fields': 'created_at', expansions: 'author_id' })}`
  const lines: string[] = []
  const req = request(url, { headers: { authorization: `Bearer ${bearer}` }, agent: false })
  const first = new Promise<string>((resolve, reject) => {
    req.on('response', (res) => {
      expect(res.statusCode).toBe(200)
      let buffer = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        let at: number
        while ((at = buffer.indexOf('\r\n')) >= 0) {
          const line = buffer.slice(0, at)
          buffer = buffer.slice(at + 2)
          if (line !== '') lines.push(line)
          if (lines.length > 0) resolve(lines[0]!)
        }
      })
      // The stream is open: one post that matches no rule, then one that does.
      void v2(emu, 'POST', '/2/tweets', { body: { text: 'nothing to see here' } }).then(() => v2(emu, 'POST', '/2/tweets', { body: { text: 'streamed to a rule #interop' } }))
    })
    req.on('error', reject)
  })
  req.end()
  const message = JSON.parse(await first)
  req.destroy()
  validateSpoken('2.159', 'GET', '/2/tweets/search/stream', 200, 'application/json', message)
  expect(message.data.text).toBe('streamed to a rule #interop')
  expect(message.data.edit_history_tweet_ids).toEqual([message.data.id])
  expect(message.includes.users[0].username).toBe('emu_dev')
  expect(message.matching_rules).toEqual([{ id: expect.any(String), tag: 'interop' }])
  expect(lines).toHaveLength(1)
})
