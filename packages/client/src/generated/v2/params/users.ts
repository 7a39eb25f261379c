// generated from spec/v2/users.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { FollowUserRequest, MuteUserRequest } from '../models/users.js'
import type { UserField } from '../parameters.js'
import type { NextTokenParam, PaginationTokenParam, TweetFieldsParam, UserExpansionsParam, UserFieldsParam } from './shared.js'

/** Parameters of `followUser` (X operation `followUser`): the path and query parameters, and the JSON body's fields (`FollowUserRequest`). */
export interface FollowUserParams extends FollowUserRequest {
  /** The id of the authenticated user, who does the following. */
  readonly id: string
}

/** Parameters of `getBlockedUsers` (X operation `getUsersBlocking`). */
export interface GetBlockedUsersParams extends PaginationTokenParam, UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The id of the authenticated user (only your own blocks can be read). */
  readonly id: string
  /**
   * The most users to return per page, 1 to 1000 (100 when left out).
   * Between 1 and 1000.
   */
  readonly max_results?: number
  /** Marks `getBlockedUsers` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetBlockedUsersParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetBlockedUsersFieldsParams<F extends UserField> extends GetBlockedUsersParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `getMe` (X operation `getUsersMe`). */
export interface GetMeParams extends UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
}

/** `GetMeParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetMeFieldsParams<F extends UserField> extends GetMeParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `getMutedUsers` (X operation `getUsersMuting`). */
export interface GetMutedUsersParams extends PaginationTokenParam, UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The id of the authenticated user (only your own mutes can be read). */
  readonly id: string
  /**
   * The most users to return per page, 1 to 1000 (100 when left out).
   * @defaultValue 100
   * Between 1 and 1000.
   */
  readonly max_results?: number
  /** Marks `getMutedUsers` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetMutedUsersParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetMutedUsersFieldsParams<F extends UserField> extends GetMutedUsersParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `getUser` (X operation `getUsersById`). */
export interface GetUserParams extends UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The id of the user to look up. */
  readonly id: string
}

/** `GetUserParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetUserFieldsParams<F extends UserField> extends GetUserParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `getUserAffiliates` (X operation `getUsersAffiliates`). */
export interface GetUserAffiliatesParams extends PaginationTokenParam, UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The id of the user (usually an organization) whose affiliates to list. */
  readonly id: string
  /**
   * The most users to return per page, 1 to 1000.
   * Between 1 and 1000.
   */
  readonly max_results?: number
  /** Marks `getUserAffiliates` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetUserAffiliatesParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetUserAffiliatesFieldsParams<F extends UserField> extends GetUserAffiliatesParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `getUserByUsername` (X operation `getUsersByUsername`). */
export interface GetUserByUsernameParams extends UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The username to look up, without the \@ (1 to 15 letters, digits or underscores). */
  readonly username: string
}

/** `GetUserByUsernameParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetUserByUsernameFieldsParams<F extends UserField> extends GetUserByUsernameParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `getUserFollowers` (X operation `getUsersFollowers`). */
export interface GetUserFollowersParams extends PaginationTokenParam, UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The id of the user whose followers to list. */
  readonly id: string
  /**
   * The most users to return per page, 1 to 1000 (100 when left out).
   * Between 1 and 1000.
   */
  readonly max_results?: number
  /** Marks `getUserFollowers` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetUserFollowersParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetUserFollowersFieldsParams<F extends UserField> extends GetUserFollowersParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `getUserFollowing` (X operation `getUsersFollowing`). */
export interface GetUserFollowingParams extends PaginationTokenParam, UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The id of the user whose followings to list. */
  readonly id: string
  /**
   * The most users to return per page, 1 to 1000 (100 when left out).
   * Between 1 and 1000.
   */
  readonly max_results?: number
  /** Marks `getUserFollowing` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetUserFollowingParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetUserFollowingFieldsParams<F extends UserField> extends GetUserFollowingParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `getUsers` (X operation `getUsersByIds`). */
export interface GetUsersParams extends UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The ids of the users to look up, given as an array of up to 100. */
  readonly ids: readonly string[]
}

/** `GetUsersParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetUsersFieldsParams<F extends UserField> extends GetUsersParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `getUsersByUsernames` (X operation `getUsersByUsernames`). */
export interface GetUsersByUsernamesParams extends UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The usernames to look up, without the \@, given as an array of up to 100. */
  readonly usernames: readonly string[]
}

/** `GetUsersByUsernamesParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetUsersByUsernamesFieldsParams<F extends UserField> extends GetUsersByUsernamesParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `muteUser` (X operation `muteUser`): the path and query parameters, and the JSON body's fields (`MuteUserRequest`). */
export interface MuteUserParams extends MuteUserRequest {
  /** The id of the authenticated user, who does the muting. */
  readonly id: string
}

/** Parameters of `searchUsers` (X operation `searchUsers`). */
export interface SearchUsersParams extends NextTokenParam, UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The words to search for: 1 to 50 letters, digits, underscores, apostrophes or spaces. */
  readonly query: string
  /**
   * The most users to return per page, 1 to 1000 (100 when left out).
   * @defaultValue 100
   * Between 1 and 1000.
   */
  readonly max_results?: number
  /** Marks `searchUsers` as paginated for `cursor()` (`meta.next_token` sent back as `next_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `SearchUsersParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface SearchUsersFieldsParams<F extends UserField> extends SearchUsersParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `unfollowUser` (X operation `unfollowUser`). */
export interface UnfollowUserParams {
  /** The id of the authenticated user, who stops following. */
  readonly source_user_id: string
  /** The id of the user to unfollow. */
  readonly target_user_id: string
}

/** Parameters of `unmuteUser` (X operation `unmuteUser`). */
export interface UnmuteUserParams {
  /** The id of the authenticated user, who muted the user. */
  readonly source_user_id: string
  /** The id of the user to unmute. */
  readonly target_user_id: string
}
