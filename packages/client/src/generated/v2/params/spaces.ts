// generated from spec/v2/spaces.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { SpaceField, TweetField, UserField } from '../parameters.js'
import type { MediaFieldsParam, PaginationTokenParam, PlaceFieldsParam, PollFieldsParam, SpaceExpansionsParam, SpaceFieldsParam, TopicFieldsParam, TweetExpansionsParam, TweetFieldsParam, UserExpansionsParam, UserFieldsParam } from './shared.js'

/** Parameters of `getSpace` (X operation `getSpacesById`). */
export interface GetSpaceParams extends SpaceFieldsParam, SpaceExpansionsParam, UserFieldsParam, TopicFieldsParam {
  /** The id of the Space to look up (up to 13 letters and digits, as in `1DXxyRYNejbKM`). */
  readonly id: string
}

/** `GetSpaceParams` of a call that names its `space.fields`: `F` is the fields named, which the response marks present. */
export interface GetSpaceFieldsParams<F extends SpaceField> extends GetSpaceParams {
  /** Space fields to return beyond the defaults (id and state), given as an array. */
  readonly 'space.fields': readonly F[]
}

/** Parameters of `getSpaceBuyers` (X operation `getSpacesBuyers`). */
export interface GetSpaceBuyersParams extends PaginationTokenParam, UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The id of the ticketed Space. */
  readonly id: string
  /**
   * The most users to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getSpaceBuyers` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetSpaceBuyersParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetSpaceBuyersFieldsParams<F extends UserField> extends GetSpaceBuyersParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `getSpaces` (X operation `getSpacesByIds`). */
export interface GetSpacesParams extends SpaceFieldsParam, SpaceExpansionsParam, UserFieldsParam, TopicFieldsParam {
  /** The ids of the Spaces to look up, given as an array of up to 100. */
  readonly ids: readonly string[]
}

/** `GetSpacesParams` of a call that names its `space.fields`: `F` is the fields named, which the response marks present. */
export interface GetSpacesFieldsParams<F extends SpaceField> extends GetSpacesParams {
  /** Space fields to return beyond the defaults (id and state), given as an array. */
  readonly 'space.fields': readonly F[]
}

/** Parameters of `getSpacesByCreators` (X operation `getSpacesByCreatorIds`). */
export interface GetSpacesByCreatorsParams extends SpaceFieldsParam, SpaceExpansionsParam, UserFieldsParam, TopicFieldsParam {
  /** The ids of the creators, given as an array of up to 100. */
  readonly user_ids: readonly string[]
}

/** `GetSpacesByCreatorsParams` of a call that names its `space.fields`: `F` is the fields named, which the response marks present. */
export interface GetSpacesByCreatorsFieldsParams<F extends SpaceField> extends GetSpacesByCreatorsParams {
  /** Space fields to return beyond the defaults (id and state), given as an array. */
  readonly 'space.fields': readonly F[]
}

/** Parameters of `getSpaceTweets` (X operation `getSpacesPosts`). */
export interface GetSpaceTweetsParams extends PaginationTokenParam, TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /** The id of the Space whose tweets to return. */
  readonly id: string
  /**
   * The most tweets to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getSpaceTweets` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetSpaceTweetsParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface GetSpaceTweetsFieldsParams<F extends TweetField> extends GetSpaceTweetsParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `searchSpaces` (X operation `searchSpaces`). */
export interface SearchSpacesParams extends SpaceFieldsParam, SpaceExpansionsParam, UserFieldsParam, TopicFieldsParam {
  /** The words to look for in Space titles. */
  readonly query: string
  /**
   * Which Spaces to return, `live`, `scheduled` or `all` (the default).
   * @defaultValue 'all'
   */
  readonly state?: 'live' | 'scheduled' | 'all'
  /**
   * The most Spaces to return, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
}

/** `SearchSpacesParams` of a call that names its `space.fields`: `F` is the fields named, which the response marks present. */
export interface SearchSpacesFieldsParams<F extends SpaceField> extends SearchSpacesParams {
  /** Space fields to return beyond the defaults (id and state), given as an array. */
  readonly 'space.fields': readonly F[]
}
