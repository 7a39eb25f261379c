/**
 * The v2 streams and the filtered stream's rules. Rules are stored per app and checked with the query
 * subset of v2 search (query.ts); X's answers for adds (`meta.summary` created / not_created / valid /
 * invalid, a DuplicateRule error naming the rule the app already has, UnprocessableEntity for a rule that
 * does not parse, in which case nothing is added, and RulesCapExceeded for an add that would take the app
 * past its rule cap, which also adds nothing), deletes by ids or values, `delete_all` and `dry_run`.
 * Every stream is a connection on the v2 hub (streaming.ts): posts made through either API version, likes
 * and unlikes, deletions, and the compliance and label events a test sends.
 */
import { createHash } from 'node:crypto'
import { V2_SPEC_ROUTES } from '../../generated/v2-routes.js'
import type { TweetRecord } from '../../state/state.js'
import { canSee, hydrator, page, type V2Answer, type V2Context, type V2Handler } from '../context.js'
import { listParam, pick } from '../fields.js'
import { paginate } from '../paginate.js'
import { invalidParam, invalidRequest, V2Error } from '../problems.js'
import { problemBase } from '../names.js'
import { compileQuery, QuerySyntaxError, type Matcher } from '../query.js'
import type { ComplianceStream, HubEvent } from '../streaming.js'
import { extrasOf, type StreamRule } from '../store.js'
import type { V2Object } from '../views.js'

/** X's longest rule value on the Pro and Enterprise filtered streams. */
const MAX_RULE_LENGTH = 1024
/** X's rule cap of the Pro access level. */
const MAX_RULES = 1000

/** The app's rules, read from the state's current extras (a stream outlives an `emu.reset()`). */
function rulesOf(ctx: V2Context): Map<string, StreamRule> {
  const all = extrasOf(ctx.state).rules
  let rules = all.get(ctx.app)
  if (!rules) all.set(ctx.app, (rules = new Map()))
  return rules
}

const ruleView = (r: StreamRule): V2Object => ({ id: r.id, value: r.value, ...(r.tag !== undefined ? { tag: r.tag } : {}) })

export const getRules: V2Handler = (ctx) => {
  const ids = new Set(listParam(ctx.query, ['ids']))
  for (const id of ids) if (!/^[0-9]{1,19}$/.test(id)) throw invalidParam(ctx.generation, 'ids', id, `The \`ids\` query parameter value [${id}] is not valid`)
  const rules = [...rulesOf(ctx).values()].filter((r) => ids.size === 0 || ids.has(r.id))
  const p = paginate(rules, (r) => r.id, page(ctx), ctx.generation)
  const meta: V2Object = { sent: ctx.state.now().toISOString(), result_count: p.items.length }
  if (p.next) meta.next_token = p.next
  return { body: p.items.length > 0 ? { data: p.items.map(ruleView), meta } : { meta } }
}

/** X's numeric id of the app (derived from its consumer key, which is public, never from its secret). */
const clientAppId = (ctx: V2Context) => BigInt(`0x${createHash('sha256').update(ctx.app).digest('hex').slice(0, 13)}`).toString()

export const getRuleCounts: V2Handler = (ctx) => {
  const count = rulesOf(ctx).size
  const own = { client_app_id: clientAppId(ctx), rule_count: count }
  // Numbers, as 2.159 has them (2.167's document calls the caps and the project count strings).
  return { body: { data: { all_project_client_apps: [own], cap_per_client_app: MAX_RULES, cap_per_project: MAX_RULES, client_app_rules_count: own, project_rules_count: count } } }
}

export const updateRules: V2Handler = (ctx) => {
  const g = ctx.generation
  const dryRun = booleanParam(ctx, 'dry_run')
  const sent = ctx.state.now().toISOString()
  const rules = rulesOf(ctx)
  if (booleanParam(ctx, 'delete_all')) {
    const deleted = rules.size
    if (!dryRun) rules.clear()
    return { body: { meta: { sent, summary: { deleted, not_deleted: 0 } } } }
  }
  const { add, delete: del } = ctx.body as { add?: unknown; delete?: unknown }
  if ((add === undefined) === (del === undefined)) throw invalidRequest(g, 'The request body must have exactly one of `add` or `delete`.', { body: [JSON.stringify(ctx.body)] })
  if (del !== undefined) return deleteRules(ctx, del, dryRun, sent)
  if (!Array.isArray(add) || add.length === 0) throw invalidRequest(g, '`add` must be a non-empty array of rules.', { add: [JSON.stringify(add)] })

  const created: StreamRule[] = []
  const errors: V2Object[] = []
  let invalid = 0
  const seen = new Map<string, StreamRule>()
  for (const r of rules.values()) seen.set(r.value, r)
  for (const item of add as unknown[]) {
    const value = (item as { value?: unknown })?.value
    const tag = (item as { tag?: unknown })?.tag
    if (typeof value !== 'string' || value.trim() === '') throw invalidRequest(g, 'Each rule to add needs a `value`.', { 'add.value': [JSON.stringify(value ?? null)] })
    if (tag !== undefined && typeof tag !== 'string') throw invalidRequest(g, 'A rule `tag` must be a string.', { 'add.tag': [JSON.stringify(tag)] })
    const problem = ruleProblem(ctx, value)
    if (problem) {
      invalid++
      errors.push({ value, details: [problem], title: 'UnprocessableEntity', type: `${problemBase(g)}invalid-rules` })
      continue
    }
    const existing = seen.get(value)
    if (existing) {
      // X names the rule the app already has; the tag of the new one is dropped with it.
      errors.push({ value, id: existing.id, title: 'DuplicateRule', type: `${problemBase(g)}duplicate-rules` })
      continue
    }
    const rule: StreamRule = { id: ctx.state.nextId().toString(), value, ...(tag !== undefined ? { tag } : {}) }
    seen.set(value, rule)
    created.push(rule)
  }
  const valid = add.length - invalid
  if (invalid > 0) {
    // One rule that does not parse fails the whole request: nothing is added.
    return { status: 200, body: { meta: { sent, summary: { created: 0, not_created: add.length, valid, invalid } }, errors } }
  }
  if (rules.size + created.length > MAX_RULES) throw rulesCap(ctx, rules.size, created.length, add.length, valid, invalid, sent)
  if (!dryRun) for (const r of created) rules.set(r.id, r)
  const body: V2Object = { ...(created.length > 0 ? { data: created.map(ruleView) } : {}), meta: { sent, summary: { created: created.length, not_created: add.length - created.length, valid, invalid } } }
  if (errors.length > 0) body.errors = errors
  return { status: created.length > 0 ? 201 : 200, body }
}

/**
 * X's refusal of an add that would take the app past its rule cap (RulesCapProblem, type `rule-cap`): an error
 * status with the problem at the top level (`title` RulesCapExceeded, which is what clients written against X
 * test for), and, in the shape of X's other rule answers, `meta.summary` (nothing created) and the problem
 * in `errors`. Duplicates do not count towards the cap (they add nothing); a dry run is refused the same way.
 */
function rulesCap(ctx: V2Context, have: number, adding: number, requested: number, valid: number, invalid: number, sent: string): V2Error {
  const problem = {
    title: 'RulesCapExceeded',
    detail: `Rule cap exceeded: this app may have at most ${MAX_RULES} rules; it has ${have} and the request would add ${adding}.`,
    type: `${problemBase(ctx.generation)}rule-cap`,
  }
  return new V2Error(400, { ...problem, meta: { sent, summary: { created: 0, not_created: requested, valid, invalid } }, errors: [problem] })
}

function deleteRules(ctx: V2Context, del: unknown, dryRun: boolean, sent: string): V2Answer {
  const g = ctx.generation
  const { ids, values } = (del ?? {}) as { ids?: unknown; values?: unknown }
  if (ids === undefined && values === undefined) throw invalidRequest(g, '`delete` needs `ids` or `values`.', { delete: [JSON.stringify(del)] })
  const idList = Array.isArray(ids) ? ids.map(String) : []
  const valueList = Array.isArray(values) ? values.map(String) : []
  for (const id of idList) if (!/^[0-9]{1,19}$/.test(id)) throw invalidParam(g, 'delete.ids', id, `The rule id [${id}] is not valid`)
  const rules = rulesOf(ctx)
  let deleted = 0
  const doomed = new Set<string>()
  for (const id of idList) {
    if (rules.has(id) && !doomed.has(id)) {
      doomed.add(id)
      deleted++
    }
  }
  for (const value of valueList) {
    const rule = [...rules.values()].find((r) => r.value === value && !doomed.has(r.id))
    if (rule) {
      doomed.add(rule.id)
      deleted++
    }
  }
  if (!dryRun) for (const id of doomed) rules.delete(id)
  return { body: { meta: { sent, summary: { deleted, not_deleted: idList.length + valueList.length - deleted } } } }
}

function booleanParam(ctx: V2Context, name: string): boolean {
  const raw = ctx.query.get(name)
  if (raw === null) return false
  if (raw !== 'true' && raw !== 'false') throw invalidParam(ctx.generation, name, raw, `The \`${name}\` query parameter value [${raw}] is not one of [true,false]`)
  return raw === 'true'
}

/** Why a rule value is refused, or undefined when it is a rule the emulator can match. */
function ruleProblem(ctx: V2Context, value: string): string | undefined {
  if (Array.from(value).length > MAX_RULE_LENGTH) return `Rules must be ${MAX_RULE_LENGTH} characters or fewer.`
  try {
    compileQuery(ctx.state, value)
    return undefined
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error.message
    throw error
  }
}

// --- streams ---

/** Reads `backfill_minutes` / `start_time`: the posts of the last minutes to send first, oldest first. */
function backfill(ctx: V2Context, accept: (post: TweetRecord) => boolean): TweetRecord[] {
  const minutes = Number(ctx.query.get('backfill_minutes') ?? '0')
  const start = ctx.query.get('start_time')
  const now = ctx.state.now().getTime()
  let from = minutes > 0 ? now - minutes * 60_000 : Number.POSITIVE_INFINITY
  if (start !== null) {
    const ms = Date.parse(start)
    if (!/^\d{4}-\d\d-\d\dT/.test(start) || Number.isNaN(ms)) throw invalidParam(ctx.generation, 'start_time', start, `Invalid 'start_time':'${start}'. 'start_time' must be a valid RFC 3339 date-time.`)
    from = Math.min(from, ms)
  }
  if (!Number.isFinite(from)) return []
  return ctx.state.sortedTweets((t) => t.created_at.getTime() >= from && accept(t)).reverse()
}

/** `partition=N` of a partitioned stream: the posts (or events) whose id falls in it. */
function partitionOf(ctx: V2Context, partitions: number): ((id: string) => boolean) | undefined {
  const raw = ctx.query.get('partition')
  if (raw === null) return undefined
  const p = BigInt(raw)
  return (id) => BigInt(id) % BigInt(partitions) === p - 1n
}

/** The biggest `partition` the spec allows for this operation: its number of partitions. */
function partitions(ctx: V2Context): number {
  return V2_SPEC_ROUTES.find((r) => r.operationId === ctx.operationId)?.params.find((p) => p.name === 'partition')?.max ?? 1
}

/** A post as its stream message: `{ data, includes }`, fields and expansions as the REST routes honour them. */
function postMessage(ctx: V2Context, post: TweetRecord, extra: V2Object = {}): V2Object {
  const h = hydrator(ctx)
  const data = h.post(post)
  const includes = h.includes()
  return { data, ...(includes ? { includes } : {}), ...extra }
}

/** Serves a stream of posts: `filter` picks them (and may add to each message), after a backfill. */
function postStream(ctx: V2Context, filter: (post: TweetRecord) => V2Object | undefined, sampled = false): V2Answer {
  // Fields and expansions are checked when the client connects, not at the first match.
  hydrator(ctx)
  const inPartition = partitionOf(ctx, partitions(ctx))
  const every = sampled ? ctx.streams.options.sampleEvery : 1
  let counter = 0
  const pick = (post: TweetRecord): V2Object | undefined => {
    if (!canSee(ctx, post.user) || !ctx.state.tweets.has(post.id.toString())) return undefined
    if (inPartition && !inPartition(post.id.toString())) return undefined
    const extra = filter(post)
    if (!extra) return undefined
    if (counter++ % every !== 0) return undefined
    return postMessage(ctx, post, extra)
  }
  const history = backfill(ctx, (post) => canSee(ctx, post.user) && (!inPartition || inPartition(post.id.toString())) && filter(post) !== undefined)
  return stream(ctx, (event) => (event.kind === 'post' ? pick(event.post) : undefined), () => history.map((post) => postMessage(ctx, post, filter(post) ?? {})))
}

function stream(ctx: V2Context, accept: (event: HubEvent) => V2Object | undefined, first?: () => V2Object[]): V2Answer {
  const partition = ctx.query.get('partition') ?? ''
  return {
    body: {},
    stream: (res) => ctx.streams.connect(res, { operationId: ctx.operationId, limitKey: `${ctx.app}:${ctx.operationId}:${partition}`, generation: ctx.generation, accept }, first),
  }
}

export const streamPosts: V2Handler = (ctx) => {
  // Rules are read at each post, so a rule added while connected applies at once, as on X.
  const compiled = new Map<string, Matcher>()
  const matcher = (value: string) => {
    let m = compiled.get(value)
    if (!m) compiled.set(value, (m = compileQuery(ctx.state, value)))
    return m
  }
  return postStream(ctx, (post) => {
    const matching = [...rulesOf(ctx).values()].filter((r) => matcher(r.value)(post))
    if (matching.length === 0) return undefined
    return { matching_rules: matching.map((r) => ({ id: r.id, ...(r.tag !== undefined ? { tag: r.tag } : {}) })) }
  })
}

const everyPost = () => ({})
export const streamPostsSample: V2Handler = (ctx) => postStream(ctx, everyPost, true)
export const streamPostsSample10: V2Handler = (ctx) => postStream(ctx, everyPost, true)
export const streamPostsFirehose: V2Handler = (ctx) => postStream(ctx, everyPost)
const inLanguage = (lang: string) => (post: TweetRecord) => (post.lang === lang ? {} : undefined)
export const streamPostsFirehoseEn: V2Handler = (ctx) => postStream(ctx, inLanguage('en'))
export const streamPostsFirehoseJa: V2Handler = (ctx) => postStream(ctx, inLanguage('ja'))
export const streamPostsFirehoseKo: V2Handler = (ctx) => postStream(ctx, inLanguage('ko'))
export const streamPostsFirehosePt: V2Handler = (ctx) => postStream(ctx, inLanguage('pt'))

/** X's like id: 32 hex digits, the same for the same like. */
function likeId(userId: string, tweetId: string): string {
  return createHash('sha256').update(`${userId}:${tweetId}`).digest('hex').slice(0, 32)
}

const LIKE_FIELDS = ['attachments_media_keys', 'created_at', 'id', 'liked_tweet_author_id', 'liked_tweet_id', 'timestamp_ms']
const LIKE_EXPANSIONS = ['attachments.media_keys', 'liked_tweet_author_id', 'liked_tweet_id']

/** The likes firehose and 10% sample: one `LikeWithPostAuthor` per like, with the liked post and author on request. */
function likeStream(ctx: V2Context, sampled: boolean): V2Answer {
  const fields = listParam(ctx.query, ['like_with_tweet_author.fields'])
  const expansions = listParam(ctx.query, ['expansions'])
  for (const [param, given, allowed] of [['like_with_tweet_author.fields', fields, LIKE_FIELDS], ['expansions', expansions, LIKE_EXPANSIONS]] as const) {
    const bad = given.filter((f) => !allowed.includes(f))
    if (bad.length > 0) throw invalidRequest(ctx.generation, `The \`${param}\` query parameter value [${bad.join(',')}] is not one of [${allowed.join(',')}]`, { [param]: bad })
  }
  const inPartition = partitionOf(ctx, partitions(ctx))
  const every = sampled ? ctx.streams.options.sampleEvery : 1
  let counter = 0
  return stream(ctx, (event) => {
    if (event.kind !== 'like' || !canSee(ctx, event.tweet.user)) return undefined
    const id = likeId(event.userId, event.tweet.id.toString())
    if (inPartition && !inPartition(BigInt(`0x${id.slice(0, 12)}`).toString())) return undefined
    if (counter++ % every !== 0) return undefined
    const full: V2Object = { created_at: event.at.toISOString(), id, liked_tweet_id: event.tweet.id.toString(), timestamp_ms: event.at.getTime(), tweet_author_id: event.tweet.user }
    const chosen = new Set(['id', 'liked_tweet_id', 'tweet_author_id', ...fields.map((f) => (f === 'liked_tweet_author_id' ? 'tweet_author_id' : f))])
    const data = pick(full, chosen)
    const h = hydrator({ ...ctx, query: new URLSearchParams([...ctx.query].filter(([k]) => k !== 'expansions')) })
    const includes: V2Object = {}
    if (expansions.includes('liked_tweet_id')) includes.tweets = [h.post(event.tweet)]
    if (expansions.includes('liked_tweet_author_id')) {
      const author = ctx.state.users.get(event.tweet.user)
      if (author) includes.users = [h.user(author)]
    }
    return { data, ...(Object.keys(includes).length > 0 ? { includes } : {}) }
  })
}

export const streamLikesFirehose: V2Handler = (ctx) => likeStream(ctx, false)
export const streamLikesSample10: V2Handler = (ctx) => likeStream(ctx, true)

/** A stream of compliance (or label, or activity) events: those of the state, and those a test sends. */
function complianceStream(ctx: V2Context, which: ComplianceStream, fromState: (event: HubEvent) => V2Object | undefined = () => undefined): V2Answer {
  const inPartition = partitionOf(ctx, partitions(ctx))
  const partition = ctx.query.get('partition')
  return stream(ctx, (event) => {
    if (event.kind === 'compliance') {
      if (event.stream !== which) return undefined
      if (event.partition !== undefined && partition !== null && String(event.partition) !== partition) return undefined
      return { data: event.data }
    }
    const data = fromState(event)
    if (!data) return undefined
    const key = event.kind === 'post' ? event.post.id.toString() : event.tweet.id.toString()
    if (inPartition && !inPartition(key)) return undefined
    return { data }
  })
}

export const streamPostsCompliance: V2Handler = (ctx) =>
  complianceStream(ctx, 'posts', (event) => (event.kind === 'delete' ? { delete: { tweet: { id: event.tweet.id.toString(), author_id: event.tweet.user }, event_at: event.at.toISOString() } } : undefined))
export const streamLikesCompliance: V2Handler = (ctx) =>
  complianceStream(ctx, 'likes', (event) => (event.kind === 'unlike' ? { delete: { favorite: { id: event.tweet.id.toString(), user_id: event.userId }, event_at: event.at.toISOString() } } : undefined))
export const streamUsersCompliance: V2Handler = (ctx) => complianceStream(ctx, 'users')
export const streamLabelsCompliance: V2Handler = (ctx) => complianceStream(ctx, 'labels')
export const activityStream: V2Handler = (ctx) => complianceStream(ctx, 'activity')
