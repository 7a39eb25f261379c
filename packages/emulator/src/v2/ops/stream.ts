/**
 * The filtered stream: rules (list, add with validation, delete, dry runs) and `GET /2/tweets/search/stream`,
 * which holds the connection open, sends every new post that matches a rule with the rules it matched, and
 * a `\r\n` keep-alive while nothing matches, as X does.
 */
import type { TweetRecord } from '../../state/state.js'
import { hydrator, type V2Handler } from '../context.js'
import { invalidRequest } from '../problems.js'
import { compileQuery, QuerySyntaxError } from '../query.js'

const KEEP_ALIVE_MS = 20_000

export const getRules: V2Handler = (ctx) => {
  const ids = new Set((ctx.query.get('ids') ?? '').split(',').filter(Boolean))
  const rules = [...ctx.extras.rules.values()].filter((r) => ids.size === 0 || ids.has(r.id))
  const meta = { sent: ctx.state.now().toISOString(), result_count: rules.length }
  return { body: rules.length > 0 ? { data: rules, meta } : { meta } }
}

export const updateRules: V2Handler = (ctx) => {
  const dryRun = ctx.query.get('dry_run') === 'true'
  const sent = ctx.state.now().toISOString()
  const rules = ctx.extras.rules
  if (ctx.query.get('delete_all') === 'true') {
    const deleted = rules.size
    if (!dryRun) rules.clear()
    return { body: { meta: { sent, summary: { deleted, not_deleted: 0 } } } }
  }
  const del = ctx.body.delete as { ids?: unknown; values?: unknown } | undefined
  if (del) {
    const ids = Array.isArray(del.ids) ? del.ids.map(String) : []
    const values = Array.isArray(del.values) ? del.values.map(String) : []
    const doomed = [...rules.values()].filter((r) => ids.includes(r.id) || values.includes(r.value))
    if (!dryRun) for (const r of doomed) rules.delete(r.id)
    return { body: { meta: { sent, summary: { deleted: doomed.length, not_deleted: ids.length + values.length - doomed.length } } } }
  }
  const add = ctx.body.add
  if (!Array.isArray(add) || add.length === 0) throw invalidRequest(ctx.generation, 'The request needs `add` or `delete`.', { add: [''] })
  const created: { id: string; value: string; tag?: string }[] = []
  for (const item of add as { value?: unknown; tag?: unknown }[]) {
    const value = typeof item?.value === 'string' ? item.value : ''
    try {
      compileQuery(ctx.state, value)
    } catch (error) {
      if (!(error instanceof QuerySyntaxError)) throw error
      throw invalidRequest(ctx.generation, `The rule [${value}] does not parse: ${error.message}`, { 'add.value': [value] })
    }
    const rule = { id: ctx.state.nextId().toString(), value, ...(typeof item.tag === 'string' ? { tag: item.tag } : {}) }
    created.push(rule)
  }
  if (!dryRun) for (const r of created) rules.set(r.id, r)
  return { status: 201, body: { data: created, meta: { sent, summary: { created: created.length, not_created: 0, valid: created.length, invalid: 0 } } } }
}

export const streamPosts: V2Handler = (ctx) => {
  // Fields and expansions are checked when the client connects, not at the first match.
  hydrator(ctx)
  return {
    body: {},
    stream: (res, write) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      // The client learns the connection is up from the headers, before any post matches.
      res.flushHeaders()
      const listener = (post: TweetRecord) => {
        const matching = [...ctx.extras.rules.values()].filter((r) => compileQuery(ctx.state, r.value)(post))
        if (matching.length === 0) return
        const h = hydrator(ctx)
        const data = h.post(post)
        const includes = h.includes()
        write({ data, ...(includes ? { includes } : {}), matching_rules: matching.map((r) => ({ id: r.id, ...(r.tag ? { tag: r.tag } : {}) })) })
      }
      ctx.state.onTweet.push(listener)
      const timer = setInterval(() => res.write('\r\n'), KEEP_ALIVE_MS)
      timer.unref()
      res.on('close', () => {
        clearInterval(timer)
        const at = ctx.state.onTweet.indexOf(listener)
        if (at >= 0) ctx.state.onTweet.splice(at, 1)
      })
    },
  }
}
