/**
 * `cursor()`: pages through a paginated endpoint as an async iterable of items (or of whole pages),
 * following the route's pagination style. Nothing is requested until iteration starts.
 *
 * Differences from Twython, all fixes: the next `max_id` is computed from `id_str` with BigInt (exact for
 * 64-bit ids); search keeps the caller's parameters and overrides only what `next_results` carries; a
 * missing `next_cursor_str` ends the iteration instead of raising `KeyError`.
 */
import { TwythonError } from './errors.js'
import type { CallOptions } from './core.js'
import type { Route } from './route.js'

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

/** A method `cursor()` can page: an endpoint method taking parameters and call options. */
export type PageableMethod<P, R> = (params: P, options?: CallOptions) => Promise<R>

/**
 * Iterates over every item (or page) of a paginated endpoint.
 * @param self The object the method is called on (the `Twython` instance).
 */
export async function* cursorPages<P, R>(self: unknown, method: PageableMethod<P, R>, params: P, options: CursorOptions = {}): AsyncGenerator<unknown, void, undefined> {
  if (typeof method !== 'function') {
    throw new TypeError('.cursor() takes a Twython function as its first argument. Did you provide the result of a function call?')
  }
  const route = routes.get(method)
  if (!route?.paginate) throw new TwythonError(`Unable to create generator for Twython method "${method.name}"`)
  const { returnPages = false, ...callOptions } = options
  const itemsKey = route.paginate.items
  let current: Record<string, unknown> = { ...(params as Record<string, unknown>) }

  for (;;) {
    const content = (await method.call(self, current as P, callOptions)) as unknown
    if (!content || (Array.isArray(content) && content.length === 0)) return
    let items = itemsKey === undefined ? content : (content as Record<string, unknown>)[itemsKey]
    // An X API v2 page with nothing in it has no `data` at all (`meta.result_count` is 0).
    if (items === undefined && route.paginate.style === 'next_token') items = []
    if (!Array.isArray(items)) throw new TwythonError('Unable to generate next page of search results, content has unexpected structure.')
    // A v2 page is the whole envelope (data, includes, meta), so expansions stay with their items.
    if (returnPages) yield route.paginate.style === 'next_token' ? content : items
    else yield* items

    const next = nextParams(route, current, content as Record<string, unknown> | unknown[], items)
    if (!next) return
    current = next
  }
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
