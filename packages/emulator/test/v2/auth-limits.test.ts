/**
 * v2 security and limits: X's 401 for missing or bad credentials, 403 "Unsupported Authentication" for a
 * credential type the operation does not take, rate limits with X's 15-minute and 24-hour headers and its
 * 429, unknown paths, and injected faults on v2 operations. Answers are validated where X documents them.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { startEmulator, type Emulator } from '../../src/index.js'
import { authHeader, userKeys } from '../emulator-helpers.js'
import { idOf, v2, validated } from './v2-helpers.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator()
})
beforeEach(() => emu.reset())
afterAll(async () => {
  console.log(`auth-limits.test.ts: answers validated: ${validated['2.159']} against 2.159, ${validated['2.167']} against 2.167, ${validated.generic} generic problems against 2.159`)
  await emu.close()
})

const UNAUTHORIZED = { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }

test('no credentials, a bad signature, an unknown bearer token: X’s 401', async () => {
  expect((await v2(emu, 'GET', '/2/users/me', { auth: 'none' })).body).toEqual(UNAUTHORIZED)
  const url = `${emu.url}/2/users/me`
  const signedForOtherUrl = authHeader('GET', `${emu.url}/2/users/other`, {}, userKeys(emu))
  expect((await v2(emu, 'GET', '/2/users/me', { auth: { header: signedForOtherUrl } })).body).toEqual(UNAUTHORIZED)
  const wrongSecret = authHeader('GET', url, {}, { ...userKeys(emu), tokenSecret: 'not-the-secret' })
  expect((await v2(emu, 'GET', '/2/users/me', { auth: { header: wrongSecret } })).status).toBe(401)
  // Not an app-only token and (until issue 14's provider) not a known OAuth 2 user token either.
  expect((await v2(emu, 'GET', '/2/users/me', { auth: { header: 'Bearer made-up-token' } })).body).toEqual(UNAUTHORIZED)
})

test('an OAuth 1.0a signature covers the query of a v2 call, not its JSON body', async () => {
  const id = [...emu.state.tweets.values()][0]!.id.toString()
  const ok = await v2(emu, 'GET', `/2/tweets/${id}`, { query: { 'tweet.fields': 'created_at', expansions: 'author_id' } })
  expect(ok.status).toBe(200)
  const posted = await v2(emu, 'POST', '/2/tweets', { body: { text: 'signed without the body' } })
  expect(posted.status).toBe(201)
})

test('403 Unsupported Authentication names the types the operation takes', async () => {
  const app = await v2(emu, 'POST', '/2/tweets', { auth: 'bearer', body: { text: 'app-only cannot post' } })
  expect(app.status).toBe(403)
  expect(app.body).toEqual({
    title: 'Unsupported Authentication',
    detail: 'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 2.0 User Context, OAuth 1.0a User Context].',
    type: 'https://api.x.com/2/problems/unsupported-authentication',
    status: 403,
  })
  const user = await v2(emu, 'GET', '/2/tweets/counts/all', { query: { query: 'api' } })
  expect(user.body.detail).toContain('Supported authentication types are [OAuth 2.0 Application-Only]')
  const old = await v2(emu, 'GET', '/2/tweets/search/all', { query: { query: 'api', 'tweet.fields': 'id' } })
  expect(old.body.type).toBe('https://api.twitter.com/2/problems/unsupported-authentication')
})

test('rate limits: X’s 15-minute headers, a 429 problem when spent, 24-hour headers on writes', async () => {
  const me = idOf(emu, 'emu_dev')
  const first = await v2(emu, 'GET', `/2/users/${me}`)
  expect(first.headers.get('x-rate-limit-limit')).toBe('900')
  expect(first.headers.get('x-rate-limit-remaining')).toBe('899')
  const reset = Number(first.headers.get('x-rate-limit-reset'))
  expect(reset * 1000).toBeGreaterThan(Date.now())
  const app = await v2(emu, 'GET', `/2/users/${me}`, { auth: 'bearer' })
  expect(app.headers.get('x-rate-limit-limit')).toBe('300')

  emu.setRateLimit('getUsersById', 2)
  await v2(emu, 'GET', `/2/users/${me}`)
  await v2(emu, 'GET', `/2/users/${me}`)
  const spent = await v2(emu, 'GET', `/2/users/${me}`)
  expect(spent.status).toBe(429)
  expect(spent.body).toEqual({ title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 })
  expect(spent.headers.get('x-rate-limit-remaining')).toBe('0')
  expect(spent.headers.get('x-rate-limit-reset')).toMatch(/^\d+$/)

  const post = await v2(emu, 'POST', '/2/tweets', { body: { text: 'counting the day' } })
  expect(post.headers.get('x-rate-limit-limit')).toBe('100')
  expect(post.headers.get('x-app-limit-24hour-limit')).toBe('10000')
  expect(post.headers.get('x-app-limit-24hour-remaining')).toBe('9999')
  const like = await v2(emu, 'POST', `/2/users/${me}/likes`, { body: { tweet_id: post.body.data.id } })
  expect(like.headers.get('x-user-limit-24hour-limit')).toBe('1000')
  emu.setRateLimit('createPosts:24h', 1)
  expect((await v2(emu, 'POST', '/2/tweets', { body: { text: 'the last one today' } })).status).toBe(201)
  const capped = await v2(emu, 'POST', '/2/tweets', { body: { text: 'one too many today' } })
  expect(capped.status).toBe(429)
  expect(capped.headers.get('x-app-limit-24hour-remaining')).toBe('0')
})

test('unknown paths and methods under /2 are 404; faults play on v2 operations', async () => {
  const unknown = await v2(emu, 'GET', '/2/nothing/here', { unvalidated: true })
  expect(unknown.status).toBe(404)
  expect(unknown.body.title).toBe('Not Found Error')
  const wrongMethod = await v2(emu, 'PATCH', '/2/tweets', { unvalidated: true })
  expect(wrongMethod.status).toBe(404)
  emu.faults.add({ route: 'getUsersMe', status: 503 })
  const faulted = await fetch(`${emu.url}/2/users/me`, { headers: { authorization: authHeader('GET', `${emu.url}/2/users/me`, {}, userKeys(emu)) } })
  expect(faulted.status).toBe(503)
  await faulted.text()
  expect((await v2(emu, 'GET', '/2/users/me')).status).toBe(200)
})
