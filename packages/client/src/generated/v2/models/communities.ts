// generated from spec/v2/models/communities.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { Problem } from './errors.js'

/** An X Community, with its name, description, member count and how people can join it. */
export interface Community {
  access?: string
  created_at?: string
  description?: string
  id?: string
  join_policy?: string
  member_count?: number
  name?: string
}

/** What `getCommunity` resolves to: X's response envelope. */
export interface GetCommunityResponse<F extends string = never> {
  data?: Selected<Community, F>
  errors?: Problem[]
}

/** What `searchCommunities` resolves to: X's response envelope. */
export interface SearchCommunitiesResponse<F extends string = never> {
  data?: Selected<Community, F>[]
  errors?: Problem[]
  meta?: SearchCommunitiesResponseMeta
}

/** The `meta` field of `SearchCommunitiesResponse` (part of `searchCommunities`). */
export interface SearchCommunitiesResponseMeta {
  next_token?: string
}
