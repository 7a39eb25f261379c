// generated from spec/v2/models/connections.yaml by @twython/generator: do not edit

import type { SearchTweetsEligibleForNotesResponseMeta } from './community_notes.js'
import type { Problem } from './errors.js'

/** One streaming connection of the app, open or closed, with the stream it was made to, the client IP, and when and why it ended. */
export interface Connection {
  client_ip?: string
  connected_at?: string
  disconnect_reason?: string
  disconnected_at?: string
  endpoint_name?: string
  id?: string
}

/** What `deleteAllConnections` resolves to: X's response envelope. */
export interface DeleteAllConnectionsResponse {
  data?: DeleteAllConnectionsResponseData
  errors?: Problem[]
}

/** The `data` field of `DeleteAllConnectionsResponse` (part of `deleteAllConnections`). */
export interface DeleteAllConnectionsResponseData {
  failed_kills: number
  results?: DeleteAllConnectionsResponseDataResults[]
  successful_kills: number
}

/** The `results` field of `DeleteAllConnectionsResponseData` (part of `deleteAllConnections`). */
export interface DeleteAllConnectionsResponseDataResults {
  error_message?: string
  success: boolean
  uuid: string
}

/** The JSON body of `deleteConnections`; its fields sit beside the other parameters in the one params object. */
export interface DeleteConnectionsRequest {
  uuids: string[]
}

/** What `deleteConnections` resolves to: X's response envelope. */
export interface DeleteConnectionsResponse extends DeleteAllConnectionsResponse {
}

/** The `data` field of `DeleteConnectionsResponse` (part of `deleteConnections`). */
export interface DeleteConnectionsResponseData extends DeleteAllConnectionsResponseData {
}

/** The `results` field of `DeleteConnectionsResponseData` (part of `deleteConnections`). */
export interface DeleteConnectionsResponseDataResults extends DeleteAllConnectionsResponseDataResults {
}

/** What `deleteEndpointConnections` resolves to: X's response envelope. */
export interface DeleteEndpointConnectionsResponse extends DeleteAllConnectionsResponse {
}

/** The `data` field of `DeleteEndpointConnectionsResponse` (part of `deleteEndpointConnections`). */
export interface DeleteEndpointConnectionsResponseData extends DeleteAllConnectionsResponseData {
}

/** The `results` field of `DeleteEndpointConnectionsResponseData` (part of `deleteEndpointConnections`). */
export interface DeleteEndpointConnectionsResponseDataResults extends DeleteAllConnectionsResponseDataResults {
}

/** What `getConnectionHistory` resolves to: X's response envelope. */
export interface GetConnectionHistoryResponse {
  data?: Connection[]
  errors?: Problem[]
  meta?: GetConnectionHistoryResponseMeta
}

/** The `meta` field of `GetConnectionHistoryResponse` (part of `getConnectionHistory`). */
export interface GetConnectionHistoryResponseMeta extends SearchTweetsEligibleForNotesResponseMeta {
}
