/**
 * Routing and validation: Twitter's 404 for unknown paths, 400s for missing and bad parameters, the
 * wrong-method answer, and every route of SPEC_ROUTES called once, signed by the test signer, with its
 * parameters filled from the seeded world, answering 2xx.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SPEC_ROUTES, startEmulator, type Emulator, type SpecRoute } from '../src/index.js'
import { authHeader, call, errorOf, formBody, namedUsers, query, userKeys, type Reply } from './emulator-helpers.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
})
afterAll(() => emu.close())

describe('routing and validation', () => {
  it('answers an unknown path with 404 and Twitter\'s body', async () => {
    for (const path of ['/1.1/statuses/nothing_here.json', '/1.1/users/show', '/']) {
      const reply = await call(emu, 'GET', path)
      expect(reply.status, path).toBe(404)
      expect(reply.json()).toEqual({ errors: [{ message: 'Sorry, that page does not exist', code: 34 }] })
      expect(reply.headers.get('content-type')).toMatch(/^application\/json/)
    }
    const unsigned = await call(emu, 'GET', '/1.1/statuses/nothing_here.json', { keys: null })
    expect(unsigned.status).toBe(404)
    expect(unsigned.json()).toEqual({ errors: [{ message: 'Sorry, that page does not exist', code: 34 }] })
  })

  it('answers a missing required parameter with 400 code 25', async () => {
    for (const [path, params] of [
      ['/1.1/search/tweets.json', {}],
      ['/1.1/search/tweets.json', { q: '' }],
      ['/1.1/trends/closest.json', { lat: '37.78' }],
    ] as const) {
      const reply = await call(emu, 'GET', path, { params })
      expect(reply.status, path).toBe(400)
      expect(errorOf(reply).code).toBe(25)
    }
    const post = await call(emu, 'POST', '/1.1/statuses/update.json', { params: {} })
    expect(post.status).toBe(400)
    expect(errorOf(post).code).toBe(25)
  })

  it('answers a non-numeric id with 400 code 44', async () => {
    const inPath = await call(emu, 'GET', '/1.1/statuses/show/abc.json')
    expect(inPath.status).toBe(400)
    expect(errorOf(inPath).code).toBe(44)
    const inQuery = await call(emu, 'GET', '/1.1/users/show.json', { params: { user_id: '12ab' } })
    expect(inQuery.status).toBe(400)
    expect(errorOf(inQuery).code).toBe(44)
    const inList = await call(emu, 'POST', '/1.1/statuses/lookup.json', { params: { id: '1,x,3' } })
    expect(inList.status).toBe(400)
    expect(errorOf(inList).code).toBe(44)
    const number = await call(emu, 'GET', '/1.1/trends/closest.json', { params: { lat: 'north', long: '0' } })
    expect(number.status).toBe(400)
    expect(errorOf(number).code).toBe(44)
  })

  it('answers a bad enum value with 400 code 44', async () => {
    const reply = await call(emu, 'GET', '/1.1/search/tweets.json', { params: { q: 'api', result_type: 'loudest' } })
    expect(reply.status).toBe(400)
    expect(errorOf(reply)).toEqual({ code: 44, message: 'result_type parameter is invalid.' })
    const ok = await call(emu, 'GET', '/1.1/search/tweets.json', { params: { q: 'api', result_type: 'recent' } })
    expect(ok.status).toBe(200)
  })

  it('answers a GET on a POST-only endpoint with a Twitter-shaped error', async () => {
    const reply = await call(emu, 'GET', '/1.1/statuses/update.json', { params: { status: 'hi' } })
    expect(reply.status).toBeGreaterThanOrEqual(400)
    expect(reply.status).toBeLessThan(500)
    expect(reply.json()).toEqual({ errors: [{ code: 86, message: 'This method requires a POST.' }] })
  })

  it('answers a POST on a GET-only endpoint with Twitter\'s 404', async () => {
    const reply = await call(emu, 'POST', '/1.1/statuses/home_timeline.json', { params: {} })
    expect(reply.status).toBe(404)
    expect(errorOf(reply).code).toBe(34)
  })
})

/**
 * Routes left out of the 2xx loop, with the reason. Nothing in SPEC_ROUTES fails by design; only the
 * upload endpoint is tested elsewhere.
 */
const EXCLUDED: Readonly<Record<string, string>> = {
  upload_media: 'media/upload (simple and chunked) is covered by upload.test.ts',
}

/** Routes that act on what an earlier route created or changed; they run after every other route. */
const AFTER: readonly string[] = [
  'destroy_favorite', // after create_favorite: unfavorite the tweet just favorited
  'destroy_block', // after create_block
  'destroy_mute', // after create_mute
  'destroy_friendship', // after create_friendship
  'unsubscribe_from_list', // after subscribe_to_list
  'delete_list_member', // after add_list_member
  'delete_list_members', // after create_list_members
  'delete_list', // the list create_list made
  'destroy_saved_search', // the saved search create_saved_search made
  'destroy_status', // the tweet update_status made
  'destroy_direct_message', // the message send_direct_message made
  'invalidate_token', // the bearer token made for it
  'get_user_suggestions_by_slug', // a slug get_user_suggestions listed
  'get_user_suggestions_statuses_by_slug', // likewise
]

describe('every route of the spec answers 2xx', () => {
  const replies = new Map<string, Reply>()
  const bodyOf = (id: string) => replies.get(id)!.json() as Record<string, any>

  /**
   * What the loop needs from the seeded world, chosen from `emu.state` before any route changes it: users
   * in the right relations to @emu_dev, lists, tweets, a direct message, a saved search, a busy hashtag.
   */
  let picks: ReturnType<typeof pickFromSeed>
  function pickFromSeed() {
    const s = emu.state
    const me = s.userByName('emu_dev')!.id.toString()
    const named = namedUsers(emu)
    const blockedEitherWay = (id: string) => (s.blocks.get(me)?.has(id) ?? false) || (s.blocks.get(id)?.has(me) ?? false)
    const usable = named.filter((u) => !blockedEitherWay(u.id) && !s.users.get(u.id)!.protected)
    const used = new Set<string>()
    const take = (filter: (u: { id: string; screen_name: string }) => boolean, what: string, fallback?: (u: { id: string }) => boolean) => {
      const u = usable.find((x) => !used.has(x.id) && filter(x)) ?? (fallback ? usable.find((x) => !used.has(x.id) && fallback(x)) : undefined)
      if (!u) throw new Error(`the seed has no user for ${what}`)
      used.add(u.id)
      return u
    }
    const dmTo = take((u) => s.isFollowing(u.id, me), 'a direct message (follows @emu_dev)')
    const follow = take((u) => !s.isFollowing(me, u.id), 'friendships/create (not followed by @emu_dev)')
    const block = take((u) => !s.isFollowing(me, u.id) && !s.isFollowing(u.id, me), 'blocks/create', () => true)
    const mute = take((u) => !(s.mutes.get(me)?.has(u.id) ?? false), 'mutes/users/create (not muted)')
    const visible = [...s.lists.values()].filter((l) => l.mode === 'public' || l.owner === me)
    const own = visible.find((l) => l.owner === me)!
    const notInOwn = usable.filter((u) => !own.members.has(u.id))
    const withMembers = visible.find((l) => l.members.size > 0)!
    const withSubscribers = visible.find((l) => l.subscribers.size > 0)!
    const toSubscribe = visible.find((l) => l.owner !== me && l.mode === 'public') ?? own
    const nameOf = (id: string) => s.users.get(id)!.screen_name
    const tweetsBy = (id: string) => s.sortedTweets((t) => t.user === id && !t.retweet_of)
    const others = s.sortedTweets((t) => t.user !== me && !t.retweet_of)
    const notRetweeted = others.filter((t) => !s.sortedTweets((r) => r.retweet_of === t.id.toString() && r.user === me).length)
    const notFaved = others.filter((t) => !s.users.get(me)!.favourites.has(t.id.toString()))
    const tags = new Map<string, number>()
    for (const t of s.tweets.values()) if (!t.retweet_of) for (const h of t.entities.hashtags) tags.set(h.text.toLowerCase(), (tags.get(h.text.toLowerCase()) ?? 0) + 1)
    const busiestTag = [...tags].sort((a, b) => b[1] - a[1])[0]![0]
    return {
      me,
      dmTo: dmTo.screen_name,
      follow: follow.screen_name,
      block: block.screen_name,
      mute: mute.screen_name,
      ownList: own.id.toString(),
      ownSlug: own.slug,
      addMember: notInOwn[0]!.screen_name,
      addMembers: `${notInOwn[1]!.screen_name},${notInOwn[2]!.screen_name}`,
      memberList: withMembers,
      member: nameOf([...withMembers.members][0]!),
      subscriberList: withSubscribers.id.toString(),
      subscriber: nameOf([...withSubscribers.subscribers][0]!),
      subscribeTo: toSubscribe.id.toString(),
      listOwner: nameOf(withMembers.owner),
      dm: [...s.dms.values()].find((d) => d.recipient === me || d.sender === me)!.id.toString(),
      savedSearch: [...s.savedSearches.values()].find((x) => x.owner === me)!.id.toString(),
      retweeted: [...s.tweets.values()].find((t) => t.retweet_of)?.retweet_of ?? others[0]!.id.toString(),
      favorite: notFaved[0]!.id.toString(),
      retweet: notRetweeted[0]!.id.toString(),
      show: tweetsBy(s.userByName('twitterapi')!.id.toString())[0]!.id.toString(),
      lookup: `${others[1]!.id},${others[2]!.id}`,
      oembed: others[3]!.id.toString(),
      tag: busiestTag,
      someone: named[0]!.screen_name,
      spam: [...s.users.values()].find((u) => /^follower_\d+$/.test(u.screen_name) && !blockedEitherWay(u.id.toString()))!.screen_name,
    }
  }

  /** Parameters from the picks above, or from what an earlier route answered. */
  function paramsOf(id: string): Record<string, string> {
    const p = picks
    const png = Buffer.from('89504e470d0a1a0a', 'hex').toString('base64')
    const table: Record<string, Record<string, string> | (() => Record<string, string>)> = {
      get_account_settings: {},
      verify_credentials: { include_email: 'true', skip_status: 'false' },
      update_account_settings: { lang: 'en', time_zone: 'Europe/London', sleep_time_enabled: 'false' },
      update_delivery_service: { device: 'none' },
      update_profile: { description: 'Building bots against the offline emulator.', location: 'localhost' },
      update_profile_banner_image: { banner: png, width: '1500', height: '500' },
      update_profile_colors: { profile_link_color: '0084B4' },
      update_profile_image: { image: png },
      remove_profile_banner: {},
      update_profile_background_image: { image: png, tile: 'true' },
      list_blocks: {},
      list_block_ids: { stringify_ids: 'true' },
      create_block: { screen_name: p.block },
      destroy_block: { screen_name: p.block },
      get_direct_messages: { count: '5' },
      get_sent_messages: { count: '5' },
      get_direct_message: { id: p.dm },
      send_direct_message: { screen_name: p.dmTo, text: `hello @${p.dmTo} from the route loop` },
      destroy_direct_message: () => ({ id: bodyOf('send_direct_message').id_str }),
      get_favorites: { screen_name: 'emu_dev' },
      create_favorite: { id: p.favorite },
      destroy_favorite: { id: p.favorite },
      get_user_ids_of_blocked_retweets: { stringify_ids: 'true' },
      get_friends_ids: { screen_name: 'emu_dev' },
      get_followers_ids: { screen_name: 'twitterapi', count: '100' },
      lookup_friendships: { screen_name: `${p.dmTo},${p.follow}` },
      get_incoming_friendship_ids: {},
      get_outgoing_friendship_ids: {},
      create_friendship: { screen_name: p.follow, follow: 'true' },
      destroy_friendship: { screen_name: p.follow },
      update_friendship: { screen_name: 'twitterapi', retweets: 'true' },
      show_friendship: { source_screen_name: 'emu_dev', target_screen_name: p.dmTo },
      get_friends_list: { screen_name: 'emu_dev' },
      get_followers_list: { user_id: emu.state.userByName('twitterapi')!.id.toString(), count: '50' },
      get_geo_info: { place_id: '5a110d312052166f' },
      reverse_geocode: { lat: '37.7821', long: '-122.4093', granularity: 'city' },
      search_geo: { query: 'San Francisco', granularity: 'city' },
      get_similar_places: { lat: '37.7821', long: '-122.4093', name: 'Twitter HQ' },
      create_place: { name: 'Emulator HQ', contained_within: '5a110d312052166f', token: 'token-from-similar-places', lat: '37.7821', long: '-122.4093' },
      get_twitter_configuration: {},
      get_supported_languages: {},
      get_privacy_policy: {},
      get_tos: {},
      get_application_rate_limit_status: { resources: 'statuses,users' },
      show_lists: { screen_name: p.listOwner },
      get_list_statuses: { slug: p.memberList.slug, owner_screen_name: p.listOwner, count: '5' },
      delete_list_member: { list_id: p.ownList, screen_name: p.addMember },
      get_list_memberships: { screen_name: p.member },
      get_list_subscribers: { list_id: p.subscriberList },
      subscribe_to_list: { list_id: p.subscribeTo },
      is_list_subscriber: { list_id: p.subscriberList, screen_name: p.subscriber },
      unsubscribe_from_list: { list_id: p.subscribeTo },
      create_list_members: { list_id: p.ownList, screen_name: p.addMembers },
      is_list_member: { list_id: p.memberList.id.toString(), screen_name: p.member },
      get_list_members: { slug: p.ownSlug, owner_screen_name: 'emu_dev' },
      add_list_member: { list_id: p.ownList, screen_name: p.addMember },
      delete_list: () => ({ list_id: bodyOf('create_list').id_str }),
      update_list: { list_id: p.ownList, description: 'Updated by the route loop.' },
      create_list: { name: 'Emulator tests', mode: 'public', description: 'made by the route loop' },
      get_specific_list: { list_id: p.subscriberList },
      get_list_subscriptions: { screen_name: 'emu_dev' },
      delete_list_members: { list_id: p.ownList, screen_name: p.addMembers },
      show_owned_lists: { screen_name: 'emu_dev' },
      list_mutes: {},
      list_mute_ids: {},
      create_mute: { screen_name: p.mute },
      destroy_mute: { screen_name: p.mute },
      invalidate_token: () => ({ access_token: bodyOf('__bearer').access_token }),
      get_saved_searches: {},
      show_saved_search: { id: p.savedSearch },
      create_saved_search: { query: '#emulator' },
      destroy_saved_search: () => ({ id: bodyOf('create_saved_search').id_str }),
      search: { q: `#${p.tag}`, result_type: 'recent', count: '5' },
      get_place_trends: { id: '1' },
      get_available_trends: {},
      get_closest_trends: { lat: '37.7821', long: '-122.4093' },
      get_mentions_timeline: { count: '10' },
      get_user_timeline: { screen_name: 'twitterapi', count: '10' },
      get_home_timeline: { count: '10' },
      retweeted_of_me: {},
      get_retweets: { id: p.retweeted },
      show_status: { id: p.show },
      lookup_status: { id: p.lookup },
      destroy_status: () => ({ id: bodyOf('update_status').id_str }),
      update_status: { status: `Posted by the route loop ${randomBytes(4).toString('hex')} #emulator` },
      retweet: { id: p.retweet },
      update_status_with_media: { status: `With media ${randomBytes(4).toString('hex')}` },
      get_oembed_tweet: { id: p.oembed, omit_script: 'true' },
      get_retweeters_ids: { id: p.retweeted },
      lookup_user: { screen_name: `${p.someone},twitterapi` },
      show_user: { screen_name: p.someone },
      search_users: { q: p.someone.slice(0, 4) },
      get_contributees: { screen_name: 'emu_dev' },
      get_contributors: { screen_name: 'twitterapi' },
      get_profile_banner_sizes: { screen_name: 'emu_dev' },
      get_user_suggestions_by_slug: () => ({ slug: (replies.get('get_user_suggestions')!.json() as { slug: string }[])[0]!.slug }),
      get_user_suggestions: {},
      get_user_suggestions_statuses_by_slug: () => ({ slug: (replies.get('get_user_suggestions')!.json() as { slug: string }[]).at(-1)!.slug }),
      report_spam: { screen_name: p.spam, perform_block: 'false' },
    }
    const params = table[id]
    if (!params) throw new Error(`no parameters written for ${id}`)
    return typeof params === 'function' ? params() : { ...params }
  }

  const routes = SPEC_ROUTES.filter((r) => !(r.id in EXCLUDED))
  const ordered = [...routes.filter((r) => !AFTER.includes(r.id)), ...AFTER.map((id) => routes.find((r) => r.id === id)!)]

  beforeAll(async () => {
    picks = pickFromSeed()
    // invalidate_token revokes an app-only bearer token, so one is made for it first.
    const res = await fetch(`${emu.url}/oauth2/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${emu.app.appKey}:${emu.app.appSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: 'grant_type=client_credentials',
    })
    const text = await res.text()
    replies.set('__bearer', { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) })
  })

  it('covers every route once, with parameters written for each', () => {
    expect(ordered).toHaveLength(SPEC_ROUTES.length - Object.keys(EXCLUDED).length)
    expect(new Set(ordered.map((r) => r.id)).size).toBe(ordered.length)
    for (const id of Object.keys(EXCLUDED)) expect(SPEC_ROUTES.some((r) => r.id === id)).toBe(true)
  })

  it.each(ordered.map((r) => [r.id, r] as const))('%s', async (id, route: SpecRoute) => {
    const params = paramsOf(id)
    for (const [name, spec] of Object.entries(route.params)) if (spec.required && spec.type !== 'file') expect(params[name], `${id} needs ${name}`).toBeTruthy()
    const path = `/${route.versioned ? '1.1/' : ''}${route.path.replace(/:([a-z_]+)/g, (_m, name: string) => {
      const value = params[name]!
      delete params[name]
      return encodeURIComponent(value)
    })}${route.versioned ? '.json' : ''}`
    let reply: Reply
    if (route.auth === 'app') {
      // oauth2/invalidate_token authenticates the application with its Basic credentials.
      const res = await fetch(`${emu.url}${path}`, {
        method: route.method,
        headers: { authorization: `Basic ${Buffer.from(`${emu.app.appKey}:${emu.app.appSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: formBody(params),
      })
      const text = await res.text()
      reply = { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) }
    } else if (Object.values(route.params).some((p) => p.type === 'file' && p.required)) {
      // A multipart body: its fields are not part of the signature (RFC 5849 3.4.1.3.1).
      const url = `${emu.url}${path}`
      const body = new FormData()
      for (const [k, v] of Object.entries(params)) body.append(k, v)
      body.append('media[]', new Blob([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')], { type: 'image/png' }), 'pixel.png')
      const res = await fetch(url, { method: route.method, headers: { authorization: authHeader(route.method, url, {}, userKeys(emu)) }, body })
      const text = await res.text()
      reply = { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) }
    } else {
      reply = await call(emu, route.method, path, { params })
    }
    expect(reply.status, `${route.method} ${path}${route.method === 'GET' ? query(params) : ''} -> ${reply.text.slice(0, 300)}`).toBeGreaterThanOrEqual(200)
    expect(reply.status).toBeLessThan(300)
    replies.set(id, reply)
    if (route.returns === 'empty') expect(reply.text).toBe('')
    else {
      const body = reply.json()
      if (route.returns.endsWith('[]') && !route.returns.includes('|')) expect(Array.isArray(body), reply.text.slice(0, 200)).toBe(true)
      else expect(typeof body).toBe('object')
    }
  })

  it('left the world consistent after the loop', () => {
    const s = emu.state
    const me = picks.me
    const idOf = (name: string) => s.userByName(name)!.id.toString()
    expect(s.blocks.get(me)?.has(idOf(picks.block)) ?? false).toBe(false)
    expect(s.isFollowing(me, idOf(picks.follow))).toBe(false)
    expect(s.mutes.get(me)?.has(idOf(picks.mute)) ?? false).toBe(false)
    expect(s.users.get(me)!.favourites.has(picks.favorite)).toBe(false)
    expect(s.tweets.has(bodyOf('update_status').id_str)).toBe(false)
    expect(s.lists.has(bodyOf('create_list').id_str)).toBe(false)
    expect(s.dms.has(bodyOf('send_direct_message').id_str)).toBe(false)
    expect(s.savedSearches.has(bodyOf('create_saved_search').id_str)).toBe(false)
    expect(s.tweets.has(bodyOf('update_status_with_media').id_str)).toBe(true)
    expect(s.lists.get(picks.ownList)!.members.has(idOf(picks.addMember))).toBe(false)
    expect(bodyOf('retweet').retweeted_status.id_str).toBe(picks.retweet)
    expect(bodyOf('show_status').id_str).toBe(picks.show)
  })
})
