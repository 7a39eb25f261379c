/**
 * What real third-party clients send and Twitter accepted (issue 11, item 1), over real sockets with the
 * independent test signer: GET statuses/lookup, POST on the sample and firehose streams, a protocol
 * parameter sent twice, `retweeted` on a retweet, rate_limit_status resource names, and the authorize page.
 */
import { request } from 'node:http'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.js'
import { authHeader, call, errorOf, formBody, parseForm, signRequest, pct, userKeys, type Keys } from './emulator-helpers.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
})
afterAll(() => emu.close())

const tweetIds = () => [...emu.state.tweets.values()].filter((t) => !t.retweet_of).map((t) => t.id.toString())

describe('statuses/lookup', () => {
  it('answers GET as well as POST, with the same tweets', async () => {
    const ids = tweetIds().slice(0, 3).join(',')
    const get = await call(emu, 'GET', '/1.1/statuses/lookup.json', { params: { id: ids } })
    expect(get.status, get.text).toBe(200)
    const post = await call(emu, 'POST', '/1.1/statuses/lookup.json', { params: { id: ids } })
    expect(post.status).toBe(200)
    expect((get.json() as { id_str: string }[]).map((t) => t.id_str).sort()).toEqual(ids.split(',').sort())
    expect(get.json()).toEqual(post.json())
  })

  it('still refuses a DELETE, as Twitter refused a wrong method', async () => {
    const reply = await call(emu, 'DELETE', '/1.1/statuses/lookup.json', { params: { id: tweetIds()[0]! } })
    expect(reply.status).toBe(403)
    expect(errorOf(reply).code).toBe(86)
  })
})

describe('streams', () => {
  /** Opens a signed stream request and resolves with its status and a reader of what arrived so far. */
  function openStream(method: 'GET' | 'POST', path: string): Promise<{ status: number; text: () => string; close: () => void }> {
    const url = `${emu.url}${path}`
    const authorization = authHeader(method, url, {}, userKeys(emu))
    return new Promise((resolve, reject) => {
      let text = ''
      const req = request(url, { method, headers: { authorization, ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '0' } : {}) } }, (res) => {
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('error', () => {})
        resolve({ status: res.statusCode ?? 0, text: () => text, close: () => req.destroy() })
      })
      req.on('error', reject)
      req.end()
    })
  }

  it.each(['/1.1/statuses/sample.json', '/1.1/statuses/firehose.json'])('%s accepts POST and delivers tweets on it', async (path) => {
    const stream = await openStream('POST', path)
    try {
      expect(stream.status).toBe(200)
      const status = `posted while a POSTed stream listens ${path} ${Date.now()}`
      expect((await call(emu, 'POST', '/1.1/statuses/update.json', { params: { status } })).status).toBe(200)
      while (!stream.text().includes(status)) await new Promise((r) => setTimeout(r, 5))
    } finally {
      stream.close()
    }
  })

  it('user streams stay GET-only', async () => {
    const stream = await openStream('POST', '/1.1/user.json')
    stream.close()
    expect(stream.status).toBe(405)
  })
})

describe('a protocol parameter sent twice', () => {
  const app = (): Keys => ({ consumerKey: emu.app.appKey, consumerSecret: emu.app.appSecret })
  const callback = 'https://bot.example/callback?step=2'

  /** request_token with oauth_callback signed once, sent in the header and again in the body. */
  async function requestToken(bodyCallback: string) {
    const url = `${emu.url}/oauth/request_token`
    const authorization = authHeader('POST', url, {}, app(), { oauth: { oauth_callback: callback } })
    const res = await fetch(url, { method: 'POST', headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' }, body: formBody({ oauth_callback: bodyCallback }) })
    return { status: res.status, text: await res.text() }
  }

  it('is accepted when both copies carry the same value (signed once)', async () => {
    const reply = await requestToken(callback)
    expect(reply.status, reply.text).toBe(200)
    expect(parseForm(reply.text).oauth_callback_confirmed).toBe('true')
  })

  it('is refused when the copies differ', async () => {
    const reply = await requestToken('https://elsewhere.example/')
    expect(reply.status).toBe(401)
  })

  it('access_token: oauth_token in the header and again in the body with oauth_verifier, signed once', async () => {
    const reply = await call(emu, 'POST', '/oauth/request_token', { keys: app(), sign: { oauth: { oauth_callback: callback } } })
    const { oauth_token: token, oauth_token_secret: secret } = parseForm(reply.text)
    const verifier = emu.approve(token!)
    const url = `${emu.url}/oauth/access_token`
    // The body's oauth_token and the header's are one parameter in the signature, as a client merging them signs.
    const authorization = authHeader('POST', url, { oauth_verifier: verifier }, { ...app(), token: token!, tokenSecret: secret! })
    const res = await fetch(url, { method: 'POST', headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' }, body: formBody({ oauth_token: token!, oauth_verifier: verifier }) })
    const text = await res.text()
    expect(res.status, text).toBe(200)
    expect(parseForm(text).screen_name).toBe('emu_dev')
  })

  it('is accepted in the query of an API call too, and the nonce is still single-use', async () => {
    const url = `${emu.url}/1.1/account/verify_credentials.json`
    const params = signRequest('GET', url, {}, userKeys(emu))
    const header = `OAuth ${Object.entries(params).map(([k, v]) => `${pct(k)}="${pct(v)}"`).join(', ')}`
    const withCopy = `${url}?oauth_nonce=${pct(params.oauth_nonce!)}`
    const first = await fetch(withCopy, { headers: { authorization: header } })
    expect(first.status, await first.text()).toBe(200)
    const replay = await fetch(withCopy, { headers: { authorization: header } })
    expect(replay.status).toBe(401)
  })
})

describe('response details', () => {
  it('a retweet says retweeted: true, as its original does', async () => {
    const id = tweetIds().find((t) => ![...emu.state.tweets.values()].some((r) => r.retweet_of === t && r.user === userKeys(emu).token!.split('-')[0]))!
    const rt = await call(emu, 'POST', `/1.1/statuses/retweet/${id}.json`)
    expect(rt.status, rt.text).toBe(200)
    expect(rt.json().retweeted).toBe(true)
    expect(rt.json().retweeted_status.retweeted).toBe(true)
    const shown = await call(emu, 'GET', `/1.1/statuses/show/${rt.json().id_str}.json`)
    expect(shown.json().retweeted).toBe(true)
  })

  it('rate_limit_status names resources as Twitter does and lists GET endpoints only', async () => {
    const reply = await call(emu, 'GET', '/1.1/application/rate_limit_status.json')
    expect(reply.status).toBe(200)
    const resources = reply.json().resources as Record<string, Record<string, unknown>>
    expect(Object.keys(resources.users!)).toContain('/users/show/:id')
    expect(Object.keys(resources.users!)).not.toContain('/users/show')
    expect(Object.keys(resources.statuses!)).toEqual(expect.arrayContaining(['/statuses/show/:id', '/statuses/lookup', '/statuses/retweets/:id', '/statuses/home_timeline']))
    expect(Object.keys(resources.statuses!)).not.toContain('/statuses/update')
    expect(Object.keys(resources.direct_messages!)).toEqual(expect.arrayContaining(['/direct_messages/events/list', '/direct_messages/events/show']))
    // Every name the emulator reports and Twitter's recording also has is spelt the same; none is Twitter-unknown.
    const recorded = recordedResources()
    if (!recorded) return console.log('skipped the comparison with the recording: ../shared/fixtures/recorded is absent')
    for (const [family, names] of Object.entries(resources)) for (const name of Object.keys(names)) expect(recorded[family] ?? {}, `${family} ${name}`).toHaveProperty([name])
  })
})

function recordedResources(): Record<string, Record<string, unknown>> | undefined {
  try {
    const file = fileURLToPath(new URL('../../../../shared/fixtures/recorded/GET_application_rate_limit_status.json', import.meta.url))
    return (JSON.parse(readFileSync(file, 'utf8')) as { body: { resources: Record<string, Record<string, unknown>> } }).body.resources
  } catch {
    return undefined
  }
}

describe('the authorize page', () => {
  const app = (): Keys => ({ consumerKey: emu.app.appKey, consumerSecret: emu.app.appSecret })

  async function requestToken(callback: string): Promise<Record<string, string>> {
    const reply = await call(emu, 'POST', '/oauth/request_token', { keys: app(), sign: { oauth: { oauth_callback: callback } } })
    expect(reply.status, reply.text).toBe(200)
    return parseForm(reply.text)
  }
  const submit = (form: Record<string, string>) => fetch(`${emu.url}/oauth/authorize`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: formBody(form) })
  const accessToken = (token: string, secret: string, verifier: string) => call(emu, 'POST', '/oauth/access_token', { keys: { ...app(), token, tokenSecret: secret }, sign: { oauth: { oauth_verifier: verifier } } })

  it('shows a form with Authorize and Cancel that posts back to oauth/authorize', async () => {
    const { oauth_token } = await requestToken('https://bot.example/cb')
    const res = await fetch(`${emu.url}/oauth/authorize?oauth_token=${encodeURIComponent(oauth_token!)}&screen_name=lena_ux`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/<form method="post" action="\/oauth\/authorize">/)
    expect(html).toMatch(/<input id="allow" type="submit"/)
    expect(html).toMatch(/<input id="cancel" name="cancel" type="submit"/)
    expect(html).toContain('<input name="screen_name" value="lena_ux"')
  })

  it('approve redirects to the callback with oauth_token and oauth_verifier, which access_token accepts', async () => {
    const request = await requestToken('https://bot.example/cb?state=7')
    const res = await submit({ oauth_token: request.oauth_token!, screen_name: 'maya_codes' })
    expect(res.status).toBe(302)
    const location = new URL(res.headers.get('location')!)
    expect(`${location.origin}${location.pathname}`).toBe('https://bot.example/cb')
    expect(location.searchParams.get('state')).toBe('7')
    expect(location.searchParams.get('oauth_token')).toBe(request.oauth_token)
    const verifier = location.searchParams.get('oauth_verifier')!
    const access = await accessToken(request.oauth_token!, request.oauth_token_secret!, verifier)
    expect(access.status, access.text).toBe(200)
    expect(parseForm(access.text).screen_name).toBe('maya_codes')
  })

  it('deny redirects with denied=<token> and the token is gone', async () => {
    const request = await requestToken('https://bot.example/cb')
    const res = await submit({ oauth_token: request.oauth_token!, cancel: 'Cancel' })
    expect(res.status).toBe(302)
    const location = new URL(res.headers.get('location')!)
    expect(location.searchParams.get('denied')).toBe(request.oauth_token)
    expect(location.searchParams.has('oauth_verifier')).toBe(false)
    const access = await accessToken(request.oauth_token!, request.oauth_token_secret!, 'anything')
    expect(access.status).toBe(401)
    expect(errorOf(access).code).toBe(89)
    expect((await fetch(`${emu.url}/oauth/authorize?oauth_token=${encodeURIComponent(request.oauth_token!)}`)).status).toBe(404)
  })

  it('oob shows a seven-digit PIN that access_token accepts', async () => {
    const request = await requestToken('oob')
    const res = await submit({ oauth_token: request.oauth_token!, screen_name: 'emu_dev' })
    expect(res.status).toBe(200)
    const html = await res.text()
    const pin = /<kbd id="oauth_pin">(\d{7})<\/kbd>/.exec(html)?.[1]
    expect(pin, html).toBeDefined()
    const access = await accessToken(request.oauth_token!, request.oauth_token_secret!, pin!)
    expect(access.status, access.text).toBe(200)
  })

  it('an unknown user re-shows the form with an error; an unknown token is 404', async () => {
    const request = await requestToken('https://bot.example/cb')
    const res = await submit({ oauth_token: request.oauth_token!, screen_name: 'nobody_here_42' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('There is no account @nobody_here_42.')
    expect((await submit({ oauth_token: 'made-up' })).status).toBe(404)
  })
})
