import { inspect } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BaseCore, Core } from '../src/core.js'
import { callWithFiles } from '../src/multipart.js'
import { callV2 } from '../src/v2/call.js'
import { callV1 } from '../src/v1/call.js'
import { TwythonAuthError, TwythonError, TwythonRateLimitError } from '../src/errors.js'
import type { Route } from '../src/route.js'
import { json, parseOAuthHeader, startServer, verifyOAuth1, type TestServer } from './server.js'

const secrets = { appKey: 'app-key', appSecret: 'app-secret-SHOULD-NOT-LEAK', oauthToken: 'user-token', oauthTokenSecret: 'token-secret-SHOULD-NOT-LEAK' }
const showStatus: Route = { id: 'show_status', method: 'GET', path: 'statuses/show/:id' }
const updateStatus: Route = { id: 'update_status', method: 'POST', path: 'statuses/update' }
const uploadMedia: Route = { id: 'upload_media', method: 'POST', path: 'media/upload', host: 'upload', encoding: 'multipart', files: ['media'] }

/** The full core and the lean one `createCore` returns run the same tests; `request` is the full core's. */
const CORES = [['Core', Core], ['BaseCore', BaseCore]] as const

for (const [kind, Make] of CORES) describe(kind, () => {
  let server: TestServer
  let core: Core
  beforeEach(async () => {
    server = await startServer()
    core = new Make({ ...secrets, hosts: { api: server.origin, upload: server.origin } }) as Core
  })
  afterEach(() => server.close())

  describe('requests', () => {
    it('signs a GET with its query and sends path params only in the path', async () => {
      server.respond(json(200, { id_str: '20' }))
      await expect(callV1(core, showStatus, { id: '20', trim_user: true, include_entities: false })).resolves.toEqual({ id_str: '20' })
      const req = server.requests[0]!
      expect(req.url.pathname).toBe('/1.1/statuses/show/20.json')
      expect(req.url.search).toBe('?trim_user=true&include_entities=false')
      expect(verifyOAuth1(req, secrets.appSecret, secrets.oauthTokenSecret)).toBe(true)
      expect(parseOAuthHeader(req.headers.authorization).oauth_token).toBe('user-token')
    })

    it('signs a POST form body, encoded so that what is signed is what is sent', async () => {
      server.respond(json(200, {}))
      await callV1(core, updateStatus, { status: 'Hello Ladies + Gentlemen, a signed OAuth request! ☃ 😀', media_ids: ['1', '2'] })
      const req = server.requests[0]!
      expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded')
      expect(req.body.toString()).toBe('status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21%20%E2%98%83%20%F0%9F%98%80&media_ids=1%2C2')
      expect(verifyOAuth1(req, secrets.appSecret, secrets.oauthTokenSecret)).toBe(true)
    })

    it('sends multipart uploads to the upload host, signing only the oauth params', async () => {
      server.respond(json(200, { media_id_string: '710511363345354753' }))
      // callWithFiles is what the generated uploadMedia calls: it brings the multipart encoder to either core.
      await callWithFiles(core, uploadMedia, { media: new Uint8Array([1, 2, 3]), media_category: 'tweet_image' })
      if (kind === 'Core') await core.call(uploadMedia, { media: new Uint8Array([1, 2, 3]), media_category: 'tweet_image' })
      else await expect(callV1(core, uploadMedia, { media: new Uint8Array([1, 2, 3]) })).rejects.toThrow(/upload_media sends files \(multipart\).*callWithFiles.*Nothing was sent/)
      expect(server.requests).toHaveLength(kind === 'Core' ? 2 : 1)
      const req = server.requests[0]!
      expect(req.url.pathname).toBe('/1.1/media/upload.json')
      expect(String(req.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/)
      expect(req.body.toString('latin1')).toContain('name="media_category"\r\n\r\ntweet_image')
      expect(req.body.toString('latin1')).toContain('name="media"; filename="media"')
      expect(verifyOAuth1(req, secrets.appSecret, secrets.oauthTokenSecret)).toBe(true)
    })

    it('keeps a path parameter that tries to escape inside its segment', async () => {
      server.respond(json(200, {}))
      await callV1(core, showStatus, { id: '../../account/settings' })
      expect(server.requests[0]!.url.pathname).toBe('/1.1/statuses/show/..%2F..%2Faccount%2Fsettings.json')
      await expect(callV1(core, showStatus, { id: '..' })).rejects.toThrow(TwythonError)
      expect(server.requests).toHaveLength(1)
    })

    it('sends a bearer token with OAuth 2 and Basic app credentials for app-auth routes', async () => {
      const app = new Make({ appKey: 'k', appSecret: 's', accessToken: 'AAAA%2FBBB', hosts: { api: server.origin } })
      server.respond(json(200, { access_token: 'AAAA%2FBBB' }))
      await callV1(app, showStatus, { id: '1' })
      expect(server.requests[0]!.headers.authorization).toBe('Bearer AAAA%2FBBB')
      await callV1(app, { id: 'invalidate_token', method: 'POST', path: 'oauth2/invalidate_token', versioned: false, auth: 'app' }, { access_token: 'AAAA%2FBBB' })
      expect(server.requests[1]!.url.pathname).toBe('/oauth2/invalidate_token')
      expect(server.requests[1]!.headers.authorization).toBe(`Basic ${Buffer.from('k:s').toString('base64')}`)
    })

    if (kind === 'Core') it('request() expands a relative endpoint and accepts a full URL', async () => {
      server.respond(json(200, [1]))
      await core.request('search/tweets', 'get', { q: 'python' })
      await core.request(`${server.origin}/1.1/custom.json`, 'POST', { a: 1 })
      await core.request('statuses/update', 'POST', { status: 'x' }, { version: '2' })
      expect(server.requests.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`)).toEqual(['GET /1.1/search/tweets.json?q=python', 'POST /1.1/custom.json', 'POST /2/statuses/update.json'])
      await expect(core.request('x', 'PUT' as 'GET')).rejects.toThrow(/Unsupported HTTP method/)
    })

    it('returns undefined for an empty 204/201 body', async () => {
      server.respond((_req, res) => {
        res.writeHead(204, { 'content-type': 'text/html;charset=utf-8' })
        res.end()
      })
      await expect(callV1(core, updateStatus, {})).resolves.toBeUndefined()
    })

    if (kind === 'Core') it('re-signs each retry with a fresh nonce', async () => {
      let n = 0
      server.respond((req, res) => {
        n++
        if (n === 1) json(503, { errors: [{ code: 130, message: 'Over capacity' }] })(req, res)
        else json(200, { ok: true })(req, res)
      })
      const retrying = new Core({ ...secrets, hosts: { api: server.origin }, clientArgs: { retry: { limit: 2, methods: ['get'], statusCodes: [503], backoffLimit: 10 } } })
      await expect(retrying.call(showStatus, { id: '1' })).resolves.toEqual({ ok: true })
      const [a, b] = server.requests
      expect(parseOAuthHeader(a!.headers.authorization).oauth_nonce).not.toBe(parseOAuthHeader(b!.headers.authorization).oauth_nonce)
      expect(verifyOAuth1(b!, secrets.appSecret, secrets.oauthTokenSecret)).toBe(true)
    })

    if (kind === 'Core') it('runs user hooks before signing, so a hook may add query parameters', async () => {
      server.respond(json(200, {}))
      const hooked = new Core({
        ...secrets,
        hosts: { api: server.origin },
        clientArgs: { headers: { 'x-app': 'demo' }, hooks: { beforeRequest: [(req) => new Request(`${req.url}&hooked=1`, req)] } },
      })
      await hooked.call(showStatus, { id: '1', a: 'b' })
      const req = server.requests[0]!
      expect(req.url.searchParams.get('hooked')).toBe('1')
      expect(req.headers['x-app']).toBe('demo')
      expect(verifyOAuth1(req, secrets.appSecret, secrets.oauthTokenSecret)).toBe(true)
    })
  })

  describe('error mapping', () => {
    const cases: [string, number, string, Record<string, string>, Function, string, number | undefined][] = [
      ['401 with Twitter body', 401, '{"errors":[{"code":32,"message":"Could not authenticate you."}]}', {}, TwythonAuthError, 'Twitter API returned a 401 (Unauthorized), Could not authenticate you.', 32],
      ['400 Bad Authentication data', 400, '{"errors":[{"code":215,"message":"Bad Authentication data."}]}', {}, TwythonAuthError, 'Twitter API returned a 400 (Bad Request), Bad Authentication data.', 215],
      ['429 rate limit', 429, '{"errors":[{"code":88,"message":"Rate limit exceeded"}]}', { 'x-rate-limit-reset': '1500000000' }, TwythonRateLimitError, 'Twitter API returned a 429 (Too Many Requests), Rate limit exceeded', 88],
      ['404 not found', 404, '{"errors":[{"message":"Sorry, that page does not exist","code":34}]}', {}, TwythonError, 'Twitter API returned a 404 (Not Found), Sorry, that page does not exist', 34],
      ['403 duplicate', 403, '{"errors":[{"code":187,"message":"Status is a duplicate."}]}', {}, TwythonError, 'Twitter API returned a 403 (Forbidden), Status is a duplicate.', 187],
      ['500 HTML page', 500, '<html><body><h1>Something is technically wrong.</h1></body></html>', { 'content-type': 'text/html' }, TwythonError, 'Twitter API returned a 500 (Internal Server Error), An error occurred processing your request. (the response was an HTML page, not JSON)', undefined],
      ['503 empty body', 503, '', {}, TwythonError, 'Twitter API returned a 503 (Service Unavailable), An error occurred processing your request. (the response body was empty)', undefined],
      ['502 truncated JSON', 502, '{"errors":[{"code":13', {}, TwythonError, 'Twitter API returned a 502 (Bad Gateway), An error occurred processing your request. (the response body was not valid JSON)', undefined],
      ['420 enhance your calm', 420, '{"errors":"Enhance your calm"}', {}, TwythonError, 'Twitter API returned a 420 (Enhance Your Calm), Enhance your calm', undefined],
      ["418, outside Twitter's table, still names the status and its standard reason", 418, '{"error":"teapot"}', {}, TwythonError, "Twitter API returned a 418 (I'm a Teapot), teapot", undefined],
    ]
    it.each(cases)('%s', async (_name, status, body, headers, type, message, code) => {
      server.respond(json(status, body, headers))
      const error = await callV1(core, showStatus, { id: '1' }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(type)
      expect((error as TwythonError).message).toBe(message)
      expect((error as TwythonError).status).toBe(status)
      expect((error as TwythonError).errorCode).toBe(code)
      expect((error as TwythonError).url).toBe(`${server.origin}/1.1/statuses/show/1.json`)
      if (status === 429) expect((error as TwythonError).retryAfter).toBe(1500000000)
      expect(core.lastCall?.status).toBe(status)
    })

    it('a 200 with an HTML page or truncated JSON gives a clear TwythonError, never a SyntaxError', async () => {
      server.respond(json(200, '<html>maintenance</html>', { 'content-type': 'text/html' }))
      await expect(callV1(core, showStatus, { id: '1' })).rejects.toThrow('Response was not valid JSON. Unable to decode. (The server sent an HTML page.)')
      server.respond(json(200, '{"id_str":"1","text":"hel'))
      const error = await callV1(core, showStatus, { id: '1' }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TwythonError)
      expect((error as TwythonError).status).toBe(200)
      expect((error as Error).cause).toBeInstanceOf(SyntaxError)
    })

    it('a body cut off mid-stream (Content-Length larger than what arrives) is a TwythonError', async () => {
      server.respond((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
        res.write('{"id_str":"1"')
        setTimeout(() => res.socket?.destroy(), 10)
      })
      await expect(callV1(core, showStatus, { id: '1' })).rejects.toThrow(/closed before the whole response arrived|not valid JSON/)
    })

    it('times out with a TwythonError naming the endpoint', async () => {
      server.respond(() => undefined)
      const error = await callV1(core, showStatus, { id: '1' }, { timeout: 100 }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TwythonError)
      expect((error as Error).message).toBe(`Request timed out after 100 ms: GET ${server.origin}/1.1/statuses/show/1.json`)
    })

    it('turns a refused connection into a TwythonError', async () => {
      await server.close()
      const error = await callV1(core, showStatus, { id: '1' }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TwythonError)
      expect((error as Error).message).toMatch(/Network error while calling GET .*ECONNREFUSED/)
    })

    it('rejects with the abort reason when the signal fires', async () => {
      server.respond(() => undefined)
      const controller = new AbortController()
      const pending = callV1(core, showStatus, { id: '1' }, { signal: controller.signal })
      setTimeout(() => controller.abort(new Error('stop')), 20)
      await expect(pending).rejects.toThrow('stop')
    })
  })

  describe('secrets', () => {
    it('never appear in errors, inspect output or JSON', async () => {
      server.respond(json(401, { errors: [{ code: 32, message: 'Could not authenticate you.' }] }))
      const error = await callV1(core, showStatus, { id: '1' }).catch((e: unknown) => e)
      server.respond(() => undefined)
      const timeout = await callV1(core, showStatus, { id: '1' }, { timeout: 50 }).catch((e: unknown) => e)
      await server.close()
      const network = await callV1(core, showStatus, { id: '1' }).catch((e: unknown) => e)
      for (const text of [inspect(error, { depth: 10 }), inspect(timeout, { depth: 10 }), inspect(network, { depth: 10 }), inspect(core, { depth: 10 }), JSON.stringify(core), String(error)]) {
        expect(text).not.toContain('SHOULD-NOT-LEAK')
        expect(text).not.toContain('user-token')
        expect(text).not.toMatch(/oauth_signature/)
      }
    })
  })

  describe('the User-Agent', () => {
    it('is twython-ts by default; clientArgs.headers replaces it whatever its case, and a call\'s headers replace that', async () => {
      server.respond(json(200, {}))
      await callV1(core, showStatus, { id: '20' })
      const custom = new Make({ ...secrets, hosts: { api: server.origin }, clientArgs: { headers: { 'User-Agent': 'my-bot/1' } } })
      await callV1(custom, showStatus, { id: '20' })
      await callV1(custom, showStatus, { id: '20' }, { headers: { 'user-agent': 'one-call/2' } })
      expect(server.requests.map((r) => r.headers['user-agent'])).toEqual(['twython-ts', 'my-bot/1', 'one-call/2'])
    })
  })

  describe('hosts and last-call headers', () => {
    it('refuses plain http except on loopback', () => {
      expect(() => new Make({ hosts: { api: 'http://api.example.com' } })).toThrow(/restricted to SSL\/TLS/)
      expect(() => new Make({ hosts: { api: 'http://localhost:1' } })).not.toThrow()
      expect(() => new Make({ hosts: { api: 'http://[::1]:1' } })).not.toThrow()
      expect(() => new Make({ hosts: { api: 'ftp://x' } })).toThrow(/https/)
    })

    if (kind === 'Core') it('refuses a non-loopback http URL in request()', async () => {
      await expect(core.request('http://api.twitter.com/1.1/x.json')).rejects.toThrow(/restricted to SSL\/TLS/)
    })

    it('getLastFunctionHeader reads the last response, case-insensitively, with a default', async () => {
      expect(() => core.getLastFunctionHeader('x-rate-limit-remaining')).toThrow('This function must be called after an API call. It delivers header information.')
      server.respond(json(200, {}, { 'x-rate-limit-remaining': '37' }))
      await callV1(core, showStatus, { id: '1' })
      expect(core.getLastFunctionHeader('X-Rate-Limit-Remaining')).toBe('37')
      expect(core.getLastFunctionHeader('x-missing')).toBeUndefined()
      expect(core.getLastFunctionHeader('x-missing', 'none')).toBe('none')
    })
  })
})

describe('the lean core refuses what only Core honours', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['clientArgs.retry', { clientArgs: { retry: 2 } }],
    ['clientArgs.hooks', { clientArgs: { hooks: { beforeRequest: [] } } }],
    ['clientId', { clientId: 'client' }],
    ['oauth2Token', { oauth2Token: { accessToken: 'user-access-SHOULD-NOT-LEAK', tokenType: 'bearer', scopes: [], expiresAt: Date.now() + 60_000 } }],
    ['tokenStore', { tokenStore: { get: async () => undefined, set: async () => undefined } }],
    ['rateLimit', { rateLimit: { wait: true } }],
  ]
  for (const [name, extra] of cases) {
    it(`${name}: a TwythonError at construction that names it and new Core, and no secret`, () => {
      let error: unknown
      try {
        new BaseCore({ ...secrets, ...extra })
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(TwythonError)
      const message = (error as Error).message
      expect(message).toContain(name)
      expect(message).toContain('new Core(options)')
      expect(message).not.toMatch(/SHOULD-NOT-LEAK/)
      // The full core takes the same options.
      expect(() => new Core({ ...secrets, ...extra })).not.toThrow()
    })
  }
})

describe('the lean core and X API v2 routes', () => {
  const getTweet: Route = { id: 'getPostsById', method: 'GET', host: 'v2', path: '/2/tweets/{id}', security: [{ scheme: 'bearer' }] }
  it('call() refuses a v2 route naming callV2, sending nothing; callV2 (what the generated v2 functions use) sends it', async () => {
    const server = await startServer()
    try {
      server.respond(json(200, { data: { id: '20', text: 'hi' } }))
      const lean = new BaseCore({ accessToken: 'AAAA', hosts: { v2: server.origin } })
      await expect(callV1(lean, getTweet, { id: '20' })).rejects.toThrow(/getPostsById is an X API v2 route.*callV2.*Nothing was sent/)
      expect(server.requests).toHaveLength(0)
      await expect(callV2(lean, getTweet, { id: '20' })).resolves.toEqual({ data: { id: '20', text: 'hi' } })
      // The full core's call() sends v2 routes as well.
      await expect(new Core({ accessToken: 'AAAA', hosts: { v2: server.origin } }).call(getTweet, { id: '20' })).resolves.toEqual({ data: { id: '20', text: 'hi' } })
      expect(server.requests.map((r) => [r.url.pathname, r.headers.authorization])).toEqual([['/2/tweets/20', 'Bearer AAAA'], ['/2/tweets/20', 'Bearer AAAA']])
    } finally {
      await server.close()
    }
  })
})

describe('X API v2 multipart routes', () => {
  const uploadThing: Route = { id: 'uploadThing', method: 'POST', host: 'v2', path: '/2/things/upload', encoding: 'multipart', security: [{ scheme: 'bearer' }] }
  it('callWithFiles sends one on either core (files by value, objects as JSON); callV2 without the encoder refuses, sending nothing', async () => {
    const server = await startServer()
    try {
      server.respond(json(200, { data: { id: '1' } }))
      for (const core of [new BaseCore({ accessToken: 'AAAA', hosts: { v2: server.origin } }), new Core({ accessToken: 'AAAA', hosts: { v2: server.origin } })]) {
        await expect(callWithFiles(core, uploadThing, { media: new Uint8Array([1, 2, 3]), meta: { alt: 'x' } })).resolves.toEqual({ data: { id: '1' } })
      }
      // The full core's call() has the encoder too.
      await new Core({ accessToken: 'AAAA', hosts: { v2: server.origin } }).call(uploadThing, { media: new Uint8Array([4]) })
      await expect(callV2(new BaseCore({ accessToken: 'AAAA', hosts: { v2: server.origin } }), uploadThing, { media: new Uint8Array([1]) })).rejects.toThrow(/uploadThing sends files \(multipart\).*callWithFiles.*Nothing was sent/)
      expect(server.requests).toHaveLength(3)
      for (const req of server.requests) expect(String(req.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/)
      const body = server.requests[0]!.body.toString('latin1')
      expect(body).toContain('name="media"; filename="media"')
      expect(body).toContain('name="meta"\r\n\r\n{"alt":"x"}')
    } finally {
      await server.close()
    }
  })
})
