// generated from spec/endpoints/oauth.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import type { InvalidatedToken } from './models/oauth.js'

/** Parameters of `invalidateToken` (`invalidate_token`). */
export interface InvalidateTokenParams {
  /**
   * The bearer token to revoke, as the oauth2/token endpoint issued it (without a "Bearer " prefix).
   * @example 'AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid'
   */
  readonly access_token: string
}

/** What `invalidateToken` resolves to. */
export type InvalidateTokenResponse = InvalidatedToken

/** How `invalidate_token` is called: `POST oauth2/invalidate_token`. */
export const invalidateTokenRoute: Route = { id: 'invalidate_token', method: 'POST', path: 'oauth2/invalidate_token', versioned: false, auth: 'app' }

/**
 * Revoke an app-only bearer token that was issued to this application.
 *
 * Authenticates with the application's consumer key and secret over HTTP Basic, not with a user or bearer token. Once revoked, the token stops working, and the next token request returns a different one. The response names the revoked token.
 *
 * The real endpoint is `https://api.twitter.com/oauth2/invalidate_token`, with no `/1.1/` prefix and no `.json` suffix. Twython 3.4.0 posts to `/1.1/oauth2/invalidate_token.json` instead, which Twitter does not serve; this client uses the correct address.
 *
 * `POST https://api.twitter.com/oauth2/invalidate_token` · Auth: the application's key and secret (HTTP Basic).
 *
 * Reference: https://developer.twitter.com/en/docs/basics/authentication/api-reference/invalidate_bearer_token
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.access_token - (required) The bearer token to revoke, as the oauth2/token endpoint issued it (without a "Bearer " prefix).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `InvalidatedToken`: confirmation that a bearer token was revoked, as `oauth2/invalidate_token` returns it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await invalidateToken(core, { access_token: 'AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid' })
 * ```
 */
export function invalidateToken(core: BaseCore, params: InvalidateTokenParams, options?: CallOptions): Promise<InvalidateTokenResponse> {
  return callV1(core, invalidateTokenRoute, params, options)
}
