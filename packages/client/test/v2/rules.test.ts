/**
 * `twitter.v2.syncRules` (and `syncStreamRules` with `createCore`) against a local server that keeps
 * filtered-stream rules the way X's rules endpoints do: GET pages of `{ data, meta: { sent, result_count,
 * next_token } }`; POST with `add` (created rules with ids, `DuplicateRule` / invalid-rule problems for the
 * rest) or `delete.ids`, `dry_run` validating without saving, `meta.summary` counts, a 400 problem for a
 * body it cannot read.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, syncStreamRules, Twython, TwythonError, TwythonRulesSyncError } from '../../src/index.js'
import { getRulesRoute, updateRulesRoute } from '../../src/generated/v2/streams.js'

interface Rule {
  id: string
  value: string
  tag?: string
}

interface RulesServer {
  origin: string
  rules: Rule[]
  calls: { method: string; url: URL; body: unknown }[]
  /** Answer the next POST with this status and body instead. */
  failNext?: { status: number; body: unknown }
  close(): Promise<void>
}

let current: RulesServer | undefined
afterEach(async () => {
  await current?.close()
  current = undefined
})

const sent = () => new Date().toISOString()
const PAGE = 2

/** X's rule checks, in small: balanced parentheses, at most 512 characters. */
function invalid(value: string): string | undefined {
  let depth = 0
  for (const c of value) {
    if (c === '(') depth++
    if (c === ')' && --depth < 0) break
  }
  if (depth !== 0) return 'Rules must have balanced parentheses.'
  if (value.length > 512) return 'Rules are at most 512 characters.'
  return undefined
}

async function startRulesServer(initial: Omit<Rule, 'id'>[] = []): Promise<RulesServer> {
  let nextId = 1_500_000_000_000_000_000n
  const newId = () => String(nextId++)
  const state: RulesServer = { origin: '', rules: initial.map((r) => ({ id: newId(), ...r })), calls: [], close: async () => {} }
  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const url = new URL(req.url!, 'http://x')
    const text = Buffer.concat(chunks).toString('utf8')
    const body = text ? (JSON.parse(text) as { add?: { value: string; tag?: string }[]; delete?: { ids?: string[]; values?: string[] } }) : undefined
    state.calls.push({ method: req.method!, url, body })
    if (url.pathname !== '/2/tweets/search/stream/rules') return answer(res, 404, { title: 'Not Found Error', type: 'about:blank' })
    if (req.headers.authorization !== 'Bearer AAAA') return answer(res, 401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' })
    if (req.method === 'GET') {
      const start = Number(url.searchParams.get('pagination_token') ?? 0)
      const size = Math.min(PAGE, Number(url.searchParams.get('max_results') ?? 1000))
      const page = state.rules.slice(start, start + size)
      const meta: Record<string, unknown> = { sent: sent(), result_count: page.length }
      if (start + size < state.rules.length) meta.next_token = String(start + size).padStart(16, '0')
      return answer(res, 200, page.length ? { data: page, meta } : { meta })
    }
    if (state.failNext) {
      const { status, body: failure } = state.failNext
      state.failNext = undefined
      return answer(res, status, failure)
    }
    const dryRun = url.searchParams.get('dry_run') === 'true'
    if (body?.add && !body.delete) {
      const created: Rule[] = []
      const errors: unknown[] = []
      for (const rule of body.add) {
        const problem = invalid(rule.value)
        const existing = state.rules.find((r) => r.value === rule.value) ?? created.find((r) => r.value === rule.value)
        if (problem) errors.push({ value: rule.value, details: [problem], title: 'UnprocessableEntity', type: 'https://api.twitter.com/2/problems/invalid-rules' })
        else if (existing) errors.push({ value: rule.value, id: existing.id, title: 'DuplicateRule', type: 'https://api.twitter.com/2/problems/duplicate-rules' })
        else created.push({ id: newId(), value: rule.value, ...(rule.tag !== undefined ? { tag: rule.tag } : {}) })
      }
      if (!dryRun) state.rules.push(...created)
      const summary = { created: created.length, not_created: errors.length, valid: created.length, invalid: errors.length }
      return answer(res, 200, { ...(created.length ? { data: created } : {}), meta: { sent: sent(), summary }, ...(errors.length ? { errors } : {}) })
    }
    if (body?.delete && !body.add) {
      const ids = body.delete.ids ?? []
      const errors = ids.filter((id) => !state.rules.some((r) => r.id === id)).map((id) => ({ id, title: 'RuleNotFound', type: 'https://api.twitter.com/2/problems/rule-not-found' }))
      if (!dryRun) state.rules = state.rules.filter((r) => !ids.includes(r.id))
      return answer(res, 200, { meta: { sent: sent(), summary: { deleted: ids.length - errors.length, not_deleted: errors.length } }, ...(errors.length ? { errors } : {}) })
    }
    return answer(res, 400, { errors: [{ message: 'Must specify either add or delete' }], title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.', type: 'https://api.twitter.com/2/problems/invalid-request' })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.close = () => new Promise<void>((r) => server.close(() => r()))
  current = state
  return state
}

const appFor = (s: RulesServer) => new Twython({ accessToken: 'AAAA', hosts: { v2: s.origin } })
const view = (rules: readonly { value: string; tag?: string }[]) => rules.map((r) => (r.tag ? `${r.value} #${r.tag}` : r.value)).sort()

describe('syncRules', () => {
  it('adds what is missing with tags, deletes what is extra by id, leaves the rest, across pages of rules', async () => {
    const s = await startRulesServer([{ value: 'cats', tag: 'c' }, { value: 'dogs' }, { value: 'birds', tag: 'b' }, { value: 'fish' }, { value: 'ants' }])
    const before = new Map(s.rules.map((r) => [r.value, r.id]))
    const result = await appFor(s).v2.syncRules([{ value: 'cats', tag: 'c' }, { value: 'fish' }, { value: 'cats has:images', tag: 'pics' }, { value: 'otters' }])
    expect(view(s.rules)).toEqual(view([{ value: 'cats', tag: 'c' }, { value: 'fish' }, { value: 'cats has:images', tag: 'pics' }, { value: 'otters' }]))
    expect(view(result.unchanged)).toEqual(['cats #c', 'fish'])
    expect(result.unchanged.map((r) => r.id).sort()).toEqual([before.get('cats'), before.get('fish')].sort())
    expect(view(result.deleted)).toEqual(['ants', 'birds #b', 'dogs'])
    expect(result.added.map((r) => [r.value, r.tag])).toEqual([
      ['cats has:images', 'pics'],
      ['otters', undefined],
    ])
    expect(result.added.every((r) => typeof r.id === 'string' && s.rules.some((x) => x.id === r.id))).toBe(true)
    expect(result.dryRun).toBe(false)
    // Three GET pages (page size 2), one delete by ids, one add.
    const posts = s.calls.filter((c) => c.method === 'POST')
    expect(s.calls.filter((c) => c.method === 'GET')).toHaveLength(3)
    expect(posts.map((c) => Object.keys(c.body as object))).toEqual([['delete'], ['add']])
    expect((posts[0]!.body as { delete: { ids: string[] } }).delete.ids.sort()).toEqual([before.get('ants'), before.get('birds'), before.get('dogs')].sort())
  })

  it('a rule whose tag changed is deleted and added again; a second sync changes nothing', async () => {
    const s = await startRulesServer([{ value: 'cats', tag: 'old' }, { value: 'dogs', tag: 'd' }])
    const oldId = s.rules[0]!.id
    const app = appFor(s)
    const result = await app.v2.syncRules([{ value: 'cats', tag: 'new' }, { value: 'dogs', tag: 'd' }])
    expect(result.deleted).toEqual([{ id: oldId, value: 'cats', tag: 'old' }])
    expect(result.added).toEqual([{ value: 'cats', tag: 'new', id: expect.any(String) }])
    expect(view(s.rules)).toEqual(['cats #new', 'dogs #d'])
    const posts = s.calls.filter((c) => c.method === 'POST').length
    const again = await app.v2.syncRules([{ value: 'dogs', tag: 'd' }, { value: 'cats', tag: 'new' }])
    expect(again.added).toEqual([])
    expect(again.deleted).toEqual([])
    expect(view(again.unchanged)).toEqual(['cats #new', 'dogs #d'])
    expect(s.calls.filter((c) => c.method === 'POST')).toHaveLength(posts)
  })

  it('dryRun reports the change, has X validate it with dry_run, and saves nothing', async () => {
    const s = await startRulesServer([{ value: 'cats', tag: 'old' }, { value: 'dogs' }])
    const before = structuredClone(s.rules)
    const result = await appFor(s).v2.syncRules([{ value: 'cats', tag: 'new' }, { value: 'otters' }], { dryRun: true })
    expect(result.dryRun).toBe(true)
    expect(view(result.deleted)).toEqual(['cats #old', 'dogs'])
    expect(result.added).toEqual([{ value: 'cats', tag: 'new' }, { value: 'otters' }])
    expect(s.rules).toEqual(before)
    const posts = s.calls.filter((c) => c.method === 'POST')
    expect(posts.every((c) => c.url.searchParams.get('dry_run') === 'true')).toBe(true)
    // The tag change's new rule is not sent in a dry run: X would call it a duplicate of the undeleted old one.
    expect(posts.map((c) => c.body)).toEqual([{ delete: { ids: before.map((r) => r.id) } }, { add: [{ value: 'otters' }] }])
  })

  it("X refusing a rule rejects with X's problem and what was done; the valid rules were still added", async () => {
    const s = await startRulesServer([{ value: 'dogs' }])
    const error = await appFor(s)
      .v2.syncRules([{ value: '(cats' }, { value: 'otters', tag: 'o' }])
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonRulesSyncError)
    expect(error).toBeInstanceOf(TwythonError)
    const e = error as TwythonRulesSyncError
    expect(e.message).toContain('"(cats": UnprocessableEntity: Rules must have balanced parentheses.')
    expect(e.errors[0]).toMatchObject({ value: '(cats', title: 'UnprocessableEntity' })
    expect(view(e.result.deleted)).toEqual(['dogs'])
    expect(e.result.added).toEqual([{ value: 'otters', tag: 'o', id: expect.any(String) }])
    expect(view(s.rules)).toEqual(['otters #o'])
  })

  it("an error status from the server rejects with the Twython error, and nothing is added after a failed delete", async () => {
    const s = await startRulesServer([{ value: 'dogs' }])
    s.failNext = { status: 400, body: { errors: [{ message: 'Must specify either add or delete' }], title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.', type: 'https://api.twitter.com/2/problems/invalid-request' } }
    const error = await appFor(s).v2.syncRules([{ value: 'cats' }]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonError)
    expect((error as TwythonError).status).toBe(400)
    expect(s.calls.filter((c) => c.method === 'POST')).toHaveLength(1)
    expect(view(s.rules)).toEqual(['dogs'])

    const unauthorized = await new Twython({ accessToken: 'wrong', hosts: { v2: s.origin } }).v2.syncRules([]).catch((e: unknown) => e)
    expect((unauthorized as TwythonError).status).toBe(401)
  })

  it('refuses one value listed with two tags, before sending', async () => {
    const s = await startRulesServer()
    await expect(appFor(s).v2.syncRules([{ value: 'cats', tag: 'a' }, { value: 'cats', tag: 'b' }])).rejects.toThrow(/listed twice with different tags/)
    await expect(appFor(s).v2.syncRules([{ value: ' ' }])).rejects.toThrow(/non-empty value/)
    expect(s.calls).toHaveLength(0)
  })

  it('works with createCore and the route constants (no Twython class)', async () => {
    const s = await startRulesServer([{ value: 'dogs' }])
    const core = createCore({ accessToken: 'AAAA', hosts: { v2: s.origin } })
    const result = await syncStreamRules(core, [], { routes: { get: getRulesRoute, update: updateRulesRoute } })
    expect(view(result.deleted)).toEqual(['dogs'])
    expect(s.rules).toEqual([])
  })
})
