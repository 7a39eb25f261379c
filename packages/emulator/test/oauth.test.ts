/**
 * The emulator's own OAuth code against published vectors, and over HTTP against requests signed by an
 * independent signer written in this file (not the emulator's code, not the client's).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hmacSha1, parseBasic, percentEncode as rfc3986, signatureBaseString } from '../src/auth/oauth.js'
import { startEmulator, type Emulator } from '../src/index.js'
import { sign } from './signer.js'

describe('signature vectors', () => {
  it("gives Twitter's published signature for the 'Creating a signature' example", () => {
    const params: [string, string][] = [
      ['include_entities', 'true'],
      ['status', 'Hello Ladies + Gentlemen, a signed OAuth request!'],
      ['oauth_consumer_key', 'xvz1evFS4wEEPTGEFPHBog'],
      ['oauth_nonce', 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '1318622958'],
      ['oauth_token', '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb'],
      ['oauth_version', '1.0'],
    ]
    const base = signatureBaseString('POST', 'https://api.twitter.com/1.1/statuses/update.json', params)
    expect(base).toBe(
      'POST&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521',
    )
    expect(hmacSha1(base, 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw', 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE')).toBe('hCtSmYh+iHYCEqBWrE7C7hYmtUk=')
  })

  it('matches the RFC 5849 three-legged example (temporary credentials, token credentials, resource)', () => {
    const common = { key: 'dpf43f3p2l4k3l03', secret: 'kd94hf93k423kf44' }
    const initiate = signatureBaseString('POST', 'https://photos.example.net/initiate', [
      ['oauth_consumer_key', common.key], ['oauth_signature_method', 'HMAC-SHA1'], ['oauth_timestamp', '137131200'], ['oauth_nonce', 'wIjqoS'], ['oauth_callback', 'http://printer.example.com/ready'],
    ])
    expect(hmacSha1(initiate, common.secret)).toBe('74KNZJeDHnMBp0EMJ9ZHt/XKycU=')
    const token = signatureBaseString('POST', 'https://photos.example.net/token', [
      ['oauth_consumer_key', common.key], ['oauth_token', 'hh5s93j4hdidpola'], ['oauth_signature_method', 'HMAC-SHA1'], ['oauth_timestamp', '137131201'], ['oauth_nonce', 'walatlh'], ['oauth_verifier', 'hfdp7dh39dks9884'],
    ])
    expect(hmacSha1(token, common.secret, 'hdhd0244k9j7ao03')).toBe('gKgrFCywp7rO0OXSjdot/IHF7IU=')
    const resource = signatureBaseString('GET', 'http://photos.example.net/photos', [
      ['file', 'vacation.jpg'], ['size', 'original'], ['oauth_consumer_key', common.key], ['oauth_token', 'nnch734d00sl2jdk'], ['oauth_signature_method', 'HMAC-SHA1'], ['oauth_timestamp', '137131202'], ['oauth_nonce', 'chapoH'],
    ])
    expect(hmacSha1(resource, common.secret, 'pfkkdhi9sl3r4s00')).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9I=')
  })

  it('matches the request_token vector with a callback and an empty token secret', () => {
    const base = signatureBaseString('POST', 'https://api.twitter.com/oauth/request_token', [
      ['oauth_callback', 'http://localhost:3005/the_dance/process_callback?service_provider_id=11'], ['oauth_consumer_key', 'GDdmIQH6jhtmLUypg82g'], ['oauth_nonce', 'QP70eNmVz8jvdPevU3oJD2AfF7R7odC2XJcn4XlZJqk'], ['oauth_signature_method', 'HMAC-SHA1'], ['oauth_timestamp', '1272323042'], ['oauth_version', '1.0'],
    ])
    expect(hmacSha1(base, 'MCD8BKwGdgPHvAuvgvz4EQpqDAtx89grbuNMRd7Eh98')).toBe('8wUi7m5HFQy76nowoCThusfgB+Q=')
  })

  it("percent-encodes as Twitter's examples and decodes app-only Basic credentials", () => {
    expect(['Ladies + Gentlemen', 'An encoded string!', 'Dogs, Cats & Mice', '☃'].map(rfc3986)).toEqual(['Ladies%20%2B%20Gentlemen', 'An%20encoded%20string%21', 'Dogs%2C%20Cats%20%26%20Mice', '%E2%98%83'])
    expect(parseBasic('Basic eHZ6MWV2RlM0d0VFUFRHRUZQSEJvZzpMOHFxOVBaeVJnNmllS0dFS2hab2xHQzB2SldMdzhpRUo4OERSZHlPZw==')).toEqual({ key: 'xvz1evFS4wEEPTGEFPHBog', secret: 'L8qq9PZyRg6ieKGEKhZolGC0vJWLw8iEJ88DRdyOg' })
  })
})

let emu: Emulator
let keys: { ck: string; cs: string; t: string; ts: string }
beforeEach(async () => {
  emu = await startEmulator()
  keys = { ck: emu.credentials.appKey, cs: emu.credentials.appSecret, t: emu.credentials.oauthToken, ts: emu.credentials.oauthTokenSecret }
})
afterEach(() => emu.close())

async function call(method: string, path: string, form: Record<string, string> = {}, auth?: string): Promise<{ status: number; body: { errors?: { code: number }[] } & Record<string, unknown> }> {
  const url = `${emu.url}${path}`
  const res = await fetch(url, {
    method,
    headers: { authorization: auth ?? sign(method, url, form, keys), ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    ...(method === 'POST' ? { body: new URLSearchParams(form).toString() } : {}),
  })
  return { status: res.status, body: (await res.json().catch(() => ({}))) as never }
}

describe('signature checks over HTTP', () => {
  it('accepts a correctly signed GET with a query and POST with a form body', async () => {
    expect((await call('GET', '/1.1/users/show.json?screen_name=maya_codes')).status).toBe(200)
    expect((await call('POST', '/1.1/statuses/update.json', { status: 'Hello Ladies + Gentlemen, a signed OAuth request! ☃' })).status).toBe(200)
  })

  it('rejects a changed parameter, a changed method, a wrong consumer secret and a wrong token secret (401, code 32)', async () => {
    const url = `${emu.url}/1.1/users/show.json?screen_name=maya_codes`
    const tampered = await call('GET', '/1.1/users/show.json?screen_name=ravi_data', {}, sign('GET', url, {}, keys))
    const method = await call('POST', '/1.1/statuses/update.json', { status: 'x' }, sign('GET', `${emu.url}/1.1/statuses/update.json`, { status: 'x' }, keys))
    const consumer = await call('GET', '/1.1/users/show.json?screen_name=maya_codes', {}, sign('GET', url, {}, { ...keys, cs: 'wrong' }))
    const token = await call('GET', '/1.1/users/show.json?screen_name=maya_codes', {}, sign('GET', url, {}, { ...keys, ts: 'wrong' }))
    for (const r of [tampered, method, consumer, token]) expect([r.status, r.body.errors?.[0]?.code]).toEqual([401, 32])
  })

  it('rejects a stale timestamp (code 135) and a reused nonce (code 32)', async () => {
    const url = `${emu.url}/1.1/users/show.json?screen_name=maya_codes`
    const stale = await call('GET', '/1.1/users/show.json?screen_name=maya_codes', {}, sign('GET', url, {}, keys, { oauth_timestamp: String(Math.floor(Date.now() / 1000) - 3600) }))
    expect([stale.status, stale.body.errors?.[0]?.code]).toEqual([401, 135])
    const header = sign('GET', url, {}, keys)
    expect((await call('GET', '/1.1/users/show.json?screen_name=maya_codes', {}, header)).status).toBe(200)
    const replay = await call('GET', '/1.1/users/show.json?screen_name=maya_codes', {}, header)
    expect([replay.status, replay.body.errors?.[0]?.code]).toEqual([401, 32])
  })

  it('asks for authentication when there is none (400, code 215) and refuses unknown tokens (401, code 89)', async () => {
    const res = await fetch(`${emu.url}/1.1/users/show.json?screen_name=maya_codes`)
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ errors: [{ code: 215, message: 'Bad Authentication data.' }] })
    const unknown = await call('GET', '/1.1/users/show.json?screen_name=maya_codes', {}, sign('GET', `${emu.url}/1.1/users/show.json?screen_name=maya_codes`, {}, { ...keys, t: 'nope' }))
    expect([unknown.status, unknown.body.errors?.[0]?.code]).toEqual([401, 89])
  })
})

describe('routes and shapes', () => {
  it("answers unknown routes with Twitter's 404 body (code 34) and validates parameters (codes 25 and 44)", async () => {
    const missing = await call('GET', '/1.1/no/such/thing.json')
    expect([missing.status, missing.body]).toEqual([404, { errors: [{ code: 34, message: 'Sorry, that page does not exist' }] }])
    expect((await call('GET', '/1.1/statuses/oembed.json?id=abc')).body.errors?.[0]?.code).toBe(44)
    expect((await call('POST', '/1.1/saved_searches/create.json', {})).body.errors?.[0]?.code).toBe(25)
    expect((await call('GET', '/1.1/search/tweets.json?q=x&result_type=newest')).body.errors?.[0]?.code).toBe(44)
    expect((await call('GET', '/1.1/statuses/update.json')).body.errors?.[0]?.code).toBe(86)
  })

  it('writes 64-bit ids as exact digits and extracts entities by code points', async () => {
    const url = `${emu.url}/1.1/statuses/update.json`
    const form = { status: '🚀 <hi> & @maya_codes #tag https://example.com/x $TWTR' }
    const res = await fetch(url, { method: 'POST', headers: { authorization: sign('POST', url, form, keys), 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() })
    const text = await res.text()
    const idStr = /"id_str":"(\d+)"/.exec(text)![1]!
    expect(text).toContain(`"id":${idStr},`)
    expect(BigInt(idStr)).toBeGreaterThan(2n ** 53n)
    const tweet = JSON.parse(text) as { text: string; entities: { user_mentions: { indices: number[] }[]; hashtags: { indices: number[] }[]; urls: { url: string; expanded_url: string; display_url: string; indices: number[] }[]; symbols: { text: string }[] } }
    expect(tweet.text).toMatch(/^🚀 &lt;hi&gt; &amp; @maya_codes #tag https:\/\/t\.co\/\w{10} \$TWTR$/)
    const cps = Array.from(tweet.text)
    const slice = (i: number[]) => cps.slice(i[0], i[1]).join('')
    expect(slice(tweet.entities.user_mentions[0]!.indices)).toBe('@maya_codes')
    expect(slice(tweet.entities.hashtags[0]!.indices)).toBe('#tag')
    expect(slice(tweet.entities.urls[0]!.indices)).toBe(tweet.entities.urls[0]!.url)
    expect(tweet.entities.urls[0]).toMatchObject({ expanded_url: 'https://example.com/x', display_url: 'example.com/x' })
    expect(tweet.entities.symbols[0]!.text).toBe('TWTR')
  })

  it('gives rate-limit headers and a 429 with code 88 when the window is spent', async () => {
    emu.setRateLimit('show_user', 2)
    const url = `${emu.url}/1.1/users/show.json?screen_name=maya_codes`
    const remaining: (string | null)[] = []
    for (let i = 0; i < 3; i++) {
      const res = await fetch(url, { headers: { authorization: sign('GET', url, {}, keys) } })
      remaining.push(res.headers.get('x-rate-limit-remaining'))
      if (i === 2) expect([res.status, ((await res.json()) as { errors: { code: number }[] }).errors[0]!.code]).toEqual([429, 88])
    }
    expect(remaining).toEqual(['1', '0', '0'])
  })

  it('starts a new rate-limit window when the configured window has passed', async () => {
    let now = Date.now()
    const timed = await startEmulator({ now: () => now, rateLimits: { windowMs: 1000, limits: { show_user: 1 } } })
    try {
      const url = `${timed.url}/1.1/users/show.json?screen_name=maya_codes`
      const k = { ck: timed.credentials.appKey, cs: timed.credentials.appSecret, t: timed.credentials.oauthToken, ts: timed.credentials.oauthTokenSecret }
      const get = async () => (await fetch(url, { headers: { authorization: sign('GET', url, {}, k) } })).status
      expect([await get(), await get()]).toEqual([200, 429])
      now += 1500
      expect(await get()).toBe(200)
    } finally {
      await timed.close()
    }
  })

  it('plays faults from the admin route', async () => {
    await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ route: 'GET /1.1/users/show.json', status: 502, body: 'html', times: 2 }) })
    for (let i = 0; i < 2; i++) {
      const r = await call('GET', '/1.1/users/show.json?screen_name=maya_codes')
      expect(r.status).toBe(502)
    }
    expect((await call('GET', '/1.1/users/show.json?screen_name=maya_codes')).status).toBe(200)
    await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ route: '*', status: 500 }) })
    await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' })
    expect((await call('GET', '/1.1/users/show.json?screen_name=maya_codes')).status).toBe(200)
    // Form fields are strings: truncate=false must not truncate, status=503 must be a number.
    await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', body: new URLSearchParams({ route: 'show_user', truncate: 'false', status: '503' }) })
    const faulted = await call('GET', '/1.1/users/show.json?screen_name=maya_codes')
    expect([faulted.status, faulted.body.errors?.[0]?.code]).toEqual([503, 130])
  })
})
