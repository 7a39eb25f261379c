/**
 * The other v2 streams, from the same state as the REST routes: the 1% and 10% samples, the firehose and
 * its partitions and language variants, the likes firehose and sample (likes made with v1.1 or v2), and
 * the compliance, label and activity streams (deletions and unlikes from the state, other events sent by a
 * test). Every operation the spec marks as a stream answers, and refuses what X refuses.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { V2_SPEC_ROUTES } from '../../src/generated/v2-routes.js'
import { startEmulator, type Emulator } from '../../src/index.js'
import { call } from '../emulator-helpers.js'
import { openStream, type OpenStream } from './stream-client.js'
import { expectInvalid, idOf, v2, validateSpoken, validated } from './v2-helpers.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ v2Streams: { keepAliveMs: 25 } })
})
beforeEach(async () => {
  await closeAll()
  emu.reset()
})
afterAll(async () => {
  console.log(`streams-other.test.ts: answers validated: ${validated['2.159']} against 2.159, ${validated['2.167']} against 2.167, ${validated.generic} generic problems against 2.159`)
  await closeAll()
  await emu.close()
})

const open: OpenStream[] = []
async function connect(path: string, query: Record<string, string> = {}): Promise<OpenStream> {
  const s = await openStream(emu, path, query)
  open.push(s)
  return s
}
async function closeAll(): Promise<void> {
  for (const s of open.splice(0)) {
    s.close()
    await s.ended
  }
  while (emu.v2Streams.connections() > 0) await new Promise((r) => setImmediate(r))
}
const post = async (text: string) => (await v2(emu, 'POST', '/2/tweets', { body: { text } })).body.data.id as string

test('every operation the spec marks as a stream opens (with its required partition) and sends keep-alives', async () => {
  const streams = V2_SPEC_ROUTES.filter((r) => r.stream)
  expect(streams.length).toBe(15)
  for (const route of streams) {
    const needsPartition = route.params.some((p) => p.name === 'partition' && p.required)
    if (needsPartition) expectInvalid(await v2(emu, 'GET', route.path, { auth: 'bearer' }), 'partition')
    const s = await connect(route.path, needsPartition ? { partition: '1' } : {})
    expect([route.operationId, s.status]).toEqual([route.operationId, 200])
    await s.keepAlivesUntil(1)
    // App-only, as the spec says: a user token is refused.
    expect((await v2(emu, 'GET', route.path, { query: needsPartition ? { partition: '1' } : {} })).status).toBe(403)
  }
  expect(emu.v2Streams.connections()).toBe(15)
})

test('the samples carry posts from either API version with fields and expansions', async () => {
  const sample = await connect('/2/tweets/sample/stream', { expansions: 'author_id', 'tweet.fields': 'lang' })
  const v1 = await call(emu, 'POST', '/1.1/statuses/update.json', { params: { status: 'a v1.1 post for the sample' } })
  const viaV2 = await post('a v2 post for the sample')
  const messages = (await sample.messagesUntil(2)) as { data: { id: string; lang: string }; includes: { users: { username: string }[] } }[]
  expect(messages.map((m) => m.data.id)).toEqual([v1.json().id_str, viaV2])
  expect(messages[0]!.data.lang).toBe('en')
  expect(messages[0]!.includes.users[0]!.username).toBe('emu_dev')
  for (const m of messages) validateSpoken('2.159', 'GET', '/2/tweets/sample/stream', 200, 'application/json', m)
  expect((messages[0] as unknown as Record<string, unknown>).matching_rules).toBeUndefined()
})

test('the firehose splits posts between its partitions, and the language firehoses carry their language only', async () => {
  const parts = await Promise.all([1, 2].map((p) => connect('/2/tweets/firehose/stream/lang/pt', { partition: String(p) })))
  const en = await Promise.all(Array.from({ length: 8 }, (_, i) => connect('/2/tweets/firehose/stream/lang/en', { partition: String(i + 1) })))
  const ids: string[] = []
  for (let i = 0; i < 6; i++) ids.push(await post(`firehose post ${i}`))
  const [last] = ids.slice(-1)
  // Each post reaches exactly one partition of the English firehose.
  await new Promise<void>((resolve) => {
    const check = () => (en.reduce((n, s) => n + s.messages.length, 0) >= ids.length ? resolve() : setImmediate(check))
    check()
  })
  const seen = en.flatMap((s) => (s.messages as { data: { id: string } }[]).map((m) => m.data.id))
  expect(seen.sort()).toEqual([...ids].sort())
  expect(en.filter((s) => s.messages.length > 0).length).toBeGreaterThan(1)
  expect(parts.every((s) => s.messages.length === 0)).toBe(true)
  expect(last).toBeDefined()
  expectInvalid(await v2(emu, 'GET', '/2/tweets/firehose/stream/lang/en', { auth: 'bearer', query: { partition: '9' } }), 'partition')
})

test('likes made with v1.1 or v2 stream as LikeWithPostAuthor, with the liked post and its author on request; an unlike is a likes-compliance event', async () => {
  const likes = await connect('/2/likes/firehose/stream', { partition: '1', expansions: 'liked_tweet_id,liked_tweet_author_id', 'like_with_tweet_author.fields': 'created_at,timestamp_ms' })
  const partitions = await Promise.all(Array.from({ length: 19 }, (_, i) => connect('/2/likes/firehose/stream', { partition: String(i + 2) })))
  const compliance = await connect('/2/likes/compliance/stream')
  const author = idOf(emu, 'twitterapi')
  const target = await v2(emu, 'GET', `/2/users/${author}/tweets`, { auth: 'bearer', query: { max_results: '5', exclude: 'retweets,replies' } })
  const [first, second] = target.body.data as { id: string }[]
  const me = idOf(emu, 'emu_dev')
  await v2(emu, 'POST', `/2/users/${me}/likes`, { body: { tweet_id: first!.id } })
  await call(emu, 'POST', '/1.1/favorites/create.json', { params: { id: second!.id } })
  const all = [likes, ...partitions]
  await new Promise<void>((resolve) => {
    const check = () => (all.reduce((n, s) => n + s.messages.length, 0) >= 2 ? resolve() : setImmediate(check))
    check()
  })
  const events = all.flatMap((s) => s.messages) as { data: Record<string, unknown>; includes?: Record<string, { id: string; username?: string }[]> }[]
  expect(events.map((e) => e.data.liked_tweet_id).sort()).toEqual([first!.id, second!.id].sort())
  for (const e of events) {
    expect(e.data).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{32}$/), tweet_author_id: author })
    validateSpoken('2.159', 'GET', '/2/likes/firehose/stream', 200, 'application/json', e)
  }
  for (const e of likes.messages as typeof events) {
    expect(e.data).toMatchObject({ created_at: expect.any(String), timestamp_ms: expect.any(Number) })
    expect(e.includes!.tweets![0]!.id).toBe(e.data.liked_tweet_id)
    expect(e.includes!.users![0]!.username).toBe('twitterapi')
  }

  await call(emu, 'POST', '/1.1/favorites/destroy.json', { params: { id: second!.id } })
  const [unlike] = (await compliance.messagesUntil(1)) as { data: unknown }[]
  expect(unlike!.data).toEqual({ delete: { favorite: { id: second!.id, user_id: me }, event_at: expect.any(String) } })
  validateSpoken('2.159', 'GET', '/2/likes/compliance/stream', 200, 'application/json', unlike)
  expectInvalid(await v2(emu, 'GET', '/2/likes/firehose/stream', { auth: 'bearer', query: { partition: '1', expansions: 'author_id' } }), 'expansions')
})

test('deletions reach the post compliance stream; user, label and activity events are the ones a test sends', async () => {
  const posts = await Promise.all([1, 2, 3, 4].map((p) => connect('/2/tweets/compliance/stream', { partition: String(p) })))
  const users = await connect('/2/users/compliance/stream', { partition: '2' })
  const otherUsers = await connect('/2/users/compliance/stream', { partition: '1' })
  const labels = await connect('/2/tweets/label/stream')
  const activity = await connect('/2/activity/stream')
  const viaV2 = await post('to be deleted with v2')
  const viaV1 = (await call(emu, 'POST', '/1.1/statuses/update.json', { params: { status: 'to be deleted with v1.1' } })).json().id_str as string
  await v2(emu, 'DELETE', `/2/tweets/${viaV2}`)
  await call(emu, 'POST', `/1.1/statuses/destroy/${viaV1}.json`)
  await new Promise<void>((resolve) => {
    const check = () => (posts.reduce((n, s) => n + s.messages.length, 0) >= 2 ? resolve() : setImmediate(check))
    check()
  })
  const deletes = posts.flatMap((s) => s.messages) as { data: { delete: { tweet: { id: string; author_id: string } } } }[]
  expect(deletes.map((d) => d.data.delete.tweet.id).sort()).toEqual([viaV2, viaV1].sort())
  for (const d of deletes) validateSpoken('2.159', 'GET', '/2/tweets/compliance/stream', 200, 'application/json', d)

  const at = new Date().toISOString()
  emu.v2Streams.compliance('users', { user_suspend: { user: { id: idOf(emu, 'jack') }, event_at: at } }, 2)
  emu.v2Streams.compliance('labels', { public_tweet_notice: { tweet: { id: viaV2, author_id: idOf(emu, 'emu_dev') }, event_type: 'misleading', event_at: at, application: 'apply' } })
  emu.v2Streams.compliance('activity', { event_type: 'profile.update.bio', payload: { before: 'old', after: 'new' }, filter: { user_id: idOf(emu, 'jack') } })
  const [suspended] = (await users.messagesUntil(1)) as { data: unknown }[]
  expect(suspended!.data).toEqual({ user_suspend: { user: { id: idOf(emu, 'jack') }, event_at: at } })
  validateSpoken('2.159', 'GET', '/2/users/compliance/stream', 200, 'application/json', suspended)
  const [label] = (await labels.messagesUntil(1)) as { data: { public_tweet_notice: { event_type: string } } }[]
  expect(label!.data.public_tweet_notice.event_type).toBe('misleading')
  validateSpoken('2.159', 'GET', '/2/tweets/label/stream', 200, 'application/json', label)
  const [event] = (await activity.messagesUntil(1)) as { data: { event_type: string } }[]
  expect(event!.data.event_type).toBe('profile.update.bio')
  expect(otherUsers.messages).toEqual([])
  expect(labels.messages).toHaveLength(1)
})
