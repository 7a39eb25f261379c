/**
 * `@twython/client/core`: the core without the aggregated class, for apps that import endpoint functions
 * one family at a time (`@twython/client/statuses`) and want to bundle only those.
 *
 * `createCore` returns the lean core (`BaseCore`): OAuth 1.0a, app-only bearer and HTTP Basic signing,
 * the platform's `fetch`, timeouts and size caps, typed errors; no HTTP library, so importing this subpath
 * loads none. `new Core(options)` (`@twython/client/full-core`) is the full core `Twython` uses: ky's retry
 * and hooks, the keep-alive node:http transport on Node, OAuth 2.0 user tokens and the rate-limit budget.
 * Every endpoint function takes either.
 *
 * @example
 * ```ts
 * import { createCore } from '@twython/client/core'
 * import { updateStatus } from '@twython/client/tweets'
 * const core = createCore({ appKey, appSecret, oauthToken, oauthTokenSecret })
 * await updateStatus(core, { status: 'hello' })
 * ```
 */
// Subpaths of the runtime, not its index: importing the index would load every runtime module.
import { BaseCore, type TwythonOptions } from '@twython/runtime/base-core'

export { BaseCore, type CallOptions, type ClientArgs, type TwythonOptions } from '@twython/runtime/base-core'
export { TwythonError, TwythonAuthError, TwythonRateLimitError } from '@twython/runtime/errors'

/**
 * The lean core for the given credentials and settings: what one endpoint call needs, and the smallest
 * bundle (see docs/runtimes.md). It refuses, with a `TwythonError`, the options only the full core
 * honours (`clientArgs.retry`, `clientArgs.hooks`, `clientId`, `oauth2Token`, `tokenStore`, `rateLimit`):
 * build `new Core(options)` (`@twython/client/full-core`) for those.
 */
export function createCore(options: TwythonOptions = {}): BaseCore {
  return new BaseCore(options)
}
