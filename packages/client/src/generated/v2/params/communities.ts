// generated from spec/v2/communities.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { CommunityField } from '../parameters.js'
import type { CommunityFieldsParam, NextTokenParam, PaginationTokenParam } from './shared.js'

/** Parameters of `getCommunity` (X operation `getCommunitiesById`). */
export interface GetCommunityParams extends CommunityFieldsParam {
  /** The id of the Community. */
  readonly id: string
}

/** `GetCommunityParams` of a call that names its `community.fields`: `F` is the fields named, which the response marks present. */
export interface GetCommunityFieldsParams<F extends CommunityField> extends GetCommunityParams {
  /** Community fields to return beyond the defaults (id and name), given as an array. */
  readonly 'community.fields': readonly F[]
}

/** Parameters of `searchCommunities` (X operation `searchCommunities`). */
export interface SearchCommunitiesParams extends NextTokenParam, PaginationTokenParam, CommunityFieldsParam {
  /** The words to look for in Community names. */
  readonly query: string
  /**
   * The most Communities to return per page, 10 to 100 (10 when left out).
   * @defaultValue 10
   * Between 10 and 100.
   */
  readonly max_results?: number
  /** Marks `searchCommunities` as paginated for `cursor()` (`meta.next_token` sent back as `next_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `SearchCommunitiesParams` of a call that names its `community.fields`: `F` is the fields named, which the response marks present. */
export interface SearchCommunitiesFieldsParams<F extends CommunityField> extends SearchCommunitiesParams {
  /** Community fields to return beyond the defaults (id and name), given as an array. */
  readonly 'community.fields': readonly F[]
}
