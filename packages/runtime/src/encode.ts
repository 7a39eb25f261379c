/**
 * Parameter encoding, as Twython does it (`_transparent_params`) but typed: booleans become `true` /
 * `false`, arrays are comma-joined, numbers and bigints are written in decimal, `undefined` and `null`
 * are dropped. Percent-encoding is RFC 3986 (the form OAuth 1.0a signs), used for query strings and form
 * bodies alike so that what is signed is exactly what is sent.
 */
import { TwythonError } from './errors.js'

/** A value a parameter may take before encoding. */
export type ParamScalar = string | number | bigint | boolean
/** Any parameter value an endpoint accepts. */
export type ParamValue = ParamScalar | readonly ParamScalar[] | null | undefined | object

/** A UTF-16 surrogate with no partner: in `u` mode a well-formed pair is one code point and never matches. */
const LONE_SURROGATE = /\p{Surrogate}/u

/**
 * Percent-encodes per RFC 3986: everything but `A-Z a-z 0-9 - . _ ~`, UTF-8, upper-case hex.
 * @throws TwythonError for a string with a lone surrogate, which has no UTF-8 form (encodeValue refuses
 * those with the parameter's name first; this covers names and direct callers).
 */
export function percentEncode(value: string): string {
  if (LONE_SURROGATE.test(value)) throw new TwythonError(`Cannot percent-encode ${JSON.stringify(value.slice(0, 40))}: a lone UTF-16 surrogate.`)
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * Encodes one value Twython's way; `undefined` means "leave the parameter out".
 * @throws TwythonError for values that have no wire form (objects, non-finite numbers), a string with a
 * lone UTF-16 surrogate (no UTF-8 form), and an integer beyond `Number.MAX_SAFE_INTEGER` (it has already
 * been rounded to another id).
 */
export function encodeValue(name: string, value: unknown): string | undefined {
  switch (typeof value) {
    case 'undefined':
      return undefined
    case 'string': {
      const lone = value.search(LONE_SURROGATE)
      if (lone !== -1) {
        // What `text.slice(0, n)` leaves when n falls inside an emoji; sending U+FFFD instead would alter the text.
        throw new TwythonError(`Parameter "${name}" has a lone UTF-16 surrogate (U+${value.charCodeAt(lone).toString(16).toUpperCase()} at index ${lone}), which UTF-8 cannot encode: was an emoji cut in half? Cut text by code points (Array.from(text)).`)
      }
      return value
    }
    case 'boolean':
      return value ? 'true' : 'false'
    case 'bigint':
      return value.toString()
    case 'number':
      if (!Number.isFinite(value)) throw new TwythonError(`Parameter "${name}" must be a finite number, got ${value}.`)
      if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
        // Twitter's ids exceed 2^53: as a number they were rounded when parsed, and would name another object.
        throw new TwythonError(`Parameter "${name}" is the number ${value}, beyond Number.MAX_SAFE_INTEGER: it has already lost precision (an id parsed from JSON becomes another id). Pass it as a string (id_str) or a bigint.`)
      }
      return String(value)
    case 'object':
      if (value === null) return undefined
      if (Array.isArray(value)) {
        return value.map((item, i) => {
          const encoded = encodeValue(`${name}[${i}]`, item)
          if (encoded === undefined) throw new TwythonError(`Parameter "${name}" has an empty item at index ${i}.`)
          return encoded
        }).join(',')
      }
      break
  }
  throw new TwythonError(`Parameter "${name}" cannot be sent as a query or form value (got ${describe(value)}).`)
}

/** Encodes a parameter object into ordered name/value pairs, dropping undefined and null values. */
export function encodeParams(params: Readonly<Record<string, unknown>> | undefined, skip?: ReadonlySet<string>): [string, string][] {
  const pairs: [string, string][] = []
  if (!params) return pairs
  for (const name of Object.keys(params)) {
    if (skip?.has(name)) continue
    const encoded = encodeValue(name, params[name])
    if (encoded !== undefined) pairs.push([name, encoded])
  }
  return pairs
}

/** Joins pairs into `a=1&b=2`, RFC 3986-encoded. */
export function formatPairs(pairs: readonly (readonly [string, string])[]): string {
  let out = ''
  for (const [name, value] of pairs) {
    if (out) out += '&'
    out += `${percentEncode(name)}=${percentEncode(value)}`
  }
  return out
}

/**
 * Fills `:name` placeholders of a route path from `params`, each value percent-encoded so that it stays
 * inside its own path segment. Returns the path and the names it consumed (sent nowhere else).
 * @throws TwythonError when a placeholder's value is missing, empty, or a dot segment (`.`, `..`).
 */
export function fillPath(path: string, params: Readonly<Record<string, unknown>> | undefined): { path: string; used: Set<string> } {
  const used = new Set<string>()
  // `:name` (v1.1 routes) or `{name}` (X API v2 routes).
  const filled = path.replace(/:([a-z_][a-z0-9_]*)|\{([a-z_][a-z0-9_]*)\}/g, (_match, colon: string | undefined, braced: string | undefined) => {
    const name = (colon ?? braced)!
    const encoded = encodeValue(name, params?.[name])
    if (encoded === undefined || encoded === '') throw new TwythonError(`Missing path parameter "${name}" for ${path}.`)
    if (encoded === '.' || encoded === '..') throw new TwythonError(`Path parameter "${name}" may not be "${encoded}".`)
    used.add(name)
    return percentEncode(encoded)
  })
  return { path: filled, used }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'object'
  return typeof value
}
