/**
 * X API v2 errors, worded and shaped as X sends them: RFC 7807 problem details (`title`, `detail`, `type`,
 * `status`) with an `errors` list naming the bad `parameters` and `value`s for a 400, X's "Unauthorized" and
 * "Unsupported Authentication" answers, and the resource-not-found items of partial errors on a 200.
 */
import { problemBase, type Generation } from './names.js'

export type ProblemBody = Record<string, unknown>

/** A v2 error answer: thrown by handlers, written by the v2 router. */
export class V2Error extends Error {
  constructor(
    readonly status: number,
    readonly body: ProblemBody,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(typeof body.detail === 'string' ? body.detail : String(body.title ?? 'error'))
  }

  /** One 400 listing the errors of both (X reports every bad parameter at once). */
  merge(other: V2Error): V2Error {
    const errors = [...((this.body.errors as unknown[]) ?? []), ...((other.body.errors as unknown[]) ?? [])]
    return new V2Error(this.status, { ...this.body, errors }, this.headers)
  }

  withHeaders(headers: Readonly<Record<string, string>>): V2Error {
    return new V2Error(this.status, this.body, { ...headers, ...this.headers })
  }
}

/** X's 400: one `errors` item per bad parameter, with the values it refused. */
export function invalidRequest(generation: Generation, message: string, parameters: Readonly<Record<string, readonly string[]>>): V2Error {
  return new V2Error(400, {
    errors: [{ parameters, message }],
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
    type: `${problemBase(generation)}invalid-request`,
  })
}

/** A 400 about one parameter's value (a bad id, a bound of `max_results`, a malformed body field). */
export function invalidParam(generation: Generation, name: string, value: string, message: string): V2Error {
  return invalidRequest(generation, message, { [name]: [value] })
}

/** 401 as X sends it for a missing, unknown or badly signed credential. */
export function unauthorized(): V2Error {
  return new V2Error(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' })
}

const AUTH_NAMES = { oauth1_user: 'OAuth 1.0a User Context', oauth2_user: 'OAuth 2.0 User Context', bearer: 'OAuth 2.0 Application-Only' } as const

/** 403 for a credential type the operation does not take, naming the ones it does. */
export function unsupportedAuthentication(generation: Generation, used: keyof typeof AUTH_NAMES, supported: readonly (keyof typeof AUTH_NAMES)[]): V2Error {
  return new V2Error(403, {
    title: 'Unsupported Authentication',
    detail: `Authenticating with ${AUTH_NAMES[used]} is forbidden for this endpoint.  Supported authentication types are [${supported.map((s) => AUTH_NAMES[s]).join(', ')}].`,
    type: `${problemBase(generation)}unsupported-authentication`,
    status: 403,
  })
}

/** 403 for an OAuth 2 user token that lacks a scope the operation needs. */
export function missingScopes(scopes: readonly string[]): V2Error {
  return new V2Error(403, { title: 'Forbidden', type: 'about:blank', status: 403, detail: `Missing required OAuth 2.0 scopes: ${scopes.join(', ')}` })
}

/** 403 for acting on someone else's behalf (`/2/users/{id}/...` where id is not the caller), worded as X does. */
export function notYourself(): V2Error {
  return new V2Error(403, { title: 'Forbidden', detail: 'You are not permitted to perform this action.', type: 'about:blank', status: 403 })
}

/** 403 with X's detail for a forbidden action on a resource (deleting another's post, a protected account). */
export function forbidden(_generation: Generation, detail: string): V2Error {
  return new V2Error(403, { title: 'Forbidden', detail, type: 'about:blank', status: 403 })
}

/** 429 as X words it; the rate-limit headers travel with it. */
export function tooManyRequests(headers: Readonly<Record<string, string>>): V2Error {
  return new V2Error(429, { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }, headers)
}

/** A path under /2/ that names no operation. */
export function routeNotFound(): V2Error {
  return new V2Error(404, { errors: [{ message: 'The requested resource could not be found.', code: 34 }], title: 'Not Found Error', detail: 'The requested resource could not be found.', type: 'about:blank', status: 404 })
}

/** Kinds of resources in X's not-found wording. */
export type ResourceType = 'tweet' | 'user' | 'list' | 'media' | 'space' | 'dm_event' | 'dm_conversation'

const WORD: Readonly<Record<ResourceType, string>> = { tweet: 'tweet', user: 'user', list: 'list', media: 'media', space: 'space', dm_event: 'DM event', dm_conversation: 'DM conversation' }

/**
 * One item of a lookup's `errors` (a 200 with partial data): "Could not find tweet with ids: [1]."
 * `parameter` is the query or path parameter that named the id.
 */
export function notFoundItem(generation: Generation, resourceType: ResourceType, parameter: string, value: string): Record<string, unknown> {
  const what = resourceType === 'user' && parameter.startsWith('username') ? 'username' : parameter
  return {
    value,
    detail: `Could not find ${WORD[resourceType]} with ${what}: [${value}].`,
    title: 'Not Found Error',
    resource_type: resourceType,
    parameter,
    resource_id: value,
    type: `${problemBase(generation)}resource-not-found`,
  }
}

/** An item of `errors` for a resource the caller may not see (a protected author's post, a private list). */
export function notAuthorizedItem(generation: Generation, resourceType: ResourceType, parameter: string, value: string): Record<string, unknown> {
  return {
    value,
    detail: `Sorry, you are not authorized to see the ${WORD[resourceType]} with ${parameter}: [${value}].`,
    title: 'Authorization Error',
    resource_type: resourceType,
    parameter,
    resource_id: value,
    section: 'data',
    type: `${problemBase(generation)}not-authorized-for-resource`,
  }
}

/** A 404 problem for an action on a resource that does not exist (X words these per resource). */
export function resourceNotFound(generation: Generation, resourceType: ResourceType, parameter: string, value: string): V2Error {
  return new V2Error(404, { ...notFoundItem(generation, resourceType, parameter, value), status: 404 })
}

/** Thrown by a handler to destroy the connection without an answer (an injected network failure). */
export class ConnectionReset extends Error {
  constructor() {
    super('connection reset on purpose')
  }
}
