/**
 * Request construction for every endpoint of the spec, over real sockets: each `Twython` method is called
 * with its required parameters against a recording server, which checks the HTTP method, the path (with
 * placeholders filled and encoded), the host (api or upload), that path parameters are not repeated
 * elsewhere, that every other parameter arrived, and the OAuth 1.0a signature with its own code.
 * Where ../shared holds real recorded requests, every parameter name those real clients sent must be a
 * parameter our spec knows for that endpoint.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SPEC_ROUTES, type SpecRoute } from '@twython/emulator/routes'
import { Twython, TWYTHON_NAMES } from '../src/index.js'
import { startServer, verifyOAuth1, parseOAuthHeader, type TestServer } from '../../runtime/test/server.js'

const secrets = { appKey: 'ck', appSecret: 'cs', oauthToken: 'at', oauthTokenSecret: 'ats' }

/** A plausible value for a parameter type, and how it must look on the wire. */
function sample(type: string, enumValues?: readonly (string | number)[]): { value: unknown; wire: string } {
  if (enumValues?.length) return { value: enumValues[0], wire: String(enumValues[0]) }
  switch (type) {
    case 'id':
      return { value: '1234567890123456789', wire: '1234567890123456789' }
    case 'id[]':
      return { value: ['1', 2n], wire: '1,2' }
    case 'string[]':
      return { value: ['a b', 'c'], wire: 'a b,c' }
    case 'integer[]':
      return { value: [1, 2], wire: '1,2' }
    case 'integer':
    case 'number':
      return { value: 42, wire: '42' }
    case 'boolean':
      return { value: true, wire: 'true' }
    case 'file':
      return { value: new Uint8Array([137, 80, 78, 71]), wire: '' }
    default:
      return { value: 'a/b ☃', wire: 'a/b ☃' }
  }
}

let api: TestServer
let upload: TestServer
let twitter: Twython
beforeAll(async () => {
  api = await startServer((req, res) => res.end(req.url.pathname.includes('/lookup') ? '[]' : '{}'))
  upload = await startServer((_req, res) => res.end('{"media_id_string":"1"}'))
  twitter = new Twython({ ...secrets, hosts: { api: api.origin, upload: upload.origin } })
})
afterAll(async () => {
  await api.close()
  await upload.close()
})

describe('every endpoint builds its request as the spec says', () => {
  it('covers all 100 endpoints and the Twython name table', () => {
    expect(SPEC_ROUTES).toHaveLength(100)
    expect(Object.keys(TWYTHON_NAMES).sort()).toEqual(SPEC_ROUTES.map((r) => r.id).sort())
  })

  it.each(SPEC_ROUTES.map((r) => [r.id, r] as [string, SpecRoute]))('%s', async (_id, route) => {
    const params: Record<string, unknown> = {}
    const wire: Record<string, string> = {}
    for (const [name, p] of Object.entries(route.params)) {
      // Required params, plus every optional one of a few families, so optional params are exercised too.
      if (!p.required && !['tweets', 'lists'].includes(route.family)) continue
      if (p.type === 'json') continue
      const { value, wire: w } = sample(p.type, p.enum)
      params[name] = value
      wire[name] = w
    }
    const server = route.host === 'upload' ? upload : api
    const before = server.requests.length
    const method = TWYTHON_NAMES[route.id as keyof typeof TWYTHON_NAMES] as keyof Twython
    await (twitter[method] as (p: object) => Promise<unknown>).call(twitter, params)
    expect(server.requests.length).toBe(before + 1)
    const req = server.requests[server.requests.length - 1]!

    expect(req.method).toBe(route.method)
    const placeholders = [...route.path.matchAll(/:([a-z_]+)/g)].map((m) => m[1]!)
    const path = route.path.replace(/:([a-z_]+)/g, (_m, name: string) => encodeURIComponent(wire[name]!))
    expect(req.url.pathname).toBe(route.versioned ? `/1.1/${path}.json` : `/${path}`)

    const sent = new Map<string, string>()
    for (const [k, v] of req.url.searchParams) sent.set(k, v)
    const type = String(req.headers['content-type'] ?? '')
    if (type.startsWith('application/x-www-form-urlencoded')) for (const [k, v] of new URLSearchParams(req.body.toString())) sent.set(k, v)
    if (type.startsWith('multipart/form-data')) {
      for (const m of req.body.toString('latin1').matchAll(/name="([^"]+)"(?:; filename="[^"]*")?\r\n(?:[^\r\n]+\r\n)*\r\n/g)) sent.set(m[1]!, '')
    }
    for (const name of placeholders) expect(sent.has(name), `path parameter ${name} sent twice`).toBe(false)
    for (const [name, value] of Object.entries(wire)) {
      if (placeholders.includes(name)) continue
      expect(sent.has(name), `parameter ${name} missing`).toBe(true)
      if (!type.startsWith('multipart/')) expect(sent.get(name)).toBe(Buffer.from(value, 'utf8').toString('utf8'))
    }

    if (route.auth === 'app') {
      expect(req.headers.authorization).toBe(`Basic ${Buffer.from('ck:cs').toString('base64')}`)
    } else {
      expect(parseOAuthHeader(req.headers.authorization).oauth_token).toBe('at')
      expect(verifyOAuth1(req, 'cs', 'ats')).toBe(true)
    }
  })
})

const recorded = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'fixtures', 'recorded')
if (!existsSync(recorded)) console.log(`requests.test.ts: recorded-request check skipped, no recordings at ${recorded}`)

describe.skipIf(!existsSync(recorded))('real recorded requests', () => {
  it('send no parameter that our spec does not know for that endpoint', () => {
    const normalise = (p: string) => p.replace(/^\/1\.1\//, '').replace(/\.json$/, '').replace(/:[a-z_]+/g, ':')
    const unknown: string[] = []
    let checked = 0
    for (const file of readdirSync(recorded).filter((f) => f.endsWith('.json'))) {
      const rec = JSON.parse(readFileSync(join(recorded, file), 'utf8')) as { request: { method: string; path_template: string; query?: Record<string, unknown> | null; body?: unknown } }
      const path = normalise(rec.request.path_template)
      const route =
        SPEC_ROUTES.find((r) => normalise(r.path) === path && r.method === rec.request.method) ??
        SPEC_ROUTES.find((r) => normalise(r.path) === path) ??
        SPEC_ROUTES.find((r) => normalise(r.path) === `${path}/:`)
      if (!route) continue
      checked++
      const body = rec.request.body
      const names = [...Object.keys(rec.request.query ?? {})]
      if (body && typeof body === 'object' && !('multipart' in body)) names.push(...Object.keys(body))
      if (body && typeof body === 'object' && 'parts' in body) names.push(...(body as { parts: { name: string }[] }).parts.map((p) => p.name))
      for (const name of names) if (!(name in route.params)) unknown.push(`${file}: ${name} (${route.id})`)
    }
    expect(checked).toBeGreaterThanOrEqual(70)
    // tweepy sent `user` (an API 1.0 alias of user_id/screen_name) to the legacy direct_messages/new; the
    // v1.1 reference lists only user_id, screen_name and text, so the spec leaves it out on purpose.
    expect(unknown).toEqual(['POST_direct_messages_new.json: user (send_direct_message)'])
  })
})
