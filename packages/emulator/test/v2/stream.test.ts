/**
 * The v2 filtered stream and its rules, over real sockets: rules stored per app (adds with tags, dry runs,
 * X's DuplicateRule and UnprocessableEntity answers, deletes by ids and values), posts made with v1.1 and v2
 * arriving with their `matching_rules`, fields and expansions as the REST routes honour them, backfill, X's
 * one-connection limit (429 TooManyConnections), keep-alives, operational disconnects and every fault. The
 * rule calls and every streamed message are validated against X's document.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { startEmulator, type Emulator } from '../../src/index.js'
import { call } from '../emulator-helpers.js'
import { openStream, type OpenStream } from './stream-client.js'
import { expectInvalid, uploadPng, v2, validateSpoken, validated } from './v2-helpers.js'

const RULES = '/2/tweets/search/stream/rules'
const STREAM = '/2/tweets/search/stream'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ v2Streams: { keepAliveMs: 25 } })
})
beforeEach(async () => {
  await closeAll()
  emu.reset()
})
afterAll(async () => {
  console.log(`stream.test.ts: answers validated: ${validated['2.159']} against 2.159, ${validated['2.167']} against 2.167, ${validated.generic} generic problems against 2.159`)
  await emu.close()
})

const open: OpenStream[] = []
async function connect(path: string, query: Record<string, string> = {}): Promise<OpenStream> {
  const s = await openStream(emu, path, query)
  open.push(s)
  return s
}
/** Closes the test's streams and waits until the emulator saw every one go. */
async function closeAll(): Promise<void> {
  for (const s of open.splice(0)) {
    s.close()
    await s.ended
  }
  while (emu.v2Streams.connections() > 0) await new Promise((r) => setImmediate(r))
}

const rules = (body: unknown, query: Record<string, string> = {}) => v2(emu, 'POST', RULES, { auth: 'bearer', body, query, speaks: '2.159' })
const validMessage = (message: unknown) => validateSpoken('2.159', 'GET', STREAM, 200, 'application/json', message)

test('rules: a dry run stores nothing; adds keep tags; the list filters by ids; deletes by ids and values count what they removed', async () => {
  const dry = await rules({ add: [{ value: '#interop', tag: 'interop' }] }, { dry_run: 'true' })
  expect(dry.status).toBe(201)
  expect(dry.body.meta.summary).toEqual({ created: 1, not_created: 0, valid: 1, invalid: 0 })
  expect((await v2(emu, 'GET', RULES, { auth: 'bearer' })).body).toEqual({ meta: { sent: expect.any(String), result_count: 0 } })

  const added = await rules({ add: [{ value: '#interop', tag: 'interop' }, { value: 'from:jack' }, { value: 'cats has:media', tag: 'cat pictures' }] })
  expect(added.status).toBe(201)
  expect(added.body.data.map((r: { value: string; tag?: string }) => [r.value, r.tag])).toEqual([['#interop', 'interop'], ['from:jack', undefined], ['cats has:media', 'cat pictures']])
  expect(added.body.meta.summary).toEqual({ created: 3, not_created: 0, valid: 3, invalid: 0 })
  const [interop, jack, cats] = added.body.data as { id: string }[]

  const listed = await v2(emu, 'GET', RULES, { auth: 'bearer' })
  expect(listed.body.data).toEqual(added.body.data)
  expect(listed.body.meta.result_count).toBe(3)
  const some = await v2(emu, 'GET', RULES, { auth: 'bearer', query: { ids: `${jack!.id},${cats!.id}` } })
  expect(some.body.data.map((r: { id: string }) => r.id)).toEqual([jack!.id, cats!.id])
  const paged = await v2(emu, 'GET', RULES, { auth: 'bearer', query: { max_results: '2' } })
  expect(paged.body.data).toHaveLength(2)
  const rest = await v2(emu, 'GET', RULES, { auth: 'bearer', query: { max_results: '2', pagination_token: paged.body.meta.next_token } })
  expect(rest.body.data.map((r: { id: string }) => r.id)).toEqual([cats!.id])

  const dryDelete = await rules({ delete: { ids: [interop!.id] } }, { dry_run: 'true' })
  expect(dryDelete.body.meta.summary).toEqual({ deleted: 1, not_deleted: 0 })
  expect((await v2(emu, 'GET', RULES, { auth: 'bearer' })).body.meta.result_count).toBe(3)
  const byId = await rules({ delete: { ids: [interop!.id, '1234567890'] } })
  expect(byId.status).toBe(200)
  expect(byId.body.meta.summary).toEqual({ deleted: 1, not_deleted: 1 })
  const byValue = await rules({ delete: { values: ['from:jack', 'never added'] } })
  expect(byValue.body.meta.summary).toEqual({ deleted: 1, not_deleted: 1 })
  expect((await v2(emu, 'GET', RULES, { auth: 'bearer' })).body.data.map((r: { id: string }) => r.id)).toEqual([cats!.id])
  // 2.159 and 2.167 disagree on the type of the caps (integers, strings): the emulator answers 2.159's numbers.
  const counts = await v2(emu, 'GET', `${RULES}/counts`, { auth: 'bearer', speaks: '2.159' })
  expect(counts.body.data).toMatchObject({ cap_per_client_app: 1000, project_rules_count: 1, client_app_rules_count: { client_app_id: expect.stringMatching(/^\d+$/), rule_count: 1 } })
  const all = await rules({}, { delete_all: 'true' })
  expect(all.body.meta.summary).toEqual({ deleted: 1, not_deleted: 0 })
})

test('rules: a duplicate names the rule the app has and the rest is added; one rule that does not parse adds nothing', async () => {
  const first = await rules({ add: [{ value: 'from:jack', tag: 'jack' }] })
  const existing = first.body.data[0].id as string
  const mixed = await rules({ add: [{ value: 'from:jack', tag: 'another tag' }, { value: '#new' }, { value: '#new' }] })
  expect(mixed.status).toBe(201)
  expect(mixed.body.data.map((r: { value: string }) => r.value)).toEqual(['#new'])
  expect(mixed.body.meta.summary).toEqual({ created: 1, not_created: 2, valid: 3, invalid: 0 })
  expect(mixed.body.errors).toEqual([
    { value: 'from:jack', id: existing, title: 'DuplicateRule', type: expect.stringMatching(/\/2\/problems\/duplicate-rules$/) },
    { value: '#new', id: mixed.body.data[0].id, title: 'DuplicateRule', type: expect.stringMatching(/\/2\/problems\/duplicate-rules$/) },
  ])
  const onlyDuplicates = await rules({ add: [{ value: 'from:jack' }] })
  expect(onlyDuplicates.status).toBe(200)
  expect(onlyDuplicates.body.data).toBeUndefined()

  const bad = await rules({ add: [{ value: '#fine' }, { value: '(unbalanced' }] })
  expect(bad.status).toBe(200)
  expect(bad.body.meta.summary).toEqual({ created: 0, not_created: 2, valid: 1, invalid: 1 })
  expect(bad.body.errors).toEqual([{ value: '(unbalanced', details: [expect.any(String)], title: 'UnprocessableEntity', type: expect.stringMatching(/\/2\/problems\/invalid-rules$/) }])
  expect((await v2(emu, 'GET', RULES, { auth: 'bearer' })).body.data.map((r: { value: string }) => r.value)).toEqual(['from:jack', '#new'])

  const plain = (body: unknown, query: Record<string, string> = {}) => v2(emu, 'POST', RULES, { auth: 'bearer', body, query })
  expectInvalid(await plain({ add: [{ value: '#a' }], delete: { ids: ['1'] } }), 'body')
  expectInvalid(await plain({ add: [] }), 'add')
  expectInvalid(await plain({}, { dry_run: 'maybe' }), 'dry_run')
  // Rules belong to the app: a user-context token is refused, as on X.
  expect((await v2(emu, 'GET', RULES)).status).toBe(403)
})

test("rules: an add that would pass the app's 1,000-rule cap is X's RulesCapExceeded, dry run or not, and adds nothing", async () => {
  const values = Array.from({ length: 999 }, (_, i) => `cap${i}`)
  const many = await rules({ add: values.map((value) => ({ value })) })
  expect(many.status).toBe(201)
  expect(many.body.meta.summary).toEqual({ created: 999, not_created: 0, valid: 999, invalid: 0 })
  const count = async () => (await v2(emu, 'GET', `${RULES}/counts`, { auth: 'bearer', speaks: '2.159' })).body.data.client_app_rules_count.rule_count

  // Two new rules (and one the app has, which would add nothing) on top of 999: one too many.
  for (const query of [{ dry_run: 'true' }, {}] as Record<string, string>[]) {
    const over = await rules({ add: [{ value: 'capA' }, { value: 'capB' }, { value: 'cap0' }] }, query)
    expect(over.status).toBe(400)
    expect(over.headers.get('content-type')).toContain('application/problem+json')
    const problem = { title: 'RulesCapExceeded', detail: expect.stringContaining('at most 1000 rules'), type: expect.stringMatching(/\/2\/problems\/rule-cap$/) }
    expect(over.body).toEqual({ ...problem, meta: { sent: expect.any(String), summary: { created: 0, not_created: 3, valid: 3, invalid: 0 } }, errors: [problem] })
    expect(over.body.data).toBeUndefined()
    expect(await count()).toBe(999)
  }

  // Up to the cap is fine; at the cap a duplicate is still only a duplicate; one more is refused.
  expect((await rules({ add: [{ value: 'capA' }] })).status).toBe(201)
  expect(await count()).toBe(1000)
  const duplicate = await rules({ add: [{ value: 'cap0' }] })
  expect(duplicate.status).toBe(200)
  expect(duplicate.body.errors[0]).toMatchObject({ title: 'DuplicateRule' })
  const dry = await rules({ add: [{ value: 'capB' }] }, { dry_run: 'true' })
  expect([dry.status, dry.body.title]).toEqual([400, 'RulesCapExceeded'])
  expect((await rules({ add: [{ value: 'capB' }] })).body.title).toBe('RulesCapExceeded')
  expect(await count()).toBe(1000)

  // Deleting one makes room for one.
  await rules({ delete: { values: ['cap1'] } })
  const room = await rules({ add: [{ value: 'capB' }] })
  expect(room.status).toBe(201)
  expect(room.body.data).toMatchObject([{ value: 'capB' }])
  expect(await count()).toBe(1000)
})

test('a post made with v1.1 and one made with v2 arrive with the rules they matched, fields and expansions honoured', async () => {
  const added = await rules({ add: [{ value: '#interop', tag: 'interop' }, { value: 'from:emu_dev has:media', tag: 'my media' }, { value: 'nothing matches this' }] })
  const [interop, mine] = added.body.data as { id: string }[]
  const s = await connect(STREAM, { 'tweet.fields': 'created_at,author_id', expansions: 'author_id,attachments.media_keys', 'user.fields': 'created_at', 'media.fields': 'width,height' })
  expect(s.status).toBe(200)
  expect(s.headers['content-type']).toBe('application/json; charset=utf-8')

  await v2(emu, 'POST', '/2/tweets', { body: { text: 'no rule matches me' } })
  const v1 = await call(emu, 'POST', '/1.1/statuses/update.json', { params: { status: 'posted with v1.1 #interop' } })
  expect(v1.status).toBe(200)
  const mediaId = await uploadPng(emu)
  const posted = await v2(emu, 'POST', '/2/tweets', { body: { text: 'posted with v2 #interop', media: { media_ids: [mediaId] } } })
  const [a, b] = (await s.messagesUntil(2)) as { data: Record<string, unknown>; includes: Record<string, unknown[]>; matching_rules: unknown[] }[]

  for (const m of [a, b]) validMessage(m)
  expect(a!.data).toEqual({ id: v1.json().id_str, text: 'posted with v1.1 #interop', edit_history_tweet_ids: [v1.json().id_str], created_at: expect.any(String), author_id: emu.state.userByName('emu_dev')!.id.toString() })
  expect(a!.matching_rules).toEqual([{ id: interop!.id, tag: 'interop' }])
  expect(a!.includes).toEqual({ users: [{ id: expect.any(String), name: expect.any(String), username: 'emu_dev', created_at: expect.any(String) }] })
  expect(b!.data.id).toBe(posted.body.data.id)
  expect(b!.data.attachments).toEqual({ media_keys: [`3_${mediaId}`] })
  expect(b!.data.text).toMatch(/^posted with v2 #interop https:\/\/t\.co\//)
  expect(b!.matching_rules).toEqual([{ id: interop!.id, tag: 'interop' }, { id: mine!.id, tag: 'my media' }])
  expect(b!.includes.media).toEqual([{ media_key: `3_${mediaId}`, type: 'photo', width: 1, height: 1 }])
  expect(s.messages).toHaveLength(2)

  // A rule deleted while connected stops matching at once; one added starts.
  await rules({ delete: { ids: [interop!.id] } })
  await rules({ add: [{ value: 'late rule', tag: 'late' }] })
  await v2(emu, 'POST', '/2/tweets', { body: { text: 'only #interop here' } })
  await v2(emu, 'POST', '/2/tweets', { body: { text: 'a late rule post' } })
  const [late] = (await s.messagesUntil(3)).slice(2) as { data: { text: string }; matching_rules: { tag: string }[] }[]
  expect(late!.data.text).toBe('a late rule post')
  expect(late!.matching_rules.map((r) => r.tag)).toEqual(['late'])
})

test('2.167 names in, 2.167 names out; a bad field is refused before the stream opens', async () => {
  await rules({ add: [{ value: 'current names' }] })
  const s = await connect(STREAM, { 'post.fields': 'edit_history_post_ids,public_metrics' })
  await v2(emu, 'POST', '/2/tweets', { body: { text: 'current names in use' } })
  const [m] = (await s.messagesUntil(1)) as { data: Record<string, unknown> }[]
  validateSpoken('2.167', 'GET', STREAM, 200, 'application/json', m)
  expect(Object.keys(m!.data)).toEqual(['id', 'text', 'edit_history_post_ids', 'public_metrics'])
  expectInvalid(await v2(emu, 'GET', STREAM, { auth: 'bearer', query: { 'tweet.fields': 'no_such_field' } }), 'tweet.fields')
  expectInvalid(await v2(emu, 'GET', STREAM, { auth: 'bearer', query: { backfill_minutes: '9' } }), 'backfill_minutes')
  expect((await v2(emu, 'GET', STREAM)).status).toBe(403)
})

test('backfill_minutes sends the recent matching posts first, then live ones', async () => {
  await rules({ add: [{ value: '#backfill' }] })
  await v2(emu, 'POST', '/2/tweets', { body: { text: 'before connecting #backfill' } })
  await v2(emu, 'POST', '/2/tweets', { body: { text: 'before connecting, unmatched' } })
  const s = await connect(STREAM, { backfill_minutes: '2' })
  await v2(emu, 'POST', '/2/tweets', { body: { text: 'after connecting #backfill' } })
  const texts = ((await s.messagesUntil(2)) as { data: { text: string } }[]).map((m) => m.data.text)
  expect(texts).toEqual(['before connecting #backfill', 'after connecting #backfill'])
  const plain = await connect('/2/tweets/sample/stream')
  await v2(emu, 'POST', '/2/tweets', { body: { text: 'sample only sees live posts' } })
  expect(((await plain.messagesUntil(1)) as { data: { text: string } }[])[0]!.data.text).toBe('sample only sees live posts')
})

test('one connection per app: a second one gets X’s 429 TooManyConnections, and is let in once the first is gone', async () => {
  const first = await connect(STREAM)
  expect(first.status).toBe(200)
  const second = await connect(STREAM)
  expect(second.status).toBe(429)
  expect(second.headers['content-type']).toContain('application/problem+json')
  expect(second.refusal).toEqual({ title: 'ConnectionException', detail: 'This stream is currently at the maximum allowed connection limit.', connection_issue: 'TooManyConnections', type: expect.stringMatching(/\/2\/problems\/streaming-connection$/) })
  validateSpoken('2.159', 'GET', STREAM, 429, 'application/problem+json', second.refusal)
  // Another stream of the same app is its own bucket.
  expect((await connect('/2/tweets/sample/stream')).status).toBe(200)
  first.close()
  await first.ended
  while (emu.v2Streams.connections('streamPosts') > 0) await new Promise((r) => setImmediate(r))
  expect((await connect(STREAM)).status).toBe(200)
})

test('keep-alives: an idle stream gets a \\r\\n at the configured interval and no message', async () => {
  const s = await connect(STREAM)
  await s.keepAlivesUntil(3)
  expect(s.messages).toEqual([])
})

test('operational disconnect: X’s error message, then the server ends the response', async () => {
  const s = await connect(STREAM)
  const sample = await connect('/2/tweets/sample/stream')
  expect(emu.v2Streams.disconnect('streamPosts')).toBe(1)
  expect(await s.ended).toBe('end')
  expect(s.messages).toEqual([{ errors: [{ title: 'operational-disconnect', disconnect_type: 'OperationalDisconnect', detail: 'This stream has been disconnected for operational reasons.', type: expect.stringMatching(/\/2\/problems\/operational-disconnect$/) }] }])
  validMessage(s.messages[0])
  // The other stream stays up.
  await v2(emu, 'POST', '/2/tweets', { body: { text: 'still streaming' } })
  await sample.messagesUntil(1)
  emu.v2Streams.inject({ kind: 'operational-disconnect' })
  expect(await sample.ended).toBe('end')
})

test('faults: drop after N messages, stall, and 429/503 on connect', async () => {
  await rules({ add: [{ value: 'fault' }] })
  const s = await connect(STREAM)
  emu.v2Streams.inject({ kind: 'drop-after', messages: 2 })
  for (const n of [1, 2, 3]) await v2(emu, 'POST', '/2/tweets', { body: { text: `fault number ${n}` } })
  expect(await s.ended).toBe('dropped')
  expect((s.messages as { data: { text: string } }[]).map((m) => m.data.text)).toEqual(['fault number 1', 'fault number 2'])
  while (emu.v2Streams.connections('streamPosts') > 0) await new Promise((r) => setImmediate(r))

  // A drop set while nothing is connected waits for the next connection.
  emu.v2Streams.inject({ kind: 'drop-after', messages: 1, operationId: 'streamPosts' })
  const next = await connect(STREAM)
  await v2(emu, 'POST', '/2/tweets', { body: { text: 'fault once more' } })
  expect(await next.ended).toBe('dropped')
  expect(next.messages).toHaveLength(1)
  while (emu.v2Streams.connections('streamPosts') > 0) await new Promise((r) => setImmediate(r))

  const stalled = await connect(STREAM)
  await stalled.keepAlivesUntil(1)
  emu.v2Streams.inject({ kind: 'stall', operationId: 'streamPosts' })
  const before = stalled.keepAlives
  const witness = await connect('/2/tweets/sample/stream')
  await v2(emu, 'POST', '/2/tweets', { body: { text: 'fault while stalled' } })
  await witness.messagesUntil(1)
  await witness.keepAlivesUntil(4)
  expect(stalled.keepAlives).toBe(before)
  expect(stalled.messages).toEqual([])
  stalled.close()
  await stalled.ended
  while (emu.v2Streams.connections('streamPosts') > 0) await new Promise((r) => setImmediate(r))

  emu.v2Streams.inject({ kind: 'status', status: 503, operationId: 'streamPosts' })
  emu.v2Streams.inject({ kind: 'status', status: 429, count: 2, operationId: 'streamPosts' })
  const unavailable = await connect(STREAM)
  expect([unavailable.status, unavailable.refusal]).toEqual([503, { title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 }])
  for (let i = 0; i < 2; i++) {
    const limited = await connect(STREAM)
    expect([limited.status, limited.refusal]).toEqual([429, { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }])
  }
  expect((await connect(STREAM)).status).toBe(200)
})

test('sticky drops cut every connection after N messages until the faults are cleared', async () => {
  emu.v2Streams.inject({ kind: 'drop-after', messages: 1, sticky: true, operationId: 'streamPostsSample' })
  for (let round = 0; round < 3; round++) {
    const s = await connect('/2/tweets/sample/stream')
    await v2(emu, 'POST', '/2/tweets', { body: { text: `round ${round}` } })
    expect(await s.ended).toBe('dropped')
    expect(s.messages).toHaveLength(1)
    while (emu.v2Streams.connections() > 0) await new Promise((r) => setImmediate(r))
  }
  emu.v2Streams.clearFaults()
  const s = await connect('/2/tweets/sample/stream')
  for (const n of [1, 2]) await v2(emu, 'POST', '/2/tweets', { body: { text: `kept ${n}` } })
  expect(await s.messagesUntil(2)).toHaveLength(2)
})

test('a torn message and byte-at-a-time writes: every complete message still parses, the torn one ends in a drop', async () => {
  await rules({ add: [{ value: 'bytes' }] })
  emu.v2Streams.inject({ kind: 'byte-at-a-time' })
  const s = await connect(STREAM, { expansions: 'author_id' })
  for (const n of [1, 2]) await v2(emu, 'POST', '/2/tweets', { body: { text: `bytes one at a time ${n}` } })
  const whole = (await s.messagesUntil(2)) as { data: { text: string }; includes: { users: unknown[] } }[]
  expect(whole.map((m) => m.data.text)).toEqual(['bytes one at a time 1', 'bytes one at a time 2'])
  emu.v2Streams.inject({ kind: 'byte-at-a-time', enabled: false })
  emu.v2Streams.inject({ kind: 'drop-mid-message', operationId: 'streamPosts' })
  await v2(emu, 'POST', '/2/tweets', { body: { text: 'bytes torn in half' } })
  expect(await s.ended).toBe('dropped')
  expect(s.messages).toHaveLength(2)
})

test('the admin routes drive the v2 stream faults over HTTP, for bots in other languages', async () => {
  const s = await connect(STREAM)
  const state = await (await fetch(`${emu.url}/_emulator/state`)).json()
  expect(state.open_v2_streams).toBe(1)
  const fault = await fetch(`${emu.url}/_emulator/v2/streams/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'status', status: 503, operationId: 'streamPostsSample' }) })
  expect(fault.status).toBe(201)
  expect((await connect('/2/tweets/sample/stream')).status).toBe(503)
  await fetch(`${emu.url}/_emulator/v2/streams/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'status', status: 503 }) })
  expect((await fetch(`${emu.url}/_emulator/v2/streams/faults`, { method: 'DELETE' })).status).toBe(200)
  expect((await connect('/2/tweets/sample/stream')).status).toBe(200)
  const disconnected = await fetch(`${emu.url}/_emulator/v2/streams/disconnect`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ operationId: 'streamPosts' }) })
  expect(await disconnected.json()).toEqual({ disconnected: 1 })
  expect(await s.ended).toBe('end')
})

test('a stream open across emu.reset() reads the rules of the fresh state', async () => {
  await rules({ add: [{ value: 'before reset' }] })
  const s = await connect(STREAM)
  emu.reset()
  await rules({ add: [{ value: 'after reset', tag: 'fresh' }] })
  await v2(emu, 'POST', '/2/tweets', { body: { text: 'before reset, after reset' } })
  const [m] = (await s.messagesUntil(1)) as { matching_rules: { tag?: string }[] }[]
  expect(m!.matching_rules.map((r) => r.tag)).toEqual(['fresh'])
})
