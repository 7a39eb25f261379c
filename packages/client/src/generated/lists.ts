// generated from spec/endpoints/lists.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, PAGINATION, Paging, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import type { CursoredLists, CursoredUsers } from './models/cursored.js'
import type { List } from './models/lists.js'
import type { Tweet } from './models/tweets.js'
import type { User } from './models/users.js'

/** Parameters of `showLists` (`show_lists`). */
export interface ShowListsParams {
  /**
   * Numeric id of the user whose lists to return. Use this or `screen_name`; with neither, the authenticating user is used. Prefer it when a handle could be mistaken for an id.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle (without the \@) of the user whose lists to return. Use this or `user_id`; with neither, the authenticating user is used.
   * @example 'twitterapi'
   */
  readonly screen_name?: string
  /**
   * When true, the user's own lists are listed first and subscriptions after them; by default subscriptions come first.
   * @example true
   */
  readonly reverse?: boolean
}

/** What `showLists` resolves to. */
export type ShowListsResponse = List[]

/** How `show_lists` is called: `GET lists/list`. */
export const showListsRoute: Route = { id: 'show_lists', method: 'GET', path: 'lists/list', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * List up to 100 lists a user subscribes to, their own lists included.
 *
 * At most 100 lists come back, with no paging. Subscriptions are listed before the user's own lists unless `reverse` is true, so a user with many subscriptions may have owned lists cut off (and the other way round). To see every list, page through `getListSubscriptions` and `showOwnedLists` instead. With neither `user_id` nor `screen_name`, the authenticating user's lists are returned.
 *
 * `GET https://api.twitter.com/1.1/lists/list.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-list
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the user whose lists to return. Use this or `screen_name`; with neither, the authenticating user is used. Prefer it when a handle could be mistaken for an id.
 * @param params.screen_name - Handle (without the \@) of the user whose lists to return. Use this or `user_id`; with neither, the authenticating user is used.
 * @param params.reverse - When true, the user's own lists are listed first and subscriptions after them; by default subscriptions come first.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `List`, each one a list of accounts owned by one user, public or private.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await showLists(core)
 * ```
 */
export function showLists(core: BaseCore, params: ShowListsParams = {}, options?: CallOptions): Promise<ShowListsResponse> {
  return callV1(core, showListsRoute, params, options)
}

/** Parameters of `getListStatuses` (`get_list_statuses`). */
export interface GetListStatusesParams {
  /**
   * Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @example '2105266406814646658'
   */
  readonly list_id?: string | bigint
  /**
   * The list's short URL name (as in twitter.com/owner/lists/slug). Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @example 'docs-people'
   */
  readonly slug?: string
  /**
   * Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @example 'amara_writes'
   */
  readonly owner_screen_name?: string
  /**
   * Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @example '102665763025846275'
   */
  readonly owner_id?: string | bigint
  /** Only return Tweets newer than this Tweet id. If too many Tweets have been posted since then, Twitter moves it up to the oldest id it can still serve. */
  readonly since_id?: string | bigint
  /** Only return Tweets with this id or older; used to page back through the timeline. */
  readonly max_id?: string | bigint
  /**
   * How many Tweets to fetch per page.
   * @example 50
   */
  readonly count?: number
  /**
   * Set to false to leave the `entities` object (hashtags, mentions, URLs) out of each Tweet.
   * @defaultValue true
   */
  readonly include_entities?: boolean
  /**
   * Whether native Retweets appear in the timeline alongside original Tweets; false drops them.
   * @defaultValue true
   */
  readonly include_rts?: boolean
  /** Marks `getListStatuses` as paginated for `cursor()` (max_id). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'max_id', undefined>
}

/** What `getListStatuses` resolves to. */
export type GetListStatusesResponse = Tweet[]

/** How `get_list_statuses` is called: `GET lists/statuses`. */
export const getListStatusesRoute: Route = { id: 'get_list_statuses', method: 'GET', path: 'lists/statuses', paginate: { style: 'max_id' }, rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 900, per: 'app' }] }

/**
 * Read the timeline of Tweets posted by the members of a list.
 *
 * Retweets are part of the timeline unless `include_rts` is false. Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
 *
 * `GET https://api.twitter.com/1.1/lists/statuses.json` · Auth: user context or app-only bearer token. Rate limit: 900 per user, 900 per app every 15 minutes.
 *
 * Paginated (max_id): `for await (const item of twitter.cursor(twitter.getListStatuses, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-statuses
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
 * @param params.slug - The list's short URL name (as in twitter.com/owner/lists/slug). Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
 * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
 * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
 * @param params.since_id - Only return Tweets newer than this Tweet id. If too many Tweets have been posted since then, Twitter moves it up to the oldest id it can still serve.
 * @param params.max_id - Only return Tweets with this id or older; used to page back through the timeline.
 * @param params.count - How many Tweets to fetch per page.
 * @param params.include_entities - Set to false to leave the `entities` object (hashtags, mentions, URLs) out of each Tweet.
 * @param params.include_rts - Whether native Retweets appear in the timeline alongside original Tweets; false drops them.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `Tweet`, each one a Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getListStatuses(core, { owner_screen_name: 'amara_writes', slug: 'docs-people' })
 * ```
 */
export function getListStatuses(core: BaseCore, params: GetListStatusesParams = {}, options?: CallOptions): Promise<GetListStatusesResponse> {
  return callV1(core, getListStatusesRoute, params, options)
}

/** Parameters of `deleteListMember` (`delete_list_member`). */
export interface DeleteListMemberParams {
  /**
   * Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @example '2105266406814646658'
   */
  readonly list_id?: string | bigint
  /**
   * The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @example 'api-folks'
   */
  readonly slug?: string
  /**
   * Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @example 'emu_dev'
   */
  readonly owner_screen_name?: string
  /** Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`). */
  readonly owner_id?: string | bigint
  /**
   * Numeric id of the account to take off the list. Give this or `screen_name`.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle of the account to take off the list. Give this or `user_id`.
   * @example 'maya_codes'
   */
  readonly screen_name?: string
}

/** What `deleteListMember` resolves to. */
export type DeleteListMemberResponse = List

/** How `delete_list_member` is called: `POST lists/members/destroy`. */
export const deleteListMemberRoute: Route = { id: 'delete_list_member', method: 'POST', path: 'lists/members/destroy', auth: 'user' }

/**
 * Remove one account from a list the authenticating user owns.
 *
 * Only the list's owner may remove members. Name the list by `list_id`, or by `slug` plus `owner_screen_name` or `owner_id`; name the account by `user_id` or `screen_name`.
 *
 * `POST https://api.twitter.com/1.1/lists/members/destroy.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-members-destroy
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
 * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
 * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
 * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
 * @param params.user_id - Numeric id of the account to take off the list. Give this or `screen_name`.
 * @param params.screen_name - Handle of the account to take off the list. Give this or `user_id`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `List`: a list of accounts owned by one user, public or private.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await deleteListMember(core, { slug: 'api-folks', owner_screen_name: 'emu_dev', screen_name: 'maya_codes' })
 * ```
 */
export function deleteListMember(core: BaseCore, params: DeleteListMemberParams = {}, options?: CallOptions): Promise<DeleteListMemberResponse> {
  return callV1(core, deleteListMemberRoute, params, options)
}

/** Parameters of `getListMemberships` (`get_list_memberships`). */
export interface GetListMembershipsParams {
  /**
   * Numeric id of the user whose memberships to return. Use this or `screen_name`; with neither, the authenticating user is used.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle of the user whose memberships to return. Use this or `user_id`; with neither, the authenticating user is used.
   * @example 'twitterapi'
   */
  readonly screen_name?: string
  /**
   * Lists per page; 20 unless set, and never more than 1000.
   * @defaultValue 20
   * @example 100
   */
  readonly count?: number
  /** Page position: -1 for the first page, then the `next_cursor` or `previous_cursor` value of the previous response. */
  readonly cursor?: string | bigint
  /** When true, only lists owned by the authenticating user that the given user belongs to are returned. */
  readonly filter_to_owned_lists?: boolean
  /** Marks `getListMemberships` as paginated for `cursor()` (cursor over `lists`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'lists'>
}

/** What `getListMemberships` resolves to. */
export type GetListMembershipsResponse = CursoredLists

/** How `get_list_memberships` is called: `GET lists/memberships`. */
export const getListMembershipsRoute: Route = { id: 'get_list_memberships', method: 'GET', path: 'lists/memberships', paginate: { style: 'cursor', items: 'lists' }, rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 75, per: 'app' }] }

/**
 * Page through the lists that a user has been added to as a member.
 *
 * With neither `user_id` nor `screen_name`, the authenticating user's memberships are returned.
 *
 * `GET https://api.twitter.com/1.1/lists/memberships.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 75 per app every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getListMemberships, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-memberships
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the user whose memberships to return. Use this or `screen_name`; with neither, the authenticating user is used.
 * @param params.screen_name - Handle of the user whose memberships to return. Use this or `user_id`; with neither, the authenticating user is used.
 * @param params.count - Lists per page; 20 unless set, and never more than 1000.
 * @param params.cursor - Page position: -1 for the first page, then the `next_cursor` or `previous_cursor` value of the previous response.
 * @param params.filter_to_owned_lists - When true, only lists owned by the authenticating user that the given user belongs to are returned.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredLists`: one page of lists, as `lists/memberships`, `lists/ownerships` and `lists/subscriptions` return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getListMemberships(core)
 * ```
 */
export function getListMemberships(core: BaseCore, params: GetListMembershipsParams = {}, options?: CallOptions): Promise<GetListMembershipsResponse> {
  return callV1(core, getListMembershipsRoute, params, options)
}

/** Parameters of `getListSubscribers` (`get_list_subscribers`). */
export interface GetListSubscribersParams {
  /**
   * Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @example '2105266406814646658'
   */
  readonly list_id?: string | bigint
  /**
   * The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @example 'docs-people'
   */
  readonly slug?: string
  /**
   * Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @example 'amara_writes'
   */
  readonly owner_screen_name?: string
  /**
   * Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @example '102665763025846275'
   */
  readonly owner_id?: string | bigint
  /**
   * Users per page; 20 unless set, at most 5000.
   * @defaultValue 20
   * @example 200
   */
  readonly count?: number
  /** Page position: -1 for the first page, then the `next_cursor` or `previous_cursor` value of the previous response. */
  readonly cursor?: string | bigint
  /** Set to false to leave the `entities` object out of each user's embedded status. */
  readonly include_entities?: boolean
  /** When true, each user comes back without their most recent Tweet. */
  readonly skip_status?: boolean
  /** Marks `getListSubscribers` as paginated for `cursor()` (cursor over `users`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'users'>
}

/** What `getListSubscribers` resolves to. */
export type GetListSubscribersResponse = CursoredUsers

/** How `get_list_subscribers` is called: `GET lists/subscribers`. */
export const getListSubscribersRoute: Route = { id: 'get_list_subscribers', method: 'GET', path: 'lists/subscribers', paginate: { style: 'cursor', items: 'users' }, rateLimits: [{ windowSeconds: 900, limit: 180, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Page through the users who subscribe to (follow) a list.
 *
 * Subscribers of a private list are only visible to the list's owner. Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
 *
 * `GET https://api.twitter.com/1.1/lists/subscribers.json` · Auth: user context or app-only bearer token. Rate limit: 180 per user, 15 per app every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getListSubscribers, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-subscribers
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
 * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
 * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
 * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
 * @param params.count - Users per page; 20 unless set, at most 5000.
 * @param params.cursor - Page position: -1 for the first page, then the `next_cursor` or `previous_cursor` value of the previous response.
 * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded status.
 * @param params.skip_status - When true, each user comes back without their most recent Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredUsers`: one page of users, as `followers/list`, `friends/list`, `blocks/list`, `lists/members` and similar endpoints return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getListSubscribers(core, { owner_screen_name: 'amara_writes', slug: 'docs-people' })
 * ```
 */
export function getListSubscribers(core: BaseCore, params: GetListSubscribersParams = {}, options?: CallOptions): Promise<GetListSubscribersResponse> {
  return callV1(core, getListSubscribersRoute, params, options)
}

/** Parameters of `subscribeToList` (`subscribe_to_list`). */
export interface SubscribeToListParams {
  /**
   * Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @example '2105266406814646658'
   */
  readonly list_id?: string | bigint
  /**
   * The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @example 'docs-people'
   */
  readonly slug?: string
  /**
   * Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @example 'amara_writes'
   */
  readonly owner_screen_name?: string
  /**
   * Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @example '102665763025846275'
   */
  readonly owner_id?: string | bigint
}

/** What `subscribeToList` resolves to. */
export type SubscribeToListResponse = List

/** How `subscribe_to_list` is called: `POST lists/subscribers/create`. */
export const subscribeToListRoute: Route = { id: 'subscribe_to_list', method: 'POST', path: 'lists/subscribers/create', auth: 'user' }

/**
 * Make the authenticating user a subscriber (follower) of a list.
 *
 * Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
 *
 * `POST https://api.twitter.com/1.1/lists/subscribers/create.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-subscribers-create
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
 * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
 * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
 * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `List`: a list of accounts owned by one user, public or private.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await subscribeToList(core, { owner_screen_name: 'amara_writes', slug: 'docs-people' })
 * ```
 */
export function subscribeToList(core: BaseCore, params: SubscribeToListParams = {}, options?: CallOptions): Promise<SubscribeToListResponse> {
  return callV1(core, subscribeToListRoute, params, options)
}

/** Parameters of `isListSubscriber` (`is_list_subscriber`). */
export interface IsListSubscriberParams {
  /**
   * Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @example '2105266406814646658'
   */
  readonly list_id?: string | bigint
  /**
   * The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @example 'docs-people'
   */
  readonly slug?: string
  /**
   * Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @example 'amara_writes'
   */
  readonly owner_screen_name?: string
  /**
   * Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @example '102665763025846275'
   */
  readonly owner_id?: string | bigint
  /**
   * Numeric id of the user to look for among the subscribers. Give this or `screen_name`.
   * @example '9894469432246278'
   */
  readonly user_id?: string | bigint
  /**
   * Handle of the user to look for among the subscribers. Give this or `user_id`.
   * @example 'tomas_ops'
   */
  readonly screen_name?: string
  /** Set to false to leave the `entities` object out of the returned user's embedded status. */
  readonly include_entities?: boolean
  /** When true, the user comes back without their most recent Tweet. */
  readonly skip_status?: boolean
}

/** What `isListSubscriber` resolves to. */
export type IsListSubscriberResponse = User

/** How `is_list_subscriber` is called: `GET lists/subscribers/show`. */
export const isListSubscriberRoute: Route = { id: 'is_list_subscriber', method: 'GET', path: 'lists/subscribers/show', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Check whether a given user subscribes to a list, returning that user if so.
 *
 * When the user is not a subscriber Twitter answers with an error (HTTP 404) rather than an empty result, so expect a thrown error for "no". Name the list by `list_id`, or by `slug` plus `owner_screen_name` or `owner_id`; name the user by `user_id` or `screen_name`.
 *
 * `GET https://api.twitter.com/1.1/lists/subscribers/show.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-subscribers-show
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
 * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
 * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
 * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
 * @param params.user_id - Numeric id of the user to look for among the subscribers. Give this or `screen_name`.
 * @param params.screen_name - Handle of the user to look for among the subscribers. Give this or `user_id`.
 * @param params.include_entities - Set to false to leave the `entities` object out of the returned user's embedded status.
 * @param params.skip_status - When true, the user comes back without their most recent Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `User`: a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await isListSubscriber(core, { owner_screen_name: 'amara_writes', slug: 'docs-people', screen_name: 'tomas_ops' })
 * ```
 */
export function isListSubscriber(core: BaseCore, params: IsListSubscriberParams = {}, options?: CallOptions): Promise<IsListSubscriberResponse> {
  return callV1(core, isListSubscriberRoute, params, options)
}

/** Parameters of `unsubscribeFromList` (`unsubscribe_from_list`). */
export interface UnsubscribeFromListParams {
  /**
   * Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @example '2105266406814646658'
   */
  readonly list_id?: string | bigint
  /**
   * The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @example 'docs-people'
   */
  readonly slug?: string
  /**
   * Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @example 'amara_writes'
   */
  readonly owner_screen_name?: string
  /**
   * Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @example '102665763025846275'
   */
  readonly owner_id?: string | bigint
}

/** What `unsubscribeFromList` resolves to. */
export type UnsubscribeFromListResponse = List

/** How `unsubscribe_from_list` is called: `POST lists/subscribers/destroy`. */
export const unsubscribeFromListRoute: Route = { id: 'unsubscribe_from_list', method: 'POST', path: 'lists/subscribers/destroy', auth: 'user' }

/**
 * Stop the authenticating user's subscription to a list.
 *
 * Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
 *
 * `POST https://api.twitter.com/1.1/lists/subscribers/destroy.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-subscribers-destroy
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
 * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
 * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
 * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `List`: a list of accounts owned by one user, public or private.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await unsubscribeFromList(core, { owner_screen_name: 'amara_writes', slug: 'docs-people' })
 * ```
 */
export function unsubscribeFromList(core: BaseCore, params: UnsubscribeFromListParams = {}, options?: CallOptions): Promise<UnsubscribeFromListResponse> {
  return callV1(core, unsubscribeFromListRoute, params, options)
}

/** Parameters of `createListMembers` (`create_list_members`). */
export interface CreateListMembersParams {
  /**
   * Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @example '2105266406814646658'
   */
  readonly list_id?: string | bigint
  /**
   * The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @example 'api-folks'
   */
  readonly slug?: string
  /**
   * Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @example 'emu_dev'
   */
  readonly owner_screen_name?: string
  /** Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`). */
  readonly owner_id?: string | bigint
  /**
   * Numeric ids of the accounts to add, at most 100 per request. Use this and/or `screen_name`.
   * @example ['102665763025846275', '645885173560246279']
   */
  readonly user_id?: readonly (string | bigint)[]
  /**
   * Handles of the accounts to add, at most 100 per request. Use this and/or `user_id`.
   * @example ['amara_writes', 'twitterapi']
   */
  readonly screen_name?: readonly string[]
}

/** What `createListMembers` resolves to. */
export type CreateListMembersResponse = List

/** How `create_list_members` is called: `POST lists/members/create_all`. */
export const createListMembersRoute: Route = { id: 'create_list_members', method: 'POST', path: 'lists/members/create_all', auth: 'user' }

/**
 * Add up to 100 accounts to a list the authenticating user owns in one request.
 *
 * Only the list's owner may add members, and a list holds at most 5,000 accounts. Pass the accounts as `user_id` and/or `screen_name` arrays (sent comma-separated, up to 100 per call). Twitter warns that quickly alternating bulk adds and removals on the same list can leave its membership inconsistent, so space such calls out. Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
 *
 * `POST https://api.twitter.com/1.1/lists/members/create_all.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-members-create_all
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
 * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
 * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
 * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
 * @param params.user_id - Numeric ids of the accounts to add, at most 100 per request. Use this and/or `screen_name`.
 * @param params.screen_name - Handles of the accounts to add, at most 100 per request. Use this and/or `user_id`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `List`: a list of accounts owned by one user, public or private.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await createListMembers(core, { slug: 'api-folks', owner_screen_name: 'emu_dev', screen_name: ['amara_writes', 'lena_ux'] })
 * ```
 */
export function createListMembers(core: BaseCore, params: CreateListMembersParams = {}, options?: CallOptions): Promise<CreateListMembersResponse> {
  return callV1(core, createListMembersRoute, params, options)
}

/** Parameters of `isListMember` (`is_list_member`). */
export interface IsListMemberParams {
  /**
   * Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @example '2105266406814646658'
   */
  readonly list_id?: string | bigint
  /**
   * The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @example 'docs-people'
   */
  readonly slug?: string
  /**
   * Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @example 'amara_writes'
   */
  readonly owner_screen_name?: string
  /**
   * Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @example '102665763025846275'
   */
  readonly owner_id?: string | bigint
  /**
   * Numeric id of the user to look for among the members. Give this or `screen_name`.
   * @example '645885173560246279'
   */
  readonly user_id?: string | bigint
  /**
   * Handle of the user to look for among the members. Give this or `user_id`.
   * @example 'twitterapi'
   */
  readonly screen_name?: string
  /** Set to false to leave the `entities` object out of the returned user's embedded status. */
  readonly include_entities?: boolean
  /** When true, the user comes back without their most recent Tweet. */
  readonly skip_status?: boolean
}

/** What `isListMember` resolves to. */
export type IsListMemberResponse = User

/** How `is_list_member` is called: `GET lists/members/show`. */
export const isListMemberRoute: Route = { id: 'is_list_member', method: 'GET', path: 'lists/members/show', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Check whether a given user is a member of a list, returning that user if so.
 *
 * When the user is not a member Twitter answers with an error (HTTP 404) rather than an empty result, so expect a thrown error for "no". Name the list by `list_id`, or by `slug` plus `owner_screen_name` or `owner_id`; name the user by `user_id` or `screen_name`.
 *
 * `GET https://api.twitter.com/1.1/lists/members/show.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-members-show
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
 * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
 * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
 * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
 * @param params.user_id - Numeric id of the user to look for among the members. Give this or `screen_name`.
 * @param params.screen_name - Handle of the user to look for among the members. Give this or `user_id`.
 * @param params.include_entities - Set to false to leave the `entities` object out of the returned user's embedded status.
 * @param params.skip_status - When true, the user comes back without their most recent Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `User`: a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await isListMember(core, { owner_screen_name: 'amara_writes', slug: 'docs-people', screen_name: 'lena_ux' })
 * ```
 */
export function isListMember(core: BaseCore, params: IsListMemberParams = {}, options?: CallOptions): Promise<IsListMemberResponse> {
  return callV1(core, isListMemberRoute, params, options)
}

/** Parameters of `getListMembers` (`get_list_members`). */
export interface GetListMembersParams {
  /**
   * Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @example '2105266406814646658'
   */
  readonly list_id?: string | bigint
  /**
   * The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @example 'docs-people'
   */
  readonly slug?: string
  /**
   * Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @example 'amara_writes'
   */
  readonly owner_screen_name?: string
  /**
   * Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @example '102665763025846275'
   */
  readonly owner_id?: string | bigint
  /**
   * Members per page; 20 unless set, at most 5000.
   * @defaultValue 20
   * @example 200
   */
  readonly count?: number
  /**
   * Page position: -1 (the default) for the first page, then the `next_cursor` or `previous_cursor` value of the previous response.
   * @defaultValue '-1'
   */
  readonly cursor?: string | bigint
  /**
   * Set to false to leave the `entities` object out of each user's embedded status.
   * @defaultValue true
   */
  readonly include_entities?: boolean
  /**
   * When true, each user comes back without their most recent Tweet.
   * @defaultValue false
   */
  readonly skip_status?: boolean
  /** Marks `getListMembers` as paginated for `cursor()` (cursor over `users`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'users'>
}

/** What `getListMembers` resolves to. */
export type GetListMembersResponse = CursoredUsers

/** How `get_list_members` is called: `GET lists/members`. */
export const getListMembersRoute: Route = { id: 'get_list_members', method: 'GET', path: 'lists/members', paginate: { style: 'cursor', items: 'users' }, rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 75, per: 'app' }] }

/**
 * Page through the accounts that are members of a list.
 *
 * Members of a private list are only visible to the list's owner. Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
 *
 * `GET https://api.twitter.com/1.1/lists/members.json` · Auth: user context or app-only bearer token. Rate limit: 900 per user, 75 per app every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getListMembers, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-members
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
 * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
 * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
 * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
 * @param params.count - Members per page; 20 unless set, at most 5000.
 * @param params.cursor - Page position: -1 (the default) for the first page, then the `next_cursor` or `previous_cursor` value of the previous response.
 * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded status.
 * @param params.skip_status - When true, each user comes back without their most recent Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredUsers`: one page of users, as `followers/list`, `friends/list`, `blocks/list`, `lists/members` and similar endpoints return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getListMembers(core, { owner_screen_name: 'amara_writes', slug: 'docs-people' })
 * ```
 */
export function getListMembers(core: BaseCore, params: GetListMembersParams = {}, options?: CallOptions): Promise<GetListMembersResponse> {
  return callV1(core, getListMembersRoute, params, options)
}

/** Parameters of `addListMember` (`add_list_member`). */
export interface AddListMemberParams {
  /**
   * Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @example '2105266406814646658'
   */
  readonly list_id?: string | bigint
  /**
   * The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @example 'api-folks'
   */
  readonly slug?: string
  /**
   * Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @example 'emu_dev'
   */
  readonly owner_screen_name?: string
  /** Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`). */
  readonly owner_id?: string | bigint
  /**
   * Numeric id of the account to add. Give this or `screen_name`.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle of the account to add. Give this or `user_id`.
   * @example 'maya_codes'
   */
  readonly screen_name?: string
}

/** What `addListMember` resolves to. */
export type AddListMemberResponse = List

/** How `add_list_member` is called: `POST lists/members/create`. */
export const addListMemberRoute: Route = { id: 'add_list_member', method: 'POST', path: 'lists/members/create', auth: 'user' }

/**
 * Add one account to a list the authenticating user owns.
 *
 * Only the list's owner may add members, and a list holds at most 5,000 accounts. Name the list by `list_id`, or by `slug` plus `owner_screen_name` or `owner_id`; name the account by `user_id` or `screen_name`.
 *
 * `POST https://api.twitter.com/1.1/lists/members/create.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-members-create
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
 * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
 * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
 * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
 * @param params.user_id - Numeric id of the account to add. Give this or `screen_name`.
 * @param params.screen_name - Handle of the account to add. Give this or `user_id`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `List`: a list of accounts owned by one user, public or private.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await addListMember(core, { slug: 'api-folks', owner_screen_name: 'emu_dev', screen_name: 'maya_codes' })
 * ```
 */
export function addListMember(core: BaseCore, params: AddListMemberParams = {}, options?: CallOptions): Promise<AddListMemberResponse> {
  return callV1(core, addListMemberRoute, params, options)
}

/** Parameters of `deleteList` (`delete_list`). */
export interface DeleteListParams {
  /**
   * Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @example '2105266406814646658'
   */
  readonly list_id?: string | bigint
  /**
   * The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @example 'api-folks'
   */
  readonly slug?: string
  /**
   * Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @example 'emu_dev'
   */
  readonly owner_screen_name?: string
  /** Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`). */
  readonly owner_id?: string | bigint
}

/** What `deleteList` resolves to. */
export type DeleteListResponse = List

/** How `delete_list` is called: `POST lists/destroy`. */
export const deleteListRoute: Route = { id: 'delete_list', method: 'POST', path: 'lists/destroy', auth: 'user' }

/**
 * Delete a list the authenticating user owns.
 *
 * Only the owner can delete a list. Identify it with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`. The deleted list is returned.
 *
 * `POST https://api.twitter.com/1.1/lists/destroy.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-destroy
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
 * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
 * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
 * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `List`: a list of accounts owned by one user, public or private.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await deleteList(core, { list_id: '2105266406814646658' })
 * ```
 */
export function deleteList(core: BaseCore, params: DeleteListParams = {}, options?: CallOptions): Promise<DeleteListResponse> {
  return callV1(core, deleteListRoute, params, options)
}

/** Parameters of `updateList` (`update_list`). */
export interface UpdateListParams {
  /**
   * Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @example '2105266406814646658'
   */
  readonly list_id?: string | bigint
  /**
   * The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @example 'api-folks'
   */
  readonly slug?: string
  /**
   * Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @example 'emu_dev'
   */
  readonly owner_screen_name?: string
  /** Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`). */
  readonly owner_id?: string | bigint
  /**
   * New display name for the list.
   * @example 'tweeps'
   */
  readonly name?: string
  /**
   * New visibility; `private` hides the list from everyone but its owner.
   * @example 'private'
   */
  readonly mode?: 'public' | 'private'
  /**
   * New description text for the list.
   * @example 'updated!'
   */
  readonly description?: string
}

/** What `updateList` resolves to. */
export type UpdateListResponse = List

/** How `update_list` is called: `POST lists/update`. */
export const updateListRoute: Route = { id: 'update_list', method: 'POST', path: 'lists/update', auth: 'user' }

/**
 * Change the name, visibility or description of a list the authenticating user owns.
 *
 * Only the owner can edit a list; fields left out keep their current values. Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
 *
 * `POST https://api.twitter.com/1.1/lists/update.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-update
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
 * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
 * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
 * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
 * @param params.name - New display name for the list.
 * @param params.mode - New visibility; `private` hides the list from everyone but its owner.
 * @param params.description - New description text for the list.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `List`: a list of accounts owned by one user, public or private.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await updateList(core, { list_id: '2105266406814646658', description: 'Accounts to watch for API news and outages.' })
 * ```
 */
export function updateList(core: BaseCore, params: UpdateListParams = {}, options?: CallOptions): Promise<UpdateListResponse> {
  return callV1(core, updateListRoute, params, options)
}

/** Parameters of `createList` (`create_list`). */
export interface CreateListParams {
  /**
   * Display name of the new list: it must begin with a letter and have no more than 25 characters, using only letters, digits, `-` and `_`.
   * @example 'tweeps'
   */
  readonly name: string
  /**
   * Visibility of the list; `public` unless set, `private` hides it from everyone but its owner.
   * @defaultValue 'public'
   * @example 'private'
   */
  readonly mode?: 'public' | 'private'
  /**
   * Free-text description shown with the list.
   * @example 'People worth reading'
   */
  readonly description?: string
}

/** What `createList` resolves to. */
export type CreateListResponse = List

/** How `create_list` is called: `POST lists/create`. */
export const createListRoute: Route = { id: 'create_list', method: 'POST', path: 'lists/create', auth: 'user' }

/**
 * Create a new list owned by the authenticating user.
 *
 * An account can own at most 1000 lists. New lists are public unless `mode` is `private`.
 *
 * `POST https://api.twitter.com/1.1/lists/create.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-create
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.name - (required) Display name of the new list: it must begin with a letter and have no more than 25 characters, using only letters, digits, `-` and `_`.
 * @param params.mode - Visibility of the list; `public` unless set, `private` hides it from everyone but its owner.
 * @param params.description - Free-text description shown with the list.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `List`: a list of accounts owned by one user, public or private.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await createList(core, { name: 'tweeps' })
 * ```
 */
export function createList(core: BaseCore, params: CreateListParams, options?: CallOptions): Promise<CreateListResponse> {
  return callV1(core, createListRoute, params, options)
}

/** Parameters of `getSpecificList` (`get_specific_list`). */
export interface GetSpecificListParams {
  /**
   * Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @example '2105266406814646658'
   */
  readonly list_id?: string | bigint
  /**
   * The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @example 'docs-people'
   */
  readonly slug?: string
  /**
   * Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @example 'amara_writes'
   */
  readonly owner_screen_name?: string
  /**
   * Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
   * @example '102665763025846275'
   */
  readonly owner_id?: string | bigint
}

/** What `getSpecificList` resolves to. */
export type GetSpecificListResponse = List

/** How `get_specific_list` is called: `GET lists/show`. */
export const getSpecificListRoute: Route = { id: 'get_specific_list', method: 'GET', path: 'lists/show', rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 75, per: 'app' }] }

/**
 * Read one list by its id, or by its slug and owner.
 *
 * A private list is only returned to its owner. Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
 *
 * `GET https://api.twitter.com/1.1/lists/show.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 75 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-show
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
 * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
 * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
 * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `List`: a list of accounts owned by one user, public or private.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getSpecificList(core, { owner_screen_name: 'amara_writes', slug: 'docs-people' })
 * ```
 */
export function getSpecificList(core: BaseCore, params: GetSpecificListParams = {}, options?: CallOptions): Promise<GetSpecificListResponse> {
  return callV1(core, getSpecificListRoute, params, options)
}

/** Parameters of `getListSubscriptions` (`get_list_subscriptions`). */
export interface GetListSubscriptionsParams {
  /**
   * Numeric id of the user whose subscriptions to return. Use this or `screen_name`; with neither, the authenticating user is used.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle of the user whose subscriptions to return. Use this or `user_id`; with neither, the authenticating user is used.
   * @example 'twitterapi'
   */
  readonly screen_name?: string
  /**
   * Lists per page; 20 unless set, and never more than 1000.
   * @defaultValue 20
   * @example 100
   */
  readonly count?: number
  /** Page position: -1 for the first page, then the `next_cursor` or `previous_cursor` value of the previous response. */
  readonly cursor?: string | bigint
  /** Marks `getListSubscriptions` as paginated for `cursor()` (cursor over `lists`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'lists'>
}

/** What `getListSubscriptions` resolves to. */
export type GetListSubscriptionsResponse = CursoredLists

/** How `get_list_subscriptions` is called: `GET lists/subscriptions`. */
export const getListSubscriptionsRoute: Route = { id: 'get_list_subscriptions', method: 'GET', path: 'lists/subscriptions', paginate: { style: 'cursor', items: 'lists' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Page through the lists a user subscribes to, not counting lists they own.
 *
 * With neither `user_id` nor `screen_name`, the authenticating user's subscriptions are returned.
 *
 * `GET https://api.twitter.com/1.1/lists/subscriptions.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getListSubscriptions, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-subscriptions
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the user whose subscriptions to return. Use this or `screen_name`; with neither, the authenticating user is used.
 * @param params.screen_name - Handle of the user whose subscriptions to return. Use this or `user_id`; with neither, the authenticating user is used.
 * @param params.count - Lists per page; 20 unless set, and never more than 1000.
 * @param params.cursor - Page position: -1 for the first page, then the `next_cursor` or `previous_cursor` value of the previous response.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredLists`: one page of lists, as `lists/memberships`, `lists/ownerships` and `lists/subscriptions` return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getListSubscriptions(core)
 * ```
 */
export function getListSubscriptions(core: BaseCore, params: GetListSubscriptionsParams = {}, options?: CallOptions): Promise<GetListSubscriptionsResponse> {
  return callV1(core, getListSubscriptionsRoute, params, options)
}

/** Parameters of `deleteListMembers` (`delete_list_members`). */
export interface DeleteListMembersParams {
  /**
   * Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
   * @example '2105266406814646658'
   */
  readonly list_id?: string | bigint
  /**
   * The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
   * @example 'api-folks'
   */
  readonly slug?: string
  /**
   * Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
   * @example 'emu_dev'
   */
  readonly owner_screen_name?: string
  /** Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`). */
  readonly owner_id?: string | bigint
  /**
   * Numeric ids of the accounts to remove, at most 100 per request. Use this and/or `screen_name`.
   * @example ['102665763025846275', '645885173560246279']
   */
  readonly user_id?: readonly (string | bigint)[]
  /**
   * Handles of the accounts to remove, at most 100 per request. Use this and/or `user_id`.
   * @example ['amara_writes', 'twitterapi']
   */
  readonly screen_name?: readonly string[]
}

/** What `deleteListMembers` resolves to. */
export type DeleteListMembersResponse = List

/** How `delete_list_members` is called: `POST lists/members/destroy_all`. */
export const deleteListMembersRoute: Route = { id: 'delete_list_members', method: 'POST', path: 'lists/members/destroy_all', auth: 'user' }

/**
 * Remove up to 100 accounts from a list the authenticating user owns in one request.
 *
 * Only the list's owner may remove members. Pass the accounts as `user_id` and/or `screen_name` arrays (sent comma-separated, up to 100 per call). Twitter warns that quickly alternating bulk adds and removals on the same list can leave its membership inconsistent, so space such calls out. Identify the list with `list_id`, or with `slug` plus `owner_screen_name` or `owner_id`.
 *
 * `POST https://api.twitter.com/1.1/lists/members/destroy_all.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/post-lists-members-destroy_all
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.list_id - Numeric id of the list. Give this, or else `slug` together with `owner_screen_name` or `owner_id`.
 * @param params.slug - The list's short URL name. Only together with `owner_screen_name` or `owner_id`; not needed when `list_id` is given.
 * @param params.owner_screen_name - Handle of the list's owner, needed when the list is named by `slug` (or use `owner_id`).
 * @param params.owner_id - Numeric user id of the list's owner, needed when the list is named by `slug` (or use `owner_screen_name`).
 * @param params.user_id - Numeric ids of the accounts to remove, at most 100 per request. Use this and/or `screen_name`.
 * @param params.screen_name - Handles of the accounts to remove, at most 100 per request. Use this and/or `user_id`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `List`: a list of accounts owned by one user, public or private.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await deleteListMembers(core, { slug: 'api-folks', owner_screen_name: 'emu_dev', screen_name: ['amara_writes', 'lena_ux'] })
 * ```
 */
export function deleteListMembers(core: BaseCore, params: DeleteListMembersParams = {}, options?: CallOptions): Promise<DeleteListMembersResponse> {
  return callV1(core, deleteListMembersRoute, params, options)
}

/** Parameters of `showOwnedLists` (`show_owned_lists`). */
export interface ShowOwnedListsParams {
  /**
   * Numeric id of the user whose lists to return. Use this or `screen_name`; with neither, the authenticating user is used.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle of the user whose lists to return. Use this or `user_id`; with neither, the authenticating user is used.
   * @example 'twitterapi'
   */
  readonly screen_name?: string
  /**
   * Lists per page; 20 unless set, and never more than 1000.
   * @defaultValue 20
   * @example 100
   */
  readonly count?: number
  /** Page position: -1 for the first page, then the `next_cursor` or `previous_cursor` value of the previous response. */
  readonly cursor?: string | bigint
  /** Marks `showOwnedLists` as paginated for `cursor()` (cursor over `lists`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'lists'>
}

/** What `showOwnedLists` resolves to. */
export type ShowOwnedListsResponse = CursoredLists

/** How `show_owned_lists` is called: `GET lists/ownerships`. */
export const showOwnedListsRoute: Route = { id: 'show_owned_lists', method: 'GET', path: 'lists/ownerships', paginate: { style: 'cursor', items: 'lists' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Page through the lists a user owns.
 *
 * Private lists are included only when the authenticating user is their owner. With neither `user_id` nor `screen_name`, the authenticating user's lists are returned.
 *
 * `GET https://api.twitter.com/1.1/lists/ownerships.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.showOwnedLists, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/create-manage-lists/api-reference/get-lists-ownerships
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the user whose lists to return. Use this or `screen_name`; with neither, the authenticating user is used.
 * @param params.screen_name - Handle of the user whose lists to return. Use this or `user_id`; with neither, the authenticating user is used.
 * @param params.count - Lists per page; 20 unless set, and never more than 1000.
 * @param params.cursor - Page position: -1 for the first page, then the `next_cursor` or `previous_cursor` value of the previous response.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredLists`: one page of lists, as `lists/memberships`, `lists/ownerships` and `lists/subscriptions` return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await showOwnedLists(core)
 * ```
 */
export function showOwnedLists(core: BaseCore, params: ShowOwnedListsParams = {}, options?: CallOptions): Promise<ShowOwnedListsResponse> {
  return callV1(core, showOwnedListsRoute, params, options)
}
