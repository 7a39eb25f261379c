// generated from spec/endpoints/tweets.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, FileInput, PAGINATION, Paging, Route } from '@twython/runtime'
import { callV1 } from '@twython/runtime/v1/call'
import { callWithFiles } from '@twython/runtime/multipart'
import type { CursoredIds, CursoredStringIds } from './models/cursored.js'
import type { OEmbed, Tweet } from './models/tweets.js'

/** Parameters of `getMentionsTimeline` (`get_mentions_timeline`). */
export interface GetMentionsTimelineParams {
  /**
   * The most Tweets to return, up to 200 (20 when left out). It is a ceiling, not a promise: Tweets that were deleted or whose author is suspended are removed after the count is taken, so a page can come back shorter.
   * @example 50
   */
  readonly count?: number
  /**
   * Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
   * @example '2104934217937846609'
   */
  readonly since_id?: string | bigint
  /**
   * Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
   * @example '2104934217937846609'
   */
  readonly max_id?: string | bigint
  /** When true, each Tweet carries only the author's id instead of the full user object. */
  readonly trim_user?: boolean
  /** Set to false to leave the `entities` node out of every Tweet. */
  readonly include_entities?: boolean
  /**
   * `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @defaultValue 'compat'
   */
  readonly tweet_mode?: 'compat' | 'extended'
  /** Marks `getMentionsTimeline` as paginated for `cursor()` (max_id). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'max_id', undefined>
}

/** What `getMentionsTimeline` resolves to. */
export type GetMentionsTimelineResponse = Tweet[]

/** How `get_mentions_timeline` is called: `GET statuses/mentions_timeline`. */
export const getMentionsTimelineRoute: Route = { id: 'get_mentions_timeline', method: 'GET', path: 'statuses/mentions_timeline', auth: 'user', paginate: { style: 'max_id' }, rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }] }

/**
 * Get the most recent Tweets that mention the authenticating user.
 *
 * Only about the newest 800 mentions can be reached, however far you page back. Page with `max_id` (the iterator does this for you).
 *
 * `GET https://api.twitter.com/1.1/statuses/mentions_timeline.json` · Auth: OAuth 1.0a user context. Rate limit: 75 per user every 15 minutes.
 *
 * Paginated (max_id): `for await (const item of twitter.cursor(twitter.getMentionsTimeline, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/timelines/api-reference/get-statuses-mentions_timeline
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.count - The most Tweets to return, up to 200 (20 when left out). It is a ceiling, not a promise: Tweets that were deleted or whose author is suspended are removed after the count is taken, so a page can come back shorter.
 * @param params.since_id - Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
 * @param params.max_id - Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
 * @param params.trim_user - When true, each Tweet carries only the author's id instead of the full user object.
 * @param params.include_entities - Set to false to leave the `entities` node out of every Tweet.
 * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `Tweet`, each one a Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getMentionsTimeline(core)
 * ```
 */
export function getMentionsTimeline(core: BaseCore, params: GetMentionsTimelineParams = {}, options?: CallOptions): Promise<GetMentionsTimelineResponse> {
  return callV1(core, getMentionsTimelineRoute, params, options)
}

/** Parameters of `getUserTimeline` (`get_user_timeline`). */
export interface GetUserTimelineParams {
  /**
   * Numeric id of the user whose Tweets to return. Give either this or `screen_name`, not both.
   * @example '102665763025846275'
   */
  readonly user_id?: string | bigint
  /**
   * Handle (without the \@) of the user whose Tweets to return. Give either this or `user_id`, not both.
   * @example 'amara_writes'
   */
  readonly screen_name?: string
  /**
   * Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
   * @example '2104934217937846609'
   */
  readonly since_id?: string | bigint
  /**
   * The most Tweets to return in one request, up to 200 (20 when left out). Retweets are counted even when `include_rts` is false, and deleted or suspended content is removed after counting, so fewer Tweets may come back.
   * @example 200
   */
  readonly count?: number
  /**
   * Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
   * @example '2104934217937846609'
   */
  readonly max_id?: string | bigint
  /** When true, each Tweet carries only the author's id instead of the full user object. */
  readonly trim_user?: boolean
  /** When true, replies are left out. They are filtered after `count` is applied, so a page may hold fewer Tweets than asked for. */
  readonly exclude_replies?: boolean
  /** Set to false to drop native retweets from the result. They still use up places in `count` and in the 3,200-Tweet limit; retweets that are returned keep a full user object even with `trim_user`. */
  readonly include_rts?: boolean
  /**
   * `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @defaultValue 'compat'
   */
  readonly tweet_mode?: 'compat' | 'extended'
  /** Marks `getUserTimeline` as paginated for `cursor()` (max_id). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'max_id', undefined>
}

/** What `getUserTimeline` resolves to. */
export type GetUserTimelineResponse = Tweet[]

/** How `get_user_timeline` is called: `GET statuses/user_timeline`. */
export const getUserTimelineRoute: Route = { id: 'get_user_timeline', method: 'GET', path: 'statuses/user_timeline', paginate: { style: 'max_id' }, rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 1500, per: 'app' }] }

/**
 * Get the most recent Tweets posted by one user.
 *
 * Name the user with `user_id` or `screen_name`; with neither, the authenticating user's own timeline is returned. Only the newest 3,200 Tweets (retweets included) can be reached. A protected user's timeline is visible only to the owner and approved followers.
 *
 * `GET https://api.twitter.com/1.1/statuses/user_timeline.json` · Auth: user context or app-only bearer token. Rate limit: 900 per user, 1500 per app every 15 minutes.
 *
 * Paginated (max_id): `for await (const item of twitter.cursor(twitter.getUserTimeline, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/timelines/api-reference/get-statuses-user_timeline
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.user_id - Numeric id of the user whose Tweets to return. Give either this or `screen_name`, not both.
 * @param params.screen_name - Handle (without the \@) of the user whose Tweets to return. Give either this or `user_id`, not both.
 * @param params.since_id - Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
 * @param params.count - The most Tweets to return in one request, up to 200 (20 when left out). Retweets are counted even when `include_rts` is false, and deleted or suspended content is removed after counting, so fewer Tweets may come back.
 * @param params.max_id - Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
 * @param params.trim_user - When true, each Tweet carries only the author's id instead of the full user object.
 * @param params.exclude_replies - When true, replies are left out. They are filtered after `count` is applied, so a page may hold fewer Tweets than asked for.
 * @param params.include_rts - Set to false to drop native retweets from the result. They still use up places in `count` and in the 3,200-Tweet limit; retweets that are returned keep a full user object even with `trim_user`.
 * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The user's Tweets, newest first.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getUserTimeline(core, { screen_name: 'twitterapi', count: 10 })
 * ```
 */
export function getUserTimeline(core: BaseCore, params: GetUserTimelineParams = {}, options?: CallOptions): Promise<GetUserTimelineResponse> {
  return callV1(core, getUserTimelineRoute, params, options)
}

/** Parameters of `getHomeTimeline` (`get_home_timeline`). */
export interface GetHomeTimelineParams {
  /**
   * The most Tweets to return, up to 200 (20 when left out). Deleted and suspended content is removed after the count is taken, so fewer may come back.
   * @defaultValue 20
   * @example 50
   */
  readonly count?: number
  /**
   * Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
   * @example '2104934217937846609'
   */
  readonly since_id?: string | bigint
  /**
   * Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
   * @example '2104934217937846609'
   */
  readonly max_id?: string | bigint
  /** When true, each Tweet carries only the author's id instead of the full user object. */
  readonly trim_user?: boolean
  /** When true, replies are left out. They are filtered after `count` is applied, so a page may hold fewer Tweets than asked for. */
  readonly exclude_replies?: boolean
  /** Set to false to leave the `entities` node out of every Tweet. */
  readonly include_entities?: boolean
  /**
   * `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @defaultValue 'compat'
   */
  readonly tweet_mode?: 'compat' | 'extended'
  /** Marks `getHomeTimeline` as paginated for `cursor()` (max_id). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'max_id', undefined>
}

/** What `getHomeTimeline` resolves to. */
export type GetHomeTimelineResponse = Tweet[]

/** How `get_home_timeline` is called: `GET statuses/home_timeline`. */
export const getHomeTimelineRoute: Route = { id: 'get_home_timeline', method: 'GET', path: 'statuses/home_timeline', auth: 'user', paginate: { style: 'max_id' }, rateLimits: [{ windowSeconds: 900, limit: 15, per: 'user' }] }

/**
 * Get the most recent Tweets and retweets from the authenticating user and the accounts they follow.
 *
 * About the newest 800 Tweets can be reached. The home timeline changes quickly for users who follow many or very active accounts, so page with `max_id` rather than by offset.
 *
 * `GET https://api.twitter.com/1.1/statuses/home_timeline.json` · Auth: OAuth 1.0a user context. Rate limit: 15 per user every 15 minutes.
 *
 * Paginated (max_id): `for await (const item of twitter.cursor(twitter.getHomeTimeline, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/timelines/api-reference/get-statuses-home_timeline
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.count - The most Tweets to return, up to 200 (20 when left out). Deleted and suspended content is removed after the count is taken, so fewer may come back.
 * @param params.since_id - Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
 * @param params.max_id - Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
 * @param params.trim_user - When true, each Tweet carries only the author's id instead of the full user object.
 * @param params.exclude_replies - When true, replies are left out. They are filtered after `count` is applied, so a page may hold fewer Tweets than asked for.
 * @param params.include_entities - Set to false to leave the `entities` node out of every Tweet.
 * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The newest Tweets of the authenticating user and the accounts they follow, newest first.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getHomeTimeline(core)
 * ```
 */
export function getHomeTimeline(core: BaseCore, params: GetHomeTimelineParams = {}, options?: CallOptions): Promise<GetHomeTimelineResponse> {
  return callV1(core, getHomeTimelineRoute, params, options)
}

/** Parameters of `retweetedOfMe` (`retweeted_of_me`). */
export interface RetweetedOfMeParams {
  /**
   * The most Tweets to return, up to 100 (20 when left out).
   * @defaultValue 20
   * @example 50
   */
  readonly count?: number
  /**
   * Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
   * @example '2104934217937846609'
   */
  readonly since_id?: string | bigint
  /**
   * Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
   * @example '2104934217937846609'
   */
  readonly max_id?: string | bigint
  /** When true, each Tweet carries only the author's id instead of the full user object. */
  readonly trim_user?: boolean
  /** Set to false to leave the Tweet `entities` node out. */
  readonly include_entities?: boolean
  /** Set to false to leave the `entities` node out of the embedded user objects. */
  readonly include_user_entities?: boolean
  /**
   * `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @defaultValue 'compat'
   */
  readonly tweet_mode?: 'compat' | 'extended'
  /** Marks `retweetedOfMe` as paginated for `cursor()` (max_id). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'max_id', undefined>
}

/** What `retweetedOfMe` resolves to. */
export type RetweetedOfMeResponse = Tweet[]

/** How `retweeted_of_me` is called: `GET statuses/retweets_of_me`. */
export const retweetedOfMeRoute: Route = { id: 'retweeted_of_me', method: 'GET', path: 'statuses/retweets_of_me', auth: 'user', paginate: { style: 'max_id' }, rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }] }

/**
 * Get the authenticating user's own Tweets that other people have retweeted, newest first.
 *
 * `GET https://api.twitter.com/1.1/statuses/retweets_of_me.json` · Auth: OAuth 1.0a user context. Rate limit: 75 per user every 15 minutes.
 *
 * Paginated (max_id): `for await (const item of twitter.cursor(twitter.retweetedOfMe, params))` walks every page.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-statuses-retweets_of_me
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.count - The most Tweets to return, up to 100 (20 when left out).
 * @param params.since_id - Only return Tweets with an id greater (newer) than this one. If more Tweets than Twitter keeps have been posted since, it is moved up to the oldest id still available.
 * @param params.max_id - Only return Tweets with an id less than or equal to this one (this Tweet and older). To page backwards, pass the lowest id already seen minus one.
 * @param params.trim_user - When true, each Tweet carries only the author's id instead of the full user object.
 * @param params.include_entities - Set to false to leave the Tweet `entities` node out.
 * @param params.include_user_entities - Set to false to leave the `entities` node out of the embedded user objects.
 * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `Tweet`, each one a Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await retweetedOfMe(core)
 * ```
 */
export function retweetedOfMe(core: BaseCore, params: RetweetedOfMeParams = {}, options?: CallOptions): Promise<RetweetedOfMeResponse> {
  return callV1(core, retweetedOfMeRoute, params, options)
}

/** Parameters of `getRetweets` (`get_retweets`). */
export interface GetRetweetsParams {
  /**
   * Numeric id of the Tweet whose retweets to return.
   * @example '2104934217937846609'
   */
  readonly id: string | bigint
  /**
   * The most retweets to return, up to 100.
   * @example 20
   */
  readonly count?: number
  /** When true, each retweet carries only the author's id instead of the full user object. */
  readonly trim_user?: boolean
  /**
   * `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @defaultValue 'compat'
   */
  readonly tweet_mode?: 'compat' | 'extended'
}

/** What `getRetweets` resolves to. */
export type GetRetweetsResponse = Tweet[]

/** How `get_retweets` is called: `GET statuses/retweets/:id`. */
export const getRetweetsRoute: Route = { id: 'get_retweets', method: 'GET', path: 'statuses/retweets/:id', rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }] }

/**
 * Get up to 100 of the most recent retweets of one Tweet.
 *
 * `GET https://api.twitter.com/1.1/statuses/retweets/:id.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 300 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-statuses-retweets-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - (required) Numeric id of the Tweet whose retweets to return.
 * @param params.count - The most retweets to return, up to 100.
 * @param params.trim_user - When true, each retweet carries only the author's id instead of the full user object.
 * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `Tweet`, each one a Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getRetweets(core, { id: '2104934217937846609' })
 * ```
 */
export function getRetweets(core: BaseCore, params: GetRetweetsParams, options?: CallOptions): Promise<GetRetweetsResponse> {
  return callV1(core, getRetweetsRoute, params, options)
}

/** Parameters of `showStatus` (`show_status`). */
export interface ShowStatusParams {
  /**
   * Numeric id of the Tweet to fetch.
   * @example '2104934217937846609'
   */
  readonly id: string | bigint
  /** When true, the Tweet carries only the author's id instead of the full user object. */
  readonly trim_user?: boolean
  /** When true and the authenticating user has retweeted this Tweet, the result gains a `current_user_retweet` node with the id of that retweet. */
  readonly include_my_retweet?: boolean
  /** Set to false to leave the `entities` node out. */
  readonly include_entities?: boolean
  /** When true, attached media entities get an `ext_alt_text` field holding their alt text (`null` when none was set). */
  readonly include_ext_alt_text?: boolean
  /** When true, a Tweet that had an ads card attached through `card_uri` includes that `card_uri` value. */
  readonly include_card_uri?: boolean
  /**
   * `extended` returns the Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @defaultValue 'compat'
   */
  readonly tweet_mode?: 'compat' | 'extended'
}

/** What `showStatus` resolves to. */
export type ShowStatusResponse = Tweet

/** How `show_status` is called: `GET statuses/show/:id`. */
export const showStatusRoute: Route = { id: 'show_status', method: 'GET', path: 'statuses/show/:id', rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 900, per: 'app' }] }

/**
 * Get a single Tweet, with its author embedded, by its id.
 *
 * Pass the id as a string (or bigint): Tweet ids do not fit in a JavaScript number. For many Tweets at once use `lookupStatus`.
 *
 * `GET https://api.twitter.com/1.1/statuses/show/:id.json` · Auth: user context or app-only bearer token. Rate limit: 900 per user, 900 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-statuses-show-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - (required) Numeric id of the Tweet to fetch.
 * @param params.trim_user - When true, the Tweet carries only the author's id instead of the full user object.
 * @param params.include_my_retweet - When true and the authenticating user has retweeted this Tweet, the result gains a `current_user_retweet` node with the id of that retweet.
 * @param params.include_entities - Set to false to leave the `entities` node out.
 * @param params.include_ext_alt_text - When true, attached media entities get an `ext_alt_text` field holding their alt text (`null` when none was set).
 * @param params.include_card_uri - When true, a Tweet that had an ads card attached through `card_uri` includes that `card_uri` value.
 * @param params.tweet_mode - `extended` returns the Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The Tweet, with its author and entities (`full_text` with `tweet_mode: extended`).
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await showStatus(core, { id: '2104934217937846609' })
 * ```
 */
export function showStatus(core: BaseCore, params: ShowStatusParams, options?: CallOptions): Promise<ShowStatusResponse> {
  return callV1(core, showStatusRoute, params, options)
}

/** Parameters of `lookupStatus` (`lookup_status`). */
export interface LookupStatusParams {
  /**
   * The Tweet ids to fetch, at most 100; sent comma-separated. Pass them as strings.
   * @example ['2104934217937846609', '2104964416926646611']
   */
  readonly id: readonly (string | bigint)[]
  /** Set to false to leave the `entities` node out of embedded statuses. */
  readonly include_entities?: boolean
  /** When true, each Tweet carries only the author's id instead of the full user object. */
  readonly trim_user?: boolean
  /** When true, every requested id appears in the response, with `null` for Tweets that do not exist or that the caller may not see (the response becomes an id-keyed object). */
  readonly map?: boolean
  /** When true, attached media entities get an `ext_alt_text` field holding their alt text (`null` when none was set). */
  readonly include_ext_alt_text?: boolean
  /** When true, Tweets that had an ads card attached through `card_uri` include that `card_uri` value. */
  readonly include_card_uri?: boolean
  /**
   * `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
   * @defaultValue 'compat'
   */
  readonly tweet_mode?: 'compat' | 'extended'
}

/** What `lookupStatus` resolves to. */
export type LookupStatusResponse = Tweet[]

/** How `lookup_status` is called: `POST statuses/lookup`. */
export const lookupStatusRoute: Route = { id: 'lookup_status', method: 'POST', path: 'statuses/lookup', rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }] }

/**
 * Get up to 100 Tweets in one request from a list of ids.
 *
 * Twython 3.4 sends this as a POST (Twitter accepts GET as well; POST suits long id lists). Tweets that are unknown, deleted or hidden from the caller (protected authors you do not follow) are simply missing, and the order of the result need not match the order of `id`. With `map: true` the response is instead an object keyed by the requested ids, with `null` for the missing ones.
 *
 * `POST https://api.twitter.com/1.1/statuses/lookup.json` · Auth: user context or app-only bearer token. Rate limit: 900 per user, 300 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-statuses-lookup
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - (required) The Tweet ids to fetch, at most 100; sent comma-separated. Pass them as strings.
 * @param params.include_entities - Set to false to leave the `entities` node out of embedded statuses.
 * @param params.trim_user - When true, each Tweet carries only the author's id instead of the full user object.
 * @param params.map - When true, every requested id appears in the response, with `null` for Tweets that do not exist or that the caller may not see (the response becomes an id-keyed object).
 * @param params.include_ext_alt_text - When true, attached media entities get an `ext_alt_text` field holding their alt text (`null` when none was set).
 * @param params.include_card_uri - When true, Tweets that had an ads card attached through `card_uri` include that `card_uri` value.
 * @param params.tweet_mode - `extended` returns each Tweet's whole text in `full_text` (with `display_text_range`); `compat`, the default, returns a `text` field truncated to 140 characters where needed.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An array of `Tweet`, each one a Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await lookupStatus(core, { id: ['2104934217937846609', '2104964416926646611'] })
 * ```
 */
export function lookupStatus(core: BaseCore, params: LookupStatusParams, options?: CallOptions): Promise<LookupStatusResponse> {
  return callV1(core, lookupStatusRoute, params, options)
}

/** Parameters of `destroyStatus` (`destroy_status`). */
export interface DestroyStatusParams {
  /**
   * Numeric id of the Tweet to delete.
   * @example '2105055013893046617'
   */
  readonly id: string | bigint
  /** When true, the returned Tweet carries only the author's id instead of the full user object. */
  readonly trim_user?: boolean
}

/** What `destroyStatus` resolves to. */
export type DestroyStatusResponse = Tweet

/** How `destroy_status` is called: `POST statuses/destroy/:id`. */
export const destroyStatusRoute: Route = { id: 'destroy_status', method: 'POST', path: 'statuses/destroy/:id', auth: 'user' }

/**
 * Delete one of the authenticating user's Tweets and get it back as it was.
 *
 * Only the author of a Tweet can delete it.
 *
 * `POST https://api.twitter.com/1.1/statuses/destroy/:id.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/post-statuses-destroy-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - (required) Numeric id of the Tweet to delete.
 * @param params.trim_user - When true, the returned Tweet carries only the author's id instead of the full user object.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The Tweet that was deleted, as it was.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await destroyStatus(core, { id: '2105055013893046617' })
 * ```
 */
export function destroyStatus(core: BaseCore, params: DestroyStatusParams, options?: CallOptions): Promise<DestroyStatusResponse> {
  return callV1(core, destroyStatusRoute, params, options)
}

/** Parameters of `updateStatus` (`update_status`). */
export interface UpdateStatusParams {
  /**
   * The text of the Tweet. The client percent-encodes it; links are shortened with t.co, which counts towards the length.
   * @example 'Hello from twython-ts'
   */
  readonly status: string
  /**
   * Id of the Tweet this one answers. Twitter ignores it unless the text mentions the author of that Tweet (or `auto_populate_reply_metadata` is true).
   * @example '2104934217937846609'
   */
  readonly in_reply_to_status_id?: string | bigint
  /**
   * With `in_reply_to_status_id`: when true, Twitter copies the leading \@mentions of the Tweet being answered into the reply's metadata. Fails if that Tweet has been deleted.
   * @defaultValue false
   */
  readonly auto_populate_reply_metadata?: boolean
  /**
   * With `auto_populate_reply_metadata`: user ids to remove from the generated \@mention list. The first mention (the author being answered) cannot be removed.
   * @example ['351263838827446277', '164996475909046276']
   */
  readonly exclude_reply_user_ids?: readonly (string | bigint)[]
  /**
   * A Tweet permalink or Direct Message deep link to attach instead of writing it in the text, so it does not count towards the length. Any other URL makes the request fail.
   * @example 'https://twitter.com/maya_codes/status/2104964416926646611'
   */
  readonly attachment_url?: string
  /**
   * Ids from `uploadMedia` to attach: up to 4 photos, or 1 animated GIF, or 1 video. Use the `media_id_string` values.
   * @example ['2105085212881846619']
   */
  readonly media_ids?: readonly (string | bigint)[]
  /**
   * Set to true when the attached media may be sensitive (for example nudity or medical images).
   * @defaultValue false
   */
  readonly possibly_sensitive?: boolean
  /**
   * Latitude of the place the Tweet is about, from -90 to 90 (north positive). Ignored when out of range or when `long` is missing.
   * @example 37.7821120598956
   */
  readonly lat?: number
  /**
   * Longitude of the place the Tweet is about, from -180 to 180 (east positive). Ignored when out of range, not a number, when `lat` is missing, or when the user has geotagging turned off.
   * @example -122.400612831116
   */
  readonly long?: number
  /**
   * Id of a place (from the geo endpoints) to attach to the Tweet.
   * @example '5a110d312052166f'
   */
  readonly place_id?: string
  /** Whether to show a pin at the exact coordinates the Tweet was sent from. */
  readonly display_coordinates?: boolean
  /**
   * When true, the returned Tweet carries only the author's id instead of the full user object.
   * @defaultValue false
   */
  readonly trim_user?: boolean
  /**
   * When true, text that starts with a Direct Message shortcode (such as `D username`) sends a Direct Message instead of posting; when false the text is posted as written.
   * @defaultValue false
   */
  readonly enable_dmcommands?: boolean
  /**
   * When true (the default), text that starts with a Direct Message shortcode is rejected with an error; when false the shortcode is allowed and acted on.
   * @defaultValue true
   */
  readonly fail_dmcommands?: boolean
  /**
   * The `card_uri` of an ads card to attach to the Tweet.
   * @example 'card://853503245793641682'
   */
  readonly card_uri?: string
}

/** What `updateStatus` resolves to. */
export type UpdateStatusResponse = Tweet

/** How `update_status` is called: `POST statuses/update`. */
export const updateStatusRoute: Route = { id: 'update_status', method: 'POST', path: 'statuses/update', auth: 'user', rateLimits: [{ windowSeconds: 10800, limit: 300, per: 'user' }] }

/**
 * Post a new Tweet as the authenticating user.
 *
 * Twitter refuses (403) a Tweet identical to the user's previous one, and a Tweet over the user's posting limit. That limit, 300 per 3 hours, is shared with `retweet`. To attach images or video, upload them with `uploadMedia` first and pass the returned ids in `media_ids`.
 *
 * `POST https://api.twitter.com/1.1/statuses/update.json` · Auth: OAuth 1.0a user context. Rate limit: 300 per user every 180 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/post-statuses-update
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.status - (required) The text of the Tweet. The client percent-encodes it; links are shortened with t.co, which counts towards the length.
 * @param params.in_reply_to_status_id - Id of the Tweet this one answers. Twitter ignores it unless the text mentions the author of that Tweet (or `auto_populate_reply_metadata` is true).
 * @param params.auto_populate_reply_metadata - With `in_reply_to_status_id`: when true, Twitter copies the leading \@mentions of the Tweet being answered into the reply's metadata. Fails if that Tweet has been deleted.
 * @param params.exclude_reply_user_ids - With `auto_populate_reply_metadata`: user ids to remove from the generated \@mention list. The first mention (the author being answered) cannot be removed.
 * @param params.attachment_url - A Tweet permalink or Direct Message deep link to attach instead of writing it in the text, so it does not count towards the length. Any other URL makes the request fail.
 * @param params.media_ids - Ids from `uploadMedia` to attach: up to 4 photos, or 1 animated GIF, or 1 video. Use the `media_id_string` values.
 * @param params.possibly_sensitive - Set to true when the attached media may be sensitive (for example nudity or medical images).
 * @param params.lat - Latitude of the place the Tweet is about, from -90 to 90 (north positive). Ignored when out of range or when `long` is missing.
 * @param params.long - Longitude of the place the Tweet is about, from -180 to 180 (east positive). Ignored when out of range, not a number, when `lat` is missing, or when the user has geotagging turned off.
 * @param params.place_id - Id of a place (from the geo endpoints) to attach to the Tweet.
 * @param params.display_coordinates - Whether to show a pin at the exact coordinates the Tweet was sent from.
 * @param params.trim_user - When true, the returned Tweet carries only the author's id instead of the full user object.
 * @param params.enable_dmcommands - When true, text that starts with a Direct Message shortcode (such as `D username`) sends a Direct Message instead of posting; when false the text is posted as written.
 * @param params.fail_dmcommands - When true (the default), text that starts with a Direct Message shortcode is rejected with an error; when false the shortcode is allowed and acted on.
 * @param params.card_uri - The `card_uri` of an ads card to attach to the Tweet.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The Tweet as posted, with its id (`id_str`), entities and author.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await updateStatus(core, { status: 'Hello from twython-ts' })
 * ```
 */
export function updateStatus(core: BaseCore, params: UpdateStatusParams, options?: CallOptions): Promise<UpdateStatusResponse> {
  return callV1(core, updateStatusRoute, params, options)
}

/** Parameters of `retweet` (`retweet`). */
export interface RetweetParams {
  /**
   * Numeric id of the Tweet to retweet.
   * @example '2105085212881846619'
   */
  readonly id: string | bigint
  /** When true, the returned Tweet carries only the author's id instead of the full user object. */
  readonly trim_user?: boolean
}

/** What `retweet` resolves to. */
export type RetweetResponse = Tweet

/** How `retweet` is called: `POST statuses/retweet/:id`. */
export const retweetRoute: Route = { id: 'retweet', method: 'POST', path: 'statuses/retweet/:id', auth: 'user', rateLimits: [{ windowSeconds: 10800, limit: 300, per: 'user' }] }

/**
 * Retweet a Tweet as the authenticating user.
 *
 * Returns the new retweet, with the original Tweet in `retweeted_status`. Retweeting the same Tweet twice is ignored. Counts towards the 300-per-3-hours posting limit shared with `updateStatus`; over it Twitter answers 403.
 *
 * `POST https://api.twitter.com/1.1/statuses/retweet/:id.json` · Auth: OAuth 1.0a user context. Rate limit: 300 per user every 180 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/post-statuses-retweet-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - (required) Numeric id of the Tweet to retweet.
 * @param params.trim_user - When true, the returned Tweet carries only the author's id instead of the full user object.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns The new Retweet; the original Tweet is in its `retweeted_status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await retweet(core, { id: '2105085212881846619' })
 * ```
 */
export function retweet(core: BaseCore, params: RetweetParams, options?: CallOptions): Promise<RetweetResponse> {
  return callV1(core, retweetRoute, params, options)
}

/** Parameters of `updateStatusWithMedia` (`update_status_with_media`). */
export interface UpdateStatusWithMediaParams {
  /**
   * The text of the Tweet. Leave room for the media link Twitter appends (`characters_reserved_per_media` in help/configuration) and for t.co-wrapped URLs.
   * @example 'Look at this'
   */
  readonly status: string
  /**
   * The image to attach (PNG, JPG or GIF), sent as a multipart part named `media[]`.
   * @example './banner.png'
   */
  readonly 'media[]': FileInput
  /** Set to true when the image may not be suitable for every audience. */
  readonly possibly_sensitive?: boolean
  /**
   * Id of the Tweet this one answers. Twitter ignores it unless the text mentions the author of that Tweet.
   * @example '2104934217937846609'
   */
  readonly in_reply_to_status_id?: string | bigint
  /**
   * Latitude of the place the Tweet is about, from -90 to 90 (north positive). Ignored when out of range or when `long` is missing.
   * @example 37.7821120598956
   */
  readonly lat?: number
  /**
   * Longitude of the place the Tweet is about, from -180 to 180 (east positive). Ignored when out of range, when `lat` is missing, or when the user has geotagging turned off.
   * @example -122.400612831116
   */
  readonly long?: number
  /**
   * Id of a place (from the geo endpoints) to attach to the Tweet.
   * @example '5a110d312052166f'
   */
  readonly place_id?: string
  /** Whether to show a pin at the exact coordinates the Tweet was sent from. */
  readonly display_coordinates?: boolean
}

/** What `updateStatusWithMedia` resolves to. */
export type UpdateStatusWithMediaResponse = Tweet

/** How `update_status_with_media` is called: `POST statuses/update_with_media`. */
export const updateStatusWithMediaRoute: Route = { id: 'update_status_with_media', method: 'POST', path: 'statuses/update_with_media', auth: 'user', encoding: 'multipart', files: ['media[]'] }

/**
 * Post a Tweet with one image attached, in a single multipart request.
 *
 * Twitter retired this endpoint: it takes a single image only (no GIF or video), and the media URL is appended to the text, which shortens the room left for it. Users also have a daily media upload limit (reported in the `x-mediaratelimit-*` response headers).
 *
 * `POST https://api.twitter.com/1.1/statuses/update_with_media.json` · Auth: OAuth 1.0a user context.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/post-statuses-update_with_media
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.status - (required) The text of the Tweet. Leave room for the media link Twitter appends (`characters_reserved_per_media` in help/configuration) and for t.co-wrapped URLs.
 * @param params.media[] - (required) The image to attach (PNG, JPG or GIF), sent as a multipart part named `media[]`.
 * @param params.possibly_sensitive - Set to true when the image may not be suitable for every audience.
 * @param params.in_reply_to_status_id - Id of the Tweet this one answers. Twitter ignores it unless the text mentions the author of that Tweet.
 * @param params.lat - Latitude of the place the Tweet is about, from -90 to 90 (north positive). Ignored when out of range or when `long` is missing.
 * @param params.long - Longitude of the place the Tweet is about, from -180 to 180 (east positive). Ignored when out of range, when `lat` is missing, or when the user has geotagging turned off.
 * @param params.place_id - Id of a place (from the geo endpoints) to attach to the Tweet.
 * @param params.display_coordinates - Whether to show a pin at the exact coordinates the Tweet was sent from.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `Tweet`: a Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @deprecated Twitter deprecated this endpoint. Upload with `uploadMedia`, then call `updateStatus` with the returned `media_ids`.
 * @example
 * ```ts
 * const result = await updateStatusWithMedia(core, { status: 'Look at this', 'media[]': './banner.png' })
 * ```
 */
export function updateStatusWithMedia(core: BaseCore, params: UpdateStatusWithMediaParams, options?: CallOptions): Promise<UpdateStatusWithMediaResponse> {
  return callWithFiles(core, updateStatusWithMediaRoute, params, options)
}

/** Parameters of `getOembedTweet` (`get_oembed_tweet`). */
export interface GetOembedTweetParams {
  /**
   * Numeric id of the Tweet to embed. Give either this or `url`.
   * @example '2104934217937846609'
   */
  readonly id?: string | bigint
  /**
   * Web address of the Tweet to embed. Give either this or `id`.
   * @example 'https://twitter.com/twitterapi/status/2104934217937846609'
   */
  readonly url?: string
  /**
   * Widest the rendered Tweet may be, in pixels, between 220 and 550; values outside are clamped and the response's `width` shows the value used. There is no height option.
   * @defaultValue 325
   * @example 500
   */
  readonly maxwidth?: number
  /**
   * When true, links in the Tweet are not expanded into photo, video or link previews.
   * @defaultValue false
   */
  readonly hide_media?: boolean
  /**
   * When true, the Tweet this one replies to is not shown above it.
   * @defaultValue false
   */
  readonly hide_thread?: boolean
  /**
   * When true, the `<script>` tag that loads `widgets.js` is left out of `html`; the page must then load `widgets.js` itself.
   * @defaultValue false
   */
  readonly omit_script?: boolean
  /**
   * How the embedded Tweet floats relative to the surrounding content.
   * @defaultValue 'none'
   */
  readonly align?: 'left' | 'right' | 'center' | 'none'
  /**
   * Comma-separated screen names related to your content; they are suggested to readers who reply to, like or retweet from the embed.
   * @example 'twitterapi,maya_codes'
   */
  readonly related?: string
  /**
   * Language code for the embed's own interface text (not the Tweet text).
   * @defaultValue 'en'
   * @example 'fr'
   */
  readonly lang?: string
  /**
   * `dark` shows light text on a dark background.
   * @defaultValue 'light'
   */
  readonly theme?: 'light' | 'dark'
  /**
   * Colour of links in the Tweet text, as a hexadecimal colour value.
   * @example '#1da1f2'
   */
  readonly link_color?: string
  /** Set to `video` to get a video embed for a Tweet that contains a video. */
  readonly widget_type?: 'video'
  /** With `widget_type` `video`, when true only the video is shown, without the Tweet text. */
  readonly hide_tweet?: boolean
  /**
   * When true, the embedded Tweet and the page it is on are not used for personalised suggestions or advertising.
   * @defaultValue false
   */
  readonly dnt?: boolean
}

/** What `getOembedTweet` resolves to. */
export type GetOembedTweetResponse = OEmbed

/** How `get_oembed_tweet` is called: `GET statuses/oembed`. */
export const getOembedTweetRoute: Route = { id: 'get_oembed_tweet', method: 'GET', path: 'statuses/oembed', rateLimits: [{ windowSeconds: 900, limit: 180, per: 'user' }, { windowSeconds: 900, limit: 180, per: 'app' }] }

/**
 * Get the oEmbed data (including ready-to-paste HTML) that embeds one Tweet in a web page.
 *
 * Give either `id` or `url`. The returned `html` turns into an embedded Tweet once Twitter's `widgets.js` runs on the page; it may be cached for up to `cache_age` seconds. Twython 3.4 calls the `api.twitter.com/1.1/statuses/oembed` path; Twitter later moved the public version of this endpoint to `publish.twitter.com/oembed`, which needs no authentication.
 *
 * `GET https://api.twitter.com/1.1/statuses/oembed.json` · Auth: user context or app-only bearer token. Rate limit: 180 per user, 180 per app every 15 minutes.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-statuses-oembed
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - Numeric id of the Tweet to embed. Give either this or `url`.
 * @param params.url - Web address of the Tweet to embed. Give either this or `id`.
 * @param params.maxwidth - Widest the rendered Tweet may be, in pixels, between 220 and 550; values outside are clamped and the response's `width` shows the value used. There is no height option.
 * @param params.hide_media - When true, links in the Tweet are not expanded into photo, video or link previews.
 * @param params.hide_thread - When true, the Tweet this one replies to is not shown above it.
 * @param params.omit_script - When true, the `<script>` tag that loads `widgets.js` is left out of `html`; the page must then load `widgets.js` itself.
 * @param params.align - How the embedded Tweet floats relative to the surrounding content.
 * @param params.related - Comma-separated screen names related to your content; they are suggested to readers who reply to, like or retweet from the embed.
 * @param params.lang - Language code for the embed's own interface text (not the Tweet text).
 * @param params.theme - `dark` shows light text on a dark background.
 * @param params.link_color - Colour of links in the Tweet text, as a hexadecimal colour value.
 * @param params.widget_type - Set to `video` to get a video embed for a Tweet that contains a video.
 * @param params.hide_tweet - With `widget_type` `video`, when true only the video is shown, without the Tweet text.
 * @param params.dnt - When true, the embedded Tweet and the page it is on are not used for personalised suggestions or advertising.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `OEmbed`: embeddable HTML for one Tweet in the oEmbed format, as `statuses/oembed` returns it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getOembedTweet(core, { url: 'https://twitter.com/twitterapi/status/2104934217937846609' })
 * ```
 */
export function getOembedTweet(core: BaseCore, params: GetOembedTweetParams = {}, options?: CallOptions): Promise<GetOembedTweetResponse> {
  return callV1(core, getOembedTweetRoute, params, options)
}

/** Parameters of `getRetweetersIds` (`get_retweeters_ids`). */
export interface GetRetweetersIdsParams {
  /**
   * Numeric id of the Tweet whose retweeters to list.
   * @example '2104934217937846609'
   */
  readonly id: string | bigint
  /**
   * The most ids to return, up to 100.
   * @example 100
   */
  readonly count?: number
  /**
   * Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
   * @defaultValue '-1'
   * @example '-1'
   */
  readonly cursor?: string | bigint
  /** When true, the ids come back as strings, which JavaScript can hold without losing precision. */
  readonly stringify_ids?: boolean
  /** Marks `getRetweetersIds` as paginated for `cursor()` (cursor over `ids`). Type-level only: never set, never sent. */
  readonly [PAGINATION]?: Paging<'cursor', 'ids'>
}

/** What `getRetweetersIds` resolves to. */
export type GetRetweetersIdsResponse = CursoredIds

/** What `getRetweetersIds` resolves to when the call passes `stringify_ids: true`: every id a string. */
export type GetRetweetersIdsStringIdsResponse = CursoredStringIds

/** How `get_retweeters_ids` is called: `GET statuses/retweeters/ids`. */
export const getRetweetersIdsRoute: Route = { id: 'get_retweeters_ids', method: 'GET', path: 'statuses/retweeters/ids', paginate: { style: 'cursor', items: 'ids' }, rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }] }

/**
 * Get the ids of up to 100 users who retweeted a given Tweet.
 *
 * The ids are returned in a cursored collection (`ids`, `next_cursor`, `previous_cursor`). Suspended users are filtered out after paging, so a page can hold fewer ids than requested. Use `stringify_ids` in JavaScript, since user ids can exceed 2^53.
 *
 * `GET https://api.twitter.com/1.1/statuses/retweeters/ids.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 300 per app every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getRetweetersIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-statuses-retweeters-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - (required) Numeric id of the Tweet whose retweeters to list.
 * @param params.count - The most ids to return, up to 100.
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredStringIds`: one page of account ids as strings, as the id collections return it when the request sets `stringify_ids=true` (which `cursor()` does for you).
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getRetweetersIds(core, { id: '2104934217937846609', stringify_ids: true })
 * ```
 */
export function getRetweetersIds(core: BaseCore, params: GetRetweetersIdsParams & { readonly stringify_ids: true }, options?: CallOptions): Promise<GetRetweetersIdsStringIdsResponse>

/**
 * Get the ids of up to 100 users who retweeted a given Tweet.
 *
 * The ids are returned in a cursored collection (`ids`, `next_cursor`, `previous_cursor`). Suspended users are filtered out after paging, so a page can hold fewer ids than requested. Use `stringify_ids` in JavaScript, since user ids can exceed 2^53.
 *
 * `GET https://api.twitter.com/1.1/statuses/retweeters/ids.json` · Auth: user context or app-only bearer token. Rate limit: 75 per user, 300 per app every 15 minutes.
 *
 * Paginated (next_cursor): `for await (const item of twitter.cursor(twitter.getRetweetersIds, params))` walks every page. It yields the ids as strings: `cursor()` sends `stringify_ids: true` unless you set it.
 *
 * Reference: https://developer.twitter.com/en/docs/tweets/post-and-engage/api-reference/get-statuses-retweeters-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Request parameters, by Twitter's wire names.
 * @param params.id - (required) Numeric id of the Tweet whose retweeters to list.
 * @param params.count - The most ids to return, up to 100.
 * @param params.cursor - Which page to fetch: -1 (the default) for the first, then the `next_cursor_str` or `previous_cursor_str` of the previous response.
 * @param params.stringify_ids - When true, the ids come back as strings, which JavaScript can hold without losing precision.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns `CursoredIds`: one page of account ids, as `followers/ids`, `friends/ids`, `blocks/ids` and similar endpoints return it.
 * @throws TwythonAuthError when a credential is missing (checked before sending), the route needs user context this client lacks, or Twitter refuses the credentials.
 * @throws TwythonRateLimitError when the endpoint's rate limit is spent; `retryAfter` says when the window resets.
 * @throws TwythonError for every other failure: an error status, a network error or a timeout.
 * @example
 * ```ts
 * const result = await getRetweetersIds(core, { id: '2104934217937846609' })
 * ```
 */
export function getRetweetersIds(core: BaseCore, params: GetRetweetersIdsParams, options?: CallOptions): Promise<GetRetweetersIdsResponse>
export function getRetweetersIds(core: BaseCore, params: GetRetweetersIdsParams, options?: CallOptions): Promise<GetRetweetersIdsResponse> {
  return callV1(core, getRetweetersIdsRoute, params, options)
}
