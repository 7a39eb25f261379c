/** TSDoc and example text shared by the function, class-method and Markdown emitters. */
import type { EndpointSpec, ParamSpec } from './spec-types.js'
import { propertyKey } from './names.js'

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
  return `Paginated (${how}): \`for await (const item of twitter.cursor(${call}, params))\` walks every page.`
}

/** Escapes text for a TSDoc comment. */
export function docText(text: string): string {
  return text.trim().replace(/\*\//g, '*\\/').replace(/@/g, '\\@')
}
