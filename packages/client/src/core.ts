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
// Subpaths of the runtime, not its index: importing the index would load every runtime module.
import { Core, type TwythonOptions } from '@twython/runtime/core'

export { Core, type CallOptions, type ClientArgs, type TwythonOptions } from '@twython/runtime/core'
export { TwythonError, TwythonAuthError, TwythonRateLimitError } from '@twython/runtime/errors'

/** A core for the given credentials and settings (the same options `new Twython(...)` takes). */
export function createCore(options: TwythonOptions = {}): Core {
  return new Core(options)
}
