/**
 * The v2 router, mounted by the emulator's server for every `/2/...` path: it finds the operation, plays
 * any injected fault, tells which generation of names the request speaks, authenticates the caller (OAuth
 * 1.0a user, app-only bearer, OAuth 2 user) against the operation's security, spends its rate-limit windows,
 * checks the query parameters, runs the handler and writes the answer in the request's generation.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AuthService, Principal } from '../auth/auth.js'
import { baseUri, decodeForm } from '../auth/oauth.js'
import type { SpecRoute } from '../generated/routes.js'
import { ApiError } from '../server/errors.js'
import { playStatusFault, type FaultInjector } from '../server/faults.js'
import { send } from '../server/http.js'
import { toJson } from '../server/json.js'
import type { RateLimiter } from '../server/rate-limits.js'
import type { State } from '../state/state.js'
import type { AuthKind, V2Context } from './context.js'
import { detectGeneration, toGeneration, type Generation } from './names.js'
import { verifyOAuth2Bearer } from './oauth2.js'
import { ConnectionReset, invalidRequest, missingScopes, routeNotFound, tooManyRequests, unauthorized, unsupportedAuthentication, V2Error } from './problems.js'
import { extrasOf } from './store.js'
import type { V2StreamHubInternal } from './streaming.js'
import type { UploadServiceControl } from '../upload/index.js'
import { MultipartError, multipartBoundary, parseMultipart } from '../server/multipart.js'
import { FALLBACK_OPERATIONS, V2_OPERATIONS, type V2Operation, type V2RateLimit } from './table.js'

/** What the router needs of the emulator server. */
export interface V2Host {
  readonly state: State
  readonly auth: AuthService
  readonly limiter: RateLimiter
  readonly faults: FaultInjector
  readonly v2Streams: V2StreamHubInternal
  readonly uploads: UploadServiceControl
}

interface Compiled {
  readonly op: V2Operation
  readonly regex: RegExp
  readonly names: readonly string[]
}

const COMPILED: readonly Compiled[] = [...V2_OPERATIONS, ...FALLBACK_OPERATIONS].map((op) => {
  const names: string[] = []
  const pattern = op.path.replace(/\{([a-z_]+)\}/g, (_m, name: string) => {
    names.push(name)
    return '([^/]+)'
  })
  return { op, names, regex: new RegExp(`^${pattern}$`) }
})
  // A literal segment wins over a placeholder at the same place (`/2/users/me` before `/2/users/{id}`).
  .sort((a, b) => a.names.length - b.names.length)

const PROBLEM_TYPE = 'application/problem+json'
const JSON_TYPE = 'application/json; charset=utf-8'

/** True for the paths the v2 router owns. */
export function isV2Path(path: string): boolean {
  return path === '/2' || path.startsWith('/2/')
}

function match(method: string, path: string): { op: V2Operation; params: Record<string, string> } | undefined {
  for (const { op, regex, names } of COMPILED) {
    if (op.method !== method) continue
    const m = regex.exec(path)
    if (!m) continue
    const params: Record<string, string> = {}
    try {
      names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)))
    } catch {
      return undefined
    }
    return { op, params }
  }
  return undefined
}

/** Answers one `/2/...` request completely. */
export async function handleV2(host: V2Host, req: IncomingMessage, res: ServerResponse, method: string, url: URL, body: Buffer): Promise<void> {
  const query = url.searchParams
  const generation = detectGeneration(query)
  const found = match(method, url.pathname)
  const fault = host.faults.take(found?.op.operationId, method, url.pathname)
  if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
  if (fault?.reset) return void req.socket.destroy()
  if (fault && playStatusFault(res, fault)) return
  const write = (status: number, payload: unknown, headers: Readonly<Record<string, string>>, type: string) => send(res, status, toJson(toGeneration(payload, generation)), { ...headers, 'content-type': type }, fault?.truncate)
  let limitHeaders: Record<string, string> = {}
  try {
    if (!found) throw routeNotFound()
    const { op, params } = found
    const caller = authenticate(host, req, method, url)
    authorize(op, caller, generation)
    limitHeaders = spend(host.limiter, op, caller)
    checkQuery(op, query, generation)
    const parsed = method === 'GET' ? { body: {}, files: new Map<string, Buffer>() } : requestBody(body, String(req.headers['content-type'] ?? ''), generation)
    const ctx: V2Context = {
      state: host.state,
      extras: extrasOf(host.state),
      generation,
      operationId: op.operationId,
      query,
      path: params,
      body: parsed.body,
      files: parsed.files,
      app: host.auth.app.appKey,
      streams: host.v2Streams,
      uploads: host.uploads,
      auth: caller.kind,
      viewer: caller.userId,
      family: op.family,
      page: op.page,
    }
    const result = op.handler(ctx)
    if (result.stream) {
      for (const [k, v] of Object.entries(limitHeaders)) res.setHeader(k, v)
      return result.stream(res)
    }
    write(result.status ?? 200, result.body, limitHeaders, JSON_TYPE)
  } catch (error) {
    if (error instanceof V2Error) return write(error.status, error.body, { ...limitHeaders, ...error.headers }, PROBLEM_TYPE)
    if (error instanceof ConnectionReset) return void req.socket.destroy()
    throw error
  }
}

interface Caller {
  readonly kind: AuthKind
  readonly userId: string | undefined
  /** The rate-limit bucket of the token (a token, never a secret of the app). */
  readonly token: string
  readonly scopes: readonly string[]
}

/**
 * OAuth 1.0a (the emulator's verifier), an app-only bearer token (the emulator's own), or an OAuth 2 user
 * token (issue 14's verifier). Anything else, or a bad credential, is X's 401.
 */
function authenticate(host: V2Host, req: IncomingMessage, method: string, url: URL): Caller {
  const header = req.headers.authorization
  if (!header) throw unauthorized()
  if (/^Bearer\s/i.test(header)) {
    try {
      const principal = host.auth.authenticate({ method, baseUri: '', params: [], authorization: header })
      return { kind: 'bearer', userId: undefined, token: principal.token, scopes: [] }
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
    }
    const verified = verifyOAuth2Bearer(host.state, header)
    if (!verified.ok) throw new V2Error(verified.status, verified.body as Record<string, unknown>)
    return { kind: 'oauth2_user', userId: verified.userId, token: `oauth2:${verified.clientId}:${verified.userId}`, scopes: verified.scopes }
  }
  // OAuth 1.0a signs the query (and a form body); a JSON body is not part of the signature. Behind a
  // TLS-terminating proxy (X-Forwarded-Proto: https) the client signed an https URL.
  const scheme = String(req.headers['x-forwarded-proto'] ?? '').toLowerCase() === 'https' ? 'https' : 'http'
  let principal: Principal
  try {
    principal = host.auth.authenticate({ method, baseUri: baseUri(scheme, String(req.headers.host ?? '127.0.0.1'), url.pathname), params: decodeForm(url.search.slice(1)), authorization: header })
  } catch (error) {
    if (error instanceof ApiError) throw unauthorized()
    throw error
  }
  if (principal.kind !== 'user') throw unauthorized()
  return { kind: 'oauth1_user', userId: principal.userId, token: principal.token, scopes: [] }
}

function authorize(op: V2Operation, caller: Caller, generation: Generation): void {
  if (!op.security.includes(caller.kind)) throw unsupportedAuthentication(generation, caller.kind, op.security)
  if (caller.kind === 'oauth2_user') {
    const missing = op.scopes.filter((s) => !caller.scopes.includes(s))
    if (missing.length > 0) throw missingScopes(missing)
  }
}

/** A window of an operation as the shared limiter knows routes: the 15-minute one by operationId. */
function windowRoute(op: V2Operation, w: V2RateLimit): SpecRoute {
  const id = w.windowSeconds === 900 ? op.operationId : `${op.operationId}:${w.windowSeconds === 86_400 ? '24h' : `${w.windowSeconds}s`}`
  return { id, rateLimit: { window: w.windowSeconds / 60, user: w.limit, app: w.limit } } as unknown as SpecRoute
}

/**
 * Spends every window that applies to the caller: 15-minute windows per user token (user contexts) or per
 * app (app-only), 24-hour app windows for every caller of the app. Answers X's headers: `x-rate-limit-*`
 * for the 15-minute window, `x-app-limit-24hour-*` / `x-user-limit-24hour-*` for the daily ones.
 */
function spend(limiter: RateLimiter, op: V2Operation, caller: Caller): Record<string, string> {
  const headers: Record<string, string> = {}
  const isUser = caller.kind !== 'bearer'
  for (const w of op.rateLimits) {
    const daily = w.windowSeconds === 86_400
    if (!daily && (w.per === 'user') !== isUser) continue
    if (daily && w.per === 'user' && !isUser) continue
    const key = w.per === 'app' && daily ? { kind: 'app' as const, token: 'app' } : { kind: isUser ? ('user' as const) : ('app' as const), token: caller.token }
    let got: Record<string, string>
    try {
      got = limiter.spend(windowRoute(op, w), key)
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) throw tooManyRequests({ ...headers, ...rename(error.headers, daily, w.per) })
      throw error
    }
    Object.assign(headers, rename(got, daily, w.per))
  }
  return headers
}

function rename(headers: Readonly<Record<string, string>>, daily: boolean, per: 'user' | 'app'): Record<string, string> {
  if (!daily) return { ...headers }
  const prefix = `x-${per}-limit-24hour-`
  return { [`${prefix}limit`]: headers['x-rate-limit-limit']!, [`${prefix}remaining`]: headers['x-rate-limit-remaining']!, [`${prefix}reset`]: headers['x-rate-limit-reset']! }
}

/** X refuses query parameters an operation does not take, listing the ones it does. */
function checkQuery(op: V2Operation, query: URLSearchParams, generation: Generation): void {
  const allowed = new Set(op.query)
  if (allowed.has('post.fields')) allowed.add('tweet.fields')
  const unknown = [...new Set([...query.keys()].filter((k) => !allowed.has(k)))]
  if (unknown.length === 0) return
  const listed = op.query.map((n) => (n === 'post.fields' && generation === '2.159' ? 'tweet.fields' : n))
  throw unknown
    .map((name) => invalidRequest(generation, `The query parameter [${name}] is not one of [${listed.join(',')}]`, { [name]: [query.get(name) ?? ''] }))
    .reduce((a, b) => a.merge(b))
}

/**
 * The body of a POST/PUT: JSON, or (the media upload APPEND) multipart/form-data whose text parts become
 * fields and whose file parts are kept as bytes.
 */
function requestBody(body: Buffer, contentType: string, generation: Generation): { body: Record<string, unknown>; files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>()
  const boundary = multipartBoundary(contentType)
  if (boundary === undefined) return { body: jsonBody(body, generation), files }
  const fields: Record<string, unknown> = {}
  try {
    for (const part of parseMultipart(body, boundary)) {
      // Bytes come as a file part, or (twitter-api-v2) as a part with a binary content type and no filename.
      const binary = part.filename !== undefined || (part.contentType !== undefined && !/^text\//i.test(part.contentType))
      if (binary) files.set(part.name, part.data)
      else fields[part.name] = part.data.toString('utf8')
    }
  } catch (error) {
    if (!(error instanceof MultipartError)) throw error
    throw invalidRequest(generation, `The multipart body is malformed: ${error.message}.`, { body: [''] })
  }
  return { body: fields, files }
}

function jsonBody(body: Buffer, generation: Generation): Record<string, unknown> {
  if (body.length === 0) return {}
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>
  } catch {
    // falls through to X's 400 below
  }
  throw invalidRequest(generation, 'The request body is not valid JSON.', { body: [body.toString('utf8').slice(0, 40)] })
}
