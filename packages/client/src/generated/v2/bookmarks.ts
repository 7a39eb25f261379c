// generated from spec/v2/bookmarks.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { AddBookmarkResponse, CreateBookmarkFolderResponse, GetBookmarkFoldersResponse, GetBookmarksInFolderResponse, GetBookmarksResponse, RemoveBookmarkResponse } from './models/bookmarks.js'
import type { TweetField } from './parameters.js'
import type { AddBookmarkParams, CreateBookmarkFolderParams, GetBookmarkFoldersParams, GetBookmarksFieldsParams, GetBookmarksInFolderParams, GetBookmarksParams, RemoveBookmarkParams } from './params/bookmarks.js'

export type { AddBookmarkParams, CreateBookmarkFolderParams, GetBookmarkFoldersParams, GetBookmarksFieldsParams, GetBookmarksInFolderParams, GetBookmarksParams, RemoveBookmarkParams } from './params/bookmarks.js'

/** How `addBookmark` is called: `POST /2/users/{id}/bookmarks`. */
export const addBookmarkRoute: Route = { id: 'createUsersBookmark', method: 'POST', host: 'v2', path: '/2/users/{id}/bookmarks', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['bookmark.write', 'users.read', 'tweet.read'] }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }] }

/**
 * Bookmark a tweet for the authenticated user.
 *
 * The tweet goes in the body as `tweet_id`, optionally with a `folder_id` to file it in a folder. Only an OAuth 2 user token with the `bookmark.write` scope can do it.
 *
 * `POST https://api.x.com/2/users/{id}/bookmarks` (X operation `createUsersBookmark`) · Auth: OAuth 2.0 user token (scopes `bookmark.write`, `users.read`, `tweet.read`).
 *
 * Rate limit: 50 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/create-bookmark
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, who bookmarks the tweet.
 * @param params.folder_id - Body field `folder_id` of `AddBookmarkRequest`.
 * @param params.tweet_id - (required) Body field `tweet_id` of `AddBookmarkRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`AddBookmarkResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await addBookmark(core, { id: '20', tweet_id: '20' })
 * ```
 */
export function addBookmark(core: BaseCore, params: AddBookmarkParams, options?: CallOptions): Promise<AddBookmarkResponse> {
  return callV2(core, addBookmarkRoute, params, options, v2Json)
}

/** How `createBookmarkFolder` is called: `POST /2/users/{id}/bookmarks/folders`. */
export const createBookmarkFolderRoute: Route = { id: 'createUsersBookmarkFolder', method: 'POST', host: 'v2', path: '/2/users/{id}/bookmarks/folders', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['bookmark.write', 'users.read'] }] }

/**
 * Create a new bookmark folder for the authenticated user.
 *
 * `POST https://api.x.com/2/users/{id}/bookmarks/folders` (X operation `createUsersBookmarkFolder`) · Auth: OAuth 2.0 user token (scopes `bookmark.write`, `users.read`).
 *
 * Reference: https://docs.x.com/x-api/users/create-bookmark-folder
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, who will own the folder.
 * @param params.name - (required) Body field `name` of `CreateBookmarkFolderRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateBookmarkFolderResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createBookmarkFolder(core, { id: '20', name: 'example' })
 * ```
 */
export function createBookmarkFolder(core: BaseCore, params: CreateBookmarkFolderParams, options?: CallOptions): Promise<CreateBookmarkFolderResponse> {
  return callV2(core, createBookmarkFolderRoute, params, options, v2Json)
}

/** How `getBookmarkFolders` is called: `GET /2/users/{id}/bookmarks/folders`. */
export const getBookmarkFoldersRoute: Route = { id: 'getUsersBookmarkFolders', method: 'GET', host: 'v2', path: '/2/users/{id}/bookmarks/folders', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'bookmark.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }, { windowSeconds: 900, limit: 50, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the authenticated user's bookmark folders.
 *
 * `GET https://api.x.com/2/users/{id}/bookmarks/folders` (X operation `getUsersBookmarkFolders`) · Auth: OAuth 2.0 user token (scopes `users.read`, `bookmark.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user and 50 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getBookmarkFolders, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-bookmark-folders
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user (only your own folders can be read).
 * @param params.max_results - The most folders to return per page, 1 to 100.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetBookmarkFoldersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getBookmarkFolders(core, { id: '20' })
 * ```
 */
export function getBookmarkFolders(core: BaseCore, params: GetBookmarkFoldersParams, options?: CallOptions): Promise<GetBookmarkFoldersResponse> {
  return callV2(core, getBookmarkFoldersRoute, params, options)
}

/** How `getBookmarks` is called: `GET /2/users/{id}/bookmarks`. */
export const getBookmarksRoute: Route = { id: 'getUsersBookmarks', method: 'GET', host: 'v2', path: '/2/users/{id}/bookmarks', security: [{ scheme: 'oauth2_user', scopes: ['bookmark.read', 'tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 180, per: 'user' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the tweets the authenticated user has bookmarked, most recent first.
 *
 * Only the newest 800 bookmarks can be reached by paging.
 *
 * `GET https://api.x.com/2/users/{id}/bookmarks` (X operation `getUsersBookmarks`) · Auth: OAuth 2.0 user token (scopes `bookmark.read`, `tweet.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 180 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getBookmarks, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-bookmarks
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user (only your own bookmarks can be read).
 * @param params.max_results - The most tweets to return per page, 1 to 100.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetBookmarksResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getBookmarks(core, { id: '20' })
 * ```
 */
export function getBookmarks<F extends TweetField>(core: BaseCore, params: GetBookmarksFieldsParams<F>, options?: CallOptions): Promise<GetBookmarksResponse<F>>

/**
 * Get the tweets the authenticated user has bookmarked, most recent first.
 *
 * Only the newest 800 bookmarks can be reached by paging.
 *
 * `GET https://api.x.com/2/users/{id}/bookmarks` (X operation `getUsersBookmarks`) · Auth: OAuth 2.0 user token (scopes `bookmark.read`, `tweet.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 180 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getBookmarks, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-bookmarks
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user (only your own bookmarks can be read).
 * @param params.max_results - The most tweets to return per page, 1 to 100.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetBookmarksResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getBookmarks(core, { id: '20' })
 * ```
 */
export function getBookmarks(core: BaseCore, params: GetBookmarksParams, options?: CallOptions): Promise<GetBookmarksResponse>
export function getBookmarks(core: BaseCore, params: GetBookmarksParams, options?: CallOptions): Promise<GetBookmarksResponse> {
  return callV2(core, getBookmarksRoute, params, options)
}

/** How `getBookmarksInFolder` is called: `GET /2/users/{id}/bookmarks/folders/{folder_id}`. */
export const getBookmarksInFolderRoute: Route = { id: 'getUsersBookmarksByFolderId', method: 'GET', host: 'v2', path: '/2/users/{id}/bookmarks/folders/{folder_id}', security: [{ scheme: 'oauth2_user', scopes: ['bookmark.read', 'users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }, { windowSeconds: 900, limit: 50, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the tweets saved in one of the authenticated user's bookmark folders.
 *
 * `GET https://api.x.com/2/users/{id}/bookmarks/folders/{folder_id}` (X operation `getUsersBookmarksByFolderId`) · Auth: OAuth 2.0 user token (scopes `bookmark.read`, `users.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user and 50 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getBookmarksInFolder, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/bookmarks/get-bookmarks-by-folder-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, who owns the folder.
 * @param params.folder_id - (required) The id of the bookmark folder, as returned by getBookmarkFolders.
 * @param params.max_results - The most tweets to return per page, 1 to 100.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetBookmarksInFolderResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getBookmarksInFolder(core, { id: '20', folder_id: '20' })
 * ```
 */
export function getBookmarksInFolder(core: BaseCore, params: GetBookmarksInFolderParams, options?: CallOptions): Promise<GetBookmarksInFolderResponse> {
  return callV2(core, getBookmarksInFolderRoute, params, options)
}

/** How `removeBookmark` is called: `DELETE /2/users/{id}/bookmarks/{tweet_id}`. */
export const removeBookmarkRoute: Route = { id: 'deleteUsersBookmark', method: 'DELETE', host: 'v2', path: '/2/users/{id}/bookmarks/{tweet_id}', security: [{ scheme: 'oauth2_user', scopes: ['bookmark.write', 'users.read', 'tweet.read'] }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }] }

/**
 * Remove a tweet from the authenticated user's bookmarks.
 *
 * `DELETE https://api.x.com/2/users/{id}/bookmarks/{tweet_id}` (X operation `deleteUsersBookmark`) · Auth: OAuth 2.0 user token (scopes `bookmark.write`, `users.read`, `tweet.read`).
 *
 * Rate limit: 50 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/delete-bookmark
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, who bookmarked the tweet.
 * @param params.tweet_id - (required) The id of the bookmarked tweet to remove.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`RemoveBookmarkResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await removeBookmark(core, { id: '20', tweet_id: '20' })
 * ```
 */
export function removeBookmark(core: BaseCore, params: RemoveBookmarkParams, options?: CallOptions): Promise<RemoveBookmarkResponse> {
  return callV2(core, removeBookmarkRoute, params, options)
}
