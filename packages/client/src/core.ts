/**
 * `@twython/client/core`: the core without the aggregated class, for apps that import endpoint functions
 * one family at a time (`@twython/client/statuses`) and want to bundle only those.
 *
 * @example
 * ```ts
 * import { createCore } from '@twython/client/core'
 * import { updateStatus } from '@twython/client/tweets'
 * const core = createCore({ appKey, appSecret, oauthToken, oauthTokenSecret })
 * await updateStatus(core, { status: 'hello' })
 * ```
 */
import { Core, type TwythonOptions } from '@twython/runtime'

export { Core, TwythonError, TwythonAuthError, TwythonRateLimitError, type CallOptions, type ClientArgs, type TwythonOptions } from '@twython/runtime'

/** A core for the given credentials and settings (the same options `new Twython(...)` takes). */
export function createCore(options: TwythonOptions = {}): Core {
  return new Core(options)
}
