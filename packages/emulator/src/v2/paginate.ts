/**
 * X's pagination: `max_results` within the operation's bounds, opaque `next_token` / `previous_token`, and
 * `meta` with `result_count` (and `newest_id` / `oldest_id` for posts). A token is anchored on the id of the
 * item at the page edge, not on an offset, so posts (or follows) that arrive while a client walks the pages
 * neither repeat nor skip an item. Tokens are base32hex digits, as X describes its own.
 */
import type { Generation } from './names.js'
import { invalidParam } from './problems.js'

export interface PageRequest {
  readonly maxResults: number
  readonly token: string | undefined
  readonly tokenParam: string
}

/** Reads `max_results` (bounded as the operation says) and the token parameter. */
export function pageRequest(query: URLSearchParams, generation: Generation, bounds: readonly [number, number], fallback: number, tokenParam: string): PageRequest {
  const raw = query.get('max_results')
  let maxResults = fallback
  if (raw !== null) {
    const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
    if (!(n >= bounds[0] && n <= bounds[1])) throw invalidParam(generation, 'max_results', raw, `The \`max_results\` query parameter value [${raw}] is not between ${bounds[0]} and ${bounds[1]}`)
    maxResults = n
  }
  const token = query.get(tokenParam) ?? query.get(tokenParam === 'next_token' ? 'pagination_token' : 'next_token') ?? undefined
  return { maxResults, token, tokenParam }
}

/** Encodes a page edge: the (numeric) id of the item and the direction to walk from it. */
function encode(key: string, forward: boolean): string {
  return (BigInt(key) * 2n + (forward ? 1n : 0n)).toString(32).padStart(13, '0')
}

function decode(token: string, generation: Generation, param: string): { key: string; forward: boolean } {
  if (!/^[0-9a-v]{1,80}$/.test(token)) throw badToken(generation, param, token)
  let n = 0n
  for (const ch of token) n = n * 32n + BigInt(parseInt(ch, 32))
  const forward = (n & 1n) === 1n
  n >>= 1n
  return { key: n.toString(), forward }
}

const badToken = (generation: Generation, param: string, value: string) => invalidParam(generation, param, value, `The \`${param}\` query parameter value [${value}] is not a valid token`)

/** One page of `items` (in display order) keyed by `keyOf` (numeric ids), and the tokens around it. */
export function paginate<T>(items: readonly T[], keyOf: (item: T) => string, page: PageRequest, generation: Generation): { items: T[]; next?: string; previous?: string } {
  let start = 0
  let end = items.length
  if (page.token) {
    const { key, forward } = decode(page.token, generation, page.tokenParam)
    const target = BigInt(key)
    // Items are in display order; the anchor may be gone (deleted), so find the first item past it by id order.
    const index = items.findIndex((item) => keyOf(item) === key)
    if (forward) {
      start = index >= 0 ? index + 1 : items.findIndex((item) => compareKeys(keyOf(item), target, items, keyOf) > 0)
      if (start < 0) start = items.length
    } else {
      end = index >= 0 ? index : items.length
      start = Math.max(0, end - page.maxResults)
    }
  }
  const slice = items.slice(start, Math.min(end, start + page.maxResults))
  const result: { items: T[]; next?: string; previous?: string } = { items: slice }
  if (slice.length > 0 && start + slice.length < items.length) result.next = encode(keyOf(slice[slice.length - 1]!), true)
  if (slice.length > 0 && start > 0) result.previous = encode(keyOf(slice[0]!), false)
  return result
}

/**
 * Whether `key` comes after the vanished anchor `target` in display order: lists sorted newest first
 * (descending ids) continue below it, lists sorted ascending above it.
 */
function compareKeys<T>(key: string, target: bigint, items: readonly T[], keyOf: (item: T) => string): number {
  const descending = items.length < 2 || BigInt(keyOf(items[0]!)) >= BigInt(keyOf(items[items.length - 1]!))
  const k = BigInt(key)
  return descending ? (k < target ? 1 : -1) : k > target ? 1 : -1
}
