// generated from spec/v2/models/tweets.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { GetBookmarksResponse, GetBookmarksResponseMeta } from './bookmarks.js'
import type { Topic } from './common.js'
import type { SearchTweetsEligibleForNotesResponse, SearchTweetsEligibleForNotesResponseMeta } from './community_notes.js'
import type { DmEventEntitiesCashtagsItem } from './direct_messages.js'
import type { Problem } from './errors.js'
import type { GetLikingUsersResponse } from './likes.js'
import type { Media } from './media.js'
import type { Place } from './places.js'
import type { SearchAllTweetsResponse, SearchAllTweetsResponseMeta } from './search.js'
import type { User } from './users.js'

/** Engagement metrics of one tweet over the requested time range, as getTweetsAnalytics returns them. */
export interface Analytics {
  app_install_attempts?: number
  app_opens?: number
  bookmarks?: number
  /** How many times people opened the tweet's detail view. */
  detail_expands?: number
  email_tweet?: number
  engagements?: number
  follows?: number
  hashtag_clicks?: number
  /** The id of the tweet the metrics belong to. */
  id?: string
  impressions?: number
  likes?: number
  media_views?: number
  /** How many times people clicked the tweet's permalink. */
  permalink_clicks?: number
  quote_tweets?: number
  replies?: number
  retweets?: number
  shares?: number
  /** The start of the time range (or bucket) the metrics cover. */
  timestamp?: string
  /** The metrics split into buckets of the requested granularity. */
  timestamped_metrics?: AnalyticsTimestampedMetrics
  unfollows?: number
  unlikes?: number
  url_clicks?: number
  /** How many times people went to the author's profile from the tweet. */
  user_profile_clicks?: number
}

/** The metrics of a tweet split into time buckets, one entry per bucket of the requested granularity. */
export type AnalyticsTimestampedMetrics = AnalyticsTimestampedMetricsValueItem[]

/** The metrics of one time bucket, with the moment the bucket starts. */
export interface AnalyticsTimestampedMetricsValueItem {
  metrics?: AnalyticsTimestampedMetricsValueItemMetrics | null
  timestamp?: string | null
}

/** The engagement counts within one time bucket; the names mean the same as in Analytics. */
export interface AnalyticsTimestampedMetricsValueItemMetrics {
  app_install_attempts?: number | null
  app_opens?: number | null
  bookmarks?: number | null
  detail_expands?: number | null
  email_tweet?: number | null
  engagements?: number | null
  follows?: number | null
  hashtag_clicks?: number | null
  impressions?: number | null
  likes?: number | null
  media_views?: number | null
  permalink_clicks?: number | null
  quote_tweets?: number | null
  replies?: number | null
  retweets?: number | null
  shares?: number | null
  unfollows?: number | null
  unlikes?: number | null
  url_clicks?: number | null
  user_profile_clicks?: number | null
}

/** The `edit_options` field of `CreateTweetRequest` (part of `createTweet`). */
export interface CreateTweetEditOptions {
  previous_post_id: string
}

/** The `geo` field of `CreateTweetRequest` (part of `createTweet`). */
export interface CreateTweetGeo {
  place_id: string
}

/** The `media` field of `CreateTweetRequest` (part of `createTweet`). */
export interface CreateTweetMedia {
  call_to_actions?: CreateTweetMediaCallToActions
  description?: string
  embeddable?: boolean
  media_ids: string[]
  preview_media_id?: string
  tagged_user_ids?: string[]
  title?: string
}

/** The `call_to_actions` field of `CreateTweetMedia` (part of `createTweet`). */
export interface CreateTweetMediaCallToActions {
  app_install?: CreateTweetMediaCallToActionsAppInstall
  visit_site?: CreateTweetMediaCallToActionsVisitSite
  watch_now?: CreateTweetMediaCallToActionsWatchNow
}

/** The `app_install` field of `CreateTweetMediaCallToActions` (part of `createTweet`). */
export interface CreateTweetMediaCallToActionsAppInstall {
  app_store_id?: string
  ipad_app_store_id?: string
  play_store_id?: string
}

/** The `visit_site` field of `CreateTweetMediaCallToActions` (part of `createTweet`). */
export interface CreateTweetMediaCallToActionsVisitSite {
  url: string
}

/** The `watch_now` field of `CreateTweetMediaCallToActions` (part of `createTweet`). */
export interface CreateTweetMediaCallToActionsWatchNow {
  url: string
}

/** The `poll` field of `CreateTweetRequest` (part of `createTweet`). */
export interface CreateTweetPoll {
  duration_minutes: number
  options: string[]
  reply_settings?: 'following' | 'mentionedUsers' | 'subscribers' | 'verified'
}

/** The `reply` field of `CreateTweetRequest` (part of `createTweet`). */
export interface CreateTweetReply {
  auto_populate_reply_metadata?: boolean
  exclude_reply_user_ids?: string[]
  in_reply_to_tweet_id: string
}

/** The JSON body of `createTweet`; its fields sit beside the other parameters in the one params object. */
export interface CreateTweetRequest {
  /** The URI of a card to attach; cannot be combined with media, a poll or a quote. */
  card_uri?: string
  /** The id of a Community to post the tweet in. */
  community_id?: string
  /** A link that opens a Direct Message conversation with the author, shown with the tweet. */
  direct_message_deep_link?: string
  /** To edit an earlier tweet, the id of the tweet being edited. */
  edit_options?: CreateTweetEditOptions
  /** When true, only the author's subscribers can see the tweet. */
  for_super_followers_only?: boolean
  /** The place to tag the tweet with. */
  geo?: CreateTweetGeo
  /** When true, the tweet is marked as containing AI-generated media. */
  made_with_ai?: boolean
  /** The ids of already-uploaded media to attach (up to 4 images, or one video or GIF), and the users to tag. */
  media?: CreateTweetMedia
  /** When true, the tweet is a promoted-only tweet that does not show on the author's timeline. */
  nullcast?: boolean
  /** When true, the tweet is marked as a paid partnership. */
  paid_partnership?: boolean
  /** A poll to attach, with its options and how long it runs; cannot be combined with media. */
  poll?: CreateTweetPoll
  /** The id of a tweet to quote. */
  quote_tweet_id?: string
  /** To post a reply, the id of the tweet replied to, and which users to leave out of the mentions. */
  reply?: CreateTweetReply
  /** Who may reply, `following`, `mentionedUsers`, `subscribers` or `verified`; everyone when left out. */
  reply_settings?: 'following' | 'mentionedUsers' | 'subscribers' | 'verified'
  /** When posting in a Community, also show the tweet to the author's followers. */
  share_with_followers?: boolean
  /** The text of the tweet; required unless media or a poll is given. */
  text?: string
}

/** What `createTweet` resolves to: X's response envelope. */
export interface CreateTweetResponse {
  data?: CreateTweetResponseData
  errors?: Problem[]
}

/** The `data` field of `CreateTweetResponse` (part of `createTweet`). */
export interface CreateTweetResponseData {
  edit_history_post_ids?: string[]
  id: string
  text: string
}

/** What `deleteTweet` resolves to: X's response envelope. */
export interface DeleteTweetResponse {
  data?: DeleteTweetResponseData
  errors?: Problem[]
}

/** The `data` field of `DeleteTweetResponse` (part of `deleteTweet`). */
export interface DeleteTweetResponseData {
  deleted: boolean
}

/** The `includes` part of a response: the full objects that the returned items refer to by id, added when the matching expansions are asked for (each object appears once, however often it is referred to). */
export interface Expansions {
  /** Media referred to by `attachments.media_keys`. */
  media?: Media[]
  /** Places referred to by `geo.place_id`. */
  places?: Place[]
  /** Polls referred to by `attachments.poll_ids`. */
  polls?: Poll[]
  /** Tweets referred to, such as quoted or replied-to tweets and pinned tweets. */
  posts?: Tweet[]
  /** Topics referred to, such as those of a Space. */
  topics?: Topic[]
  /** Users referred to, such as authors, mentioned users and owners. */
  users?: User[]
}

/** What `getHomeTimeline` resolves to: X's response envelope. */
export interface GetHomeTimelineResponse<F extends string = never> extends SearchAllTweetsResponse<F> {
}

/** The `meta` field of `GetHomeTimelineResponse` (part of `getHomeTimeline`). */
export interface GetHomeTimelineResponseMeta extends SearchAllTweetsResponseMeta {
}

/** What `getQuoteTweets` resolves to: X's response envelope. */
export interface GetQuoteTweetsResponse<F extends string = never> extends SearchTweetsEligibleForNotesResponse<F> {
}

/** The `meta` field of `GetQuoteTweetsResponse` (part of `getQuoteTweets`). */
export interface GetQuoteTweetsResponseMeta extends SearchTweetsEligibleForNotesResponseMeta {
}

/** What `getRetweetedBy` resolves to: X's response envelope. */
export interface GetRetweetedByResponse<F extends string = never> extends GetLikingUsersResponse<F> {
}

/** The `meta` field of `GetRetweetedByResponse` (part of `getRetweetedBy`). */
export interface GetRetweetedByResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getRetweetsOfMe` resolves to: X's response envelope. */
export interface GetRetweetsOfMeResponse<F extends string = never> extends GetBookmarksResponse<F> {
}

/** The `meta` field of `GetRetweetsOfMeResponse` (part of `getRetweetsOfMe`). */
export interface GetRetweetsOfMeResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getRetweets` resolves to: X's response envelope. */
export interface GetRetweetsResponse<F extends string = never> extends GetBookmarksResponse<F> {
}

/** The `meta` field of `GetRetweetsResponse` (part of `getRetweets`). */
export interface GetRetweetsResponseMeta extends GetBookmarksResponseMeta {
}

/** What `getTweet` resolves to: X's response envelope. */
export interface GetTweetResponse<F extends string = never> {
  data?: Selected<Tweet, F | 'id' | 'text' | 'edit_history_post_ids'>
  errors?: Problem[]
  includes?: Expansions
}

/** What `getTweetsAnalytics` resolves to: X's response envelope. */
export interface GetTweetsAnalyticsResponse {
  data?: Analytics[]
  errors?: Problem[]
}

/** What `getTweets` resolves to: X's response envelope. */
export interface GetTweetsResponse<F extends string = never> {
  data?: Selected<Tweet, F | 'id' | 'text' | 'edit_history_post_ids'>[]
  errors?: Problem[]
  includes?: Expansions
  meta?: GetTweetsResponseMeta
}

/** The `meta` field of `GetTweetsResponse` (part of `getTweets`). */
export interface GetTweetsResponseMeta {
  result_count?: number
}

/** What `getUserMentions` resolves to: X's response envelope. */
export interface GetUserMentionsResponse<F extends string = never> extends SearchAllTweetsResponse<F> {
}

/** The `meta` field of `GetUserMentionsResponse` (part of `getUserMentions`). */
export interface GetUserMentionsResponseMeta extends SearchAllTweetsResponseMeta {
}

/** What `getUserTweets` resolves to: X's response envelope. */
export interface GetUserTweetsResponse<F extends string = never> extends SearchAllTweetsResponse<F> {
}

/** The `meta` field of `GetUserTweetsResponse` (part of `getUserTweets`). */
export interface GetUserTweetsResponseMeta extends SearchAllTweetsResponseMeta {
}

/** The JSON body of `hideReply`; its fields sit beside the other parameters in the one params object. */
export interface HideReplyRequest {
  hidden: boolean
}

/** What `hideReply` resolves to: X's response envelope. */
export interface HideReplyResponse {
  data?: HideReplyResponseData
  errors?: Problem[]
}

/** The `data` field of `HideReplyResponse` (part of `hideReply`). */
export interface HideReplyResponseData {
  hidden?: boolean
}

/** A poll attached to a tweet; returned in `includes.polls` with the `attachments.poll_ids` expansion. */
export interface Poll {
  /** How long the poll runs, in minutes. */
  duration_minutes?: number
  /** When voting closes. */
  end_datetime?: string
  /** The poll's id. */
  id?: string
  /** The choices, in order, with their vote counts. */
  options?: PollOptions
  /** Whether voting is still `open` or already `closed`. */
  voting_status?: string
}

/** The choices of a poll, in order. */
export type PollOptions = PollOptionsValueItem[]

/** One choice of a poll, with its label, its position (from 1) and its number of votes. */
export interface PollOptionsValueItem {
  label: string
  position: number
  votes: number
}

/** The JSON body of `retweet`; its fields sit beside the other parameters in the one params object. */
export interface RetweetRequest {
  tweet_id: string
}

/** What `retweet` resolves to: X's response envelope. */
export interface RetweetResponse {
  data?: RetweetResponseData
  errors?: Problem[]
}

/** The `data` field of `RetweetResponse` (part of `retweet`). */
export interface RetweetResponseData {
  rest_id: string
  retweeted: boolean
}

/** A tweet (X calls it a post). Only `id`, `text` and the edit history ids come by default; every other property is returned only when asked for with the `post.fields` (or `tweet.fields`) parameter. */
export interface Tweet {
  /** The long-form article attached to the tweet, for tweets that publish an X article. */
  article?: { [key: string]: unknown }
  /** The title of the attached article. */
  article_title?: { [key: string]: unknown }
  /** The media keys and poll ids attached to the tweet; expand them to get the objects. */
  attachments?: TweetAttachments
  /** The id of the user who posted the tweet. */
  author_id?: string
  /** The URI of the card (rich preview) attached to the tweet, if any. */
  card_uri?: string
  /** The id of the Community the tweet was posted in, if any. */
  community_id?: string
  /** Topics X has inferred for the tweet (domains and entities such as a brand or a person). */
  context_annotations?: TweetContextAnnotations
  /** The id of the tweet that started the conversation this tweet belongs to. */
  conversation_id?: string
  /** When the tweet was posted. */
  created_at?: string
  /** Where the displayable text starts and ends in `text`, as two character offsets. */
  display_text_range?: TweetDisplayTextRange
  /** Whether the tweet can still be edited, how many edits remain and until when. */
  edit_controls?: TweetEditControls
  /** The ids of every version of the tweet, oldest first; the last one is the current version. */
  edit_history_post_ids?: string[]
  /** Hashtags, cashtags, mentions, URLs and annotations found in the text, with their positions. */
  entities?: TweetEntities
  /** The place the tweet was tagged with, and its coordinates when shared. */
  geo?: TweetGeo
  /** The tweet's id. */
  id?: string
  /** For a reply, the id of the user whose tweet it replies to. */
  in_reply_to_user_id?: string
  /** The language X detected for the text, as a BCP 47 code (`und` when unknown). */
  lang?: string
  /** Community Notes written about media that this tweet's media matches. */
  matched_media_notes?: TweetMatchedMediaNotes
  /** Metadata of the attached media, such as alt text. */
  media_metadata?: TweetMediaMetadata
  /** Private metrics (impressions, clicks) that only the author's token can read. */
  non_public_metrics?: { [key: string]: unknown }
  /** For a long tweet, the full text and entities beyond the first 280 characters in `text`. */
  note_post?: TweetNoteTweet
  /** Suggestions from users who asked for a Community Note on this tweet. */
  note_request_suggestions?: TweetNoteRequestSuggestions
  /** Metrics of the tweet's unpromoted reach; only the author's token can read them. */
  organic_metrics?: { [key: string]: unknown }
  /** Whether the author marked the tweet as a paid partnership. */
  paid_partnership?: boolean
  /** Whether the tweet's links or media may contain sensitive content. */
  possibly_sensitive?: boolean
  /** Metrics of the tweet's reach as an ad; only the author's token can read them. */
  promoted_metrics?: { [key: string]: unknown }
  /** Public counts of retweets, replies, likes, quotes, bookmarks and impressions. */
  public_metrics?: TweetPublicMetrics
  /** The tweets this one quotes, replies to or retweets, each with the kind of reference. */
  referenced_posts?: TweetReferencedTweets
  /** Who may reply, such as `everyone`, `mentionedUsers`, `following`, `subscribers` or `verified`. */
  reply_settings?: string
  /** Who the tweet is shown to, such as only the author's followers. */
  scopes?: TweetScopes
  /** The name of the app the tweet was posted with, when X returns it. */
  source?: string
  /** Source links suggested for the tweet in Community Notes. */
  suggested_source_links?: TweetSuggestedSourceLinks
  /** Suggested source links with how often each was suggested. */
  suggested_source_links_with_counts?: TweetSuggestedSourceLinksWithCounts
  /** The text of the tweet (for a long tweet, only its first part; see `note_post`). */
  text?: string
  /** The author's username, when X includes it. */
  username?: string
  /** In which countries the tweet is withheld, and why. */
  withheld?: TweetWithheld
}

/** The media keys, poll ids and media source tweets attached to a tweet. */
export interface TweetAttachments {
  media_keys?: string[] | null
  media_source_tweet_id?: string[] | null
  poll_ids?: string[] | null
}

/** The topics X has inferred for a tweet, each as a domain and an entity. */
export type TweetContextAnnotations = TweetContextAnnotationsValueItem[]

/** One inferred topic of a tweet, as a domain (such as Brand) and an entity within it. */
export interface TweetContextAnnotationsValueItem {
  domain: TweetContextAnnotationsValueItemDomain
  entity: TweetContextAnnotationsValueItemEntity
}

/** The domain (broad category) of a context annotation. */
export interface TweetContextAnnotationsValueItemDomain {
  description?: string | null
  id?: string | null
  name?: string | null
}

/** The entity (specific topic) of a context annotation. */
export interface TweetContextAnnotationsValueItemEntity extends TweetContextAnnotationsValueItemDomain {
}

/** Where the displayable part of a tweet's text starts and ends, as two character offsets. */
export type TweetDisplayTextRange = number[]

/** Whether a tweet can still be edited, how many edits remain and until when. */
export interface TweetEditControls {
  editable_until?: string | null
  edits_remaining?: number | null
  is_edit_eligible?: boolean | null
}

/** The hashtags, cashtags, mentions and URLs found in a tweet's text, with their positions. */
export interface TweetEntities {
  cashtags?: TweetEntitiesCashtagsItem[] | null
  hashtags?: TweetEntitiesHashtagsItem[] | null
  mentions?: TweetEntitiesMentionsItem[] | null
  urls?: TweetEntitiesUrlsItem[] | null
}

/** A cashtag found in a tweet, with its position. */
export interface TweetEntitiesCashtagsItem extends DmEventEntitiesCashtagsItem {
}

/** A hashtag found in a tweet, with its position. */
export interface TweetEntitiesHashtagsItem extends DmEventEntitiesCashtagsItem {
}

/** A mention of a user found in a tweet, with its position. */
export interface TweetEntitiesMentionsItem {
  end: number
  id?: string | null
  start: number
  username?: string | null
}

/** A URL found in a tweet, with its shortened, displayed, expanded and unwound forms and preview details. */
export interface TweetEntitiesUrlsItem {
  description?: string | null
  display_url?: string | null
  end: number
  expanded_url?: string | null
  images?: TweetEntitiesUrlsItemImagesItem[] | null
  media_key?: string | null
  start: number
  status?: number | null
  title?: string | null
  unwound_url?: string | null
  url?: string | null
}

/** A preview image of a URL found in a tweet. */
export interface TweetEntitiesUrlsItemImagesItem {
  height?: number | null
  url?: string | null
  width?: number | null
}

/** The place a tweet is tagged with, and its exact coordinates when the author shared them. */
export interface TweetGeo {
  coordinates?: TweetGeoCoordinates | null
  place_id?: string | null
}

/** The exact point a tweet was posted from, as a GeoJSON point (longitude, latitude). */
export interface TweetGeoCoordinates {
  coordinates: number[]
  type: 'Point'
}

/** The id of a tweet, a string of up to 19 digits (kept as a string because it does not fit a JavaScript number). */
export type TweetId = string

/** The Community Notes on media that a tweet's media matches. */
export type TweetMatchedMediaNotes = TweetMatchedMediaNotesValueItem[]

/** One Community Note matched to a tweet's media, and how it matched. */
export interface TweetMatchedMediaNotesValueItem {
  match_status?: string | null
  note_id?: string | null
}

/** The metadata of the media attached to a tweet. */
export type TweetMediaMetadata = TweetMediaMetadataValueItem[]

/** The alt text, title and description of one attached media. */
export interface TweetMediaMetadataValueItem {
  alt_text?: string | null
  description?: string | null
  media_key?: string | null
  title?: string | null
}

/** Suggestions sent with requests for a Community Note on a tweet. */
export type TweetNoteRequestSuggestions = TweetNoteRequestSuggestionsValueItem[]

/** One suggestion for a note, with its source link. */
export interface TweetNoteRequestSuggestionsValueItem {
  source_link?: string | null
  suggestion?: string | null
  suggestion_id?: string | null
}

/** The full text and entities of a long tweet, beyond what fits in `text`. */
export interface TweetNoteTweet {
  entities?: TweetNoteTweetEntities | null
  text: string
}

/** The hashtags, cashtags, mentions and URLs found in a long tweet's full text. */
export interface TweetNoteTweetEntities {
  cashtags?: TweetNoteTweetEntitiesCashtagsItem[] | null
  hashtags?: TweetNoteTweetEntitiesHashtagsItem[] | null
  mentions?: TweetNoteTweetEntitiesMentionsItem[] | null
  urls?: TweetNoteTweetEntitiesUrlsItem[] | null
}

/** A cashtag found in a long tweet's full text, with its position. */
export interface TweetNoteTweetEntitiesCashtagsItem extends DmEventEntitiesCashtagsItem {
}

/** A hashtag found in a long tweet's full text, with its position. */
export interface TweetNoteTweetEntitiesHashtagsItem extends DmEventEntitiesCashtagsItem {
}

/** A mention of a user found in a long tweet's full text, with its position. */
export interface TweetNoteTweetEntitiesMentionsItem extends TweetEntitiesMentionsItem {
}

/** A URL found in a long tweet's full text, with its shortened, displayed and expanded forms. */
export interface TweetNoteTweetEntitiesUrlsItem {
  display_url?: string | null
  end: number
  expanded_url?: string | null
  start: number
  url?: string | null
}

/** The public counts of a tweet's retweets, replies, likes, quotes, bookmarks and impressions. */
export interface TweetPublicMetrics {
  bookmark_count: number
  impression_count: number
  like_count: number
  quote_count: number
  reply_count: number
  repost_count: number
}

/** The tweets a tweet quotes, replies to or retweets. */
export type TweetReferencedTweets = TweetReferencedTweetsValueItem[]

/** One referenced tweet, by id, with the kind of reference. */
export interface TweetReferencedTweetsValueItem {
  id: string
  type: 'retweeted' | 'quoted' | 'replied_to'
}

/** Who a tweet is shown to; `followers` true means only the author's followers. */
export interface TweetScopes {
  followers: boolean
}

/** Source links suggested for a tweet in Community Notes. */
export type TweetSuggestedSourceLinks = string[]

/** Suggested source links of a tweet, with how often each was suggested. */
export type TweetSuggestedSourceLinksWithCounts = TweetSuggestedSourceLinksWithCountsValueItem[]

/** One suggested source link and how often it was suggested. */
export interface TweetSuggestedSourceLinksWithCountsValueItem {
  count?: number | null
  url?: string | null
}

/** Where a tweet is withheld, and whether for a copyright claim. */
export interface TweetWithheld {
  copyright: boolean
  country_codes: string[]
  scope?: 'post' | 'user' | null
}

/** What `unretweet` resolves to: X's response envelope. */
export interface UnretweetResponse {
  data?: UnretweetResponseData
  errors?: Problem[]
}

/** The `data` field of `UnretweetResponse` (part of `unretweet`). */
export interface UnretweetResponseData {
  retweeted: boolean
}
