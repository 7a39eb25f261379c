/**
 * The in-memory world over HTTP: entity extraction with code-point indices, t.co wrapping and escaping,
 * exact 64-bit ids in the raw JSON, timelines, cursored follower ids, search pagination and friendships.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.js'
import { call, namedUsers, query } from './emulator-helpers.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
})
afterAll(() => emu.close())

describe('statuses/update', () => {
  let name = ''
  let status = ''
  let raw = ''
  let tweet: any

  beforeAll(async () => {
    name = namedUsers(emu)[0]!.screen_name
    status = `🚀 hi @${name} #tag https://example.com/x $TWTR`
    const reply = await call(emu, 'POST', '/1.1/statuses/update.json', { params: { status } })
    expect(reply.status, reply.text).toBe(200)
    raw = reply.text
    tweet = reply.json()
  })

  it('wraps the link t.co-style, with its display and expanded forms', () => {
    const [url] = tweet.entities.urls
    expect(tweet.entities.urls).toHaveLength(1)
    expect(url.url).toMatch(/^https:\/\/t\.co\/[A-Za-z0-9_-]+$/)
    expect(url.expanded_url).toBe('https://example.com/x')
    expect(url.display_url).toBe('example.com/x')
    expect(tweet.text).toBe(`🚀 hi @${name} #tag ${url.url} $TWTR`)
    expect(tweet.text).not.toContain('example.com')
  })

  it('extracts mention, hashtag, link and cashtag with code-point indices after the emoji', () => {
    const { user_mentions, hashtags, urls, symbols } = tweet.entities
    const user = emu.state.userByName(name)!
    const n = urls[0].url.length
    const m = 1 + name.length
    // '🚀' is one code point (two UTF-16 units): the mention starts at 5, not 6.
    expect(user_mentions).toHaveLength(1)
    expect(user_mentions[0]).toMatchObject({ screen_name: name, name: user.name, id_str: user.id.toString(), indices: [5, 5 + m] })
    expect(hashtags).toEqual([{ text: 'tag', indices: [6 + m, 10 + m] }])
    expect(urls[0].indices).toEqual([11 + m, 11 + m + n])
    expect(symbols).toEqual([{ text: 'TWTR', indices: [12 + m + n, 17 + m + n] }])
    // Slicing by code points (not UTF-16 units) gives back each entity.
    const points = Array.from(tweet.text as string)
    const at = ([a, b]: [number, number]) => points.slice(a, b).join('')
    expect(at(user_mentions[0].indices)).toBe(`@${name}`)
    expect(at(hashtags[0].indices)).toBe('#tag')
    expect(at(urls[0].indices)).toBe(urls[0].url)
    expect(at(symbols[0].indices)).toBe('$TWTR')
  })

  it('writes the exact 64-bit id in the raw JSON, next to id_str', () => {
    const m = /^\{"created_at":"[^"]+","id":(\d+),"id_str":"(\d+)"/.exec(raw)
    expect(m, raw.slice(0, 120)).not.toBeNull()
    expect(m![1]).toBe(m![2])
    expect(BigInt(m![1]!)).toBeGreaterThan(2n ** 53n)
    expect(m![2]).toBe(tweet.id_str)
    expect(emu.state.tweets.has(tweet.id_str)).toBe(true)
    // Mentioned users' ids are exact too.
    const mentioned = emu.state.userByName(name)!.id
    expect(raw).toContain(`"id":${mentioned},"id_str":"${mentioned}"`)
  })

  it('escapes <, > and & in the text', async () => {
    const reply = await call(emu, 'POST', '/1.1/statuses/update.json', { params: { status: `#tag <b>bold</b> & "quotes" ${Date.now()}` } })
    expect(reply.status).toBe(200)
    const { text, entities } = reply.json()
    expect(text).toMatch(/^#tag &lt;b&gt;bold&lt;\/b&gt; &amp; "quotes" \d+$/)
    expect(entities.hashtags).toEqual([{ text: 'tag', indices: [0, 4] }])
  })

  it('shows the new tweet first on the home timeline, and on the user timeline', async () => {
    const home = await call(emu, 'GET', '/1.1/statuses/home_timeline.json', { params: { count: '5' } })
    expect(home.status).toBe(200)
    const ids = (home.json() as { id_str: string }[]).map((t) => t.id_str)
    expect(ids).toContain(tweet.id_str)
    expect(home.text).toContain(`"id":${tweet.id_str},`)
    const mine = await call(emu, 'GET', '/1.1/statuses/user_timeline.json', { params: { screen_name: 'emu_dev', count: '50' } })
    expect((mine.json() as { id_str: string }[]).some((t) => t.id_str === tweet.id_str)).toBe(true)
    const mentioned = await call(emu, 'GET', '/1.1/statuses/mentions_timeline.json', { keys: (() => {
      const t = emu.issueAccessToken(name)
      return { consumerKey: emu.app.appKey, consumerSecret: emu.app.appSecret, token: t.oauthToken, tokenSecret: t.oauthTokenSecret }
    })() })
    expect((mentioned.json() as { id_str: string }[])[0]!.id_str).toBe(tweet.id_str)
  })

  it('refuses the same status twice (403 code 187)', async () => {
    const again = await call(emu, 'POST', '/1.1/statuses/update.json', { params: { status } })
    expect(again.status).toBe(403)
    expect(again.json().errors[0].code).toBe(187)
  })
})

describe('cursored follower ids', () => {
  it('pages through every follower of twitterapi with count=100 until next_cursor_str is "0"', async () => {
    const twitterapi = emu.state.userByName('twitterapi')!.id.toString()
    const expected = emu.state.followers.get(twitterapi)!
    expect(expected.size).toBeGreaterThanOrEqual(320)
    const seen: string[] = []
    let cursor = '-1'
    let pages = 0
    let previous = '0'
    for (;;) {
      const reply = await call(emu, 'GET', '/1.1/followers/ids.json', { params: { screen_name: 'twitterapi', count: '100', cursor, stringify_ids: 'true' } })
      expect(reply.status).toBe(200)
      const page = reply.json() as { ids: string[]; next_cursor_str: string; previous_cursor_str: string }
      expect(page.ids.length).toBeLessThanOrEqual(100)
      expect(page.previous_cursor_str).toBe(pages === 0 ? '0' : page.previous_cursor_str)
      if (pages > 0) expect(page.previous_cursor_str).not.toBe('0')
      // The numeric cursor in the raw JSON matches its string twin.
      expect(reply.text).toContain(`"next_cursor":${page.next_cursor_str},`)
      seen.push(...page.ids)
      pages++
      previous = cursor
      if (page.next_cursor_str === '0') break
      cursor = page.next_cursor_str
      expect(pages).toBeLessThan(10)
    }
    expect(previous).not.toBe('-1')
    expect(pages).toBe(Math.ceil(expected.size / 100))
    expect(new Set(seen).size).toBe(seen.length)
    expect(new Set(seen)).toEqual(new Set(expected))
  })

  it('writes numeric ids exactly when stringify_ids is not set', async () => {
    const reply = await call(emu, 'GET', '/1.1/followers/ids.json', { params: { screen_name: 'emu_dev' } })
    const ids = /"ids":\[([\d,]*)\]/.exec(reply.text)![1]!.split(',')
    const me = emu.state.userByName('emu_dev')!.id.toString()
    expect(new Set(ids)).toEqual(emu.state.followers.get(me))
  })
})

describe('search/tweets', () => {
  it('returns search_metadata.next_results that fetches the next, older page, until the last', async () => {
    const tags = new Map<string, number>()
    for (const t of emu.state.tweets.values()) if (!t.retweet_of) for (const h of t.entities.hashtags) tags.set(h.text.toLowerCase(), (tags.get(h.text.toLowerCase()) ?? 0) + 1)
    const [tag, tagged] = [...tags].sort((a, b) => b[1] - a[1])[0]!
    expect(tagged).toBeGreaterThanOrEqual(3)
    const q = `#${tag}`
    let params: Record<string, string> = { q, count: '2' }
    const seen: bigint[] = []
    let pages = 0
    for (;;) {
      const reply = await call(emu, 'GET', '/1.1/search/tweets.json', { params })
      expect(reply.status).toBe(200)
      const body = reply.json() as { statuses: { id_str: string; text: string }[]; search_metadata: { next_results?: string; count: number } }
      expect(body.statuses.length).toBeGreaterThan(0)
      expect(body.statuses.length).toBeLessThanOrEqual(2)
      const ids = body.statuses.map((t) => BigInt(t.id_str))
      // Newest first, and every page older than the one before it.
      for (let i = 1; i < ids.length; i++) expect(ids[i]! < ids[i - 1]!).toBe(true)
      if (seen.length) expect(ids[0]! < seen[seen.length - 1]!).toBe(true)
      for (const t of body.statuses) expect(t.text.toLowerCase()).toContain(q)
      seen.push(...ids)
      pages++
      const next = body.search_metadata.next_results
      if (!next) break
      expect(next).toMatch(new RegExp(`^\\?max_id=\\d+&q=${encodeURIComponent(q)}&count=2`))
      params = Object.fromEntries(new URLSearchParams(next.slice(1)))
      expect(pages).toBeLessThan(20)
    }
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBeGreaterThanOrEqual(tagged)
  })

  it('understands from: and hashtags', async () => {
    const reply = await call(emu, 'GET', `/1.1/search/tweets.json`, { params: { q: 'from:twitterapi #api', count: '100' } })
    const statuses = reply.json().statuses as { user: { screen_name: string }; text: string }[]
    expect(statuses.length).toBeGreaterThan(0)
    for (const t of statuses) {
      expect(t.user.screen_name).toBe('twitterapi')
      expect(t.text).toContain('#api')
    }
    expect(query({ q: '#api' })).toBe('?q=%23api')
  })
})

describe('friendships', () => {
  let target = ''
  let followsMe = false
  beforeAll(() => {
    const s = emu.state
    const me = s.userByName('emu_dev')!.id.toString()
    const u = namedUsers(emu).find((x) => !s.isFollowing(me, x.id) && !(s.blocks.get(me)?.has(x.id) ?? false) && !(s.blocks.get(x.id)?.has(me) ?? false))!
    target = u.screen_name
    followsMe = s.isFollowing(u.id, me)
  })
  const show = async () => (await call(emu, 'GET', '/1.1/friendships/show.json', { params: { source_screen_name: 'emu_dev', target_screen_name: target } })).json().relationship

  it('create and destroy change show_friendship', async () => {
    const before = await show()
    expect(before.source.following).toBe(false)
    expect(before.source.followed_by).toBe(followsMe)
    expect(before.target.followed_by).toBe(false)

    const created = await call(emu, 'POST', '/1.1/friendships/create.json', { params: { screen_name: target } })
    expect(created.status).toBe(200)
    expect(created.json().following).toBe(true)
    const during = await show()
    expect(during.source.following).toBe(true)
    expect(during.target.followed_by).toBe(true)
    const friends = await call(emu, 'GET', '/1.1/friends/ids.json', { params: { screen_name: 'emu_dev', stringify_ids: 'true' } })
    expect(friends.json().ids).toContain(emu.state.userByName(target)!.id.toString())

    const destroyed = await call(emu, 'POST', '/1.1/friendships/destroy.json', { params: { screen_name: target } })
    expect(destroyed.status).toBe(200)
    expect(destroyed.json().following).toBe(false)
    const after = await show()
    expect(after.source.following).toBe(false)
    expect(after.target.followed_by).toBe(false)
    expect(after.source.followed_by).toBe(followsMe)
  })

  it('refuses to follow yourself (403 code 158) and an unknown user (404 code 50)', async () => {
    const self = await call(emu, 'POST', '/1.1/friendships/create.json', { params: { screen_name: 'emu_dev' } })
    expect(self.status).toBe(403)
    expect(self.json().errors[0].code).toBe(158)
    const nobody = await call(emu, 'POST', '/1.1/friendships/create.json', { params: { screen_name: 'no_such_user_x' } })
    expect(nobody.status).toBe(404)
    expect(nobody.json().errors[0].code).toBe(50)
  })
})
