// generated from spec/v2/connections.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { DeleteConnectionsRequest } from '../models/connections.js'
import type { ConnectionFieldsParam, PaginationTokenParam } from './shared.js'

/** Parameters of `deleteAllConnections` (X operation `deleteAllConnections`). */
export interface DeleteAllConnectionsParams {
}

/** Parameters of `deleteConnections` (X operation `deleteConnectionsByUuids`): the path and query parameters, and the JSON body's fields (`DeleteConnectionsRequest`). */
export interface DeleteConnectionsParams extends DeleteConnectionsRequest {
}

/** Parameters of `deleteEndpointConnections` (X operation `deleteConnectionsByEndpoint`). */
export interface DeleteEndpointConnectionsParams {
  /** The stream whose connections to close, such as `filtered_stream` or `firehose_stream`. */
  readonly endpoint_id: 'filtered_stream' | 'sample_stream' | 'sample10_stream' | 'firehose_stream' | 'tweets_compliance_stream' | 'users_compliance_stream' | 'tweet_label_stream' | 'firehose_stream_lang_en' | 'firehose_stream_lang_ja' | 'firehose_stream_lang_ko' | 'firehose_stream_lang_pt' | 'likes_firehose_stream' | 'likes_sample10_stream' | 'likes_compliance_stream'
}

/** Parameters of `getConnectionHistory` (X operation `getConnectionHistory`). */
export interface GetConnectionHistoryParams extends PaginationTokenParam, ConnectionFieldsParam {
  /**
   * Which connections to list, `active` (the default), `inactive` or `all`.
   * @defaultValue 'active'
   */
  readonly status?: 'active' | 'inactive' | 'all'
  /** Only list connections to these streams, given as an array. */
  readonly endpoints?: readonly ('filtered_stream' | 'sample_stream' | 'sample10_stream' | 'firehose_stream' | 'tweets_compliance_stream' | 'users_compliance_stream' | 'tweet_label_stream' | 'firehose_stream_lang_en' | 'firehose_stream_lang_ja' | 'firehose_stream_lang_ko' | 'firehose_stream_lang_pt' | 'likes_firehose_stream' | 'likes_sample10_stream' | 'likes_compliance_stream')[]
  /**
   * The most connections to return per page, 1 to 100 (10 when left out).
   * @defaultValue 10
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getConnectionHistory` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}
