/**
 * X API v2 operations name the credentials they accept (OAuth 1.0a user context, an OAuth 2.0 user token
 * with scopes, an app-only bearer token). A call the client's credentials cannot make is refused here,
 * before anything is sent, with the operation and what it needs.
 */
import { TwythonAuthError } from '../errors.js'
import type { Route, RouteSecurity } from '../route.js'

/** What a core signs with. */
export type CredentialKind = 'oauth1' | 'oauth2' | 'oauth2_user' | 'none'

const NEEDS: Readonly<Record<RouteSecurity['scheme'], string>> = {
  oauth1_user: 'OAuth 1.0a user context (appKey, appSecret, oauthToken, oauthTokenSecret)',
  oauth2_user: 'an OAuth 2.0 user token',
  bearer: 'an app-only bearer token (accessToken)',
}

const HAS: Readonly<Record<CredentialKind, string>> = {
  oauth1: 'OAuth 1.0a credentials',
  oauth2: 'an app-only bearer token',
  oauth2_user: 'an OAuth 2.0 user token',
  none: 'no credentials',
}

const ACCEPTS: Readonly<Record<CredentialKind, RouteSecurity['scheme'] | undefined>> = { oauth1: 'oauth1_user', oauth2: 'bearer', oauth2_user: 'oauth2_user', none: undefined }

/** Throws `TwythonAuthError` when none of the route's security alternatives fits the credentials. */
export function checkSecurity(route: Route, kind: CredentialKind): void {
  const security = route.security
  if (!security || security.length === 0) return
  const scheme = ACCEPTS[kind]
  if (scheme && security.some((s) => s.scheme === scheme)) return
  const needs = [...new Set(security.map((s) => NEEDS[s.scheme]))]
  const list = needs.length === 1 ? needs[0] : `${needs.slice(0, -1).join(', ')} or ${needs[needs.length - 1]}`
  throw new TwythonAuthError(`X API v2 operation ${route.id} (${route.method} ${route.path}) needs ${list}; this client has ${HAS[kind]}. Nothing was sent.`, { url: route.path })
}
