/**
 * Scopes known before the call: X's OpenAPI lists, per operation, the security alternatives it accepts
 * (any one suffices) and, for OAuth 2.0 user tokens, the scopes the token needs. A call the token cannot
 * make is refused here, with the missing scopes named, instead of travelling to X for a 403.
 */
import type { Route, RouteSecurity } from '../route.js'
import { TwythonAuthError } from '../errors.js'

/** The credentials a client holds besides its OAuth 2.0 user token. */
export interface OtherCredentials {
  /** OAuth 1.0a user credentials (consumer key and secret, access token and secret). */
  readonly oauth1User?: boolean
  /** An app-only bearer token. */
  readonly bearer?: boolean
}

/** The verdict of {@link checkRouteScopes}. */
export type ScopeCheck =
  | { readonly ok: true }
  /** `missing`: the scopes of the closest OAuth 2.0 alternative that the token lacks (empty when the route takes no OAuth 2.0 user token). */
  | { readonly ok: false; readonly missing: readonly string[]; readonly message: string }

const schemeName: Record<RouteSecurity['scheme'], string> = {
  oauth1_user: 'OAuth 1.0a user context',
  bearer: 'an app-only bearer token',
  oauth2_user: 'an OAuth 2.0 user token',
}

/**
 * Whether a client holding an OAuth 2.0 user token with `tokenScopes` (and `other` credentials) can call
 * `route`. Routes without `security` (v1.1) are not judged here.
 */
export function checkRouteScopes(route: Route, tokenScopes: readonly string[], other: OtherCredentials = {}): ScopeCheck {
  const alternatives = route.security
  if (!alternatives || alternatives.length === 0) return { ok: true }
  const granted = new Set(tokenScopes)
  let closest: readonly string[] | undefined
  for (const alternative of alternatives) {
    if (alternative.scheme === 'oauth1_user' && other.oauth1User) return { ok: true }
    if (alternative.scheme === 'bearer' && other.bearer) return { ok: true }
    if (alternative.scheme !== 'oauth2_user') continue
    const missing = alternative.scopes.filter((s) => !granted.has(s))
    if (missing.length === 0) return { ok: true }
    if (!closest || missing.length < closest.length) closest = missing
  }
  if (closest) {
    return {
      ok: false,
      missing: closest,
      message: `${route.id} needs the OAuth 2.0 scope${closest.length > 1 ? 's' : ''} ${closest.join(', ')}, which the token lacks (it has ${tokenScopes.length ? tokenScopes.join(', ') : 'none'}). Sign the user in again asking for ${closest.length > 1 ? 'them' : 'it'}.`,
    }
  }
  const accepted = [...new Set(alternatives.map((a) => schemeName[a.scheme]))].join(' or ')
  return { ok: false, missing: [], message: `${route.id} does not accept an OAuth 2.0 user token; X takes ${accepted} for it.` }
}

/** A call refused before it was sent because the OAuth 2.0 token lacks scopes (or the route takes no such token). */
export class TwythonScopeError extends TwythonAuthError {
  /** The scopes the token would need besides those it has. */
  readonly missingScopes: readonly string[]
  /** The route's id (X's operationId for v2). */
  readonly routeId: string

  constructor(routeId: string, missing: readonly string[], message: string) {
    super(message)
    this.routeId = routeId
    this.missingScopes = missing
  }
}

/** Throws a {@link TwythonScopeError} when {@link checkRouteScopes} says no. */
export function assertRouteScopes(route: Route, tokenScopes: readonly string[], other: OtherCredentials = {}): void {
  const verdict = checkRouteScopes(route, tokenScopes, other)
  if (!verdict.ok) throw new TwythonScopeError(route.id, verdict.missing, verdict.message)
}
