// generated from spec/v2/ by @twython/generator: do not edit

import { registerRoutes } from '@twython/runtime'
import type { CallOptions, Core, StreamCallOptions } from '@twython/runtime'
import type { CreateAccountActivitySubscriptionResponse, DeleteAccountActivitySubscriptionResponse, GetAccountActivitySubscriptionCountResponse, GetAccountActivitySubscriptionsResponse, ValidateAccountActivitySubscriptionResponse } from './models/account_activity.js'
import type { CreateActivitySubscriptionResponse, DeleteActivitySubscriptionResponse, DeleteActivitySubscriptionsResponse, GetActivitySubscriptionsResponse, StreamActivityResponse, UpdateActivitySubscriptionResponse } from './models/activity.js'
import type { CreateArticleDraftResponse, PublishArticleResponse } from './models/articles.js'
import type { AddBookmarkResponse, CreateBookmarkFolderResponse, GetBookmarkFoldersResponse, GetBookmarksInFolderResponse, GetBookmarksResponse, RemoveBookmarkResponse } from './models/bookmarks.js'
import type { CreateScheduledBroadcastResponse, DeleteScheduledBroadcastResponse, GetScheduledBroadcastResponse, GetScheduledBroadcastsResponse, SendBroadcastChatResponse, StartScheduledBroadcastResponse, UpdateScheduledBroadcastResponse } from './models/broadcasts.js'
import type { AddChatConversationKeysResponse, AddChatGroupMembersResponse, AddUserPublicKeyResponse, AppendChatMediaUploadResponse, CreateChatGroupResponse, FinalizeChatMediaUploadResponse, GetChatConversationEventsResponse, GetChatConversationResponse, GetChatConversationsResponse, GetUserPublicKeysResponse, GetUsersPublicKeysResponse, InitializeChatGroupResponse, InitializeChatMediaUploadResponse, MarkChatConversationReadResponse, SendChatMessageResponse, SendChatTypingIndicatorResponse } from './models/chat.js'
import type { GetCommunityResponse, SearchCommunitiesResponse } from './models/communities.js'
import type { CreateCommunityNoteResponse, DeleteCommunityNoteResponse, EvaluateCommunityNoteResponse, SearchTweetsEligibleForNotesResponse, SearchWrittenCommunityNotesResponse } from './models/community_notes.js'
import type { CreateComplianceJobResponse, GetComplianceJobResponse, GetComplianceJobsResponse } from './models/compliance.js'
import type { DeleteAllConnectionsResponse, DeleteConnectionsResponse, DeleteEndpointConnectionsResponse, GetConnectionHistoryResponse } from './models/connections.js'
import type { BlockUserDmsResponse, CreateDmConversationResponse, DeleteDmEventResponse, GetDmConversationEventsResponse, GetDmEventResponse, GetDmEventsResponse, GetDmEventsWithParticipantResponse, SendDmToConversationResponse, SendDmToParticipantResponse, UnblockUserDmsResponse } from './models/direct_messages.js'
import type { GetOpenApiSpecResponse } from './models/general.js'
import type { GetLikedTweetsResponse, GetLikingUsersResponse, LikeTweetResponse, UnlikeTweetResponse } from './models/likes.js'
import type { AddListMemberResponse, CreateListResponse, DeleteListResponse, FollowListResponse, GetFollowedListsResponse, GetListFollowersResponse, GetListMembersResponse, GetListMembershipsResponse, GetListResponse, GetListTweetsResponse, GetOwnedListsResponse, GetPinnedListsResponse, PinListResponse, RemoveListMemberResponse, UnfollowListResponse, UnpinListResponse, UpdateListResponse } from './models/lists.js'
import type { AppendMediaUploadResponse, CreateMediaMetadataResponse, CreateMediaSubtitlesResponse, DeleteMediaSubtitlesResponse, FinalizeMediaUploadResponse, GetMediaAnalyticsResponse, GetMediaByKeysResponse, GetMediaResponse, GetMediaUploadStatusResponse, InitializeMediaUploadResponse, UploadMediaSimpleResponse } from './models/media.js'
import type { GetNewsResponse, SearchNewsResponse } from './models/news.js'
import type { CountAllTweetsResponse, CountRecentTweetsResponse, SearchAllTweetsResponse, SearchRecentTweetsResponse } from './models/search.js'
import type { GetSpaceBuyersResponse, GetSpaceResponse, GetSpaceTweetsResponse, GetSpacesByCreatorsResponse, GetSpacesResponse, SearchSpacesResponse } from './models/spaces.js'
import type { GetRuleCountsResponse, GetRulesResponse, StreamFilteredTweetsResponse, StreamLabelsComplianceResponse, StreamLikesComplianceResponse, StreamLikesFirehoseResponse, StreamLikesSample10Response, StreamSample10TweetsResponse, StreamSampleTweetsResponse, StreamTweetsComplianceResponse, StreamTweetsFirehoseEnResponse, StreamTweetsFirehoseJaResponse, StreamTweetsFirehoseKoResponse, StreamTweetsFirehosePtResponse, StreamTweetsFirehoseResponse, StreamUsersComplianceResponse, UpdateRulesResponse } from './models/streams.js'
import type { GetPersonalizedTrendsResponse, GetTrendsResponse } from './models/trends.js'
import type { CreateTweetResponse, DeleteTweetResponse, GetHomeTimelineResponse, GetQuoteTweetsResponse, GetRetweetedByResponse, GetRetweetsOfMeResponse, GetRetweetsResponse, GetTweetResponse, GetTweetsAnalyticsResponse, GetTweetsResponse, GetUserMentionsResponse, GetUserTweetsResponse, HideReplyResponse, RetweetResponse, UnretweetResponse } from './models/tweets.js'
import type { GetUsageResponse } from './models/usage.js'
import type { FollowUserResponse, GetBlockedUsersResponse, GetMeResponse, GetMutedUsersResponse, GetUserAffiliatesResponse, GetUserByUsernameResponse, GetUserFollowersResponse, GetUserFollowingResponse, GetUserResponse, GetUsersByUsernamesResponse, GetUsersResponse, MuteUserResponse, SearchUsersResponse, UnfollowUserResponse, UnmuteUserResponse } from './models/users.js'
import type { CreateStreamWebhookLinkResponse, CreateWebhookReplayJobResponse, CreateWebhookResponse, DeleteStreamWebhookLinkResponse, DeleteWebhookResponse, GetStreamWebhookLinksResponse, GetWebhooksResponse, ValidateWebhookResponse } from './models/webhooks.js'
import type { CommunityField, ComplianceJobField, DmEventField, ListField, MediaField, NewsField, NoteField, SpaceField, TrendField, TweetField, UsageField, UserField } from './parameters.js'
import type { CreateAccountActivitySubscriptionParams, DeleteAccountActivitySubscriptionParams, GetAccountActivitySubscriptionCountParams, GetAccountActivitySubscriptionsParams, ValidateAccountActivitySubscriptionParams } from './params/account_activity.js'
import type { CreateActivitySubscriptionParams, DeleteActivitySubscriptionParams, DeleteActivitySubscriptionsParams, GetActivitySubscriptionsParams, StreamActivityParams, UpdateActivitySubscriptionParams } from './params/activity.js'
import type { CreateArticleDraftParams, PublishArticleParams } from './params/articles.js'
import type { AddBookmarkParams, CreateBookmarkFolderParams, GetBookmarkFoldersParams, GetBookmarksFieldsParams, GetBookmarksInFolderParams, GetBookmarksParams, RemoveBookmarkParams } from './params/bookmarks.js'
import type { CreateScheduledBroadcastParams, DeleteScheduledBroadcastParams, GetScheduledBroadcastParams, GetScheduledBroadcastsParams, SendBroadcastChatParams, StartScheduledBroadcastParams, UpdateScheduledBroadcastParams } from './params/broadcasts.js'
import type { AddChatConversationKeysParams, AddChatGroupMembersParams, AddUserPublicKeyParams, AppendChatMediaUploadParams, CreateChatGroupParams, DownloadChatMediaParams, FinalizeChatMediaUploadParams, GetChatConversationEventsParams, GetChatConversationParams, GetChatConversationsParams, GetUserPublicKeysParams, GetUsersPublicKeysParams, InitializeChatGroupParams, InitializeChatMediaUploadParams, MarkChatConversationReadParams, SendChatMessageParams, SendChatTypingIndicatorParams } from './params/chat.js'
import type { GetCommunityFieldsParams, GetCommunityParams, SearchCommunitiesFieldsParams, SearchCommunitiesParams } from './params/communities.js'
import type { CreateCommunityNoteParams, DeleteCommunityNoteParams, EvaluateCommunityNoteParams, SearchTweetsEligibleForNotesFieldsParams, SearchTweetsEligibleForNotesParams, SearchWrittenCommunityNotesFieldsParams, SearchWrittenCommunityNotesParams } from './params/community_notes.js'
import type { CreateComplianceJobFieldsParams, CreateComplianceJobParams, GetComplianceJobFieldsParams, GetComplianceJobParams, GetComplianceJobsFieldsParams, GetComplianceJobsParams } from './params/compliance.js'
import type { DeleteAllConnectionsParams, DeleteConnectionsParams, DeleteEndpointConnectionsParams, GetConnectionHistoryParams } from './params/connections.js'
import type { BlockUserDmsParams, CreateDmConversationParams, DeleteDmEventParams, DownloadDmMediaParams, GetDmConversationEventsFieldsParams, GetDmConversationEventsParams, GetDmEventFieldsParams, GetDmEventParams, GetDmEventsFieldsParams, GetDmEventsParams, GetDmEventsWithParticipantFieldsParams, GetDmEventsWithParticipantParams, SendDmToConversationParams, SendDmToParticipantParams, UnblockUserDmsParams } from './params/direct_messages.js'
import type { GetOpenApiSpecParams } from './params/general.js'
import type { GetLikedTweetsFieldsParams, GetLikedTweetsParams, GetLikingUsersFieldsParams, GetLikingUsersParams, LikeTweetParams, UnlikeTweetParams } from './params/likes.js'
import type { AddListMemberParams, CreateListParams, DeleteListParams, FollowListParams, GetFollowedListsFieldsParams, GetFollowedListsParams, GetListFieldsParams, GetListFollowersFieldsParams, GetListFollowersParams, GetListMembersFieldsParams, GetListMembersParams, GetListMembershipsFieldsParams, GetListMembershipsParams, GetListParams, GetListTweetsFieldsParams, GetListTweetsParams, GetOwnedListsFieldsParams, GetOwnedListsParams, GetPinnedListsFieldsParams, GetPinnedListsParams, PinListParams, RemoveListMemberParams, UnfollowListParams, UnpinListParams, UpdateListParams } from './params/lists.js'
import type { AppendMediaUploadParams, CreateMediaMetadataParams, CreateMediaSubtitlesParams, DeleteMediaSubtitlesParams, FinalizeMediaUploadParams, GetMediaAnalyticsParams, GetMediaByKeysFieldsParams, GetMediaByKeysParams, GetMediaFieldsParams, GetMediaParams, GetMediaUploadStatusParams, InitializeMediaUploadParams, UploadMediaSimpleParams } from './params/media.js'
import type { GetNewsFieldsParams, GetNewsParams, SearchNewsFieldsParams, SearchNewsParams } from './params/news.js'
import type { CountAllTweetsParams, CountRecentTweetsParams, SearchAllTweetsFieldsParams, SearchAllTweetsParams, SearchRecentTweetsFieldsParams, SearchRecentTweetsParams } from './params/search.js'
import type { GetSpaceBuyersFieldsParams, GetSpaceBuyersParams, GetSpaceFieldsParams, GetSpaceParams, GetSpaceTweetsFieldsParams, GetSpaceTweetsParams, GetSpacesByCreatorsFieldsParams, GetSpacesByCreatorsParams, GetSpacesFieldsParams, GetSpacesParams, SearchSpacesFieldsParams, SearchSpacesParams } from './params/spaces.js'
import type { GetRuleCountsParams, GetRulesParams, StreamFilteredTweetsParams, StreamLabelsComplianceParams, StreamLikesComplianceParams, StreamLikesFirehoseParams, StreamLikesSample10Params, StreamSample10TweetsParams, StreamSampleTweetsParams, StreamTweetsComplianceParams, StreamTweetsFirehoseEnParams, StreamTweetsFirehoseJaParams, StreamTweetsFirehoseKoParams, StreamTweetsFirehoseParams, StreamTweetsFirehosePtParams, StreamUsersComplianceParams, UpdateRulesParams } from './params/streams.js'
import type { GetPersonalizedTrendsParams, GetTrendsFieldsParams, GetTrendsParams } from './params/trends.js'
import type { CreateTweetParams, DeleteTweetParams, GetHomeTimelineFieldsParams, GetHomeTimelineParams, GetQuoteTweetsFieldsParams, GetQuoteTweetsParams, GetRetweetedByFieldsParams, GetRetweetedByParams, GetRetweetsFieldsParams, GetRetweetsOfMeFieldsParams, GetRetweetsOfMeParams, GetRetweetsParams, GetTweetFieldsParams, GetTweetParams, GetTweetsAnalyticsParams, GetTweetsFieldsParams, GetTweetsParams, GetUserMentionsFieldsParams, GetUserMentionsParams, GetUserTweetsFieldsParams, GetUserTweetsParams, HideReplyParams, RetweetParams, UnretweetParams } from './params/tweets.js'
import type { GetUsageFieldsParams, GetUsageParams } from './params/usage.js'
import type { FollowUserParams, GetBlockedUsersFieldsParams, GetBlockedUsersParams, GetMeFieldsParams, GetMeParams, GetMutedUsersFieldsParams, GetMutedUsersParams, GetUserAffiliatesFieldsParams, GetUserAffiliatesParams, GetUserByUsernameFieldsParams, GetUserByUsernameParams, GetUserFieldsParams, GetUserFollowersFieldsParams, GetUserFollowersParams, GetUserFollowingFieldsParams, GetUserFollowingParams, GetUserParams, GetUsersByUsernamesFieldsParams, GetUsersByUsernamesParams, GetUsersFieldsParams, GetUsersParams, MuteUserParams, SearchUsersFieldsParams, SearchUsersParams, UnfollowUserParams, UnmuteUserParams } from './params/users.js'
import type { CreateStreamWebhookLinkParams, CreateWebhookParams, CreateWebhookReplayJobParams, DeleteStreamWebhookLinkParams, DeleteWebhookParams, GetStreamWebhookLinksParams, GetWebhooksParams, ValidateWebhookParams } from './params/webhooks.js'
import * as accountActivity from './account_activity.js'
import * as activity from './activity.js'
import * as articles from './articles.js'
import * as bookmarks from './bookmarks.js'
import * as broadcasts from './broadcasts.js'
import * as chat from './chat.js'
import * as communities from './communities.js'
import * as communityNotes from './community_notes.js'
import * as compliance from './compliance.js'
import * as connections from './connections.js'
import * as directMessages from './direct_messages.js'
import * as general from './general.js'
import * as likes from './likes.js'
import * as lists from './lists.js'
import * as media from './media.js'
import * as news from './news.js'
import * as search from './search.js'
import * as spaces from './spaces.js'
import * as streams from './streams.js'
import * as trends from './trends.js'
import * as tweets from './tweets.js'
import * as usage from './usage.js'
import * as users from './users.js'
import * as webhooks from './webhooks.js'

/**
 * Every X API v2 operation as a method (`twitter.v2`), each delegating to its per-family function.
 * `params` is one flat object: path, query and JSON body fields side by side, by X's wire names.
 */
export class TwythonV2 {
  /** @param core - The core that signs and sends every call. */
  constructor(public readonly core: Core) {
  }

  /**
   * Subscribe a webhook to the account activity of the authenticated user.
   *
   * The user who authorizes the token is the one subscribed; call it once for each user.
   *
   * `POST https://api.x.com/2/account_activity/webhooks/{webhook_id}/subscriptions/all` (X operation `createAccountActivitySubscription`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.write`, `tweet.read`, `dm.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/account-activity/create-subscription
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.webhook_id - (required) The id of the webhook that will receive the user's events.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateAccountActivitySubscriptionResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createAccountActivitySubscription({ webhook_id: '20' })
   * ```
   */
  createAccountActivitySubscription(params: CreateAccountActivitySubscriptionParams, options?: CallOptions): Promise<CreateAccountActivitySubscriptionResponse> {
    return accountActivity.createAccountActivitySubscription(this.core, params, options)
  }

  /**
   * Stop sending a user's account activity to a webhook.
   *
   * `DELETE https://api.x.com/2/account_activity/webhooks/{webhook_id}/subscriptions/{user_id}/all` (X operation `deleteAccountActivitySubscription`) · Auth: app-only bearer token.
   *
   * Reference: https://docs.x.com/x-api/account-activity/delete-subscription
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.webhook_id - (required) The id of the webhook the user is subscribed to.
   * @param params.user_id - (required) The id of the user whose subscription to remove.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`DeleteAccountActivitySubscriptionResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.deleteAccountActivitySubscription({ webhook_id: '20', user_id: '20' })
   * ```
   */
  deleteAccountActivitySubscription(params: DeleteAccountActivitySubscriptionParams, options?: CallOptions): Promise<DeleteAccountActivitySubscriptionResponse> {
    return accountActivity.deleteAccountActivitySubscription(this.core, params, options)
  }

  /**
   * Get how many user subscriptions the app has, and how many its plan allows.
   *
   * `GET https://api.x.com/2/account_activity/subscriptions/count` (X operation `getAccountActivitySubscriptionCount`) · Auth: app-only bearer token.
   *
   * Reference: https://docs.x.com/x-api/account-activity/get-subscription-count
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetAccountActivitySubscriptionCountResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getAccountActivitySubscriptionCount()
   * ```
   */
  getAccountActivitySubscriptionCount(params: GetAccountActivitySubscriptionCountParams = {}, options?: CallOptions): Promise<GetAccountActivitySubscriptionCountResponse> {
    return accountActivity.getAccountActivitySubscriptionCount(this.core, params, options)
  }

  /**
   * List the users subscribed to a webhook.
   *
   * `GET https://api.x.com/2/account_activity/webhooks/{webhook_id}/subscriptions/all/list` (X operation `getAccountActivitySubscriptions`) · Auth: app-only bearer token.
   *
   * Reference: https://docs.x.com/x-api/account-activity/get-subscriptions
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.webhook_id - (required) The id of the webhook whose subscriptions to list.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetAccountActivitySubscriptionsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getAccountActivitySubscriptions({ webhook_id: '20' })
   * ```
   */
  getAccountActivitySubscriptions(params: GetAccountActivitySubscriptionsParams, options?: CallOptions): Promise<GetAccountActivitySubscriptionsResponse> {
    return accountActivity.getAccountActivitySubscriptions(this.core, params, options)
  }

  /**
   * Check whether the authenticated user is subscribed to a webhook.
   *
   * The answer's `subscribed` says whether the subscription exists.
   *
   * `GET https://api.x.com/2/account_activity/webhooks/{webhook_id}/subscriptions/all` (X operation `validateAccountActivitySubscription`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `dm.write`, `dm.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/account-activity/validate-subscription
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.webhook_id - (required) The id of the webhook to check.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`ValidateAccountActivitySubscriptionResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.validateAccountActivitySubscription({ webhook_id: '20' })
   * ```
   */
  validateAccountActivitySubscription(params: ValidateAccountActivitySubscriptionParams, options?: CallOptions): Promise<ValidateAccountActivitySubscriptionResponse> {
    return accountActivity.validateAccountActivitySubscription(this.core, params, options)
  }

  /**
   * Subscribe to one kind of activity event, optionally for a given user and delivered to a webhook.
   *
   * With a user token, the token needs the scope that matches the event type (for example `like.read` for like events, `dm.read` for DM and chat events); mute and block events can only be subscribed to for the authenticated user.
   *
   * `POST https://api.x.com/2/activity/subscriptions` (X operation `createActivitySubscription`) · Auth: OAuth 2.0 user token, OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 500 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/activity/create-x-activity-subscription
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.event_type - (required) Body field `event_type` of `CreateActivitySubscriptionRequest`.
   * @param params.filter - (required) Body field `filter` of `CreateActivitySubscriptionRequest`.
   * @param params.tag - Body field `tag` of `CreateActivitySubscriptionRequest`.
   * @param params.webhook_id - Body field `webhook_id` of `CreateActivitySubscriptionRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateActivitySubscriptionResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createActivitySubscription({ event_type: 'profile.update.bio', filter: 'example' })
   * ```
   */
  createActivitySubscription(params: CreateActivitySubscriptionParams, options?: CallOptions): Promise<CreateActivitySubscriptionResponse> {
    return activity.createActivitySubscription(this.core, params, options)
  }

  /**
   * Delete one activity subscription.
   *
   * `DELETE https://api.x.com/2/activity/subscriptions/{subscription_id}` (X operation `deleteActivitySubscription`) · Auth: app-only bearer token.
   *
   * Rate limit: 500 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/activity/deletes-x-activity-subscription
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.subscription_id - (required) The id of the subscription to delete.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`DeleteActivitySubscriptionResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.deleteActivitySubscription({ subscription_id: '20' })
   * ```
   */
  deleteActivitySubscription(params: DeleteActivitySubscriptionParams, options?: CallOptions): Promise<DeleteActivitySubscriptionResponse> {
    return activity.deleteActivitySubscription(this.core, params, options)
  }

  /**
   * Delete several activity subscriptions at once.
   *
   * `DELETE https://api.x.com/2/activity/subscriptions` (X operation `deleteActivitySubscriptionsByIds`) · Auth: app-only bearer token.
   *
   * Reference: https://docs.x.com/x-api/activity/delete-x-activity-subscriptions-by-ids
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.ids - (required) The ids of the subscriptions to delete, given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`DeleteActivitySubscriptionsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.deleteActivitySubscriptions({ ids: ['20', '21'] })
   * ```
   */
  deleteActivitySubscriptions(params: DeleteActivitySubscriptionsParams, options?: CallOptions): Promise<DeleteActivitySubscriptionsResponse> {
    return activity.deleteActivitySubscriptions(this.core, params, options)
  }

  /**
   * List the app's active activity subscriptions.
   *
   * `GET https://api.x.com/2/activity/subscriptions` (X operation `getActivitySubscriptions`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `like.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 500 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getActivitySubscriptions, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/activity/get-x-activity-subscriptions
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.max_results - The most subscriptions to return per page, 1 to 1000.
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetActivitySubscriptionsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getActivitySubscriptions()
   * ```
   */
  getActivitySubscriptions(params: GetActivitySubscriptionsParams = {}, options?: CallOptions): Promise<GetActivitySubscriptionsResponse> {
    return activity.getActivitySubscriptions(this.core, params, options)
  }

  /**
   * Stream, in real time, the events of the app's activity subscriptions over one persistent connection.
   *
   * Subscriptions can deliver to a webhook instead; this stream is the other way to receive them.
   *
   * `GET https://api.x.com/2/activity/stream` (X operation `activityStream`) · Auth: app-only bearer token.
   *
   * Rate limit: 450 per app every 15 minutes.
   *
   * A stream: the result is an async iterable of messages; stop it with `options.signal`.
   *
   * Reference: https://docs.x.com/x-api/activity/activity-stream
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.backfill_minutes - After a disconnection, ask for up to 5 minutes of events missed before reconnecting (0 to 5); needs an access level with recovery. Events already received may be sent again, so deduplicate by id.
   * @param params.start_time - The oldest moment to include, inclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be before `end_time` when both are given.
   * @param params.end_time - The newest moment to include, exclusive, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time` when both are given.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns An async iterable of `StreamActivityResponse` messages.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * for await (const message of twitter.v2.streamActivity({}, { signal })) console.log(message)
   * ```
   */
  streamActivity(params: StreamActivityParams = {}, options?: StreamCallOptions): AsyncIterable<StreamActivityResponse> {
    return activity.streamActivity(this.core, params, options)
  }

  /**
   * Change an activity subscription, such as its tag or the webhook it delivers to.
   *
   * `PUT https://api.x.com/2/activity/subscriptions/{subscription_id}` (X operation `updateActivitySubscription`) · Auth: app-only bearer token.
   *
   * Rate limit: 500 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/activity/update-x-activity-subscription
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.subscription_id - (required) The id of the subscription to change.
   * @param params.tag - Body field `tag` of `UpdateActivitySubscriptionRequest`.
   * @param params.webhook_id - Body field `webhook_id` of `UpdateActivitySubscriptionRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`UpdateActivitySubscriptionResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.updateActivitySubscription({ subscription_id: '20' })
   * ```
   */
  updateActivitySubscription(params: UpdateActivitySubscriptionParams, options?: CallOptions): Promise<UpdateActivitySubscriptionResponse> {
    return activity.updateActivitySubscription(this.core, params, options)
  }

  /**
   * Create a draft article for the authenticated user, to publish later.
   *
   * The answer holds the draft's id, which publishArticle takes.
   *
   * `POST https://api.x.com/2/articles/draft` (X operation `articleCreateDraft`) · Auth: OAuth 2.0 user token (scopes `tweet.write`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/articles/create-draft-article
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.content_state - (required) Body field `content_state` of `CreateArticleDraftRequest`.
   * @param params.cover_media - Body field `cover_media` of `CreateArticleDraftRequest`.
   * @param params.title - (required) Body field `title` of `CreateArticleDraftRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateArticleDraftResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createArticleDraft({ content_state: 'example', title: 'example' })
   * ```
   */
  createArticleDraft(params: CreateArticleDraftParams, options?: CallOptions): Promise<CreateArticleDraftResponse> {
    return articles.createArticleDraft(this.core, params, options)
  }

  /**
   * Publish one of the authenticated user's draft articles, making it public.
   *
   * `POST https://api.x.com/2/articles/{article_id}/publish` (X operation `articlePublish`) · Auth: OAuth 2.0 user token (scopes `tweet.write`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/articles/publish-article
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.article_id - (required) The id of the draft article to publish.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`PublishArticleResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.publishArticle({ article_id: '20' })
   * ```
   */
  publishArticle(params: PublishArticleParams, options?: CallOptions): Promise<PublishArticleResponse> {
    return articles.publishArticle(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.addBookmark({ id: '20', tweet_id: '20' })
   * ```
   */
  addBookmark(params: AddBookmarkParams, options?: CallOptions): Promise<AddBookmarkResponse> {
    return bookmarks.addBookmark(this.core, params, options)
  }

  /**
   * Create a new bookmark folder for the authenticated user.
   *
   * `POST https://api.x.com/2/users/{id}/bookmarks/folders` (X operation `createUsersBookmarkFolder`) · Auth: OAuth 2.0 user token (scopes `bookmark.write`, `users.read`).
   *
   * Reference: https://docs.x.com/x-api/users/create-bookmark-folder
   *
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
   * const { data } = await twitter.v2.createBookmarkFolder({ id: '20', name: 'example' })
   * ```
   */
  createBookmarkFolder(params: CreateBookmarkFolderParams, options?: CallOptions): Promise<CreateBookmarkFolderResponse> {
    return bookmarks.createBookmarkFolder(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getBookmarkFolders({ id: '20' })
   * ```
   */
  getBookmarkFolders(params: GetBookmarkFoldersParams, options?: CallOptions): Promise<GetBookmarkFoldersResponse> {
    return bookmarks.getBookmarkFolders(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getBookmarks({ id: '20' })
   * ```
   */
  getBookmarks<F extends TweetField>(params: GetBookmarksFieldsParams<F>, options?: CallOptions): Promise<GetBookmarksResponse<F>>
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
   * const { data } = await twitter.v2.getBookmarks({ id: '20' })
   * ```
   */
  getBookmarks(params: GetBookmarksParams, options?: CallOptions): Promise<GetBookmarksResponse>
  getBookmarks(params: GetBookmarksParams, options?: CallOptions): Promise<GetBookmarksResponse> {
    return bookmarks.getBookmarks(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getBookmarksInFolder({ id: '20', folder_id: '20' })
   * ```
   */
  getBookmarksInFolder(params: GetBookmarksInFolderParams, options?: CallOptions): Promise<GetBookmarksInFolderResponse> {
    return bookmarks.getBookmarksInFolder(this.core, params, options)
  }

  /**
   * Remove a tweet from the authenticated user's bookmarks.
   *
   * `DELETE https://api.x.com/2/users/{id}/bookmarks/{tweet_id}` (X operation `deleteUsersBookmark`) · Auth: OAuth 2.0 user token (scopes `bookmark.write`, `users.read`, `tweet.read`).
   *
   * Rate limit: 50 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/delete-bookmark
   *
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
   * const { data } = await twitter.v2.removeBookmark({ id: '20', tweet_id: '20' })
   * ```
   */
  removeBookmark(params: RemoveBookmarkParams, options?: CallOptions): Promise<RemoveBookmarkResponse> {
    return bookmarks.removeBookmark(this.core, params, options)
  }

  /**
   * Schedule a one-off or recurring live broadcast for the authenticated user.
   *
   * The body must name the video ingest source (`source_id`) the broadcast will stream from.
   *
   * `POST https://api.x.com/2/broadcasts/scheduled` (X operation `createScheduledBroadcast`) · Auth: OAuth 2.0 user token (scopes `broadcast.read`, `broadcast.write`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/broadcasts/create-a-scheduled-broadcast
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.available_for_replay - Body field `available_for_replay` of `CreateScheduledBroadcastRequest`.
   * @param params.chat_option - Body field `chat_option` of `CreateScheduledBroadcastRequest`.
   * @param params.description - Body field `description` of `CreateScheduledBroadcastRequest`.
   * @param params.is_locked - Body field `is_locked` of `CreateScheduledBroadcastRequest`.
   * @param params.locale - Body field `locale` of `CreateScheduledBroadcastRequest`.
   * @param params.manual_publish - Body field `manual_publish` of `CreateScheduledBroadcastRequest`.
   * @param params.recurrence - Body field `recurrence` of `CreateScheduledBroadcastRequest`.
   * @param params.scheduled_end_ms - (required) Body field `scheduled_end_ms` of `CreateScheduledBroadcastRequest`.
   * @param params.scheduled_start_ms - (required) Body field `scheduled_start_ms` of `CreateScheduledBroadcastRequest`.
   * @param params.source_id - (required) Body field `source_id` of `CreateScheduledBroadcastRequest`.
   * @param params.telecast_id - Body field `telecast_id` of `CreateScheduledBroadcastRequest`.
   * @param params.thumbnail_media_id - Body field `thumbnail_media_id` of `CreateScheduledBroadcastRequest`.
   * @param params.title - Body field `title` of `CreateScheduledBroadcastRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateScheduledBroadcastResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createScheduledBroadcast({ scheduled_end_ms: 'example', scheduled_start_ms: 'example', source_id: '20' })
   * ```
   */
  createScheduledBroadcast(params: CreateScheduledBroadcastParams, options?: CallOptions): Promise<CreateScheduledBroadcastResponse> {
    return broadcasts.createScheduledBroadcast(this.core, params, options)
  }

  /**
   * Delete a scheduled broadcast of the authenticated user.
   *
   * `DELETE https://api.x.com/2/broadcasts/scheduled/{id}` (X operation `deleteScheduledBroadcast`) · Auth: OAuth 2.0 user token (scopes `broadcast.write`, `broadcast.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/broadcasts/delete-a-scheduled-broadcast
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the scheduled broadcast (up to 13 letters and digits).
   * @param params.roll_forward - For a recurring broadcast, going by its name, roll the schedule on to its next occurrence instead of deleting it (X's document does not describe it).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`DeleteScheduledBroadcastResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.deleteScheduledBroadcast({ id: '20' })
   * ```
   */
  deleteScheduledBroadcast(params: DeleteScheduledBroadcastParams, options?: CallOptions): Promise<DeleteScheduledBroadcastResponse> {
    return broadcasts.deleteScheduledBroadcast(this.core, params, options)
  }

  /**
   * Look up one of the authenticated user's scheduled broadcasts by its id.
   *
   * `GET https://api.x.com/2/broadcasts/scheduled/{id}` (X operation `getScheduledBroadcast`) · Auth: OAuth 2.0 user token (scopes `broadcast.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/broadcasts/get-a-scheduled-broadcast
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the scheduled broadcast.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetScheduledBroadcastResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getScheduledBroadcast({ id: '20' })
   * ```
   */
  getScheduledBroadcast(params: GetScheduledBroadcastParams, options?: CallOptions): Promise<GetScheduledBroadcastResponse> {
    return broadcasts.getScheduledBroadcast(this.core, params, options)
  }

  /**
   * List the authenticated user's scheduled broadcasts.
   *
   * `GET https://api.x.com/2/broadcasts/scheduled` (X operation `listScheduledBroadcasts`) · Auth: OAuth 2.0 user token (scopes `broadcast.read`) or OAuth 1.0a user context.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getScheduledBroadcasts, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/broadcasts/list-scheduled-broadcasts
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.max_results - The most broadcasts to return per page, 1 to 100.
   * @param params.oldest_start_time - Only list broadcasts that start at or after this moment (ISO 8601 date-time).
   * @param params.newest_start_time - Only list broadcasts that start at or before this moment (ISO 8601 date-time).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetScheduledBroadcastsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getScheduledBroadcasts()
   * ```
   */
  getScheduledBroadcasts(params: GetScheduledBroadcastsParams = {}, options?: CallOptions): Promise<GetScheduledBroadcastsResponse> {
    return broadcasts.getScheduledBroadcasts(this.core, params, options)
  }

  /**
   * Post a chat message into a live broadcast, as the authenticated user.
   *
   * `POST https://api.x.com/2/broadcasts/{id}/chat` (X operation `sendBroadcastChat`) · Auth: OAuth 2.0 user token (scopes `broadcast.write`, `broadcast.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/broadcasts/send-a-chat-message-to-a-live-broadcast
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the live broadcast.
   * @param params.text - (required) Body field `text` of `SendBroadcastChatRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SendBroadcastChatResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.sendBroadcastChat({ id: '20', text: 'Hello from twython-ts' })
   * ```
   */
  sendBroadcastChat(params: SendBroadcastChatParams, options?: CallOptions): Promise<SendBroadcastChatResponse> {
    return broadcasts.sendBroadcastChat(this.core, params, options)
  }

  /**
   * Go live with a scheduled broadcast that was set to be published by hand.
   *
   * Only works for schedules created or updated with `manual_publish` set to true; the others go live on their own at the start time, and this call is refused.
   *
   * `POST https://api.x.com/2/broadcasts/scheduled/{id}/live` (X operation `goLiveScheduledBroadcast`) · Auth: OAuth 2.0 user token (scopes `broadcast.read`, `broadcast.write`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/broadcasts/go-live-on-a-scheduled-broadcast
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the scheduled broadcast.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`StartScheduledBroadcastResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.startScheduledBroadcast({ id: '20' })
   * ```
   */
  startScheduledBroadcast(params: StartScheduledBroadcastParams, options?: CallOptions): Promise<StartScheduledBroadcastResponse> {
    return broadcasts.startScheduledBroadcast(this.core, params, options)
  }

  /**
   * Replace the settings of a scheduled broadcast.
   *
   * The update replaces the whole schedule: send every field to keep, with `scheduled_broadcast_id` in the body, not only the ones that change.
   *
   * `PUT https://api.x.com/2/broadcasts/scheduled/{id}` (X operation `updateScheduledBroadcast`) · Auth: OAuth 2.0 user token (scopes `broadcast.write`, `broadcast.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/broadcasts/update-a-scheduled-broadcast
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the scheduled broadcast.
   * @param params.available_for_replay - Body field `available_for_replay` of `UpdateScheduledBroadcastRequest`.
   * @param params.chat_option - Body field `chat_option` of `UpdateScheduledBroadcastRequest`.
   * @param params.description - Body field `description` of `UpdateScheduledBroadcastRequest`.
   * @param params.is_locked - Body field `is_locked` of `UpdateScheduledBroadcastRequest`.
   * @param params.locale - Body field `locale` of `UpdateScheduledBroadcastRequest`.
   * @param params.manual_publish - Body field `manual_publish` of `UpdateScheduledBroadcastRequest`.
   * @param params.roll_forward - Body field `roll_forward` of `UpdateScheduledBroadcastRequest`.
   * @param params.scheduled_broadcast_id - (required) Body field `scheduled_broadcast_id` of `UpdateScheduledBroadcastRequest`.
   * @param params.scheduled_end_ms - (required) Body field `scheduled_end_ms` of `UpdateScheduledBroadcastRequest`.
   * @param params.scheduled_start_ms - (required) Body field `scheduled_start_ms` of `UpdateScheduledBroadcastRequest`.
   * @param params.source_id - Body field `source_id` of `UpdateScheduledBroadcastRequest`.
   * @param params.thumbnail_media_id - Body field `thumbnail_media_id` of `UpdateScheduledBroadcastRequest`.
   * @param params.title - Body field `title` of `UpdateScheduledBroadcastRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`UpdateScheduledBroadcastResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.updateScheduledBroadcast({ id: '20', scheduled_broadcast_id: '20', scheduled_end_ms: 'example', scheduled_start_ms: 'example' })
   * ```
   */
  updateScheduledBroadcast(params: UpdateScheduledBroadcastParams, options?: CallOptions): Promise<UpdateScheduledBroadcastResponse> {
    return broadcasts.updateScheduledBroadcast(this.core, params, options)
  }

  /**
   * Set up or rotate the encryption keys of a chat conversation.
   *
   * Call it before the first message of a new one-to-one conversation, and again with a newer key version to rotate the key. The body carries the conversation key encrypted for each participant's public key.
   *
   * `POST https://api.x.com/2/chat/conversations/{id}/keys` (X operation `addConversationKeys`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `dm.write`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/chat/add-conversation-keys
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The conversation: for one-to-one, the other user's id (X builds the conversation id from both users); for a group, its `g`-prefixed id.
   * @param params.action_signatures - Body field `action_signatures` of `AddChatConversationKeysRequest`.
   * @param params.base64_encoded_key_rotation - Body field `base64_encoded_key_rotation` of `AddChatConversationKeysRequest`.
   * @param params.conversation_key_version - (required) Body field `conversation_key_version` of `AddChatConversationKeysRequest`.
   * @param params.conversation_participant_keys - (required) Body field `conversation_participant_keys` of `AddChatConversationKeysRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`AddChatConversationKeysResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.addChatConversationKeys({ id: '20', conversation_key_version: 'example', conversation_participant_keys: ['example'] })
   * ```
   */
  addChatConversationKeys(params: AddChatConversationKeysParams, options?: CallOptions): Promise<AddChatConversationKeysResponse> {
    return chat.addChatConversationKeys(this.core, params, options)
  }

  /**
   * Add members to an encrypted group conversation, rotating its key.
   *
   * `POST https://api.x.com/2/chat/conversations/{id}/members` (X operation `addChatGroupMembers`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.write`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/chat/add-members-to-a-chat-group-conversation
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the group conversation.
   * @param params.action_signatures - Body field `action_signatures` of `AddChatGroupMembersRequest`.
   * @param params.conversation_key_version - Body field `conversation_key_version` of `AddChatGroupMembersRequest`.
   * @param params.conversation_participant_keys - Body field `conversation_participant_keys` of `AddChatGroupMembersRequest`.
   * @param params.encrypted_avatar_url - Body field `encrypted_avatar_url` of `AddChatGroupMembersRequest`.
   * @param params.encrypted_title - Body field `encrypted_title` of `AddChatGroupMembersRequest`.
   * @param params.user_ids - (required) Body field `user_ids` of `AddChatGroupMembersRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`AddChatGroupMembersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.addChatGroupMembers({ id: '20', user_ids: ['20', '21'] })
   * ```
   */
  addChatGroupMembers(params: AddChatGroupMembersParams, options?: CallOptions): Promise<AddChatGroupMembersResponse> {
    return chat.addChatGroupMembers(this.core, params, options)
  }

  /**
   * Register a public key of the authenticated user for XChat encryption.
   *
   * `POST https://api.x.com/2/users/{id}/public_keys` (X operation `addUserPublicKey`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `dm.write`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/chat/add-public-key
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the authenticated user, whose key it is.
   * @param params.generate_version - Body field `generate_version` of `AddUserPublicKeyRequest`.
   * @param params.public_key - (required) Body field `public_key` of `AddUserPublicKeyRequest`.
   * @param params.version - (required) Body field `version` of `AddUserPublicKeyRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`AddUserPublicKeyResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.addUserPublicKey({ id: '20', public_key: 'example', version: 'example' })
   * ```
   */
  addUserPublicKey(params: AddUserPublicKeyParams, options?: CallOptions): Promise<AddUserPublicKeyResponse> {
    return chat.addUserPublicKey(this.core, params, options)
  }

  /**
   * Send one chunk of encrypted media in a chat media upload session.
   *
   * `POST https://api.x.com/2/chat/media/upload/{id}/append` (X operation `chatMediaUploadAppend`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/chat/append-chat-media-upload
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the upload session returned by initializeChatMediaUpload.
   * @param params.conversation_id - (required) Body field `conversation_id` of `AppendChatMediaUploadRequest`.
   * @param params.media - (required) Body field `media` of `AppendChatMediaUploadRequest`.
   * @param params.media_hash_key - (required) Body field `media_hash_key` of `AppendChatMediaUploadRequest`.
   * @param params.segment_index - (required) Body field `segment_index` of `AppendChatMediaUploadRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`AppendChatMediaUploadResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.appendChatMediaUpload({ id: '20', conversation_id: '20', media: 'example', media_hash_key: 'example', segment_index: 10 })
   * ```
   */
  appendChatMediaUpload(params: AppendChatMediaUploadParams, options?: CallOptions): Promise<AppendChatMediaUploadResponse> {
    return chat.appendChatMediaUpload(this.core, params, options)
  }

  /**
   * Create an encrypted group conversation, as the authenticated user, with the id initializeChatGroup gave.
   *
   * `POST https://api.x.com/2/chat/conversations/group` (X operation `createChatConversation`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.write`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/chat/create-chat-group-conversation
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.action_signatures - Body field `action_signatures` of `CreateChatGroupRequest`.
   * @param params.base64_encoded_key_rotation - Body field `base64_encoded_key_rotation` of `CreateChatGroupRequest`.
   * @param params.conversation_id - (required) Body field `conversation_id` of `CreateChatGroupRequest`.
   * @param params.conversation_key_version - (required) Body field `conversation_key_version` of `CreateChatGroupRequest`.
   * @param params.conversation_participant_keys - (required) Body field `conversation_participant_keys` of `CreateChatGroupRequest`.
   * @param params.group_admins - Body field `group_admins` of `CreateChatGroupRequest`.
   * @param params.group_avatar_url - Body field `group_avatar_url` of `CreateChatGroupRequest`.
   * @param params.group_description - Body field `group_description` of `CreateChatGroupRequest`.
   * @param params.group_members - (required) Body field `group_members` of `CreateChatGroupRequest`.
   * @param params.group_name - Body field `group_name` of `CreateChatGroupRequest`.
   * @param params.ttl_msec - Body field `ttl_msec` of `CreateChatGroupRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateChatGroupResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createChatGroup({ conversation_id: '20', conversation_key_version: 'example', conversation_participant_keys: ['example'], group_members: ['example'] })
   * ```
   */
  createChatGroup(params: CreateChatGroupParams, options?: CallOptions): Promise<CreateChatGroupResponse> {
    return chat.createChatGroup(this.core, params, options)
  }

  /**
   * Download encrypted media from a chat conversation, as raw bytes to decrypt on the client.
   *
   * `GET https://api.x.com/2/chat/media/{id}/{media_hash_key}` (X operation `chatMediaDownload`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/chat/download-chat-media
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The conversation the media was sent in (the other user's id for one-to-one, or the group id).
   * @param params.media_hash_key - (required) The key that names the media file in the conversation, as given in the message.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns Nothing: X answers with an empty body.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.downloadChatMedia({ id: '20', media_hash_key: 'example' })
   * ```
   */
  downloadChatMedia(params: DownloadChatMediaParams, options?: CallOptions): Promise<void> {
    return chat.downloadChatMedia(this.core, params, options)
  }

  /**
   * Finish a chat media upload session once every chunk has been appended.
   *
   * `POST https://api.x.com/2/chat/media/upload/{id}/finalize` (X operation `chatMediaUploadFinalize`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/chat/finalize-chat-media-upload
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the upload session.
   * @param params.conversation_id - (required) Body field `conversation_id` of `FinalizeChatMediaUploadRequest`.
   * @param params.media_hash_key - (required) Body field `media_hash_key` of `FinalizeChatMediaUploadRequest`.
   * @param params.message_id - Body field `message_id` of `FinalizeChatMediaUploadRequest`.
   * @param params.num_parts - (required) Body field `num_parts` of `FinalizeChatMediaUploadRequest`.
   * @param params.ttl_msec - Body field `ttl_msec` of `FinalizeChatMediaUploadRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`FinalizeChatMediaUploadResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.finalizeChatMediaUpload({ id: '20', conversation_id: '20', media_hash_key: 'example', num_parts: 'example' })
   * ```
   */
  finalizeChatMediaUpload(params: FinalizeChatMediaUploadParams, options?: CallOptions): Promise<FinalizeChatMediaUploadResponse> {
    return chat.finalizeChatMediaUpload(this.core, params, options)
  }

  /**
   * Look up one chat conversation, with its type, mute state and group details.
   *
   * `GET https://api.x.com/2/chat/conversations/{id}` (X operation `getChatConversation`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`, `dm.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/chat/get-chat-conversation
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The conversation (the other user's id for one-to-one, or the group id).
   * @param params.chat_conversation.fields - Chat conversation fields to return beyond the defaults (id and type), given as an array.
   * @param params.expansions - Related users to include in `includes.users`, given as an array (`admin_ids`, `member_ids`, `participant_ids`).
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetChatConversationResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getChatConversation({ id: '20' })
   * ```
   */
  getChatConversation(params: GetChatConversationParams, options?: CallOptions): Promise<GetChatConversationResponse> {
    return chat.getChatConversation(this.core, params, options)
  }

  /**
   * Get the events of one chat conversation, messages and key changes, newest first.
   *
   * `GET https://api.x.com/2/chat/conversations/{id}/events` (X operation `getChatConversationEvents`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getChatConversationEvents, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/chat/get-chat-conversation-events
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The conversation (the other user's id for one-to-one, or the group id).
   * @param params.max_results - The most events to return per page, 1 to 100 (10 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.chat_message_event.fields - Chat message event fields to return beyond the defaults, given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetChatConversationEventsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getChatConversationEvents({ id: '20' })
   * ```
   */
  getChatConversationEvents(params: GetChatConversationEventsParams, options?: CallOptions): Promise<GetChatConversationEventsResponse> {
    return chat.getChatConversationEvents(this.core, params, options)
  }

  /**
   * List the chat conversations in the authenticated user's inbox.
   *
   * `GET https://api.x.com/2/chat/conversations` (X operation `getChatConversations`) · Auth: OAuth 2.0 user token (scopes `dm.read`, `users.read`) or OAuth 1.0a user context.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getChatConversations, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/chat/get-chat-conversations
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.max_results - The most conversations to return per page, 1 to 100 (10 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.chat_conversation.fields - Chat conversation fields to return beyond the defaults (id and type), given as an array.
   * @param params.expansions - Related users to include in `includes.users`, given as an array (`admin_ids`, `member_ids`, `participant_ids`).
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetChatConversationsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getChatConversations()
   * ```
   */
  getChatConversations(params: GetChatConversationsParams = {}, options?: CallOptions): Promise<GetChatConversationsResponse> {
    return chat.getChatConversations(this.core, params, options)
  }

  /**
   * Get the public keys a user has registered for XChat encryption.
   *
   * `GET https://api.x.com/2/users/{id}/public_keys` (X operation `getUsersPublicKey`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/chat/get-user-public-keys
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user whose keys to return.
   * @param params.public_key.fields - Public key fields to return, given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUserPublicKeysResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUserPublicKeys({ id: '20' })
   * ```
   */
  getUserPublicKeys(params: GetUserPublicKeysParams, options?: CallOptions): Promise<GetUserPublicKeysResponse> {
    return chat.getUserPublicKeys(this.core, params, options)
  }

  /**
   * Get the XChat public keys of several users in one request.
   *
   * `GET https://api.x.com/2/users/public_keys` (X operation `getUsersPublicKeys`) · Auth: OAuth 2.0 user token (scopes `dm.read`, `tweet.read`, `users.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/users/get-public-keys-for-multiple-users
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.ids - (required) The ids of the users whose keys to return, given as an array.
   * @param params.public_key.fields - Public key fields to return, given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUsersPublicKeysResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUsersPublicKeys({ ids: ['20', '21'] })
   * ```
   */
  getUsersPublicKeys(params: GetUsersPublicKeysParams, options?: CallOptions): Promise<GetUsersPublicKeysResponse> {
    return chat.getUsersPublicKeys(this.core, params, options)
  }

  /**
   * Reserve a new group conversation id, to use with createChatGroup.
   *
   * `POST https://api.x.com/2/chat/conversations/group/initialize` (X operation `initializeChatGroup`) · Auth: OAuth 2.0 user token (scopes `dm.write`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/chat/initialize-chat-group
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`InitializeChatGroupResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.initializeChatGroup()
   * ```
   */
  initializeChatGroup(params: InitializeChatGroupParams = {}, options?: CallOptions): Promise<InitializeChatGroupResponse> {
    return chat.initializeChatGroup(this.core, params, options)
  }

  /**
   * Start a chat media upload session for an encrypted file.
   *
   * `POST https://api.x.com/2/chat/media/upload/initialize` (X operation `chatMediaUploadInitialize`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/chat/initialize-chat-media-upload
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.conversation_id - (required) Body field `conversation_id` of `InitializeChatMediaUploadRequest`.
   * @param params.total_bytes - (required) Body field `total_bytes` of `InitializeChatMediaUploadRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`InitializeChatMediaUploadResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.initializeChatMediaUpload({ conversation_id: '20', total_bytes: 10 })
   * ```
   */
  initializeChatMediaUpload(params: InitializeChatMediaUploadParams, options?: CallOptions): Promise<InitializeChatMediaUploadResponse> {
    return chat.initializeChatMediaUpload(this.core, params, options)
  }

  /**
   * Mark a chat conversation as read, as the authenticated user.
   *
   * `POST https://api.x.com/2/chat/conversations/{id}/read` (X operation `markChatConversationRead`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.write`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/chat/mark-conversation-as-read
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The conversation (the other user's id for one-to-one, or the group id).
   * @param params.seen_until_sequence_id - (required) Body field `seen_until_sequence_id` of `MarkChatConversationReadRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`MarkChatConversationReadResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.markChatConversationRead({ id: '20', seen_until_sequence_id: '20' })
   * ```
   */
  markChatConversationRead(params: MarkChatConversationReadParams, options?: CallOptions): Promise<MarkChatConversationReadResponse> {
    return chat.markChatConversationRead(this.core, params, options)
  }

  /**
   * Send an encrypted message into a chat conversation, as the authenticated user.
   *
   * `POST https://api.x.com/2/chat/conversations/{id}/messages` (X operation `sendChatMessage`) · Auth: OAuth 2.0 user token (scopes `dm.write`, `users.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/chat/send-chat-message
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The conversation (the other user's id for one-to-one, or the group id).
   * @param params.conversation_token - Body field `conversation_token` of `SendChatMessageRequest`.
   * @param params.encoded_message_create_event - (required) Body field `encoded_message_create_event` of `SendChatMessageRequest`.
   * @param params.encoded_message_event_signature - Body field `encoded_message_event_signature` of `SendChatMessageRequest`.
   * @param params.message_id - (required) Body field `message_id` of `SendChatMessageRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SendChatMessageResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.sendChatMessage({ id: '20', encoded_message_create_event: 'example', message_id: '20' })
   * ```
   */
  sendChatMessage(params: SendChatMessageParams, options?: CallOptions): Promise<SendChatMessageResponse> {
    return chat.sendChatMessage(this.core, params, options)
  }

  /**
   * Show the other participants of a chat conversation that the authenticated user is typing.
   *
   * `POST https://api.x.com/2/chat/conversations/{id}/typing` (X operation `sendChatTypingIndicator`) · Auth: OAuth 2.0 user token (scopes `dm.write`, `tweet.read`, `users.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/chat/send-typing-indicator
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The conversation (the other user's id for one-to-one, or the group id).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SendChatTypingIndicatorResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.sendChatTypingIndicator({ id: '20' })
   * ```
   */
  sendChatTypingIndicator(params: SendChatTypingIndicatorParams, options?: CallOptions): Promise<SendChatTypingIndicatorResponse> {
    return chat.sendChatTypingIndicator(this.core, params, options)
  }

  /**
   * Look up one Community by its id.
   *
   * `GET https://api.x.com/2/communities/{id}` (X operation `getCommunitiesById`) · Auth: OAuth 2.0 user token (scopes `users.read`, `list.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/communities/get-community-by-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the Community.
   * @param params.community.fields - Community fields to return beyond the defaults (id and name), given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetCommunityResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getCommunity({ id: '20' })
   * ```
   */
  getCommunity<F extends CommunityField>(params: GetCommunityFieldsParams<F>, options?: CallOptions): Promise<GetCommunityResponse<F>>
  /**
   * Look up one Community by its id.
   *
   * `GET https://api.x.com/2/communities/{id}` (X operation `getCommunitiesById`) · Auth: OAuth 2.0 user token (scopes `users.read`, `list.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/communities/get-community-by-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the Community.
   * @param params.community.fields - Community fields to return beyond the defaults (id and name), given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetCommunityResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getCommunity({ id: '20' })
   * ```
   */
  getCommunity(params: GetCommunityParams, options?: CallOptions): Promise<GetCommunityResponse>
  getCommunity(params: GetCommunityParams, options?: CallOptions): Promise<GetCommunityResponse> {
    return communities.getCommunity(this.core, params, options)
  }

  /**
   * Search Communities by words in their names.
   *
   * `GET https://api.x.com/2/communities/search` (X operation `searchCommunities`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `next_token`): `for await (const item of twitter.cursor(twitter.v2.searchCommunities, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/communities/search-communities
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.query - (required) The words to look for in Community names.
   * @param params.max_results - The most Communities to return per page, 10 to 100 (10 when left out).
   * @param params.next_token - The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you.
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.community.fields - Community fields to return beyond the defaults (id and name), given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SearchCommunitiesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.searchCommunities({ query: 'from:twitterapi' })
   * ```
   */
  searchCommunities<F extends CommunityField>(params: SearchCommunitiesFieldsParams<F>, options?: CallOptions): Promise<SearchCommunitiesResponse<F>>
  /**
   * Search Communities by words in their names.
   *
   * `GET https://api.x.com/2/communities/search` (X operation `searchCommunities`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `next_token`): `for await (const item of twitter.cursor(twitter.v2.searchCommunities, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/communities/search-communities
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.query - (required) The words to look for in Community names.
   * @param params.max_results - The most Communities to return per page, 10 to 100 (10 when left out).
   * @param params.next_token - The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you.
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.community.fields - Community fields to return beyond the defaults (id and name), given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SearchCommunitiesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.searchCommunities({ query: 'from:twitterapi' })
   * ```
   */
  searchCommunities(params: SearchCommunitiesParams, options?: CallOptions): Promise<SearchCommunitiesResponse>
  searchCommunities(params: SearchCommunitiesParams, options?: CallOptions): Promise<SearchCommunitiesResponse> {
    return communities.searchCommunities(this.core, params, options)
  }

  /**
   * Submit a Community Note on a tweet, as the authenticated user.
   *
   * For now X only accepts test notes (`test_mode` true in the body), which are not shown publicly.
   *
   * `POST https://api.x.com/2/notes` (X operation `createCommunityNotes`) · Auth: OAuth 2.0 user token (scopes `tweet.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 90 per user every 15 minutes; 250 per user every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/community-notes/create-a-community-note
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.info - (required) Body field `info` of `CreateCommunityNoteRequest`.
   * @param params.post_id - (required) Body field `post_id` of `CreateCommunityNoteRequest`.
   * @param params.test_mode - (required) Body field `test_mode` of `CreateCommunityNoteRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateCommunityNoteResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createCommunityNote({ info: 'example', post_id: '20', test_mode: true })
   * ```
   */
  createCommunityNote(params: CreateCommunityNoteParams, options?: CallOptions): Promise<CreateCommunityNoteResponse> {
    return communityNotes.createCommunityNote(this.core, params, options)
  }

  /**
   * Delete a Community Note the authenticated user wrote.
   *
   * `DELETE https://api.x.com/2/notes/{id}` (X operation `deleteCommunityNotes`) · Auth: OAuth 2.0 user token (scopes `tweet.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 90 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/community-notes/delete-a-community-note
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the note to delete.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`DeleteCommunityNoteResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.deleteCommunityNote({ id: '20' })
   * ```
   */
  deleteCommunityNote(params: DeleteCommunityNoteParams, options?: CallOptions): Promise<DeleteCommunityNoteResponse> {
    return communityNotes.deleteCommunityNote(this.core, params, options)
  }

  /**
   * Have a draft Community Note scored before submitting it.
   *
   * `POST https://api.x.com/2/notes/evaluate` (X operation `evaluateCommunityNotes`) · Auth: OAuth 2.0 user token (scopes `tweet.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 90 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/community-notes/evaluate-community-notes
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.note_text - (required) Body field `note_text` of `EvaluateCommunityNoteRequest`.
   * @param params.post_id - (required) Body field `post_id` of `EvaluateCommunityNoteRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`EvaluateCommunityNoteResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.evaluateCommunityNote({ note_text: 'example', post_id: '20' })
   * ```
   */
  evaluateCommunityNote(params: EvaluateCommunityNoteParams, options?: CallOptions): Promise<EvaluateCommunityNoteResponse> {
    return communityNotes.evaluateCommunityNote(this.core, params, options)
  }

  /**
   * Find tweets that Community Notes contributors have asked a note for and that this writer may annotate.
   *
   * `GET https://api.x.com/2/notes/search/posts_eligible_for_notes` (X operation `searchEligiblePosts`) · Auth: OAuth 2.0 user token (scopes `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 90 per user every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.searchTweetsEligibleForNotes, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/community-notes/search-for-posts-eligible-for-community-notes
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.test_mode - (required) Must be true for now; X only serves the test set of tweets.
   * @param params.max_results - The most tweets to return per page, 1 to 100 (10 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.post_selection - Which selection of eligible tweets to draw from (X's document gives no values for it).
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
   * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SearchTweetsEligibleForNotesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.searchTweetsEligibleForNotes({ test_mode: true })
   * ```
   */
  searchTweetsEligibleForNotes<F extends TweetField>(params: SearchTweetsEligibleForNotesFieldsParams<F>, options?: CallOptions): Promise<SearchTweetsEligibleForNotesResponse<F>>
  /**
   * Find tweets that Community Notes contributors have asked a note for and that this writer may annotate.
   *
   * `GET https://api.x.com/2/notes/search/posts_eligible_for_notes` (X operation `searchEligiblePosts`) · Auth: OAuth 2.0 user token (scopes `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 90 per user every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.searchTweetsEligibleForNotes, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/community-notes/search-for-posts-eligible-for-community-notes
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.test_mode - (required) Must be true for now; X only serves the test set of tweets.
   * @param params.max_results - The most tweets to return per page, 1 to 100 (10 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.post_selection - Which selection of eligible tweets to draw from (X's document gives no values for it).
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
   * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SearchTweetsEligibleForNotesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.searchTweetsEligibleForNotes({ test_mode: true })
   * ```
   */
  searchTweetsEligibleForNotes(params: SearchTweetsEligibleForNotesParams, options?: CallOptions): Promise<SearchTweetsEligibleForNotesResponse>
  searchTweetsEligibleForNotes(params: SearchTweetsEligibleForNotesParams, options?: CallOptions): Promise<SearchTweetsEligibleForNotesResponse> {
    return communityNotes.searchTweetsEligibleForNotes(this.core, params, options)
  }

  /**
   * List the Community Notes the authenticated user has written.
   *
   * `GET https://api.x.com/2/notes/search/notes_written` (X operation `searchCommunityNotesWritten`) · Auth: OAuth 2.0 user token (scopes `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 90 per user every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.searchWrittenCommunityNotes, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/community-notes/search-for-community-notes-written
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.test_mode - (required) Must be true for now; only test notes can be listed.
   * @param params.max_results - The most notes to return per page, 1 to 100 (10 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.note.fields - Community Note fields to return beyond the defaults (id), given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SearchWrittenCommunityNotesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.searchWrittenCommunityNotes({ test_mode: true })
   * ```
   */
  searchWrittenCommunityNotes<F extends NoteField>(params: SearchWrittenCommunityNotesFieldsParams<F>, options?: CallOptions): Promise<SearchWrittenCommunityNotesResponse<F>>
  /**
   * List the Community Notes the authenticated user has written.
   *
   * `GET https://api.x.com/2/notes/search/notes_written` (X operation `searchCommunityNotesWritten`) · Auth: OAuth 2.0 user token (scopes `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 90 per user every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.searchWrittenCommunityNotes, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/community-notes/search-for-community-notes-written
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.test_mode - (required) Must be true for now; only test notes can be listed.
   * @param params.max_results - The most notes to return per page, 1 to 100 (10 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.note.fields - Community Note fields to return beyond the defaults (id), given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SearchWrittenCommunityNotesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.searchWrittenCommunityNotes({ test_mode: true })
   * ```
   */
  searchWrittenCommunityNotes(params: SearchWrittenCommunityNotesParams, options?: CallOptions): Promise<SearchWrittenCommunityNotesResponse>
  searchWrittenCommunityNotes(params: SearchWrittenCommunityNotesParams, options?: CallOptions): Promise<SearchWrittenCommunityNotesResponse> {
    return communityNotes.searchWrittenCommunityNotes(this.core, params, options)
  }

  /**
   * Create a batch compliance job for tweet ids or user ids.
   *
   * The answer gives an `upload_url` to PUT the ids to (one per line) and, once the job is complete, a `download_url` for the results. Both URLs expire.
   *
   * `POST https://api.x.com/2/compliance/jobs` (X operation `createComplianceJobs`) · Auth: app-only bearer token.
   *
   * Rate limit: 150 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/compliance/create-compliance-job
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.compliance_job.fields - Compliance job fields to return beyond the defaults, given as an array.
   * @param params.name - Body field `name` of `CreateComplianceJobRequest`.
   * @param params.resumable - Body field `resumable` of `CreateComplianceJobRequest`.
   * @param params.type - (required) Body field `type` of `CreateComplianceJobRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateComplianceJobResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createComplianceJob({ type: 'tweets' })
   * ```
   */
  createComplianceJob<F extends ComplianceJobField>(params: CreateComplianceJobFieldsParams<F>, options?: CallOptions): Promise<CreateComplianceJobResponse<F>>
  /**
   * Create a batch compliance job for tweet ids or user ids.
   *
   * The answer gives an `upload_url` to PUT the ids to (one per line) and, once the job is complete, a `download_url` for the results. Both URLs expire.
   *
   * `POST https://api.x.com/2/compliance/jobs` (X operation `createComplianceJobs`) · Auth: app-only bearer token.
   *
   * Rate limit: 150 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/compliance/create-compliance-job
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.compliance_job.fields - Compliance job fields to return beyond the defaults, given as an array.
   * @param params.name - Body field `name` of `CreateComplianceJobRequest`.
   * @param params.resumable - Body field `resumable` of `CreateComplianceJobRequest`.
   * @param params.type - (required) Body field `type` of `CreateComplianceJobRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateComplianceJobResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createComplianceJob({ type: 'tweets' })
   * ```
   */
  createComplianceJob(params: CreateComplianceJobParams, options?: CallOptions): Promise<CreateComplianceJobResponse>
  createComplianceJob(params: CreateComplianceJobParams, options?: CallOptions): Promise<CreateComplianceJobResponse> {
    return compliance.createComplianceJob(this.core, params, options)
  }

  /**
   * Look up one compliance job by its id, to follow its status and get its download URL.
   *
   * `GET https://api.x.com/2/compliance/jobs/{id}` (X operation `getComplianceJobsById`) · Auth: app-only bearer token.
   *
   * Rate limit: 150 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/compliance/get-compliance-job-by-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the compliance job.
   * @param params.compliance_job.fields - Compliance job fields to return beyond the defaults, given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetComplianceJobResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getComplianceJob({ id: '20' })
   * ```
   */
  getComplianceJob<F extends ComplianceJobField>(params: GetComplianceJobFieldsParams<F>, options?: CallOptions): Promise<GetComplianceJobResponse<F>>
  /**
   * Look up one compliance job by its id, to follow its status and get its download URL.
   *
   * `GET https://api.x.com/2/compliance/jobs/{id}` (X operation `getComplianceJobsById`) · Auth: app-only bearer token.
   *
   * Rate limit: 150 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/compliance/get-compliance-job-by-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the compliance job.
   * @param params.compliance_job.fields - Compliance job fields to return beyond the defaults, given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetComplianceJobResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getComplianceJob({ id: '20' })
   * ```
   */
  getComplianceJob(params: GetComplianceJobParams, options?: CallOptions): Promise<GetComplianceJobResponse>
  getComplianceJob(params: GetComplianceJobParams, options?: CallOptions): Promise<GetComplianceJobResponse> {
    return compliance.getComplianceJob(this.core, params, options)
  }

  /**
   * List the app's compliance jobs of one type, optionally only those in one status.
   *
   * `GET https://api.x.com/2/compliance/jobs` (X operation `getComplianceJobs`) · Auth: app-only bearer token.
   *
   * Rate limit: 150 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/compliance/get-compliance-jobs
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.type - (required) The kind of jobs to list, `tweets` or `users`.
   * @param params.status - Only list jobs in this status, `created`, `in_progress`, `failed` or `complete`.
   * @param params.compliance_job.fields - Compliance job fields to return beyond the defaults, given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetComplianceJobsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getComplianceJobs({ type: 'tweets' })
   * ```
   */
  getComplianceJobs<F extends ComplianceJobField>(params: GetComplianceJobsFieldsParams<F>, options?: CallOptions): Promise<GetComplianceJobsResponse<F>>
  /**
   * List the app's compliance jobs of one type, optionally only those in one status.
   *
   * `GET https://api.x.com/2/compliance/jobs` (X operation `getComplianceJobs`) · Auth: app-only bearer token.
   *
   * Rate limit: 150 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/compliance/get-compliance-jobs
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.type - (required) The kind of jobs to list, `tweets` or `users`.
   * @param params.status - Only list jobs in this status, `created`, `in_progress`, `failed` or `complete`.
   * @param params.compliance_job.fields - Compliance job fields to return beyond the defaults, given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetComplianceJobsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getComplianceJobs({ type: 'tweets' })
   * ```
   */
  getComplianceJobs(params: GetComplianceJobsParams, options?: CallOptions): Promise<GetComplianceJobsResponse>
  getComplianceJobs(params: GetComplianceJobsParams, options?: CallOptions): Promise<GetComplianceJobsResponse> {
    return compliance.getComplianceJobs(this.core, params, options)
  }

  /**
   * Close every open streaming connection of the app, on every stream.
   *
   * `DELETE https://api.x.com/2/connections/all` (X operation `deleteAllConnections`) · Auth: app-only bearer token.
   *
   * Rate limit: 25 per user and 25 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/connections/terminate-all-connections
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`DeleteAllConnectionsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.deleteAllConnections()
   * ```
   */
  deleteAllConnections(params: DeleteAllConnectionsParams = {}, options?: CallOptions): Promise<DeleteAllConnectionsResponse> {
    return connections.deleteAllConnections(this.core, params, options)
  }

  /**
   * Close some of the app's streaming connections, chosen by their connection ids.
   *
   * `DELETE https://api.x.com/2/connections` (X operation `deleteConnectionsByUuids`) · Auth: app-only bearer token.
   *
   * Reference: https://docs.x.com/x-api/connections/terminate-multiple-connections
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.uuids - (required) Body field `uuids` of `DeleteConnectionsRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`DeleteConnectionsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.deleteConnections({ uuids: ['20', '21'] })
   * ```
   */
  deleteConnections(params: DeleteConnectionsParams, options?: CallOptions): Promise<DeleteConnectionsResponse> {
    return connections.deleteConnections(this.core, params, options)
  }

  /**
   * Close all of the app's connections to one stream.
   *
   * `DELETE https://api.x.com/2/connections/{endpoint_id}` (X operation `deleteConnectionsByEndpoint`) · Auth: app-only bearer token.
   *
   * Reference: https://docs.x.com/x-api/connections/terminate-connections-by-endpoint
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.endpoint_id - (required) The stream whose connections to close, such as `filtered_stream` or `firehose_stream`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`DeleteEndpointConnectionsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.deleteEndpointConnections({ endpoint_id: 'filtered_stream' })
   * ```
   */
  deleteEndpointConnections(params: DeleteEndpointConnectionsParams, options?: CallOptions): Promise<DeleteEndpointConnectionsResponse> {
    return connections.deleteEndpointConnections(this.core, params, options)
  }

  /**
   * List the app's streaming connections, open or closed, with when and why they were closed.
   *
   * `GET https://api.x.com/2/connections` (X operation `getConnectionHistory`) · Auth: app-only bearer token.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getConnectionHistory, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/connections/get-connection-history
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.status - Which connections to list, `active` (the default), `inactive` or `all`.
   * @param params.endpoints - Only list connections to these streams, given as an array.
   * @param params.max_results - The most connections to return per page, 1 to 100 (10 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.connection.fields - Streaming connection fields to return beyond the defaults, given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetConnectionHistoryResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getConnectionHistory()
   * ```
   */
  getConnectionHistory(params: GetConnectionHistoryParams = {}, options?: CallOptions): Promise<GetConnectionHistoryResponse> {
    return connections.getConnectionHistory(this.core, params, options)
  }

  /**
   * Block a user from sending Direct Messages to the authenticated user, without blocking them on X.
   *
   * `POST https://api.x.com/2/users/{id}/dm/block` (X operation `blockUsersDms`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `dm.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 10 per user and 25 per app every 15 minutes; 400 per user and 1000 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/users/block-dms
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user to block from messaging the authenticated user.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`BlockUserDmsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.blockUserDms({ id: '20' })
   * ```
   */
  blockUserDms(params: BlockUserDmsParams, options?: CallOptions): Promise<BlockUserDmsResponse> {
    return directMessages.blockUserDms(this.core, params, options)
  }

  /**
   * Start a new group DM conversation with the given participants and send its first message.
   *
   * The body gives `conversation_type` (`Group`), the participant ids and the first message. The answer holds the new conversation's id and the id of the message event.
   *
   * `POST https://api.x.com/2/dm_conversations` (X operation `createDirectMessagesConversation`) · Auth: OAuth 2.0 user token (scopes `dm.write`, `users.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes; 1440 per user and 1440 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/direct-messages/create-dm-conversation
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.conversation_type - (required) Body field `conversation_type` of `CreateDmConversationRequest`.
   * @param params.message - (required) Body field `message` of `CreateDmConversationRequest`.
   * @param params.participant_ids - (required) Body field `participant_ids` of `CreateDmConversationRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateDmConversationResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createDmConversation({ conversation_type: 'Group', message: 'example', participant_ids: ['20', '21'] })
   * ```
   */
  createDmConversation(params: CreateDmConversationParams, options?: CallOptions): Promise<CreateDmConversationResponse> {
    return directMessages.createDmConversation(this.core, params, options)
  }

  /**
   * Delete a Direct Message the authenticated user sent.
   *
   * `DELETE https://api.x.com/2/dm_events/{event_id}` (X operation `deleteDirectMessagesEvents`) · Auth: OAuth 2.0 user token (scopes `dm.read`, `dm.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 300 per user every 15 minutes; 1500 per user and 4000 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/direct-messages/delete-dm-event
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.event_id - (required) The id of the DM event (message) to delete.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`DeleteDmEventResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.deleteDmEvent({ event_id: '20' })
   * ```
   */
  deleteDmEvent(params: DeleteDmEventParams, options?: CallOptions): Promise<DeleteDmEventResponse> {
    return directMessages.deleteDmEvent(this.core, params, options)
  }

  /**
   * Download the media attached to a Direct Message, as raw bytes.
   *
   * The authenticated user must take part in the conversation that holds the message.
   *
   * `GET https://api.x.com/2/dm_conversations/media/{dm_id}/{media_id}/{resource_id}` (X operation `dmConversationsMediaDownload`) · Auth: OAuth 2.0 user token (scopes `dm.read`).
   *
   * Reference: https://docs.x.com/x-api/direct-messages/download-dm-media
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.dm_id - (required) The id of the DM event the media is attached to.
   * @param params.media_id - (required) The id of the attached media.
   * @param params.resource_id - (required) The id of the media file to fetch, as given in the media's URL.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns Nothing: X answers with an empty body.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.downloadDmMedia({ dm_id: '20', media_id: '20', resource_id: '20' })
   * ```
   */
  downloadDmMedia(params: DownloadDmMediaParams, options?: CallOptions): Promise<void> {
    return directMessages.downloadDmMedia(this.core, params, options)
  }

  /**
   * Get the events (messages, joins and leaves) of one DM conversation, newest first.
   *
   * Only events of the last 30 days are returned.
   *
   * `GET https://api.x.com/2/dm_conversations/{id}/dm_events` (X operation `getDirectMessagesEventsByConversationId`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `dm.read`, `users.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getDmConversationEvents, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/direct-messages/get-dm-events-for-a-dm-conversation-1
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the conversation: two user ids joined by a dash for a one-to-one conversation, or a single number for a group.
   * @param params.max_results - The most events to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.event_types - Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
   * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
   * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetDmConversationEventsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getDmConversationEvents({ id: '20' })
   * ```
   */
  getDmConversationEvents<F extends DmEventField>(params: GetDmConversationEventsFieldsParams<F>, options?: CallOptions): Promise<GetDmConversationEventsResponse<F>>
  /**
   * Get the events (messages, joins and leaves) of one DM conversation, newest first.
   *
   * Only events of the last 30 days are returned.
   *
   * `GET https://api.x.com/2/dm_conversations/{id}/dm_events` (X operation `getDirectMessagesEventsByConversationId`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `dm.read`, `users.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getDmConversationEvents, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/direct-messages/get-dm-events-for-a-dm-conversation-1
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the conversation: two user ids joined by a dash for a one-to-one conversation, or a single number for a group.
   * @param params.max_results - The most events to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.event_types - Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
   * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
   * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetDmConversationEventsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getDmConversationEvents({ id: '20' })
   * ```
   */
  getDmConversationEvents(params: GetDmConversationEventsParams, options?: CallOptions): Promise<GetDmConversationEventsResponse>
  getDmConversationEvents(params: GetDmConversationEventsParams, options?: CallOptions): Promise<GetDmConversationEventsResponse> {
    return directMessages.getDmConversationEvents(this.core, params, options)
  }

  /**
   * Look up one Direct Message event by its id.
   *
   * `GET https://api.x.com/2/dm_events/{event_id}` (X operation `getDirectMessagesEventsById`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/direct-messages/get-dm-event-by-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.event_id - (required) The id of the DM event to look up.
   * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
   * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetDmEventResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getDmEvent({ event_id: '20' })
   * ```
   */
  getDmEvent<F extends DmEventField>(params: GetDmEventFieldsParams<F>, options?: CallOptions): Promise<GetDmEventResponse<F>>
  /**
   * Look up one Direct Message event by its id.
   *
   * `GET https://api.x.com/2/dm_events/{event_id}` (X operation `getDirectMessagesEventsById`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/direct-messages/get-dm-event-by-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.event_id - (required) The id of the DM event to look up.
   * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
   * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetDmEventResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getDmEvent({ event_id: '20' })
   * ```
   */
  getDmEvent(params: GetDmEventParams, options?: CallOptions): Promise<GetDmEventResponse>
  getDmEvent(params: GetDmEventParams, options?: CallOptions): Promise<GetDmEventResponse> {
    return directMessages.getDmEvent(this.core, params, options)
  }

  /**
   * Get the authenticated user's recent DM events across all their conversations, newest first.
   *
   * Only events of the last 30 days are returned.
   *
   * `GET https://api.x.com/2/dm_events` (X operation `getDirectMessagesEvents`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `dm.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getDmEvents, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/direct-messages/get-dm-events
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.max_results - The most events to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.event_types - Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
   * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
   * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetDmEventsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getDmEvents()
   * ```
   */
  getDmEvents<F extends DmEventField>(params: GetDmEventsFieldsParams<F>, options?: CallOptions): Promise<GetDmEventsResponse<F>>
  /**
   * Get the authenticated user's recent DM events across all their conversations, newest first.
   *
   * Only events of the last 30 days are returned.
   *
   * `GET https://api.x.com/2/dm_events` (X operation `getDirectMessagesEvents`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `dm.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getDmEvents, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/direct-messages/get-dm-events
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.max_results - The most events to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.event_types - Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
   * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
   * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetDmEventsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getDmEvents()
   * ```
   */
  getDmEvents(params?: GetDmEventsParams, options?: CallOptions): Promise<GetDmEventsResponse>
  getDmEvents(params: GetDmEventsParams = {}, options?: CallOptions): Promise<GetDmEventsResponse> {
    return directMessages.getDmEvents(this.core, params, options)
  }

  /**
   * Get the events of the authenticated user's one-to-one conversation with another user, newest first.
   *
   * Only events of the last 30 days are returned.
   *
   * `GET https://api.x.com/2/dm_conversations/with/{participant_id}/dm_events` (X operation `getDirectMessagesEventsByParticipantId`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getDmEventsWithParticipant, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/direct-messages/get-dm-events-for-a-dm-conversation
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.participant_id - (required) The id of the other user in the conversation.
   * @param params.max_results - The most events to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.event_types - Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
   * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
   * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetDmEventsWithParticipantResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getDmEventsWithParticipant({ participant_id: '20' })
   * ```
   */
  getDmEventsWithParticipant<F extends DmEventField>(params: GetDmEventsWithParticipantFieldsParams<F>, options?: CallOptions): Promise<GetDmEventsWithParticipantResponse<F>>
  /**
   * Get the events of the authenticated user's one-to-one conversation with another user, newest first.
   *
   * Only events of the last 30 days are returned.
   *
   * `GET https://api.x.com/2/dm_conversations/with/{participant_id}/dm_events` (X operation `getDirectMessagesEventsByParticipantId`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getDmEventsWithParticipant, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/direct-messages/get-dm-events-for-a-dm-conversation
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.participant_id - (required) The id of the other user in the conversation.
   * @param params.max_results - The most events to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.event_types - Which kinds of events to return, given as an array of `MessageCreate`, `ParticipantsJoin` and `ParticipantsLeave` (all three when left out).
   * @param params.dm_event.fields - DM event fields to return beyond the defaults (id and event_type, plus text for messages), given as an array.
   * @param params.expansions - Related objects to include in `includes`, given as an array: `sender_id` and `participant_ids` add the users, `attachments.media_keys` the media and `referenced_posts` the tweets a message refers to.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetDmEventsWithParticipantResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getDmEventsWithParticipant({ participant_id: '20' })
   * ```
   */
  getDmEventsWithParticipant(params: GetDmEventsWithParticipantParams, options?: CallOptions): Promise<GetDmEventsWithParticipantResponse>
  getDmEventsWithParticipant(params: GetDmEventsWithParticipantParams, options?: CallOptions): Promise<GetDmEventsWithParticipantResponse> {
    return directMessages.getDmEventsWithParticipant(this.core, params, options)
  }

  /**
   * Send a Direct Message into an existing conversation the authenticated user takes part in.
   *
   * The body holds the text and/or attached media ids.
   *
   * `POST https://api.x.com/2/dm_conversations/{dm_conversation_id}/messages` (X operation `createDirectMessagesByConversationId`) · Auth: OAuth 2.0 user token (scopes `users.read`, `dm.write`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes; 1440 per user and 1440 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/direct-messages/create-dm-message-by-conversation-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.dm_conversation_id - (required) The id of the conversation to send the message to.
   * @param params.attachments - Body field `attachments` of `SendDmToConversationRequest`.
   * @param params.text - Body field `text` of `SendDmToConversationRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SendDmToConversationResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.sendDmToConversation({ dm_conversation_id: '20' })
   * ```
   */
  sendDmToConversation(params: SendDmToConversationParams, options?: CallOptions): Promise<SendDmToConversationResponse> {
    return directMessages.sendDmToConversation(this.core, params, options)
  }

  /**
   * Send a Direct Message to one user, in the one-to-one conversation with them (created if needed).
   *
   * The body holds the text and/or attached media ids.
   *
   * `POST https://api.x.com/2/dm_conversations/with/{participant_id}/messages` (X operation `createDirectMessagesByParticipantId`) · Auth: OAuth 2.0 user token (scopes `dm.write`, `tweet.read`, `users.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes; 1440 per user and 1440 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/direct-messages/create-dm-message-by-participant-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.participant_id - (required) The id of the user to send the message to.
   * @param params.attachments - Body field `attachments` of `SendDmToParticipantRequest`.
   * @param params.text - Body field `text` of `SendDmToParticipantRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SendDmToParticipantResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.sendDmToParticipant({ participant_id: '20' })
   * ```
   */
  sendDmToParticipant(params: SendDmToParticipantParams, options?: CallOptions): Promise<SendDmToParticipantResponse> {
    return directMessages.sendDmToParticipant(this.core, params, options)
  }

  /**
   * Let a user send Direct Messages to the authenticated user again.
   *
   * `POST https://api.x.com/2/users/{id}/dm/unblock` (X operation `unblockUsersDms`) · Auth: OAuth 2.0 user token (scopes `dm.write`, `tweet.read`, `users.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 10 per user and 25 per app every 15 minutes; 400 per user and 1000 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/users/unblock-dms
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user to unblock for Direct Messages.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`UnblockUserDmsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.unblockUserDms({ id: '20' })
   * ```
   */
  unblockUserDms(params: UnblockUserDmsParams, options?: CallOptions): Promise<UnblockUserDmsResponse> {
    return directMessages.unblockUserDms(this.core, params, options)
  }

  /**
   * Download X's OpenAPI document describing every X API v2 operation; needs no authentication.
   *
   * `GET https://api.x.com/2/openapi.json` (X operation `getOpenApiSpec`) · Auth: none needed.
   *
   * Reference: https://docs.x.com/x-api/general/get-openapi-spec
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetOpenApiSpecResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getOpenApiSpec()
   * ```
   */
  getOpenApiSpec(params: GetOpenApiSpecParams = {}, options?: CallOptions): Promise<GetOpenApiSpecResponse> {
    return general.getOpenApiSpec(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getLikedTweets({ id: '20' })
   * ```
   */
  getLikedTweets<F extends TweetField>(params: GetLikedTweetsFieldsParams<F>, options?: CallOptions): Promise<GetLikedTweetsResponse<F>>
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
   * const { data } = await twitter.v2.getLikedTweets({ id: '20' })
   * ```
   */
  getLikedTweets(params: GetLikedTweetsParams, options?: CallOptions): Promise<GetLikedTweetsResponse>
  getLikedTweets(params: GetLikedTweetsParams, options?: CallOptions): Promise<GetLikedTweetsResponse> {
    return likes.getLikedTweets(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getLikingUsers({ id: '20' })
   * ```
   */
  getLikingUsers<F extends UserField>(params: GetLikingUsersFieldsParams<F>, options?: CallOptions): Promise<GetLikingUsersResponse<F>>
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
   * const { data } = await twitter.v2.getLikingUsers({ id: '20' })
   * ```
   */
  getLikingUsers(params: GetLikingUsersParams, options?: CallOptions): Promise<GetLikingUsersResponse>
  getLikingUsers(params: GetLikingUsersParams, options?: CallOptions): Promise<GetLikingUsersResponse> {
    return likes.getLikingUsers(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.likeTweet({ id: '20', tweet_id: '20' })
   * ```
   */
  likeTweet(params: LikeTweetParams, options?: CallOptions): Promise<LikeTweetResponse> {
    return likes.likeTweet(this.core, params, options)
  }

  /**
   * Undo the authenticated user's like of a tweet.
   *
   * `DELETE https://api.x.com/2/users/{id}/likes/{tweet_id}` (X operation `unlikePost`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `like.write`, `users.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 50 per user every 15 minutes; 1000 per user every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/users/unlike-post
   *
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
   * const { data } = await twitter.v2.unlikeTweet({ id: '20', tweet_id: '20' })
   * ```
   */
  unlikeTweet(params: UnlikeTweetParams, options?: CallOptions): Promise<UnlikeTweetResponse> {
    return likes.unlikeTweet(this.core, params, options)
  }

  /**
   * Add a user to a List the authenticated user owns.
   *
   * The user to add goes in the body as `user_id`; a List holds at most 5,000 members.
   *
   * `POST https://api.x.com/2/lists/{id}/members` (X operation `addListsMember`) · Auth: OAuth 2.0 user token (scopes `users.read`, `list.write`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 300 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/lists/add-list-member
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the List to add the member to.
   * @param params.user_id - (required) Body field `user_id` of `AddListMemberRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`AddListMemberResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.addListMember({ id: '20', user_id: '20' })
   * ```
   */
  addListMember(params: AddListMemberParams, options?: CallOptions): Promise<AddListMemberResponse> {
    return lists.addListMember(this.core, params, options)
  }

  /**
   * Create a new List owned by the authenticated user.
   *
   * Give the name (and optionally a description and `private`) in the body; the answer holds the new List's id and name.
   *
   * `POST https://api.x.com/2/lists` (X operation `createLists`) · Auth: OAuth 2.0 user token (scopes `list.read`, `users.read`, `tweet.read`, `list.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 300 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/lists/create-list
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.description - An optional description of the List (up to 100 characters).
   * @param params.name - (required) The name of the new List (up to 25 characters).
   * @param params.private - When true, the List is private; public when left out.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createList({ name: 'example' })
   * ```
   */
  createList(params: CreateListParams, options?: CallOptions): Promise<CreateListResponse> {
    return lists.createList(this.core, params, options)
  }

  /**
   * Delete a List the authenticated user owns.
   *
   * `DELETE https://api.x.com/2/lists/{id}` (X operation `deleteLists`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `list.write`, `users.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 300 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/lists/delete-list
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the List to delete.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`DeleteListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.deleteList({ id: '20' })
   * ```
   */
  deleteList(params: DeleteListParams, options?: CallOptions): Promise<DeleteListResponse> {
    return lists.deleteList(this.core, params, options)
  }

  /**
   * Follow a List as the authenticated user.
   *
   * The List to follow goes in the body as `list_id`.
   *
   * `POST https://api.x.com/2/users/{id}/followed_lists` (X operation `followList`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 50 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/follow-list
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the authenticated user, who follows the List.
   * @param params.list_id - (required) Body field `list_id` of `FollowListRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`FollowListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.followList({ id: '20', list_id: '20' })
   * ```
   */
  followList(params: FollowListParams, options?: CallOptions): Promise<FollowListResponse> {
    return lists.followList(this.core, params, options)
  }

  /**
   * List the Lists a user follows.
   *
   * `GET https://api.x.com/2/users/{id}/followed_lists` (X operation `getUsersFollowedLists`) · Auth: OAuth 2.0 user token (scopes `list.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getFollowedLists, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-followed-lists
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user whose followed Lists to return.
   * @param params.max_results - The most Lists to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
   * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetFollowedListsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getFollowedLists({ id: '20' })
   * ```
   */
  getFollowedLists<F extends ListField>(params: GetFollowedListsFieldsParams<F>, options?: CallOptions): Promise<GetFollowedListsResponse<F>>
  /**
   * List the Lists a user follows.
   *
   * `GET https://api.x.com/2/users/{id}/followed_lists` (X operation `getUsersFollowedLists`) · Auth: OAuth 2.0 user token (scopes `list.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getFollowedLists, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-followed-lists
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user whose followed Lists to return.
   * @param params.max_results - The most Lists to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
   * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetFollowedListsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getFollowedLists({ id: '20' })
   * ```
   */
  getFollowedLists(params: GetFollowedListsParams, options?: CallOptions): Promise<GetFollowedListsResponse>
  getFollowedLists(params: GetFollowedListsParams, options?: CallOptions): Promise<GetFollowedListsResponse> {
    return lists.getFollowedLists(this.core, params, options)
  }

  /**
   * Look up one List by its id.
   *
   * `GET https://api.x.com/2/lists/{id}` (X operation `getListsById`) · Auth: OAuth 2.0 user token (scopes `list.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 75 per user and 75 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/lists/get-list-by-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the List to look up.
   * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
   * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getList({ id: '20' })
   * ```
   */
  getList<F extends ListField>(params: GetListFieldsParams<F>, options?: CallOptions): Promise<GetListResponse<F>>
  /**
   * Look up one List by its id.
   *
   * `GET https://api.x.com/2/lists/{id}` (X operation `getListsById`) · Auth: OAuth 2.0 user token (scopes `list.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 75 per user and 75 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/lists/get-list-by-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the List to look up.
   * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
   * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getList({ id: '20' })
   * ```
   */
  getList(params: GetListParams, options?: CallOptions): Promise<GetListResponse>
  getList(params: GetListParams, options?: CallOptions): Promise<GetListResponse> {
    return lists.getList(this.core, params, options)
  }

  /**
   * List the users who follow a List.
   *
   * `GET https://api.x.com/2/lists/{id}/followers` (X operation `getListsFollowers`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListFollowers, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/lists/get-list-followers
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the List whose followers to return.
   * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetListFollowersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getListFollowers({ id: '20' })
   * ```
   */
  getListFollowers<F extends UserField>(params: GetListFollowersFieldsParams<F>, options?: CallOptions): Promise<GetListFollowersResponse<F>>
  /**
   * List the users who follow a List.
   *
   * `GET https://api.x.com/2/lists/{id}/followers` (X operation `getListsFollowers`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListFollowers, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/lists/get-list-followers
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the List whose followers to return.
   * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetListFollowersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getListFollowers({ id: '20' })
   * ```
   */
  getListFollowers(params: GetListFollowersParams, options?: CallOptions): Promise<GetListFollowersResponse>
  getListFollowers(params: GetListFollowersParams, options?: CallOptions): Promise<GetListFollowersResponse> {
    return lists.getListFollowers(this.core, params, options)
  }

  /**
   * List the users who are members of a List.
   *
   * `GET https://api.x.com/2/lists/{id}/members` (X operation `getListsMembers`) · Auth: OAuth 2.0 user token (scopes `users.read`, `list.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 900 per user and 900 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListMembers, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/lists/get-list-members
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the List whose members to return.
   * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetListMembersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getListMembers({ id: '20' })
   * ```
   */
  getListMembers<F extends UserField>(params: GetListMembersFieldsParams<F>, options?: CallOptions): Promise<GetListMembersResponse<F>>
  /**
   * List the users who are members of a List.
   *
   * `GET https://api.x.com/2/lists/{id}/members` (X operation `getListsMembers`) · Auth: OAuth 2.0 user token (scopes `users.read`, `list.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 900 per user and 900 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListMembers, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/lists/get-list-members
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the List whose members to return.
   * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetListMembersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getListMembers({ id: '20' })
   * ```
   */
  getListMembers(params: GetListMembersParams, options?: CallOptions): Promise<GetListMembersResponse>
  getListMembers(params: GetListMembersParams, options?: CallOptions): Promise<GetListMembersResponse> {
    return lists.getListMembers(this.core, params, options)
  }

  /**
   * List the Lists a user has been added to as a member.
   *
   * `GET https://api.x.com/2/users/{id}/list_memberships` (X operation `getUsersListMemberships`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 75 per user and 75 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListMemberships, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-list-memberships
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user whose List memberships to return.
   * @param params.max_results - The most Lists to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
   * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetListMembershipsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getListMemberships({ id: '20' })
   * ```
   */
  getListMemberships<F extends ListField>(params: GetListMembershipsFieldsParams<F>, options?: CallOptions): Promise<GetListMembershipsResponse<F>>
  /**
   * List the Lists a user has been added to as a member.
   *
   * `GET https://api.x.com/2/users/{id}/list_memberships` (X operation `getUsersListMemberships`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 75 per user and 75 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListMemberships, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-list-memberships
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user whose List memberships to return.
   * @param params.max_results - The most Lists to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
   * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetListMembershipsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getListMemberships({ id: '20' })
   * ```
   */
  getListMemberships(params: GetListMembershipsParams, options?: CallOptions): Promise<GetListMembershipsResponse>
  getListMemberships(params: GetListMembershipsParams, options?: CallOptions): Promise<GetListMembershipsResponse> {
    return lists.getListMemberships(this.core, params, options)
  }

  /**
   * Get the most recent tweets posted by the members of a List.
   *
   * `GET https://api.x.com/2/lists/{id}/tweets` (X operation `getListsPosts`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`, `list.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 900 per user and 900 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListTweets, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/lists/get-list-posts
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the List whose tweets to return.
   * @param params.max_results - The most tweets to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
   * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetListTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getListTweets({ id: '20' })
   * ```
   */
  getListTweets<F extends TweetField>(params: GetListTweetsFieldsParams<F>, options?: CallOptions): Promise<GetListTweetsResponse<F>>
  /**
   * Get the most recent tweets posted by the members of a List.
   *
   * `GET https://api.x.com/2/lists/{id}/tweets` (X operation `getListsPosts`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`, `list.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 900 per user and 900 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getListTweets, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/lists/get-list-posts
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the List whose tweets to return.
   * @param params.max_results - The most tweets to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
   * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetListTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getListTweets({ id: '20' })
   * ```
   */
  getListTweets(params: GetListTweetsParams, options?: CallOptions): Promise<GetListTweetsResponse>
  getListTweets(params: GetListTweetsParams, options?: CallOptions): Promise<GetListTweetsResponse> {
    return lists.getListTweets(this.core, params, options)
  }

  /**
   * List the Lists a user owns.
   *
   * `GET https://api.x.com/2/users/{id}/owned_lists` (X operation `getUsersOwnedLists`) · Auth: OAuth 2.0 user token (scopes `list.read`, `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 15 per user and 15 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getOwnedLists, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-owned-lists
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user whose Lists to return.
   * @param params.max_results - The most Lists to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
   * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetOwnedListsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getOwnedLists({ id: '20' })
   * ```
   */
  getOwnedLists<F extends ListField>(params: GetOwnedListsFieldsParams<F>, options?: CallOptions): Promise<GetOwnedListsResponse<F>>
  /**
   * List the Lists a user owns.
   *
   * `GET https://api.x.com/2/users/{id}/owned_lists` (X operation `getUsersOwnedLists`) · Auth: OAuth 2.0 user token (scopes `list.read`, `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 15 per user and 15 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getOwnedLists, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-owned-lists
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user whose Lists to return.
   * @param params.max_results - The most Lists to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
   * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetOwnedListsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getOwnedLists({ id: '20' })
   * ```
   */
  getOwnedLists(params: GetOwnedListsParams, options?: CallOptions): Promise<GetOwnedListsResponse>
  getOwnedLists(params: GetOwnedListsParams, options?: CallOptions): Promise<GetOwnedListsResponse> {
    return lists.getOwnedLists(this.core, params, options)
  }

  /**
   * List the Lists the authenticated user has pinned.
   *
   * `GET https://api.x.com/2/users/{id}/pinned_lists` (X operation `getUsersPinnedLists`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user and 15 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/get-pinned-lists
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the authenticated user (only your own pinned Lists can be read).
   * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
   * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetPinnedListsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getPinnedLists({ id: '20' })
   * ```
   */
  getPinnedLists<F extends ListField>(params: GetPinnedListsFieldsParams<F>, options?: CallOptions): Promise<GetPinnedListsResponse<F>>
  /**
   * List the Lists the authenticated user has pinned.
   *
   * `GET https://api.x.com/2/users/{id}/pinned_lists` (X operation `getUsersPinnedLists`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user and 15 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/get-pinned-lists
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the authenticated user (only your own pinned Lists can be read).
   * @param params.list.fields - List fields to return beyond the defaults (id and name), given as an array.
   * @param params.expansions - Add `owner_id` to include each List's owner in `includes.users`.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetPinnedListsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getPinnedLists({ id: '20' })
   * ```
   */
  getPinnedLists(params: GetPinnedListsParams, options?: CallOptions): Promise<GetPinnedListsResponse>
  getPinnedLists(params: GetPinnedListsParams, options?: CallOptions): Promise<GetPinnedListsResponse> {
    return lists.getPinnedLists(this.core, params, options)
  }

  /**
   * Pin a List for the authenticated user, so it shows first among their Lists.
   *
   * The List to pin goes in the body as `list_id`; X allows only a few pinned Lists at a time.
   *
   * `POST https://api.x.com/2/users/{id}/pinned_lists` (X operation `pinList`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `list.write`, `users.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 50 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/pin-list
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the authenticated user, who pins the List.
   * @param params.list_id - (required) Body field `list_id` of `PinListRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`PinListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.pinList({ id: '20', list_id: '20' })
   * ```
   */
  pinList(params: PinListParams, options?: CallOptions): Promise<PinListResponse> {
    return lists.pinList(this.core, params, options)
  }

  /**
   * Remove a user from a List the authenticated user owns.
   *
   * `DELETE https://api.x.com/2/lists/{id}/members/{user_id}` (X operation `removeListsMemberByUserId`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 300 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/lists/remove-list-member
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the List to remove the member from.
   * @param params.user_id - (required) The id of the user to remove.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`RemoveListMemberResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.removeListMember({ id: '20', user_id: '20' })
   * ```
   */
  removeListMember(params: RemoveListMemberParams, options?: CallOptions): Promise<RemoveListMemberResponse> {
    return lists.removeListMember(this.core, params, options)
  }

  /**
   * Stop following a List, as the authenticated user.
   *
   * `DELETE https://api.x.com/2/users/{id}/followed_lists/{list_id}` (X operation `unfollowList`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 50 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/unfollow-list
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the authenticated user, who stops following.
   * @param params.list_id - (required) The id of the List to unfollow.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`UnfollowListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.unfollowList({ id: '20', list_id: '20' })
   * ```
   */
  unfollowList(params: UnfollowListParams, options?: CallOptions): Promise<UnfollowListResponse> {
    return lists.unfollowList(this.core, params, options)
  }

  /**
   * Unpin a List the authenticated user has pinned.
   *
   * `DELETE https://api.x.com/2/users/{id}/pinned_lists/{list_id}` (X operation `unpinList`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `list.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 50 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/unpin-list
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the authenticated user, who pinned the List.
   * @param params.list_id - (required) The id of the List to unpin.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`UnpinListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.unpinList({ id: '20', list_id: '20' })
   * ```
   */
  unpinList(params: UnpinListParams, options?: CallOptions): Promise<UnpinListResponse> {
    return lists.unpinList(this.core, params, options)
  }

  /**
   * Change the name, description or privacy of a List the authenticated user owns.
   *
   * Only the fields given in the body change; the answer says whether the update took effect.
   *
   * `PUT https://api.x.com/2/lists/{id}` (X operation `updateLists`) · Auth: OAuth 2.0 user token (scopes `list.write`, `users.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 300 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/lists/update-list
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the List to update.
   * @param params.description - Body field `description` of `UpdateListRequest`.
   * @param params.name - Body field `name` of `UpdateListRequest`.
   * @param params.private - Body field `private` of `UpdateListRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`UpdateListResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.updateList({ id: '20' })
   * ```
   */
  updateList(params: UpdateListParams, options?: CallOptions): Promise<UpdateListResponse> {
    return lists.updateList(this.core, params, options)
  }

  /**
   * Send one chunk of a media file in a chunked upload started with initializeMediaUpload.
   *
   * Chunks are numbered from 0 by `segment_index` in the body; send them all, then call finalizeMediaUpload.
   *
   * `POST https://api.x.com/2/media/upload/{id}/append` (X operation `appendMediaUpload`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 1875 per user every 15 minutes; 180000 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/media/append-media-upload
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The media id returned by initializeMediaUpload.
   * @param params.media - (required) Body field `media` of `AppendMediaUploadRequest`.
   * @param params.segment_index - (required) Body field `segment_index` of `AppendMediaUploadRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`AppendMediaUploadResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.appendMediaUpload({ id: '20', media: 'example', segment_index: 10 })
   * ```
   */
  appendMediaUpload(params: AppendMediaUploadParams, options?: CallOptions): Promise<AppendMediaUploadResponse> {
    return media.appendMediaUpload(this.core, params, options)
  }

  /**
   * Add metadata, such as alt text, to an uploaded media file.
   *
   * Alt text helps people who use screen readers; set it before the media is attached to a tweet.
   *
   * `POST https://api.x.com/2/media/metadata` (X operation `createMediaMetadata`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 500 per user every 15 minutes; 50000 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/media/create-media-metadata
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) Body field `id` of `CreateMediaMetadataRequest`.
   * @param params.metadata - Body field `metadata` of `CreateMediaMetadataRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateMediaMetadataResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createMediaMetadata({ id: '20' })
   * ```
   */
  createMediaMetadata(params: CreateMediaMetadataParams, options?: CallOptions): Promise<CreateMediaMetadataResponse> {
    return media.createMediaMetadata(this.core, params, options)
  }

  /**
   * Attach a subtitle file to an uploaded video.
   *
   * `POST https://api.x.com/2/media/subtitles` (X operation `createMediaSubtitles`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 100 per user every 15 minutes; 10000 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/media/create-media-subtitles
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - Body field `id` of `CreateMediaSubtitlesRequest`.
   * @param params.media_category - Body field `media_category` of `CreateMediaSubtitlesRequest`.
   * @param params.subtitles - Body field `subtitles` of `CreateMediaSubtitlesRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateMediaSubtitlesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createMediaSubtitles()
   * ```
   */
  createMediaSubtitles(params: CreateMediaSubtitlesParams = {}, options?: CallOptions): Promise<CreateMediaSubtitlesResponse> {
    return media.createMediaSubtitles(this.core, params, options)
  }

  /**
   * Remove a subtitle file from an uploaded video.
   *
   * `DELETE https://api.x.com/2/media/subtitles` (X operation `deleteMediaSubtitles`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 100 per user every 15 minutes; 10000 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/media/delete-media-subtitles
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) Body field `id` of `DeleteMediaSubtitlesRequest`.
   * @param params.language_code - (required) Body field `language_code` of `DeleteMediaSubtitlesRequest`.
   * @param params.media_category - (required) Body field `media_category` of `DeleteMediaSubtitlesRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`DeleteMediaSubtitlesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.deleteMediaSubtitles({ id: '20', language_code: 'example', media_category: 'example' })
   * ```
   */
  deleteMediaSubtitles(params: DeleteMediaSubtitlesParams, options?: CallOptions): Promise<DeleteMediaSubtitlesResponse> {
    return media.deleteMediaSubtitles(this.core, params, options)
  }

  /**
   * Finish a chunked upload once every chunk has been appended.
   *
   * For videos and GIFs the answer may carry `processing_info`: poll getMediaUploadStatus until the state is `succeeded` before attaching the media.
   *
   * `POST https://api.x.com/2/media/upload/{id}/finalize` (X operation `finalizeMediaUpload`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 1875 per user every 15 minutes; 180000 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/media/finalize-media-upload
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The media id returned by initializeMediaUpload.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`FinalizeMediaUploadResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.finalizeMediaUpload({ id: '20' })
   * ```
   */
  finalizeMediaUpload(params: FinalizeMediaUploadParams, options?: CallOptions): Promise<FinalizeMediaUploadResponse> {
    return media.finalizeMediaUpload(this.core, params, options)
  }

  /**
   * Look up one media object by its media key.
   *
   * `GET https://api.x.com/2/media/{media_key}` (X operation `getMediaByMediaKey`) · Auth: OAuth 2.0 user token (scopes `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Reference: https://docs.x.com/x-api/media/get-media-by-media-key
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.media_key - (required) The media key of the media to look up (two numbers joined by an underscore, as in `3_1234`).
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetMediaResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getMedia({ media_key: 'example' })
   * ```
   */
  getMedia<F extends MediaField>(params: GetMediaFieldsParams<F>, options?: CallOptions): Promise<GetMediaResponse<F>>
  /**
   * Look up one media object by its media key.
   *
   * `GET https://api.x.com/2/media/{media_key}` (X operation `getMediaByMediaKey`) · Auth: OAuth 2.0 user token (scopes `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Reference: https://docs.x.com/x-api/media/get-media-by-media-key
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.media_key - (required) The media key of the media to look up (two numbers joined by an underscore, as in `3_1234`).
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetMediaResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getMedia({ media_key: 'example' })
   * ```
   */
  getMedia(params: GetMediaParams, options?: CallOptions): Promise<GetMediaResponse>
  getMedia(params: GetMediaParams, options?: CallOptions): Promise<GetMediaResponse> {
    return media.getMedia(this.core, params, options)
  }

  /**
   * Get view and engagement metrics for media the authenticated user uploaded.
   *
   * `GET https://api.x.com/2/media/analytics` (X operation `getMediaAnalytics`) · Auth: OAuth 2.0 user token (scopes `tweet.read`) or OAuth 1.0a user context.
   *
   * Reference: https://docs.x.com/x-api/media/get-media-analytics
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.media_keys - (required) The media keys of the media to measure, given as an array.
   * @param params.start_time - (required) The start of the time range to report on, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`).
   * @param params.end_time - (required) The end of the time range to report on, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time`.
   * @param params.granularity - How to bucket the metrics over the time range, `hourly`, `daily` (the default) or `total`.
   * @param params.media_analytics.fields - Which media metrics to return, given as an array (for example `video_views`, `playback_complete`, `watch_time_ms`).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetMediaAnalyticsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getMediaAnalytics({ media_keys: ['example'], start_time: 'example', end_time: 'example' })
   * ```
   */
  getMediaAnalytics(params: GetMediaAnalyticsParams, options?: CallOptions): Promise<GetMediaAnalyticsResponse> {
    return media.getMediaAnalytics(this.core, params, options)
  }

  /**
   * Look up to 100 media objects by their media keys in one request.
   *
   * `GET https://api.x.com/2/media` (X operation `getMediaByMediaKeys`) · Auth: OAuth 2.0 user token (scopes `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Reference: https://docs.x.com/x-api/media/get-media-by-media-keys
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.media_keys - (required) The media keys to look up, given as an array of up to 100.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetMediaByKeysResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getMediaByKeys({ media_keys: ['example'] })
   * ```
   */
  getMediaByKeys<F extends MediaField>(params: GetMediaByKeysFieldsParams<F>, options?: CallOptions): Promise<GetMediaByKeysResponse<F>>
  /**
   * Look up to 100 media objects by their media keys in one request.
   *
   * `GET https://api.x.com/2/media` (X operation `getMediaByMediaKeys`) · Auth: OAuth 2.0 user token (scopes `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Reference: https://docs.x.com/x-api/media/get-media-by-media-keys
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.media_keys - (required) The media keys to look up, given as an array of up to 100.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetMediaByKeysResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getMediaByKeys({ media_keys: ['example'] })
   * ```
   */
  getMediaByKeys(params: GetMediaByKeysParams, options?: CallOptions): Promise<GetMediaByKeysResponse>
  getMediaByKeys(params: GetMediaByKeysParams, options?: CallOptions): Promise<GetMediaByKeysResponse> {
    return media.getMediaByKeys(this.core, params, options)
  }

  /**
   * Check the processing state of an uploaded video or GIF.
   *
   * The answer's `processing_info` says whether processing is pending, in progress, succeeded or failed, and how long to wait before asking again.
   *
   * `GET https://api.x.com/2/media/upload` (X operation `getMediaUploadStatus`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 1000 per user every 15 minutes; 100000 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/media/get-media-upload-status
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.media_id - (required) The media id of the upload to check.
   * @param params.command - Always `STATUS`; kept for the older upload protocol and may be left out.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetMediaUploadStatusResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getMediaUploadStatus({ media_id: '20' })
   * ```
   */
  getMediaUploadStatus(params: GetMediaUploadStatusParams, options?: CallOptions): Promise<GetMediaUploadStatusResponse> {
    return media.getMediaUploadStatus(this.core, params, options)
  }

  /**
   * Start a chunked media upload, giving the file's type, size and intended use.
   *
   * The answer holds the media id to use with appendMediaUpload and finalizeMediaUpload. Large videos must be uploaded this way.
   *
   * `POST https://api.x.com/2/media/upload/initialize` (X operation `initializeMediaUpload`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 1875 per user every 15 minutes; 180000 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/media/initialize-media-upload
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.additional_owners - Body field `additional_owners` of `InitializeMediaUploadRequest`.
   * @param params.media_category - Body field `media_category` of `InitializeMediaUploadRequest`.
   * @param params.media_type - Body field `media_type` of `InitializeMediaUploadRequest`.
   * @param params.shared - Body field `shared` of `InitializeMediaUploadRequest`.
   * @param params.total_bytes - Body field `total_bytes` of `InitializeMediaUploadRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`InitializeMediaUploadResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.initializeMediaUpload()
   * ```
   */
  initializeMediaUpload(params: InitializeMediaUploadParams = {}, options?: CallOptions): Promise<InitializeMediaUploadResponse> {
    return media.initializeMediaUpload(this.core, params, options)
  }

  /**
   * Upload a small media file, such as an image, in a single request.
   *
   * Use the chunked calls (initialize, append, finalize) for videos and larger files.
   *
   * `POST https://api.x.com/2/media/upload` (X operation `mediaUpload`) · Auth: OAuth 2.0 user token (scopes `media.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 500 per user every 15 minutes; 50000 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/media/upload-media
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.additional_owners - Body field `additional_owners` of `UploadMediaSimpleRequest`.
   * @param params.media - (required) Body field `media` of `UploadMediaSimpleRequest`.
   * @param params.media_category - (required) Body field `media_category` of `UploadMediaSimpleRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`UploadMediaSimpleResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.uploadMediaSimple({ media: 'example', media_category: 'tweet_image' })
   * ```
   */
  uploadMediaSimple(params: UploadMediaSimpleParams, options?: CallOptions): Promise<UploadMediaSimpleResponse> {
    return media.uploadMediaSimple(this.core, params, options)
  }

  /**
   * Look up one news story by its id.
   *
   * `GET https://api.x.com/2/news/{id}` (X operation `getNews`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 200 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/news/get-news-stories-by-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the news story.
   * @param params.news.fields - News story fields to return beyond the defaults, given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetNewsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getNews({ id: '20' })
   * ```
   */
  getNews<F extends NewsField>(params: GetNewsFieldsParams<F>, options?: CallOptions): Promise<GetNewsResponse<F>>
  /**
   * Look up one news story by its id.
   *
   * `GET https://api.x.com/2/news/{id}` (X operation `getNews`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 200 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/news/get-news-stories-by-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the news story.
   * @param params.news.fields - News story fields to return beyond the defaults, given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetNewsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getNews({ id: '20' })
   * ```
   */
  getNews(params: GetNewsParams, options?: CallOptions): Promise<GetNewsResponse>
  getNews(params: GetNewsParams, options?: CallOptions): Promise<GetNewsResponse> {
    return news.getNews(this.core, params, options)
  }

  /**
   * Search the news stories X has compiled for those that match a query.
   *
   * `GET https://api.x.com/2/news/search` (X operation `searchNews`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 200 per user and 200 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/news/search-news
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.query - (required) The words to search the stories for.
   * @param params.max_results - The most stories to return, 1 to 100 (10 when left out).
   * @param params.max_age_hours - How far back to look, in hours, 1 to 720 (168, one week, when left out).
   * @param params.news.fields - News story fields to return beyond the defaults, given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SearchNewsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.searchNews({ query: 'from:twitterapi' })
   * ```
   */
  searchNews<F extends NewsField>(params: SearchNewsFieldsParams<F>, options?: CallOptions): Promise<SearchNewsResponse<F>>
  /**
   * Search the news stories X has compiled for those that match a query.
   *
   * `GET https://api.x.com/2/news/search` (X operation `searchNews`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 200 per user and 200 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/news/search-news
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.query - (required) The words to search the stories for.
   * @param params.max_results - The most stories to return, 1 to 100 (10 when left out).
   * @param params.max_age_hours - How far back to look, in hours, 1 to 720 (168, one week, when left out).
   * @param params.news.fields - News story fields to return beyond the defaults, given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SearchNewsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.searchNews({ query: 'from:twitterapi' })
   * ```
   */
  searchNews(params: SearchNewsParams, options?: CallOptions): Promise<SearchNewsResponse>
  searchNews(params: SearchNewsParams, options?: CallOptions): Promise<SearchNewsResponse> {
    return news.searchNews(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.countAllTweets({ query: 'from:twitterapi' })
   * ```
   */
  countAllTweets(params: CountAllTweetsParams, options?: CallOptions): Promise<CountAllTweetsResponse> {
    return search.countAllTweets(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.countRecentTweets({ query: 'from:twitterapi' })
   * ```
   */
  countRecentTweets(params: CountRecentTweetsParams, options?: CallOptions): Promise<CountRecentTweetsResponse> {
    return search.countRecentTweets(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.searchAllTweets({ query: 'from:twitterapi' })
   * ```
   */
  searchAllTweets<F extends TweetField>(params: SearchAllTweetsFieldsParams<F>, options?: CallOptions): Promise<SearchAllTweetsResponse<F>>
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
   * const { data } = await twitter.v2.searchAllTweets({ query: 'from:twitterapi' })
   * ```
   */
  searchAllTweets(params: SearchAllTweetsParams, options?: CallOptions): Promise<SearchAllTweetsResponse>
  searchAllTweets(params: SearchAllTweetsParams, options?: CallOptions): Promise<SearchAllTweetsResponse> {
    return search.searchAllTweets(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.searchRecentTweets({ query: 'from:twitterapi' })
   * ```
   */
  searchRecentTweets<F extends TweetField>(params: SearchRecentTweetsFieldsParams<F>, options?: CallOptions): Promise<SearchRecentTweetsResponse<F>>
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
   * const { data } = await twitter.v2.searchRecentTweets({ query: 'from:twitterapi' })
   * ```
   */
  searchRecentTweets(params: SearchRecentTweetsParams, options?: CallOptions): Promise<SearchRecentTweetsResponse>
  searchRecentTweets(params: SearchRecentTweetsParams, options?: CallOptions): Promise<SearchRecentTweetsResponse> {
    return search.searchRecentTweets(this.core, params, options)
  }

  /**
   * Look up one Space by its id.
   *
   * `GET https://api.x.com/2/spaces/{id}` (X operation `getSpacesById`) · Auth: OAuth 2.0 user token (scopes `users.read`, `space.read`, `tweet.read`) or app-only bearer token.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/spaces/get-space-by-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the Space to look up (up to 13 letters and digits, as in `1DXxyRYNejbKM`).
   * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
   * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetSpaceResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getSpace({ id: '20' })
   * ```
   */
  getSpace<F extends SpaceField>(params: GetSpaceFieldsParams<F>, options?: CallOptions): Promise<GetSpaceResponse<F>>
  /**
   * Look up one Space by its id.
   *
   * `GET https://api.x.com/2/spaces/{id}` (X operation `getSpacesById`) · Auth: OAuth 2.0 user token (scopes `users.read`, `space.read`, `tweet.read`) or app-only bearer token.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/spaces/get-space-by-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the Space to look up (up to 13 letters and digits, as in `1DXxyRYNejbKM`).
   * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
   * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetSpaceResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getSpace({ id: '20' })
   * ```
   */
  getSpace(params: GetSpaceParams, options?: CallOptions): Promise<GetSpaceResponse>
  getSpace(params: GetSpaceParams, options?: CallOptions): Promise<GetSpaceResponse> {
    return spaces.getSpace(this.core, params, options)
  }

  /**
   * List the users who bought tickets to a ticketed Space the authenticated user hosts.
   *
   * `GET https://api.x.com/2/spaces/{id}/buyers` (X operation `getSpacesBuyers`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `space.read`).
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getSpaceBuyers, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/spaces/get-space-ticket-buyers
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the ticketed Space.
   * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetSpaceBuyersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getSpaceBuyers({ id: '20' })
   * ```
   */
  getSpaceBuyers<F extends UserField>(params: GetSpaceBuyersFieldsParams<F>, options?: CallOptions): Promise<GetSpaceBuyersResponse<F>>
  /**
   * List the users who bought tickets to a ticketed Space the authenticated user hosts.
   *
   * `GET https://api.x.com/2/spaces/{id}/buyers` (X operation `getSpacesBuyers`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `space.read`).
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getSpaceBuyers, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/spaces/get-space-ticket-buyers
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the ticketed Space.
   * @param params.max_results - The most users to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetSpaceBuyersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getSpaceBuyers({ id: '20' })
   * ```
   */
  getSpaceBuyers(params: GetSpaceBuyersParams, options?: CallOptions): Promise<GetSpaceBuyersResponse>
  getSpaceBuyers(params: GetSpaceBuyersParams, options?: CallOptions): Promise<GetSpaceBuyersResponse> {
    return spaces.getSpaceBuyers(this.core, params, options)
  }

  /**
   * Look up to 100 Spaces by their ids in one request.
   *
   * `GET https://api.x.com/2/spaces` (X operation `getSpacesByIds`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `space.read`, `users.read`) or app-only bearer token.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/spaces/get-spaces-by-ids
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.ids - (required) The ids of the Spaces to look up, given as an array of up to 100.
   * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
   * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetSpacesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getSpaces({ ids: ['20', '21'] })
   * ```
   */
  getSpaces<F extends SpaceField>(params: GetSpacesFieldsParams<F>, options?: CallOptions): Promise<GetSpacesResponse<F>>
  /**
   * Look up to 100 Spaces by their ids in one request.
   *
   * `GET https://api.x.com/2/spaces` (X operation `getSpacesByIds`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `space.read`, `users.read`) or app-only bearer token.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/spaces/get-spaces-by-ids
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.ids - (required) The ids of the Spaces to look up, given as an array of up to 100.
   * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
   * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetSpacesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getSpaces({ ids: ['20', '21'] })
   * ```
   */
  getSpaces(params: GetSpacesParams, options?: CallOptions): Promise<GetSpacesResponse>
  getSpaces(params: GetSpacesParams, options?: CallOptions): Promise<GetSpacesResponse> {
    return spaces.getSpaces(this.core, params, options)
  }

  /**
   * Find the live and scheduled Spaces created by the given users.
   *
   * `GET https://api.x.com/2/spaces/by/creator_ids` (X operation `getSpacesByCreatorIds`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `space.read`, `users.read`) or app-only bearer token.
   *
   * Rate limit: 1 per user and 1 per app every second; 300 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/spaces/get-spaces-by-creator-ids
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.user_ids - (required) The ids of the creators, given as an array of up to 100.
   * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
   * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetSpacesByCreatorsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getSpacesByCreators({ user_ids: ['20', '21'] })
   * ```
   */
  getSpacesByCreators<F extends SpaceField>(params: GetSpacesByCreatorsFieldsParams<F>, options?: CallOptions): Promise<GetSpacesByCreatorsResponse<F>>
  /**
   * Find the live and scheduled Spaces created by the given users.
   *
   * `GET https://api.x.com/2/spaces/by/creator_ids` (X operation `getSpacesByCreatorIds`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `space.read`, `users.read`) or app-only bearer token.
   *
   * Rate limit: 1 per user and 1 per app every second; 300 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/spaces/get-spaces-by-creator-ids
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.user_ids - (required) The ids of the creators, given as an array of up to 100.
   * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
   * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetSpacesByCreatorsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getSpacesByCreators({ user_ids: ['20', '21'] })
   * ```
   */
  getSpacesByCreators(params: GetSpacesByCreatorsParams, options?: CallOptions): Promise<GetSpacesByCreatorsResponse>
  getSpacesByCreators(params: GetSpacesByCreatorsParams, options?: CallOptions): Promise<GetSpacesByCreatorsResponse> {
    return spaces.getSpacesByCreators(this.core, params, options)
  }

  /**
   * Get the tweets that were shared in a Space.
   *
   * `GET https://api.x.com/2/spaces/{id}/tweets` (X operation `getSpacesPosts`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`, `space.read`) or app-only bearer token.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getSpaceTweets, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/spaces/get-space-posts
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the Space whose tweets to return.
   * @param params.max_results - The most tweets to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
   * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetSpaceTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getSpaceTweets({ id: '20' })
   * ```
   */
  getSpaceTweets<F extends TweetField>(params: GetSpaceTweetsFieldsParams<F>, options?: CallOptions): Promise<GetSpaceTweetsResponse<F>>
  /**
   * Get the tweets that were shared in a Space.
   *
   * `GET https://api.x.com/2/spaces/{id}/tweets` (X operation `getSpacesPosts`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`, `space.read`) or app-only bearer token.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getSpaceTweets, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/spaces/get-space-posts
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the Space whose tweets to return.
   * @param params.max_results - The most tweets to return per page, 1 to 100 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param params.expansions - Objects referred to by each tweet to include in `includes`, given as an array: `author_id` adds the author, `attachments.media_keys` the media, `attachments.poll_ids` the poll, `geo.place_id` the place, and so on.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.media.fields - Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`.
   * @param params.poll.fields - Poll fields to return beyond the defaults (id and options), given as an array; takes effect with the `attachments.poll_ids` expansion, on the polls in `includes.polls`.
   * @param params.place.fields - Place fields to return beyond the defaults (id and full_name), given as an array; takes effect with the `geo.place_id` expansion, on the places in `includes.places`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetSpaceTweetsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getSpaceTweets({ id: '20' })
   * ```
   */
  getSpaceTweets(params: GetSpaceTweetsParams, options?: CallOptions): Promise<GetSpaceTweetsResponse>
  getSpaceTweets(params: GetSpaceTweetsParams, options?: CallOptions): Promise<GetSpaceTweetsResponse> {
    return spaces.getSpaceTweets(this.core, params, options)
  }

  /**
   * Search live and scheduled Spaces by words in their titles.
   *
   * `GET https://api.x.com/2/spaces/search` (X operation `searchSpaces`) · Auth: OAuth 2.0 user token (scopes `space.read`, `tweet.read`, `users.read`) or app-only bearer token.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/spaces/search-spaces
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.query - (required) The words to look for in Space titles.
   * @param params.state - Which Spaces to return, `live`, `scheduled` or `all` (the default).
   * @param params.max_results - The most Spaces to return, 1 to 100 (100 when left out).
   * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
   * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SearchSpacesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.searchSpaces({ query: 'from:twitterapi' })
   * ```
   */
  searchSpaces<F extends SpaceField>(params: SearchSpacesFieldsParams<F>, options?: CallOptions): Promise<SearchSpacesResponse<F>>
  /**
   * Search live and scheduled Spaces by words in their titles.
   *
   * `GET https://api.x.com/2/spaces/search` (X operation `searchSpaces`) · Auth: OAuth 2.0 user token (scopes `space.read`, `tweet.read`, `users.read`) or app-only bearer token.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/spaces/search-spaces
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.query - (required) The words to look for in Space titles.
   * @param params.state - Which Spaces to return, `live`, `scheduled` or `all` (the default).
   * @param params.max_results - The most Spaces to return, 1 to 100 (100 when left out).
   * @param params.space.fields - Space fields to return beyond the defaults (id and state), given as an array.
   * @param params.expansions - Related users and topics to include in `includes`, given as an array (creator, hosts, invited users, speakers, topics).
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.topic.fields - Topic fields to return beyond the defaults (id and name), given as an array.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SearchSpacesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.searchSpaces({ query: 'from:twitterapi' })
   * ```
   */
  searchSpaces(params: SearchSpacesParams, options?: CallOptions): Promise<SearchSpacesResponse>
  searchSpaces(params: SearchSpacesParams, options?: CallOptions): Promise<SearchSpacesResponse> {
    return spaces.searchSpaces(this.core, params, options)
  }

  /**
   * Get how many filtered-stream rules the app has and how many it may have.
   *
   * `GET https://api.x.com/2/tweets/search/stream/rules/counts` (X operation `getRuleCounts`) · Auth: app-only bearer token.
   *
   * Reference: https://docs.x.com/x-api/stream/get-stream-rule-counts
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.rules_count.fields - Rule-count fields to return (X's document lists no values for it).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetRuleCountsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getRuleCounts()
   * ```
   */
  getRuleCounts(params: GetRuleCountsParams = {}, options?: CallOptions): Promise<GetRuleCountsResponse> {
    return streams.getRuleCounts(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getRules()
   * ```
   */
  getRules(params: GetRulesParams = {}, options?: CallOptions): Promise<GetRulesResponse> {
    return streams.getRules(this.core, params, options)
  }

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
   * for await (const message of twitter.v2.streamFilteredTweets({}, { signal })) console.log(message)
   * ```
   */
  streamFilteredTweets(params: StreamFilteredTweetsParams = {}, options?: StreamCallOptions): AsyncIterable<StreamFilteredTweetsResponse> {
    return streams.streamFilteredTweets(this.core, params, options)
  }

  /**
   * Stream the labeling events (such as warnings or sensitive-content labels) applied to tweets.
   *
   * `GET https://api.x.com/2/tweets/label/stream` (X operation `streamLabelsCompliance`) · Auth: app-only bearer token.
   *
   * A stream: the result is an async iterable of messages; stop it with `options.signal`.
   *
   * Reference: https://docs.x.com/x-api/stream/stream-post-labels
   *
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
   * for await (const message of twitter.v2.streamLabelsCompliance({}, { signal })) console.log(message)
   * ```
   */
  streamLabelsCompliance(params: StreamLabelsComplianceParams = {}, options?: StreamCallOptions): AsyncIterable<StreamLabelsComplianceResponse> {
    return streams.streamLabelsCompliance(this.core, params, options)
  }

  /**
   * Stream compliance events for likes, each saying that a like was removed and must be dropped from stored data.
   *
   * `GET https://api.x.com/2/likes/compliance/stream` (X operation `streamLikesCompliance`) · Auth: app-only bearer token.
   *
   * A stream: the result is an async iterable of messages; stop it with `options.signal`.
   *
   * Reference: https://docs.x.com/x-api/stream/stream-likes-compliance-data
   *
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
   * for await (const message of twitter.v2.streamLikesCompliance({}, { signal })) console.log(message)
   * ```
   */
  streamLikesCompliance(params: StreamLikesComplianceParams = {}, options?: StreamCallOptions): AsyncIterable<StreamLikesComplianceResponse> {
    return streams.streamLikesCompliance(this.core, params, options)
  }

  /**
   * Stream every public like on X in real time.
   *
   * `GET https://api.x.com/2/likes/firehose/stream` (X operation `streamLikesFirehose`) · Auth: app-only bearer token.
   *
   * A stream: the result is an async iterable of messages; stop it with `options.signal`.
   *
   * Reference: https://docs.x.com/x-api/stream/stream-all-likes
   *
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
   * for await (const message of twitter.v2.streamLikesFirehose({ partition: 10 }, { signal })) console.log(message)
   * ```
   */
  streamLikesFirehose(params: StreamLikesFirehoseParams, options?: StreamCallOptions): AsyncIterable<StreamLikesFirehoseResponse> {
    return streams.streamLikesFirehose(this.core, params, options)
  }

  /**
   * Stream a 10% random sample of public likes in real time.
   *
   * `GET https://api.x.com/2/likes/sample10/stream` (X operation `streamLikesSample10`) · Auth: app-only bearer token.
   *
   * A stream: the result is an async iterable of messages; stop it with `options.signal`.
   *
   * Reference: https://docs.x.com/x-api/stream/stream-sampled-likes
   *
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
   * for await (const message of twitter.v2.streamLikesSample10({ partition: 10 }, { signal })) console.log(message)
   * ```
   */
  streamLikesSample10(params: StreamLikesSample10Params, options?: StreamCallOptions): AsyncIterable<StreamLikesSample10Response> {
    return streams.streamLikesSample10(this.core, params, options)
  }

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
   * for await (const message of twitter.v2.streamSample10Tweets({ partition: 10 }, { signal })) console.log(message)
   * ```
   */
  streamSample10Tweets(params: StreamSample10TweetsParams, options?: StreamCallOptions): AsyncIterable<StreamSample10TweetsResponse> {
    return streams.streamSample10Tweets(this.core, params, options)
  }

  /**
   * Stream a 1% random sample of public tweets in real time.
   *
   * `GET https://api.x.com/2/tweets/sample/stream` (X operation `streamPostsSample`) · Auth: app-only bearer token.
   *
   * A stream: the result is an async iterable of messages; stop it with `options.signal`.
   *
   * Reference: https://docs.x.com/x-api/stream/stream-sampled-posts
   *
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
   * for await (const message of twitter.v2.streamSampleTweets({}, { signal })) console.log(message)
   * ```
   */
  streamSampleTweets(params: StreamSampleTweetsParams = {}, options?: StreamCallOptions): AsyncIterable<StreamSampleTweetsResponse> {
    return streams.streamSampleTweets(this.core, params, options)
  }

  /**
   * Stream compliance events for tweets (deletes, withheld content, edits and the like) that a stored dataset must follow.
   *
   * `GET https://api.x.com/2/tweets/compliance/stream` (X operation `streamPostsCompliance`) · Auth: app-only bearer token.
   *
   * A stream: the result is an async iterable of messages; stop it with `options.signal`.
   *
   * Reference: https://docs.x.com/x-api/stream/stream-posts-compliance-data
   *
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
   * for await (const message of twitter.v2.streamTweetsCompliance({ partition: 10 }, { signal })) console.log(message)
   * ```
   */
  streamTweetsCompliance(params: StreamTweetsComplianceParams, options?: StreamCallOptions): AsyncIterable<StreamTweetsComplianceResponse> {
    return streams.streamTweetsCompliance(this.core, params, options)
  }

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
   * for await (const message of twitter.v2.streamTweetsFirehose({ partition: 10 }, { signal })) console.log(message)
   * ```
   */
  streamTweetsFirehose(params: StreamTweetsFirehoseParams, options?: StreamCallOptions): AsyncIterable<StreamTweetsFirehoseResponse> {
    return streams.streamTweetsFirehose(this.core, params, options)
  }

  /**
   * Stream every public tweet in English in real time.
   *
   * `GET https://api.x.com/2/tweets/firehose/stream/lang/en` (X operation `streamPostsFirehoseEn`) · Auth: app-only bearer token.
   *
   * A stream: the result is an async iterable of messages; stop it with `options.signal`.
   *
   * Reference: https://docs.x.com/x-api/stream/stream-english-posts
   *
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
   * for await (const message of twitter.v2.streamTweetsFirehoseEn({ partition: 10 }, { signal })) console.log(message)
   * ```
   */
  streamTweetsFirehoseEn(params: StreamTweetsFirehoseEnParams, options?: StreamCallOptions): AsyncIterable<StreamTweetsFirehoseEnResponse> {
    return streams.streamTweetsFirehoseEn(this.core, params, options)
  }

  /**
   * Stream every public tweet in Japanese in real time.
   *
   * `GET https://api.x.com/2/tweets/firehose/stream/lang/ja` (X operation `streamPostsFirehoseJa`) · Auth: app-only bearer token.
   *
   * A stream: the result is an async iterable of messages; stop it with `options.signal`.
   *
   * Reference: https://docs.x.com/x-api/stream/stream-japanese-posts
   *
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
   * for await (const message of twitter.v2.streamTweetsFirehoseJa({ partition: 10 }, { signal })) console.log(message)
   * ```
   */
  streamTweetsFirehoseJa(params: StreamTweetsFirehoseJaParams, options?: StreamCallOptions): AsyncIterable<StreamTweetsFirehoseJaResponse> {
    return streams.streamTweetsFirehoseJa(this.core, params, options)
  }

  /**
   * Stream every public tweet in Korean in real time.
   *
   * `GET https://api.x.com/2/tweets/firehose/stream/lang/ko` (X operation `streamPostsFirehoseKo`) · Auth: app-only bearer token.
   *
   * A stream: the result is an async iterable of messages; stop it with `options.signal`.
   *
   * Reference: https://docs.x.com/x-api/stream/stream-korean-posts
   *
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
   * for await (const message of twitter.v2.streamTweetsFirehoseKo({ partition: 10 }, { signal })) console.log(message)
   * ```
   */
  streamTweetsFirehoseKo(params: StreamTweetsFirehoseKoParams, options?: StreamCallOptions): AsyncIterable<StreamTweetsFirehoseKoResponse> {
    return streams.streamTweetsFirehoseKo(this.core, params, options)
  }

  /**
   * Stream every public tweet in Portuguese in real time.
   *
   * `GET https://api.x.com/2/tweets/firehose/stream/lang/pt` (X operation `streamPostsFirehosePt`) · Auth: app-only bearer token.
   *
   * A stream: the result is an async iterable of messages; stop it with `options.signal`.
   *
   * Reference: https://docs.x.com/x-api/stream/stream-portuguese-posts
   *
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
   * for await (const message of twitter.v2.streamTweetsFirehosePt({ partition: 10 }, { signal })) console.log(message)
   * ```
   */
  streamTweetsFirehosePt(params: StreamTweetsFirehosePtParams, options?: StreamCallOptions): AsyncIterable<StreamTweetsFirehosePtResponse> {
    return streams.streamTweetsFirehosePt(this.core, params, options)
  }

  /**
   * Stream compliance events for users (protected, suspended, deleted, withheld and so on).
   *
   * `GET https://api.x.com/2/users/compliance/stream` (X operation `streamUsersCompliance`) · Auth: app-only bearer token.
   *
   * A stream: the result is an async iterable of messages; stop it with `options.signal`.
   *
   * Reference: https://docs.x.com/x-api/stream/stream-users-compliance-data
   *
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
   * for await (const message of twitter.v2.streamUsersCompliance({ partition: 10 }, { signal })) console.log(message)
   * ```
   */
  streamUsersCompliance(params: StreamUsersComplianceParams, options?: StreamCallOptions): AsyncIterable<StreamUsersComplianceResponse> {
    return streams.streamUsersCompliance(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.updateRules()
   * ```
   */
  updateRules(params: UpdateRulesParams = {}, options?: CallOptions): Promise<UpdateRulesResponse> {
    return streams.updateRules(this.core, params, options)
  }

  /**
   * Get the trends X picks for the authenticated user, as shown in their Explore tab.
   *
   * `GET https://api.x.com/2/users/personalized_trends` (X operation `getTrendsPersonalizedTrends`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 10 per user and 200 per app every 15 minutes; 100 per user and 200 per app every 24 hours.
   *
   * Reference: https://docs.x.com/x-api/trends/get-personalized-trends
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.personalized_trend.fields - Trend fields to return beyond the defaults, given as an array (`category`, `post_count`, `trend_name`, `trending_since`).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetPersonalizedTrendsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getPersonalizedTrends()
   * ```
   */
  getPersonalizedTrends(params: GetPersonalizedTrendsParams = {}, options?: CallOptions): Promise<GetPersonalizedTrendsResponse> {
    return trends.getPersonalizedTrends(this.core, params, options)
  }

  /**
   * Get the current trends for a place, given by its WOEID.
   *
   * `GET https://api.x.com/2/trends/by/woeid/{woeid}` (X operation `getTrendsByWoeid`) · Auth: OAuth 2.0 user token or app-only bearer token.
   *
   * Rate limit: 75 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/trends/get-trends-by-woeid
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.woeid - (required) The Yahoo! Where On Earth ID of the place, such as 1 for the whole world or 23424977 for the United States.
   * @param params.max_trends - The most trends to return, 1 to 50 (20 when left out).
   * @param params.trend.fields - Trend fields to return, given as an array (`trend_name`, `tweet_count`).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetTrendsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getTrends({ woeid: 10 })
   * ```
   */
  getTrends<F extends TrendField>(params: GetTrendsFieldsParams<F>, options?: CallOptions): Promise<GetTrendsResponse<F>>
  /**
   * Get the current trends for a place, given by its WOEID.
   *
   * `GET https://api.x.com/2/trends/by/woeid/{woeid}` (X operation `getTrendsByWoeid`) · Auth: OAuth 2.0 user token or app-only bearer token.
   *
   * Rate limit: 75 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/trends/get-trends-by-woeid
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.woeid - (required) The Yahoo! Where On Earth ID of the place, such as 1 for the whole world or 23424977 for the United States.
   * @param params.max_trends - The most trends to return, 1 to 50 (20 when left out).
   * @param params.trend.fields - Trend fields to return, given as an array (`trend_name`, `tweet_count`).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetTrendsResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getTrends({ woeid: 10 })
   * ```
   */
  getTrends(params: GetTrendsParams, options?: CallOptions): Promise<GetTrendsResponse>
  getTrends(params: GetTrendsParams, options?: CallOptions): Promise<GetTrendsResponse> {
    return trends.getTrends(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.createTweet({ text: 'Hello from twython-ts', reply_settings: 'following' })
   * ```
   */
  createTweet(params: CreateTweetParams = {}, options?: CallOptions): Promise<CreateTweetResponse> {
    return tweets.createTweet(this.core, params, options)
  }

  /**
   * Delete one of the authenticated user's own tweets.
   *
   * `DELETE https://api.x.com/2/tweets/{id}` (X operation `deletePosts`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`, `tweet.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 50 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/posts/delete-post
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the tweet to delete; it must belong to the authenticated user.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`DeleteTweetResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.deleteTweet({ id: '20' })
   * ```
   */
  deleteTweet(params: DeleteTweetParams, options?: CallOptions): Promise<DeleteTweetResponse> {
    return tweets.deleteTweet(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getHomeTimeline({ id: '20' })
   * ```
   */
  getHomeTimeline<F extends TweetField>(params: GetHomeTimelineFieldsParams<F>, options?: CallOptions): Promise<GetHomeTimelineResponse<F>>
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
   * const { data } = await twitter.v2.getHomeTimeline({ id: '20' })
   * ```
   */
  getHomeTimeline(params: GetHomeTimelineParams, options?: CallOptions): Promise<GetHomeTimelineResponse>
  getHomeTimeline(params: GetHomeTimelineParams, options?: CallOptions): Promise<GetHomeTimelineResponse> {
    return tweets.getHomeTimeline(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getQuoteTweets({ id: '20' })
   * ```
   */
  getQuoteTweets<F extends TweetField>(params: GetQuoteTweetsFieldsParams<F>, options?: CallOptions): Promise<GetQuoteTweetsResponse<F>>
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
   * const { data } = await twitter.v2.getQuoteTweets({ id: '20' })
   * ```
   */
  getQuoteTweets(params: GetQuoteTweetsParams, options?: CallOptions): Promise<GetQuoteTweetsResponse>
  getQuoteTweets(params: GetQuoteTweetsParams, options?: CallOptions): Promise<GetQuoteTweetsResponse> {
    return tweets.getQuoteTweets(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getRetweetedBy({ id: '20' })
   * ```
   */
  getRetweetedBy<F extends UserField>(params: GetRetweetedByFieldsParams<F>, options?: CallOptions): Promise<GetRetweetedByResponse<F>>
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
   * const { data } = await twitter.v2.getRetweetedBy({ id: '20' })
   * ```
   */
  getRetweetedBy(params: GetRetweetedByParams, options?: CallOptions): Promise<GetRetweetedByResponse>
  getRetweetedBy(params: GetRetweetedByParams, options?: CallOptions): Promise<GetRetweetedByResponse> {
    return tweets.getRetweetedBy(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getRetweets({ id: '20' })
   * ```
   */
  getRetweets<F extends TweetField>(params: GetRetweetsFieldsParams<F>, options?: CallOptions): Promise<GetRetweetsResponse<F>>
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
   * const { data } = await twitter.v2.getRetweets({ id: '20' })
   * ```
   */
  getRetweets(params: GetRetweetsParams, options?: CallOptions): Promise<GetRetweetsResponse>
  getRetweets(params: GetRetweetsParams, options?: CallOptions): Promise<GetRetweetsResponse> {
    return tweets.getRetweets(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getRetweetsOfMe()
   * ```
   */
  getRetweetsOfMe<F extends TweetField>(params: GetRetweetsOfMeFieldsParams<F>, options?: CallOptions): Promise<GetRetweetsOfMeResponse<F>>
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
   * const { data } = await twitter.v2.getRetweetsOfMe()
   * ```
   */
  getRetweetsOfMe(params?: GetRetweetsOfMeParams, options?: CallOptions): Promise<GetRetweetsOfMeResponse>
  getRetweetsOfMe(params: GetRetweetsOfMeParams = {}, options?: CallOptions): Promise<GetRetweetsOfMeResponse> {
    return tweets.getRetweetsOfMe(this.core, params, options)
  }

  /**
   * Look up one tweet by its id.
   *
   * `GET https://api.x.com/2/tweets/{id}` (X operation `getPostsById`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 900 per user and 450 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/posts/get-post-by-id
   *
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
   * const { data } = await twitter.v2.getTweet({ id: '20' })
   * ```
   */
  getTweet<F extends TweetField>(params: GetTweetFieldsParams<F>, options?: CallOptions): Promise<GetTweetResponse<F>>
  /**
   * Look up one tweet by its id.
   *
   * `GET https://api.x.com/2/tweets/{id}` (X operation `getPostsById`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 900 per user and 450 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/posts/get-post-by-id
   *
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
   * const { data } = await twitter.v2.getTweet({ id: '20' })
   * ```
   */
  getTweet(params: GetTweetParams, options?: CallOptions): Promise<GetTweetResponse>
  getTweet(params: GetTweetParams, options?: CallOptions): Promise<GetTweetResponse> {
    return tweets.getTweet(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getTweets({ ids: ['20', '21'] })
   * ```
   */
  getTweets<F extends TweetField>(params: GetTweetsFieldsParams<F>, options?: CallOptions): Promise<GetTweetsResponse<F>>
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
   * const { data } = await twitter.v2.getTweets({ ids: ['20', '21'] })
   * ```
   */
  getTweets(params: GetTweetsParams, options?: CallOptions): Promise<GetTweetsResponse>
  getTweets(params: GetTweetsParams, options?: CallOptions): Promise<GetTweetsResponse> {
    return tweets.getTweets(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getTweetsAnalytics({ ids: ['20', '21'], start_time: 'example', end_time: 'example' })
   * ```
   */
  getTweetsAnalytics(params: GetTweetsAnalyticsParams, options?: CallOptions): Promise<GetTweetsAnalyticsResponse> {
    return tweets.getTweetsAnalytics(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getUserMentions({ id: '20' })
   * ```
   */
  getUserMentions<F extends TweetField>(params: GetUserMentionsFieldsParams<F>, options?: CallOptions): Promise<GetUserMentionsResponse<F>>
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
   * const { data } = await twitter.v2.getUserMentions({ id: '20' })
   * ```
   */
  getUserMentions(params: GetUserMentionsParams, options?: CallOptions): Promise<GetUserMentionsResponse>
  getUserMentions(params: GetUserMentionsParams, options?: CallOptions): Promise<GetUserMentionsResponse> {
    return tweets.getUserMentions(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.getUserTweets({ id: '20' })
   * ```
   */
  getUserTweets<F extends TweetField>(params: GetUserTweetsFieldsParams<F>, options?: CallOptions): Promise<GetUserTweetsResponse<F>>
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
   * const { data } = await twitter.v2.getUserTweets({ id: '20' })
   * ```
   */
  getUserTweets(params: GetUserTweetsParams, options?: CallOptions): Promise<GetUserTweetsResponse>
  getUserTweets(params: GetUserTweetsParams, options?: CallOptions): Promise<GetUserTweetsResponse> {
    return tweets.getUserTweets(this.core, params, options)
  }

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
   * const { data } = await twitter.v2.hideReply({ tweet_id: '20', hidden: true })
   * ```
   */
  hideReply(params: HideReplyParams, options?: CallOptions): Promise<HideReplyResponse> {
    return tweets.hideReply(this.core, params, options)
  }

  /**
   * Retweet a tweet as the authenticated user.
   *
   * `POST https://api.x.com/2/users/{id}/retweets` (X operation `repostPost`) · Auth: OAuth 2.0 user token (scopes `tweet.write`, `tweet.read`, `users.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 50 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/repost-post
   *
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
   * const { data } = await twitter.v2.retweet({ id: '20', tweet_id: '20' })
   * ```
   */
  retweet(params: RetweetParams, options?: CallOptions): Promise<RetweetResponse> {
    return tweets.retweet(this.core, params, options)
  }

  /**
   * Undo the authenticated user's retweet of a tweet.
   *
   * `DELETE https://api.x.com/2/users/{id}/retweets/{source_tweet_id}` (X operation `unrepostPost`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.write`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 50 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/unrepost-post
   *
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
   * const { data } = await twitter.v2.unretweet({ id: '20', source_tweet_id: '20' })
   * ```
   */
  unretweet(params: UnretweetParams, options?: CallOptions): Promise<UnretweetResponse> {
    return tweets.unretweet(this.core, params, options)
  }

  /**
   * Get the project's tweet consumption, per day and per app, against its monthly cap.
   *
   * `GET https://api.x.com/2/usage/tweets` (X operation `getUsage`) · Auth: app-only bearer token.
   *
   * Rate limit: 50 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/usage/get-usage
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.days - How many past days of usage to return, 1 to 90 (7 when left out).
   * @param params.usage.fields - Usage fields to return beyond the defaults, given as an array (for example `daily_project_usage`).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUsageResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUsage()
   * ```
   */
  getUsage<F extends UsageField>(params: GetUsageFieldsParams<F>, options?: CallOptions): Promise<GetUsageResponse<F>>
  /**
   * Get the project's tweet consumption, per day and per app, against its monthly cap.
   *
   * `GET https://api.x.com/2/usage/tweets` (X operation `getUsage`) · Auth: app-only bearer token.
   *
   * Rate limit: 50 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/usage/get-usage
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.days - How many past days of usage to return, 1 to 90 (7 when left out).
   * @param params.usage.fields - Usage fields to return beyond the defaults, given as an array (for example `daily_project_usage`).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUsageResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUsage()
   * ```
   */
  getUsage(params?: GetUsageParams, options?: CallOptions): Promise<GetUsageResponse>
  getUsage(params: GetUsageParams = {}, options?: CallOptions): Promise<GetUsageResponse> {
    return usage.getUsage(this.core, params, options)
  }

  /**
   * Follow a user as the authenticated user.
   *
   * Following a protected account sends a follow request instead; the answer's `pending_follow` says which happened. The user to follow goes in the body as `target_user_id`.
   *
   * `POST https://api.x.com/2/users/{id}/following` (X operation `followUser`) · Auth: OAuth 2.0 user token (scopes `users.read`, `follows.write`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 50 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/follow-user
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the authenticated user, who does the following.
   * @param params.target_user_id - (required) Body field `target_user_id` of `FollowUserRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`FollowUserResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.followUser({ id: '20', target_user_id: '20' })
   * ```
   */
  followUser(params: FollowUserParams, options?: CallOptions): Promise<FollowUserResponse> {
    return users.followUser(this.core, params, options)
  }

  /**
   * List the users the authenticated user has blocked.
   *
   * `GET https://api.x.com/2/users/{id}/blocking` (X operation `getUsersBlocking`) · Auth: OAuth 2.0 user token (scopes `users.read`, `block.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getBlockedUsers, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-blocking
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the authenticated user (only your own blocks can be read).
   * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetBlockedUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getBlockedUsers({ id: '20' })
   * ```
   */
  getBlockedUsers<F extends UserField>(params: GetBlockedUsersFieldsParams<F>, options?: CallOptions): Promise<GetBlockedUsersResponse<F>>
  /**
   * List the users the authenticated user has blocked.
   *
   * `GET https://api.x.com/2/users/{id}/blocking` (X operation `getUsersBlocking`) · Auth: OAuth 2.0 user token (scopes `users.read`, `block.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getBlockedUsers, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-blocking
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the authenticated user (only your own blocks can be read).
   * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetBlockedUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getBlockedUsers({ id: '20' })
   * ```
   */
  getBlockedUsers(params: GetBlockedUsersParams, options?: CallOptions): Promise<GetBlockedUsersResponse>
  getBlockedUsers(params: GetBlockedUsersParams, options?: CallOptions): Promise<GetBlockedUsersResponse> {
    return users.getBlockedUsers(this.core, params, options)
  }

  /**
   * Get the user behind the access token, that is, the authenticated user.
   *
   * Handy to learn your own user id, which many other user-context calls need in their path.
   *
   * `GET https://api.x.com/2/users/me` (X operation `getUsersMe`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 75 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/get-my-user
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetMeResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getMe()
   * ```
   */
  getMe<F extends UserField>(params: GetMeFieldsParams<F>, options?: CallOptions): Promise<GetMeResponse<F>>
  /**
   * Get the user behind the access token, that is, the authenticated user.
   *
   * Handy to learn your own user id, which many other user-context calls need in their path.
   *
   * `GET https://api.x.com/2/users/me` (X operation `getUsersMe`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 75 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/get-my-user
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetMeResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getMe()
   * ```
   */
  getMe(params?: GetMeParams, options?: CallOptions): Promise<GetMeResponse>
  getMe(params: GetMeParams = {}, options?: CallOptions): Promise<GetMeResponse> {
    return users.getMe(this.core, params, options)
  }

  /**
   * List the users the authenticated user has muted.
   *
   * `GET https://api.x.com/2/users/{id}/muting` (X operation `getUsersMuting`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `mute.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getMutedUsers, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-muting
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the authenticated user (only your own mutes can be read).
   * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetMutedUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getMutedUsers({ id: '20' })
   * ```
   */
  getMutedUsers<F extends UserField>(params: GetMutedUsersFieldsParams<F>, options?: CallOptions): Promise<GetMutedUsersResponse<F>>
  /**
   * List the users the authenticated user has muted.
   *
   * `GET https://api.x.com/2/users/{id}/muting` (X operation `getUsersMuting`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `mute.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 15 per user every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getMutedUsers, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-muting
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the authenticated user (only your own mutes can be read).
   * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetMutedUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getMutedUsers({ id: '20' })
   * ```
   */
  getMutedUsers(params: GetMutedUsersParams, options?: CallOptions): Promise<GetMutedUsersResponse>
  getMutedUsers(params: GetMutedUsersParams, options?: CallOptions): Promise<GetMutedUsersResponse> {
    return users.getMutedUsers(this.core, params, options)
  }

  /**
   * Look up one user by their id.
   *
   * `GET https://api.x.com/2/users/{id}` (X operation `getUsersById`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 900 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/get-user-by-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user to look up.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUserResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUser({ id: '20' })
   * ```
   */
  getUser<F extends UserField>(params: GetUserFieldsParams<F>, options?: CallOptions): Promise<GetUserResponse<F>>
  /**
   * Look up one user by their id.
   *
   * `GET https://api.x.com/2/users/{id}` (X operation `getUsersById`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 900 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/get-user-by-id
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user to look up.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUserResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUser({ id: '20' })
   * ```
   */
  getUser(params: GetUserParams, options?: CallOptions): Promise<GetUserResponse>
  getUser(params: GetUserParams, options?: CallOptions): Promise<GetUserResponse> {
    return users.getUser(this.core, params, options)
  }

  /**
   * List the accounts affiliated with a user (for example the staff of a verified organization).
   *
   * `GET https://api.x.com/2/users/{id}/affiliates` (X operation `getUsersAffiliates`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserAffiliates, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-affiliates
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user (usually an organization) whose affiliates to list.
   * @param params.max_results - The most users to return per page, 1 to 1000.
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUserAffiliatesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUserAffiliates({ id: '20' })
   * ```
   */
  getUserAffiliates<F extends UserField>(params: GetUserAffiliatesFieldsParams<F>, options?: CallOptions): Promise<GetUserAffiliatesResponse<F>>
  /**
   * List the accounts affiliated with a user (for example the staff of a verified organization).
   *
   * `GET https://api.x.com/2/users/{id}/affiliates` (X operation `getUsersAffiliates`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserAffiliates, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-affiliates
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user (usually an organization) whose affiliates to list.
   * @param params.max_results - The most users to return per page, 1 to 1000.
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUserAffiliatesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUserAffiliates({ id: '20' })
   * ```
   */
  getUserAffiliates(params: GetUserAffiliatesParams, options?: CallOptions): Promise<GetUserAffiliatesResponse>
  getUserAffiliates(params: GetUserAffiliatesParams, options?: CallOptions): Promise<GetUserAffiliatesResponse> {
    return users.getUserAffiliates(this.core, params, options)
  }

  /**
   * Look up one user by their username (handle).
   *
   * `GET https://api.x.com/2/users/by/username/{username}` (X operation `getUsersByUsername`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 900 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/get-user-by-username
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.username - (required) The username to look up, without the \@ (1 to 15 letters, digits or underscores).
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUserByUsernameResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUserByUsername({ username: 'twitterapi' })
   * ```
   */
  getUserByUsername<F extends UserField>(params: GetUserByUsernameFieldsParams<F>, options?: CallOptions): Promise<GetUserByUsernameResponse<F>>
  /**
   * Look up one user by their username (handle).
   *
   * `GET https://api.x.com/2/users/by/username/{username}` (X operation `getUsersByUsername`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 900 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/get-user-by-username
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.username - (required) The username to look up, without the \@ (1 to 15 letters, digits or underscores).
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUserByUsernameResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUserByUsername({ username: 'twitterapi' })
   * ```
   */
  getUserByUsername(params: GetUserByUsernameParams, options?: CallOptions): Promise<GetUserByUsernameResponse>
  getUserByUsername(params: GetUserByUsernameParams, options?: CallOptions): Promise<GetUserByUsernameResponse> {
    return users.getUserByUsername(this.core, params, options)
  }

  /**
   * List the users who follow a user, most recent followers first.
   *
   * `GET https://api.x.com/2/users/{id}/followers` (X operation `getUsersFollowers`) · Auth: OAuth 2.0 user token (scopes `follows.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserFollowers, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-followers
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user whose followers to list.
   * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUserFollowersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUserFollowers({ id: '20' })
   * ```
   */
  getUserFollowers<F extends UserField>(params: GetUserFollowersFieldsParams<F>, options?: CallOptions): Promise<GetUserFollowersResponse<F>>
  /**
   * List the users who follow a user, most recent followers first.
   *
   * `GET https://api.x.com/2/users/{id}/followers` (X operation `getUsersFollowers`) · Auth: OAuth 2.0 user token (scopes `follows.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserFollowers, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-followers
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user whose followers to list.
   * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUserFollowersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUserFollowers({ id: '20' })
   * ```
   */
  getUserFollowers(params: GetUserFollowersParams, options?: CallOptions): Promise<GetUserFollowersResponse>
  getUserFollowers(params: GetUserFollowersParams, options?: CallOptions): Promise<GetUserFollowersResponse> {
    return users.getUserFollowers(this.core, params, options)
  }

  /**
   * List the users a user follows, most recently followed first.
   *
   * `GET https://api.x.com/2/users/{id}/following` (X operation `getUsersFollowing`) · Auth: OAuth 2.0 user token (scopes `follows.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserFollowing, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-following
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user whose followings to list.
   * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUserFollowingResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUserFollowing({ id: '20' })
   * ```
   */
  getUserFollowing<F extends UserField>(params: GetUserFollowingFieldsParams<F>, options?: CallOptions): Promise<GetUserFollowingResponse<F>>
  /**
   * List the users a user follows, most recently followed first.
   *
   * `GET https://api.x.com/2/users/{id}/following` (X operation `getUsersFollowing`) · Auth: OAuth 2.0 user token (scopes `follows.read`, `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 300 per user and 300 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `pagination_token`): `for await (const item of twitter.cursor(twitter.v2.getUserFollowing, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/get-following
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the user whose followings to list.
   * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
   * @param params.pagination_token - The `meta.next_token` (or `meta.previous_token`) of a previous page, to get the page after (or before) it; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUserFollowingResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUserFollowing({ id: '20' })
   * ```
   */
  getUserFollowing(params: GetUserFollowingParams, options?: CallOptions): Promise<GetUserFollowingResponse>
  getUserFollowing(params: GetUserFollowingParams, options?: CallOptions): Promise<GetUserFollowingResponse> {
    return users.getUserFollowing(this.core, params, options)
  }

  /**
   * Look up to 100 users by their ids in one request.
   *
   * Ids that cannot be returned (suspended, deactivated or unknown) come back as problems in `errors` next to the users found.
   *
   * `GET https://api.x.com/2/users` (X operation `getUsersByIds`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 900 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/get-users-by-ids
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.ids - (required) The ids of the users to look up, given as an array of up to 100.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUsers({ ids: ['20', '21'] })
   * ```
   */
  getUsers<F extends UserField>(params: GetUsersFieldsParams<F>, options?: CallOptions): Promise<GetUsersResponse<F>>
  /**
   * Look up to 100 users by their ids in one request.
   *
   * Ids that cannot be returned (suspended, deactivated or unknown) come back as problems in `errors` next to the users found.
   *
   * `GET https://api.x.com/2/users` (X operation `getUsersByIds`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 900 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/get-users-by-ids
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.ids - (required) The ids of the users to look up, given as an array of up to 100.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUsers({ ids: ['20', '21'] })
   * ```
   */
  getUsers(params: GetUsersParams, options?: CallOptions): Promise<GetUsersResponse>
  getUsers(params: GetUsersParams, options?: CallOptions): Promise<GetUsersResponse> {
    return users.getUsers(this.core, params, options)
  }

  /**
   * Look up to 100 users by their usernames in one request.
   *
   * `GET https://api.x.com/2/users/by` (X operation `getUsersByUsernames`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 900 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/get-users-by-usernames
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.usernames - (required) The usernames to look up, without the \@, given as an array of up to 100.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUsersByUsernamesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUsersByUsernames({ usernames: ['twitterapi', 'jack'] })
   * ```
   */
  getUsersByUsernames<F extends UserField>(params: GetUsersByUsernamesFieldsParams<F>, options?: CallOptions): Promise<GetUsersByUsernamesResponse<F>>
  /**
   * Look up to 100 users by their usernames in one request.
   *
   * `GET https://api.x.com/2/users/by` (X operation `getUsersByUsernames`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`), OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 900 per user and 300 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/get-users-by-usernames
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.usernames - (required) The usernames to look up, without the \@, given as an array of up to 100.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetUsersByUsernamesResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getUsersByUsernames({ usernames: ['twitterapi', 'jack'] })
   * ```
   */
  getUsersByUsernames(params: GetUsersByUsernamesParams, options?: CallOptions): Promise<GetUsersByUsernamesResponse>
  getUsersByUsernames(params: GetUsersByUsernamesParams, options?: CallOptions): Promise<GetUsersByUsernamesResponse> {
    return users.getUsersByUsernames(this.core, params, options)
  }

  /**
   * Mute a user as the authenticated user, so their tweets leave the home timeline without unfollowing.
   *
   * The user to mute goes in the body as `target_user_id`.
   *
   * `POST https://api.x.com/2/users/{id}/muting` (X operation `muteUser`) · Auth: OAuth 2.0 user token (scopes `users.read`, `mute.write`, `tweet.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 50 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/mute-user
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.id - (required) The id of the authenticated user, who does the muting.
   * @param params.target_user_id - (required) Body field `target_user_id` of `MuteUserRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`MuteUserResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.muteUser({ id: '20', target_user_id: '20' })
   * ```
   */
  muteUser(params: MuteUserParams, options?: CallOptions): Promise<MuteUserResponse> {
    return users.muteUser(this.core, params, options)
  }

  /**
   * Search for users by name, username or words of their profile.
   *
   * `GET https://api.x.com/2/users/search` (X operation `searchUsers`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 900 per user and 300 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `next_token`): `for await (const item of twitter.cursor(twitter.v2.searchUsers, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/search-users
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.query - (required) The words to search for: 1 to 50 letters, digits, underscores, apostrophes or spaces.
   * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
   * @param params.next_token - The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SearchUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.searchUsers({ query: 'from:twitterapi' })
   * ```
   */
  searchUsers<F extends UserField>(params: SearchUsersFieldsParams<F>, options?: CallOptions): Promise<SearchUsersResponse<F>>
  /**
   * Search for users by name, username or words of their profile.
   *
   * `GET https://api.x.com/2/users/search` (X operation `searchUsers`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`) or OAuth 1.0a user context.
   *
   * Rate limit: 900 per user and 300 per app every 15 minutes.
   *
   * Paginated (`meta.next_token` -> `next_token`): `for await (const item of twitter.cursor(twitter.v2.searchUsers, params))` walks every page.
   *
   * Reference: https://docs.x.com/x-api/users/search-users
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.query - (required) The words to search for: 1 to 50 letters, digits, underscores, apostrophes or spaces.
   * @param params.max_results - The most users to return per page, 1 to 1000 (100 when left out).
   * @param params.next_token - The `meta.next_token` of the previous page, to get the next one; leave out for the first page. The paginating iterator passes it for you.
   * @param params.user.fields - User fields to return beyond the defaults (id, name and username), given as an array; for example `created_at`, `description`, `public_metrics`, `verified`. Applies to users in `data` and in `includes.users`.
   * @param params.expansions - Objects referred to by each user to include in `includes`, given as an array, such as the pinned tweet or the most recent tweet.
   * @param params.post.fields - Tweet fields to return beyond the defaults (id, text and the edit history ids), given as an array; for example `created_at`, `public_metrics`, `entities`. Applies to the tweets in `data` and to included tweets.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`SearchUsersResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.searchUsers({ query: 'from:twitterapi' })
   * ```
   */
  searchUsers(params: SearchUsersParams, options?: CallOptions): Promise<SearchUsersResponse>
  searchUsers(params: SearchUsersParams, options?: CallOptions): Promise<SearchUsersResponse> {
    return users.searchUsers(this.core, params, options)
  }

  /**
   * Stop following a user, as the authenticated user.
   *
   * `DELETE https://api.x.com/2/users/{source_user_id}/following/{target_user_id}` (X operation `unfollowUser`) · Auth: OAuth 2.0 user token (scopes `tweet.read`, `users.read`, `follows.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 50 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/unfollow-user
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.source_user_id - (required) The id of the authenticated user, who stops following.
   * @param params.target_user_id - (required) The id of the user to unfollow.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`UnfollowUserResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.unfollowUser({ source_user_id: '20', target_user_id: '20' })
   * ```
   */
  unfollowUser(params: UnfollowUserParams, options?: CallOptions): Promise<UnfollowUserResponse> {
    return users.unfollowUser(this.core, params, options)
  }

  /**
   * Unmute a user the authenticated user has muted.
   *
   * `DELETE https://api.x.com/2/users/{source_user_id}/muting/{target_user_id}` (X operation `unmuteUser`) · Auth: OAuth 2.0 user token (scopes `users.read`, `tweet.read`, `mute.write`) or OAuth 1.0a user context.
   *
   * Rate limit: 50 per user every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/users/unmute-user
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.source_user_id - (required) The id of the authenticated user, who muted the user.
   * @param params.target_user_id - (required) The id of the user to unmute.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`UnmuteUserResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.unmuteUser({ source_user_id: '20', target_user_id: '20' })
   * ```
   */
  unmuteUser(params: UnmuteUserParams, options?: CallOptions): Promise<UnmuteUserResponse> {
    return users.unmuteUser(this.core, params, options)
  }

  /**
   * Have the filtered stream deliver its matching tweets to one of the app's webhooks.
   *
   * `POST https://api.x.com/2/tweets/search/webhooks/{webhook_id}` (X operation `createWebhooksStreamLink`) · Auth: app-only bearer token.
   *
   * Reference: https://docs.x.com/x-api/webhooks/create-stream-link
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.webhook_id - (required) The id of the webhook to deliver to.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateStreamWebhookLinkResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createStreamWebhookLink({ webhook_id: '20' })
   * ```
   */
  createStreamWebhookLink(params: CreateStreamWebhookLinkParams, options?: CallOptions): Promise<CreateStreamWebhookLinkResponse> {
    return webhooks.createStreamWebhookLink(this.core, params, options)
  }

  /**
   * Register a new webhook URL for the app.
   *
   * X checks the URL at once with a CRC challenge (a GET with `crc_token` that the server must answer with an HMAC of it signed with the app's consumer secret); the webhook is created only if it answers correctly.
   *
   * `POST https://api.x.com/2/webhooks` (X operation `createWebhooks`) · Auth: OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 450 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/webhooks/create-webhook
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.url - (required) Body field `url` of `CreateWebhookRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateWebhookResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createWebhook({ url: 'example' })
   * ```
   */
  createWebhook(params: CreateWebhookParams, options?: CallOptions): Promise<CreateWebhookResponse> {
    return webhooks.createWebhook(this.core, params, options)
  }

  /**
   * Replay to a webhook the events of a past time window (up to the last 24 hours) that were delivered or attempted.
   *
   * `POST https://api.x.com/2/webhooks/replay` (X operation `createWebhookReplayJob`) · Auth: app-only bearer token.
   *
   * Rate limit: 100 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/webhooks/create-replay-job-for-webhook
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.from_date - (required) Body field `from_date` of `CreateWebhookReplayJobRequest`.
   * @param params.to_date - (required) Body field `to_date` of `CreateWebhookReplayJobRequest`.
   * @param params.webhook_id - (required) Body field `webhook_id` of `CreateWebhookReplayJobRequest`.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`CreateWebhookReplayJobResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.createWebhookReplayJob({ from_date: 'example', to_date: 'example', webhook_id: '20' })
   * ```
   */
  createWebhookReplayJob(params: CreateWebhookReplayJobParams, options?: CallOptions): Promise<CreateWebhookReplayJobResponse> {
    return webhooks.createWebhookReplayJob(this.core, params, options)
  }

  /**
   * Stop delivering filtered-stream tweets to a webhook.
   *
   * `DELETE https://api.x.com/2/tweets/search/webhooks/{webhook_id}` (X operation `deleteWebhooksStreamLink`) · Auth: app-only bearer token.
   *
   * Reference: https://docs.x.com/x-api/webhooks/delete-stream-link
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.webhook_id - (required) The id of the linked webhook.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`DeleteStreamWebhookLinkResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.deleteStreamWebhookLink({ webhook_id: '20' })
   * ```
   */
  deleteStreamWebhookLink(params: DeleteStreamWebhookLinkParams, options?: CallOptions): Promise<DeleteStreamWebhookLinkResponse> {
    return webhooks.deleteStreamWebhookLink(this.core, params, options)
  }

  /**
   * Delete one of the app's webhooks.
   *
   * `DELETE https://api.x.com/2/webhooks/{webhook_id}` (X operation `deleteWebhooks`) · Auth: OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 450 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/webhooks/delete-webhook
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.webhook_id - (required) The id of the webhook to delete.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`DeleteWebhookResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.deleteWebhook({ webhook_id: '20' })
   * ```
   */
  deleteWebhook(params: DeleteWebhookParams, options?: CallOptions): Promise<DeleteWebhookResponse> {
    return webhooks.deleteWebhook(this.core, params, options)
  }

  /**
   * List the webhooks the app's filtered stream delivers to.
   *
   * `GET https://api.x.com/2/tweets/search/webhooks` (X operation `getWebhooksStreamLinks`) · Auth: app-only bearer token.
   *
   * Reference: https://docs.x.com/x-api/webhooks/get-stream-links
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetStreamWebhookLinksResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getStreamWebhookLinks()
   * ```
   */
  getStreamWebhookLinks(params: GetStreamWebhookLinksParams = {}, options?: CallOptions): Promise<GetStreamWebhookLinksResponse> {
    return webhooks.getStreamWebhookLinks(this.core, params, options)
  }

  /**
   * List the app's webhooks, with whether each passed its last CRC check.
   *
   * `GET https://api.x.com/2/webhooks` (X operation `getWebhooks`) · Auth: app-only bearer token.
   *
   * Rate limit: 450 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/webhooks/get-webhook
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.webhook_config.fields - Webhook fields to return beyond the defaults, given as an array (`created_at`, `id`, `url`, `valid`).
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`GetWebhooksResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.getWebhooks()
   * ```
   */
  getWebhooks(params: GetWebhooksParams = {}, options?: CallOptions): Promise<GetWebhooksResponse> {
    return webhooks.getWebhooks(this.core, params, options)
  }

  /**
   * Ask X to run a new CRC check on a webhook, to re-enable it after it failed one.
   *
   * `PUT https://api.x.com/2/webhooks/{webhook_id}` (X operation `validateWebhooks`) · Auth: OAuth 1.0a user context or app-only bearer token.
   *
   * Rate limit: 450 per app every 15 minutes.
   *
   * Reference: https://docs.x.com/x-api/webhooks/validate-webhook
   *
   * @param params - Path, query and body parameters in one object, by X's wire names.
   * @param params.webhook_id - (required) The id of the webhook to check.
   * @param options - Abort signal, timeout and headers for this call.
   * @returns X's JSON envelope as it arrives (`ValidateWebhookResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
   * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
   * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
   * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
   * @example
   * ```ts
   * const { data } = await twitter.v2.validateWebhook({ webhook_id: '20' })
   * ```
   */
  validateWebhook(params: ValidateWebhookParams, options?: CallOptions): Promise<ValidateWebhookResponse> {
    return webhooks.validateWebhook(this.core, params, options)
  }
}

/** Routes by method name, read by `cursor()` to find how a method pages. */
const ROUTES_BY_METHOD = {
  createAccountActivitySubscription: accountActivity.createAccountActivitySubscriptionRoute,
  deleteAccountActivitySubscription: accountActivity.deleteAccountActivitySubscriptionRoute,
  getAccountActivitySubscriptionCount: accountActivity.getAccountActivitySubscriptionCountRoute,
  getAccountActivitySubscriptions: accountActivity.getAccountActivitySubscriptionsRoute,
  validateAccountActivitySubscription: accountActivity.validateAccountActivitySubscriptionRoute,
  createActivitySubscription: activity.createActivitySubscriptionRoute,
  deleteActivitySubscription: activity.deleteActivitySubscriptionRoute,
  deleteActivitySubscriptions: activity.deleteActivitySubscriptionsRoute,
  getActivitySubscriptions: activity.getActivitySubscriptionsRoute,
  streamActivity: activity.streamActivityRoute,
  updateActivitySubscription: activity.updateActivitySubscriptionRoute,
  createArticleDraft: articles.createArticleDraftRoute,
  publishArticle: articles.publishArticleRoute,
  addBookmark: bookmarks.addBookmarkRoute,
  createBookmarkFolder: bookmarks.createBookmarkFolderRoute,
  getBookmarkFolders: bookmarks.getBookmarkFoldersRoute,
  getBookmarks: bookmarks.getBookmarksRoute,
  getBookmarksInFolder: bookmarks.getBookmarksInFolderRoute,
  removeBookmark: bookmarks.removeBookmarkRoute,
  createScheduledBroadcast: broadcasts.createScheduledBroadcastRoute,
  deleteScheduledBroadcast: broadcasts.deleteScheduledBroadcastRoute,
  getScheduledBroadcast: broadcasts.getScheduledBroadcastRoute,
  getScheduledBroadcasts: broadcasts.getScheduledBroadcastsRoute,
  sendBroadcastChat: broadcasts.sendBroadcastChatRoute,
  startScheduledBroadcast: broadcasts.startScheduledBroadcastRoute,
  updateScheduledBroadcast: broadcasts.updateScheduledBroadcastRoute,
  addChatConversationKeys: chat.addChatConversationKeysRoute,
  addChatGroupMembers: chat.addChatGroupMembersRoute,
  addUserPublicKey: chat.addUserPublicKeyRoute,
  appendChatMediaUpload: chat.appendChatMediaUploadRoute,
  createChatGroup: chat.createChatGroupRoute,
  downloadChatMedia: chat.downloadChatMediaRoute,
  finalizeChatMediaUpload: chat.finalizeChatMediaUploadRoute,
  getChatConversation: chat.getChatConversationRoute,
  getChatConversationEvents: chat.getChatConversationEventsRoute,
  getChatConversations: chat.getChatConversationsRoute,
  getUserPublicKeys: chat.getUserPublicKeysRoute,
  getUsersPublicKeys: chat.getUsersPublicKeysRoute,
  initializeChatGroup: chat.initializeChatGroupRoute,
  initializeChatMediaUpload: chat.initializeChatMediaUploadRoute,
  markChatConversationRead: chat.markChatConversationReadRoute,
  sendChatMessage: chat.sendChatMessageRoute,
  sendChatTypingIndicator: chat.sendChatTypingIndicatorRoute,
  getCommunity: communities.getCommunityRoute,
  searchCommunities: communities.searchCommunitiesRoute,
  createCommunityNote: communityNotes.createCommunityNoteRoute,
  deleteCommunityNote: communityNotes.deleteCommunityNoteRoute,
  evaluateCommunityNote: communityNotes.evaluateCommunityNoteRoute,
  searchTweetsEligibleForNotes: communityNotes.searchTweetsEligibleForNotesRoute,
  searchWrittenCommunityNotes: communityNotes.searchWrittenCommunityNotesRoute,
  createComplianceJob: compliance.createComplianceJobRoute,
  getComplianceJob: compliance.getComplianceJobRoute,
  getComplianceJobs: compliance.getComplianceJobsRoute,
  deleteAllConnections: connections.deleteAllConnectionsRoute,
  deleteConnections: connections.deleteConnectionsRoute,
  deleteEndpointConnections: connections.deleteEndpointConnectionsRoute,
  getConnectionHistory: connections.getConnectionHistoryRoute,
  blockUserDms: directMessages.blockUserDmsRoute,
  createDmConversation: directMessages.createDmConversationRoute,
  deleteDmEvent: directMessages.deleteDmEventRoute,
  downloadDmMedia: directMessages.downloadDmMediaRoute,
  getDmConversationEvents: directMessages.getDmConversationEventsRoute,
  getDmEvent: directMessages.getDmEventRoute,
  getDmEvents: directMessages.getDmEventsRoute,
  getDmEventsWithParticipant: directMessages.getDmEventsWithParticipantRoute,
  sendDmToConversation: directMessages.sendDmToConversationRoute,
  sendDmToParticipant: directMessages.sendDmToParticipantRoute,
  unblockUserDms: directMessages.unblockUserDmsRoute,
  getOpenApiSpec: general.getOpenApiSpecRoute,
  getLikedTweets: likes.getLikedTweetsRoute,
  getLikingUsers: likes.getLikingUsersRoute,
  likeTweet: likes.likeTweetRoute,
  unlikeTweet: likes.unlikeTweetRoute,
  addListMember: lists.addListMemberRoute,
  createList: lists.createListRoute,
  deleteList: lists.deleteListRoute,
  followList: lists.followListRoute,
  getFollowedLists: lists.getFollowedListsRoute,
  getList: lists.getListRoute,
  getListFollowers: lists.getListFollowersRoute,
  getListMembers: lists.getListMembersRoute,
  getListMemberships: lists.getListMembershipsRoute,
  getListTweets: lists.getListTweetsRoute,
  getOwnedLists: lists.getOwnedListsRoute,
  getPinnedLists: lists.getPinnedListsRoute,
  pinList: lists.pinListRoute,
  removeListMember: lists.removeListMemberRoute,
  unfollowList: lists.unfollowListRoute,
  unpinList: lists.unpinListRoute,
  updateList: lists.updateListRoute,
  appendMediaUpload: media.appendMediaUploadRoute,
  createMediaMetadata: media.createMediaMetadataRoute,
  createMediaSubtitles: media.createMediaSubtitlesRoute,
  deleteMediaSubtitles: media.deleteMediaSubtitlesRoute,
  finalizeMediaUpload: media.finalizeMediaUploadRoute,
  getMedia: media.getMediaRoute,
  getMediaAnalytics: media.getMediaAnalyticsRoute,
  getMediaByKeys: media.getMediaByKeysRoute,
  getMediaUploadStatus: media.getMediaUploadStatusRoute,
  initializeMediaUpload: media.initializeMediaUploadRoute,
  uploadMediaSimple: media.uploadMediaSimpleRoute,
  getNews: news.getNewsRoute,
  searchNews: news.searchNewsRoute,
  countAllTweets: search.countAllTweetsRoute,
  countRecentTweets: search.countRecentTweetsRoute,
  searchAllTweets: search.searchAllTweetsRoute,
  searchRecentTweets: search.searchRecentTweetsRoute,
  getSpace: spaces.getSpaceRoute,
  getSpaceBuyers: spaces.getSpaceBuyersRoute,
  getSpaces: spaces.getSpacesRoute,
  getSpacesByCreators: spaces.getSpacesByCreatorsRoute,
  getSpaceTweets: spaces.getSpaceTweetsRoute,
  searchSpaces: spaces.searchSpacesRoute,
  getRuleCounts: streams.getRuleCountsRoute,
  getRules: streams.getRulesRoute,
  streamFilteredTweets: streams.streamFilteredTweetsRoute,
  streamLabelsCompliance: streams.streamLabelsComplianceRoute,
  streamLikesCompliance: streams.streamLikesComplianceRoute,
  streamLikesFirehose: streams.streamLikesFirehoseRoute,
  streamLikesSample10: streams.streamLikesSample10Route,
  streamSample10Tweets: streams.streamSample10TweetsRoute,
  streamSampleTweets: streams.streamSampleTweetsRoute,
  streamTweetsCompliance: streams.streamTweetsComplianceRoute,
  streamTweetsFirehose: streams.streamTweetsFirehoseRoute,
  streamTweetsFirehoseEn: streams.streamTweetsFirehoseEnRoute,
  streamTweetsFirehoseJa: streams.streamTweetsFirehoseJaRoute,
  streamTweetsFirehoseKo: streams.streamTweetsFirehoseKoRoute,
  streamTweetsFirehosePt: streams.streamTweetsFirehosePtRoute,
  streamUsersCompliance: streams.streamUsersComplianceRoute,
  updateRules: streams.updateRulesRoute,
  getPersonalizedTrends: trends.getPersonalizedTrendsRoute,
  getTrends: trends.getTrendsRoute,
  createTweet: tweets.createTweetRoute,
  deleteTweet: tweets.deleteTweetRoute,
  getHomeTimeline: tweets.getHomeTimelineRoute,
  getQuoteTweets: tweets.getQuoteTweetsRoute,
  getRetweetedBy: tweets.getRetweetedByRoute,
  getRetweets: tweets.getRetweetsRoute,
  getRetweetsOfMe: tweets.getRetweetsOfMeRoute,
  getTweet: tweets.getTweetRoute,
  getTweets: tweets.getTweetsRoute,
  getTweetsAnalytics: tweets.getTweetsAnalyticsRoute,
  getUserMentions: tweets.getUserMentionsRoute,
  getUserTweets: tweets.getUserTweetsRoute,
  hideReply: tweets.hideReplyRoute,
  retweet: tweets.retweetRoute,
  unretweet: tweets.unretweetRoute,
  getUsage: usage.getUsageRoute,
  followUser: users.followUserRoute,
  getBlockedUsers: users.getBlockedUsersRoute,
  getMe: users.getMeRoute,
  getMutedUsers: users.getMutedUsersRoute,
  getUser: users.getUserRoute,
  getUserAffiliates: users.getUserAffiliatesRoute,
  getUserByUsername: users.getUserByUsernameRoute,
  getUserFollowers: users.getUserFollowersRoute,
  getUserFollowing: users.getUserFollowingRoute,
  getUsers: users.getUsersRoute,
  getUsersByUsernames: users.getUsersByUsernamesRoute,
  muteUser: users.muteUserRoute,
  searchUsers: users.searchUsersRoute,
  unfollowUser: users.unfollowUserRoute,
  unmuteUser: users.unmuteUserRoute,
  createStreamWebhookLink: webhooks.createStreamWebhookLinkRoute,
  createWebhook: webhooks.createWebhookRoute,
  createWebhookReplayJob: webhooks.createWebhookReplayJobRoute,
  deleteStreamWebhookLink: webhooks.deleteStreamWebhookLinkRoute,
  deleteWebhook: webhooks.deleteWebhookRoute,
  getStreamWebhookLinks: webhooks.getStreamWebhookLinksRoute,
  getWebhooks: webhooks.getWebhooksRoute,
  validateWebhook: webhooks.validateWebhookRoute,
}
registerRoutes(TwythonV2.prototype, ROUTES_BY_METHOD)
