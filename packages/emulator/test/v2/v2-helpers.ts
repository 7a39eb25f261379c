/**
 * Test support for the v2 emulator: calls over real sockets (OAuth 1.0a signed by the tests' own signer,
 * or an app-only bearer token), and a validator that checks every answer against the response schema of
 * X's OpenAPI document whose names the request used (2.159 "tweet" names, or 2.167 "post" names). The
 * documents live outside the repository (../shared/reference); without them validation is skipped with a
 * printed reason and the behavioural assertions still run.
 */
import { existsSync, readFileSync } from 'node:fs'
import { request } from 'node:http'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type ValidateFunction } from 'ajv'
import formatsPlugin from 'ajv-formats'
import { expect } from 'vitest'
import type { Emulator } from '../../src/index.js'
import { authHeader, call, userKeys, type Keys } from '../emulator-helpers.js'

export type Generation = '2.159' | '2.167'
/** What a request speaks: a generation's own names, or neither (answered in both, valid against both). */
export type Speaks = Generation | 'both'

const here = dirname(fileURLToPath(import.meta.url))
export const REFERENCE = join(here, '..', '..', '..', '..', '..', 'shared', 'reference')
const docPath = (g: Generation) => join(REFERENCE, `x-api-v2-openapi-${g}.json`)
export const HAVE_REFERENCE = existsSync(docPath('2.159')) && existsSync(docPath('2.167'))
let warned = false

interface OpenApi {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, { content?: Record<string, { schema: unknown }> }> }>>
  components: { schemas: Record<string, unknown> }
}

const docs = new Map<Generation, OpenApi>()
const ajvs = new Map<Generation, Ajv>()
const compiled = new Map<string, ValidateFunction>()

export function openApi(g: Generation): OpenApi {
  let doc = docs.get(g)
  if (!doc) docs.set(g, (doc = JSON.parse(readFileSync(docPath(g), 'utf8')) as OpenApi))
  return doc
}

function ajvFor(g: Generation): Ajv {
  let ajv = ajvs.get(g)
  if (ajv) return ajv
  // OpenAPI 3.0 keywords (discriminator, nullable, example) are not JSON Schema: strict off ignores them.
  ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
  // ajv-formats is CommonJS with a `default` export: under NodeNext the plugin is on `.default`.
  const plugin = formatsPlugin as unknown as { default?: (a: Ajv) => void } & ((a: Ajv) => void)
  const addFormats = plugin.default ?? plugin
  addFormats(ajv)
  for (const f of ['int32', 'int64', 'double', 'float', 'uri-reference-or-empty']) ajv.addFormat(f, true)
  ajv.addSchema({ components: dropBareNullable(openApi(g).components) }, 'doc')
  ajvs.set(g, ajv)
  return ajv
}

/** Ajv knows OpenAPI's `nullable`, but only next to `type`; X's document also puts it beside `$ref`/`allOf`. */
function dropBareNullable<T>(value: T): T {
  if (Array.isArray(value)) return value.map(dropBareNullable) as T
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = dropBareNullable(v)
  if ('nullable' in out && !('type' in out)) delete out.nullable
  return out as T
}

/** `#/components/...` refs of the document, pointed at the schema registered as `doc`. */
function rebase(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"doc#/components/'))
}

/**
 * The generation a request speaks, by the test's own rule: a name only 2.159 has makes it 2.159, one only
 * 2.167 has makes it 2.167, neither makes it `both`.
 */
export function generationOf(url: URL): Speaks {
  const old = ['referenced_tweets', 'edit_history_tweet_ids', 'pinned_tweet_id', 'most_recent_tweet_id', 'affiliation.user_id', 'note_tweet', 'entities.note.mentions.username']
  const current = ['referenced_posts', 'edit_history_post_ids', 'pinned_post_id', 'most_recent_post_id', 'affiliation', 'note_post']
  const names = (v: string) => v.split(',')
  for (const [k, v] of url.searchParams) {
    if (k === 'tweet.fields') return '2.159'
    if (k === 'post.fields') return '2.167'
    if (k !== 'expansions' && !k.endsWith('.fields')) continue
    if (names(v).some((n) => old.some((o) => n === o || n.startsWith(`${o}.`)))) return '2.159'
    if (names(v).some((n) => current.some((c) => n === c || n.startsWith(`${c}.`)))) return '2.167'
  }
  return 'both'
}

/** Validates against every document the request's names point at (both for a neutral request). */
export function validateSpoken(g: Speaks, method: string, path: string, status: number, contentType: string, body: unknown): void {
  for (const doc of g === 'both' ? (['2.159', '2.167'] as const) : [g]) {
    if (!HAVE_REFERENCE) return validateAnswer(doc, method, path, status, contentType, body)
    validateAnswer(doc, method, templateOf(doc, method, path), status, contentType, body)
  }
}

/** Counts of validated answers, per generation (printed by each test file). */
export const validated = { '2.159': 0, '2.167': 0, generic: 0 }

/**
 * Problem types X sends (401 "about:blank", 429, unsupported authentication) that 2.167's `Problem` union
 * leaves out, though X still sends them: such an answer is checked against 2.159's `Problem`, the document
 * that describes it, and counted apart.
 */
function undocumentedIn2167(body: unknown): boolean {
  const type = (body as { type?: unknown } | undefined)?.type
  return typeof type === 'string' && (type === 'about:blank' || type.endsWith('/unsupported-authentication'))
}

/**
 * Validates one answer against the document: the response of `status` (or `default`) of the operation at
 * `template` + `method`, under the answer's content type. Throws with ajv's errors when invalid.
 */
export function validateAnswer(g: Generation, method: string, template: string, status: number, contentType: string, body: unknown): void {
  if (!HAVE_REFERENCE) {
    if (!warned) console.log(`v2 schema validation skipped: X's OpenAPI documents are not at ${REFERENCE} (they live outside the repository)`)
    warned = true
    return
  }
  if (g === '2.167' && status >= 400 && undocumentedIn2167(body)) {
    validateAnswer('2.159', method, template.replace('/2/users/{id}/bookmarks/{tweet_id}', '/2/users/{id}/bookmarks/{tweet_id}'), status, contentType, body)
    validated['2.159']--
    validated.generic++
    return
  }
  const op = openApi(g).paths[template]?.[method.toLowerCase()]
  if (!op) throw new Error(`${g} has no operation ${method} ${template}`)
  const responses = op.responses ?? {}
  const response = responses[String(status)] ?? (status >= 200 && status < 300 ? Object.entries(responses).find(([code]) => code.startsWith('2'))?.[1] : undefined) ?? responses.default
  if (!response) throw new Error(`${g} ${method} ${template} documents no response ${status}`)
  const type = contentType.includes('problem+json') ? 'application/problem+json' : 'application/json'
  const media = response.content?.[type] ?? response.content?.['application/json'] ?? Object.values(response.content ?? {})[0]
  if (!media) throw new Error(`${g} ${method} ${template} ${status}: no schema for ${type}`)
  const key = `${g} ${method} ${template} ${status} ${type}`
  let validate = compiled.get(key)
  if (!validate) compiled.set(key, (validate = ajvFor(g).compile(dropBareNullable(rebase(media.schema)) as object)))
  if (!validate!(body)) throw new Error(`${key}: answer does not validate: ${JSON.stringify(validate!.errors?.slice(0, 5))}\n${JSON.stringify(body).slice(0, 1500)}`)
  validated[g]++
}

/** The operation template of a concrete path (`/2/tweets/123` -> `/2/tweets/{id}`) in a document. */
export function templateOf(g: Generation, method: string, path: string): string {
  const doc = openApi(g)
  const candidates = Object.keys(doc.paths).filter((t) => doc.paths[t]![method.toLowerCase()])
  const exact = candidates.find((t) => t === path)
  if (exact) return exact
  const hit = candidates
    .map((t) => ({ t, re: new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`), literal: t.replace(/\{[^}]+\}/g, '').length }))
    .filter((c) => c.re.test(path))
    .sort((a, b) => b.literal - a.literal)[0]
  if (!hit) throw new Error(`${g}: no template for ${method} ${path}`)
  return hit.t
}

export interface V2Reply {
  readonly status: number
  readonly headers: Headers
  readonly body: any
  readonly generation: Speaks
}

export interface V2CallOptions {
  readonly query?: Readonly<Record<string, string>>
  readonly body?: unknown
  /** `user` (OAuth 1.0a, @emu_dev by default), `bearer` (app-only), `none`, or a ready Authorization header. */
  readonly auth?: 'user' | 'bearer' | 'none' | { readonly header: string }
  readonly keys?: Keys
  /** Skip schema validation (for answers X's document does not describe, like a 404 of an unknown path). */
  readonly unvalidated?: boolean
  /**
   * Validate against this document only, for a neutral request to an operation whose two documents type the
   * same field differently (usage counts are integers in 2.159, strings in 2.167): no answer fits both.
   */
  readonly speaks?: Generation
}

/** The emulator's app-only bearer token (client-credentials grant, as a real client gets it; `reset` revokes it). */
export async function bearerOf(emu: Emulator): Promise<string> {
  const basic = Buffer.from(`${encodeURIComponent(emu.app.appKey)}:${encodeURIComponent(emu.app.appSecret)}`).toString('base64')
  const res = await fetch(`${emu.url}/oauth2/token`, { method: 'POST', headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' })
  return ((await res.json()) as { access_token: string }).access_token
}

/**
 * One request on a fresh connection (no keep-alive): the validator compiles large schemas synchronously
 * between calls, and a pooled connection could meet the server's idle timeout mid-reuse.
 */
function send(url: string, method: string, headers: Record<string, string>, body: string | undefined): Promise<{ status: number; headers: Headers; text: string }> {
  return new Promise((resolve, reject) => {
    // An explicit length: Node frames DELETE bodies only when told (no chunked encoding by default).
    const framed = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) }
    const req = request(url, { method, headers: framed, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('error', reject)
      res.on('end', () => {
        const h = new Headers()
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v)
        resolve({ status: res.statusCode ?? 0, headers: h, text: Buffer.concat(chunks).toString('utf8') })
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** Calls a v2 operation over a real socket and validates the answer against the generation's document. */
export async function v2(emu: Emulator, method: string, path: string, options: V2CallOptions = {}): Promise<V2Reply> {
  const qs = new URLSearchParams(options.query ?? {}).toString().replace(/\+/g, '%20')
  const url = `${emu.url}${path}${qs ? `?${qs}` : ''}`
  const auth = options.auth ?? 'user'
  let authorization: string | undefined
  if (auth === 'user') authorization = authHeader(method, url, {}, options.keys ?? userKeys(emu))
  else if (auth === 'bearer') authorization = `Bearer ${await bearerOf(emu)}`
  else if (auth !== 'none') authorization = auth.header
  const hasBody = options.body !== undefined
  const res = await send(url, method, { ...(authorization ? { authorization } : {}), ...(hasBody ? { 'content-type': 'application/json' } : {}) }, hasBody ? JSON.stringify(options.body) : undefined)
  const text = res.text
  const body = text === '' ? undefined : JSON.parse(text)
  const generation = options.speaks ?? generationOf(new URL(url))
  if (!options.unvalidated) validateSpoken(generation, method, path, res.status, res.headers.get('content-type') ?? '', body)
  return { status: res.status, headers: res.headers, body, generation }
}

/** Asserts X's 400 problem shape, naming `parameter` among the bad ones. */
export function expectInvalid(reply: V2Reply, parameter: string): void {
  expect(reply.status).toBe(400)
  expect(reply.headers.get('content-type')).toContain('application/problem+json')
  expect(reply.body.title).toBe('Invalid Request')
  expect(reply.body.type).toBe(reply.generation === '2.159' ? 'https://api.twitter.com/2/problems/invalid-request' : 'https://api.x.com/2/problems/invalid-request')
  expect(reply.body.errors.some((e: { parameters: Record<string, unknown> }) => parameter in e.parameters)).toBe(true)
}

/** A user id by screen name. */
export function idOf(emu: Emulator, screenName: string): string {
  const user = emu.state.userByName(screenName)
  if (!user) throw new Error(`no user @${screenName}`)
  return user.id.toString()
}

/** A 1x1 PNG. */
export const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1a1d40000000049454e44ae426082', 'hex')

/** Uploads a 1x1 PNG for @emu_dev with v1.1's one-request media/upload; its media id. */
export async function uploadPng(emu: Emulator): Promise<string> {
  const upload = await call(emu, 'POST', '/1.1/media/upload.json', { params: { media_data: PNG.toString('base64') } })
  expect(upload.status).toBe(200)
  return upload.json().media_id_string as string
}
