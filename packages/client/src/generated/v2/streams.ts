// generated from spec/v2/streams.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route, StreamCallOptions } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import { streamRoute } from '@twython/runtime/v2/stream'
import type { GetRuleCountsResponse, GetRulesResponse, StreamFilteredTweetsResponse, StreamLabelsComplianceResponse, StreamLikesComplianceResponse, StreamLikesFirehoseResponse, StreamLikesSample10Response, StreamSample10TweetsResponse, StreamSampleTweetsResponse, StreamTweetsComplianceResponse, StreamTweetsFirehoseEnResponse, StreamTweetsFirehoseJaResponse, StreamTweetsFirehoseKoResponse, StreamTweetsFirehosePtResponse, StreamTweetsFirehoseResponse, StreamUsersComplianceResponse, UpdateRulesResponse } from './models/streams.js'
import type { GetRuleCountsParams, GetRulesParams, StreamFilteredTweetsParams, StreamLabelsComplianceParams, StreamLikesComplianceParams, StreamLikesFirehoseParams, StreamLikesSample10Params, StreamSample10TweetsParams, StreamSampleTweetsParams, StreamTweetsComplianceParams, StreamTweetsFirehoseEnParams, StreamTweetsFirehoseJaParams, StreamTweetsFirehoseKoParams, StreamTweetsFirehoseParams, StreamTweetsFirehosePtParams, StreamUsersComplianceParams, UpdateRulesParams } from './params/streams.js'

export type { GetRuleCountsParams, GetRulesParams, StreamFilteredTweetsParams, StreamLabelsComplianceParams, StreamLikesComplianceParams, StreamLikesFirehoseParams, StreamLikesSample10Params, StreamSample10TweetsParams, StreamSampleTweetsParams, StreamTweetsComplianceParams, StreamTweetsFirehoseEnParams, StreamTweetsFirehoseJaParams, StreamTweetsFirehoseKoParams, StreamTweetsFirehoseParams, StreamTweetsFirehosePtParams, StreamUsersComplianceParams, UpdateRulesParams } from './params/streams.js'

/** How `getRuleCounts` is called: `GET /2/tweets/search/stream/rules/counts`. */
export const getRuleCountsRoute: Route = { id: 'getRuleCounts', method: 'GET', host: 'v2', path: '/2/tweets/search/stream/rules/counts', security: [{ scheme: 'bearer' }] }

/**
 * Get how many filtered-stream rules the app has and how many it may have.
 *
 * `GET https://api.x.com/2/tweets/search/stream/rules/counts` (X operation `getRuleCounts`) · Auth: app-only bearer token.
 *
 * Reference: https://docs.x.com/x-api/stream/get-stream-rule-counts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.rules_count.fields - Rule-count fields to return (X's document lists no values for it).
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetRuleCountsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getRuleCounts(core)
 * ```
 */
export function getRuleCounts(core: BaseCore, params: GetRuleCountsParams = {}, options?: CallOptions): Promise<GetRuleCountsResponse> {
  return callV2(core, getRuleCountsRoute, params, options)
}

/** How `getRules` is called: `GET /2/tweets/search/stream/rules`. */
export const getRulesRoute: Route = { id: 'getRules', method: 'GET', host: 'v2', path: '/2/tweets/search/stream/rules', security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 450, per: 'app' }], paginate: { style: 'next_token', token: 'pagination_token', items: 'data' } }

/**
 * List the app's active filtered-stream rules, or only those with the given ids.
 *
 * `GET https://api.x.com/2/tweets/search/stream/rules` (X operation `getRules`) · Auth: app-only bearer token.
 *
 * Rate limit: 450 per app every 15 minutes.
 *
 * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getRules, params))` walks every page.
 *
 * Reference: https://docs.x.com/x-api/stream/get-stream-rules
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.ids - The ids of the rules to return, given as an array; leave out to list every rule.
 * @param params.max_results - The most rules to return per page, 1 to 1000 (1000 when left out).
 * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`GetRulesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await getRules(core)
 * ```
 */
export function getRules(core: BaseCore, params: GetRulesParams = {}, options?: CallOptions): Promise<GetRulesResponse> {
  return callV2(core, getRulesRoute, params, options)
}

/** How `streamFilteredTweets` is called: `GET /2/tweets/search/stream`. */
export const streamFilteredTweetsRoute: Route = { id: 'streamPosts', method: 'GET', host: 'v2', path: '/2/tweets/search/stream', query: ['backfill_minutes', 'start_time', 'end_time', 'tweet.fields', 'expansions', 'media.fields', 'poll.fields', 'user.fields', 'place.fields'], security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 50, per: 'app' }], stream: true }

/**
 * Stream, in real time, the tweets that match the app's filtered-stream rules.
 *
 * Each message is a tweet with `matching_rules` saying which rules it matched. Only one connection per app is allowed; set the rules first (syncRules or updateRules). The stream reconnects by X's rules when it drops or stalls, unless `reconnect: false`.
 *
 * `GET https://api.x.com/2/tweets/search/stream` (X operation `streamPosts`) · Auth: app-only bearer token.
 *
 * Rate limit: 50 per app every 15 minutes.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/stream/stream-filtered-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.tweet.fields - Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamFilteredTweetsResponse` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamFilteredTweets(core, {}, { signal })) console.log(message)
 * ```
 */
export function streamFilteredTweets(core: BaseCore, params: StreamFilteredTweetsParams = {}, options?: StreamCallOptions): AsyncIterable<StreamFilteredTweetsResponse> {
  return streamRoute(core, streamFilteredTweetsRoute, { ...params }, options)
}

/** How `streamLabelsCompliance` is called: `GET /2/tweets/label/stream`. */
export const streamLabelsComplianceRoute: Route = { id: 'streamLabelsCompliance', method: 'GET', host: 'v2', path: '/2/tweets/label/stream', query: ['backfill_minutes', 'start_time', 'end_time'], security: [{ scheme: 'bearer' }], stream: true }

/**
 * Stream the labeling events (such as warnings or sensitive-content labels) applied to tweets.
 *
 * `GET https://api.x.com/2/tweets/label/stream` (X operation `streamLabelsCompliance`) · Auth: app-only bearer token.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/stream/stream-post-labels
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamLabelsComplianceResponse` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamLabelsCompliance(core, {}, { signal })) console.log(message)
 * ```
 */
export function streamLabelsCompliance(core: BaseCore, params: StreamLabelsComplianceParams = {}, options?: StreamCallOptions): AsyncIterable<StreamLabelsComplianceResponse> {
  return streamRoute(core, streamLabelsComplianceRoute, { ...params }, options)
}

/** How `streamLikesCompliance` is called: `GET /2/likes/compliance/stream`. */
export const streamLikesComplianceRoute: Route = { id: 'streamLikesCompliance', method: 'GET', host: 'v2', path: '/2/likes/compliance/stream', query: ['backfill_minutes', 'start_time', 'end_time'], security: [{ scheme: 'bearer' }], stream: true }

/**
 * Stream compliance events for likes, each saying that a like was removed and must be dropped from stored data.
 *
 * `GET https://api.x.com/2/likes/compliance/stream` (X operation `streamLikesCompliance`) · Auth: app-only bearer token.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/stream/stream-likes-compliance-data
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamLikesComplianceResponse` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamLikesCompliance(core, {}, { signal })) console.log(message)
 * ```
 */
export function streamLikesCompliance(core: BaseCore, params: StreamLikesComplianceParams = {}, options?: StreamCallOptions): AsyncIterable<StreamLikesComplianceResponse> {
  return streamRoute(core, streamLikesComplianceRoute, { ...params }, options)
}

/** How `streamLikesFirehose` is called: `GET /2/likes/firehose/stream`. */
export const streamLikesFirehoseRoute: Route = { id: 'streamLikesFirehose', method: 'GET', host: 'v2', path: '/2/likes/firehose/stream', query: ['backfill_minutes', 'partition', 'start_time', 'end_time', 'like_with_tweet_author.fields', 'expansions', 'media.fields', 'user.fields', 'tweet.fields'], security: [{ scheme: 'bearer' }], stream: true }

/**
 * Stream every public like on X in real time.
 *
 * `GET https://api.x.com/2/likes/firehose/stream` (X operation `streamLikesFirehose`) · Auth: app-only bearer token.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/stream/stream-all-likes
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.partition - (required) The partition of the stream to connect to, 1 to 20; connect once per partition to receive the whole stream.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.like_with_tweet_author.fields - Fields of each like to return, given as an array.
 * @param params.expansions - Objects referred to by each like to include in `includes`, given as an array: the liked tweet, its author or its media.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.tweet.fields - Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamLikesFirehoseResponse` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamLikesFirehose(core, { partition: 10 }, { signal })) console.log(message)
 * ```
 */
export function streamLikesFirehose(core: BaseCore, params: StreamLikesFirehoseParams, options?: StreamCallOptions): AsyncIterable<StreamLikesFirehoseResponse> {
  return streamRoute(core, streamLikesFirehoseRoute, { ...params }, options)
}

/** How `streamLikesSample10` is called: `GET /2/likes/sample10/stream`. */
export const streamLikesSample10Route: Route = { id: 'streamLikesSample10', method: 'GET', host: 'v2', path: '/2/likes/sample10/stream', query: ['backfill_minutes', 'partition', 'start_time', 'end_time', 'like_with_tweet_author.fields', 'expansions', 'media.fields', 'user.fields', 'tweet.fields'], security: [{ scheme: 'bearer' }], stream: true }

/**
 * Stream a 10% random sample of public likes in real time.
 *
 * `GET https://api.x.com/2/likes/sample10/stream` (X operation `streamLikesSample10`) · Auth: app-only bearer token.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/stream/stream-sampled-likes
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.partition - (required) The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param params.like_with_tweet_author.fields - Fields of each like to return, given as an array.
 * @param params.expansions - Objects referred to by each like to include in `includes`, given as an array: the liked tweet, its author or its media.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.tweet.fields - Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamLikesSample10Response` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamLikesSample10(core, { partition: 10 }, { signal })) console.log(message)
 * ```
 */
export function streamLikesSample10(core: BaseCore, params: StreamLikesSample10Params, options?: StreamCallOptions): AsyncIterable<StreamLikesSample10Response> {
  return streamRoute(core, streamLikesSample10Route, { ...params }, options)
}

/** How `streamSample10Tweets` is called: `GET /2/tweets/sample10/stream`. */
export const streamSample10TweetsRoute: Route = { id: 'streamPostsSample10', method: 'GET', host: 'v2', path: '/2/tweets/sample10/stream', query: ['backfill_minutes', 'tweet.fields', 'expansions', 'media.fields', 'poll.fields', 'user.fields', 'place.fields', 'partition', 'start_time', 'end_time'], security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 100, per: 'app' }], stream: true }

/**
 * Stream a 10% random sample of public tweets in real time.
 *
 * `GET https://api.x.com/2/tweets/sample10/stream` (X operation `streamPostsSample10`) · Auth: app-only bearer token.
 *
 * Rate limit: 100 per app every 15 minutes.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/stream/stream-10-sampled-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.tweet.fields - Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param params.partition - (required) The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamSample10TweetsResponse` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamSample10Tweets(core, { partition: 10 }, { signal })) console.log(message)
 * ```
 */
export function streamSample10Tweets(core: BaseCore, params: StreamSample10TweetsParams, options?: StreamCallOptions): AsyncIterable<StreamSample10TweetsResponse> {
  return streamRoute(core, streamSample10TweetsRoute, { ...params }, options)
}

/** How `streamSampleTweets` is called: `GET /2/tweets/sample/stream`. */
export const streamSampleTweetsRoute: Route = { id: 'streamPostsSample', method: 'GET', host: 'v2', path: '/2/tweets/sample/stream', query: ['backfill_minutes', 'tweet.fields', 'expansions', 'media.fields', 'poll.fields', 'user.fields', 'place.fields'], security: [{ scheme: 'bearer' }], stream: true }

/**
 * Stream a 1% random sample of public tweets in real time.
 *
 * `GET https://api.x.com/2/tweets/sample/stream` (X operation `streamPostsSample`) · Auth: app-only bearer token.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/stream/stream-sampled-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.tweet.fields - Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamSampleTweetsResponse` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamSampleTweets(core, {}, { signal })) console.log(message)
 * ```
 */
export function streamSampleTweets(core: BaseCore, params: StreamSampleTweetsParams = {}, options?: StreamCallOptions): AsyncIterable<StreamSampleTweetsResponse> {
  return streamRoute(core, streamSampleTweetsRoute, { ...params }, options)
}

/** How `streamTweetsCompliance` is called: `GET /2/tweets/compliance/stream`. */
export const streamTweetsComplianceRoute: Route = { id: 'streamPostsCompliance', method: 'GET', host: 'v2', path: '/2/tweets/compliance/stream', query: ['backfill_minutes', 'partition', 'start_time', 'end_time'], security: [{ scheme: 'bearer' }], stream: true }

/**
 * Stream compliance events for tweets (deletes, withheld content, edits and the like) that a stored dataset must follow.
 *
 * `GET https://api.x.com/2/tweets/compliance/stream` (X operation `streamPostsCompliance`) · Auth: app-only bearer token.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/stream/stream-posts-compliance-data
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.partition - (required) The partition of the stream to connect to, 1 to 4; connect once per partition to receive the whole stream.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamTweetsComplianceResponse` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamTweetsCompliance(core, { partition: 10 }, { signal })) console.log(message)
 * ```
 */
export function streamTweetsCompliance(core: BaseCore, params: StreamTweetsComplianceParams, options?: StreamCallOptions): AsyncIterable<StreamTweetsComplianceResponse> {
  return streamRoute(core, streamTweetsComplianceRoute, { ...params }, options)
}

/** How `streamTweetsFirehose` is called: `GET /2/tweets/firehose/stream`. */
export const streamTweetsFirehoseRoute: Route = { id: 'streamPostsFirehose', method: 'GET', host: 'v2', path: '/2/tweets/firehose/stream', query: ['backfill_minutes', 'tweet.fields', 'expansions', 'media.fields', 'poll.fields', 'user.fields', 'place.fields', 'partition', 'start_time', 'end_time'], security: [{ scheme: 'bearer' }], stream: true }

/**
 * Stream every public tweet on X in real time.
 *
 * The firehose is split into partitions; connect once per partition to receive all of it.
 *
 * `GET https://api.x.com/2/tweets/firehose/stream` (X operation `streamPostsFirehose`) · Auth: app-only bearer token.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/stream/stream-all-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.tweet.fields - Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param params.partition - (required) The partition of the stream to connect to, 1 to 20; connect once per partition to receive the whole stream.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamTweetsFirehoseResponse` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamTweetsFirehose(core, { partition: 10 }, { signal })) console.log(message)
 * ```
 */
export function streamTweetsFirehose(core: BaseCore, params: StreamTweetsFirehoseParams, options?: StreamCallOptions): AsyncIterable<StreamTweetsFirehoseResponse> {
  return streamRoute(core, streamTweetsFirehoseRoute, { ...params }, options)
}

/** How `streamTweetsFirehoseEn` is called: `GET /2/tweets/firehose/stream/lang/en`. */
export const streamTweetsFirehoseEnRoute: Route = { id: 'streamPostsFirehoseEn', method: 'GET', host: 'v2', path: '/2/tweets/firehose/stream/lang/en', query: ['backfill_minutes', 'tweet.fields', 'expansions', 'media.fields', 'poll.fields', 'user.fields', 'place.fields', 'partition', 'start_time', 'end_time'], security: [{ scheme: 'bearer' }], stream: true }

/**
 * Stream every public tweet in English in real time.
 *
 * `GET https://api.x.com/2/tweets/firehose/stream/lang/en` (X operation `streamPostsFirehoseEn`) · Auth: app-only bearer token.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/stream/stream-english-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.tweet.fields - Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param params.partition - (required) The partition of the stream to connect to, 1 to 8; connect once per partition to receive the whole stream.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamTweetsFirehoseEnResponse` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamTweetsFirehoseEn(core, { partition: 10 }, { signal })) console.log(message)
 * ```
 */
export function streamTweetsFirehoseEn(core: BaseCore, params: StreamTweetsFirehoseEnParams, options?: StreamCallOptions): AsyncIterable<StreamTweetsFirehoseEnResponse> {
  return streamRoute(core, streamTweetsFirehoseEnRoute, { ...params }, options)
}

/** How `streamTweetsFirehoseJa` is called: `GET /2/tweets/firehose/stream/lang/ja`. */
export const streamTweetsFirehoseJaRoute: Route = { id: 'streamPostsFirehoseJa', method: 'GET', host: 'v2', path: '/2/tweets/firehose/stream/lang/ja', query: ['backfill_minutes', 'tweet.fields', 'expansions', 'media.fields', 'poll.fields', 'user.fields', 'place.fields', 'partition', 'start_time', 'end_time'], security: [{ scheme: 'bearer' }], stream: true }

/**
 * Stream every public tweet in Japanese in real time.
 *
 * `GET https://api.x.com/2/tweets/firehose/stream/lang/ja` (X operation `streamPostsFirehoseJa`) · Auth: app-only bearer token.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/stream/stream-japanese-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.tweet.fields - Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param params.partition - (required) The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamTweetsFirehoseJaResponse` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamTweetsFirehoseJa(core, { partition: 10 }, { signal })) console.log(message)
 * ```
 */
export function streamTweetsFirehoseJa(core: BaseCore, params: StreamTweetsFirehoseJaParams, options?: StreamCallOptions): AsyncIterable<StreamTweetsFirehoseJaResponse> {
  return streamRoute(core, streamTweetsFirehoseJaRoute, { ...params }, options)
}

/** How `streamTweetsFirehoseKo` is called: `GET /2/tweets/firehose/stream/lang/ko`. */
export const streamTweetsFirehoseKoRoute: Route = { id: 'streamPostsFirehoseKo', method: 'GET', host: 'v2', path: '/2/tweets/firehose/stream/lang/ko', query: ['backfill_minutes', 'tweet.fields', 'expansions', 'media.fields', 'poll.fields', 'user.fields', 'place.fields', 'partition', 'start_time', 'end_time'], security: [{ scheme: 'bearer' }], stream: true }

/**
 * Stream every public tweet in Korean in real time.
 *
 * `GET https://api.x.com/2/tweets/firehose/stream/lang/ko` (X operation `streamPostsFirehoseKo`) · Auth: app-only bearer token.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/stream/stream-korean-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.tweet.fields - Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param params.partition - (required) The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamTweetsFirehoseKoResponse` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamTweetsFirehoseKo(core, { partition: 10 }, { signal })) console.log(message)
 * ```
 */
export function streamTweetsFirehoseKo(core: BaseCore, params: StreamTweetsFirehoseKoParams, options?: StreamCallOptions): AsyncIterable<StreamTweetsFirehoseKoResponse> {
  return streamRoute(core, streamTweetsFirehoseKoRoute, { ...params }, options)
}

/** How `streamTweetsFirehosePt` is called: `GET /2/tweets/firehose/stream/lang/pt`. */
export const streamTweetsFirehosePtRoute: Route = { id: 'streamPostsFirehosePt', method: 'GET', host: 'v2', path: '/2/tweets/firehose/stream/lang/pt', query: ['backfill_minutes', 'tweet.fields', 'expansions', 'media.fields', 'poll.fields', 'user.fields', 'place.fields', 'partition', 'start_time', 'end_time'], security: [{ scheme: 'bearer' }], stream: true }

/**
 * Stream every public tweet in Portuguese in real time.
 *
 * `GET https://api.x.com/2/tweets/firehose/stream/lang/pt` (X operation `streamPostsFirehosePt`) · Auth: app-only bearer token.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/stream/stream-portuguese-posts
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.tweet.fields - Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets.
 * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on.
 * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
 * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
 * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
 * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
 * @param params.partition - (required) The partition of the stream to connect to, 1 or 2; connect once per partition to receive the whole stream.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamTweetsFirehosePtResponse` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamTweetsFirehosePt(core, { partition: 10 }, { signal })) console.log(message)
 * ```
 */
export function streamTweetsFirehosePt(core: BaseCore, params: StreamTweetsFirehosePtParams, options?: StreamCallOptions): AsyncIterable<StreamTweetsFirehosePtResponse> {
  return streamRoute(core, streamTweetsFirehosePtRoute, { ...params }, options)
}

/** How `streamUsersCompliance` is called: `GET /2/users/compliance/stream`. */
export const streamUsersComplianceRoute: Route = { id: 'streamUsersCompliance', method: 'GET', host: 'v2', path: '/2/users/compliance/stream', query: ['backfill_minutes', 'partition', 'start_time', 'end_time'], security: [{ scheme: 'bearer' }], stream: true }

/**
 * Stream compliance events for users (protected, suspended, deleted, withheld and so on).
 *
 * `GET https://api.x.com/2/users/compliance/stream` (X operation `streamUsersCompliance`) · Auth: app-only bearer token.
 *
 * A stream: the result is an async iterable of messages; stop it with `options.signal`.
 *
 * Reference: https://docs.x.com/x-api/stream/stream-users-compliance-data
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
 * @param params.partition - (required) The partition of the stream to connect to, 1 to 4; connect once per partition to receive the whole stream.
 * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
 * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns An async iterable of `StreamUsersComplianceResponse` messages.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * for await (const message of streamUsersCompliance(core, { partition: 10 }, { signal })) console.log(message)
 * ```
 */
export function streamUsersCompliance(core: BaseCore, params: StreamUsersComplianceParams, options?: StreamCallOptions): AsyncIterable<StreamUsersComplianceResponse> {
  return streamRoute(core, streamUsersComplianceRoute, { ...params }, options)
}

/** How `updateRules` is called: `POST /2/tweets/search/stream/rules`. */
export const updateRulesRoute: Route = { id: 'updateRules', method: 'POST', host: 'v2', path: '/2/tweets/search/stream/rules', query: ['dry_run', 'delete_all'], encoding: 'json', security: [{ scheme: 'bearer' }], rateLimits: [{ windowSeconds: 900, limit: 100, per: 'app' }] }

/**
 * Add rules to the app's filtered stream or delete rules from it.
 *
 * Send either `add` (rules with their value and an optional tag) or `delete` (rule ids or values) in the body, or set `delete_all`. With `dry_run` the rules are checked but not saved.
 *
 * `POST https://api.x.com/2/tweets/search/stream/rules` (X operation `updateRules`) · Auth: app-only bearer token.
 *
 * Rate limit: 100 per app every 15 minutes.
 *
 * Reference: https://docs.x.com/x-api/stream/update-stream-rules
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.dry_run - When true, validate the change and report what would happen without saving it.
 * @param params.delete_all - When true, delete every rule of the app (send no body rules with it).
 * @param params.add - Rules to add, each with its `value` (the query, in the search rule language) and an optional `tag`.
 * @param params.delete - Rules to delete, by their ids or by their values.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`UpdateRulesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await updateRules(core)
 * ```
 */
export function updateRules(core: BaseCore, params: UpdateRulesParams = {}, options?: CallOptions): Promise<UpdateRulesResponse> {
  return callV2(core, updateRulesRoute, params, options, v2Json)
}
