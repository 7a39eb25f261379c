// generated from spec/v2/lists.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { AddListMemberRequest, CreateListRequest, FollowListRequest, PinListRequest, UpdateListRequest } from '../models/lists.js'
import type { ListField, TweetField, UserField } from '../parameters.js'
import type { ListExpansionsParam, ListFieldsParam, MediaFieldsParam, PaginationTokenParam, PlaceFieldsParam, PollFieldsParam, TweetExpansionsParam, TweetFieldsParam, UserExpansionsParam, UserFieldsParam } from './shared.js'

/** Parameters of `addListMember` (X operation `addListsMember`): the path and query parameters, and the JSON body's fields (`AddListMemberRequest`). */
export interface AddListMemberParams extends AddListMemberRequest {
  /** The id of the List to add the member to. */
  readonly id: string
}

/** Parameters of `createList` (X operation `createLists`): the path and query parameters, and the JSON body's fields (`CreateListRequest`). */
export interface CreateListParams extends CreateListRequest {
}

/** Parameters of `deleteList` (X operation `deleteLists`). */
export interface DeleteListParams {
  /** The id of the List to delete. */
  readonly id: string
}

/** Parameters of `followList` (X operation `followList`): the path and query parameters, and the JSON body's fields (`FollowListRequest`). */
export interface FollowListParams extends FollowListRequest {
  /** The id of the authenticated user, who follows the List. */
  readonly id: string
}

/** Parameters of `getFollowedLists` (X operation `getUsersFollowedLists`). */
export interface GetFollowedListsParams extends PaginationTokenParam, ListFieldsParam, ListExpansionsParam, UserFieldsParam {
  /** The id of the user whose followed Lists to return. */
  readonly id: string
  /**
   * The most Lists to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getFollowedLists` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetFollowedListsParams` of a call that names its `list.fields`: `F` is the fields named, which the response marks present. */
export interface GetFollowedListsFieldsParams<F extends ListField> extends GetFollowedListsParams {
  /** List fields to return beyond the defaults (id and name), given as an array. */
  readonly 'list.fields': readonly F[]
}

/** Parameters of `getList` (X operation `getListsById`). */
export interface GetListParams extends ListFieldsParam, ListExpansionsParam, UserFieldsParam {
  /** The id of the List to look up. */
  readonly id: string
}

/** `GetListParams` of a call that names its `list.fields`: `F` is the fields named, which the response marks present. */
export interface GetListFieldsParams<F extends ListField> extends GetListParams {
  /** List fields to return beyond the defaults (id and name), given as an array. */
  readonly 'list.fields': readonly F[]
}

/** Parameters of `getListFollowers` (X operation `getListsFollowers`). */
export interface GetListFollowersParams extends PaginationTokenParam, UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The id of the List whose followers to return. */
  readonly id: string
  /**
   * The most users to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getListFollowers` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetListFollowersParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetListFollowersFieldsParams<F extends UserField> extends GetListFollowersParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `getListMembers` (X operation `getListsMembers`). */
export interface GetListMembersParams extends PaginationTokenParam, UserFieldsParam, UserExpansionsParam, TweetFieldsParam {
  /** The id of the List whose members to return. */
  readonly id: string
  /**
   * The most users to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getListMembers` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetListMembersParams` of a call that names its `user.fields`: `F` is the fields named, which the response marks present. */
export interface GetListMembersFieldsParams<F extends UserField> extends GetListMembersParams {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields': readonly F[]
}

/** Parameters of `getListMemberships` (X operation `getUsersListMemberships`). */
export interface GetListMembershipsParams extends PaginationTokenParam, ListFieldsParam, ListExpansionsParam, UserFieldsParam {
  /** The id of the user whose List memberships to return. */
  readonly id: string
  /**
   * The most Lists to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getListMemberships` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetListMembershipsParams` of a call that names its `list.fields`: `F` is the fields named, which the response marks present. */
export interface GetListMembershipsFieldsParams<F extends ListField> extends GetListMembershipsParams {
  /** List fields to return beyond the defaults (id and name), given as an array. */
  readonly 'list.fields': readonly F[]
}

/** Parameters of `getListTweets` (X operation `getListsPosts`). */
export interface GetListTweetsParams extends PaginationTokenParam, TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /** The id of the List whose tweets to return. */
  readonly id: string
  /**
   * The most tweets to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getListTweets` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetListTweetsParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface GetListTweetsFieldsParams<F extends TweetField> extends GetListTweetsParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `getOwnedLists` (X operation `getUsersOwnedLists`). */
export interface GetOwnedListsParams extends PaginationTokenParam, ListFieldsParam, ListExpansionsParam, UserFieldsParam {
  /** The id of the user whose Lists to return. */
  readonly id: string
  /**
   * The most Lists to return per page, 1 to 100 (100 when left out).
   * @defaultValue 100
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getOwnedLists` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetOwnedListsParams` of a call that names its `list.fields`: `F` is the fields named, which the response marks present. */
export interface GetOwnedListsFieldsParams<F extends ListField> extends GetOwnedListsParams {
  /** List fields to return beyond the defaults (id and name), given as an array. */
  readonly 'list.fields': readonly F[]
}

/** Parameters of `getPinnedLists` (X operation `getUsersPinnedLists`). */
export interface GetPinnedListsParams extends ListFieldsParam, ListExpansionsParam, UserFieldsParam {
  /** The id of the authenticated user (only your own pinned Lists can be read). */
  readonly id: string
}

/** `GetPinnedListsParams` of a call that names its `list.fields`: `F` is the fields named, which the response marks present. */
export interface GetPinnedListsFieldsParams<F extends ListField> extends GetPinnedListsParams {
  /** List fields to return beyond the defaults (id and name), given as an array. */
  readonly 'list.fields': readonly F[]
}

/** Parameters of `pinList` (X operation `pinList`): the path and query parameters, and the JSON body's fields (`PinListRequest`). */
export interface PinListParams extends PinListRequest {
  /** The id of the authenticated user, who pins the List. */
  readonly id: string
}

/** Parameters of `removeListMember` (X operation `removeListsMemberByUserId`). */
export interface RemoveListMemberParams {
  /** The id of the List to remove the member from. */
  readonly id: string
  /** The id of the user to remove. */
  readonly user_id: string
}

/** Parameters of `unfollowList` (X operation `unfollowList`). */
export interface UnfollowListParams {
  /** The id of the authenticated user, who stops following. */
  readonly id: string
  /** The id of the List to unfollow. */
  readonly list_id: string
}

/** Parameters of `unpinList` (X operation `unpinList`). */
export interface UnpinListParams {
  /** The id of the authenticated user, who pinned the List. */
  readonly id: string
  /** The id of the List to unpin. */
  readonly list_id: string
}

/** Parameters of `updateList` (X operation `updateLists`): the path and query parameters, and the JSON body's fields (`UpdateListRequest`). */
export interface UpdateListParams extends UpdateListRequest {
  /** The id of the List to update. */
  readonly id: string
}
