/**
 * v2 posts on the emulator: lookups with partial errors, exact field selection and expansions in both
 * generations of X's names, creation with reply/quote/media/poll/place, delete, hidden replies, timelines,
 * search and counts, likes, reposts, quotes and bookmarks, and X's pagination. Every answer is validated
 * against the document whose names the request used (see v2-helpers.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { startEmulator, type Emulator } from '../../src/index.js'
import { expectInvalid, idOf, uploadPng, v2, validated } from './v2-helpers.js'

let emu: Emulator
let me: string
beforeAll(async () => {
  emu = await startEmulator()
  me = idOf(emu, 'emu_dev')
})
beforeEach(() => emu.reset())
afterAll(async () => {
  console.log(`posts.test.ts: answers validated: ${validated['2.159']} against 2.159, ${validated['2.167']} against 2.167, ${validated.generic} generic problems against 2.159`)
  await emu.close()
})

const postOf = (emu: Emulator, start: string) => [...emu.state.tweets.values()].find((t) => t.text.startsWith(start))!

describe('lookup and fields', () => {
  test('defaults only: id, text and the edit history, named by the generation', async () => {
    const id = postOf(emu, 'Welcome to API v1.1').id.toString()
    const current = await v2(emu, 'GET', `/2/tweets/${id}`, { query: { 'post.fields': 'id' } })
    expect(current.generation).toBe('2.167')
    expect(Object.keys(current.body.data).sort()).toEqual(['edit_history_post_ids', 'id', 'text'])
    // A request naming neither generation gets both names of each renamed key.
    const neutral = await v2(emu, 'GET', `/2/tweets/${id}`)
    expect(neutral.generation).toBe('both')
    expect(Object.keys(neutral.body.data).sort()).toEqual(['edit_history_post_ids', 'edit_history_tweet_ids', 'id', 'text'])
    const old = await v2(emu, 'GET', `/2/tweets/${id}`, { query: { 'tweet.fields': 'id' } })
    expect(old.generation).toBe('2.159')
    expect(Object.keys(old.body.data).sort()).toEqual(['edit_history_tweet_ids', 'id', 'text'])
    expect(old.body.data.edit_history_tweet_ids).toEqual([id])
  })

  test('requested fields appear and nothing else; 2.159 names in, 2.159 names out', async () => {
    const rt = postOf(emu, 'RT @twitterapi')
    const old = await v2(emu, 'GET', `/2/tweets/${rt.id}`, { query: { 'tweet.fields': 'created_at,public_metrics,referenced_tweets,author_id' } })
    expect(Object.keys(old.body.data).sort()).toEqual(['author_id', 'created_at', 'edit_history_tweet_ids', 'id', 'public_metrics', 'referenced_tweets', 'text'])
    expect(old.body.data.referenced_tweets).toEqual([{ type: 'retweeted', id: rt.retweet_of }])
    expect(old.body.data.public_metrics).toHaveProperty('retweet_count')
    const current = await v2(emu, 'GET', `/2/tweets/${rt.id}`, { query: { 'post.fields': 'public_metrics,referenced_posts' } })
    expect(current.body.data.referenced_posts).toEqual([{ type: 'retweeted', id: rt.retweet_of }])
    expect(current.body.data.public_metrics).toHaveProperty('repost_count')
    expect(current.body.data).not.toHaveProperty('created_at')
  })

  test('expansions fill includes once each, with the requested fields of each type', async () => {
    const reply = postOf(emu, '@emu_dev welcome aboard')
    const parent = reply.in_reply_to!.status.toString()
    const old = await v2(emu, 'GET', '/2/tweets', {
      query: { ids: `${reply.id},${parent}`, expansions: 'author_id,referenced_tweets.id,in_reply_to_user_id,entities.mentions.username', 'user.fields': 'username,created_at' },
    })
    expect(old.body.data).toHaveLength(2)
    const users = old.body.includes.users as { id: string; created_at: string }[]
    expect(new Set(users.map((u) => u.id)).size).toBe(users.length)
    expect(users.map((u) => u.id)).toContain(me)
    expect(users.every((u) => typeof u.created_at === 'string')).toBe(true)
    expect(old.body.includes.tweets.map((t: { id: string }) => t.id)).toEqual([parent])
    expect(old.body.data[0]).toHaveProperty('author_id')
    expect(old.body.data[0]).toHaveProperty('in_reply_to_user_id', me)
    const current = await v2(emu, 'GET', `/2/tweets/${reply.id}`, { query: { expansions: 'referenced_posts,author_id' } })
    expect(current.body.includes.posts.map((t: { id: string }) => t.id)).toEqual([parent])
    expect(current.body.includes).not.toHaveProperty('tweets')
  })

  test('unknown fields and expansions: X 400 naming every bad value', async () => {
    const id = postOf(emu, 'Welcome').id.toString()
    const bad = await v2(emu, 'GET', `/2/tweets/${id}`, { query: { 'tweet.fields': 'created_at,colour', expansions: 'author_id,bogus' } })
    expectInvalid(bad, 'tweet.fields')
    expectInvalid(bad, 'expansions')
    expect(bad.body.errors).toHaveLength(2)
    expect(bad.body.errors[0].parameters['tweet.fields']).toEqual(['colour'])
    const param = await v2(emu, 'GET', `/2/tweets/${id}`, { query: { 'space.fields': 'title' } })
    expectInvalid(param, 'space.fields')
    // A user-family expansion is not a post expansion.
    expectInvalid(await v2(emu, 'GET', `/2/users/${me}`, { query: { expansions: 'author_id' } }), 'expansions')
  })

  test('a lookup with missing ids answers 200 with data and resource-not-found errors', async () => {
    const id = postOf(emu, 'Welcome').id.toString()
    const partial = await v2(emu, 'GET', '/2/tweets', { query: { ids: `${id},1` } })
    expect(partial.status).toBe(200)
    expect(partial.body.data.map((t: { id: string }) => t.id)).toEqual([id])
    expect(partial.body.errors).toEqual([
      { value: '1', detail: 'Could not find tweet with ids: [1].', title: 'Not Found Error', resource_type: 'tweet', parameter: 'ids', resource_id: '1', type: 'https://api.x.com/2/problems/resource-not-found' },
    ])
    const none = await v2(emu, 'GET', '/2/tweets/1', { query: { 'tweet.fields': 'lang' } })
    expect(none.status).toBe(200)
    expect(none.body).not.toHaveProperty('data')
    expect(none.body.errors[0].type).toBe('https://api.twitter.com/2/problems/resource-not-found')
    expectInvalid(await v2(emu, 'GET', '/2/tweets/abc'), 'id')
    expectInvalid(await v2(emu, 'GET', '/2/tweets', { query: { ids: Array.from({ length: 101 }, (_, i) => String(i + 1)).join(',') } }), 'ids')
  })

  test('app-only bearer tokens read public posts', async () => {
    const id = postOf(emu, 'Welcome').id.toString()
    const r = await v2(emu, 'GET', `/2/tweets/${id}`, { auth: 'bearer', query: { 'tweet.fields': 'lang,source' } })
    expect(r.body.data.lang).toBe('en')
    expect(r.body.data.source).toBe('Twython')
  })
})

describe('create, delete, hide', () => {
  test('create a reply with a poll, a quote with media, and a post with a place; read them back', async () => {
    const parent = postOf(emu, 'Welcome').id.toString()
    const poll = await v2(emu, 'POST', '/2/tweets', { body: { text: 'Which generation do you send?', reply: { in_reply_to_tweet_id: parent }, poll: { options: ['tweet', 'post'], duration_minutes: 60 } } })
    expect(poll.status).toBe(201)
    const pollId = poll.body.data.id as string
    expect(poll.body.data.edit_history_post_ids).toEqual([pollId])
    const read = await v2(emu, 'GET', `/2/tweets/${pollId}`, { query: { 'tweet.fields': 'attachments,conversation_id,in_reply_to_user_id,referenced_tweets', expansions: 'attachments.poll_ids', 'poll.fields': 'duration_minutes,voting_status,end_datetime' } })
    expect(read.body.data.conversation_id).toBe(parent)
    expect(read.body.data.referenced_tweets).toEqual([{ type: 'replied_to', id: parent }])
    expect(read.body.includes.polls[0]).toMatchObject({ options: [{ position: 1, label: 'tweet', votes: 0 }, { position: 2, label: 'post', votes: 0 }], duration_minutes: 60, voting_status: 'open' })

    const quote = await v2(emu, 'POST', '/2/tweets', { body: { text: 'Look at this', quote_tweet_id: parent } })
    expect(quote.status).toBe(201)
    const mediaId = await uploadPng(emu)
    expectInvalid(await v2(emu, 'POST', '/2/tweets', { body: { text: 'With a picture nobody uploaded', media: { media_ids: ['1234567890123456789'] } } }), 'media.media_ids')
    const media = await v2(emu, 'POST', '/2/tweets', { body: { text: 'With a picture', media: { media_ids: [mediaId] }, geo: { place_id: '5a110d312052166f' } } })
    const withMedia = await v2(emu, 'GET', `/2/tweets/${media.body.data.id}`, { query: { expansions: 'attachments.media_keys,geo.place_id', 'media.fields': 'url,width,height', 'place.fields': 'country_code,geo' } })
    expect(withMedia.body.data.attachments.media_keys).toEqual([`3_${mediaId}`])
    expect(withMedia.body.includes.media[0]).toMatchObject({ media_key: `3_${mediaId}`, type: 'photo', width: 1, height: 1 })
    expect(withMedia.body.includes.places[0]).toMatchObject({ id: '5a110d312052166f', full_name: 'San Francisco, CA', country_code: 'US' })
    const lookup = await v2(emu, 'GET', `/2/media/3_${mediaId}`, { query: { 'media.fields': 'url' } })
    expect(lookup.body.data.url).toContain(`3_${mediaId}`)

    const quotes = await v2(emu, 'GET', `/2/tweets/${parent}/quote_tweets`)
    expect(quotes.body.data.map((t: { id: string }) => t.id)).toEqual([quote.body.data.id])
    const counted = await v2(emu, 'GET', `/2/tweets/${parent}`, { query: { 'post.fields': 'public_metrics' } })
    expect(counted.body.data.public_metrics).toMatchObject({ quote_count: 1, reply_count: 1 })
  })

  test('bad bodies: empty text, too many media, poll bounds, duplicate content, invalid JSON', async () => {
    expectInvalid(await v2(emu, 'POST', '/2/tweets', { body: {} }), 'text')
    expectInvalid(await v2(emu, 'POST', '/2/tweets', { body: { text: '' } }), 'text')
    expectInvalid(await v2(emu, 'POST', '/2/tweets', { body: { text: 'x', media: { media_ids: ['1', '2', '3', '4', '5'] } } }), 'media.media_ids')
    expectInvalid(await v2(emu, 'POST', '/2/tweets', { body: { text: 'x', poll: { options: ['only one'], duration_minutes: 60 } } }), 'poll.options')
    expectInvalid(await v2(emu, 'POST', '/2/tweets', { body: { text: 'x', poll: { options: ['a', 'b'], duration_minutes: 4 } } }), 'poll.duration_minutes')
    expect((await v2(emu, 'POST', '/2/tweets', { body: { text: 'once only' } })).status).toBe(201)
    const dup = await v2(emu, 'POST', '/2/tweets', { body: { text: 'once only' } })
    expect(dup.status).toBe(403)
    expect(dup.body.detail).toBe('You are not allowed to create a Tweet with duplicate content.')
    const res = await fetch(`${emu.url}/2/tweets`, { method: 'POST', headers: { authorization: `Bearer ${'x'}`, 'content-type': 'application/json' }, body: '{' })
    expect(res.status).toBe(401)
  })

  test('delete: own posts only; hide: replies in own conversations only', async () => {
    const created = await v2(emu, 'POST', '/2/tweets', { body: { text: 'short-lived' } })
    const id = created.body.data.id as string
    const others = postOf(emu, 'Welcome').id.toString()
    expect((await v2(emu, 'DELETE', `/2/tweets/${others}`)).status).toBe(403)
    expect((await v2(emu, 'DELETE', `/2/tweets/${id}`)).body).toEqual({ data: { deleted: true } })
    expect((await v2(emu, 'GET', `/2/tweets/${id}`)).body.errors[0].resource_id).toBe(id)
    expect((await v2(emu, 'DELETE', `/2/tweets/${id}`)).status).toBe(404)

    const reply = postOf(emu, '@emu_dev welcome aboard').id.toString()
    expect((await v2(emu, 'PUT', `/2/tweets/${reply}/hidden`, { body: { hidden: true } })).body).toEqual({ data: { hidden: true } })
    expect((await v2(emu, 'PUT', `/2/tweets/${others}/hidden`, { body: { hidden: true } })).status).toBe(403)
    expectInvalid(await v2(emu, 'PUT', `/2/tweets/${reply}/hidden`, { body: { hidden: 'yes' } }), 'hidden')
  })
})

describe('timelines and pagination', () => {
  test('max_results bounds, next_token/previous_token, result_count, newest_id/oldest_id', async () => {
    const api = idOf(emu, 'twitterapi')
    expectInvalid(await v2(emu, 'GET', `/2/users/${api}/tweets`, { query: { max_results: '4' } }), 'max_results')
    expectInvalid(await v2(emu, 'GET', `/2/users/${api}/tweets`, { query: { max_results: '101' } }), 'max_results')
    const first = await v2(emu, 'GET', `/2/users/${api}/tweets`, { query: { max_results: '5' } })
    expect(first.body.meta.result_count).toBe(5)
    expect(first.body.meta.newest_id).toBe(first.body.data[0].id)
    expect(first.body.meta.oldest_id).toBe(first.body.data[4].id)
    expect(first.body.meta).not.toHaveProperty('previous_token')
    const second = await v2(emu, 'GET', `/2/users/${api}/tweets`, { query: { max_results: '5', pagination_token: first.body.meta.next_token } })
    expect(second.body.meta.result_count).toBeGreaterThan(0)
    expect(BigInt(second.body.data[0].id)).toBeLessThan(BigInt(first.body.meta.oldest_id))
    const back = await v2(emu, 'GET', `/2/users/${api}/tweets`, { query: { max_results: '5', pagination_token: second.body.meta.previous_token } })
    expect(back.body.data.map((t: { id: string }) => t.id)).toEqual(first.body.data.map((t: { id: string }) => t.id))
    expectInvalid(await v2(emu, 'GET', `/2/users/${api}/tweets`, { query: { pagination_token: 'not*a*token' } }), 'pagination_token')
  })

  test('tokens survive new posts arriving mid-walk: no repeats, no gaps', async () => {
    const seen: string[] = []
    let token: string | undefined
    let page = 0
    do {
      const r = await v2(emu, 'GET', `/2/users/${me}/timelines/reverse_chronological`, { query: { max_results: '7', ...(token ? { pagination_token: token } : {}) } })
      for (const t of r.body.data ?? []) seen.push(t.id)
      token = r.body.meta.next_token
      // Someone the caller follows posts while the walk goes on.
      emu.state.postTweet(idOf(emu, 'maya_codes'), `mid-walk post ${page++}`)
    } while (token)
    expect(new Set(seen).size).toBe(seen.length)
    const following = emu.state.following.get(me)!
    const expected = emu.state.sortedTweets((t) => (t.user === me || following.has(t.user)) && !t.text.startsWith('mid-walk'))
    expect(seen).toEqual(expected.map((t) => t.id.toString()))
  })

  test('mentions, exclude, since_id/until_id, the home timeline is the caller’s own', async () => {
    const mentions = await v2(emu, 'GET', `/2/users/${me}/mentions`, { query: { 'tweet.fields': 'entities' } })
    expect(mentions.body.data.length).toBeGreaterThan(0)
    for (const t of mentions.body.data) expect(t.entities.mentions.some((m: { username: string }) => m.username === 'emu_dev')).toBe(true)
    const jules = idOf(emu, 'jules_py')
    const all = await v2(emu, 'GET', `/2/users/${jules}/tweets`, { query: { max_results: '100' } })
    const noRts = await v2(emu, 'GET', `/2/users/${jules}/tweets`, { query: { max_results: '100', exclude: 'retweets' } })
    expect(noRts.body.meta.result_count).toBe(all.body.meta.result_count - 1)
    const since = await v2(emu, 'GET', `/2/users/${jules}/tweets`, { query: { since_id: all.body.data[2].id } })
    expect(since.body.data.map((t: { id: string }) => t.id)).toEqual(all.body.data.slice(0, 2).map((t: { id: string }) => t.id))
    const other = await v2(emu, 'GET', `/2/users/${jules}/timelines/reverse_chronological`)
    expect(other.status).toBe(403)
    expect((await v2(emu, 'GET', `/2/users/${me}/timelines/reverse_chronological`, { auth: 'bearer', unvalidated: true })).status).toBe(403)
  })
})

describe('search and counts', () => {
  const ids = async (query: string, extra: Record<string, string> = {}) =>
    ((await v2(emu, 'GET', '/2/tweets/search/recent', { query: { query, max_results: '100', ...extra } })).body.data ?? []).map((t: { id: string }) => t.id) as string[]
  const expected = (f: (t: { text: string; user: string }) => boolean) => emu.state.sortedTweets((t) => f(t)).map((t) => t.id.toString())

  test('keywords, phrases, from:, to:, #, @, is:retweet, has:media, lang:, OR, negation, grouping', async () => {
    const maya = idOf(emu, 'maya_codes')
    expect(await ids('from:maya_codes')).toEqual(expected((t) => t.user === maya))
    expect(await ids('#python')).toEqual(expected((t) => /#python\b/i.test(t.text)))
    expect(await ids('"rate limits"')).toEqual(expected((t) => t.text.toLowerCase().includes('rate limits')))
    expect(await ids('@twitterapi -is:retweet')).toEqual(expected((t) => /@twitterapi\b/i.test(t.text) && !t.text.startsWith('RT ')))
    expect(await ids('is:retweet')).toEqual(expected((t) => t.text.startsWith('RT @')))
    expect(await ids('to:emu_dev')).toEqual([postOf(emu, '@emu_dev welcome aboard').id.toString()])
    expect(await ids('(#python OR #typescript) -from:jules_py lang:en')).toEqual(expected((t) => /#(python|typescript)\b/i.test(t.text) && t.user !== idOf(emu, 'jules_py')))
    expect(await ids('has:media')).toEqual([])
    const media = await v2(emu, 'POST', '/2/tweets', { body: { text: 'a photo for search', media: { media_ids: [await uploadPng(emu)] } } })
    expect(await ids('has:media photo')).toEqual([media.body.data.id])
    expect(await ids('lang:fr')).toEqual([])
    expectInvalid(await v2(emu, 'GET', '/2/tweets/search/recent', { query: { query: '(unbalanced' } }), 'query')
    expectInvalid(await v2(emu, 'GET', '/2/tweets/search/recent', { query: { query: '-only -negations' } }), 'query')
    expectInvalid(await v2(emu, 'GET', '/2/tweets/search/recent', { query: { query: 'x', max_results: '9' } }), 'max_results')
  })

  test('start_time is inclusive, end_time, since_id and until_id exclusive, on search and a user’s posts; a reversed window is refused', async () => {
    const jules = idOf(emu, 'jules_py')
    const at = (hour: number) => new Date(Date.UTC(2030, 0, 1, hour))
    const [a, b, c] = [0, 1, 2].map((h) => emu.state.postTweet(jules, `windowed post ${h}`, { at: at(h) }).id.toString())
    const iso = (hour: number) => at(hour).toISOString().replace('.000Z', 'Z')
    expect(await ids('windowed', { start_time: iso(1) })).toEqual([c, b])
    expect(await ids('windowed', { end_time: iso(1) })).toEqual([a])
    expect(await ids('windowed', { start_time: iso(0), end_time: iso(2) })).toEqual([b, a])
    expect(await ids('windowed', { since_id: a! })).toEqual([c, b])
    expect(await ids('windowed', { until_id: c! })).toEqual([b, a])
    expect(await ids('windowed', { since_id: a!, until_id: c! })).toEqual([b])
    const posts = async (query: Record<string, string>) => ((await v2(emu, 'GET', `/2/users/${jules}/tweets`, { query })).body.data ?? []).map((t: { id: string }) => t.id)
    expect(await posts({ start_time: iso(0), end_time: iso(2) })).toEqual([b, a])
    expect(await posts({ since_id: b! })).toEqual([c])
    expectInvalid(await v2(emu, 'GET', '/2/tweets/search/recent', { query: { query: 'windowed', start_time: iso(2), end_time: iso(1) } }), 'start_time')
    expectInvalid(await v2(emu, 'GET', '/2/tweets/search/recent', { query: { query: 'windowed', end_time: 'yesterday' } }), 'end_time')
    expectInvalid(await v2(emu, 'GET', `/2/users/${jules}/tweets`, { query: { until_id: 'abc' } }), 'until_id')
  })

  test('search/all is app-only and pages with next_token; counts bucket the matches', async () => {
    const user = await v2(emu, 'GET', '/2/tweets/search/all', { query: { query: '#api' } })
    expect(user.status).toBe(403)
    expect(user.body.title).toBe('Unsupported Authentication')
    const q = '#api OR #python OR #typescript OR #docs'
    const first = await v2(emu, 'GET', '/2/tweets/search/all', { auth: 'bearer', query: { query: q, max_results: '10' } })
    const all = expected((t) => /#(api|python|typescript|docs)\b/i.test(t.text))
    expect(all.length).toBeGreaterThan(10)
    expect(first.body.data.map((t: { id: string }) => t.id)).toEqual(all.slice(0, 10))
    const rest = await v2(emu, 'GET', '/2/tweets/search/all', { auth: 'bearer', query: { query: q, max_results: '10', next_token: first.body.meta.next_token } })
    expect(rest.body.data.map((t: { id: string }) => t.id)).toEqual(all.slice(10, 20))

    const counts = await v2(emu, 'GET', '/2/tweets/counts/all', { auth: 'bearer', query: { query: '#api', granularity: 'day', start_time: '2026-09-28T00:00:00Z', end_time: '2026-10-02T00:00:00Z' } })
    expect(counts.body.data).toHaveLength(4)
    expect(counts.body.meta.total_post_count).toBe(expected((t) => /#api\b/i.test(t.text)).length)
    const old = await v2(emu, 'GET', '/2/tweets/counts/recent', { auth: 'bearer', query: { query: '#api', granularity: 'day', 'tweet.fields': 'id' }, unvalidated: true })
    // counts take no tweet.fields: X refuses the parameter.
    expect(old.status).toBe(400)
    expectInvalid(await v2(emu, 'GET', '/2/tweets/counts/recent', { auth: 'bearer', query: { query: '#api', granularity: 'week' } }), 'granularity')
  })
})

describe('likes, reposts, bookmarks', () => {
  test('like/unlike, liking_users, liked_tweets; acting for another user is 403', async () => {
    const id = postOf(emu, 'Shipped a bot').id.toString()
    expect((await v2(emu, 'POST', `/2/users/${me}/likes`, { body: { tweet_id: id } })).body).toEqual({ data: { liked: true } })
    const likers = await v2(emu, 'GET', `/2/tweets/${id}/liking_users`)
    expect(likers.body.data.map((u: { id: string }) => u.id)).toEqual([me])
    const liked = await v2(emu, 'GET', `/2/users/${me}/liked_tweets`, { query: { max_results: '5' } })
    expect(liked.body.data[0].id).toBe(id)
    expect((await v2(emu, 'DELETE', `/2/users/${me}/likes/${id}`)).body).toEqual({ data: { liked: false } })
    expect((await v2(emu, 'GET', `/2/tweets/${id}/liking_users`)).body).toEqual({ meta: { result_count: 0 } })
    const other = await v2(emu, 'POST', `/2/users/${idOf(emu, 'maya_codes')}/likes`, { body: { tweet_id: id } })
    expect(other.status).toBe(403)
    expectInvalid(await v2(emu, 'POST', `/2/users/${me}/likes`, { body: {} }), 'tweet_id')
  })

  test('repost/unrepost, retweeted_by, reposts; bookmarks need OAuth 2 to write', async () => {
    const id = postOf(emu, 'Shipped a bot').id.toString()
    const rt = await v2(emu, 'POST', `/2/users/${me}/retweets`, { body: { tweet_id: id } })
    expect(rt.body.data.retweeted).toBe(true)
    expect((await v2(emu, 'GET', `/2/tweets/${id}/retweeted_by`)).body.data.map((u: { id: string }) => u.id)).toEqual([me])
    expect((await v2(emu, 'GET', `/2/tweets/${id}/retweets`)).body.data.map((t: { id: string }) => t.id)).toEqual([rt.body.data.rest_id])
    expect((await v2(emu, 'DELETE', `/2/users/${me}/retweets/${id}`)).body).toEqual({ data: { retweeted: false } })
    expect((await v2(emu, 'GET', `/2/tweets/${id}/retweeted_by`)).body.meta.result_count).toBe(0)

    // X's document allows only OAuth 2 user tokens to create bookmarks.
    const bm = await v2(emu, 'POST', `/2/users/${me}/bookmarks`, { body: { tweet_id: id } })
    expect(bm.status).toBe(403)
    expect(bm.body.detail).toContain('OAuth 1.0a User Context')
    emu.state.users.get(me)
    const list = await v2(emu, 'GET', `/2/users/${me}/bookmarks`)
    expect(list.body).toEqual({ meta: { result_count: 0 } })
  })
})
