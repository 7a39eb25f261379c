// generated from spec/v2/bookmarks.yaml by @twython/generator: do not edit

import type { PAGINATION, Paging } from '@twython/runtime'
import type { AddBookmarkRequest, CreateBookmarkFolderRequest } from '../models/bookmarks.js'
import type { TweetField } from '../parameters.js'
import type { MediaFieldsParam, PaginationTokenParam, PlaceFieldsParam, PollFieldsParam, TweetExpansionsParam, TweetFieldsParam, UserFieldsParam } from './shared.js'

/** Parameters of `addBookmark` (X operation `createUsersBookmark`): the path and query parameters, and the JSON body's fields (`AddBookmarkRequest`). */
export interface AddBookmarkParams extends AddBookmarkRequest {
  /** The id of the authenticated user, who bookmarks the tweet. */
  readonly id: string
}

/** Parameters of `createBookmarkFolder` (X operation `createUsersBookmarkFolder`): the path and query parameters, and the JSON body's fields (`CreateBookmarkFolderRequest`). */
export interface CreateBookmarkFolderParams extends CreateBookmarkFolderRequest {
  /** The id of the authenticated user, who will own the folder. */
  readonly id: string
}

/** Parameters of `getBookmarkFolders` (X operation `getUsersBookmarkFolders`). */
export interface GetBookmarkFoldersParams extends PaginationTokenParam {
  /** The id of the authenticated user (only your own folders can be read). */
  readonly id: string
  /**
   * The most folders to return per page, 1 to 100.
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getBookmarkFolders` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** Parameters of `getBookmarks` (X operation `getUsersBookmarks`). */
export interface GetBookmarksParams extends PaginationTokenParam, TweetFieldsParam, TweetExpansionsParam, UserFieldsParam, MediaFieldsParam, PollFieldsParam, PlaceFieldsParam {
  /** The id of the authenticated user (only your own bookmarks can be read). */
  readonly id: string
  /**
   * The most tweets to return per page, 1 to 100.
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getBookmarks` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** `GetBookmarksParams` of a call that names its `post.fields`: `F` is the fields named, which the response marks present. */
export interface GetBookmarksFieldsParams<F extends TweetField> extends GetBookmarksParams {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields': readonly F[]
}

/** Parameters of `getBookmarksInFolder` (X operation `getUsersBookmarksByFolderId`). */
export interface GetBookmarksInFolderParams extends PaginationTokenParam {
  /** The id of the authenticated user, who owns the folder. */
  readonly id: string
  /** The id of the bookmark folder, as returned by getBookmarkFolders. */
  readonly folder_id: string
  /**
   * The most tweets to return per page, 1 to 100.
   * Between 1 and 100.
   */
  readonly max_results?: number
  /** Marks `getBookmarksInFolder` as paginated for `cursor()` (`meta.next_token` sent back as `pagination_token`, items in `data`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'next_token', 'data'>
}

/** Parameters of `removeBookmark` (X operation `deleteUsersBookmark`). */
export interface RemoveBookmarkParams {
  /** The id of the authenticated user, who bookmarked the tweet. */
  readonly id: string
  /** The id of the bookmarked tweet to remove. */
  readonly tweet_id: string
}
