/**
 * The TSDoc and docs the generator writes for the real spec: `@throws` in the form the TypeScript language
 * service shows, cross-references by TypeScript name, `@returns` that says what comes back, the id
 * collections' string-id overloads, and the interface rows of the name table.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generate } from '../src/generate.js'
import { INTERFACE_FILE, SpecError, loadSpec, readSchemas, readSpecSources } from '../src/load.js'
import { fixtureSources, load, repoRoot } from './helpers.js'

const spec = loadSpec(readSpecSources(repoRoot), readSchemas(repoRoot))
const files = generate(spec)
const generated = (name: string) => files.get(`packages/client/src/generated/${name}`)!
const allTs = [...files].filter(([p]) => p.endsWith('.ts')).map(([, t]) => t).join('\n')
const allDocs = [...files].filter(([p]) => p.endsWith('.md')).map(([, t]) => t).join('\n')
const endpoints = spec.families.flatMap((f) => f.endpoints)

function issuesWith(file: string, text: string): string[] {
  const sources = fixtureSources()
  sources.set(file, text)
  try {
    load(sources)
  } catch (error) {
    if (error instanceof SpecError) return error.issues.map((i) => i.message)
    throw error
  }
  return []
}

describe('TSDoc', () => {
  // tsc (5.3+) parses a .ts/.d.ts comment only when it holds `@see` or `@link`; without them a consumer's
  // type-check skips the TSDoc of every generated method (about 1.5 MB of it, v1.1 and v2). The committed
  // output is read because `generate --check` keeps it equal to what the generator writes.
  it('writes no `@see` or `@link` in generated code, so tsc skips parsing its TSDoc', () => {
    const dir = join(repoRoot, 'packages/client/src/generated')
    const ts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
    expect(ts.length).toBeGreaterThan(50)
    for (const f of ts) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/@(?:see|link)/i)
    expect(allTs).not.toMatch(/@(?:see|link)/i)
  })

  it('writes @throws as `@throws Name when ...`, never `@throws {@link Name}` (which hover shows as "{")', () => {
    expect(allTs).not.toMatch(/@throws \{/)
    const throwsLines = allTs.match(/@throws \S+/g) ?? []
    // Three per endpoint signature (the id collections have two overloads, each documented).
    expect(throwsLines.length).toBeGreaterThanOrEqual(endpoints.length * 2 * 3)
    expect(new Set(throwsLines)).toEqual(new Set(['@throws TwythonAuthError', '@throws TwythonRateLimitError', '@throws TwythonError']))
  })

  it('cites other endpoints by their TypeScript names, in TSDoc and in the docs', () => {
    // The Twython name is kept where it labels the endpoint itself: "Parameters of getX (`get_x`)", "How `get_x` is called".
    const prose = allTs.replace(/` \(`[a-z_]+`\)/g, '').replace(/How `[a-z_]+` is called/g, '').replace(/\{ id: '[a-z_]+'/g, '')
    for (const e of endpoints.filter((x) => x.name.includes('_'))) {
      expect(prose, e.name).not.toContain(`\`${e.name}\``)
      expect(allDocs.replace(/Twython: `[a-z_]+`/g, '').replace(/^\| `[a-z_]+` \|/gm, ''), e.name).not.toContain(`\`${e.name}\``)
    }
    expect(generated('users.ts')).toContain('`lookupUser`')
    expect(files.get('packages/client/docs/friendships.md')).toContain('[`lookupUser`](./users.md#lookupuser)')
  })

  it('says in @returns what comes back, from the model description or the spec', () => {
    const returns = allTs.match(/@returns .*/g) ?? []
    expect(returns.length).toBeGreaterThanOrEqual(endpoints.length * 2)
    expect(returns.filter((r) => /^@returns The response: `/.test(r))).toEqual([])
    expect(generated('users.ts')).toMatch(/@returns `User`: [a-z].{20,}/)
    expect(generated('friendships.ts')).toContain('@returns The ids of the users whose retweets are turned off')
    expect(generated('media.ts')).toMatch(/@returns `MediaUpload`: .+/)
  })

  it('gives every id collection a stringify_ids: true overload that narrows the ids to strings', () => {
    const collections = endpoints.filter((e) => e.paginate?.items === 'ids')
    expect(collections.map((e) => e.method).sort()).toEqual(['getFollowersIds', 'getFriendsIds', 'getIncomingFriendshipIds', 'getOutgoingFriendshipIds', 'getRetweetersIds', 'listBlockIds', 'listMuteIds'])
    for (const e of [...collections, endpoints.find((x) => x.name === 'get_user_ids_of_blocked_retweets')!]) {
      const module = generated(`${e.family}.ts`)
      expect(module).toContain(`export function ${e.method}(core: BaseCore, params: ${e.typeStem}Params & { readonly stringify_ids: true }, options?: CallOptions): Promise<${e.typeStem}StringIdsResponse>`)
      expect(generated('twython-endpoints.ts')).toContain(`${e.method}(params: ${e.family.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())}.${e.typeStem}Params & { readonly stringify_ids: true }, options?: CallOptions)`)
    }
  })

  it('marks the parameters of every paginated endpoint, and only those', () => {
    for (const e of endpoints) {
      const params = generated(`${e.family}.ts`).split(`export interface ${e.typeStem}Params {`)[1]!.split('\n}\n')[0]!
      expect(params.includes('readonly [PAGINATION]?: Paging<'), e.name).toBe(e.paginate !== undefined)
    }
  })
})

describe('the interface table', () => {
  it('covers the whole interface a Twython user meets, not only the endpoints', () => {
    const names = spec.interface!.sections.flatMap((s) => s.entries.map((e) => e.twython)).join(' ')
    for (const name of ['upload_video', 'get_authentication_tokens', 'get_authorized_tokens', 'obtain_access_token', 'invalidate_token', 'get_lastfunction_header', 'html_for_tweet', 'construct_api_url', 'cursor', 'request', 'get', 'post', 'TwythonStreamer', 'on_success', 'on_error', 'on_timeout', 'error_code', 'retry_after', 'msg', "client_args['proxies']", "client_args['timeout']", "client_args['headers']", "client_args['verify']"]) {
      expect(names, name).toContain(name)
    }
    const table = generated('twython-names.ts')
    expect(table).toContain("twython: 'upload_video', typescript: ")
    const index = files.get('packages/client/docs/README.md')!
    expect(index).toContain('## The rest of the interface')
    expect(index).toContain("| `client_args['timeout']` | `clientArgs: { timeout: 5000 }` |")
  })

  it('validates spec/interface.yaml against its schema', () => {
    expect(issuesWith(INTERFACE_FILE, 'sections:\n  - title: X\n    entries:\n      - { twython: a, typescipt: b }\n')).toEqual(expect.arrayContaining([expect.stringMatching(/unknown field "typescipt"/)]))
    expect(issuesWith(INTERFACE_FILE, 'sections:\n  - title: X\n    entries:\n      - { twython: a, typescript: b, ref: "not a ref" }\n')).toEqual(expect.arrayContaining([expect.stringMatching(/does not match/)]))
  })
})

describe('spec checks for string ids', () => {
  const endpoint = (extra: string) => `family: statuses
title: Tweets
description: Fixture.
endpoints:
  get_ids:
    summary: Ids.
    http: GET ids/list
    docs: https://example.com/docs
    paginate: { style: cursor, items: ids }
    params:
      cursor: { type: id, description: Page. }
${extra}    returns: Tweet
`
  it('requires returns_string_ids on a collection paged over ids, and a stringify_ids parameter for it', () => {
    expect(issuesWith('spec/endpoints/statuses.yaml', endpoint(''))).toContain('a collection paged over "ids" needs returns_string_ids (cursor() sends stringify_ids=true)')
    expect(issuesWith('spec/endpoints/statuses.yaml', endpoint('    returns_string_ids: Tweet\n'))).toContain('returns_string_ids needs a boolean parameter "stringify_ids"')
    expect(issuesWith('spec/endpoints/statuses.yaml', endpoint('    returns_string_ids: Nope\n'))).toContain('unknown model "Nope" in returns_string_ids "Nope"')
  })
})
