/**
 * v2 users, lists, direct messages, media, Spaces and usage on the emulator, with their errors. Every
 * answer is validated against the document whose names the request used.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { startEmulator, type Emulator } from '../../src/index.js'
import { expectInvalid, idOf, v2, validated } from './v2-helpers.js'

let emu: Emulator
let me: string
beforeAll(async () => {
  emu = await startEmulator()
  me = idOf(emu, 'emu_dev')
})
beforeEach(() => emu.reset())
afterAll(async () => {
  console.log(`users-lists-dms.test.ts: answers validated: ${validated['2.159']} against 2.159, ${validated['2.167']} against 2.167, ${validated.generic} generic problems against 2.159`)
  await emu.close()
})

describe('users', () => {
  test('me, by id, by username, by usernames, by ids with partial errors', async () => {
    const self = await v2(emu, 'GET', '/2/users/me', { query: { 'user.fields': 'created_at,public_metrics,description,verified,protected' } })
    expect(self.body.data).toMatchObject({ id: me, username: 'emu_dev', name: 'Emu Developer', protected: false })
    // Neutral names: each renamed metric under both names.
    expect(Object.keys(self.body.data.public_metrics).sort()).toEqual(['followers_count', 'following_count', 'like_count', 'listed_count', 'post_count', 'tweet_count'])
    const current = await v2(emu, 'GET', '/2/users/me', { query: { 'user.fields': 'public_metrics', 'post.fields': 'id' } })
    expect(Object.keys(current.body.data.public_metrics).sort()).toEqual(['followers_count', 'following_count', 'like_count', 'listed_count', 'post_count'])
    // 2.159 names: the same metrics under tweet_count.
    const old = await v2(emu, 'GET', '/2/users/me', { query: { 'user.fields': 'public_metrics', 'tweet.fields': 'created_at' } })
    expect(old.body.data.public_metrics).toHaveProperty('tweet_count', self.body.data.public_metrics.post_count)
    expect((await v2(emu, 'GET', `/2/users/${me}`)).body.data).toEqual({ id: me, name: 'Emu Developer', username: 'emu_dev' })
    expect((await v2(emu, 'GET', '/2/users/by/username/TwitterAPI', { auth: 'bearer' })).body.data.username).toBe('twitterapi')
    const names = await v2(emu, 'GET', '/2/users/by', { query: { usernames: 'jack,nobody_here_x' } })
    expect(names.body.data.map((u: { username: string }) => u.username)).toEqual(['jack'])
    expect(names.body.errors[0]).toMatchObject({ value: 'nobody_here_x', resource_type: 'user', parameter: 'usernames' })
    const ids = await v2(emu, 'GET', '/2/users', { query: { ids: `${me},1999999999999999999` } })
    expect(ids.body.data).toHaveLength(1)
    expect(ids.body.errors[0].detail).toBe('Could not find user with ids: [1999999999999999999].')
    expectInvalid(await v2(emu, 'GET', '/2/users/by/username/not-valid!'), 'username')
    // users/me needs a user: an app-only token is refused.
    const app = await v2(emu, 'GET', '/2/users/me', { auth: 'bearer' })
    expect(app.status).toBe(403)
  })

  test('most recent post expansion; search', async () => {
    const r = await v2(emu, 'GET', `/2/users/${idOf(emu, 'jack')}`, { query: { expansions: 'most_recent_tweet_id', 'tweet.fields': 'created_at' } })
    expect(r.body.data.most_recent_tweet_id).toBe(r.body.includes.tweets[0].id)
    expect(r.body.includes.tweets[0].text).toBe('just setting up my twttr')
    const found = await v2(emu, 'GET', '/2/users/search', { query: { query: 'kernel' } })
    expect(found.body.data.map((u: { username: string }) => u.username)).toEqual(['linus_t'])
  })

  test('followers and following page; follow (pending for protected), unfollow', async () => {
    const api = idOf(emu, 'twitterapi')
    const first = await v2(emu, 'GET', `/2/users/${api}/followers`, { query: { max_results: '100' } })
    expect(first.body.meta.result_count).toBe(100)
    let total = first.body.data.length
    let token = first.body.meta.next_token as string | undefined
    while (token) {
      const page = await v2(emu, 'GET', `/2/users/${api}/followers`, { query: { max_results: '100', pagination_token: token } })
      total += page.body.data.length
      token = page.body.meta.next_token
    }
    expect(total).toBe(emu.state.followers.get(api)!.size)
    expectInvalid(await v2(emu, 'GET', `/2/users/${api}/followers`, { query: { max_results: '1001' } }), 'max_results')

    const lena = idOf(emu, 'linus_t')
    expect((await v2(emu, 'POST', `/2/users/${me}/following`, { body: { target_user_id: lena } })).body).toEqual({ data: { following: true, pending_follow: false } })
    expect((await v2(emu, 'GET', `/2/users/${me}/following`)).body.data.map((u: { id: string }) => u.id)).toContain(lena)
    expect((await v2(emu, 'DELETE', `/2/users/${me}/following/${lena}`)).body).toEqual({ data: { following: false } })
    emu.state.users.get(lena)!.protected = true
    expect((await v2(emu, 'POST', `/2/users/${me}/following`, { body: { target_user_id: lena } })).body).toEqual({ data: { following: false, pending_follow: true } })
    // A protected account's posts are not visible to a non-follower.
    const hidden = await v2(emu, 'GET', `/2/users/${lena}/tweets`)
    expect(hidden.body.errors[0].type).toBe('https://api.x.com/2/problems/not-authorized-for-resource')
  })

  test('blocking and muting: the caller’s own lists only; mute/unmute', async () => {
    const blocked = await v2(emu, 'GET', `/2/users/${me}/blocking`)
    expect(blocked.body.data.map((u: { username: string }) => u.username)).toEqual(['follower_007'])
    expect((await v2(emu, 'GET', `/2/users/${idOf(emu, 'jack')}/blocking`)).status).toBe(403)
    const jack = idOf(emu, 'jack')
    expect((await v2(emu, 'POST', `/2/users/${me}/muting`, { body: { target_user_id: jack } })).body).toEqual({ data: { muting: true } })
    expect((await v2(emu, 'GET', `/2/users/${me}/muting`)).body.data.map((u: { username: string }) => u.username)).toEqual(['jack', 'ravi_data'])
    expect((await v2(emu, 'DELETE', `/2/users/${me}/muting/${jack}`)).body).toEqual({ data: { muting: false } })
  })
})

describe('lists', () => {
  test('create, update, lookup, members, followers, pinned, owned, delete', async () => {
    const created = await v2(emu, 'POST', '/2/lists', { body: { name: 'v2 people', description: 'made with v2', private: false } })
    const id = created.body.data.id as string
    expect(created.body.data.name).toBe('v2 people')
    expect((await v2(emu, 'PUT', `/2/lists/${id}`, { body: { name: 'v2 folks' } })).body).toEqual({ data: { updated: true } })
    const jack = idOf(emu, 'jack')
    expect((await v2(emu, 'POST', `/2/lists/${id}/members`, { body: { user_id: jack } })).body).toEqual({ data: { is_member: true } })
    const looked = await v2(emu, 'GET', `/2/lists/${id}`, { query: { 'list.fields': 'member_count,owner_id,private,description', expansions: 'owner_id' } })
    expect(looked.body.data).toEqual({ id, name: 'v2 folks', description: 'made with v2', member_count: 1, owner_id: me, private: false })
    expect(looked.body.includes.users[0].id).toBe(me)
    expect((await v2(emu, 'GET', `/2/lists/${id}/members`)).body.data.map((u: { id: string }) => u.id)).toEqual([jack])
    const posts = await v2(emu, 'GET', `/2/lists/${id}/tweets`)
    expect(posts.body.data.map((t: { text: string }) => t.text)).toEqual(['just setting up my twttr'])
    expect((await v2(emu, 'POST', `/2/users/${me}/pinned_lists`, { body: { list_id: id } })).body).toEqual({ data: { pinned: true } })
    expect((await v2(emu, 'GET', `/2/users/${me}/pinned_lists`)).body.data.map((l: { id: string }) => l.id)).toEqual([id])
    const owned = await v2(emu, 'GET', `/2/users/${me}/owned_lists`)
    expect(owned.body.data.map((l: { id: string }) => l.id)).toContain(id)
    expect((await v2(emu, 'DELETE', `/2/lists/${id}/members/${jack}`)).body).toEqual({ data: { is_member: false } })
    expect((await v2(emu, 'DELETE', `/2/users/${me}/pinned_lists/${id}`)).body).toEqual({ data: { pinned: false } })
    expect((await v2(emu, 'DELETE', `/2/lists/${id}`)).body).toEqual({ data: { deleted: true } })
    expect((await v2(emu, 'GET', `/2/lists/${id}`)).body.errors[0].resource_type).toBe('list')
    expectInvalid(await v2(emu, 'POST', '/2/lists', { body: { name: 'x'.repeat(26) } }), 'name')
  })

  test('follow a list, followed lists, list followers; others’ lists cannot be edited; private lists are hidden', async () => {
    const docs = [...emu.state.lists.values()].find((l) => l.slug === 'docs-people')!.id.toString()
    expect((await v2(emu, 'GET', `/2/users/${me}/followed_lists`)).body.data.map((l: { id: string }) => l.id)).toEqual([docs])
    const followers = await v2(emu, 'GET', `/2/lists/${docs}/followers`)
    expect(followers.body.data.map((u: { id: string }) => u.id)).toContain(me)
    expect((await v2(emu, 'DELETE', `/2/users/${me}/followed_lists/${docs}`)).body).toEqual({ data: { following: false } })
    expect((await v2(emu, 'POST', `/2/users/${me}/followed_lists`, { body: { list_id: docs } })).body).toEqual({ data: { following: true } })
    expect((await v2(emu, 'PUT', `/2/lists/${docs}`, { body: { name: 'mine now' } })).status).toBe(403)
    const secret = [...emu.state.lists.values()].find((l) => l.slug === 'private-notes')!.id.toString()
    const mayaKeys = emu.issueAccessToken('maya_codes')
    const asMaya = await v2(emu, 'GET', `/2/lists/${secret}`, { keys: { consumerKey: emu.app.appKey, consumerSecret: emu.app.appSecret, token: mayaKeys.oauthToken, tokenSecret: mayaKeys.oauthTokenSecret } })
    expect(asMaya.body.errors[0].type).toBe('https://api.x.com/2/problems/not-authorized-for-resource')
    const memberships = await v2(emu, 'GET', `/2/users/${idOf(emu, 'maya_codes')}/list_memberships`)
    expect(memberships.body.meta.result_count).toBe(2)
  })
})

describe('direct messages', () => {
  test('events, with a participant, send, look up, delete; conversation ids are a-b', async () => {
    const maya = idOf(emu, 'maya_codes')
    const events = await v2(emu, 'GET', '/2/dm_events', { query: { 'dm_event.fields': 'sender_id,created_at,dm_conversation_id', expansions: 'sender_id' } })
    expect(events.body.meta.result_count).toBe(4)
    expect(events.body.data[0].dm_conversation_id).toMatch(/^\d+-\d+$/)
    expect(events.body.includes.users.length).toBeGreaterThan(1)
    const sent = await v2(emu, 'POST', `/2/dm_conversations/with/${maya}/messages`, { body: { text: 'hello from v2' } })
    expect(sent.status).toBe(201)
    const conversation = sent.body.data.dm_conversation_id as string
    const [a, b] = [me, maya].sort((x, y) => (BigInt(x) < BigInt(y) ? -1 : 1))
    expect(conversation).toBe(`${a}-${b}`)
    const withMaya = await v2(emu, 'GET', `/2/dm_conversations/with/${maya}/dm_events`)
    expect(withMaya.body.data[0]).toEqual({ id: sent.body.data.dm_event_id, event_type: 'MessageCreate', text: 'hello from v2' })
    const byId = await v2(emu, 'GET', `/2/dm_conversations/${conversation}/dm_events`, { query: { max_results: '1' } })
    expect(byId.body.meta.next_token).toBeDefined()
    const again = await v2(emu, 'POST', `/2/dm_conversations/${conversation}/messages`, { body: { text: 'and again' } })
    expect(again.status).toBe(201)
    const one = await v2(emu, 'GET', `/2/dm_events/${again.body.data.dm_event_id}`, { query: { 'dm_event.fields': 'sender_id' } })
    expect(one.body.data).toMatchObject({ text: 'and again', sender_id: me })
    expect((await v2(emu, 'DELETE', `/2/dm_events/${again.body.data.dm_event_id}`)).body).toEqual({ data: { deleted: true } })
    expect((await v2(emu, 'GET', `/2/dm_events/${again.body.data.dm_event_id}`)).status).toBe(404)
    expectInvalid(await v2(emu, 'POST', `/2/dm_conversations/with/${maya}/messages`, { body: {} }), 'text')
    expect((await v2(emu, 'GET', '/2/dm_events', { query: { event_types: 'Nope' } })).status).toBe(400)
  })

  test('group conversations: create, send, list events by conversation', async () => {
    const group = await v2(emu, 'POST', '/2/dm_conversations', { body: { conversation_type: 'Group', participant_ids: [idOf(emu, 'maya_codes'), idOf(emu, 'jack')], message: { text: 'group hello' } } })
    expect(group.status).toBe(201)
    const id = group.body.data.dm_conversation_id as string
    await v2(emu, 'POST', `/2/dm_conversations/${id}/messages`, { body: { text: 'second' } })
    const events = await v2(emu, 'GET', `/2/dm_conversations/${id}/dm_events`, { query: { 'dm_event.fields': 'participant_ids,event_type', expansions: 'participant_ids' } })
    expect(events.body.data.map((e: { event_type: string }) => e.event_type)).toEqual(['MessageCreate', 'MessageCreate', 'ParticipantsJoin'])
    expect(events.body.includes.users).toHaveLength(3)
    const joins = await v2(emu, 'GET', '/2/dm_events', { query: { event_types: 'ParticipantsJoin' } })
    expect(joins.body.meta.result_count).toBe(1)
  })
})

describe('media, spaces, usage', () => {
  test('spaces lookup, by creator, search; media not found; usage counts delivered posts', async () => {
    const spaces = await v2(emu, 'GET', '/2/spaces/search', { auth: 'bearer', query: { query: 'office hours', 'space.fields': 'title,host_ids,participant_count', expansions: 'host_ids' } })
    expect(spaces.body.data).toHaveLength(1)
    const space = spaces.body.data[0]
    expect(space).toMatchObject({ state: 'live', title: 'API office hours: v2 fields and expansions', participant_count: 42 })
    expect(spaces.body.includes.users[0].username).toBe('twitterapi')
    expect((await v2(emu, 'GET', `/2/spaces/${space.id}`, { auth: 'bearer' })).body.data).toEqual({ id: space.id, state: 'live' })
    const byCreator = await v2(emu, 'GET', '/2/spaces/by/creator_ids', { auth: 'bearer', query: { user_ids: idOf(emu, 'chen_ml'), 'space.fields': 'scheduled_start' } })
    expect(byCreator.body.data[0].state).toBe('scheduled')
    const missing = await v2(emu, 'GET', '/2/spaces', { auth: 'bearer', query: { ids: `${space.id},1zqKVXPQhvZJB` } })
    expect(missing.body.errors[0].resource_id).toBe('1zqKVXPQhvZJB')
    expect((await v2(emu, 'GET', `/2/spaces/${space.id}/tweets`, { auth: 'bearer' })).body).toEqual({ meta: { result_count: 0 } })
    expect((await v2(emu, 'GET', '/2/media', { query: { media_keys: '3_1' } })).body.errors[0].resource_type).toBe('media')

    await v2(emu, 'GET', `/2/users/${idOf(emu, 'twitterapi')}/tweets`, { query: { max_results: '5' } })
    // Usage counts are strings in 2.167 and integers in 2.159; a neutral request is answered as 2.167 types.
    const usage = await v2(emu, 'GET', '/2/usage/tweets', { auth: 'bearer', query: { days: '2', 'usage.fields': 'daily_project_usage' }, speaks: '2.167' })
    expect(Number(usage.body.data.project_usage)).toBeGreaterThanOrEqual(5)
    expect(usage.body.data.daily_project_usage.usage).toHaveLength(2)
    expectInvalid(await v2(emu, 'GET', '/2/usage/tweets', { auth: 'bearer', query: { days: '91' }, speaks: '2.167' }), 'days')
  })
})
