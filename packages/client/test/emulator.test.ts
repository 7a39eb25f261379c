/**
 * The client against the emulator, over real sockets: both OAuth versions and the three-legged flow,
 * every error class, cursors, one call per resource family, chunked upload and a live filter stream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '@twython/emulator'
import { Twython, TwythonAuthError, TwythonError, TwythonRateLimitError, TwythonStreamer, stream, type StreamMessage, type Tweet } from '../src/index.js'

let emu: Emulator
let twitter: Twython
beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
  twitter = new Twython({ ...emu.credentials, hosts: emu.hosts })
})
afterAll(() => emu.close())

describe('OAuth', () => {
  it('signs user-context calls the emulator verifies with its own code', async () => {
    const me = await twitter.verifyCredentials()
    expect(me.screen_name).toBe('emu_dev')
    expect(BigInt(me.id_str)).toBeGreaterThan(2n ** 53n)
  })

  it('runs the three-legged flow end to end', async () => {
    const app = new Twython({ ...emu.app, hosts: emu.hosts, authEndpoint: 'authorize' })
    const request = await app.getAuthenticationTokens({ callbackUrl: 'https://app.example/callback', forceLogin: true, screenName: 'ada_l' })
    expect(request.oauth_callback_confirmed).toBe(true)
    expect(request.auth_url).toBe(`${emu.url}/oauth/authorize?oauth_token=${request.oauth_token}&force_login=true&screen_name=ada_l`)
    const verifier = emu.approve(request.oauth_token, 'ada_l')
    const step3 = new Twython({ ...emu.app, oauthToken: request.oauth_token, oauthTokenSecret: request.oauth_token_secret, hosts: emu.hosts })
    const tokens = await step3.getAuthorizedTokens(verifier)
    expect(tokens.screen_name).toBe('ada_l')
    const ada = new Twython({ ...emu.app, oauthToken: tokens.oauth_token, oauthTokenSecret: tokens.oauth_token_secret, hosts: emu.hosts })
    expect((await ada.verifyCredentials()).screen_name).toBe('ada_l')
    // The request token is single-use.
    await expect(step3.getAuthorizedTokens(verifier)).rejects.toBeInstanceOf(TwythonAuthError)
  })

  it('obtains, uses and invalidates an app-only bearer token', async () => {
    const token = await new Twython({ ...emu.app, oauthVersion: 2, hosts: emu.hosts }).obtainAccessToken()
    const app = new Twython({ ...emu.app, accessToken: token, hosts: emu.hosts })
    expect(app.oauthVersion).toBe(2)
    expect((await app.showUser({ screen_name: 'jack' })).name).toBe('jack')
    // A user-context route with an app-only token fails before it is sent (the emulator would answer 220).
    const refused = await app.getHomeTimeline().catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(TwythonAuthError)
    expect((refused as TwythonError).message).toMatch(/^get_home_timeline \(GET statuses\/home_timeline\) needs OAuth 1\.0a user context \(auth: user\)/)
    expect((await app.invalidateToken({ access_token: token })).access_token).toBe(token)
    await expect(app.showUser({ screen_name: 'jack' })).rejects.toBeInstanceOf(TwythonAuthError)
  })
})

describe('errors', () => {
  it('maps a bad signature to TwythonAuthError with code 32', async () => {
    const wrong = new Twython({ ...emu.credentials, oauthTokenSecret: 'not-the-secret', hosts: emu.hosts })
    const error = await wrong.verifyCredentials().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonAuthError)
    expect(error).toMatchObject({ status: 401, errorCode: 32, message: 'Twitter API returned a 401 (Unauthorized), Could not authenticate you.' })
  })

  it('maps a spent rate limit to TwythonRateLimitError with the reset time', async () => {
    emu.setRateLimit('get_supported_languages', 1)
    await twitter.getSupportedLanguages()
    const reset = Number(twitter.getLastFunctionHeader('x-rate-limit-reset'))
    expect(twitter.getLastFunctionHeader('x-rate-limit-remaining')).toBe('0')
    const error = await twitter.getSupportedLanguages().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonRateLimitError)
    expect(error).toMatchObject({ status: 429, errorCode: 88, retryAfter: reset })
  })

  it('maps Twitter’s 4xx bodies: not found, duplicate, missing parameter', async () => {
    await expect(twitter.showStatus({ id: '1' })).rejects.toMatchObject({ status: 404, errorCode: 144 })
    const status = `duplicate check ${Date.now()}`
    await twitter.updateStatus({ status })
    await expect(twitter.updateStatus({ status })).rejects.toMatchObject({ status: 403, errorCode: 187, message: 'Twitter API returned a 403 (Forbidden), Status is a duplicate.' })
    await expect(twitter.get('statuses/show/x')).rejects.toMatchObject({ status: 400, errorCode: 44 })
    await expect(twitter.get('no/such/endpoint')).rejects.toMatchObject({ status: 404, errorCode: 34 })
  })

  it('turns faults into clear TwythonErrors: 503 Twitter body, HTML page, truncated body, reset connection', async () => {
    emu.faults.add({ route: 'get_tos', status: 503 })
    await expect(twitter.getTos()).rejects.toMatchObject({ status: 503, errorCode: 130 })
    emu.faults.add({ route: 'get_tos', status: 500, body: 'html' })
    await expect(twitter.getTos()).rejects.toThrow('Twitter API returned a 500 (Internal Server Error), An error occurred processing your request. (the response was an HTML page, not JSON)')
    emu.faults.add({ route: 'get_tos', truncate: true })
    await expect(twitter.getTos()).rejects.toBeInstanceOf(TwythonError)
    emu.faults.add({ route: 'get_tos', reset: true })
    await expect(twitter.getTos()).rejects.toThrow(/Network error while calling GET/)
    await expect(twitter.getTos()).resolves.toHaveProperty('tos')
  })

  it('times out a stalled call with a TwythonError', async () => {
    emu.faults.add({ route: 'get_privacy_policy', delayMs: 500 })
    await expect(twitter.getPrivacyPolicy({}, { timeout: 100 })).rejects.toThrow(/timed out after 100 ms/)
  })
})

describe('cursor', () => {
  it('pages every follower id of a popular account, no duplicates', async () => {
    const ids: (string | number)[] = []
    for await (const id of twitter.cursor(twitter.getFollowersIds, { screen_name: 'twitterapi', count: 100, stringify_ids: true })) ids.push(id)
    expect(ids.length).toBeGreaterThanOrEqual(320)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('pages a timeline by max_id and search by next_results', async () => {
    const tweets: Tweet[] = []
    for await (const tweet of twitter.cursor(twitter.getUserTimeline, { screen_name: 'twitterapi', count: 2 })) tweets.push(tweet)
    expect(tweets.length).toBeGreaterThanOrEqual(6)
    expect(new Set(tweets.map((t) => t.id_str)).size).toBe(tweets.length)
    const pages: number[] = []
    for await (const page of twitter.cursor(twitter.search, { q: '#typescript', count: 2 }, { returnPages: true })) pages.push(page.length)
    expect(pages.length).toBeGreaterThan(1)
  })
})

describe('one call per resource family', () => {
  it('tweets, favorites, search', async () => {
    const tweet = await twitter.updateStatus({ status: 'family check 🚀 @jack #typescript https://example.com/a $TWTR' })
    expect(tweet.entities.user_mentions[0]).toMatchObject({ screen_name: 'jack', indices: [15, 20] })
    expect(tweet.entities.urls[0]!.expanded_url).toBe('https://example.com/a')
    expect(Twython.htmlForTweet(tweet)).toContain('<a href="https://twitter.com/jack" class="twython-mention">@jack</a>')
    expect((await twitter.showStatus({ id: tweet.id_str })).id_str).toBe(tweet.id_str)
    expect((await twitter.createFavorite({ id: tweet.id_str })).favorited).toBe(true)
    expect((await twitter.getFavorites()).some((t) => t.id_str === tweet.id_str)).toBe(true)
    expect((await twitter.search({ q: 'family check' })).statuses[0]!.id_str).toBe(tweet.id_str)
    expect((await twitter.destroyStatus({ id: tweet.id_str })).id_str).toBe(tweet.id_str)
  })

  it('friendships, blocks, mutes, users', async () => {
    await twitter.createFriendship({ screen_name: 'linus_t' })
    expect((await twitter.showFriendship({ source_screen_name: 'emu_dev', target_screen_name: 'linus_t' })).relationship.source.following).toBe(true)
    expect((await twitter.lookupFriendships({ screen_name: ['linus_t'] }))[0]!.connections).toContain('following')
    await twitter.createBlock({ screen_name: 'tim_bl' })
    expect((await twitter.listBlockIds({ stringify_ids: true })).ids).toContain(emu.state.userByName('tim_bl')!.id.toString())
    await twitter.createMute({ screen_name: 'guido_vr' })
    expect((await twitter.listMutes()).users.map((u) => u.screen_name)).toContain('guido_vr')
    expect((await twitter.lookupUser({ screen_name: ['jack', 'ada_l'] })).map((u) => u.screen_name).sort()).toEqual(['ada_l', 'jack'])
  })

  it('lists, saved searches, direct messages, account', async () => {
    const list = await twitter.createList({ name: 'Test list', mode: 'private' })
    await twitter.addListMember({ list_id: list.id_str, screen_name: 'jack' })
    expect((await twitter.getListMembers({ list_id: list.id_str })).users.map((u) => u.screen_name)).toEqual(['jack'])
    const saved = await twitter.createSavedSearch({ query: 'emulator' })
    expect((await twitter.showSavedSearch({ id: saved.id_str })).query).toBe('emulator')
    const dm = await twitter.sendDirectMessage({ screen_name: 'ada_l', text: 'hello' })
    expect((await twitter.getSentMessages()).some((m) => m.id_str === dm.id_str)).toBe(true)
    expect((await twitter.getAccountSettings()).screen_name).toBe('emu_dev')
  })

  it('geo, trends, help', async () => {
    expect((await twitter.getGeoInfo({ place_id: '5a110d312052166f' })).full_name).toBe('San Francisco, CA')
    expect((await twitter.getPlaceTrends({ id: 1 }))[0]!.trends.length).toBeGreaterThan(0)
    expect((await twitter.getAvailableTrends()).some((l) => l.woeid === 1)).toBe(true)
    expect((await twitter.getTwitterConfiguration()).short_url_length_https).toBe(23)
    const limits = await twitter.getApplicationRateLimitStatus({ resources: ['statuses'] })
    expect(Object.keys(limits.resources)).toEqual(['statuses'])
  })

  it('media: simple upload and chunked video upload', async () => {
    const simple = await twitter.uploadMedia({ media: new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]) })
    expect(simple.media_id_string).toMatch(/^\d+$/)
    const video = Buffer.alloc(3 * 1024 * 1024 + 17, 7)
    const progress: number[] = []
    const uploaded = await twitter.uploadVideo(video, 'video/mp4', { chunkSize: 1024 * 1024, checkProgress: false, onProgress: (p) => progress.push(p.bytesSent) })
    expect(uploaded.media_id_string).toMatch(/^\d+$/)
    expect(progress.at(-1)).toBe(video.length)
  })
})

describe('streaming', () => {
  it('delivers a tweet posted through the API on a filter stream, through the async iterator', async () => {
    const controller = new AbortController()
    const received: StreamMessage[] = []
    const done = (async () => {
      try {
        for await (const message of stream({ ...emu.credentials, hosts: emu.hosts }, 'statuses/filter', { track: ['emulatorstream'] }, { signal: controller.signal })) {
          received.push(message)
          if (message.kind === 'tweet') break
        }
      } catch (error) {
        if (!controller.signal.aborted) throw error
      }
    })()
    // Post until the stream is connected and delivers (the first post may race the connection).
    for (let i = 0; i < 50 && !received.some((m) => m.kind === 'tweet'); i++) {
      await twitter.updateStatus({ status: `hello emulatorstream ${i} ${Date.now()}` })
      await new Promise((r) => setTimeout(r, 50))
    }
    await done
    controller.abort()
    const tweet = received.find((m) => m.kind === 'tweet')
    expect(tweet && 'data' in tweet ? (tweet.data as { text: string }).text : '').toMatch(/^hello emulatorstream/)
  })

  it('TwythonStreamer connects, dispatches and disconnects', async () => {
    const seen: string[] = []
    class Collector extends TwythonStreamer {
      override onSuccess(data: unknown): boolean {
        const text = (data as { text?: string }).text
        if (text) {
          seen.push(text)
          this.disconnect()
        }
        return true
      }
    }
    const streamer = new Collector({ ...emu.credentials, hosts: emu.hosts })
    const running = streamer.statuses.filter({ track: 'streamerclass' })
    for (let i = 0; i < 50 && seen.length === 0; i++) {
      await twitter.updateStatus({ status: `streamerclass ${i} ${Date.now()}` })
      await new Promise((r) => setTimeout(r, 50))
    }
    await running
    expect(seen[0]).toMatch(/^streamerclass/)
  })
})
