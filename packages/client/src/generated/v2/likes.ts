// generated from spec/v2/likes.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { GetLikedTweetsResponse, GetLikingUsersResponse, LikeTweetResponse, UnlikeTweetResponse } from './models/likes.js'
import type { TweetField, UserField } from './parameters.js'
import type { GetLikedTweetsFieldsParams, GetLikedTweetsParams, GetLikingUsersFieldsParams, GetLikingUsersParams, LikeTweetParams, UnlikeTweetParams } from './params/likes.js'

export type { GetLikedTweetsFieldsParams, GetLikedTweetsParams, GetLikingUsersFieldsParams, GetLikingUsersParams, LikeTweetParams, UnlikeTweetParams } from './params/likes.js'

/** How `getLikedTweets` is called: `GET /2/users/{id}/liked_tweets`. */
export const getLikedTweetsRoute: Route = { id: 'getUsersLikedPosts', method: 'GET', host: 'v2', path: '/2/users/{id}/liked_tweets', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'like.read', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 75, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the tweets a user has liked, most recent likes first.
 *
 * `GET https://api.x.com/2/users/{id}/liked_tweets` (X operation `getUsersLikedPosts`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `like.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 75 per user and 75 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getLikedTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-liked-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose liked tweets to return.
 * @param params.max_results - The most tweets to return per page, 5 to 100.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetLikedTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getLikedTweets(core, { id: '20' })
 * ```
 */
export function getLikedTweets<F extends TweetField>(core: BaseCore, params: GetLikedTweetsFieldsParams<F>, options?: CallOptions): Promise<GetLikedTweetsResponse<F>>

/**
 * Get the tweets a user has liked, most recent likes first.
 *
 * `GET https://api.x.com/2/users/{id}/liked_tweets` (X operation `getUsersLikedPosts`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `like.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 75 per user and 75 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getLikedTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-liked-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose liked tweets to return.
 * @param params.max_results - The most tweets to return per page, 5 to 100.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetLikedTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getLikedTweets(core, { id: '20' })
 * ```
 */
export function getLikedTweets(core: BaseCore, params: GetLikedTweetsParams, options?: CallOptions): Promise<GetLikedTweetsResponse>
export function getLikedTweets(core: BaseCore, params: GetLikedTweetsParams, options?: CallOptions): Promise<GetLikedTweetsResponse> {
  return callV2(core, getLikedTweetsRoute, params, options)
}

/** How `getLikingUsers` is called: `GET /2/tweets/{id}/liking_users`. */
export const getLikingUsersRoute: Route = { id: 'getPostsLikingUsers', method: 'GET', host: 'v2', path: '/2/tweets/{id}/liking_users', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'like.read', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 75, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the users who liked a tweet.
 *
 * `GET https://api.x.com/2/tweets/{id}/liking_users` (X operation `getPostsLikingUsers`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `like.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 75 per user and 75 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getLikingUsers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/posts/get-liking-users
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the tweet whose likers to return.
 * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetLikingUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getLikingUsers(core, { id: '20' })
 * ```
 */
export function getLikingUsers<F extends UserField>(core: BaseCore, params: GetLikingUsersFieldsParams<F>, options?: CallOptions): Promise<GetLikingUsersResponse<F>>

/**
 * List the users who liked a tweet.
 *
 * `GET https://api.x.com/2/tweets/{id}/liking_users` (X operation `getPostsLikingUsers`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `like.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 75 per user and 75 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getLikingUsers, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/posts/get-liking-users
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the tweet whose likers to return.
 * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetLikingUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getLikingUsers(core, { id: '20' })
 * ```
 */
export function getLikingUsers(core: BaseCore, params: GetLikingUsersParams, options?: CallOptions): Promise<GetLikingUsersResponse>
export function getLikingUsers(core: BaseCore, params: GetLikingUsersParams, options?: CallOptions): Promise<GetLikingUsersResponse> {
  return callV2(core, getLikingUsersRoute, params, options)
}

/** How `likeTweet` is called: `POST /2/users/{id}/likes`. */
export const likeTweetRoute: Route = { id: 'likePost', method: 'POST', host: 'v2', path: '/2/users/{id}/likes', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['like.write', 'tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }, { windowSeconds: 86400, limit: 1000, per: 'user' }] }

/**
 * Like a tweet as the authenticated user.
 *
 * The tweet to like goes in the body as `tweet_id`.
 *
 * `POST https://api.x.com/2/users/{id}/likes` (X operation `likePost`) · Auth: OAuth 2.0 user token (scopes `like.write`, `tweet.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user every 15 minutes; 1000 per user every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/users/like-post
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, who likes the tweet.
 * @param params.tweet_id - (required) Body field `tweet_id` of `LikeTweetRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`LikeTweetResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await likeTweet(core, { id: '20', tweet_id: '20' })
 * ```
 */
export function likeTweet(core: BaseCore, params: LikeTweetParams, options?: CallOptions): Promise<LikeTweetResponse> {
  return callV2(core, likeTweetRoute, params, options, v2Json)
}

/** How `unlikeTweet` is called: `DELETE /2/users/{id}/likes/{tweet_id}`. */
export const unlikeTweetRoute: Route = { id: 'unlikePost', method: 'DELETE', host: 'v2', path: '/2/users/{id}/likes/{tweet_id}', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'like.write', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }, { windowSeconds: 86400, limit: 1000, per: 'user' }] }

/**
 * Undo the authenticated user's like of a tweet.
 *
 * `DELETE https://api.x.com/2/users/{id}/likes/{tweet_id}` (X operation `unlikePost`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `like.write`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user every 15 minutes; 1000 per user every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/users/unlike-post
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, who liked the tweet.
 * @param params.tweet_id - (required) The id of the tweet to unlike.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`UnlikeTweetResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await unlikeTweet(core, { id: '20', tweet_id: '20' })
 * ```
 */
export function unlikeTweet(core: BaseCore, params: UnlikeTweetParams, options?: CallOptions): Promise<UnlikeTweetResponse> {
  return callV2(core, unlikeTweetRoute, params, options)
}
