/**
 * Local checks that run before a request leaves the process. Twitter answers a missing credential with
 * "Bad Authentication data" and an app-only token on a user-context route with "Your credentials do not
 * allow access to this resource"; neither says which option is wrong. These checks name it.
 *
 * They look only at which credentials were given (set, undefined, empty), never at their values, so a
 * message can never carry a secret.
 */
import { TwythonAuthError } from './errors.js'
import type { AuthMode } from './base-core.js'
import type { Route } from './route.js'

/** The constructor options a credential can come from, in the order a message lists them. */
const CREDENTIALS = ['appKey', 'appSecret', 'oauthToken', 'oauthTokenSecret', 'accessToken'] as const
export type CredentialName = (typeof CREDENTIALS)[number]

/** Whether an option was given: `set`, `undefined` (absent or `undefined`), or `empty` (an empty string). */
export type CredentialPresence = 'set' | 'undefined' | 'empty'

/** What the checks know about a client: its OAuth version and which credentials it holds. */
export interface PreflightState {
  readonly oauthVersion: 1 | 2
  readonly given: Readonly<Record<CredentialName, CredentialPresence>>
}

/** Records which credentials the options carry (not their values). */
export function preflightState(options: Partial<Record<CredentialName, unknown>>, oauthVersion: 1 | 2): PreflightState {
  const given = {} as Record<CredentialName, CredentialPresence>
  for (const name of CREDENTIALS) {
    const value = options[name]
    given[name] = value === undefined || value === null ? 'undefined' : value === '' ? 'empty' : 'set'
  }
  return { oauthVersion, given }
}

/** `appSecret is undefined`, `appKey and appSecret are undefined`, `oauthToken is an empty string`. */
function describeMissing(state: PreflightState, names: readonly CredentialName[]): string | undefined {
  const missing = names.filter((n) => state.given[n] !== 'set')
  if (missing.length === 0) return undefined
  const parts: string[] = []
  const undef = missing.filter((n) => state.given[n] === 'undefined')
  const empty = missing.filter((n) => state.given[n] === 'empty')
  if (undef.length) parts.push(`${joinNames(undef)} ${undef.length === 1 ? 'is' : 'are'} undefined`)
  if (empty.length) parts.push(`${joinNames(empty)} ${empty.length === 1 ? 'is an empty string' : 'are empty strings'}`)
  return parts.join(' and ')
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** `update_status (POST statuses/update)`. */
function routeName(route: Route): string {
  return `${route.id} (${route.method} ${route.path})`
}

/**
 * Checks that the credentials needed to authorise a request are present. Runs for every request the
 * core sends (endpoint calls, `request()`, the OAuth flows, uploads).
 *
 * @throws TwythonAuthError naming each missing option, e.g. `appSecret is undefined`.
 */
export function checkCredentials(state: PreflightState, auth: AuthMode, what: string): void {
  if (auth === 'none') return
  if (auth === 'basic') {
    const missing = describeMissing(state, ['appKey', 'appSecret'])
    if (missing) throw new TwythonAuthError(`${missing}: ${what} authenticates with the application's appKey and appSecret (HTTP Basic).`)
    return
  }
  if (state.oauthVersion === 2) {
    const missing = describeMissing(state, ['accessToken'])
    if (missing) throw new TwythonAuthError(`${missing}: ${what} is sent with an app-only bearer token (oauthVersion 2): pass accessToken (from obtainAccessToken()), or appKey, appSecret, oauthToken and oauthTokenSecret for OAuth 1.0a.`)
    return
  }
  const app = describeMissing(state, ['appKey', 'appSecret'])
  if (app) throw new TwythonAuthError(`${app}: ${what} is signed with OAuth 1.0a: pass appKey and appSecret (and oauthToken and oauthTokenSecret for a user), or accessToken for an app-only bearer token.`)
  // A token without its secret (or the reverse) cannot sign anything: most often one environment variable is unset.
  const token = state.given.oauthToken
  const secret = state.given.oauthTokenSecret
  if ((token === 'set') !== (secret === 'set') && (token !== 'undefined' || secret !== 'undefined')) {
    throw new TwythonAuthError(`${describeMissing(state, ['oauthToken', 'oauthTokenSecret'])}: ${what} cannot be signed with only one of oauthToken and oauthTokenSecret.`)
  }
}

/**
 * Checks a generated route against the client's credentials before anything is encoded or sent: an
 * app-only bearer client cannot call a user-context route, and a user-context route needs the user's
 * token pair.
 *
 * @throws TwythonAuthError naming the route and the auth it needs.
 */
export function checkRoute(state: PreflightState, route: Route): void {
  if (route.auth !== 'user') return
  if (state.oauthVersion === 2) {
    throw new TwythonAuthError(`${routeName(route)} needs OAuth 1.0a user context (auth: user), but this client has an app-only bearer token (accessToken / oauthVersion 2): pass appKey, appSecret, oauthToken and oauthTokenSecret.`)
  }
  const missing = describeMissing(state, ['appKey', 'appSecret', 'oauthToken', 'oauthTokenSecret'])
  if (missing) throw new TwythonAuthError(`${missing}: ${routeName(route)} needs OAuth 1.0a user context (auth: user): pass appKey, appSecret, oauthToken and oauthTokenSecret.`)
}
