// generated from spec/v2/spaces.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { MediaField, PlaceField, PollField, SpaceExpansion, SpaceField, TopicField, TweetExpansion, TweetField, UserExpansion, UserField } from '../parameters.js'

/** Parameters of `getSpace` (X operation `getSpacesById`). */
export interface GetSpaceParams {
  /** The id of the Space to look up (up to 13 letters and digits, as in `1DXxyRYNejbKM`). */
  readonly id: string
  /** Space fields to return beyond the defaults (id and state), given as an array. */
  readonly 'space.fields'?: readonly SpaceField[]
  /** Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics). */
  readonly expansions?: readonly SpaceExpansion[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserField[]
  /** Topic fields to return beyond the defaults (id and name), given as an array. */
  readonly 'topic.fields'?: readonly TopicField[]
}

/** `GetSpaceParams` of a call that names its `space.fields`: `F` is the fields named, which the response marks present. */
export interface GetSpaceFieldsParams<F extends SpaceField> extends GetSpaceParams {
  /** Space fields to return beyond the defaults (id and state), given as an array. */
  readonly 'space.fields': readonly F[]
}

/** Parameters of `getSpaceBuyers` (X operation `getSpacesBuyers`). */
export interface GetSpaceBuyersParams {
  /** The id of the ticketed Space. */
  readonly id: string
  /**
   * The most users to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you. */
  readonly pagination_token?: string
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserField[]
  /** Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet. */
  readonly expansions?: readonly UserExpansion[]
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields'?: readonly TweetField[]
  /** Marks `getSpaceBuyers` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetSpaceBuyersParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetSpaceBuyersFieldsParams<F extends UserField> extends GetSpaceBuyersParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `getSpaces` (X operation `getSpacesByIds`). */
export interface GetSpacesParams {
  /** The ids of the Spaces to look up, given as an array of up to 100. */
  readonly ids: readonly string[]
  /** Space fields to return beyond the defaults (id and state), given as an array. */
  readonly 'space.fields'?: readonly SpaceField[]
  /** Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics). */
  readonly expansions?: readonly SpaceExpansion[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserField[]
  /** Topic fields to return beyond the defaults (id and name), given as an array. */
  readonly 'topic.fields'?: readonly TopicField[]
}

/** `GetSpacesParams` of a call that names its `space.fields`: `F` is the fields named, which the response marks present. */
export interface GetSpacesFieldsParams<F extends SpaceField> extends GetSpacesParams {
  /** Space fields to return beyond the defaults (id and state), given as an array. */
  readonly 'space.fields': readonly F[]
}

/** Parameters of `getSpacesByCreators` (X operation `getSpacesByCreatorIds`). */
export interface GetSpacesByCreatorsParams {
  /** The ids of the creators, given as an array of up to 100. */
  readonly user_ids: readonly string[]
  /** Space fields to return beyond the defaults (id and state), given as an array. */
  readonly 'space.fields'?: readonly SpaceField[]
  /** Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics). */
  readonly expansions?: readonly SpaceExpansion[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserField[]
  /** Topic fields to return beyond the defaults (id and name), given as an array. */
  readonly 'topic.fields'?: readonly TopicField[]
}

/** `GetSpacesByCreatorsParams` of a call that names its `space.fields`: `F` is the fields named, which the response marks present. */
export interface GetSpacesByCreatorsFieldsParams<F extends SpaceField> extends GetSpacesByCreatorsParams {
  /** Space fields to return beyond the defaults (id and state), given as an array. */
  readonly 'space.fields': readonly F[]
}

/** Parameters of `getSpaceTweets` (X operation `getSpacesPosts`). */
export interface GetSpaceTweetsParams {
  /** The id of the Space whose tweets to return. */
  readonly id: string
  /**
   * The most tweets to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you. */
  readonly pagination_token?: string
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields'?: readonly TweetField[]
  /** Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on. */
  readonly expansions?: readonly TweetExpansion[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserField[]
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaField[]
  /** Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`. */
  readonly 'poll.fields'?: readonly PollField[]
  /** Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`. */
  readonly 'place.fields'?: readonly PlaceField[]
  /** Marks `getSpaceTweets` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetSpaceTweetsParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface GetSpaceTweetsFieldsParams<F extends TweetField> extends GetSpaceTweetsParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `searchSpaces` (X operation `searchSpaces`). */
export interface SearchSpacesParams {
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
  /** Space fields to return beyond the defaults (id and state), given as an array. */
  readonly 'space.fields'?: readonly SpaceField[]
  /** Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics). */
  readonly expansions?: readonly SpaceExpansion[]
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserField[]
  /** Topic fields to return beyond the defaults (id and name), given as an array. */
  readonly 'topic.fields'?: readonly TopicField[]
}

/** `SearchSpacesParams` of a call that names its `space.fields`: `F` is the fields named, which the response marks present. */
export interface SearchSpacesFieldsParams<F extends SpaceField> extends SearchSpacesParams {
  /** Space fields to return beyond the defaults (id and state), given as an array. */
  readonly 'space.fields': readonly F[]
}
