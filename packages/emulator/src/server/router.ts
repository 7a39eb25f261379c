/**
 * The route table: every endpoint of the spec (`SPEC_ROUTES`, generated) at its real method and path,
 * plus the few forms Twitter also accepted that Twython 3.4 does not call, and parameter validation with
 * Twitter's error codes.
 */
import { SPEC_ROUTES, type SpecRoute } from '../generated/routes.js'
import { ApiError, notFound } from './errors.js'

/**
 * Endpoints outside Twython 3.4's surface that bots written for other clients call: `statuses/unretweet`,
 * `statuses/show.json?id=` and `POST users/lookup` (both recorded from tweepy), `GET statuses/lookup`
 * (Twitter's documented method; Twython 3.4 POSTs), and the direct-message events API every current client
 * uses for DMs (recorded from tweepy). They reuse a spec route's handler (and with it its rate-limit window)
 * or have their own, under an id no spec route uses.
 */
export const EXTRA_ROUTES: readonly SpecRoute[] = [
  { id: 'lookup_status', family: 'tweets', method: 'GET', path: 'statuses/lookup', host: 'api', versioned: true, auth: 'any', returns: 'Tweet[]', params: { id: { type: 'id[]', required: true }, include_entities: { type: 'boolean' }, trim_user: { type: 'boolean' }, map: { type: 'boolean' }, include_ext_alt_text: { type: 'boolean' }, include_card_uri: { type: 'boolean' }, tweet_mode: { type: 'string', enum: ['compat', 'extended'] } }, rateLimit: { window: 15, user: 900, app: 300 } },
  { id: 'new_dm_event', family: 'direct_messages', method: 'POST', path: 'direct_messages/events/new', host: 'api', versioned: true, auth: 'user', returns: 'DirectMessageEvent', params: {} },
  { id: 'list_dm_events', family: 'direct_messages', method: 'GET', path: 'direct_messages/events/list', host: 'api', versioned: true, auth: 'user', returns: 'DirectMessageEvents', params: { count: { type: 'integer' }, cursor: { type: 'string' } }, rateLimit: { window: 15, user: 15, app: null } },
  { id: 'show_dm_event', family: 'direct_messages', method: 'GET', path: 'direct_messages/events/show', host: 'api', versioned: true, auth: 'user', returns: 'DirectMessageEvent', params: { id: { type: 'id', required: true } }, rateLimit: { window: 15, user: 15, app: null } },
  { id: 'destroy_dm_event', family: 'direct_messages', method: 'DELETE', path: 'direct_messages/events/destroy', host: 'api', versioned: true, auth: 'user', returns: 'empty', params: { id: { type: 'id', required: true } } },
  { id: 'indicate_dm_typing', family: 'direct_messages', method: 'POST', path: 'direct_messages/indicate_typing', host: 'api', versioned: true, auth: 'user', returns: 'empty', params: { recipient_id: { type: 'id', required: true } } },
  { id: 'mark_dm_read', family: 'direct_messages', method: 'POST', path: 'direct_messages/mark_read', host: 'api', versioned: true, auth: 'user', returns: 'empty', params: { last_read_event_id: { type: 'id', required: true }, recipient_id: { type: 'id', required: true } } },
  { id: 'unretweet', family: 'tweets', method: 'POST', path: 'statuses/unretweet/:id', host: 'api', versioned: true, auth: 'user', returns: 'Tweet', params: { id: { type: 'id', required: true }, trim_user: { type: 'boolean' } } },
  { id: 'show_status', family: 'tweets', method: 'GET', path: 'statuses/show', host: 'api', versioned: true, auth: 'any', returns: 'Tweet', params: { id: { type: 'id', required: true } }, rateLimit: { window: 15, user: 900, app: 900 } },
  { id: 'lookup_user', family: 'users', method: 'POST', path: 'users/lookup', host: 'api', versioned: true, auth: 'any', returns: 'User[]', params: { screen_name: { type: 'string[]' }, user_id: { type: 'id[]' } }, rateLimit: { window: 15, user: 900, app: 300 } },
]

interface CompiledRoute {
  readonly route: SpecRoute
  readonly regex: RegExp
  readonly names: readonly string[]
}

export interface RouteMatch {
  readonly route: SpecRoute
  /** `:id`-style segments of the path, decoded. */
  readonly pathParams: Readonly<Record<string, string>>
}

function compile(route: SpecRoute): CompiledRoute {
  const names: string[] = []
  const pattern = route.path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      names.push(segment.slice(1))
      return '([^/]+)'
    })
    .join('/')
  return { route, names, regex: new RegExp(route.versioned ? `^/1\\.1/${pattern}\\.json$` : `^/${pattern}$`) }
}

const COMPILED: readonly CompiledRoute[] = [...SPEC_ROUTES, ...EXTRA_ROUTES].map(compile)

/** Every route the emulator answers (spec routes first). */
export const ALL_ROUTES: readonly SpecRoute[] = COMPILED.map((c) => c.route)

/** Resource names of `application/rate_limit_status` where Twitter's differ from the path (recorded). */
const RESOURCE_NAMES: Readonly<Record<string, string>> = { 'users/show': '/users/show/:id', 'statuses/show': '/statuses/show/:id' }

/**
 * The `application/rate_limit_status` resource of a route, `[family, '/path']` as Twitter names them
 * (`users`, `/users/show/:id`), or undefined for routes Twitter leaves out: it lists GET endpoints only.
 */
export function rateLimitResource(route: SpecRoute): readonly [string, string] | undefined {
  if (route.method !== 'GET' || !route.rateLimit) return undefined
  return [route.path.split('/')[0]!, RESOURCE_NAMES[route.path] ?? `/${route.path}`]
}

/**
 * The route for a request. A path that exists under another method gets Twitter's answers for that:
 * 86 "This method requires a POST." for a GET of a POST endpoint, 34 otherwise.
 */
export function matchRoute(method: string, path: string): RouteMatch {
  let otherMethod: SpecRoute | undefined
  for (const { route, regex, names } of COMPILED) {
    const m = regex.exec(path)
    if (!m) continue
    if (route.method !== method) {
      otherMethod ??= route
      continue
    }
    const pathParams: Record<string, string> = {}
    names.forEach((name, i) => {
      try {
        pathParams[name] = decodeURIComponent(m[i + 1]!)
      } catch {
        throw notFound()
      }
    })
    return { route, pathParams }
  }
  if (otherMethod?.method === 'POST') throw new ApiError(403, 86, 'This method requires a POST.')
  if (otherMethod?.method === 'DELETE') throw new ApiError(403, 86, 'This method requires a DELETE.')
  throw notFound()
}

/** True when `path` is one of the table's paths under any method. */
export function isKnownPath(path: string): boolean {
  return COMPILED.some((c) => c.regex.test(path))
}

/**
 * Checks required parameters (code 25), enum values and number-like types (code 44), as Twitter does
 * before it looks at the data.
 */
/** Required parameters Twitter waived when another was given: a tweet of media alone needs no `status`. */
const REQUIRED_UNLESS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = { update_status: { status: ['media_ids', 'attachment_url'] } }

export function validateParams(route: SpecRoute, params: ReadonlyMap<string, string>): void {
  const waived = (name: string) => (REQUIRED_UNLESS[route.id]?.[name] ?? []).some((other) => params.get(other))
  const missing = Object.entries(route.params)
    .filter(([name, spec]) => spec.required && !params.get(name) && !waived(name))
    .map(([name]) => name)
  if (missing.length > 0) throw new ApiError(400, 25, `Query parameters are missing: ${missing.join(', ')}`)
  for (const [name, spec] of Object.entries(route.params)) {
    const value = params.get(name)
    if (value === undefined || value === '') continue
    const invalid = () => new ApiError(400, 44, `${name} parameter is invalid.`)
    if (spec.enum && !spec.enum.map(String).includes(value)) throw invalid()
    switch (spec.type) {
      case 'id':
        // Cursors may be -1; every other id is a non-negative integer.
        if (!/^-?\d+$/.test(value)) throw invalid()
        break
      case 'id[]':
        if (!/^\d+(,\d+)*$/.test(value)) throw invalid()
        break
      case 'integer':
        if (!/^-?\d+$/.test(value)) throw invalid()
        break
      case 'number':
        if (!Number.isFinite(Number(value))) throw invalid()
        break
      case 'boolean':
        if (!/^(true|false|t|f|1|0)$/i.test(value)) throw invalid()
        break
    }
  }
}
