// generated from spec/v2/models/bookmarks.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { Problem } from './errors.js'
import type { Expansions, Tweet, TweetId } from './tweets.js'

/** The JSON body of `addBookmark`; its fields sit beside the other parameters in the one params object. */
export interface AddBookmarkRequest {
  folder_id?: string
  tweet_id: string
}

/** What `addBookmark` resolves to: X's response envelope. */
export interface AddBookmarkResponse {
  data?: AddBookmarkResponseData
  errors?: Problem[]
}

/** The `data` field of `AddBookmarkResponse` (part of `addBookmark`). */
export interface AddBookmarkResponseData {
  bookmarked: boolean
}

/** The JSON body of `createBookmarkFolder`; its fields sit beside the other parameters in the one params object. */
export interface CreateBookmarkFolderRequest {
  name: string
}

/** What `createBookmarkFolder` resolves to: X's response envelope. */
export interface CreateBookmarkFolderResponse {
  data?: CreateBookmarkFolderResponseData
  errors?: Problem[]
}

/** The `data` field of `CreateBookmarkFolderResponse` (part of `createBookmarkFolder`). */
export interface CreateBookmarkFolderResponseData {
  id: string
  name: string
}

/** What `getBookmarkFolders` resolves to: X's response envelope. */
export interface GetBookmarkFoldersResponse {
  data?: GetBookmarkFoldersResponseData[]
  errors?: Problem[]
}

/** The `data` field of `GetBookmarkFoldersResponse` (part of `getBookmarkFolders`). */
export interface GetBookmarkFoldersResponseData extends CreateBookmarkFolderResponseData {
}

/** What `getBookmarksInFolder` resolves to: X's response envelope. */
export interface GetBookmarksInFolderResponse {
  data?: GetBookmarksInFolderResponseDataItem[]
  errors?: Problem[]
}

/** The `data` field of `GetBookmarksInFolderResponse` (part of `getBookmarksInFolder`). */
export interface GetBookmarksInFolderResponseDataItem {
  id: TweetId
}

/** What `getBookmarks` resolves to: X's response envelope. */
export interface GetBookmarksResponse<F extends string = never> {
  data?: Selected<Tweet, F | 'id' | 'text' | 'edit_history_post_ids'>[]
  errors?: Problem[]
  includes?: Expansions
  meta?: GetBookmarksResponseMeta
}

/** The `meta` field of `GetBookmarksResponse` (part of `getBookmarks`). */
export interface GetBookmarksResponseMeta {
  next_token?: string
  previous_token?: string
  result_count?: number
}

/** What `removeBookmark` resolves to: X's response envelope. */
export interface RemoveBookmarkResponse {
  data?: RemoveBookmarkResponseData
  errors?: Problem[]
}

/** The `data` field of `RemoveBookmarkResponse` (part of `removeBookmark`). */
export interface RemoveBookmarkResponseData {
  bookmarked: boolean
}
