/** TSDoc and example text shared by the function, class-method and Markdown emitters. */
import type { EndpointSpec, ModelSpec, ParamSpec, Spec } from './spec-types.js'
import { propertyKey } from './names.js'
import { renderType } from './type-expr.js'

/** What the doc emitters look up across the spec: models (for `@returns`) and endpoints (for cross-references). */
export interface DocContext {
  readonly models: ReadonlyMap<string, ModelSpec>
  /** Endpoints by Twython name. */
  readonly endpoints: ReadonlyMap<string, EndpointSpec>
  /** Other Twython names (from spec/interface.yaml) and the TypeScript name to show for each. */
  readonly interfaceNames: ReadonlyMap<string, string>
}

export function docContext(spec: Spec): DocContext {
  return {
    models: new Map(spec.models.map((m) => [m.name, m])),
    endpoints: new Map(spec.families.flatMap((f) => f.endpoints).map((e) => [e.name, e])),
    interfaceNames: new Map((spec.interface?.sections ?? []).flatMap((s) => s.entries).filter((e) => e.crossRef).map((e) => [e.twython, e.crossRef!])),
  }
}

/**
 * Rewrites the spec's cross-references, written with Twython's names (`` `lookup_user` ``), to the
 * TypeScript names a reader of this SDK calls (`` `lookupUser` ``). `link` turns an endpoint into a
 * Markdown link for the docs pages.
 */
export function tsNames(text: string, ctx: DocContext, link?: (e: EndpointSpec) => string): string {
  return text.replace(/`([a-z][a-z0-9]*(?:_[a-z0-9]+)+)`/g, (whole, name: string) => {
    const endpoint = ctx.endpoints.get(name)
    if (endpoint) return link ? link(endpoint) : `\`${endpoint.method}\``
    const other = ctx.interfaceNames.get(name)
    return other ? `\`${other}\`` : whole
  })
}

/** Words that keep their capital inside a sentence. */
const PROPER = /^(Twitter|Tweet|[A-Z]{2,}|[A-Z][a-z]*[A-Z])/

/** The model description as the end of a sentence: "A list of ..." -> "a list of ...". */
function clause(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ')
  return PROPER.test(t) ? t : t.charAt(0).toLowerCase() + t.slice(1)
}

/** What `@returns` says: the spec's own sentence, or one derived from the model's description. */
export function returnsSentence(endpoint: EndpointSpec, ctx: DocContext, returns: string = endpoint.returns): string {
  if (returns === endpoint.returns && endpoint.returnsDescription) return endpoint.returnsDescription.trim()
  if (returns === 'empty') return 'Nothing (`undefined`): Twitter answers with an empty body.'
  if (returns === 'unknown') return "Twitter's JSON as it arrives: the spec has no model for this response."
  const array = /^([A-Z][A-Za-z0-9]*)\[\]$/.exec(returns)
  const name = array ? array[1]! : returns
  const model = ctx.models.get(name)
  if (!model) return `\`${renderType(returns)}\`.`
  const what = clause(model.description).replace(/\.$/, '')
  return array ? `An array of \`${name}\`, each one ${what.replace(/^one /, '')}.` : `\`${name}\`: ${what}.`
}

/**
 * The `@throws` lines. Written as `@throws Name when ...` (not `{@link Name}`), which is the form the
 * TypeScript language service shows in hover and completion.
 */
export const THROWS_LINES: readonly string[] = [
  '@throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.',
  "@throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.",
  '@throws TwythonError for every other failure: an error status, a network error or a timeout.',
]

/** The parameters shown in an endpoint's example. */
export function exampleParams(endpoint: EndpointSpec): Record<string, unknown> {
  if (endpoint.example) return { ...endpoint.example }
  const out: Record<string, unknown> = {}
  for (const p of endpoint.params) if (p.required) out[p.name] = p.example ?? placeholder(p)
  return out
}

function placeholder(p: ParamSpec): unknown {
  if (p.enum?.length) return p.enum[0]
  switch (p.type) {
    case 'id':
      return '20'
    case 'id[]':
      return ['20', '21']
    case 'integer':
    case 'number':
      return 1
    case 'integer[]':
      return [1, 2]
    case 'boolean':
      return true
    case 'string[]':
      return ['twitter']
    case 'file':
      return './media.png'
    case 'json':
      return {}
    default:
      return p.name.includes('screen_name') ? 'twitterapi' : 'text'
  }
}

/** A TypeScript literal for an example value (single quotes, ids stay strings). */
export function literal(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${propertyKey(k)}: ${literal(v)}`).join(', ')} }`
  }
  return String(value)
}

/** `GET statuses/show/:id`, with the host when it is not the API host. */
export function httpLine(endpoint: EndpointSpec): string {
  const host = endpoint.host === 'upload' ? 'upload.twitter.com' : 'api.twitter.com'
  const path = endpoint.versioned ? `/1.1/${endpoint.path}.json` : `/${endpoint.path}`
  return `${endpoint.httpMethod} https://${host}${path}`
}

const AUTH_TEXT = {
  user: 'OAuth 1.0a user context',
  any: 'user context or app-only bearer token',
  app: "the application's key and secret (HTTP Basic)",
} as const

/** One line on auth and rate limit. */
export function authLine(endpoint: EndpointSpec): string {
  const parts = [`Auth: ${AUTH_TEXT[endpoint.auth]}.`]
  const rl = endpoint.rateLimit
  if (rl && (rl.user != null || rl.app != null)) {
    const window = rl.window ?? 15
    const limits = [rl.user != null ? `${rl.user} per user` : '', rl.app != null ? `${rl.app} per app` : ''].filter(Boolean).join(', ')
    parts.push(`Rate limit: ${limits} every ${window} minutes.`)
  }
  return parts.join(' ')
}

/** Paging note for TSDoc and docs. */
export function pagingLine(endpoint: EndpointSpec, call: string): string | undefined {
  if (!endpoint.paginate) return undefined
  const how = { cursor: 'next_cursor', max_id: 'max_id', search: 'search_metadata.next_results' }[endpoint.paginate.style]
  const ids = endpoint.paginate.items === 'ids' ? ' It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.' : ''
  return `Paginated (${how}): \`for await (const item of twitter.cursor(${call}, params))\` walks every page.${ids}`
}

/** Escapes text for a TSDoc comment, with cross-references in TypeScript names when a context is given. */
export function docText(text: string, ctx?: DocContext): string {
  const named = ctx ? tsNames(text, ctx) : text
  return named.trim().replace(/\*\//g, '*\\/').replace(/@/g, '\\@')
}

/**
 * The docs-link line of a TSDoc block. A bare URL, not `@see {@link url}`: editors render it as a link all
 * the same, and tsc (5.3 and later) skips parsing any comment of a .ts or .d.ts file that has no `@see` or
 * `@link` in it, so leaving them out keeps a consumer's type-check from parsing every method's TSDoc.
 */
export function docsLine(url: string): string {
  return `Reference: ${url}`
}
