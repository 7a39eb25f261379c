// generated from spec/endpoints/users.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import type { ProfileBanner, User, UserSuggestionCategory, UserSuggestions } from './models/users.js'

/** Parameters of `lookupUser` (`lookup_user`). */
export interface LookupUserParams {
  /**
   * Handles (without the \@) of the accounts to fetch, up to 100, sent comma-separated. Give this or `user_id` (at least one of them is needed).
   * @example ['twitterapi', 'maya_codes']
   */
  readonly screen_name?: readonly string[]
  /**
   * Numeric ids of the accounts to fetch, up to 100, sent comma-separated. Give this or `screen_name` (at least one of them is needed).
   * @example ['102665763025846275', '645885173560246279']
   */
  readonly user_id?: readonly (string | bigint)[]
  /**
   * Set to false to leave the `entities` object out of each user's embedded Tweet.
   * @example false
   */
  readonly include_entities?: boolean
  /**
   * `extended` gives each embedded Tweet its whole text in `full_text`; `compat`, the default, gives a `text` field cut to 140 characters where needed.
   * @defaultValue 'compat'
   * @example 'extended'
   */
  readonly tweet_mode?: 'compat' | 'extended'
}

/** What `lookupUser` resolves to. */
export type LookupUserResponse = User[]

/** How `lookup_user` is called: `GET users/lookup`. */
export const lookupUserRoute: Route = { id: 'lookup_user', method: 'GET', path: 'users/lookup', rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }] }

/**
 * Get full user objects for up to 100 accounts in one request.
 *
 * Name the accounts with `screen_name`, `user_id` or both, up to 100 in total. The results may come back in a different order than asked, and unknown, suspended or deleted accounts are silently left out; if none of them can be returned Twitter answers 404. A protected account's latest Tweet is only included when the authenticating user follows it. Twython sends this as a GET; Twitter recommends POST for long lists, which this method does not do.
 *
 * `GET https://api.twitter.com/1.1/users/lookup.json` · Auth: user context or app-only bearer token. Rate limit: 900 per user, 300 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-users-lookup
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.screen_name - Handles (without the \@) of the accounts to fetch, up to 100, sent comma-separated. Give this or `user_id` (at least one of them is needed).
 * @param params.user_id - Numeric ids of the accounts to fetch, up to 100, sent comma-separated. Give this or `screen_name` (at least one of them is needed).
 * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded Tweet.
 * @param params.tweet_mode - `extended` gives each embedded Tweet its whole text in `full_text`; `compat`, the default, gives a `text` field cut to 140 characters where needed.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `User`, each one a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await lookupUser(core, { screen_name: ['twitterapi', 'maya_codes'] })
 * ```
 */
export function lookupUser(core: BaseCore, params: LookupUserParams = {}, options?: CallOptions): Promise<LookupUserResponse> {
  return callV1(core, lookupUserRoute, params, options)
}

/** Parameters of `showUser` (`show_user`). */
export interface ShowUserParams {
  /**
   * Numeric id of the account. Give this or `screen_name`; one of them is required.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle (without the \@) of the account. Give this or `user_id`; one of them is required.
   * @example 'twitterapi'
   */
  readonly screen_name?: string
  /**
   * Set to false to leave the `entities` object out of the user's embedded Tweet.
   * @example false
   */
  readonly include_entities?: boolean
}

/** What `showUser` resolves to. */
export type ShowUserResponse = User

/** How `show_user` is called: `GET users/show`. */
export const showUserRoute: Route = { id: 'show_user', method: 'GET', path: 'users/show', rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 900, per: 'app' }] }

/**
 * Get the profile of one account, with its latest Tweet when Twitter can include it.
 *
 * A protected account's latest Tweet is only included when the authenticating user follows it, and even then the `status` field is not guaranteed. Use `lookupUser` to fetch many accounts at once.
 *
 * `GET https://api.twitter.com/1.1/users/show.json` · Auth: user context or app-only bearer token. Rate limit: 900 per user, 900 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-users-show
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the account. Give this or `screen_name`; one of them is required.
 * @param params.screen_name - Handle (without the \@) of the account. Give this or `user_id`; one of them is required.
 * @param params.include_entities - Set to false to leave the `entities` object out of the user's embedded Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The account, with its latest Tweet in `status` unless that is protected.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await showUser(core, { user_id: '102665763025846275' })
 * ```
 */
export function showUser(core: BaseCore, params: ShowUserParams = {}, options?: CallOptions): Promise<ShowUserResponse> {
  return callV1(core, showUserRoute, params, options)
}

/** Parameters of `searchUsers` (`search_users`). */
export interface SearchUsersParams {
  /**
   * The people-search query (plain text; the client encodes it).
   * @example 'maya_codes'
   */
  readonly q: string
  /**
   * Which page of results to return, counting from 1.
   * @example 3
   */
  readonly page?: number
  /**
   * How many accounts to return per page, at most 20.
   * @example 5
   */
  readonly count?: number
  /**
   * Set to false to leave the `entities` object out of each user's embedded Tweet.
   * @example false
   */
  readonly include_entities?: boolean
}

/** What `searchUsers` resolves to. */
export type SearchUsersResponse = User[]

/** How `search_users` is called: `GET users/search`. */
export const searchUsersRoute: Route = { id: 'search_users', method: 'GET', path: 'users/search', auth: 'user', rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }] }

/**
 * Search public accounts by relevance to a query such as a name, topic, company or place.
 *
 * Exact-match searches are not supported, and only the first 1,000 matches can be reached through `page` and `count`.
 *
 * `GET https://api.twitter.com/1.1/users/search.json` · Auth: OAuth 1.0a user context. Rate limit: 900 per user every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-users-search
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.q - (required) The people-search query (plain text; the client encodes it).
 * @param params.page - Which page of results to return, counting from 1.
 * @param params.count - How many accounts to return per page, at most 20.
 * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `User`, each one a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await searchUsers(core, { q: 'maya_codes' })
 * ```
 */
export function searchUsers(core: BaseCore, params: SearchUsersParams, options?: CallOptions): Promise<SearchUsersResponse> {
  return callV1(core, searchUsersRoute, params, options)
}

/** Parameters of `getContributees` (`get_contributees`). */
export interface GetContributeesParams {
  /**
   * Numeric id of the contributor whose accounts to list. Give this or `screen_name`; one of them is required.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle (without the \@) of the contributor whose accounts to list. Give this or `user_id`; one of them is required.
   * @example 'follower_042'
   */
  readonly screen_name?: string
  /**
   * Set to false to leave the `entities` object out of each user's embedded Tweet.
   * @example false
   */
  readonly include_entities?: boolean
  /**
   * When true, each user comes back without their most recent Tweet.
   * @example true
   */
  readonly skip_status?: boolean
}

/** What `getContributees` resolves to. */
export type GetContributeesResponse = User[]

/** How `get_contributees` is called: `GET users/contributees`. */
export const getContributeesRoute: Route = { id: 'get_contributees', method: 'GET', path: 'users/contributees' }

/**
 * List the accounts a user is allowed to Tweet for as a contributor.
 *
 * Part of Twitter's old contributors (shared team account) feature. The endpoint was later dropped from the v1.1 reference (the feature was retired); it is kept for parity with Twython 3.4.0.
 *
 * `GET https://api.twitter.com/1.1/users/contributees.json` · Auth: user context or app-only bearer token.
 *
 * Reference: https://dev.twitter.com/docs/api/1.1/get/users/contributees
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the contributor whose accounts to list. Give this or `screen_name`; one of them is required.
 * @param params.screen_name - Handle (without the \@) of the contributor whose accounts to list. Give this or `user_id`; one of them is required.
 * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded Tweet.
 * @param params.skip_status - When true, each user comes back without their most recent Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `User`, each one a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getContributees(core, { screen_name: 'follower_042' })
 * ```
 */
export function getContributees(core: BaseCore, params: GetContributeesParams = {}, options?: CallOptions): Promise<GetContributeesResponse> {
  return callV1(core, getContributeesRoute, params, options)
}

/** Parameters of `getContributors` (`get_contributors`). */
export interface GetContributorsParams {
  /**
   * Numeric id of the account whose contributors to list. Give this or `screen_name`; one of them is required.
   * @example '645885173560246279'
   */
  readonly user_id?: string | bigint
  /**
   * Handle (without the \@) of the account whose contributors to list. Give this or `user_id`; one of them is required.
   * @example 'twitterapi'
   */
  readonly screen_name?: string
  /**
   * Set to false to leave the `entities` object out of each user's embedded Tweet.
   * @example false
   */
  readonly include_entities?: boolean
  /**
   * When true, each user comes back without their most recent Tweet.
   * @example true
   */
  readonly skip_status?: boolean
}

/** What `getContributors` resolves to. */
export type GetContributorsResponse = User[]

/** How `get_contributors` is called: `GET users/contributors`. */
export const getContributorsRoute: Route = { id: 'get_contributors', method: 'GET', path: 'users/contributors' }

/**
 * List the users allowed to Tweet on behalf of an account as contributors.
 *
 * Part of Twitter's old contributors (shared team account) feature. The endpoint was later dropped from the v1.1 reference (the feature was retired); it is kept for parity with Twython 3.4.0.
 *
 * `GET https://api.twitter.com/1.1/users/contributors.json` · Auth: user context or app-only bearer token.
 *
 * Reference: https://dev.twitter.com/docs/api/1.1/get/users/contributors
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the account whose contributors to list. Give this or `screen_name`; one of them is required.
 * @param params.screen_name - Handle (without the \@) of the account whose contributors to list. Give this or `user_id`; one of them is required.
 * @param params.include_entities - Set to false to leave the `entities` object out of each user's embedded Tweet.
 * @param params.skip_status - When true, each user comes back without their most recent Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `User`, each one a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getContributors(core, { screen_name: 'twitterapi' })
 * ```
 */
export function getContributors(core: BaseCore, params: GetContributorsParams = {}, options?: CallOptions): Promise<GetContributorsResponse> {
  return callV1(core, getContributorsRoute, params, options)
}

/** Parameters of `getProfileBannerSizes` (`get_profile_banner_sizes`). */
export interface GetProfileBannerSizesParams {
  /**
   * Numeric id of the user whose banner to describe. Give this or `screen_name` (one of them is needed unless you mean the authenticating user).
   * @example '645885173560246279'
   */
  readonly user_id?: string | bigint
  /**
   * Handle (without the \@) of the user whose banner to describe. Give this or `user_id` (one of them is needed unless you mean the authenticating user).
   * @example 'twitterapi'
   */
  readonly screen_name?: string
}

/** What `getProfileBannerSizes` resolves to. */
export type GetProfileBannerSizesResponse = ProfileBanner

/** How `get_profile_banner_sizes` is called: `GET users/profile_banner`. */
export const getProfileBannerSizesRoute: Route = { id: 'get_profile_banner_sizes', method: 'GET', path: 'users/profile_banner', auth: 'user', rateLimits: [{ windowSeconds: 900, limit: 180, per: 'user' }] }

/**
 * Get the URLs and dimensions of every size variant of a user's profile banner.
 *
 * Answers 404 when the user has no banner. The variants are PNG images. This saves building variant URLs from `profile_banner_url` by hand. With neither `user_id` nor `screen_name`, the authenticating user's banner is described.
 *
 * `GET https://api.twitter.com/1.1/users/profile_banner.json` · Auth: OAuth 1.0a user context. Rate limit: 180 per user every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/get-users-profile_banner
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the user whose banner to describe. Give this or `screen_name` (one of them is needed unless you mean the authenticating user).
 * @param params.screen_name - Handle (without the \@) of the user whose banner to describe. Give this or `user_id` (one of them is needed unless you mean the authenticating user).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `ProfileBanner`: the renditions of a user's profile banner, as `users/profile_banner` returns them.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getProfileBannerSizes(core, { screen_name: 'twitterapi' })
 * ```
 */
export function getProfileBannerSizes(core: BaseCore, params: GetProfileBannerSizesParams = {}, options?: CallOptions): Promise<GetProfileBannerSizesResponse> {
  return callV1(core, getProfileBannerSizesRoute, params, options)
}

/** Parameters of `getUserSuggestionsBySlug` (`get_user_suggestions_by_slug`). */
export interface GetUserSuggestionsBySlugParams {
  /**
   * The category's short name, as given in the `slug` field of a suggestion category.
   * @example 'sports'
   */
  readonly slug: string
  /**
   * Two-letter ISO 639-1 code limiting the suggestions to one language (see `getSupportedLanguages`); unsupported codes fall back to English.
   * @example 'en'
   */
  readonly lang?: string
}

/** What `getUserSuggestionsBySlug` resolves to. */
export type GetUserSuggestionsBySlugResponse = UserSuggestions

/** How `get_user_suggestions_by_slug` is called: `GET users/suggestions/:slug`. */
export const getUserSuggestionsBySlugRoute: Route = { id: 'get_user_suggestions_by_slug', method: 'GET', path: 'users/suggestions/:slug', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Get the accounts in one of Twitter's suggested-user categories.
 *
 * Find category slugs with `getUserSuggestions`. Twitter asks apps to cache the answer for no more than an hour. If you passed `lang` when listing the categories, pass the same value here.
 *
 * `GET https://api.twitter.com/1.1/users/suggestions/:slug.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-users-suggestions-slug
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.slug - (required) The category's short name, as given in the `slug` field of a suggestion category.
 * @param params.lang - Two-letter ISO 639-1 code limiting the suggestions to one language (see `getSupportedLanguages`); unsupported codes fall back to English.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `UserSuggestions`: a category of suggested accounts together with its users, as `users/suggestions/:slug` returns it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getUserSuggestionsBySlug(core, { slug: 'sports' })
 * ```
 */
export function getUserSuggestionsBySlug(core: BaseCore, params: GetUserSuggestionsBySlugParams, options?: CallOptions): Promise<GetUserSuggestionsBySlugResponse> {
  return callV1(core, getUserSuggestionsBySlugRoute, params, options)
}

/** Parameters of `getUserSuggestions` (`get_user_suggestions`). */
export interface GetUserSuggestionsParams {
  /**
   * Two-letter ISO 639-1 code limiting the categories to one language (see `getSupportedLanguages`); unsupported codes fall back to English.
   * @example 'en'
   */
  readonly lang?: string
}

/** What `getUserSuggestions` resolves to. */
export type GetUserSuggestionsResponse = UserSuggestionCategory[]

/** How `get_user_suggestions` is called: `GET users/suggestions`. */
export const getUserSuggestionsRoute: Route = { id: 'get_user_suggestions', method: 'GET', path: 'users/suggestions', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * List the categories of Twitter's suggested-user list.
 *
 * Each category's `slug` can be passed to `getUserSuggestionsBySlug` or `getUserSuggestionsStatusesBySlug`. If you pass `lang` here, pass the same value there too.
 *
 * `GET https://api.twitter.com/1.1/users/suggestions.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-users-suggestions
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.lang - Two-letter ISO 639-1 code limiting the categories to one language (see `getSupportedLanguages`); unsupported codes fall back to English.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `UserSuggestionCategory`, each one category of suggested accounts, as listed by `users/suggestions`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getUserSuggestions(core)
 * ```
 */
export function getUserSuggestions(core: BaseCore, params: GetUserSuggestionsParams = {}, options?: CallOptions): Promise<GetUserSuggestionsResponse> {
  return callV1(core, getUserSuggestionsRoute, params, options)
}

/** Parameters of `getUserSuggestionsStatusesBySlug` (`get_user_suggestions_statuses_by_slug`). */
export interface GetUserSuggestionsStatusesBySlugParams {
  /**
   * The category's short name, as given in the `slug` field of a suggestion category.
   * @example 'sports'
   */
  readonly slug: string
}

/** What `getUserSuggestionsStatusesBySlug` resolves to. */
export type GetUserSuggestionsStatusesBySlugResponse = User[]

/** How `get_user_suggestions_statuses_by_slug` is called: `GET users/suggestions/:slug/members`. */
export const getUserSuggestionsStatusesBySlugRoute: Route = { id: 'get_user_suggestions_statuses_by_slug', method: 'GET', path: 'users/suggestions/:slug/members', rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }, { windowSeconds: 900, limit: 15, per: 'app' }] }

/**
 * Get the accounts in a suggested-user category, each with its latest Tweet unless the account is protected.
 *
 * `GET https://api.twitter.com/1.1/users/suggestions/:slug/members.json` · Auth: user context or app-only bearer token. Rate limit: 15 per user, 15 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-users-suggestions-slug-members
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.slug - (required) The category's short name, as given in the `slug` field of a suggestion category.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `User`, each one a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getUserSuggestionsStatusesBySlug(core, { slug: 'sports' })
 * ```
 */
export function getUserSuggestionsStatusesBySlug(core: BaseCore, params: GetUserSuggestionsStatusesBySlugParams, options?: CallOptions): Promise<GetUserSuggestionsStatusesBySlugResponse> {
  return callV1(core, getUserSuggestionsStatusesBySlugRoute, params, options)
}

/** Parameters of `reportSpam` (`report_spam`). */
export interface ReportSpamParams {
  /**
   * Handle (without the \@) of the account to report. Give this or `user_id`; one of them is required.
   * @example 'follower_042'
   */
  readonly screen_name?: string
  /**
   * Numeric id of the account to report. Give this or `screen_name`; one of them is required.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Whether to also block the account for the authenticating user; true unless set to false.
   * @defaultValue true
   * @example false
   */
  readonly perform_block?: boolean
}

/** What `reportSpam` resolves to. */
export type ReportSpamResponse = User

/** How `report_spam` is called: `POST users/report_spam`. */
export const reportSpamRoute: Route = { id: 'report_spam', method: 'POST', path: 'users/report_spam', auth: 'user' }

/**
 * Report an account to Twitter as spam, and by default block it too.
 *
 * Returns the reported user. Set `perform_block` to false to report without blocking.
 *
 * `POST https://api.twitter.com/1.1/users/report_spam.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/mute-block-report-users/api-reference/post-users-report_spam
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.screen_name - Handle (without the \@) of the account to report. Give this or `user_id`; one of them is required.
 * @param params.user_id - Numeric id of the account to report. Give this or `screen_name`; one of them is required.
 * @param params.perform_block - Whether to also block the account for the authenticating user; true unless set to false.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `User`: a Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await reportSpam(core, { screen_name: 'follower_042', perform_block: false })
 * ```
 */
export function reportSpam(core: BaseCore, params: ReportSpamParams = {}, options?: CallOptions): Promise<ReportSpamResponse> {
  return callV1(core, reportSpamRoute, params, options)
}
