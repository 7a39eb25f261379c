/**
 * What route handlers share: the context they get, and the lookups and paging rules every family uses
 * (timelines by count/since_id/max_id, cursored collections, users by id or screen name).
 */
import type { LimitStatus } from '../server/rate-limits.js'
import { ApiError } from '../server/errors.js'
import type { ListRecord, MediaRecord, State, TweetRecord, UserRecord } from '../state/state.js'
import { tweetJson, userJson, type Json, type TweetViewOptions } from '../state/views.js'

export interface HandlerContext {
  readonly state: State
  /** The authenticated user's id, or undefined for an app-only bearer token. */
  readonly viewer: string | undefined
  /** Query, form and path parameters (the last value of a repeated one). */
  readonly params: Readonly<Record<string, string>>
  /** The origin the client addressed (`http://127.0.0.1:8787`), for URLs in answers. */
  readonly origin: string
  /** The caller's rate-limit windows by family and path, for `application/rate_limit_status`. */
  readonly rateLimits: () => Record<string, Record<string, LimitStatus>>
  /** The caller's token, for `rate_limit_context`. */
  readonly token: string
  /** The request's JSON body (the DM events API takes one), ids beyond 2^53 as strings; undefined if none. */
  readonly json?: unknown
  /**
   * Checks uploaded media ids for the viewer (unknown, another user's, expired or unprocessed ids throw
   * Twitter's 324) and returns the uploads, in order.
   */
  readonly attachMedia?: (mediaIds: readonly string[]) => MediaRecord[]
}

/** Twitter's answer to a `media_ids` value it cannot attach (unknown, someone else's, expired, unfinished). */
export const badMediaIds = (): ApiError => new ApiError(400, 324, 'The validation of media ids failed.')

/**
 * The uploads of a comma-separated `media_ids` value, checked as Twitter checked them: at most four, and a
 * GIF or a video only alone.
 */
export function mediaFrom(ctx: HandlerContext, value: string | undefined): MediaRecord[] {
  const ids = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  if (ids.length === 0) return []
  if (ids.length > 4 || !ctx.attachMedia) throw badMediaIds()
  const media = ctx.attachMedia(ids)
  if (media.length > 1 && media.some((m) => m.kind === 'gif' || m.kind === 'video')) throw badMediaIds()
  return media
}

/** The answer body, or `{ status, body }` for a status other than 200; `body: undefined` is an empty answer. */
export type Handler = (ctx: HandlerContext) => unknown

/** A handler result with its own status. */
export class Answer {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

export const userNotFound = (): ApiError => new ApiError(404, 50, 'User not found.')
export const tweetNotFound = (): ApiError => new ApiError(404, 144, 'No status found with that ID.')
export const pageNotFound = (): ApiError => new ApiError(404, 34, 'Sorry, that page does not exist')

/** The signed-in user; app-only callers never reach user routes, but `auth: any` routes may need one. */
export function requireViewer(ctx: HandlerContext): UserRecord {
  const viewer = ctx.viewer && ctx.state.users.get(ctx.viewer)
  if (!viewer) throw new ApiError(403, 220, 'Your credentials do not allow access to this resource.')
  return viewer
}

/** The user named by `<prefix>user_id` or `<prefix>screen_name`, else (when allowed) the viewer. */
export function userFrom(ctx: HandlerContext, prefix = '', fallbackToViewer = true): UserRecord {
  const id = ctx.params[`${prefix}user_id`]
  const name = ctx.params[`${prefix}screen_name`]
  if (id || name) {
    const user = id ? ctx.state.users.get(id) : ctx.state.userByName(name!)
    if (!user) throw userNotFound()
    return user
  }
  if (fallbackToViewer && ctx.viewer) return requireViewer(ctx)
  throw new ApiError(400, 25, 'Query parameters are missing: user_id or screen_name')
}

export function tweetFrom(ctx: HandlerContext, key = 'id'): TweetRecord {
  const tweet = ctx.state.tweets.get(ctx.params[key] ?? '')
  if (!tweet) throw tweetNotFound()
  return tweet
}

/** A positive integer parameter, clamped to `max`. */
export function int(ctx: HandlerContext, name: string, fallback: number, max: number): number {
  const n = Number(ctx.params[name] ?? fallback)
  return Number.isFinite(n) && n > 0 ? Math.min(Math.floor(n), max) : fallback
}

export function bool(ctx: HandlerContext, name: string): boolean {
  return ['true', '1', 't'].includes((ctx.params[name] ?? '').toLowerCase())
}

export function tweetOptions(ctx: HandlerContext): TweetViewOptions {
  return { trimUser: bool(ctx, 'trim_user'), includeEntities: ctx.params.include_entities !== 'false' && ctx.params.include_entities !== '0', extended: ctx.params.tweet_mode === 'extended' }
}

export const showTweet = (ctx: HandlerContext, tweet: TweetRecord): Json => tweetJson(ctx.state, tweet, ctx.viewer, tweetOptions(ctx))
export const showUser = (ctx: HandlerContext, user: UserRecord): Json => userJson(ctx.state, user, ctx.viewer, !bool(ctx, 'skip_status'))

/** Newest-first paging by count / since_id / max_id (max_id inclusive), as Twitter's timelines page. */
export function timeline(ctx: HandlerContext, tweets: readonly TweetRecord[], defaultCount = 20, maxCount = 200): Json[] {
  const since = ctx.params.since_id ? BigInt(ctx.params.since_id) : undefined
  const max = ctx.params.max_id ? BigInt(ctx.params.max_id) : undefined
  return tweets
    .filter((t) => (since === undefined || t.id > since) && (max === undefined || t.id <= max))
    .slice(0, int(ctx, 'count', defaultCount, maxCount))
    .map((t) => showTweet(ctx, t))
}

/**
 * A cursored collection. The cursor is the offset into a stable order (+1, so that 0 can mean "no more"
 * as Twitter's does); -1 or none starts, `next_cursor: 0` ends, `previous_cursor` leads back.
 */
export function cursored<T>(ctx: HandlerContext, all: readonly T[], key: string, defaultCount: number, maxCount: number, map: (item: T) => unknown): Json {
  const raw = ctx.params.cursor ?? '-1'
  const cursor = /^\d+$/.test(raw) ? Number(raw) : 0
  const offset = cursor > 0 ? cursor - 1 : 0
  const count = int(ctx, 'count', defaultCount, maxCount)
  const page = all.slice(offset, offset + count)
  const next = offset + count < all.length ? offset + count + 1 : 0
  const previous = offset > 0 ? -(Math.max(0, offset - count) + 1) : 0
  const body: Json = { [key]: page.map(map), next_cursor: next, next_cursor_str: String(next), previous_cursor: previous, previous_cursor_str: String(previous) }
  // Twitter sends `total_count: null` with ids and users pages, never with lists.
  if (key !== 'lists') body.total_count = null
  return body
}

/** `CursoredIds`: numbers (exact bigints) or, with `stringify_ids`, strings. */
export function idsPage(ctx: HandlerContext, ids: Iterable<string>): Json {
  const stringify = bool(ctx, 'stringify_ids')
  return cursored(ctx, [...ids], 'ids', 5000, 5000, (id) => (stringify ? id : BigInt(id)))
}

/** `CursoredUsers`, 20 a page by default. */
export function usersPage(ctx: HandlerContext, ids: Iterable<string>): Json {
  return cursored(ctx, [...ids], 'users', 20, 200, (id) => showUser(ctx, ctx.state.users.get(id)!))
}

/** The users of comma-separated `user_id` and `screen_name` lists, unknown ones left out (code 17 if none). */
export function namesOrIds(ctx: HandlerContext): UserRecord[] {
  const ids = (ctx.params.user_id ?? '').split(',').filter(Boolean)
  const names = (ctx.params.screen_name ?? '').split(',').filter(Boolean)
  const users = [...ids.map((id) => ctx.state.users.get(id)), ...names.map((n) => ctx.state.userByName(n.trim()))].filter((u): u is UserRecord => u !== undefined)
  if (users.length === 0) throw new ApiError(404, 17, 'No user matches for specified terms.')
  return [...new Map(users.map((u) => [u.id, u])).values()]
}

/** The list named by `list_id`, or by `slug` with `owner_id` / `owner_screen_name`. */
export function listFrom(ctx: HandlerContext): ListRecord {
  const { state, params } = ctx
  let list: ListRecord | undefined
  if (params.list_id) list = state.lists.get(params.list_id)
  else if (params.slug) {
    const owner = params.owner_id ? state.users.get(params.owner_id) : params.owner_screen_name ? state.userByName(params.owner_screen_name) : undefined
    list = [...state.lists.values()].find((l) => l.slug === params.slug && (!owner || l.owner === owner.id.toString()))
  }
  if (!list) throw new ApiError(404, 34, 'Sorry, that page does not exist')
  return list
}
