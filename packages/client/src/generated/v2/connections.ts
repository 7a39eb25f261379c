// generated from spec/v2/connections.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { DeleteAllConnectionsResponse, DeleteConnectionsResponse, DeleteEndpointConnectionsResponse, GetConnectionHistoryResponse } from './models/connections.js'
import type { DeleteAllConnectionsParams, DeleteConnectionsParams, DeleteEndpointConnectionsParams, GetConnectionHistoryParams } from './params/connections.js'

export type { DeleteAllConnectionsParams, DeleteConnectionsParams, DeleteEndpointConnectionsParams, GetConnectionHistoryParams } from './params/connections.js'

/** How `deleteAllConnections` is called: `DELETE /2/connections/all`. */
export const deleteAllConnectionsRoute: Route = { id: 'deleteAllConnections', method: 'DELETE', host: 'v2', path: '/2/connections/all', security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 25, per: 'user' }, { windowSeconds: 900, limit: 25, per: 'app' }] }

/**
 * Close every open streaming connection of the app, on every stream.
 *
 * `DELETE https://api.x.com/2/connections/all` (X operation `deleteAllConnections`) · Auth: app-only bearer token.
 *
 * Rate limit: 25 per user and 25 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/connections/terminate-all-connections
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`DeleteAllConnectionsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await deleteAllConnections(core)
 * ```
 */
export function deleteAllConnections(core: BaseCore, params: DeleteAllConnectionsParams = {}, options?: CallOptions): Promise<DeleteAllConnectionsResponse> {
  return callV2(core, deleteAllConnectionsRoute, params, options)
}

/** How `deleteConnections` is called: `DELETE /2/connections`. */
export const deleteConnectionsRoute: Route = { id: 'deleteConnectionsByUuids', method: 'DELETE', host: 'v2', path: '/2/connections', encoding: 'json', security: [{ scheme: 'bearer' }] }

/**
 * Close some of the app's streaming connections, chosen by their connection ids.
 *
 * `DELETE https://api.x.com/2/connections` (X operation `deleteConnectionsByUuids`) · Auth: app-only bearer token.
 *
 * Reference: https://docs.x.com/x-api/connections/terminate-multiple-connections
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.uuids - (required) Body field `uuids` of `DeleteConnectionsRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`DeleteConnectionsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await deleteConnections(core, { uuids: ['20', '21'] })
 * ```
 */
export function deleteConnections(core: BaseCore, params: DeleteConnectionsParams, options?: CallOptions): Promise<DeleteConnectionsResponse> {
  return callV2(core, deleteConnectionsRoute, params, options, v2Json)
}

/** How `deleteEndpointConnections` is called: `DELETE /2/connections/{endpoint_id}`. */
export const deleteEndpointConnectionsRoute: Route = { id: 'deleteConnectionsByEndpoint', method: 'DELETE', host: 'v2', path: '/2/connections/{endpoint_id}', security: [{ scheme: 'bearer' }] }

/**
 * Close all of the app's connections to one stream.
 *
 * `DELETE https://api.x.com/2/connections/{endpoint_id}` (X operation `deleteConnectionsByEndpoint`) · Auth: app-only bearer token.
 *
 * Reference: https://docs.x.com/x-api/connections/terminate-connections-by-endpoint
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.endpoint_id - (required) The stream whose connections to close, such as `filtered_stream` or `firehose_stream`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`DeleteEndpointConnectionsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await deleteEndpointConnections(core, { endpoint_id: 'filtered_stream' })
 * ```
 */
export function deleteEndpointConnections(core: BaseCore, params: DeleteEndpointConnectionsParams, options?: CallOptions): Promise<DeleteEndpointConnectionsResponse> {
  return callV2(core, deleteEndpointConnectionsRoute, params, options)
}

/** How `getConnectionHistory` is called: `GET /2/connections`. */
export const getConnectionHistoryRoute: Route = { id: 'getConnectionHistory', method: 'GET', host: 'v2', path: '/2/connections', security: [{ scheme: 'bearer' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the app's streaming connections, open or closed, with when and why they were closed.
 *
 * `GET https://api.x.com/2/connections` (X operation `getConnectionHistory`) · Auth: app-only bearer token.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getConnectionHistory, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/connections/get-connection-history
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.status - Which connections to list, `active` (the default), `inactive` or `all`.
 * @param params.endpoints - Only list connections to these streams, given as an array.
 * @param params.max_results - The most connections to return per page, 1 to 100 (10 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.connection.fields - Streaming connection fields to return beyond the defaults, given as an array.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetConnectionHistoryResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getConnectionHistory(core)
 * ```
 */
export function getConnectionHistory(core: BaseCore, params: GetConnectionHistoryParams = {}, options?: CallOptions): Promise<GetConnectionHistoryResponse> {
  return callV2(core, getConnectionHistoryRoute, params, options)
}
