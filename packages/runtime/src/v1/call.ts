/**
 * Calling a generated Twitter API v1.1 route: the local route check, the request builder (query, form,
 * JSON or multipart) and `send`. What the generated v1.1 functions call, in a module of its own like
 * `v2/call.ts`, so an app that calls only X API v2 bundles no v1.1 builder and the other way round.
 */
import type { AuthMode, BaseCore, CallOptions, PreparedRequest } from '../base-core.js'
import { jsonBody, multipartMissing, type MultipartEncoder } from '../body.js'
import { encodeParams, fillPath, formatPairs } from '../encode.js'
import { TwythonError } from '../errors.js'
import { checkRoute } from '../preflight.js'
import type { HttpMethod, Route } from '../route.js'

/**
 * Builds the URL and body of a v1.1 route call; path parameters are taken out of the rest. A route that
 * sends files needs `multipart` (`callWithFiles` and the full `Core` pass one).
 * @throws TwythonError for an X API v2 route (those go through `callV2`), before anything is sent.
 */
export async function prepareV1(core: BaseCore, route: Route, params: Readonly<Record<string, unknown>>, multipart?: MultipartEncoder): Promise<PreparedRequest> {
  if (route.host === 'v2') throw new TwythonError(`${route.id} is an X API v2 route: call its generated function (it brings callV2), or use new Core(options). Nothing was sent.`)
  const { path, used } = fillPath(route.path, params)
  const origin = route.host === 'upload' ? core.hosts.upload : core.hosts.api
  const base = route.versioned === false ? `${origin}/${path}` : `${origin}/${core.apiVersion}/${path}.json`
  const auth: AuthMode = route.auth === 'app' ? 'basic' : 'default'
  const encoding = route.encoding ?? (route.files?.length ? 'multipart' : 'form')
  return { ...(await buildRequest(route.method, base, params, used, auth, encoding, new Set(route.files), multipart ?? refuseMultipart(route))), route }
}

/**
 * Calls a generated v1.1 route with its parameters on either core: the core's scope check (an OAuth 2.0
 * user token cannot call v1.1 user routes), the local credential check of the route, then the request.
 *
 * @example
 * ```ts
 * const tweet = await callV1(createCore(credentials), showStatusRoute, { id: '20' })
 * ```
 */
export async function callV1<T>(core: BaseCore, route: Route, params: object | undefined, options?: CallOptions, multipart?: MultipartEncoder): Promise<T> {
  await core.checkScopes(route)
  checkRoute(core.preflight, route)
  return core.send<T>(await prepareV1(core, route, (params ?? {}) as Record<string, unknown>, multipart), options)
}

/** Places parameters into the query, a form body, multipart or JSON. */
export async function buildRequest(
  method: HttpMethod,
  base: string,
  params: Readonly<Record<string, unknown>>,
  skip: ReadonlySet<string>,
  auth: AuthMode,
  encoding: 'form' | 'json' | 'multipart',
  files: ReadonlySet<string>,
  multipart: MultipartEncoder,
): Promise<PreparedRequest> {
  if (method === 'GET' || method === 'DELETE' || encoding === 'form') {
    for (const name of files) if (params[name] !== undefined) throw new TwythonError(`Parameter "${name}" is a file; it can only be sent in a multipart POST.`)
    const pairs = encodeParams(params, skip)
    if (method === 'GET' || method === 'DELETE') return { method, url: pairs.length ? `${base}${base.includes('?') ? '&' : '?'}${formatPairs(pairs)}` : base, auth }
    return { method, url: base, form: pairs, contentType: 'application/x-www-form-urlencoded', auth }
  }
  const fields: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(params)) if (!skip.has(name) && value !== undefined) fields[name] = value
  if (encoding === 'json') return { method, url: base, body: jsonBody(fields), contentType: 'application/json', auth }
  return { method, url: base, body: await multipart(fields, (name) => files.has(name)), auth }
}

/** The stand-in for the multipart encoder a plain call does not bundle: a clear error, nothing sent. */
function refuseMultipart(route: Route): MultipartEncoder {
  return () => Promise.reject(multipartMissing(route))
}
