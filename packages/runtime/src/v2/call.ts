/**
 * How an X API v2 route is called on any core. The generated v2 functions call `callV2`, so the v2 request
 * builder and security check are bundled only by apps that call v2: the lean core knows v1.1 routes alone,
 * and `Core` (the full one) sends v2 routes from `core.call` through these too.
 */
import type { BaseCore, CallOptions, PreparedRequest } from '../base-core.js'
import type { Route } from '../route.js'
import { buildV2Request, type V2BodyEncoder } from './request.js'
import { checkSecurity } from './security.js'

export { v2Json, type V2BodyEncoder } from './request.js'

/** The request of a v2 route against the core's `hosts.v2`, before signing. */
export async function prepareV2(core: BaseCore, route: Route, params: Readonly<Record<string, unknown>>, encodeBody?: V2BodyEncoder): Promise<PreparedRequest> {
  return { ...(await buildV2Request(core.hosts.v2, route, params, encodeBody)), route }
}

/**
 * Refuses locally, before anything is sent, a route these credentials cannot call: an OAuth 2.0 user token
 * without the route's scopes (or a v1.1 user route), then credentials the operation's security does not take.
 */
export async function assertCallable(core: BaseCore, route: Route): Promise<void> {
  await core.checkScopes(route)
  if (route.security) checkSecurity(route, core.authKind)
}

/**
 * Calls a v2 route: refuses locally what the core's credentials cannot do (the operation's security, an
 * OAuth 2.0 user token's scopes), then sends it and resolves with X's JSON envelope. An operation with a
 * body needs `encodeBody`: `v2Json` (its generated function passes it), or the multipart encoder
 * (`callWithFiles` passes it).
 */
export async function callV2<T>(core: BaseCore, route: Route, params: object | undefined, options?: CallOptions, encodeBody?: V2BodyEncoder): Promise<T> {
  await assertCallable(core, route)
  return core.send<T>(await prepareV2(core, route, (params ?? {}) as Record<string, unknown>, encodeBody), options)
}
