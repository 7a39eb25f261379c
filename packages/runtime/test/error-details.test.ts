/**
 * Issue 10, items 4 and 8, over a real local server: every status names itself, plain-text error bodies
 * keep Twitter's text, rate-limit errors say when to come back in three forms, the OAuth flow's empty
 * POSTs carry no content type, and the error classes recognise copies of themselves from another build.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Core } from '../src/core.js'
import { TwythonAuthError, TwythonError, TwythonRateLimitError, TwythonStreamError } from '../src/errors.js'
import { getAuthenticationTokens, getAuthorizedTokens } from '../src/oauth-flow.js'
import type { Route } from '../src/route.js'
import { json, startServer, type TestServer } from './server.js'

const secrets = { appKey: 'app-key', appSecret: 'app-secret', oauthToken: 'user-token', oauthTokenSecret: 'token-secret' }
const showStatus: Route = { id: 'show_status', method: 'GET', path: 'statuses/show/:id' }

let server: TestServer
let core: Core
beforeEach(async () => {
  server = await startServer()
  core = new Core({ ...secrets, hosts: { api: server.origin } })
})
afterEach(() => server.close())

const fail = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as TwythonError)

describe('statuses outside Twitter\'s table name the code and its reason', () => {
  const cases: [number, string][] = [
    [305, 'Use Proxy'],
    [405, 'Method Not Allowed'],
    [409, 'Conflict'],
    [418, "I'm a Teapot"],
    [451, 'Unavailable For Legal Reasons'],
    [501, 'Not Implemented'],
    [520, 'Web Server Returned an Unknown Error'],
    [599, 'Unknown Server Error'],
  ]
  it.each(cases)('%i', async (status, reason) => {
    server.respond(json(status, { errors: [{ code: 7, message: 'nope' }] }))
    const error = await fail(core.call(showStatus, { id: '1' }))
    expect(error).toBeInstanceOf(TwythonError)
    expect(error!.status).toBe(status)
    // A 3xx is refused as a redirect (item 2) before its body is read; the prefix is the same.
    if (status < 400) expect(error!.message).toMatch(new RegExp(`^Twitter API returned a ${status} \\(${reason}\\), The API answered GET .* with a redirect`))
    else expect(error!.message).toBe(`Twitter API returned a ${status} (${reason}), nope`)
  })

  it('keeps Twython\'s own reasons for the documented statuses', async () => {
    server.respond(json(420, { errors: 'Enhance your calm' }))
    expect((await fail(core.call(showStatus, { id: '1' })))!.message).toBe('Twitter API returned a 420 (Enhance Your Calm), Enhance your calm')
  })
})

describe('plain-text error bodies keep Twitter\'s text', () => {
  it('a 401 from an OAuth endpoint carries the text, as Twython\'s TwythonAuthError(response.content) does', async () => {
    server.respond(json(401, 'Failed to validate oauth signature and token', { 'content-type': 'text/plain' }))
    const error = await fail(getAuthenticationTokens(core))
    expect(error).toBeInstanceOf(TwythonAuthError)
    expect(error!.message).toBe('Twitter API returned a 401 (Unauthorized), Failed to validate oauth signature and token')
  })

  it('a 403 with text keeps it too; long or multi-line text is folded and cut', async () => {
    server.respond(json(403, `Reverse auth credentials are invalid\n\n${'x'.repeat(1000)}`, { 'content-type': 'text/plain' }))
    const error = await fail(core.call(showStatus, { id: '1' }))
    expect(error!.message.startsWith('Twitter API returned a 403 (Forbidden), Reverse auth credentials are invalid x')).toBe(true)
    expect(error!.message.length).toBeLessThan(400)
    expect(error!.message).not.toContain('\n')
  })

  it('an HTML page and an empty body still get the clear default messages', async () => {
    server.respond(json(502, '<html><body>Bad gateway</body></html>', { 'content-type': 'text/html' }))
    expect((await fail(core.call(showStatus, { id: '1' })))!.message).toMatch(/HTML page/)
    server.respond(json(503, '', { 'content-type': 'text/plain' }))
    expect((await fail(core.call(showStatus, { id: '1' })))!.message).toMatch(/empty/)
  })
})

describe('rate-limit errors say when to come back', () => {
  it('keeps retryAfter (epoch seconds) and adds resetAt and a non-negative retryAfterMs', async () => {
    const reset = Math.floor(Date.now() / 1000) + 600
    server.respond(json(429, { errors: [{ code: 88, message: 'Rate limit exceeded' }] }, { 'x-rate-limit-reset': String(reset) }))
    const error = await fail(core.call(showStatus, { id: '1' }))
    expect(error).toBeInstanceOf(TwythonRateLimitError)
    expect(error!.retryAfter).toBe(reset)
    expect(error!.resetAt).toEqual(new Date(reset * 1000))
    const ms = error!.retryAfterMs!
    expect(ms).toBeGreaterThan(0)
    expect(ms).toBeLessThanOrEqual(600_000)
  })

  it('retryAfterMs is 0, not negative, once the reset is in the past; undefined without the header', async () => {
    server.respond(json(429, { errors: [{ code: 88, message: 'Rate limit exceeded' }] }, { 'x-rate-limit-reset': '1500000000' }))
    const past = await fail(core.call(showStatus, { id: '1' }))
    expect(past!.resetAt).toEqual(new Date(1_500_000_000_000))
    expect(past!.retryAfterMs).toBe(0)
    server.respond(json(429, { errors: [{ code: 88, message: 'Rate limit exceeded' }] }))
    const unknown = await fail(core.call(showStatus, { id: '1' }))
    expect(unknown!.retryAfter).toBeUndefined()
    expect(unknown!.resetAt).toBeUndefined()
    expect(unknown!.retryAfterMs).toBeUndefined()
  })
})

describe('the OAuth flow\'s empty POSTs', () => {
  it('request_token and access_token carry no body and no text/plain content type', async () => {
    server.respond(json(200, 'oauth_token=RT&oauth_token_secret=RTS&oauth_callback_confirmed=true', { 'content-type': 'text/html' }))
    await getAuthenticationTokens(new Core({ appKey: 'key', appSecret: 'secret', hosts: { api: server.origin } }), { callbackUrl: 'oob' })
    server.respond(json(200, 'oauth_token=AT&oauth_token_secret=ATS', { 'content-type': 'text/html' }))
    await getAuthorizedTokens(core, '1234')
    for (const req of server.requests) {
      expect(req.method).toBe('POST')
      expect(req.headers['content-type']).toBeUndefined()
      expect(req.body.length).toBe(0)
    }
  })
})

describe('instanceof across two copies of the package (CJS and ESM builds)', () => {
  it('each class recognises the other copy\'s instances, and subclasses still discriminate', async () => {
    // A second evaluation of the module: what a program that loads both builds gets.
    const specifier: string = '../src/errors.js?another-build'
    const other = (await import(specifier)) as typeof import('../src/errors.js')
    expect(other.TwythonError).not.toBe(TwythonError)
    const foreignAuth = new other.TwythonAuthError('x', { status: 401 })
    const foreignLimit = new other.TwythonRateLimitError('x', { status: 429 })
    expect(foreignAuth instanceof TwythonError).toBe(true)
    expect(foreignAuth instanceof TwythonAuthError).toBe(true)
    expect(foreignAuth instanceof TwythonRateLimitError).toBe(false)
    expect(foreignAuth instanceof TwythonStreamError).toBe(false)
    expect(foreignLimit instanceof TwythonRateLimitError).toBe(true)
    expect(new TwythonAuthError('x') instanceof other.TwythonAuthError).toBe(true)
    expect(new TwythonError('x') instanceof other.TwythonAuthError).toBe(false)
    expect(new TwythonStreamError('x') instanceof other.TwythonError).toBe(true)
    expect(foreignAuth instanceof Error).toBe(true)
    expect(new Error('x') instanceof TwythonError).toBe(false)
    expect((null as unknown as object) instanceof TwythonError).toBe(false)
  })

  it('a user subclass without a brand is checked the ordinary way', () => {
    class MyError extends TwythonError {}
    expect(new MyError('x') instanceof MyError).toBe(true)
    expect(new MyError('x') instanceof TwythonError).toBe(true)
    expect(new TwythonError('x') instanceof MyError).toBe(false)
  })
})
