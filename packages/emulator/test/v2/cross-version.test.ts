/**
 * One state, two API versions: what v1.1 writes v2 reads, and the other way round (posts, likes, reposts,
 * follows, mutes, list members, direct messages, media uploaded with v1.1 and attached with v2).
 */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { startEmulator, type Emulator } from '../../src/index.js'
import { call } from '../emulator-helpers.js'
import { idOf, v2, validated } from './v2-helpers.js'

let emu: Emulator
let me: string
beforeAll(async () => {
  emu = await startEmulator()
  me = idOf(emu, 'emu_dev')
})
beforeEach(() => emu.reset())
afterAll(async () => {
  console.log(`cross-version.test.ts: answers validated: ${validated['2.159']} against 2.159, ${validated['2.167']} against 2.167, ${validated.generic} generic problems against 2.159`)
  await emu.close()
})

test('a post made with v1.1 statuses/update is returned by GET /2/tweets/{id}, entities and all', async () => {
  const v1 = await call(emu, 'POST', '/1.1/statuses/update.json', { params: { status: 'cross-version hello @maya_codes #interop https://example.com/x' } })
  expect(v1.status).toBe(200)
  const id = v1.json().id_str as string
  const got = await v2(emu, 'GET', `/2/tweets/${id}`, { query: { 'tweet.fields': 'author_id,entities,created_at', expansions: 'author_id' } })
  expect(got.body.data).toMatchObject({ id, text: v1.json().text, author_id: me })
  expect(got.body.data.entities.mentions[0]).toMatchObject({ username: 'maya_codes', id: idOf(emu, 'maya_codes') })
  expect(got.body.data.entities.hashtags[0].tag).toBe('interop')
  expect(got.body.data.entities.urls[0].expanded_url).toBe('https://example.com/x')
  expect(new Date(got.body.data.created_at).getTime()).toBe(new Date(v1.json().created_at).getTime())
  expect(got.body.includes.users[0].username).toBe('emu_dev')
})

test('a post made with v2 shows in the v1.1 user timeline; deleting it with v2 removes it there', async () => {
  const made = await v2(emu, 'POST', '/2/tweets', { body: { text: 'posted with v2' } })
  const id = made.body.data.id as string
  const timeline = await call(emu, 'GET', '/1.1/statuses/user_timeline.json', { params: { count: '1' } })
  expect(timeline.json()[0].id_str).toBe(id)
  await v2(emu, 'DELETE', `/2/tweets/${id}`)
  expect((await call(emu, 'GET', '/1.1/statuses/show.json', { params: { id } })).status).toBe(404)
})

test('a like made with v2 shows in v1.1 favorites/list; a v1.1 favorite shows in v2 liked_tweets', async () => {
  const target = [...emu.state.tweets.values()].find((t) => t.text.startsWith('Shipped a bot'))!.id.toString()
  await v2(emu, 'POST', `/2/users/${me}/likes`, { body: { tweet_id: target } })
  const favorites = await call(emu, 'GET', '/1.1/favorites/list.json')
  expect(favorites.json()[0].id_str).toBe(target)
  expect(favorites.json()[0].favorited).toBe(true)

  const other = [...emu.state.tweets.values()].find((t) => t.text.startsWith('just setting up'))!.id.toString()
  expect((await call(emu, 'POST', '/1.1/favorites/create.json', { params: { id: other } })).status).toBe(200)
  const liked = await v2(emu, 'GET', `/2/users/${me}/liked_tweets`, { query: { max_results: '5' } })
  expect(liked.body.data[0].id).toBe(other)
  const likers = await v2(emu, 'GET', `/2/tweets/${other}/liking_users`)
  expect(likers.body.data.map((u: { id: string }) => u.id)).toEqual([me])
})

test('reposts: v1.1 retweet is a v2 repost; v2 repost is a v1.1 retweet', async () => {
  const target = [...emu.state.tweets.values()].find((t) => t.text.startsWith('Release early'))!.id.toString()
  expect((await call(emu, 'POST', `/1.1/statuses/retweet/${target}.json`)).status).toBe(200)
  expect((await v2(emu, 'GET', `/2/tweets/${target}/retweeted_by`)).body.data.map((u: { id: string }) => u.id)).toEqual([me])
  const second = [...emu.state.tweets.values()].find((t) => t.text.startsWith('Readability counts'))!.id.toString()
  await v2(emu, 'POST', `/2/users/${me}/retweets`, { body: { tweet_id: second } })
  const retweets = await call(emu, 'GET', `/1.1/statuses/retweets/${second}.json`)
  expect(retweets.json().map((t: { user: { id_str: string } }) => t.user.id_str)).toEqual([me])
})

test('follows, mutes and list members cross over; a v2 DM is a v1.1 direct message', async () => {
  const linus = idOf(emu, 'linus_t')
  await v2(emu, 'POST', `/2/users/${me}/following`, { body: { target_user_id: linus } })
  expect((await call(emu, 'GET', '/1.1/friends/ids.json', { params: { stringify_ids: 'true' } })).json().ids).toContain(linus)
  expect((await call(emu, 'POST', '/1.1/mutes/users/create.json', { params: { user_id: idOf(emu, 'jack') } })).status).toBe(200)
  expect((await v2(emu, 'GET', `/2/users/${me}/muting`)).body.data.map((u: { username: string }) => u.username)).toContain('jack')

  const list = await call(emu, 'POST', '/1.1/lists/create.json', { params: { name: 'made in v1' } })
  const listId = list.json().id_str as string
  await v2(emu, 'POST', `/2/lists/${listId}/members`, { body: { user_id: linus } })
  const members = await call(emu, 'GET', '/1.1/lists/members.json', { params: { list_id: listId } })
  expect(members.json().users.map((u: { id_str: string }) => u.id_str)).toEqual([linus])

  const maya = idOf(emu, 'maya_codes')
  await v2(emu, 'POST', `/2/dm_conversations/with/${maya}/messages`, { body: { text: 'sent with v2' } })
  const sent = await call(emu, 'GET', '/1.1/direct_messages/sent.json')
  expect(sent.json()[0].text).toBe('sent with v2')
  const fromV1 = await call(emu, 'POST', '/1.1/direct_messages/new.json', { params: { user_id: maya, text: 'sent with v1.1' } })
  expect(fromV1.status).toBe(200)
  const events = await v2(emu, 'GET', `/2/dm_conversations/with/${maya}/dm_events`)
  expect(events.body.data[0].text).toBe('sent with v1.1')
})

test('media uploaded with v1.1 media/upload is attached by id to a v2 post', async () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1a1d40000000049454e44ae426082', 'hex')
  const upload = await call(emu, 'POST', '/1.1/media/upload.json', { params: { media_data: png.toString('base64') } })
  expect(upload.status).toBe(200)
  const mediaId = upload.json().media_id_string as string
  const made = await v2(emu, 'POST', '/2/tweets', { body: { text: 'with uploaded media', media: { media_ids: [mediaId] } } })
  const got = await v2(emu, 'GET', `/2/tweets/${made.body.data.id}`, { query: { expansions: 'attachments.media_keys' } })
  expect(got.body.includes.media).toEqual([{ media_key: `3_${mediaId}`, type: 'photo' }])
})
