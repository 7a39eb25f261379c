/**
 * The v2 spec pipeline: the committed spec/v2 loads; a bad edit is reported with file, line and reason;
 * scenario specs produce the exact code they must; output is deterministic; and the drift check finds
 * every kind of difference, reports nothing against the shared 2.167 document and the tweet-to-post
 * renames against 2.159 (the documents live in ../shared, outside the repository: those cases skip there).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SpecError } from '../src/load.js'
import { compareSpec, formatDifferences } from '../src/v2/drift.js'
import { generateV2 } from '../src/v2/generate.js'
import { loadV2Spec, readV2Schemas, readV2Sources } from '../src/v2/load.js'
import { readOpenApi } from '../src/v2/openapi.js'
import { repoRoot } from './helpers.js'

const schemas = readV2Schemas(repoRoot)
const reference = join(repoRoot, '..', 'shared', 'reference')
const hasReference = existsSync(join(reference, 'x-api-v2-openapi-2.167.json'))
if (!hasReference) console.log(`v2.test.ts: drift cases against X's documents skipped, no ${reference} (it lives outside the repository)`)
const doc = (version: string) => JSON.parse(readFileSync(join(reference, `x-api-v2-openapi-${version}.json`), 'utf8'))

const PARAMETERS = `
description: Shared.
parameters:
  ThingFields:
    name: thing.fields
    in: query
    type: string[]
    enum: [created_at, color]
    defaults: [id]
    selects: Thing
    description: Thing fields to return.
`
const MODELS = `
description: Things.
models:
  Thing:
    description: A thing.
    properties:
      id: { type: string }
      created_at: { type: string, format: date-time }
      color: { type: string, enum: [red, blue] }
  GetThingResponse:
    properties:
      data: { type: Thing }
      errors: { type: 'Problem[]' }
  CreateThingRequest:
    properties:
      name: { type: string, required: true, description: Its name. }
  CreateThingResponse:
    properties:
      data: { type: Thing }
  Problem:
    description: An error.
    properties:
      title: { type: string, required: true }
`
const FAMILY = `
family: things
title: Things
description: Things to test with.
operations:
  getThing:
    operation_id: getThingsById
    summary: Look up one thing.
    http: GET /2/things/{id}
    docs: https://example.com/docs/get-thing
    security: [{ oauth2_user: [thing.read] }, oauth1_user, bearer]
    rate_limits: [{ window: 15m, user: 900, app: 450 }]
    params:
      id: { in: path, type: string, required: true, description: The thing. }
      thing.fields: { use: ThingFields }
    returns: GetThingResponse
  createThing:
    operation_id: createThings
    summary: Make a thing.
    http: POST /2/things
    docs: https://example.com/docs/create-thing
    security: [oauth1_user]
    body: { model: CreateThingRequest, required: true }
    returns: CreateThingResponse
`

function sources(overrides: Record<string, string> = {}): Map<string, string> {
  return new Map(Object.entries({ 'spec/v2/models/things.yaml': MODELS, 'spec/v2/parameters.yaml': PARAMETERS, 'spec/v2/things.yaml': FAMILY, ...overrides }))
}

function issues(overrides: Record<string, string>): string[] {
  try {
    loadV2Spec(sources(overrides), schemas)
  } catch (error) {
    if (error instanceof SpecError) return error.issues.map((i) => `${i.file}:${i.line}: ${i.message}`)
    throw error
  }
  return []
}

describe('the committed spec/v2', () => {
  it('loads: 171 operations with unique methods and X operationIds', () => {
    const spec = loadV2Spec(readV2Sources(repoRoot), schemas)
    const ops = spec.families.flatMap((f) => f.operations)
    expect(ops).toHaveLength(171)
    expect(new Set(ops.map((o) => o.method)).size).toBe(171)
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(171)
    expect(ops.find((o) => o.operationId === 'getPostsById')?.method).toBe('getTweet')
  })
})

describe('bad edits are reported with file, line and reason', () => {
  it('a placeholder description', () => {
    expect(issues({ 'spec/v2/things.yaml': FAMILY.replace('summary: Look up one thing.', "summary: 'TODO: describe in our own words.'") })).toEqual([expect.stringMatching(/^spec\/v2\/things\.yaml:\d+: operations\.getThing\.summary: is still a TODO placeholder: write it in our own words/)])
  })

  it('a path placeholder without its parameter, and a path parameter the path lacks', () => {
    const out = issues({ 'spec/v2/things.yaml': FAMILY.replace('http: GET /2/things/{id}', 'http: GET /2/things/{thing_id}') })
    expect(out).toContainEqual(expect.stringMatching(/things\.yaml:\d+: path placeholder "\{thing_id\}" has no parameter "thing_id"/))
    expect(out).toContainEqual(expect.stringMatching(/things\.yaml:\d+: path parameter "id" has no "\{id\}"/))
  })

  it('an unknown shared parameter and an unknown model', () => {
    const out = issues({ 'spec/v2/things.yaml': FAMILY.replace('use: ThingFields', 'use: ThingFieldz').replace('returns: CreateThingResponse', 'returns: CreateThingAnswer') })
    expect(out).toContainEqual(expect.stringMatching(/unknown shared parameter "ThingFieldz"/))
    expect(out).toContainEqual(expect.stringMatching(/things\.yaml:\d+: unknown model "CreateThingAnswer"/))
  })

  it('a body field with the name of a parameter (the flat params object cannot hold both)', () => {
    const family = FAMILY.replace("    body: { model: CreateThingRequest, required: true }", "    params:\n      name: { in: query, type: string, description: Clash. }\n    body: { model: CreateThingRequest, required: true }")
    expect(issues({ 'spec/v2/things.yaml': family })).toContainEqual(expect.stringMatching(/body field "name" has the same name as a parameter/))
  })

  it('a model without a description that no operation is named after, and a bad type', () => {
    const models = MODELS.replace('    description: A thing.\n', '').replace('color: { type: string, enum: [red, blue] }', 'color: { type: Colour }')
    const out = issues({ 'spec/v2/models/things.yaml': models })
    expect(out).toContainEqual(expect.stringMatching(/models\/things\.yaml:\d+: model "Thing" needs a description/))
    expect(out).toContainEqual(expect.stringMatching(/models\/things\.yaml:\d+: unknown model "Colour" in type "Colour"/))
  })

  it('a malformed http line and an unknown security scheme', () => {
    const out = issues({ 'spec/v2/things.yaml': FAMILY.replace('http: POST /2/things', 'http: FETCH /2/things').replace('security: [oauth1_user]', 'security: [cookie]') })
    expect(out).toContainEqual(expect.stringMatching(/operations\.createThing\.http: .*does not match/))
    expect(out.some((o) => /operations\.createThing\.security/.test(o))).toBe(true)
  })
})

describe('generated code for a scenario spec', () => {
  const files = generateV2(loadV2Spec(sources(), schemas))
  const family = files.get('packages/client/src/generated/v2/things.ts')!
  const params = files.get('packages/client/src/generated/v2/params/things.ts')!
  const models = files.get('packages/client/src/generated/v2/models/things.ts')!

  it('is deterministic', () => {
    expect([...generateV2(loadV2Spec(sources(), schemas))]).toEqual([...files])
  })

  it('emits the route with security and rate limits (query names only where a body shares the fields)', () => {
    // Without a body every non-path field goes in the query, so a GET route does not list them.
    expect(family).toContain(
      "export const getThingRoute: Route = { id: 'getThingsById', method: 'GET', host: 'v2', path: '/2/things/{id}', security: [{ scheme: 'oauth2_user', scopes: ['thing.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 450, per: 'app' }] }",
    )
    expect(family).toContain("export const createThingRoute: Route = { id: 'createThings', method: 'POST', host: 'v2', path: '/2/things', encoding: 'json', security: [{ scheme: 'oauth1_user' }] }")
  })

  it('passes the JSON body encoder only where an operation has a JSON body', () => {
    expect(family).toContain("import { callV2, v2Json } from '@twython/runtime/v2/call'")
    expect(family).toContain('return callV2(core, createThingRoute, params, options, v2Json)')
    expect(family).toMatch(/return callV2\(core, getThingRoute, params, options\)\n/)
  })

  it('narrows the response with the fields asked for, plus the defaults', () => {
    // A call naming the fields infers F from them; the plain overload comes last, for cursor() to infer from.
    // F is bounded by the field names. The fields overload takes a named interface that extends the params
    // with the fields required: not an intersection of two array types (which made tsc instantiate every
    // Array method per call), nor `Omit<...> & {...}` (a mapped type rebuilt for every call).
    expect(family).toContain('export function getThing<F extends ThingField>(core: BaseCore, params: GetThingFieldsParams<F>, options?: CallOptions): Promise<GetThingResponse<F>>')
    expect(params).toContain("export interface GetThingFieldsParams<F extends ThingField> extends GetThingParams {\n  /**")
    expect(params).toContain("  readonly 'thing.fields': readonly F[]\n}")
    expect(files.get('packages/client/src/generated/v2/twython-v2.ts')).toContain('getThing<F extends ThingField>(params: GetThingFieldsParams<F>, options?: CallOptions): Promise<GetThingResponse<F>>')
    expect(family).toContain('export function getThing(core: BaseCore, params: GetThingParams, options?: CallOptions): Promise<GetThingResponse>\nexport function getThing(core: BaseCore, params: GetThingParams, options?: CallOptions): Promise<GetThingResponse> {')
    expect(models).toContain("export interface GetThingResponse<F extends string = never> {\n  data?: Selected<Thing, F | 'id'>")
    expect(files.get('packages/client/src/generated/v2/parameters.ts')).toContain("export type ThingField = 'created_at' | 'color'")
  })

  it('flattens the body into the params and documents the operation', () => {
    expect(params).toContain('export interface CreateThingParams extends CreateThingRequest {')
    expect(family).toContain('export function createThing(core: BaseCore, params: CreateThingParams, options?: CallOptions): Promise<CreateThingResponse> {')
    expect(family).toContain(' * @param params.name - (required) Its name.')
    expect(family).toContain(' * `GET https://api.x.com/2/things/{id}` (X operation `getThingsById`) · Auth: OAuth 2.0 user token (scopes `thing.read`), OAuth 1.0a user context or app-only bearer token.')
    expect(family).toContain(' * Rate limit: 900 per user and 450 per app every 15 minutes.')
    expect(models).toContain("/** The JSON body of `createThing`; its fields sit beside the other parameters in the one params object. */")
  })

  it('keeps the params apart from the functions, so the class and the v2 types reach no function', () => {
    // The family module imports its params and re-exports them: `@twython/client/v2/things` still has them.
    expect(params).toContain("import type { CreateThingRequest } from '../models/things.js'")
    expect(params).not.toMatch(/export (function|const)/)
    expect(family).toContain("export type { CreateThingParams, GetThingFieldsParams, GetThingParams } from './params/things.js'")
    expect(family).not.toContain('export interface')
    // The class names the params by their own module (types) and the family only as values, which a
    // declaration file drops: `import { Twython }` never makes tsc read a function it does not call.
    const cls = files.get('packages/client/src/generated/v2/twython-v2.ts')!
    expect(cls).toContain("import type { CreateThingParams, GetThingFieldsParams, GetThingParams } from './params/things.js'")
    expect(cls).toContain('getThing(params: GetThingParams, options?: CallOptions): Promise<GetThingResponse>')
    expect(cls).not.toMatch(/things\.\w+Params/)
    const types = files.get('packages/client/src/generated/v2/types.ts')!
    expect(types).toContain("export type * from './params/things.js'")
    expect(types).toContain("export type * from './models/index.js'")
    expect(types).not.toMatch(/from '\.\/things\.js'/)
  })

  it('writes an optional shared parameter once, in params/shared.ts, for the params to extend', () => {
    // A consumer's tsc then parses and binds `thing.fields` (and its TSDoc) once, not once per operation.
    expect(params).toContain("import type { ThingFieldsParam } from './shared.js'")
    expect(params).toContain('export interface GetThingParams extends ThingFieldsParam {')
    expect(params).not.toContain("readonly 'thing.fields'?:")
    const shared = files.get('packages/client/src/generated/v2/params/shared.ts')!
    expect(shared).toContain("import type { ThingField } from '../parameters.js'")
    expect(shared).toContain("export interface ThingFieldsParam {\n  /** Thing fields to return. */\n  readonly 'thing.fields'?: readonly ThingField[]\n}")
    expect(files.get('packages/client/src/generated/v2/types.ts')).toContain("export type * from './params/shared.js'")
  })

  it('writes a model that restates another as `extends`, keeping its name and TSDoc', () => {
    const restating = `${MODELS}
  ThingMeta:
    description: Paging of a thing list.
    properties:
      next_token: { type: string, description: The next page. }
      result_count: { type: integer }
  OtherMeta:
    description: Paging of another list.
    properties:
      next_token: { type: string, description: The next page. }
      result_count: { type: integer }
  ListThingsResponse:
    description: Things.
    properties:
      data: { type: 'Thing[]' }
      meta: { type: ThingMeta }
  ListOthersResponse:
    description: Others.
    properties:
      data: { type: 'Thing[]' }
      meta: { type: OtherMeta }
  UnlikeMeta:
    description: Paging, told otherwise.
    properties:
      next_token: { type: string, description: Another text. }
      result_count: { type: integer }
`
    const out = generateV2(loadV2Spec(sources({ 'spec/v2/models/things.yaml': restating }), schemas)).get('packages/client/src/generated/v2/models/things.ts')!
    // The first by name is written out; the later one, and an envelope that differs only in naming it, extend.
    expect(out).toContain('/** Paging of another list. */\nexport interface OtherMeta {\n')
    expect(out).toContain('/** Paging of a thing list. */\nexport interface ThingMeta extends OtherMeta {\n}')
    expect(out).toContain('export interface ListThingsResponse extends ListOthersResponse {\n}')
    // Different property docs: not the same interface for a reader, so written out.
    expect(out).toMatch(/export interface UnlikeMeta \{\n/)
  })

  it('maps operationIds to methods in operations.json', () => {
    expect(JSON.parse(files.get('packages/client/src/generated/v2/operations.json')!)).toEqual({
      createThings: { method: 'createThing', http: 'POST', path: '/2/things', stream: false },
      getThingsById: { method: 'getThing', http: 'GET', path: '/2/things/{id}', stream: false },
    })
  })
})

describe.skipIf(!hasReference)('the drift check', () => {
  const spec = loadV2Spec(readV2Sources(repoRoot), schemas)

  it('reports nothing against the 2.167 document the spec was checked against', () => {
    const differences = compareSpec(spec, readOpenApi(doc('2.167')))
    expect(formatDifferences(differences)).toBe('')
  })

  it("reports X's tweet-to-post renames against 2.159", () => {
    const text = formatDifferences(compareSpec(spec, readOpenApi(doc('2.159'))))
    expect(text).toContain('parameter tweet.fields (query): is in the document but not in the spec')
    expect(text).toContain('parameter post.fields (query): is in the spec but not in the document')
    expect(text).toContain('response data.edit_history_tweet_ids: is in the document but not in the spec')
    expect(text).toContain('response data.edit_history_post_ids: is in the spec but not in the document')
    expect(text).toContain('response includes.tweets: is in the document but not in the spec')
    expect(text).toMatch(/response data\.referenced_tweets: is in the document but not in the spec/)
  })

  it('runs as `npm run spec:drift -- <document>`: exit 0 and "no differences" on 2.167, exit 1 and a count on 2.159', () => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli')
    const run = (version: string) => spawnSync(process.execPath, [tsx, join(repoRoot, 'generator/src/v2/drift-cli.ts'), join(reference, `x-api-v2-openapi-${version}.json`)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    const same = run('2.167')
    expect(same.status).toBe(0)
    expect(same.stdout).toMatch(/spec\/v2 \(171 operations\) matches X API 2\.167 \(171 operations\): no differences\./)
    const older = run('2.159')
    expect(older.status).toBe(1)
    expect(older.stdout).toMatch(/spec:drift: \d+ differences in \d+ operations between spec\/v2 and X API 2\.159\./)
  }, 60_000)

  it('finds each change in a doctored document', () => {
    const doctored = doc('2.167')
    delete doctored.paths['/2/tweets/{id}/quote_tweets']
    const recent = doctored.paths['/2/tweets/search/recent'].get
    recent.parameters.find((p: any) => p.name === 'sort_order').name = 'sort'
    doctored.components.schemas.CreatePostsRequest.properties.reply_settings.enum.push('everyone')
    doctored.paths['/2/users/me'].get.security[0].OAuth2UserToken.push('offline.access')
    doctored.paths['/2/lists/{id}'].put.requestBody.required = false
    const differences = compareSpec(spec, readOpenApi(doctored))
    const text = formatDifferences(differences)
    expect(text).toContain('getPostsQuotedPosts\n  operation: GET /2/tweets/{id}/quote_tweets (getQuoteTweets) is in spec/v2 but not in the document')
    expect(text).toContain('searchPostsRecent\n  parameter sort (query): is in the document but not in the spec\n  parameter sort_order (query): is in the spec but not in the document')
    expect(text).toContain('createPosts\n  body reply_settings: enum values in the document, not in the spec: everyone')
    expect(text).toContain('getUsersMe\n  security: the document accepts oauth2_user(offline.access tweet.read users.read); the spec does not')
    expect(text).toContain('updateLists\n  body: required is true in the spec, false in the document')
    expect(differences).toHaveLength(7)
  })
})
