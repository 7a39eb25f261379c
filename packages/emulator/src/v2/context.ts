/**
 * What a v2 handler gets (the state, the caller, the request in current names) and the helpers every
 * family shares: selections, pages, lookups with X's not-found and forbidden answers, and the answer shapes
 * for lists of posts and users with their `meta`.
 */
import type { State, TweetRecord, UserRecord } from '../state/state.js'
import { parseSelection, type ObjectKind, type Selection } from './fields.js'
import { Hydrator } from './hydrate.js'
import type { Generation } from './names.js'
import { pageRequest, paginate, type PageRequest } from './paginate.js'
import { invalidParam, notAuthorizedItem, notFoundItem, notYourself, resourceNotFound, unauthorized, V2Error, type ResourceType } from './problems.js'
import { extrasOf, type V2Extras } from './store.js'
import type { V2Object } from './views.js'
import type { V2StreamHubInternal } from './streaming.js'
import type { UploadServiceControl } from '../upload/index.js'

/** How the caller authenticated (the security schemes of X's document). */
export type AuthKind = 'oauth1_user' | 'oauth2_user' | 'bearer'

export type Family = 'post' | 'user' | 'list' | 'space' | 'dm_event'

/** Paging of an operation: X's `max_results` bounds and default, and the name of its token parameter. */
export interface PageSpec {
  readonly bounds: readonly [number, number]
  readonly fallback: number
  readonly token: 'pagination_token' | 'next_token'
}

export interface V2Context {
  readonly state: State
  readonly extras: V2Extras
  readonly generation: Generation
  readonly operationId: string
  readonly query: URLSearchParams
  readonly path: Readonly<Record<string, string>>
  /** The JSON body of a POST/PUT, or an empty object. */
  readonly body: Readonly<Record<string, unknown>>
  readonly auth: AuthKind
  /** The user the token acts for; undefined for an app-only bearer token. */
  readonly viewer: string | undefined
  readonly family: Family | undefined
  readonly page: PageSpec | undefined
  /** The app the credential belongs to (its consumer key): the owner of filtered-stream rules and connections. */
  readonly app: string
  /** File parts of a multipart body, by field name (`media` of an upload APPEND). */
  readonly files: ReadonlyMap<string, Buffer>
  /** The v2 stream hub. */
  readonly streams: V2StreamHubInternal
  /** The upload service both API versions share. */
  readonly uploads: UploadServiceControl
}

/** A handler's answer: the body in current names (the router renames it for 2.159) and its status. */
export interface V2Answer {
  readonly status?: number
  readonly body: V2Object
  /** For a streaming operation: takes over the response once the router has checked the call (see streaming.ts). */
  readonly stream?: (res: import('node:http').ServerResponse) => void
}

export type V2Handler = (ctx: V2Context) => V2Answer

export function selection(ctx: V2Context): Selection {
  return parseSelection(ctx.query, ctx.generation, ctx.family, ctx.generation === '2.159' ? 'tweet.fields' : 'post.fields')
}

export function hydrator(ctx: V2Context): Hydrator {
  return new Hydrator(ctx.state, selection(ctx))
}

export function page(ctx: V2Context): PageRequest {
  const spec = ctx.page ?? { bounds: [1, 100] as const, fallback: 100, token: 'pagination_token' as const }
  return pageRequest(ctx.query, ctx.generation, spec.bounds, spec.fallback, spec.token)
}

/** The caller's user id; app-only tokens never reach user-context operations, so this is a guard. */
export function viewerOf(ctx: V2Context): string {
  if (!ctx.viewer) throw unauthorized()
  return ctx.viewer
}

/** `/2/users/{id}/...` writes and private reads must name the authenticated user. */
export function requireSelf(ctx: V2Context, param = 'id', _action = 'perform this action'): string {
  const viewer = viewerOf(ctx)
  if (ctx.path[param] !== viewer) throw notYourself()
  return viewer
}

/** An id in a path or body: digits only, as X's `^[0-9]{1,19}$` pattern says. */
export function idParam(ctx: V2Context, name: string, value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
  if (!/^[0-9]{1,19}$/.test(text)) throw invalidParam(ctx.generation, name, text, `The \`${name}\` ${ctx.path[name] !== undefined ? 'path' : 'query'} parameter value [${text}] is not valid`)
  return text
}

/** A required body field, or X's 400 naming it. */
export function bodyField(ctx: V2Context, name: string): unknown {
  const value = ctx.body[name]
  if (value === undefined || value === null) throw invalidParam(ctx.generation, name, '', `The \`${name}\` field is required in the request body`)
  return value
}

export function userOr404(ctx: V2Context, id: string, parameter = 'id'): UserRecord {
  const user = ctx.state.users.get(id)
  if (!user) throw resourceNotFound(ctx.generation, 'user', parameter, id)
  return user
}

export function postOr404(ctx: V2Context, id: string, parameter = 'id'): TweetRecord {
  const post = ctx.state.tweets.get(id)
  if (!post) throw resourceNotFound(ctx.generation, 'tweet', parameter, id)
  return post
}

/** Whether the caller may see a user's posts (a protected account shows them to its followers only). */
export function canSee(ctx: V2Context, authorId: string): boolean {
  const author = ctx.state.users.get(authorId)
  if (!author?.protected) return true
  return ctx.viewer === authorId || (ctx.viewer !== undefined && ctx.state.isFollowing(ctx.viewer, authorId))
}

/** Counts posts delivered, per UTC day, for `GET /2/usage/tweets`. */
export function countUsage(ctx: V2Context, posts: number): void {
  if (posts === 0) return
  const day = ctx.state.now().toISOString().slice(0, 10)
  ctx.extras.usage.set(day, (ctx.extras.usage.get(day) ?? 0) + posts)
}

/**
 * A page of posts as X answers timelines and searches: `data` (left out when empty, as X does), `includes`,
 * and `meta` with `result_count`, `newest_id`, `oldest_id` and the tokens.
 */
export function postPage(ctx: V2Context, posts: readonly TweetRecord[], extraMeta: V2Object = {}): V2Answer {
  const h = hydrator(ctx)
  const p = paginate(posts, (t) => t.id.toString(), page(ctx), ctx.generation)
  const data = p.items.map((t) => h.post(t))
  countUsage(ctx, data.length)
  const meta: V2Object = { result_count: data.length }
  if (data.length > 0) {
    meta.newest_id = data[0]!.id
    meta.oldest_id = data[data.length - 1]!.id
  }
  if (p.next) meta.next_token = p.next
  if (p.previous) meta.previous_token = p.previous
  return { body: answer(data, h, { ...meta, ...extraMeta }) }
}

/** A page of users (followers, likers, members, ...), with `result_count` and the tokens. */
export function userPage(ctx: V2Context, users: readonly UserRecord[]): V2Answer {
  const h = hydrator(ctx)
  const p = paginate(users, (u) => u.id.toString(), page(ctx), ctx.generation)
  const data = p.items.map((u) => h.user(u))
  const meta: V2Object = { result_count: data.length }
  if (p.next) meta.next_token = p.next
  if (p.previous) meta.previous_token = p.previous
  return { body: answer(data, h, meta) }
}

/** `{ data, includes, errors, meta }` without the empty parts (X leaves out an empty `data` list). */
export function answer(data: V2Object | V2Object[] | undefined, h: Hydrator | undefined, meta?: V2Object, errors?: V2Object[]): V2Object {
  const out: V2Object = {}
  if (data !== undefined && !(Array.isArray(data) && data.length === 0)) out.data = data
  const includes = h?.includes()
  if (includes) out.includes = includes
  if (errors && errors.length > 0) out.errors = errors
  if (meta) out.meta = meta
  return out
}

/**
 * A lookup by ids (`ids=1,2,3`): found ones in `data`, every other one as a not-found (or not-authorized)
 * item of `errors`, all on a 200 as X answers it.
 */
export function lookup<T>(ctx: V2Context, ids: readonly string[], resource: ResourceType, parameter: string, find: (id: string) => T | undefined, render: (h: Hydrator, item: T) => V2Object, visible: (item: T) => boolean = () => true): V2Answer {
  const h = hydrator(ctx)
  const data: V2Object[] = []
  const errors: V2Object[] = []
  for (const id of ids) {
    const item = find(id)
    if (item === undefined) errors.push(notFoundItem(ctx.generation, resource, parameter, id))
    else if (!visible(item)) errors.push(notAuthorizedItem(ctx.generation, resource, parameter, id))
    else data.push(render(h, item))
  }
  if (resource === 'tweet') countUsage(ctx, data.length)
  return { body: answer(data, h, undefined, errors) }
}

/** A single-object lookup (`/2/tweets/{id}`): the object, or a 200 carrying only `errors`. */
export function single<T>(ctx: V2Context, id: string, resource: ResourceType, parameter: string, find: (id: string) => T | undefined, render: (h: Hydrator, item: T) => V2Object, visible: (item: T) => boolean = () => true): V2Answer {
  const result = lookup(ctx, [id], resource, parameter, find, render, visible)
  const body = { ...result.body }
  if (Array.isArray(body.data)) body.data = body.data[0]
  return { body }
}

/** The comma-separated ids of a required query parameter, each checked, at most `max`. */
export function idList(ctx: V2Context, name: string, max = 100, pattern = /^[0-9]{1,19}$/): string[] {
  const raw = ctx.query.get(name) ?? ''
  const ids = raw.split(',').map((s) => s.trim()).filter(Boolean)
  if (ids.length === 0) throw invalidParam(ctx.generation, name, raw, `The \`${name}\` query parameter can not be empty`)
  if (ids.length > max) throw invalidParam(ctx.generation, name, raw, `The number of values in the \`${name}\` query parameter list [${ids.length}] is not between 1 and ${max}`)
  const bad = ids.filter((id) => !pattern.test(id))
  if (bad.length > 0) throw invalidParam(ctx.generation, name, bad.join(','), `The \`${name}\` query parameter value [${bad[0]}] is not valid`)
  return ids
}

/** Id-ordered (newest first) filter over posts, honouring `since_id`, `until_id`, `start_time`, `end_time`. */
export function windowed(ctx: V2Context, filter: (t: TweetRecord) => boolean): TweetRecord[] {
  const since = ctx.query.get('since_id')
  const until = ctx.query.get('until_id')
  const start = ctx.query.get('start_time')
  const end = ctx.query.get('end_time')
  for (const [name, value] of [['since_id', since], ['until_id', until]] as const) if (value !== null && !/^[0-9]{1,19}$/.test(value)) throw invalidParam(ctx.generation, name, value, `The \`${name}\` query parameter value [${value}] is not valid`)
  const time = (name: string, value: string | null) => {
    if (value === null) return undefined
    const ms = Date.parse(value)
    if (!/^\d{4}-\d\d-\d\dT/.test(value) || Number.isNaN(ms)) throw invalidParam(ctx.generation, name, value, `Invalid '${name}':'${value}'. '${name}' must be a valid RFC 3339 date-time.`)
    return ms
  }
  const startMs = time('start_time', start)
  const endMs = time('end_time', end)
  if (startMs !== undefined && endMs !== undefined && startMs >= endMs) throw invalidParam(ctx.generation, 'start_time', start!, `Invalid 'start_time':'${start}'. 'start_time' must be before 'end_time':'${end}'.`)
  return ctx.state.sortedTweets((t) => {
    if (since !== null && t.id <= BigInt(since)) return false
    if (until !== null && t.id >= BigInt(until)) return false
    const ms = t.created_at.getTime()
    if (startMs !== undefined && ms < startMs) return false
    if (endMs !== undefined && ms >= endMs) return false
    return filter(t)
  })
}

/** `exclude=retweets,replies` of the timelines. */
export function excluded(ctx: V2Context): (t: TweetRecord) => boolean {
  const ex = new Set((ctx.query.get('exclude') ?? '').split(',').filter(Boolean))
  for (const e of ex) if (e !== 'retweets' && e !== 'replies') throw invalidParam(ctx.generation, 'exclude', e, `The \`exclude\` query parameter value [${e}] is not one of [replies,retweets]`)
  return (t) => (ex.has('retweets') && t.retweet_of !== undefined) || (ex.has('replies') && t.in_reply_to !== undefined)
}

export { extrasOf, V2Error }
export type { ObjectKind }
