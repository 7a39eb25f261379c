/**
 * How an X API v2 route and its one flat params object become a request: `{name}` path placeholders filled
 * (each value percent-encoded inside its segment), the route's query parameters in the query string (arrays
 * comma-joined, as X wants `ids`, `expansions` and `*.fields`), and the rest of the fields as the JSON body
 * (or multipart parts) of an operation that has a body. OAuth 1.0a signs the query, never a JSON body
 * (RFC 5849 section 3.4.1.3: only form-encoded bodies are signed).
 */
import { encodeParams, encodeValue, fillPath, formatPairs } from '../encode.js'
import { TwythonError } from '../errors.js'
import { jsonBody, multipartMissing } from '../body.js'
import type { PreparedRequest } from '../base-core.js'
import type { Route } from '../route.js'

/**
 * Applies the parameter rules to every string and number inside a JSON body (a lone UTF-16 surrogate, an
 * unsafe integer), naming the field: `reply.in_reply_to_tweet_id`.
 */
function checkLeaves(value: unknown, path: string): void {
  if (typeof value === 'string' || typeof value === 'number') encodeValue(path, value)
  else if (Array.isArray(value)) value.forEach((item, i) => checkLeaves(item, `${path}[${i}]`))
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) checkLeaves(item, path ? `${path}.${key}` : key)
}

/**
 * Writes the body of a v2 operation: `v2Json` for a JSON body (the generated functions of those operations
 * pass it), the multipart encoder for one that sends files (`callWithFiles` passes it). Passed in, not
 * imported, so an app whose calls have no body bundles neither.
 */
export type V2BodyEncoder = (route: Route, fields: Readonly<Record<string, unknown>>) => Promise<{ readonly body: FormData | string; readonly contentType?: string }>

/** The JSON body of a v2 operation, each string and number checked like a query value first. */
export const v2Json: V2BodyEncoder = async (route, fields) => {
  checkLeaves(fields, '')
  try {
    return { body: jsonBody(fields), contentType: 'application/json' }
  } catch (error) {
    throw new TwythonError(`The request body of ${route.id} cannot be written as JSON: ${(error as Error).message}`, { cause: error })
  }
}

/** Builds the request of a v2 route against `origin` (`hosts.v2`); `encodeBody` writes its body, if it has one. */
export async function buildV2Request(origin: string, route: Route, params: Readonly<Record<string, unknown>>, encodeBody?: V2BodyEncoder): Promise<PreparedRequest> {
  const { path, used } = fillPath(route.path, params)
  const url = `${origin}${path}`
  const queryNames = new Set(route.query ?? [])
  const hasBody = route.encoding === 'json' || route.encoding === 'multipart'
  const query: Record<string, unknown> = {}
  const body: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(params)) {
    if (used.has(name) || value === undefined) continue
    if (!hasBody || queryNames.has(name)) query[name] = value
    else body[name] = value
  }
  const pairs = encodeParams(query)
  const full = pairs.length ? `${url}?${formatPairs(pairs)}` : url
  if (!hasBody) return { method: route.method, url: full, auth: 'default' }
  // The encoder comes with the function that calls the operation (see V2BodyEncoder).
  if (!encodeBody) {
    if (route.encoding === 'multipart') throw multipartMissing(route)
    throw new TwythonError(`${route.id} sends a JSON body: call its generated function (it brings v2Json), or use new Core(options). Nothing was sent.`)
  }
  return { method: route.method, url: full, ...(await encodeBody(route, body)), auth: 'default' }
}
