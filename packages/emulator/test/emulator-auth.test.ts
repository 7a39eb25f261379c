/**
 * Authentication over real sockets: OAuth 1.0a requests signed by the independent test signer (accepted,
 * and refused once tampered with), app-only bearer tokens, and the three-legged flow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.js'
import { authHeader, call, errorOf, formBody, namedUsers, parseForm, userKeys, type Keys } from './emulator-helpers.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
})
afterAll(() => emu.close())

const SHOW = '/1.1/users/show.json'

describe('OAuth 1.0a', () => {
  it('accepts a signed GET with a query', async () => {
    const reply = await call(emu, 'GET', SHOW, { params: { screen_name: 'twitterapi', include_entities: 'true' } })
    expect(reply.status, reply.text).toBe(200)
    expect(reply.json().screen_name).toBe('twitterapi')
  })

  it('accepts a signed POST with a form body (characters that need encoding included)', async () => {
    const status = `Hello Ladies + Gentlemen, a signed OAuth request! ${Date.now()} ☃ ~*'()`
    const reply = await call(emu, 'POST', '/1.1/statuses/update.json', { params: { status } })
    expect(reply.status, reply.text).toBe(200)
    expect(reply.json().text).toBe(status)
  })

  it('accepts a POST whose query and body both carry parameters, with "+" for spaces in the body', async () => {
    const url = `${emu.url}/1.1/statuses/update.json?include_entities=true`
    const status = `plus signs for spaces ${Date.now()}`
    const res = await fetch(url, {
      method: 'POST',
      headers: { authorization: authHeader('POST', url, { status }, userKeys(emu)), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ status }).toString(),
    })
    expect(res.status, await res.clone().text()).toBe(200)
    expect(((await res.json()) as { text: string }).text).toBe(status)
  })

  it('refuses a parameter changed after signing (query) with 401 code 32', async () => {
    const url = `${emu.url}${SHOW}?screen_name=twitterapi`
    const authorization = authHeader('GET', url, {}, userKeys(emu))
    const reply = await call(emu, 'GET', SHOW, { params: { screen_name: 'emu_dev' }, authorization })
    expect(reply.status).toBe(401)
    expect(errorOf(reply).code).toBe(32)
  })

  it('refuses a form parameter changed after signing with 401 code 32', async () => {
    const url = `${emu.url}/1.1/statuses/update.json`
    const authorization = authHeader('POST', url, { status: 'what I signed' }, userKeys(emu))
    const reply = await call(emu, 'POST', '/1.1/statuses/update.json', { params: { status: 'what I sent' }, authorization })
    expect(reply.status).toBe(401)
    expect(errorOf(reply)).toEqual({ code: 32, message: 'Could not authenticate you.' })
  })

  it('refuses a changed method with 401 code 32', async () => {
    const url = `${emu.url}${SHOW}?screen_name=twitterapi`
    const authorization = authHeader('POST', url, {}, userKeys(emu))
    const reply = await call(emu, 'GET', SHOW, { params: { screen_name: 'twitterapi' }, authorization })
    expect(reply.status).toBe(401)
    expect(errorOf(reply).code).toBe(32)
  })

  it('refuses a changed path with 401 code 32', async () => {
    const authorization = authHeader('GET', `${emu.url}/1.1/users/lookup.json?screen_name=twitterapi`, {}, userKeys(emu))
    const reply = await call(emu, 'GET', SHOW, { params: { screen_name: 'twitterapi' }, authorization })
    expect(reply.status).toBe(401)
    expect(errorOf(reply).code).toBe(32)
  })

  it('refuses a wrong consumer secret with 401 code 32', async () => {
    const reply = await call(emu, 'GET', SHOW, { params: { screen_name: 'twitterapi' }, keys: { ...userKeys(emu), consumerSecret: `${emu.app.appSecret}x` } })
    expect(reply.status).toBe(401)
    expect(errorOf(reply).code).toBe(32)
  })

  it('refuses a wrong token secret with 401 code 32', async () => {
    const reply = await call(emu, 'GET', SHOW, { params: { screen_name: 'twitterapi' }, keys: { ...userKeys(emu), tokenSecret: 'not-the-secret' } })
    expect(reply.status).toBe(401)
    expect(errorOf(reply).code).toBe(32)
  })

  it('refuses an unknown consumer key with 401 code 32', async () => {
    const reply = await call(emu, 'GET', SHOW, { params: { screen_name: 'twitterapi' }, keys: { ...userKeys(emu), consumerKey: 'someOtherApp' } })
    expect(reply.status).toBe(401)
    expect(errorOf(reply).code).toBe(32)
  })

  it('refuses a stale or future timestamp with 401 code 135', async () => {
    for (const skew of [-3600, 3600]) {
      const reply = await call(emu, 'GET', SHOW, { params: { screen_name: 'twitterapi' }, sign: { timestamp: Math.floor(Date.now() / 1000) + skew } })
      expect(reply.status).toBe(401)
      expect(errorOf(reply)).toEqual({ code: 135, message: 'Timestamp out of bounds.' })
    }
    const inWindow = await call(emu, 'GET', SHOW, { params: { screen_name: 'twitterapi' }, sign: { timestamp: Math.floor(Date.now() / 1000) - 120 } })
    expect(inWindow.status).toBe(200)
  })

  it('refuses a replayed nonce and timestamp with 401 code 32', async () => {
    const url = `${emu.url}${SHOW}?screen_name=twitterapi`
    const authorization = authHeader('GET', url, {}, userKeys(emu), { nonce: 'replayed-nonce-0001' })
    const first = await call(emu, 'GET', SHOW, { params: { screen_name: 'twitterapi' }, authorization })
    expect(first.status).toBe(200)
    const again = await call(emu, 'GET', SHOW, { params: { screen_name: 'twitterapi' }, authorization })
    expect(again.status).toBe(401)
    expect(errorOf(again).code).toBe(32)
  })

  it('answers 400 code 215 without an Authorization header', async () => {
    const reply = await call(emu, 'GET', SHOW, { params: { screen_name: 'twitterapi' }, keys: null })
    expect(reply.status).toBe(400)
    expect(errorOf(reply)).toEqual({ code: 215, message: 'Bad Authentication data.' })
  })

  it('answers 401 code 89 for an unknown access token', async () => {
    const reply = await call(emu, 'GET', SHOW, { params: { screen_name: 'twitterapi' }, keys: { ...userKeys(emu), token: '12345-unknownToken', tokenSecret: 'whatever' } })
    expect(reply.status).toBe(401)
    expect(errorOf(reply)).toEqual({ code: 89, message: 'Invalid or expired token.' })
  })

  it('signs in as the user a token was issued for', async () => {
    const other = namedUsers(emu)[0]!.screen_name
    const issued = emu.issueAccessToken(other)
    const reply = await call(emu, 'GET', '/1.1/account/verify_credentials.json', { keys: { consumerKey: emu.app.appKey, consumerSecret: emu.app.appSecret, token: issued.oauthToken, tokenSecret: issued.oauthTokenSecret } })
    expect(reply.status).toBe(200)
    expect(reply.json().screen_name).toBe(other)
  })
})

describe('OAuth 2 app-only bearer tokens', () => {
  const basic = (key: string, secret: string) => `Basic ${Buffer.from(`${encodeURIComponent(key)}:${encodeURIComponent(secret)}`).toString('base64')}`

  async function post(path: string, authorization: string, form: Record<string, string>): Promise<Response> {
    return fetch(`${emu.url}${path}`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: formBody(form),
    })
  }

  async function bearerGet(token: string, path: string): Promise<{ status: number; body: any }> {
    const res = await fetch(`${emu.url}${path}`, { headers: { authorization: `Bearer ${token}` } })
    return { status: res.status, body: await res.json() }
  }

  it('issues a bearer token, works on app routes, is refused on user routes, and can be invalidated', async () => {
    const auth = basic(emu.app.appKey, emu.app.appSecret)
    const first = await post('/oauth2/token', auth, { grant_type: 'client_credentials' })
    expect(first.status).toBe(200)
    const issued = (await first.json()) as { token_type: string; access_token: string }
    expect(issued.token_type).toBe('bearer')
    expect(issued.access_token).toMatch(/^AAAA/)
    const second = (await (await post('/oauth2/token', auth, { grant_type: 'client_credentials' })).json()) as { access_token: string }
    expect(second.access_token).toBe(issued.access_token)

    const shown = await bearerGet(issued.access_token, '/1.1/users/show.json?screen_name=twitterapi')
    expect(shown.status).toBe(200)
    expect(shown.body.screen_name).toBe('twitterapi')

    const home = await bearerGet(issued.access_token, '/1.1/statuses/home_timeline.json')
    expect(home.status).toBe(403)
    expect(home.body.errors[0].code).toBe(220)

    const invalidated = await post('/oauth2/invalidate_token', auth, { access_token: issued.access_token })
    expect(invalidated.status).toBe(200)
    expect(await invalidated.json()).toEqual({ access_token: issued.access_token })

    const after = await bearerGet(issued.access_token, '/1.1/users/show.json?screen_name=twitterapi')
    expect(after.status).toBe(401)
    expect(after.body.errors[0].code).toBe(89)

    const again = await post('/oauth2/invalidate_token', auth, { access_token: issued.access_token })
    expect(again.status).toBe(401)

    const fresh = (await (await post('/oauth2/token', auth, { grant_type: 'client_credentials' })).json()) as { access_token: string }
    expect(fresh.access_token).not.toBe(issued.access_token)
  })

  it('refuses wrong Basic credentials with 403 code 99', async () => {
    for (const auth of [basic(emu.app.appKey, 'wrong'), basic('wrong', emu.app.appSecret), 'Basic !!!', `Bearer x`]) {
      const res = await post('/oauth2/token', auth, { grant_type: 'client_credentials' })
      expect(res.status).toBe(403)
      expect(((await res.json()) as { errors: { code: number }[] }).errors[0]!.code).toBe(99)
    }
    const invalidate = await post('/oauth2/invalidate_token', basic(emu.app.appKey, 'wrong'), { access_token: 'AAAA' })
    expect(invalidate.status).toBe(403)
  })

  it('requires grant_type=client_credentials', async () => {
    const res = await post('/oauth2/token', basic(emu.app.appKey, emu.app.appSecret), { grant_type: 'password' })
    expect(res.status).toBe(403)
    expect(((await res.json()) as { errors: { code: number }[] }).errors[0]!.code).toBe(170)
  })

  it('refuses an unknown bearer token with 401 code 89', async () => {
    const reply = await bearerGet('AAAAAAAAAAAAAAAAAAAAAnotIssued', '/1.1/users/show.json?screen_name=twitterapi')
    expect(reply.status).toBe(401)
    expect(reply.body.errors[0].code).toBe(89)
  })
})

describe('three-legged OAuth', () => {
  const app = (): Keys => ({ consumerKey: emu.app.appKey, consumerSecret: emu.app.appSecret })
  const callback = 'http://localhost:3005/the_dance/process_callback?service_provider_id=11'

  async function requestToken(): Promise<Record<string, string>> {
    const reply = await call(emu, 'POST', '/oauth/request_token', { keys: app(), sign: { oauth: { oauth_callback: callback } } })
    expect(reply.status, reply.text).toBe(200)
    return parseForm(reply.text)
  }

  async function authorize(token: string): Promise<{ oauth_verifier: string; callback_url?: string }> {
    const res = await fetch(`${emu.url}/_emulator/authorize`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: formBody({ oauth_token: token, screen_name: 'emu_dev' }) })
    expect(res.status).toBe(200)
    return (await res.json()) as { oauth_verifier: string; callback_url?: string }
  }

  function accessToken(token: string, secret: string, verifier: string) {
    return call(emu, 'POST', '/oauth/access_token', { keys: { ...app(), token, tokenSecret: secret }, sign: { oauth: { oauth_verifier: verifier } } })
  }

  it('runs request_token -> authenticate page -> authorize -> access_token -> a signed call', async () => {
    const request = await requestToken()
    expect(request.oauth_callback_confirmed).toBe('true')
    expect(request.oauth_token).toBeTruthy()
    expect(request.oauth_token_secret).toBeTruthy()

    const page = await fetch(`${emu.url}/oauth/authenticate?oauth_token=${encodeURIComponent(request.oauth_token!)}`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await page.text()
    expect(html).toMatch(/^<!DOCTYPE html>/i)
    expect(html).toContain(`name="oauth_token" value="${request.oauth_token}"`)
    expect(html).toContain('action="/oauth/authorize"')

    const approved = await authorize(request.oauth_token!)
    expect(approved.oauth_verifier).toBeTruthy()
    expect(approved.callback_url).toBe(`${callback}&oauth_token=${encodeURIComponent(request.oauth_token!)}&oauth_verifier=${encodeURIComponent(approved.oauth_verifier)}`)

    const wrong = await accessToken(request.oauth_token!, request.oauth_token_secret!, `${approved.oauth_verifier}x`)
    expect(wrong.status).toBe(401)
    expect(errorOf(wrong).code).toBe(32)

    const access = await accessToken(request.oauth_token!, request.oauth_token_secret!, approved.oauth_verifier)
    expect(access.status, access.text).toBe(200)
    const issued = parseForm(access.text)
    expect(issued.screen_name).toBe('emu_dev')
    expect(issued.user_id).toBe(emu.state.userByName('emu_dev')!.id.toString())
    expect(issued.oauth_token).toMatch(new RegExp(`^${issued.user_id}-`))

    const me = await call(emu, 'GET', '/1.1/account/verify_credentials.json', { keys: { ...app(), token: issued.oauth_token, tokenSecret: issued.oauth_token_secret } })
    expect(me.status).toBe(200)
    expect(me.json().screen_name).toBe('emu_dev')

    // The request token is single-use.
    const reused = await accessToken(request.oauth_token!, request.oauth_token_secret!, approved.oauth_verifier)
    expect(reused.status).toBe(401)
    expect(errorOf(reused).code).toBe(89)
    const pageAgain = await fetch(`${emu.url}/oauth/authenticate?oauth_token=${encodeURIComponent(request.oauth_token!)}`)
    expect(pageAgain.status).toBe(404)
  })

  it('does not hand out an access token before the user approves', async () => {
    const request = await requestToken()
    const early = await accessToken(request.oauth_token!, request.oauth_token_secret!, 'guessed-verifier')
    expect(early.status).toBe(401)
  })

  it('refuses a request_token call signed with the wrong consumer secret', async () => {
    const reply = await call(emu, 'POST', '/oauth/request_token', { keys: { ...app(), consumerSecret: 'wrong' }, sign: { oauth: { oauth_callback: callback } } })
    expect(reply.status).toBe(401)
    expect(errorOf(reply).code).toBe(32)
  })

  it('refuses an access_token call signed with the wrong request token secret', async () => {
    const request = await requestToken()
    const { oauth_verifier } = await authorize(request.oauth_token!)
    const reply = await accessToken(request.oauth_token!, 'not-the-secret', oauth_verifier)
    expect(reply.status).toBe(401)
    expect(errorOf(reply).code).toBe(32)
  })

  it('lets the approving user be chosen (emu.approve)', async () => {
    const request = await requestToken()
    const other = namedUsers(emu)[1]!.screen_name
    const verifier = emu.approve(request.oauth_token!, other)
    const access = await accessToken(request.oauth_token!, request.oauth_token_secret!, verifier)
    expect(parseForm(access.text).screen_name).toBe(other)
  })

  it('never reflects an unknown token unescaped into the authorize page', async () => {
    const hostile = '"><script>alert(1)</script>'
    const res = await fetch(`${emu.url}/oauth/authorize?oauth_token=${encodeURIComponent(hostile)}`)
    expect(res.status).toBe(404)
    const html = await res.text()
    expect(html).not.toContain('<script>')
    expect(html).toContain('no longer valid')
  })

  it('answers 400 when the admin authorize route gets an unknown token', async () => {
    const res = await fetch(`${emu.url}/_emulator/authorize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ oauth_token: 'nope' }) })
    expect(res.status).toBe(400)
  })
})
