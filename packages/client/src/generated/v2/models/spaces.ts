// generated from spec/v2/models/spaces.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { GetBookmarksResponse, GetBookmarksResponseMeta } from './bookmarks.js'
import type { Problem } from './errors.js'
import type { GetLikingUsersResponse } from './likes.js'
import type { Expansions } from './tweets.js'

/** What `getSpaceBuyers` resolves to: X's response envelope. */
export interface GetSpaceBuyersResponse<F extends string = never> extends GetLikingUsersResponse<F> {
}

/** The `meta` field of `GetSpaceBuyersResponse` (part of `getSpaceBuyers`). */
export interface GetSpaceBuyersResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getSpace` resolves to: X's response envelope. */
export interface GetSpaceResponse<F extends string = never> {
  data?: Selected<Space, F | 'id' | 'state'>
  errors?: Problem[]
  includes?: Expansions
}

/** What `getSpacesByCreators` resolves to: X's response envelope. */
export interface GetSpacesByCreatorsResponse<F extends string = never> {
  data?: Selected<Space, F | 'id' | 'state'>[]
  errors?: Problem[]
  includes?: Expansions
  meta?: GetSpacesByCreatorsResponseMeta
}

/** The `meta` field of `GetSpacesByCreatorsResponse` (part of `getSpacesByCreators`). */
export interface GetSpacesByCreatorsResponseMeta {
  result_count?: number
}

/** What `getSpaces` resolves to: X's response envelope. */
export interface GetSpacesResponse<F extends string = never> {
  data?: Selected<Space, F | 'id' | 'state'>[]
  errors?: Problem[]
  includes?: Expansions
}

/** What `getSpaceTweets` resolves to: X's response envelope. */
export interface GetSpaceTweetsResponse<F extends string = never> extends GetBookmarksResponse<F> {
}

/** The `meta` field of `GetSpaceTweetsResponse` (part of `getSpaceTweets`). */
export interface GetSpaceTweetsResponseMeta extends GetBookmarksResponseMeta {
}

/** What `searchSpaces` resolves to: X's response envelope. */
export interface SearchSpacesResponse<F extends string = never> {
  data?: Selected<Space, F | 'id' | 'state'>[]
  errors?: Problem[]
  includes?: Expansions
  meta?: SearchSpacesResponseMeta
}

/** The `meta` field of `SearchSpacesResponse` (part of `searchSpaces`). */
export interface SearchSpacesResponseMeta {
  result_count?: number
}

/** A Space, X's live audio conversation, scheduled, live or ended. Only `id` and `state` come by default; ask for more with `space.fields`. */
export interface Space {
  /** When the Space was created. */
  created_at?: string
  /** The id of the user who created the Space. */
  creator_id?: string
  /** When the Space ended. */
  ended_at?: string
  /** The ids of the users hosting the Space. */
  host_ids?: SpaceHostIds
  /** The Space's id. */
  id?: string
  /** The ids of the users invited to speak. */
  invited_user_ids?: SpaceInvitedUserIds
  /** Whether listeners need a ticket. */
  is_ticketed?: boolean
  /** The language of the Space, as a BCP 47 code. */
  lang?: string
  /** How many users are taking part, listeners included. */
  participant_count?: number
  /** When a scheduled Space is due to start. */
  scheduled_start?: string
  /** The ids of the users who have spoken in the Space. */
  speaker_ids?: SpaceSpeakerIds
  /** When the Space went live. */
  started_at?: string
  /** Whether the Space is `scheduled`, `live` or `ended`. */
  state?: string
  /** How many users asked to be reminded when the Space starts. */
  subscriber_count?: number
  /** The title the host gave the Space. */
  title?: string
  /** The ids of the topics the host chose for the Space. */
  topic_ids?: SpaceTopicIds
  /** When the Space was last changed. */
  updated_at?: string
}

/** The ids of the users hosting a Space. */
export type SpaceHostIds = string[]

/** The ids of the users invited to speak in a Space. */
export type SpaceInvitedUserIds = string[]

/** The ids of the users who speak in a Space. */
export type SpaceSpeakerIds = string[]

/** The ids of the topics of a Space. */
export type SpaceTopicIds = string[]
