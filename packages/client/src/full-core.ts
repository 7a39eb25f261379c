/**
 * `@twython/client/full-core`: the full core without the aggregated class, for apps that call endpoint
 * functions one family at a time and need what the lean `createCore` leaves out: ky's retry and hooks, the
 * keep-alive node:http transport on Node, OAuth 2.0 user tokens (refresh, scopes, token stores) and the
 * rate-limit budget. It loads ky, which `@twython/client/core` does not.
 *
 * @example
 * ```ts
 * import { Core } from '@twython/client/full-core'
 * import { getMe } from '@twython/client/v2/users'
 * const core = new Core({ clientId, oauth2Token, tokenStore, clientArgs: { retry: 2 } })
 * const { data } = await getMe(core)
 * ```
 */
export { Core, type CallOptions, type ClientArgs, type TwythonOptions } from '@twython/runtime/core'
export { TwythonError, TwythonAuthError, TwythonRateLimitError } from '@twython/runtime/errors'
