// generated from spec/v2/search.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2 } from '@twython/runtime/v2/call'
import type { CountAllTweetsResponse, CountRecentTweetsResponse, SearchAllTweetsResponse, SearchRecentTweetsResponse } from './models/search.js'
import type { TweetField } from './parameters.js'
import type { CountAllTweetsParams, CountRecentTweetsParams, SearchAllTweetsFieldsParams, SearchAllTweetsParams, SearchRecentTweetsFieldsParams, SearchRecentTweetsParams } from './params/search.js'

export type { CountAllTweetsParams, CountRecentTweetsParams, SearchAllTweetsFieldsParams, SearchAllTweetsParams, SearchRecentTweetsFieldsParams, SearchRecentTweetsParams } from './params/search.js'

/** How `countAllTweets` is called: `GET /2/tweets/counts/all`. */
export const countAllTweetsRoute: Route = { id: 'getPostsCountsAll', method: 'GET', host: 'v2', path: '/2/tweets/counts/all', security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'app' }], paginate: { style: 'next_token', token: 'next_token', items: 'data' } }

/**
 * Count the tweets in the whole archive (since 2006) that match a query, bucketed by minute, hour or day.
 *
 * Needs an app (bearer) token and an access level that includes the full archive. Without `start_time` the counts cover the last 30 days; the answer also gives the total in `meta.total_tweet_count`.
 *
 * `GET https://api.x.com/2/tweets/counts/all` (X operation `getPostsCountsAll`) · Auth: app-only bearer token.
 *
 * Rate limit: 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `next_token`): `for await (const item of twitter.cursor(twitter.v2.countAllTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/posts/get-count-of-all-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.query - (required) The search query, in the same rule language as search and filtered stream (keywords, `from:`, `has:`, operators, up to 1,024 characters).
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.since_id - Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls.
 * @param params.until_id - Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls.
 * @param params.next_token - The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.granularity - The size of each count bucket, `minute`, `hour` (the default) or `day`.
 * @param params.search_count.fields - Fields of each count bucket to return (X's document lists no values for it).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CountAllTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await countAllTweets(core, { query: 'from:twitterapi' })
 * ```
 */
export function countAllTweets(core: BaseCore, params: CountAllTweetsParams, options?: CallOptions): Promise<CountAllTweetsResponse> {
  return callV2(core, countAllTweetsRoute, params, options)
}

/** How `countRecentTweets` is called: `GET /2/tweets/counts/recent`. */
export const countRecentTweetsRoute: Route = { id: 'getPostsCountsRecent', method: 'GET', host: 'v2', path: '/2/tweets/counts/recent', security: [{ scheme: 'oauth2_user', scopes: [] }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'app' }], paginate: { style: 'next_token', token: 'next_token', items: 'data' } }

/**
 * Count the tweets of the last seven days that match a query, bucketed by minute, hour or day.
 *
 * The answer also gives the total over the whole range in `meta.total_tweet_count`.
 *
 * `GET https://api.x.com/2/tweets/counts/recent` (X operation `getPostsCountsRecent`) · Auth: OAuth 2.0 user token or app-only bearer token.
 *
 * Rate limit: 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `next_token`): `for await (const item of twitter.cursor(twitter.v2.countRecentTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/posts/get-count-of-recent-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.query - (required) The search query, in the same rule language as search and filtered stream (keywords, `from:`, `has:`, operators, up to 512 characters).
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.since_id - Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls.
 * @param params.until_id - Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls.
 * @param params.next_token - The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.granularity - The size of each count bucket, `minute`, `hour` (the default) or `day`.
 * @param params.search_count.fields - Fields of each count bucket to return (X's document lists no values for it).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CountRecentTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await countRecentTweets(core, { query: 'from:twitterapi' })
 * ```
 */
export function countRecentTweets(core: BaseCore, params: CountRecentTweetsParams, options?: CallOptions): Promise<CountRecentTweetsResponse> {
  return callV2(core, countRecentTweetsRoute, params, options)
}

/** How `searchAllTweets` is called: `GET /2/tweets/search/all`. */
export const searchAllTweetsRoute: Route = { id: 'searchPostsAll', method: 'GET', host: 'v2', path: '/2/tweets/search/all', security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 1, limit: 1, per: 'user' }, { windowSeconds: 1, limit: 1, per: 'app' }, { windowSeconds: 900, limit: 300, per: 'app' }], paginate: { style: 'next_token', token: 'next_token', items: 'data' } }

/**
 * Search the whole tweet archive, back to 2006, for tweets that match a query.
 *
 * Needs an app (bearer) token and an access level that includes the full archive; X allows one request per second. Without `start_time`, only the last 30 days are searched.
 *
 * `GET https://api.x.com/2/tweets/search/all` (X operation `searchPostsAll`) · Auth: app-only bearer token.
 *
 * Rate limit: 1 per user and 1 per app every second; 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `next_token`): `for await (const item of twitter.cursor(twitter.v2.searchAllTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/posts/search-all-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.query - (required) The search query: keywords and operators such as `from:`, `has:media`, `lang:` or `-is:retweet`, up to 1,024 characters.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.since_id - Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls.
 * @param params.until_id - Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls.
 * @param params.max_results - The most tweets to return per page, 10 to 500 (10 when left out).
 * @param params.next_token - The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.sort_order - `recency` (newest first, the default) or `relevancy`.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchAllTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchAllTweets(core, { query: 'from:twitterapi' })
 * ```
 */
export function searchAllTweets<F extends TweetField>(core: BaseCore, params: SearchAllTweetsFieldsParams<F>, options?: CallOptions): Promise<SearchAllTweetsResponse<F>>

/**
 * Search the whole tweet archive, back to 2006, for tweets that match a query.
 *
 * Needs an app (bearer) token and an access level that includes the full archive; X allows one request per second. Without `start_time`, only the last 30 days are searched.
 *
 * `GET https://api.x.com/2/tweets/search/all` (X operation `searchPostsAll`) · Auth: app-only bearer token.
 *
 * Rate limit: 1 per user and 1 per app every second; 300 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `next_token`): `for await (const item of twitter.cursor(twitter.v2.searchAllTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/posts/search-all-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.query - (required) The search query: keywords and operators such as `from:`, `has:media`, `lang:` or `-is:retweet`, up to 1,024 characters.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.since_id - Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls.
 * @param params.until_id - Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls.
 * @param params.max_results - The most tweets to return per page, 10 to 500 (10 when left out).
 * @param params.next_token - The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.sort_order - `recency` (newest first, the default) or `relevancy`.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchAllTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchAllTweets(core, { query: 'from:twitterapi' })
 * ```
 */
export function searchAllTweets(core: BaseCore, params: SearchAllTweetsParams, options?: CallOptions): Promise<SearchAllTweetsResponse>
export function searchAllTweets(core: BaseCore, params: SearchAllTweetsParams, options?: CallOptions): Promise<SearchAllTweetsResponse> {
  return callV2(core, searchAllTweetsRoute, params, options)
}

/** How `searchRecentTweets` is called: `GET /2/tweets/search/recent`. */
export const searchRecentTweetsRoute: Route = { id: 'searchPostsRecent', method: 'GET', host: 'v2', path: '/2/tweets/search/recent', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }, { windowSeconds: 900, limit: 450, per: 'app' }], paginate: { style: 'next_token', token: 'next_token', items: 'data' } }

/**
 * Search the tweets of the last seven days for those that match a query.
 *
 * `GET https://api.x.com/2/tweets/search/recent` (X operation `searchPostsRecent`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 300 per user and 450 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `next_token`): `for await (const item of twitter.cursor(twitter.v2.searchRecentTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/posts/search-recent-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.query - (required) The search query: keywords and operators such as `from:`, `has:media`, `lang:` or `-is:retweet`, up to 512 characters.
 * @param params.max_results - The most tweets to return per page, 10 to 100 (10 when left out).
 * @param params.next_token - The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.since_id - Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls.
 * @param params.until_id - Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls.
 * @param params.sort_order - `recency` (newest first, the default) or `relevancy`.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchRecentTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchRecentTweets(core, { query: 'from:twitterapi' })
 * ```
 */
export function searchRecentTweets<F extends TweetField>(core: BaseCore, params: SearchRecentTweetsFieldsParams<F>, options?: CallOptions): Promise<SearchRecentTweetsResponse<F>>

/**
 * Search the tweets of the last seven days for those that match a query.
 *
 * `GET https://api.x.com/2/tweets/search/recent` (X operation `searchPostsRecent`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 300 per user and 450 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `next_token`): `for await (const item of twitter.cursor(twitter.v2.searchRecentTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/posts/search-recent-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.query - (required) The search query: keywords and operators such as `from:`, `has:media`, `lang:` or `-is:retweet`, up to 512 characters.
 * @param params.max_results - The most tweets to return per page, 10 to 100 (10 when left out).
 * @param params.next_token - The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.since_id - Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls.
 * @param params.until_id - Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls.
 * @param params.sort_order - `recency` (newest first, the default) or `relevancy`.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`SearchRecentTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await searchRecentTweets(core, { query: 'from:twitterapi' })
 * ```
 */
export function searchRecentTweets(core: BaseCore, params: SearchRecentTweetsParams, options?: CallOptions): Promise<SearchRecentTweetsResponse>
export function searchRecentTweets(core: BaseCore, params: SearchRecentTweetsParams, options?: CallOptions): Promise<SearchRecentTweetsResponse> {
  return callV2(core, searchRecentTweetsRoute, params, options)
}
