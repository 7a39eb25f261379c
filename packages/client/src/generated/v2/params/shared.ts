// generated from spec/v2/parameters.yaml by @twython/generator: do not edit

import type { AnalyticsField, ChatConversationExpansion, ChatConversationField, ChatMessageEventField, CommunityField, ComplianceJobField, ConnectionField, DmEventExpansion, DmEventField, Expansion, Expansions2Value, ListExpansion, ListField, MediaAnalyticsField, MediaField, MediaFields2Value, NewsField, NoteField, PersonalizedTrendField, PlaceField, PlaceFields2Value, PollField, PollFields2Value, PublicKeyField, SpaceExpansion, SpaceField, TopicField, TrendField, TweetExpansion, TweetField, TweetFields2Value, UsageField, UserExpansion, UserField, UserFields2Value, WebhookConfigField } from '../parameters.js'

/** The optional `analytics.fields` parameter, shared by the operations that take it. */
export interface AnalyticsFieldsParam {
  /** Which tweet metrics to return, given as an array (for example `impressions`, `likes`, `url_clicks`); only the metrics asked for come back. */
  readonly 'analytics.fields'?: readonly AnalyticsField[]
}

/** The optional `backfill_minutes` parameter, shared by the operations that take it. */
export interface BackfillMinutesParam {
  /**
   * After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * Between 0 and 5.
   */
  readonly backfill_minutes?: number
}

/** The optional `expansions` parameter, shared by the operations that take it. */
export interface ChatConversationExpansionsParam {
  /** Related users to include in `includes.users`, given as an array (`admin_ids`, `member_ids`, `participant_ids`). */
  readonly expansions?: readonly ChatConversationExpansion[]
}

/** The optional `chat_conversation.fields` parameter, shared by the operations that take it. */
export interface ChatConversationFieldsParam {
  /** Chat conversation fields to return beyond the defaults (id and type), given as an array. */
  readonly 'chat_conversation.fields'?: readonly ChatConversationField[]
}

/** The optional `chat_message_event.fields` parameter, shared by the operations that take it. */
export interface ChatMessageEventFieldsParam {
  /** Chat message event fields to return beyond the defaults, given as an array. */
  readonly 'chat_message_event.fields'?: readonly ChatMessageEventField[]
}

/** The optional `community.fields` parameter, shared by the operations that take it. */
export interface CommunityFieldsParam {
  /** Community fields to return beyond the defaults (id and name), given as an array. */
  readonly 'community.fields'?: readonly CommunityField[]
}

/** The optional `compliance_job.fields` parameter, shared by the operations that take it. */
export interface ComplianceJobFieldsParam {
  /** Compliance job fields to return beyond the defaults, given as an array. */
  readonly 'compliance_job.fields'?: readonly ComplianceJobField[]
}

/** The optional `connection.fields` parameter, shared by the operations that take it. */
export interface ConnectionFieldsParam {
  /** Streaming connection fields to return beyond the defaults, given as an array. */
  readonly 'connection.fields'?: readonly ConnectionField[]
}

/** The optional `expansions` parameter, shared by the operations that take it. */
export interface DmEventExpansionsParam {
  /** Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to. */
  readonly expansions?: readonly DmEventExpansion[]
}

/** The optional `dm_event.fields` parameter, shared by the operations that take it. */
export interface DmEventFieldsParam {
  /** DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array. */
  readonly 'dm_event.fields'?: readonly DmEventField[]
}

/** The optional `end_time` parameter, shared by the operations that take it. */
export interface EndTimeParam {
  /** The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given. */
  readonly end_time?: string
}

/** The optional `expansions` parameter, shared by the operations that take it. */
export interface ExpansionsParam {
  /** Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on. */
  readonly expansions?: readonly Expansion[]
}

/** The optional `expansions` parameter, shared by the operations that take it. */
export interface Expansions2Param {
  /** Objects referred to by each like to include in `includes`, given as an array: the liked tweet, its author or its media. */
  readonly expansions?: readonly Expansions2Value[]
}

/** The optional `expansions` parameter, shared by the operations that take it. */
export interface ListExpansionsParam {
  /** Add `owner_id` to include each List's owner in `includes.users`. */
  readonly expansions?: readonly ListExpansion[]
}

/** The optional `list.fields` parameter, shared by the operations that take it. */
export interface ListFieldsParam {
  /** List fields to return beyond the defaults (id and name), given as an array. */
  readonly 'list.fields'?: readonly ListField[]
}

/** The optional `media_analytics.fields` parameter, shared by the operations that take it. */
export interface MediaAnalyticsFieldsParam {
  /** Which media metrics to return, given as an array (for example `video_views`, `playback_complete`, `watch_time_ms`). */
  readonly 'media_analytics.fields'?: readonly MediaAnalyticsField[]
}

/** The optional `media.fields` parameter, shared by the operations that take it. */
export interface MediaFieldsParam {
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaField[]
}

/** The optional `media.fields` parameter, shared by the operations that take it. */
export interface MediaFields2Param {
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields'?: readonly MediaFields2Value[]
}

/** The optional `news.fields` parameter, shared by the operations that take it. */
export interface NewsFieldsParam {
  /** News story fields to return beyond the defaults, given as an array. */
  readonly 'news.fields'?: readonly NewsField[]
}

/** The optional `next_token` parameter, shared by the operations that take it. */
export interface NextTokenParam {
  /** The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you. */
  readonly next_token?: string
}

/** The optional `note.fields` parameter, shared by the operations that take it. */
export interface NoteFieldsParam {
  /** Community Note fields to return beyond the defaults (id), given as an array. */
  readonly 'note.fields'?: readonly NoteField[]
}

/** The optional `pagination_token` parameter, shared by the operations that take it. */
export interface PaginationTokenParam {
  /** The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you. */
  readonly pagination_token?: string
}

/** The optional `personalized_trend.fields` parameter, shared by the operations that take it. */
export interface PersonalizedTrendFieldsParam {
  /** Trend fields to return beyond the defaults, given as an array (`category`, `post_count`, `trend_name`, `trending_since`). */
  readonly 'personalized_trend.fields'?: readonly PersonalizedTrendField[]
}

/** The optional `place.fields` parameter, shared by the operations that take it. */
export interface PlaceFieldsParam {
  /** Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`. */
  readonly 'place.fields'?: readonly PlaceField[]
}

/** The optional `place.fields` parameter, shared by the operations that take it. */
export interface PlaceFields2Param {
  /** Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`. */
  readonly 'place.fields'?: readonly PlaceFields2Value[]
}

/** The optional `poll.fields` parameter, shared by the operations that take it. */
export interface PollFieldsParam {
  /** Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`. */
  readonly 'poll.fields'?: readonly PollField[]
}

/** The optional `poll.fields` parameter, shared by the operations that take it. */
export interface PollFields2Param {
  /** Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`. */
  readonly 'poll.fields'?: readonly PollFields2Value[]
}

/** The optional `public_key.fields` parameter, shared by the operations that take it. */
export interface PublicKeyFieldsParam {
  /** Public key fields to return, given as an array. */
  readonly 'public_key.fields'?: readonly PublicKeyField[]
}

/** The optional `since_id` parameter, shared by the operations that take it. */
export interface SinceIdParam {
  /** Only return tweets with an id greater (newer) than this one. Cannot be combined with `start_time` on the search calls. */
  readonly since_id?: string
}

/** The optional `expansions` parameter, shared by the operations that take it. */
export interface SpaceExpansionsParam {
  /** Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics). */
  readonly expansions?: readonly SpaceExpansion[]
}

/** The optional `space.fields` parameter, shared by the operations that take it. */
export interface SpaceFieldsParam {
  /** Space fields to return beyond the defaults (id and state), given as an array. */
  readonly 'space.fields'?: readonly SpaceField[]
}

/** The optional `start_time` parameter, shared by the operations that take it. */
export interface StartTimeParam {
  /** The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given. */
  readonly start_time?: string
}

/** The optional `topic.fields` parameter, shared by the operations that take it. */
export interface TopicFieldsParam {
  /** Topic fields to return beyond the defaults (id and name), given as an array. */
  readonly 'topic.fields'?: readonly TopicField[]
}

/** The optional `trend.fields` parameter, shared by the operations that take it. */
export interface TrendFieldsParam {
  /** Trend fields to return, given as an array (`trend_name`, `tweet_count`). */
  readonly 'trend.fields'?: readonly TrendField[]
}

/** The optional `expansions` parameter, shared by the operations that take it. */
export interface TweetExpansionsParam {
  /** Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on. */
  readonly expansions?: readonly TweetExpansion[]
}

/** The optional `post.fields` parameter, shared by the operations that take it. */
export interface TweetFieldsParam {
  /** Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets. */
  readonly 'post.fields'?: readonly TweetField[]
}

/** The optional `tweet.fields` parameter, shared by the operations that take it. */
export interface TweetFields2Param {
  /** Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets. */
  readonly 'tweet.fields'?: readonly TweetFields2Value[]
}

/** The optional `until_id` parameter, shared by the operations that take it. */
export interface UntilIdParam {
  /** Only return tweets with an id less (older) than this one. Cannot be combined with `end_time` on the search calls. */
  readonly until_id?: string
}

/** The optional `usage.fields` parameter, shared by the operations that take it. */
export interface UsageFieldsParam {
  /** Usage fields to return beyond the defaults, given as an array (for example `daily_project_usage`). */
  readonly 'usage.fields'?: readonly UsageField[]
}

/** The optional `expansions` parameter, shared by the operations that take it. */
export interface UserExpansionsParam {
  /** Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet. */
  readonly expansions?: readonly UserExpansion[]
}

/** The optional `user.fields` parameter, shared by the operations that take it. */
export interface UserFieldsParam {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserField[]
}

/** The optional `user.fields` parameter, shared by the operations that take it. */
export interface UserFields2Param {
  /** User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`. */
  readonly 'user.fields'?: readonly UserFields2Value[]
}

/** The optional `webhook_config.fields` parameter, shared by the operations that take it. */
export interface WebhookConfigFieldsParam {
  /** Webhook fields to return beyond the defaults, given as an array (`created_at`, `id`, `url`, `valid`). */
  readonly 'webhook_config.fields'?: readonly WebhookConfigField[]
}
