/**
 * The local checks of preflight.ts, over a real socket: the server answers like Twitter does (215 "Bad
 * Authentication data" without a usable Authorization header, 403 code 220 for a bearer token on a
 * user-context route), so without the checks these calls would reach it and fail with Twitter's words.
 * With them, nothing is sent and the error names the option or the route.
 */
import { inspect } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Core } from '../src/core.js'
import { TwythonAuthError } from '../src/errors.js'
import { getAuthenticationTokens, obtainAccessToken } from '../src/oauth-flow.js'
import type { Route } from '../src/route.js'
import { startServer, type TestServer } from './server.js'

const updateStatus: Route = { id: 'update_status', method: 'POST', path: 'statuses/update', auth: 'user' }
const showStatus: Route = { id: 'show_status', method: 'GET', path: 'statuses/show/:id' }
const invalidateToken: Route = { id: 'invalidate_token', method: 'POST', path: 'oauth2/invalidate_token', versioned: false, auth: 'app' }
const full = { appKey: 'app-key', appSecret: 'app-secret-SHOULD-NOT-LEAK', oauthToken: 'user-token', oauthTokenSecret: 'token-secret-SHOULD-NOT-LEAK' }

let server: TestServer
beforeEach(async () => {
  server = await startServer((req, res) => {
    const auth = req.headers.authorization ?? ''
    res.writeHead(auth.startsWith('Bearer ') ? 403 : auth ? 200 : 400, { 'content-type': 'application/json' })
    if (auth.startsWith('Bearer ')) res.end('{"errors":[{"code":220,"message":"Your credentials do not allow access to this resource."}]}')
    else res.end(auth ? '{"id_str":"20"}' : '{"errors":[{"code":215,"message":"Bad Authentication data."}]}')
  })
})
afterEach(() => server.close())

function core(options: ConstructorParameters<typeof Core>[0]): Core {
  return new Core({ ...options, hosts: { api: server.origin, upload: server.origin } })
}

async function failure(promise: Promise<unknown>): Promise<TwythonAuthError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(TwythonAuthError)
  return error as TwythonAuthError
}

describe('missing credentials are named before anything is sent', () => {
  it('names an undefined appSecret (as from an unset environment variable)', async () => {
    const e = await failure(core({ ...full, appSecret: undefined }).call(showStatus, { id: '20' }))
    expect(e.message).toMatch(/^appSecret is undefined: GET http:\/\/127\.0\.0\.1:\d+\/1\.1\/statuses\/show\/20\.json is signed with OAuth 1\.0a/)
    expect(e.message).not.toMatch(/Bad Authentication data/)
    expect(server.requests).toHaveLength(0)
  })

  it('names every missing option of a client built with no credentials at all', async () => {
    const e = await failure(core({}).call(showStatus, { id: '20' }))
    expect(e.message).toMatch(/^appKey and appSecret are undefined: /)
    expect(server.requests).toHaveLength(0)
  })

  it('says an empty string is empty, and names a token without its secret', async () => {
    expect((await failure(core({ ...full, appKey: '' }).call(showStatus, { id: '20' }))).message).toMatch(/^appKey is an empty string: /)
    const e = await failure(core({ ...full, oauthTokenSecret: undefined }).call(showStatus, { id: '20' }))
    expect(e.message).toMatch(/^oauthTokenSecret is undefined: GET \S+ cannot be signed with only one of oauthToken and oauthTokenSecret\.$/)
    expect(server.requests).toHaveLength(0)
  })

  it('names the missing token pair of a user-context route, and the route', async () => {
    const e = await failure(core({ appKey: full.appKey, appSecret: full.appSecret }).call(updateStatus, { status: 'hi' }))
    expect(e.message).toBe('oauthToken and oauthTokenSecret are undefined: update_status (POST statuses/update) needs OAuth 1.0a user context (auth: user): pass appKey, appSecret, oauthToken and oauthTokenSecret.')
    expect(server.requests).toHaveLength(0)
  })

  it('checks request(), the OAuth flow and Basic-auth routes too', async () => {
    expect((await failure(core({ appKey: full.appKey }).request('search/tweets', 'GET', { q: 'x' }))).message).toMatch(/^appSecret is undefined: GET .*\/1\.1\/search\/tweets\.json/)
    expect((await failure(getAuthenticationTokens(core({ appSecret: full.appSecret })))).message).toMatch(/^appKey is undefined: POST .*\/oauth\/request_token/)
    // obtainAccessToken wraps every failure in its own message; the local check is its cause.
    expect(((await failure(obtainAccessToken(core({ appKey: full.appKey, oauthVersion: 2 })))).cause as Error).message).toMatch(/^appSecret is undefined: POST .*\/oauth2\/token/)
    expect((await failure(core({ appKey: full.appKey, accessToken: 'AAAA' }).call(invalidateToken, { access_token: 'AAAA' }))).message).toMatch(/^appSecret is undefined: POST .*\/oauth2\/invalidate_token authenticates with the application's appKey and appSecret \(HTTP Basic\)\.$/)
    expect((await failure(core({ oauthVersion: 2 }).call(showStatus, { id: '20' }))).message).toMatch(/^accessToken is undefined: /)
    expect(server.requests).toHaveLength(0)
  })

  it('never puts a credential value in the message', async () => {
    const e = await failure(core({ ...full, oauthToken: undefined }).call(showStatus, { id: '20' }))
    expect(`${e.message} ${inspect(e)} ${JSON.stringify(e)}`).not.toMatch(/SHOULD-NOT-LEAK|app-key/)
  })

  it('lets a complete client through', async () => {
    await expect(core(full).call(updateStatus, { status: 'hi' })).resolves.toEqual({ id_str: '20' })
    await expect(core({ appKey: full.appKey, appSecret: full.appSecret }).call(showStatus, { id: '20' })).resolves.toEqual({ id_str: '20' })
    expect(server.requests).toHaveLength(2)
  })
})

describe('an app-only bearer client on a user-context route', () => {
  it('fails locally with a TwythonAuthError naming the route and the auth it needs', async () => {
    const app = core({ appKey: full.appKey, accessToken: 'AAAA-bearer-SHOULD-NOT-LEAK' })
    const e = await failure(app.call(updateStatus, { status: 'hi' }))
    expect(e.message).toBe(
      'update_status (POST statuses/update) needs OAuth 1.0a user context (auth: user), but this client has an app-only bearer token (accessToken / oauthVersion 2): pass appKey, appSecret, oauthToken and oauthTokenSecret.',
    )
    expect(server.requests).toHaveLength(0)
    // A route that accepts a bearer token still goes out.
    await expect(app.call(showStatus, { id: '20' })).rejects.toThrow(/Your credentials do not allow access/)
    expect(server.requests).toHaveLength(1)
  })
})
