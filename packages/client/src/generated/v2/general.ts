// generated from spec/v2/general.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2 } from '@twython/runtime/v2/call'
import type { GetOpenApiSpecResponse } from './models/general.js'
import type { GetOpenApiSpecParams } from './params/general.js'

export type { GetOpenApiSpecParams } from './params/general.js'

/** How `getOpenApiSpec` is called: `GET /2/openapi.json`. */
export const getOpenApiSpecRoute: Route = { id: 'getOpenApiSpec', method: 'GET', host: 'v2', path: '/2/openapi.json', security: [] }

/**
 * Download X's OpenAPI document describing every X API v2 operation; needs no authentication.
 *
 * `GET https://api.x.com/2/openapi.json` (X operation `getOpenApiSpec`) · Auth: none needed.
 *
 * Reference: https://docs.x.com/x-api/general/get-openapi-spec
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetOpenApiSpecResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getOpenApiSpec(core)
 * ```
 */
export function getOpenApiSpec(core: BaseCore, params: GetOpenApiSpecParams = {}, options?: CallOptions): Promise<GetOpenApiSpecResponse> {
  return callV2(core, getOpenApiSpecRoute, params, options)
}
