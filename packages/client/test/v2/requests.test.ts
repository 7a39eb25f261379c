/**
 * Every X API v2 operation of X's document, called through `twitter.v2` with valid values for every
 * path and query parameter and the body's fields, against a local server over real sockets. The server
 * checks each request against the reference document itself (not our spec): method, path template and
 * path parameters, every query parameter (comma-joined arrays split back, numbers and booleans read) and
 * the JSON or multipart body, validated with ajv against the document's schemas; and the OAuth 1.0a
 * signature with its own code, or the bearer token. Skips with a printed reason where ../shared is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Twython, TwythonAuthError } from '../../src/index.js'
import operationsTable from '../../src/generated/v2/operations.json' with { type: 'json' }
import { startServer, verifyOAuth1, type Recorded, type TestServer } from '../../../runtime/test/server.js'
import { deref, loadReference, matchPath, operations, sample, schemaValidator, type DocOperation } from './reference.js'

const doc = loadReference()
if (!doc) console.log('v2/requests.test.ts: skipped, X API v2 reference document not found (../shared/reference is outside the repository)')

const table = operationsTable as Record<string, { method: string; http: string; path: string; stream: boolean }>
const oauth1 = { appKey: 'ck', appSecret: 'cs', oauthToken: 'at', oauthTokenSecret: 'ats' }

/** A query or path value read back from the wire into the schema's type. */
function fromWire(schema: any, raw: string): unknown {
  const s = deref(doc, schema)
  if (s?.type === 'array') return raw.split(',').map((item) => fromWire(s.items, item))
  if (s?.type === 'integer' || s?.type === 'number') return Number(raw)
  if (s?.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw
  return raw
}

/** Everything wrong with a recorded request, judged by X's document. */
async function problems(op: DocOperation, req: Recorded, validate: ReturnType<typeof schemaValidator>): Promise<string[]> {
  const out: string[] = []
  if (req.method !== op.method) out.push(`method ${req.method}, expected ${op.method}`)
  const pathParams = matchPath(op.path, req.url.pathname)
  if (!pathParams) return [...out, `path ${req.url.pathname} does not match ${op.path}`]
  for (const p of op.parameters.filter((x) => x.in === 'path')) {
    const value = fromWire(p.schema, pathParams[p.name] ?? '')
    const fn = validate(p.schema)
    if (!fn(value)) out.push(`path parameter ${p.name}=${JSON.stringify(value)}: ${JSON.stringify(fn.errors)}`)
  }
  const queryParams = op.parameters.filter((x) => x.in === 'query')
  for (const [name, raw] of req.url.searchParams) {
    const p = queryParams.find((x) => x.name === name)
    if (!p) {
      out.push(`query parameter ${name} is not in the document`)
      continue
    }
    const value = fromWire(p.schema, raw)
    const fn = validate(p.schema)
    if (!fn(value)) out.push(`query ${name}=${raw}: ${JSON.stringify(fn.errors)}`)
  }
  for (const p of queryParams) if (p.required && !req.url.searchParams.has(p.name)) out.push(`required query parameter ${p.name} missing`)
  const content = op.op.requestBody?.content ?? {}
  if (Object.keys(content).length) {
    const type = String(req.headers['content-type'] ?? '')
    const json = Object.entries<any>(content).find(([t]) => t.includes('json'))
    const multipart = Object.entries<any>(content).find(([t]) => t.includes('multipart'))
    if (type.startsWith('application/json') && json) {
      let body: unknown
      try {
        body = JSON.parse(req.body.toString('utf8'))
      } catch {
        out.push('body is not JSON')
      }
      const fn = validate(json[1].schema)
      if (body !== undefined && !fn(body)) out.push(`body ${req.body.toString('utf8').slice(0, 200)}: ${JSON.stringify(fn.errors).slice(0, 400)}`)
    } else if (type.startsWith('multipart/form-data') && multipart) {
      const form = await new Response(new Uint8Array(req.body), { headers: { 'content-type': type } }).formData()
      const schema = deref(doc, multipart[1].schema)
      for (const name of form.keys()) if (!schema.properties?.[name]) out.push(`multipart field ${name} is not in the document`)
      for (const name of schema.required ?? []) if (!form.has(name)) out.push(`multipart field ${name} missing`)
    } else if (op.op.requestBody?.required) out.push(`body content-type ${type} is not one the operation takes`)
  } else if (req.body.length > 0) out.push('a body was sent to an operation that takes none')
  return out
}

/** Params for an operation: every path and query parameter, and the body's top-level fields. */
function paramsFor(op: DocOperation): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const p of op.parameters) if (p.in === 'path' || p.in === 'query') params[p.name] = sample(doc, p.schema)
  const content = op.op.requestBody?.content ?? {}
  const json = Object.entries<any>(content).find(([t]) => t.includes('json'))
  const multipart = Object.entries<any>(content).find(([t]) => t.includes('multipart'))
  if (json) Object.assign(params, sample(doc, json[1].schema) as object)
  else if (multipart) {
    const schema = deref(doc, multipart[1].schema)
    const body = sample(doc, schema) as Record<string, unknown>
    for (const [name, prop] of Object.entries<any>(schema.properties ?? {})) if (deref(doc, prop)?.format === 'binary' && name in body) body[name] = new Uint8Array([1, 2, 3, 4])
    Object.assign(params, body)
  }
  return params
}

function schemes(op: DocOperation): Set<string> {
  return new Set((op.op.security ?? []).flatMap((s: object) => Object.keys(s)))
}

describe.skipIf(!doc)('X API v2 requests, checked against X API v2 2.167', () => {
  let server: TestServer
  let user: Twython
  let app: Twython
  let oauth2User: Twython
  const validate = doc ? schemaValidator(doc) : (undefined as never)
  beforeAll(async () => {
    server = await startServer((req, res) => {
      const op = table[Object.keys(table).find((id) => table[id]!.http === req.method && matchPath(table[id]!.path, req.url.pathname)) ?? '']
      res.writeHead(200, { 'content-type': 'application/json' })
      if (op?.stream) res.end('{"data":{"id":"1","text":"a"}}\r\n\r\n{"data":{"id":"2","text":"b"}}\r\n')
      else res.end('{"data":{}}')
    })
    user = new Twython({ ...oauth1, hosts: { v2: server.origin } })
    app = new Twython({ accessToken: 'app-bearer', hosts: { v2: server.origin } })
    // An OAuth 2.0 user token holding every scope of the document, for the operations that take only that.
    const scopes = [...new Set(operations(doc).flatMap((o) => (o.op.security ?? []).flatMap((s: Record<string, string[]>) => s.OAuth2UserToken ?? [])))]
    oauth2User = new Twython({ clientId: 'client', oauth2Token: { accessToken: 'user-token', refreshToken: 'r', expiresAt: Date.now() + 3_600_000, scopes, tokenType: 'bearer' }, hosts: { v2: server.origin } })
  })
  afterAll(() => server?.close())

  const ops = doc ? operations(doc) : []
  it('has a method on twitter.v2 for every operation of the document', () => {
    const missing = ops.filter((op) => typeof (user.v2 as unknown as Record<string, unknown>)[table[op.operationId]?.method ?? ''] !== 'function')
    expect(missing.map((o) => o.operationId)).toEqual([])
    expect(ops).toHaveLength(171)
  })

  it.each(ops.map((op) => [op.operationId, op] as const))('%s', async (_id, op) => {
    const entry = table[op.operationId]!
    // Streams reconnect by default; one connection is what this test checks.
    const method = (client: Twython) => {
      const fn = (client.v2 as unknown as Record<string, (p: unknown, o?: unknown) => unknown>)[entry.method]!.bind(client.v2)
      return (p: unknown) => (entry.stream ? fn(p, { reconnect: false }) : fn(p))
    }
    const accepts = schemes(op)
    const client = accepts.has('UserToken') || accepts.size === 0 ? user : accepts.has('BearerToken') ? app : undefined
    const params = paramsFor(op)
    if (!client) {
      // OAuth 2.0 user token only: both other kinds of credentials are refused before anything is sent.
      const before = server.requests.length
      await expect(Promise.resolve().then(() => method(user)(params))).rejects.toBeInstanceOf(TwythonAuthError)
      await expect(Promise.resolve().then(() => method(app)(params))).rejects.toThrow(/OAuth 2\.0 user token/)
      expect(server.requests.length).toBe(before)
    }
    const before = server.requests.length
    const result = method(client ?? oauth2User)(params)
    if (entry.stream) {
      const messages: unknown[] = []
      for await (const m of result as AsyncIterable<unknown>) messages.push(m)
      expect(messages).toEqual([{ data: { id: '1', text: 'a' } }, { data: { id: '2', text: 'b' } }])
    } else expect(await result).toEqual({ data: {} })
    expect(server.requests.length).toBe(before + 1)
    const req = server.requests[server.requests.length - 1]!
    expect(await problems(op, req, validate)).toEqual([])
    if (client === user && accepts.size > 0) expect(verifyOAuth1(req, oauth1.appSecret, oauth1.oauthTokenSecret)).toBe(true)
    if (client === app) expect(req.headers.authorization).toBe('Bearer app-bearer')
    if (!client) expect(req.headers.authorization).toBe('Bearer user-token')
  })
})
