/**
 * `cursor()`: pages through a paginated endpoint as an async iterable of items (or of whole pages),
 * following the route's pagination style. Nothing is requested until iteration starts.
 *
 * Differences from Twython, all fixes: the next `max_id` is computed from `id_str` with BigInt (exact for
 * 64-bit ids); search keeps the caller's parameters and overrides only what `next_results` carries; a
 * missing `next_cursor_str` ends the iteration instead of raising `KeyError`; an id collection (a cursored
 * page of `ids`) is asked for with `stringify_ids=true` unless the caller sets it, because numeric ids above
 * 2^53 are rounded by `JSON.parse`.
 */
import { TwythonError } from './errors.js'
import type { CallOptions } from './base-core.js'
import type { Pagination, Route } from './route.js'

const routes = new WeakMap<Function, Route>()

/** Associates endpoint methods with their routes so `cursor()` can find the pagination style. */
export function registerRoutes(target: object, table: Readonly<Record<string, Route>>): void {
  for (const [name, route] of Object.entries(table)) {
    const fn = (target as Record<string, unknown>)[name]
    if (typeof fn === 'function') routes.set(fn, route)
  }
}

/** The route registered for a method, if any. */
export function routeOf(fn: Function): Route | undefined {
  return routes.get(fn)
}

/** Options of `cursor()`. */
export interface CursorOptions extends CallOptions {
  /** Yield each page's item array instead of the items one by one. @default false */
  readonly returnPages?: boolean
}

/** The item type of a page: the array itself, or the array under a known key. */
export type PageItem<R> = R extends readonly (infer I)[]
  ? I
  : R extends { readonly statuses: readonly (infer I)[] }
    ? I
    : R extends { readonly users: readonly (infer I)[] }
      ? I
      : R extends { readonly ids: readonly (infer I)[] }
        ? I
        : R extends { readonly lists: readonly (infer I)[] }
          ? I
          : R extends { readonly events: readonly (infer I)[] }
            ? I
            : R extends { readonly data?: readonly (infer I)[] }
              ? I
              : unknown

/** What `cursor(..., { returnPages: true })` yields: an X API v2 page whole, a v1.1 page's item array. */
export type PageOf<R> = R extends { readonly meta?: unknown; readonly data?: readonly unknown[] } ? R : PageItem<R>[]

/** What `cursor(..., { returnPages: true })` yields for a paginated method: X API v2 pages whole (with `includes` and `meta`), v1.1 pages as their item arrays. */
export type CursorPage<P, R> = NonNullable<P> extends { readonly [PAGINATION]?: Paging<'next_token', string | undefined> } ? R : CursorItem<P, R>[]

/** A method `cursor()` can page: an endpoint method taking parameters and call options. */
export type PageableMethod<P, R> = (params: P, options?: CallOptions) => Promise<R>

/**
 * The key of the compile-time marker that the generated parameters interface of every paginated endpoint
 * carries (`readonly [PAGINATION]?: Paging<'cursor', 'ids'>`). No object ever holds it at run time: it exists
 * so that `cursor()` accepts only paginated methods and knows their item type.
 */
export const PAGINATION: unique symbol = Symbol('twython.pagination')

/** How an endpoint pages, as a type: its style and the key of its item array (`undefined` when the page is the array). */
export interface Paging<S extends Pagination['style'] = Pagination['style'], I extends string | undefined = string | undefined> {
  readonly style: S
  readonly items: I
}

/** Parameters of a paginated endpoint: what `cursor()` takes. */
export interface PaginatedParams {
  readonly [PAGINATION]?: Paging
}

/** A paginated endpoint method, the first argument of `cursor()`. */
export type PaginatedMethod<P extends PaginatedParams | undefined, R> = (params: P, options?: CallOptions) => Promise<R>

/**
 * The item type `cursor()` yields for a paginated method: the elements of the array its `Paging` marker names
 * (the response itself for timelines), and `string` for id collections, which `cursor()` requests with
 * `stringify_ids=true`.
 */
export type CursorItem<P, R> =
  NonNullable<P> extends { readonly [PAGINATION]?: infer G }
    ? G extends Paging<Pagination['style'], infer I>
      ? I extends 'ids'
        ? string
        : I extends string
          ? R extends { readonly [K in I]?: readonly (infer X)[] }
            ? X
            : unknown
          : R extends readonly (infer X)[]
            ? X
            : unknown
      : unknown
    : unknown

/**
 * Iterates over every item (or page) of a paginated endpoint.
 * @param self The object the method is called on (the `Twython` instance).
 */
export async function* cursorPages<P, R>(self: unknown, method: PageableMethod<P, R>, params: P, options: CursorOptions = {}): AsyncGenerator<unknown, void, undefined> {
  if (typeof method !== 'function') {
    throw new TypeError('.cursor() takes a Twython function as its first argument. Did you provide the result of a function call?')
  }
  const route = routes.get(method)
  const name = method.name || 'anonymous function'
  if (!route) throw new TwythonError(`cursor() takes an endpoint method of this client (e.g. twitter.getFollowersIds); ${name} is not one.`)
  if (!route.paginate) {
    throw new TwythonError(`Unable to create generator for Twython method "${name}": ${route.id} (${route.method} ${route.path}) is not paginated (no cursor, max_id or search paging), so cursor() cannot page it; call it directly.`)
  }
  const { returnPages = false, ...callOptions } = options
  const itemsKey = route.paginate.items
  let current: Record<string, unknown> = { ...(params as Record<string, unknown>) }
  // Ids above 2^53 do not survive JSON.parse as numbers; ask for strings unless the caller chose.
  if (itemsKey === 'ids' && current.stringify_ids === undefined) current.stringify_ids = true

  for (;;) {
    const content = (await method.call(self, current as P, callOptions)) as unknown
    if (!content || (Array.isArray(content) && content.length === 0)) return
    let items = itemsKey === undefined ? content : (content as Record<string, unknown>)[itemsKey]
    // An X API v2 page with nothing in it has no `data` at all (`meta.result_count` is 0).
    if (items === undefined && route.paginate.style === 'next_token') items = []
    if (!Array.isArray(items)) {
      const where = itemsKey === undefined ? 'the response to be an array' : `an array under "${itemsKey}"`
      throw new TwythonError(`Unable to generate next page of search results, content has unexpected structure: ${name} pages by ${describePaging(route.paginate)} and expects ${where}.`)
    }
    // A v2 page is the whole envelope (data, includes, meta), so expansions stay with their items.
    if (returnPages) yield route.paginate.style === 'next_token' ? content : items
    else yield* items

    const next = nextParams(route, current, content as Record<string, unknown> | unknown[], items)
    if (!next) return
    current = next
  }
}

/** `next_cursor over "ids"`, `max_id`, `search_metadata.next_results over "statuses"`. */
function describePaging(paging: Pagination): string {
  const how = { cursor: 'next_cursor', max_id: 'max_id', search: 'search_metadata.next_results', next_token: `meta.next_token (sent back as ${paging.token ?? 'pagination_token'})` }[paging.style]
  return paging.items === undefined ? how : `${how} over "${paging.items}"`
}

/** The parameters of the next page, or `undefined` when this was the last one. */
function nextParams(route: Route, current: Record<string, unknown>, content: Record<string, unknown> | unknown[], items: unknown[]): Record<string, unknown> | undefined {
  switch (route.paginate!.style) {
    case 'cursor': {
      const next = (content as Record<string, unknown>).next_cursor_str ?? (content as Record<string, unknown>).next_cursor
      if (next === undefined || next === null || String(next) === '0') return undefined
      return { ...current, cursor: String(next) }
    }
    case 'max_id': {
      if (items.length === 0) return undefined
      return { ...current, max_id: decrement(items[items.length - 1]) }
    }
    case 'next_token': {
      const meta = (content as Record<string, unknown>).meta as Record<string, unknown> | undefined
      const token = meta?.next_token
      if (typeof token !== 'string' || token === '' || items.length === 0) return undefined
      return { ...current, [route.paginate!.token ?? 'pagination_token']: token }
    }
    case 'search': {
      const metadata = (content as Record<string, unknown>).search_metadata as Record<string, unknown> | undefined
      const link = metadata?.next_results
      if (typeof link === 'string' && link.length > 1) {
        const next = { ...current }
        for (const [key, value] of new URLSearchParams(link.replace(/^\?/, ''))) if (value !== '') next[key] = value
        return next
      }
      // Twitter leaves next_results out on the last page.
      return undefined
    }
  }
}

function decrement(item: unknown): string {
  const id = (item as { id_str?: unknown } | undefined)?.id_str
  if (typeof id !== 'string' || !/^\d+$/.test(id)) throw new TwythonError('Unable to generate next page of search results, `page` is not a number.')
  return (BigInt(id) - 1n).toString()
}
