import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Core } from '../src/core.js'
import { TwythonAuthError, TwythonError } from '../src/errors.js'
import { getAuthenticationTokens, getAuthorizedTokens, obtainAccessToken } from '../src/oauth-flow.js'
import { json, parseOAuthHeader, startServer, verifyOAuth1, type TestServer } from './server.js'

let server: TestServer
beforeEach(async () => {
  server = await startServer()
})
afterEach(() => server.close())

const text = (status: number, body: string) => json(status, body, { 'content-type': 'text/html;charset=utf-8' })

describe('three-legged OAuth 1.0a', () => {
  it('gets request tokens with the callback signed in the header and builds the auth URL', async () => {
    server.respond(text(200, 'oauth_token=RT&oauth_token_secret=RTS&oauth_callback_confirmed=true'))
    const core = new Core({ appKey: 'key', appSecret: 'secret', hosts: { api: server.origin }, authEndpoint: 'authorize' })
    const tokens = await getAuthenticationTokens(core, { callbackUrl: 'https://cb.example/x?y=1', forceLogin: true, screenName: 'bob' })
    expect(tokens).toMatchObject({ oauth_token: 'RT', oauth_token_secret: 'RTS', oauth_callback_confirmed: true })
    expect(tokens.auth_url).toBe(`${server.origin}/oauth/authorize?oauth_token=RT&force_login=true&screen_name=bob`)
    const req = server.requests[0]!
    expect(`${req.method} ${req.url.pathname}`).toBe('POST /oauth/request_token')
    expect(parseOAuthHeader(req.headers.authorization).oauth_callback).toBe('https://cb.example/x?y=1')
    expect(parseOAuthHeader(req.headers.authorization).oauth_token).toBeUndefined()
    expect(verifyOAuth1(req, 'secret')).toBe(true)
  })

  it('refuses an unconfirmed callback, an undecodable body and a 401 with typed errors', async () => {
    const core = new Core({ appKey: 'key', appSecret: 'secret', hosts: { api: server.origin } })
    server.respond(text(200, 'oauth_token=RT&oauth_token_secret=RTS&oauth_callback_confirmed=false'))
    await expect(getAuthenticationTokens(core, { callbackUrl: 'https://cb' })).rejects.toThrow(/did not confirm the callback/)
    server.respond(json(200, { not: 'a form' }))
    await expect(getAuthenticationTokens(core)).rejects.toThrow('Unable to decode request tokens.')
    server.respond(json(401, { errors: [{ code: 32, message: 'Could not authenticate you.' }] }))
    await expect(getAuthenticationTokens(core)).rejects.toBeInstanceOf(TwythonAuthError)
  })

  it('trades the verifier for access tokens, signed with the request token', async () => {
    server.respond(text(200, 'oauth_token=AT&oauth_token_secret=ATS&user_id=6253282&screen_name=twitterapi'))
    const core = new Core({ appKey: 'key', appSecret: 'secret', oauthToken: 'RT', oauthTokenSecret: 'RTS', hosts: { api: server.origin } })
    await expect(getAuthorizedTokens(core, 'V123')).resolves.toEqual({ oauth_token: 'AT', oauth_token_secret: 'ATS', user_id: '6253282', screen_name: 'twitterapi' })
    const req = server.requests[0]!
    expect(parseOAuthHeader(req.headers.authorization)).toMatchObject({ oauth_verifier: 'V123', oauth_token: 'RT' })
    expect(verifyOAuth1(req, 'secret', 'RTS')).toBe(true)
    server.respond(json(401, { errors: [{ code: 89, message: 'Invalid or expired token.' }] }))
    const error = await getAuthorizedTokens(core, 'V123').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonAuthError)
    expect((error as Error).message).toBe('Twitter API returned a 401 (Unauthorized), Invalid or expired token.')
    await expect(getAuthorizedTokens(core, '')).rejects.toThrow(/needs the oauth_verifier/)
  })

  it('only works with OAuth 1', async () => {
    const core = new Core({ appKey: 'k', appSecret: 's', oauthVersion: 2 })
    await expect(getAuthenticationTokens(core)).rejects.toThrow('This method can only be called when your OAuth version is 1.0.')
    await expect(getAuthorizedTokens(core, 'v')).rejects.toThrow('This method can only be called when your OAuth version is 1.0.')
  })
})

describe('OAuth 2 app-only', () => {
  it('obtains a bearer token with Basic credentials', async () => {
    server.respond(json(200, { token_type: 'bearer', access_token: 'AAAA%2FAAA%3DAAAAAAAA' }))
    const core = new Core({ appKey: 'xvz1evFS4wEEPTGEFPHBog', appSecret: 'L8qq9PZyRg6ieKGEKhZolGC0vJWLw8iEJ88DRdyOg', oauthVersion: 2, hosts: { api: server.origin } })
    await expect(obtainAccessToken(core)).resolves.toBe('AAAA%2FAAA%3DAAAAAAAA')
    const req = server.requests[0]!
    // Twitter's application-only auth example (REFERENCES.md 3.3).
    expect(req.headers.authorization).toBe('Basic eHZ6MWV2RlM0d0VFUFRHRUZQSEJvZzpMOHFxOVBaeVJnNmllS0dFS2hab2xHQzB2SldMdzhpRUo4OERSZHlPZw==')
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8')
    expect(req.body.toString()).toBe('grant_type=client_credentials')
  })

  it('turns every failure into TwythonAuthError with the status', async () => {
    const core = new Core({ appKey: 'k', appSecret: 's', oauthVersion: 2, hosts: { api: server.origin } })
    server.respond(json(403, { errors: [{ code: 99, message: 'Unable to verify your credentials' }] }))
    const error = await obtainAccessToken(core).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonAuthError)
    expect((error as TwythonError).message).toBe('Twitter API returned a 403 (Forbidden), Unable to obtain OAuth 2 access token.')
    expect((error as TwythonError).status).toBe(403)
    server.respond(json(200, { token_type: 'mac', access_token: 'x' }))
    await expect(obtainAccessToken(core)).rejects.toBeInstanceOf(TwythonAuthError)
    await expect(obtainAccessToken(new Core({ appKey: 'k', appSecret: 's' }))).rejects.toThrow('This method can only be called when your OAuth version is 2.0.')
  })
})
