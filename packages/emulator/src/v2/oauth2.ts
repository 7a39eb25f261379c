/**
 * OAuth 2 user tokens for v2 operations. Issue 14 writes the emulator's OAuth 2 provider in
 * `src/auth/oauth2/` and exports `verifyOAuth2Bearer(state, authorizationHeader)`; until it lands, this
 * module is the one seam the v2 router calls for a bearer token that is not an app-only token.
 *
 * SEAM(issue 14): replace the function below with
 * `export { verifyOAuth2Bearer } from '../auth/oauth2/index.js'` once that module exists.
 */
import type { State } from '../state/state.js'

/** The contract of issue 14 (CONTRACTS.md). */
export type OAuth2Verification = { ok: true; userId: string; scopes: readonly string[]; clientId: string } | { ok: false; status: number; body: unknown }

/** Until issue 14's provider exists no OAuth 2 user token is known, so every one is X's 401. */
export function verifyOAuth2Bearer(_state: State, _authorizationHeader: string | undefined): OAuth2Verification {
  return { ok: false, status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } }
}
