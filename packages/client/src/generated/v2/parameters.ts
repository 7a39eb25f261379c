// generated from spec/v2/parameters.yaml by @twython/generator: do not edit

/** A value of `analytics.fields` (Which tweet metrics to return, given as an array (for example `impressions`, `likes`, `url_clicks`); only the metrics asked for come back.) */
export type AnalyticsField = 'app_install_attempts' | 'app_opens' | 'bookmarks' | 'detail_expands' | 'email_tweet' | 'engagements' | 'follows' | 'hashtag_clicks' | 'id' | 'impressions' | 'likes' | 'media_views' | 'permalink_clicks' | 'quote_tweets' | 'replies' | 'retweets' | 'shares' | 'timestamp' | 'timestamped_metrics' | 'unfollows' | 'unlikes' | 'url_clicks' | 'user_profile_clicks'

/** A value of `expansions` (Related users to include in `includes.users`, given as an array (`admin_ids`, `member_ids`, `participant_ids`).) */
export type ChatConversationExpansion = 'admin_ids' | 'member_ids' | 'participant_ids'

/** A value of `chat_conversation.fields` (Chat conversation fields to return beyond the defaults (id and type), given as an array.) */
export type ChatConversationField = 'created_at' | 'group_avatar_url' | 'group_name' | 'id' | 'is_muted' | 'message_ttl_ms' | 'screen_capture_blocking_enabled' | 'screen_capture_detection_enabled' | 'type' | 'updated_at'

/** A value of `chat_message_event.fields` (Chat message event fields to return beyond the defaults, given as an array.) */
export type ChatMessageEventField = 'conversation_id' | 'conversation_token' | 'created_at' | 'encoded_event' | 'id' | 'is_trusted' | 'message_event_signature' | 'previous_id' | 'sender_id'

/** A value of `community.fields` (Community fields to return beyond the defaults (id and name), given as an array.) */
export type CommunityField = 'access' | 'created_at' | 'description' | 'id' | 'join_policy' | 'member_count' | 'name'

/** A value of `compliance_job.fields` (Compliance job fields to return beyond the defaults, given as an array.) */
export type ComplianceJobField = 'created_at' | 'download_expires_at' | 'download_url' | 'id' | 'name' | 'resumable' | 'status' | 'type' | 'upload_expires_at' | 'upload_url'

/** A value of `connection.fields` (Streaming connection fields to return beyond the defaults, given as an array.) */
export type ConnectionField = 'client_ip' | 'connected_at' | 'disconnect_reason' | 'disconnected_at' | 'endpoint_name' | 'id'

/** A value of `expansions` (Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.) */
export type DmEventExpansion = 'attachments.media_keys' | 'participant_ids' | 'referenced_posts' | 'sender_id'

/** A value of `dm_event.fields` (DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.) */
export type DmEventField = 'attachments' | 'created_at' | 'dm_conversation_id' | 'entities' | 'event_type' | 'id' | 'text'

/** A value of `expansions` (Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `referenced_tweets.id` the quoted or replied-to tweets, and so on.) */
export type Expansion = 'article.cover_media' | 'article.media_entities' | 'attachments.media_keys' | 'attachments.media_source_tweet' | 'attachments.poll_ids' | 'author_id' | 'edit_history_tweet_ids' | 'entities.mentions.username' | 'geo.place_id' | 'in_reply_to_user_id' | 'entities.note.mentions.username' | 'referenced_tweets.id' | 'referenced_tweets.id.attachments.media_keys' | 'referenced_tweets.id.author_id'

/** A value of `expansions` (Objects referred to by each like to include in `includes`, given as an array: the liked tweet, its author or its media.) */
export type Expansions2Value = 'attachments.media_keys' | 'liked_tweet_author_id' | 'liked_tweet_id'

/** A value of `expansions` (Add `owner_id` to include each List's owner in `includes.users`.) */
export type ListExpansion = 'owner_id'

/** A value of `list.fields` (List fields to return beyond the defaults (id and name), given as an array.) */
export type ListField = 'created_at' | 'description' | 'follower_count' | 'id' | 'member_count' | 'name' | 'private'

/** A value of `media_analytics.fields` (Which media metrics to return, given as an array (for example `video_views`, `playback_complete`, `watch_time_ms`).) */
export type MediaAnalyticsField = 'cta_url_clicks' | 'cta_watch_clicks' | 'media_key' | 'play_from_tap' | 'playback25' | 'playback50' | 'playback75' | 'playback_complete' | 'playback_start' | 'timestamp' | 'timestamped_metrics' | 'video_views' | 'watch_time_ms'

/** A value of `media.fields` (Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.) */
export type MediaField = 'alt_text' | 'duration_ms' | 'height' | 'media_key' | 'non_public_metrics' | 'organic_metrics' | 'preview_image_url' | 'promoted_metrics' | 'public_metrics' | 'type' | 'url' | 'variants' | 'width'

/** A value of `media.fields` (Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.) */
export type MediaFields2Value = 'alt_text' | 'duration_ms' | 'height' | 'media_key' | 'non_public_metrics' | 'organic_metrics' | 'preview_image_url' | 'promoted_metrics' | 'public_metrics' | 'type' | 'url' | 'variants' | 'width'

/** A value of `news.fields` (News story fields to return beyond the defaults, given as an array.) */
export type NewsField = 'category' | 'cluster_posts_results' | 'contexts' | 'disclaimer' | 'hook' | 'id' | 'keywords' | 'name' | 'summary' | 'updated_at'

/** A value of `note.fields` (Community Note fields to return beyond the defaults (id), given as an array.) */
export type NoteField = 'id' | 'info' | 'scoring_status' | 'status' | 'test_result'

/** A value of `personalized_trend.fields` (Trend fields to return beyond the defaults, given as an array (`category`, `post_count`, `trend_name`, `trending_since`).) */
export type PersonalizedTrendField = 'category' | 'post_count' | 'trend_name' | 'trending_since'

/** A value of `place.fields` (Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.) */
export type PlaceField = 'contained_within' | 'country' | 'country_code' | 'full_name' | 'geo' | 'id' | 'name' | 'place_type'

/** A value of `place.fields` (Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.) */
export type PlaceFields2Value = 'contained_within' | 'country' | 'country_code' | 'full_name' | 'geo' | 'id' | 'name' | 'place_type'

/** A value of `poll.fields` (Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.) */
export type PollField = 'duration_minutes' | 'end_datetime' | 'id' | 'options' | 'voting_status'

/** A value of `poll.fields` (Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.) */
export type PollFields2Value = 'duration_minutes' | 'end_datetime' | 'id' | 'options' | 'voting_status'

/** A value of `public_key.fields` (Public key fields to return, given as an array.) */
export type PublicKeyField = 'identity_public_key_signature' | 'juicebox_config' | 'public_key' | 'public_key_version' | 'signing_public_key'

/** A value of `expansions` (Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).) */
export type SpaceExpansion = 'creator_id' | 'host_ids' | 'invited_user_ids' | 'speaker_ids' | 'topic_ids'

/** A value of `space.fields` (Space fields to return beyond the defaults (id and state), given as an array.) */
export type SpaceField = 'created_at' | 'ended_at' | 'id' | 'is_ticketed' | 'lang' | 'participant_count' | 'scheduled_start' | 'started_at' | 'state' | 'subscriber_count' | 'title' | 'updated_at'

/** A value of `topic.fields` (Topic fields to return beyond the defaults (id and name), given as an array.) */
export type TopicField = 'description' | 'id' | 'name'

/** A value of `trend.fields` (Trend fields to return, given as an array (`trend_name`, `tweet_count`).) */
export type TrendField = 'trend_name' | 'tweet_count'

/** A value of `expansions` (Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.) */
export type TweetExpansion = 'article.cover_media' | 'article.media_entities' | 'attachments.media_keys' | 'attachments.media_source_tweet' | 'attachments.poll_ids' | 'author_id' | 'edit_history_post_ids' | 'entities.mentions.username' | 'geo.place_id' | 'in_reply_to_user_id' | 'referenced_posts' | 'username'

/** A value of `post.fields` (Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.) */
export type TweetField = 'article' | 'article_title' | 'attachments' | 'card_uri' | 'community_id' | 'context_annotations' | 'conversation_id' | 'created_at' | 'display_text_range' | 'edit_controls' | 'entities' | 'geo' | 'id' | 'lang' | 'matched_media_notes' | 'media_metadata' | 'non_public_metrics' | 'note_post' | 'note_request_suggestions' | 'organic_metrics' | 'paid_partnership' | 'possibly_sensitive' | 'promoted_metrics' | 'public_metrics' | 'reply_settings' | 'scopes' | 'source' | 'suggested_source_links' | 'suggested_source_links_with_counts' | 'text' | 'withheld'

/** A value of `tweet.fields` (Tweet fields to return beyond the defaults (id, text and edit_history_tweet_ids), given as an array; for example `author_id`, `created_at`, `public_metrics`. Applies to the tweets in `data` and to included tweets.) */
export type TweetFields2Value = 'article' | 'attachments' | 'author_id' | 'card_uri' | 'community_id' | 'context_annotations' | 'conversation_id' | 'created_at' | 'display_text_range' | 'edit_controls' | 'edit_history_tweet_ids' | 'entities' | 'geo' | 'id' | 'in_reply_to_user_id' | 'lang' | 'matched_media_notes' | 'media_metadata' | 'non_public_metrics' | 'note_request_suggestions' | 'note_tweet' | 'organic_metrics' | 'paid_partnership' | 'possibly_sensitive' | 'promoted_metrics' | 'public_metrics' | 'referenced_tweets' | 'reply_settings' | 'scopes' | 'source' | 'suggested_source_links' | 'suggested_source_links_with_counts' | 'text' | 'withheld'

/** A value of `usage.fields` (Usage fields to return beyond the defaults, given as an array (for example `daily_project_usage`).) */
export type UsageField = 'cap_reset_day' | 'daily_client_app_usage' | 'daily_project_usage' | 'project_cap' | 'project_id' | 'project_usage'

/** A value of `expansions` (Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.) */
export type UserExpansion = 'affiliation' | 'most_recent_post_id' | 'pinned_post_id'

/** A value of `user.fields` (User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.) */
export type UserField = 'confirmed_email' | 'connection_status' | 'created_at' | 'description' | 'entities' | 'id' | 'is_identity_verified' | 'location' | 'name' | 'parody' | 'profile_banner_url' | 'profile_image_url' | 'protected' | 'public_metrics' | 'receives_your_dm' | 'subscribes_to_you' | 'subscription' | 'subscription_type' | 'url' | 'username' | 'verified' | 'verified_followers_count' | 'verified_type' | 'withheld'

/** A value of `user.fields` (User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.) */
export type UserFields2Value = 'affiliation' | 'confirmed_email' | 'connection_status' | 'created_at' | 'description' | 'entities' | 'id' | 'is_identity_verified' | 'location' | 'most_recent_tweet_id' | 'name' | 'parody' | 'pinned_tweet_id' | 'profile_banner_url' | 'profile_image_url' | 'protected' | 'public_metrics' | 'receives_your_dm' | 'subscription' | 'subscription_type' | 'url' | 'username' | 'verified' | 'verified_followers_count' | 'verified_type' | 'withheld'

/** A value of `webhook_config.fields` (Webhook fields to return beyond the defaults, given as an array (`created_at`, `id`, `url`, `valid`).) */
export type WebhookConfigField = 'created_at' | 'id' | 'url' | 'valid'
