// generated from spec/v2/models/lists.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { CreateBookmarkFolderResponse, CreateBookmarkFolderResponseData, GetBookmarksResponse, GetBookmarksResponseMeta } from './bookmarks.js'
import type { Problem } from './errors.js'
import type { GetLikingUsersResponse } from './likes.js'
import type { Expansions } from './tweets.js'

/** The JSON body of `addListMember`; its fields sit beside the other parameters in the one params object. */
export interface AddListMemberRequest {
  user_id: string
}

/** What `addListMember` resolves to: X's response envelope. */
export interface AddListMemberResponse {
  data?: AddListMemberResponseData
  errors?: Problem[]
}

/** The `data` field of `AddListMemberResponse` (part of `addListMember`). */
export interface AddListMemberResponseData {
  is_member: boolean
}

/** The JSON body of `createList`; its fields sit beside the other parameters in the one params object. */
export interface CreateListRequest {
  /** An optional description of the List (up to 100 characters). */
  description?: string
  /** The name of the new List (up to 25 characters). */
  name: string
  /** When true, the List is private; public when left out. */
  private?: boolean
}

/** What `createList` resolves to: X's response envelope. */
export interface CreateListResponse extends CreateBookmarkFolderResponse {
}

/** The `data` field of `CreateListResponse` (part of `createList`). */
export interface CreateListResponseData extends CreateBookmarkFolderResponseData {
}

/** What `deleteList` resolves to: X's response envelope. */
export interface DeleteListResponse {
  data?: DeleteListResponseData
  errors?: Problem[]
}

/** The `data` field of `DeleteListResponse` (part of `deleteList`). */
export interface DeleteListResponseData {
  deleted: boolean
}

/** The JSON body of `followList`; its fields sit beside the other parameters in the one params object. */
export interface FollowListRequest {
  list_id: string
}

/** What `followList` resolves to: X's response envelope. */
export interface FollowListResponse {
  data?: FollowListResponseData
  errors?: Problem[]
}

/** The `data` field of `FollowListResponse` (part of `followList`). */
export interface FollowListResponseData {
  following: boolean
}

/** What `getFollowedLists` resolves to: X's response envelope. */
export interface GetFollowedListsResponse<F extends string = never> {
  data?: Selected<List, F | 'id' | 'name'>[]
  errors?: Problem[]
  includes?: Expansions
  meta?: GetFollowedListsResponseMeta
}

/** The `meta` field of `GetFollowedListsResponse` (part of `getFollowedLists`). */
export interface GetFollowedListsResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getListFollowers` resolves to: X's response envelope. */
export interface GetListFollowersResponse<F extends string = never> extends GetLikingUsersResponse<F> {
}

/** The `meta` field of `GetListFollowersResponse` (part of `getListFollowers`). */
export interface GetListFollowersResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getListMemberships` resolves to: X's response envelope. */
export interface GetListMembershipsResponse<F extends string = never> extends GetFollowedListsResponse<F> {
}

/** The `meta` field of `GetListMembershipsResponse` (part of `getListMemberships`). */
export interface GetListMembershipsResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getListMembers` resolves to: X's response envelope. */
export interface GetListMembersResponse<F extends string = never> extends GetLikingUsersResponse<F> {
}

/** The `meta` field of `GetListMembersResponse` (part of `getListMembers`). */
export interface GetListMembersResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getList` resolves to: X's response envelope. */
export interface GetListResponse<F extends string = never> {
  data?: Selected<List, F | 'id' | 'name'>
  errors?: Problem[]
  includes?: Expansions
}

/** What `getListTweets` resolves to: X's response envelope. */
export interface GetListTweetsResponse<F extends string = never> extends GetBookmarksResponse<F> {
}

/** The `meta` field of `GetListTweetsResponse` (part of `getListTweets`). */
export interface GetListTweetsResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getOwnedLists` resolves to: X's response envelope. */
export interface GetOwnedListsResponse<F extends string = never> extends GetFollowedListsResponse<F> {
}

/** The `meta` field of `GetOwnedListsResponse` (part of `getOwnedLists`). */
export interface GetOwnedListsResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getPinnedLists` resolves to: X's response envelope. */
export interface GetPinnedListsResponse<F extends string = never> {
  data?: Selected<List, F | 'id' | 'name'>[]
  errors?: Problem[]
  includes?: Expansions
  meta?: GetPinnedListsResponseMeta
}

/** The `meta` field of `GetPinnedListsResponse` (part of `getPinnedLists`). */
export interface GetPinnedListsResponseMeta {
  result_count?: number
}

/** A curated group of accounts whose tweets can be read as one timeline. Only `id` and `name` come by default; ask for more with `list.fields`. */
export interface List {
  /** When the List was created. */
  created_at?: string
  /** The description the owner gave the List. */
  description?: string
  /** How many users follow the List. */
  follower_count?: ListFollowerCount
  /** The List's id. */
  id?: string
  /** How many users are members of the List. */
  member_count?: ListMemberCount
  /** The List's name. */
  name?: string
  /** The id of the user who owns the List; expand `owner_id` to get the user. */
  owner_id?: string
  /** Whether the List is private (visible only to its owner). */
  private?: boolean
}

/** The number of users who follow a List. */
export type ListFollowerCount = number

/** The number of users who are members of a List. */
export type ListMemberCount = number

/** The JSON body of `pinList`; its fields sit beside the other parameters in the one params object. */
export interface PinListRequest {
  list_id: string
}

/** What `pinList` resolves to: X's response envelope. */
export interface PinListResponse {
  data?: PinListResponseData
  errors?: Problem[]
}

/** The `data` field of `PinListResponse` (part of `pinList`). */
export interface PinListResponseData {
  pinned: boolean
}

/** What `removeListMember` resolves to: X's response envelope. */
export interface RemoveListMemberResponse {
  data?: RemoveListMemberResponseData
  errors?: Problem[]
}

/** The `data` field of `RemoveListMemberResponse` (part of `removeListMember`). */
export interface RemoveListMemberResponseData {
  is_member: boolean
}

/** What `unfollowList` resolves to: X's response envelope. */
export interface UnfollowListResponse {
  data?: UnfollowListResponseData
  errors?: Problem[]
}

/** The `data` field of `UnfollowListResponse` (part of `unfollowList`). */
export interface UnfollowListResponseData {
  following: boolean
}

/** What `unpinList` resolves to: X's response envelope. */
export interface UnpinListResponse {
  data?: UnpinListResponseData
  errors?: Problem[]
}

/** The `data` field of `UnpinListResponse` (part of `unpinList`). */
export interface UnpinListResponseData {
  pinned: boolean
}

/** The JSON body of `updateList`; its fields sit beside the other parameters in the one params object. */
export interface UpdateListRequest {
  description?: string
  name?: string
  private?: boolean
}

/** What `updateList` resolves to: X's response envelope. */
export interface UpdateListResponse {
  data?: UpdateListResponseData
  errors?: Problem[]
}

/** The `data` field of `UpdateListResponse` (part of `updateList`). */
export interface UpdateListResponseData {
  updated: boolean
}
