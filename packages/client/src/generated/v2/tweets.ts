// generated from spec/v2/tweets.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { CreateTweetResponse, DeleteTweetResponse, GetHomeTimelineResponse, GetQuoteTweetsResponse, GetRetweetedByResponse, GetRetweetsOfMeResponse, GetRetweetsResponse, GetTweetResponse, GetTweetsAnalyticsResponse, GetTweetsResponse, GetUserMentionsResponse, GetUserTweetsResponse, HideReplyResponse, RetweetResponse, UnretweetResponse } from './models/tweets.js'
import type { TweetField, UserField } from './parameters.js'
import type { CreateTweetParams, DeleteTweetParams, GetHomeTimelineFieldsParams, GetHomeTimelineParams, GetQuoteTweetsFieldsParams, GetQuoteTweetsParams, GetRetweetedByFieldsParams, GetRetweetedByParams, GetRetweetsFieldsParams, GetRetweetsOfMeFieldsParams, GetRetweetsOfMeParams, GetRetweetsParams, GetTweetFieldsParams, GetTweetParams, GetTweetsAnalyticsParams, GetTweetsFieldsParams, GetTweetsParams, GetUserMentionsFieldsParams, GetUserMentionsParams, GetUserTweetsFieldsParams, GetUserTweetsParams, HideReplyParams, RetweetParams, UnretweetParams } from './params/tweets.js'

export type { CreateTweetParams, DeleteTweetParams, GetHomeTimelineFieldsParams, GetHomeTimelineParams, GetQuoteTweetsFieldsParams, GetQuoteTweetsParams, GetRetweetedByFieldsParams, GetRetweetedByParams, GetRetweetsFieldsParams, GetRetweetsOfMeFieldsParams, GetRetweetsOfMeParams, GetRetweetsParams, GetTweetFieldsParams, GetTweetParams, GetTweetsAnalyticsParams, GetTweetsFieldsParams, GetTweetsParams, GetUserMentionsFieldsParams, GetUserMentionsParams, GetUserTweetsFieldsParams, GetUserTweetsParams, HideReplyParams, RetweetParams, UnretweetParams } from './params/tweets.js'

/** How `createTweet` is called: `POST /2/tweets`. */
export const createTweetRoute: Route = { id: 'createPosts', method: 'POST', host: 'v2', path: '/2/tweets', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['tweet.write', 'tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 100, per: 'user' }, { windowSeconds: 86400, limit: 10000, per: 'app' }] }

/**
 * Post a tweet as the authenticated user, optionally as a reply, a quote, with media or a poll.
 *
 * The body needs at least text, media or a poll. Media must be uploaded first (see the media family) and referred to by its media id. The answer holds only the new tweet's id and text, not a full tweet object.
 *
 * `POST https://api.x.com/2/tweets` (X operation `createPosts`) · Auth: OAuth 2.0 user token (scopes `tweet.write`, `tweet.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 100 per user every 15 minutes; 10000 per app every 24 hours.
 *
 * Reference: https://docs.x.com/x-api/posts/create-post
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.card_uri - The URI of a card to attach; cannot be combined with media, a poll or a quote.
 * @param params.community_id - The id of a Community to post the tweet in.
 * @param params.direct_message_deep_link - A link that opens a Direct Message conversation with the author, shown with the tweet.
 * @param params.edit_options - To edit an earlier tweet, the id of the tweet being edited.
 * @param params.for_super_followers_only - When true, only the author's subscribers can see the tweet.
 * @param params.geo - The place to tag the tweet with.
 * @param params.made_with_ai - When true, the tweet is marked as containing AI-generated media.
 * @param params.media - The ids of already-uploaded media to attach (up to 4 images, or one video or GIF), and the users to tag.
 * @param params.nullcast - When true, the tweet is a promoted-only tweet that does not show on the author's timeline.
 * @param params.paid_partnership - When true, the tweet is marked as a paid partnership.
 * @param params.poll - A poll to attach, with its options and how long it runs; cannot be combined with media.
 * @param params.quote_tweet_id - The id of a tweet to quote.
 * @param params.reply - To post a reply, the id of the tweet replied to, and which users to leave out of the mentions.
 * @param params.reply_settings - Who may reply, `following`, `mentionedUsers`, `subscribers` or `verified`; everyone when left out.
 * @param params.share_with_followers - When posting in a Community, also show the tweet to the author's followers.
 * @param params.text - The text of the tweet; required unless media or a poll is given.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`CreateTweetResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await createTweet(core, { text: 'Hello from twython-ts', reply_settings: 'following' })
 * ```
 */
export function createTweet(core: BaseCore, params: CreateTweetParams = {}, options?: CallOptions): Promise<CreateTweetResponse> {
  return callV2(core, createTweetRoute, params, options, v2Json)
}

/** How `deleteTweet` is called: `DELETE /2/tweets/{id}`. */
export const deleteTweetRoute: Route = { id: 'deletePosts', method: 'DELETE', host: 'v2', path: '/2/tweets/{id}', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read', 'tweet.write'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }] }

/**
 * Delete one of the authenticated user's own tweets.
 *
 * `DELETE https://api.x.com/2/tweets/{id}` (X operation `deletePosts`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`, `tweet.write`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/posts/delete-post
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the tweet to delete; it must belong to the authenticated user.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`DeleteTweetResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await deleteTweet(core, { id: '20' })
 * ```
 */
export function deleteTweet(core: BaseCore, params: DeleteTweetParams, options?: CallOptions): Promise<DeleteTweetResponse> {
  return callV2(core, deleteTweetRoute, params, options)
}

/** How `getHomeTimeline` is called: `GET /2/users/{id}/timelines/reverse_chronological`. */
export const getHomeTimelineRoute: Route = { id: 'getUsersTimeline', method: 'GET', host: 'v2', path: '/2/users/{id}/timelines/reverse_chronological', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 180, per: 'user' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the authenticated user's home timeline, newest first, as they would see it on X.
 *
 * Holds the user's own tweets, retweets and those of the accounts they follow, in reverse chronological order, reaching back to the newest 3,200 tweets or 7 days. Only the authenticated user's own timeline can be read, so `id` must be their own user id.
 *
 * `GET https://api.x.com/2/users/{id}/timelines/reverse_chronological` (X operation `getUsersTimeline`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 180 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getHomeTimeline, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-timeline
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user (only your own home timeline can be read).
 * @param params.max_results - The most tweets to return per page, 1 to 100.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.since_id - Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls.
 * @param params.until_id - Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls.
 * @param params.exclude - Kinds of tweets to leave out, given as an array (`replies`, `retweets` or both).
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetHomeTimelineResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getHomeTimeline(core, { id: '20' })
 * ```
 */
export function getHomeTimeline<F extends TweetField>(core: BaseCore, params: GetHomeTimelineFieldsParams<F>, options?: CallOptions): Promise<GetHomeTimelineResponse<F>>

/**
 * Get the authenticated user's home timeline, newest first, as they would see it on X.
 *
 * Holds the user's own tweets, retweets and those of the accounts they follow, in reverse chronological order, reaching back to the newest 3,200 tweets or 7 days. Only the authenticated user's own timeline can be read, so `id` must be their own user id.
 *
 * `GET https://api.x.com/2/users/{id}/timelines/reverse_chronological` (X operation `getUsersTimeline`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 180 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getHomeTimeline, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-timeline
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user (only your own home timeline can be read).
 * @param params.max_results - The most tweets to return per page, 1 to 100.
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.since_id - Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls.
 * @param params.until_id - Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls.
 * @param params.exclude - Kinds of tweets to leave out, given as an array (`replies`, `retweets` or both).
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetHomeTimelineResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getHomeTimeline(core, { id: '20' })
 * ```
 */
export function getHomeTimeline(core: BaseCore, params: GetHomeTimelineParams, options?: CallOptions): Promise<GetHomeTimelineResponse>
export function getHomeTimeline(core: BaseCore, params: GetHomeTimelineParams, options?: CallOptions): Promise<GetHomeTimelineResponse> {
  return callV2(core, getHomeTimelineRoute, params, options)
}

/** How `getQuoteTweets` is called: `GET /2/tweets/{id}/quote_tweets`. */
export const getQuoteTweetsRoute: Route = { id: 'getPostsQuotedPosts', method: 'GET', host: 'v2', path: '/2/tweets/{id}/quote_tweets', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 75, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the tweets that quote a tweet, newest first.
 *
 * `GET https://api.x.com/2/tweets/{id}/quote_tweets` (X operation `getPostsQuotedPosts`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 75 per user and 75 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getQuoteTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/posts/get-quoted-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the quoted tweet.
 * @param params.max_results - The most quote tweets to return per page, 10 to 100 (10 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.exclude - Kinds of quote tweets to leave out, given as an array (`replies`, `retweets` or both).
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetQuoteTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getQuoteTweets(core, { id: '20' })
 * ```
 */
export function getQuoteTweets<F extends TweetField>(core: BaseCore, params: GetQuoteTweetsFieldsParams<F>, options?: CallOptions): Promise<GetQuoteTweetsResponse<F>>

/**
 * Get the tweets that quote a tweet, newest first.
 *
 * `GET https://api.x.com/2/tweets/{id}/quote_tweets` (X operation `getPostsQuotedPosts`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 75 per user and 75 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getQuoteTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/posts/get-quoted-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the quoted tweet.
 * @param params.max_results - The most quote tweets to return per page, 10 to 100 (10 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.exclude - Kinds of quote tweets to leave out, given as an array (`replies`, `retweets` or both).
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetQuoteTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getQuoteTweets(core, { id: '20' })
 * ```
 */
export function getQuoteTweets(core: BaseCore, params: GetQuoteTweetsParams, options?: CallOptions): Promise<GetQuoteTweetsResponse>
export function getQuoteTweets(core: BaseCore, params: GetQuoteTweetsParams, options?: CallOptions): Promise<GetQuoteTweetsResponse> {
  return callV2(core, getQuoteTweetsRoute, params, options)
}

/** How `getRetweetedBy` is called: `GET /2/tweets/{id}/retweeted_by`. */
export const getRetweetedByRoute: Route = { id: 'getPostsRepostedBy', method: 'GET', host: 'v2', path: '/2/tweets/{id}/retweeted_by', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 75, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the users who retweeted a tweet.
 *
 * `GET https://api.x.com/2/tweets/{id}/retweeted_by` (X operation `getPostsRepostedBy`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 75 per user and 75 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getRetweetedBy, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/posts/get-reposted-by
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the tweet whose retweeters to list.
 * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetRetweetedByResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getRetweetedBy(core, { id: '20' })
 * ```
 */
export function getRetweetedBy<F extends UserField>(core: BaseCore, params: GetRetweetedByFieldsParams<F>, options?: CallOptions): Promise<GetRetweetedByResponse<F>>

/**
 * Get the users who retweeted a tweet.
 *
 * `GET https://api.x.com/2/tweets/{id}/retweeted_by` (X operation `getPostsRepostedBy`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 75 per user and 75 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getRetweetedBy, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/posts/get-reposted-by
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the tweet whose retweeters to list.
 * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetRetweetedByResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getRetweetedBy(core, { id: '20' })
 * ```
 */
export function getRetweetedBy(core: BaseCore, params: GetRetweetedByParams, options?: CallOptions): Promise<GetRetweetedByResponse>
export function getRetweetedBy(core: BaseCore, params: GetRetweetedByParams, options?: CallOptions): Promise<GetRetweetedByResponse> {
  return callV2(core, getRetweetedByRoute, params, options)
}

/** How `getRetweets` is called: `GET /2/tweets/{id}/retweets`. */
export const getRetweetsRoute: Route = { id: 'getPostsReposts', method: 'GET', host: 'v2', path: '/2/tweets/{id}/retweets', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }, { windowSeconds: 900, limit: 75, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the retweets of a tweet, as tweet objects.
 *
 * Unlike getRetweetedBy, which lists the users, this returns the retweets themselves, so tweet fields and expansions apply.
 *
 * `GET https://api.x.com/2/tweets/{id}/retweets` (X operation `getPostsReposts`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 75 per user and 75 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getRetweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/posts/get-reposts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the tweet whose retweets to list.
 * @param params.max_results - The most retweets to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetRetweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getRetweets(core, { id: '20' })
 * ```
 */
export function getRetweets<F extends TweetField>(core: BaseCore, params: GetRetweetsFieldsParams<F>, options?: CallOptions): Promise<GetRetweetsResponse<F>>

/**
 * Get the retweets of a tweet, as tweet objects.
 *
 * Unlike getRetweetedBy, which lists the users, this returns the retweets themselves, so tweet fields and expansions apply.
 *
 * `GET https://api.x.com/2/tweets/{id}/retweets` (X operation `getPostsReposts`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 75 per user and 75 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getRetweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/posts/get-reposts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the tweet whose retweets to list.
 * @param params.max_results - The most retweets to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetRetweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getRetweets(core, { id: '20' })
 * ```
 */
export function getRetweets(core: BaseCore, params: GetRetweetsParams, options?: CallOptions): Promise<GetRetweetsResponse>
export function getRetweets(core: BaseCore, params: GetRetweetsParams, options?: CallOptions): Promise<GetRetweetsResponse> {
  return callV2(core, getRetweetsRoute, params, options)
}

/** How `getRetweetsOfMe` is called: `GET /2/users/reposts_of_me`. */
export const getRetweetsOfMeRoute: Route = { id: 'getUsersRepostsOfMe', method: 'GET', host: 'v2', path: '/2/users/reposts_of_me', security: [{ scheme: 'oauth2_user', scopes: ['timeline.read', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 75, per: 'user' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the authenticated user's tweets that other users have retweeted.
 *
 * `GET https://api.x.com/2/users/reposts_of_me` (X operation `getUsersRepostsOfMe`) · Auth: OAuth 2.0 user token (scopes `timeline.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 75 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getRetweetsOfMe, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-reposts-of-me
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.max_results - The most tweets to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetRetweetsOfMeResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getRetweetsOfMe(core)
 * ```
 */
export function getRetweetsOfMe<F extends TweetField>(core: BaseCore, params: GetRetweetsOfMeFieldsParams<F>, options?: CallOptions): Promise<GetRetweetsOfMeResponse<F>>

/**
 * Get the authenticated user's tweets that other users have retweeted.
 *
 * `GET https://api.x.com/2/users/reposts_of_me` (X operation `getUsersRepostsOfMe`) · Auth: OAuth 2.0 user token (scopes `timeline.read`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 75 per user every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getRetweetsOfMe, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-reposts-of-me
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.max_results - The most tweets to return per page, 1 to 100 (100 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetRetweetsOfMeResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getRetweetsOfMe(core)
 * ```
 */
export function getRetweetsOfMe(core: BaseCore, params?: GetRetweetsOfMeParams, options?: CallOptions): Promise<GetRetweetsOfMeResponse>
export function getRetweetsOfMe(core: BaseCore, params: GetRetweetsOfMeParams = {}, options?: CallOptions): Promise<GetRetweetsOfMeResponse> {
  return callV2(core, getRetweetsOfMeRoute, params, options)
}

/** How `getTweet` is called: `GET /2/tweets/{id}`. */
export const getTweetRoute: Route = { id: 'getPostsById', method: 'GET', host: 'v2', path: '/2/tweets/{id}', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 450, per: 'app' }] }

/**
 * Look up one tweet by its id.
 *
 * `GET https://api.x.com/2/tweets/{id}` (X operation `getPostsById`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 450 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/posts/get-post-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the tweet to look up.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetTweetResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getTweet(core, { id: '20' })
 * ```
 */
export function getTweet<F extends TweetField>(core: BaseCore, params: GetTweetFieldsParams<F>, options?: CallOptions): Promise<GetTweetResponse<F>>

/**
 * Look up one tweet by its id.
 *
 * `GET https://api.x.com/2/tweets/{id}` (X operation `getPostsById`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 450 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/posts/get-post-by-id
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the tweet to look up.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetTweetResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getTweet(core, { id: '20' })
 * ```
 */
export function getTweet(core: BaseCore, params: GetTweetParams, options?: CallOptions): Promise<GetTweetResponse>
export function getTweet(core: BaseCore, params: GetTweetParams, options?: CallOptions): Promise<GetTweetResponse> {
  return callV2(core, getTweetRoute, params, options)
}

/** How `getTweets` is called: `GET /2/tweets`. */
export const getTweetsRoute: Route = { id: 'getPostsByIds', method: 'GET', host: 'v2', path: '/2/tweets', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 5000, per: 'user' }, { windowSeconds: 900, limit: 3500, per: 'app' }] }

/**
 * Look up to 100 tweets by their ids in one request.
 *
 * Ids that cannot be returned (deleted, protected or unknown) do not fail the call: they come back as problems in `errors` next to the tweets found in `data`.
 *
 * `GET https://api.x.com/2/tweets` (X operation `getPostsByIds`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 5000 per user and 3500 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/posts/get-posts-by-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.ids - (required) The ids of the tweets to look up, given as an array of up to 100.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getTweets(core, { ids: ['20', '21'] })
 * ```
 */
export function getTweets<F extends TweetField>(core: BaseCore, params: GetTweetsFieldsParams<F>, options?: CallOptions): Promise<GetTweetsResponse<F>>

/**
 * Look up to 100 tweets by their ids in one request.
 *
 * Ids that cannot be returned (deleted, protected or unknown) do not fail the call: they come back as problems in `errors` next to the tweets found in `data`.
 *
 * `GET https://api.x.com/2/tweets` (X operation `getPostsByIds`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 5000 per user and 3500 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/posts/get-posts-by-ids
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.ids - (required) The ids of the tweets to look up, given as an array of up to 100.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getTweets(core, { ids: ['20', '21'] })
 * ```
 */
export function getTweets(core: BaseCore, params: GetTweetsParams, options?: CallOptions): Promise<GetTweetsResponse>
export function getTweets(core: BaseCore, params: GetTweetsParams, options?: CallOptions): Promise<GetTweetsResponse> {
  return callV2(core, getTweetsRoute, params, options)
}

/** How `getTweetsAnalytics` is called: `GET /2/tweets/analytics`. */
export const getTweetsAnalyticsRoute: Route = { id: 'getPostsAnalytics', method: 'GET', host: 'v2', path: '/2/tweets/analytics', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }, { windowSeconds: 900, limit: 300, per: 'app' }] }

/**
 * Get engagement metrics (impressions, likes, replies, clicks and more) for the authenticated user's tweets.
 *
 * Give the tweets by id and a time range; `granularity` decides whether the metrics come back as one total or as hourly, daily or weekly buckets. Only tweets the authenticated user posted can be measured.
 *
 * `GET https://api.x.com/2/tweets/analytics` (X operation `getPostsAnalytics`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 300 per user and 300 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/posts/get-post-analytics
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.ids - (required) The ids of the tweets to measure, given as an array.
 * @param params.start_time - (required) The start of the time range to report on, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`).
 * @param params.end_time - (required) The end of the time range to report on, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time`.
 * @param params.granularity - How to bucket the metrics over the time range: `hourly`, `daily`, `weekly`, or `total` (the default) for one sum over the whole range.
 * @param params.analytics.fields - Which tweet metrics to return, given as an array (for example `impressions`, `likes`, `url_clicks`); only the metrics asked for come back.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetTweetsAnalyticsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getTweetsAnalytics(core, { ids: ['20', '21'], start_time: 'example', end_time: 'example' })
 * ```
 */
export function getTweetsAnalytics(core: BaseCore, params: GetTweetsAnalyticsParams, options?: CallOptions): Promise<GetTweetsAnalyticsResponse> {
  return callV2(core, getTweetsAnalyticsRoute, params, options)
}

/** How `getUserMentions` is called: `GET /2/users/{id}/mentions`. */
export const getUserMentionsRoute: Route = { id: 'getUsersMentions', method: 'GET', host: 'v2', path: '/2/users/{id}/mentions', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 300, per: 'user' }, { windowSeconds: 900, limit: 450, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the most recent tweets that mention a user.
 *
 * Only about the newest 800 mentions can be reached by paging.
 *
 * `GET https://api.x.com/2/users/{id}/mentions` (X operation `getUsersMentions`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 300 per user and 450 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserMentions, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-mentions
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose mentions to return.
 * @param params.max_results - The most tweets to return per page, 5 to 100 (10 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.since_id - Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls.
 * @param params.until_id - Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserMentionsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUserMentions(core, { id: '20' })
 * ```
 */
export function getUserMentions<F extends TweetField>(core: BaseCore, params: GetUserMentionsFieldsParams<F>, options?: CallOptions): Promise<GetUserMentionsResponse<F>>

/**
 * Get the most recent tweets that mention a user.
 *
 * Only about the newest 800 mentions can be reached by paging.
 *
 * `GET https://api.x.com/2/users/{id}/mentions` (X operation `getUsersMentions`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 300 per user and 450 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserMentions, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-mentions
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose mentions to return.
 * @param params.max_results - The most tweets to return per page, 5 to 100 (10 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.since_id - Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls.
 * @param params.until_id - Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls.
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserMentionsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUserMentions(core, { id: '20' })
 * ```
 */
export function getUserMentions(core: BaseCore, params: GetUserMentionsParams, options?: CallOptions): Promise<GetUserMentionsResponse>
export function getUserMentions(core: BaseCore, params: GetUserMentionsParams, options?: CallOptions): Promise<GetUserMentionsResponse> {
  return callV2(core, getUserMentionsRoute, params, options)
}

/** How `getUserTweets` is called: `GET /2/users/{id}/tweets`. */
export const getUserTweetsRoute: Route = { id: 'getUsersPosts', method: 'GET', host: 'v2', path: '/2/users/{id}/tweets', security: [{ scheme: 'oauth2_user', scopes: ['tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }, { scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 900, per: 'user' }, { windowSeconds: 900, limit: 10000, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * Get the most recent tweets posted by one user, retweets and replies included unless excluded.
 *
 * Only the newest 3,200 tweets can be reached by paging, or the newest 800 when replies are excluded. A protected user's tweets need a token of that user or of an approved follower.
 *
 * `GET https://api.x.com/2/users/{id}/tweets` (X operation `getUsersPosts`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 10000 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose tweets to return.
 * @param params.max_results - The most tweets to return per page, 5 to 100 (10 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.since_id - Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls.
 * @param params.until_id - Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls.
 * @param params.exclude - Kinds of tweets to leave out, given as an array (`replies`, `retweets` or both).
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUserTweets(core, { id: '20' })
 * ```
 */
export function getUserTweets<F extends TweetField>(core: BaseCore, params: GetUserTweetsFieldsParams<F>, options?: CallOptions): Promise<GetUserTweetsResponse<F>>

/**
 * Get the most recent tweets posted by one user, retweets and replies included unless excluded.
 *
 * Only the newest 3,200 tweets can be reached by paging, or the newest 800 when replies are excluded. A protected user's tweets need a token of that user or of an approved follower.
 *
 * `GET https://api.x.com/2/users/{id}/tweets` (X operation `getUsersPosts`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
 *
 * Rate limit: 900 per user and 10000 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserTweets, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/users/get-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the user whose tweets to return.
 * @param params.max_results - The most tweets to return per page, 5 to 100 (10 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.since_id - Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls.
 * @param params.until_id - Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls.
 * @param params.exclude - Kinds of tweets to leave out, given as an array (`replies`, `retweets` or both).
 * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetUserTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getUserTweets(core, { id: '20' })
 * ```
 */
export function getUserTweets(core: BaseCore, params: GetUserTweetsParams, options?: CallOptions): Promise<GetUserTweetsResponse>
export function getUserTweets(core: BaseCore, params: GetUserTweetsParams, options?: CallOptions): Promise<GetUserTweetsResponse> {
  return callV2(core, getUserTweetsRoute, params, options)
}

/** How `hideReply` is called: `PUT /2/tweets/{tweet_id}/hidden`. */
export const hideReplyRoute: Route = { id: 'hidePostsReply', method: 'PUT', host: 'v2', path: '/2/tweets/{tweet_id}/hidden', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.moderate.write', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }] }

/**
 * Hide a reply to a conversation the authenticated user started, or show it again.
 *
 * Set `hidden` in the body to true to hide the reply, false to unhide it.
 *
 * `PUT https://api.x.com/2/tweets/{tweet_id}/hidden` (X operation `hidePostsReply`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.moderate.write`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/posts/hide-reply
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.tweet_id - (required) The id of the reply to hide or unhide.
 * @param params.hidden - (required) Body field `hidden` of `HideReplyRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`HideReplyResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await hideReply(core, { tweet_id: '20', hidden: true })
 * ```
 */
export function hideReply(core: BaseCore, params: HideReplyParams, options?: CallOptions): Promise<HideReplyResponse> {
  return callV2(core, hideReplyRoute, params, options, v2Json)
}

/** How `retweet` is called: `POST /2/users/{id}/retweets`. */
export const retweetRoute: Route = { id: 'repostPost', method: 'POST', host: 'v2', path: '/2/users/{id}/retweets', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['tweet.write', 'tweet.read', 'users.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }] }

/**
 * Retweet a tweet as the authenticated user.
 *
 * `POST https://api.x.com/2/users/{id}/retweets` (X operation `repostPost`) · Auth: OAuth 2.0 user token (scopes `tweet.write`, `tweet.read`, `users.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/repost-post
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, who does the retweeting.
 * @param params.tweet_id - (required) Body field `tweet_id` of `RetweetRequest`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`RetweetResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await retweet(core, { id: '20', tweet_id: '20' })
 * ```
 */
export function retweet(core: BaseCore, params: RetweetParams, options?: CallOptions): Promise<RetweetResponse> {
  return callV2(core, retweetRoute, params, options, v2Json)
}

/** How `unretweet` is called: `DELETE /2/users/{id}/retweets/{source_tweet_id}`. */
export const unretweetRoute: Route = { id: 'unrepostPost', method: 'DELETE', host: 'v2', path: '/2/users/{id}/retweets/{source_tweet_id}', security: [{ scheme: 'oauth2_user', scopes: ['users.read', 'tweet.write', 'tweet.read'] }, { scheme: 'oauth1_user' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'user' }] }

/**
 * Undo the authenticated user's retweet of a tweet.
 *
 * `DELETE https://api.x.com/2/users/{id}/retweets/{source_tweet_id}` (X operation `unrepostPost`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.write`, `tweet.read`) or OAuth 1.0a user context.
 *
 * Rate limit: 50 per user every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/users/unrepost-post
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.id - (required) The id of the authenticated user, who made the retweet.
 * @param params.source_tweet_id - (required) The id of the tweet that was retweeted (not the id of the retweet itself).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`UnretweetResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await unretweet(core, { id: '20', source_tweet_id: '20' })
 * ```
 */
export function unretweet(core: BaseCore, params: UnretweetParams, options?: CallOptions): Promise<UnretweetResponse> {
  return callV2(core, unretweetRoute, params, options)
}
