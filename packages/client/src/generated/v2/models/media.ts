// generated from spec/v2/models/media.yaml by @twython/generator: do not edit

import type { Selected } from '@twython/runtime'
import type { Problem } from './errors.js'

/** The JSON body of `appendMediaUpload`; its fields sit beside the other parameters in the one params object. */
export interface AppendMediaUploadRequest {
  media: AppendMediaUploadRequestMedia
  segment_index: number
}

/** The `media` field of `AppendMediaUploadRequest` (part of `appendMediaUpload`). */
export type AppendMediaUploadRequestMedia = AppendMediaUploadRequestMediaOption1 | AppendMediaUploadRequestMediaOption2

/** Part of the request or response of `appendMediaUpload`. */
export type AppendMediaUploadRequestMediaOption1 = string

/** Part of the request or response of `appendMediaUpload`. */
export type AppendMediaUploadRequestMediaOption2 = string

/** What `appendMediaUpload` resolves to: X's response envelope. */
export interface AppendMediaUploadResponse {
  data?: AppendMediaUploadResponseData
  errors?: Problem[]
}

/** The `data` field of `AppendMediaUploadResponse` (part of `appendMediaUpload`). */
export interface AppendMediaUploadResponseData {
  expires_at?: number
}

/** The `metadata` field of `CreateMediaMetadataRequest` (part of `createMediaMetadata`). */
export interface CreateMediaMetadataMetadata {
  allow_download_status?: CreateMediaMetadataMetadataAllowDownloadStatus
  alt_text?: CreateMediaMetadataMetadataAltText
  audience_policy?: { [key: string]: unknown }
  content_expiration?: CreateMediaMetadataMetadataContentExpiration
  domain_restrictions?: CreateMediaMetadataMetadataDomainRestrictions
  found_media_origin?: CreateMediaMetadataMetadataFoundMediaOrigin
  geo_restrictions?: { [key: string]: unknown }
  management_info?: CreateMediaMetadataMetadataManagementInfo
  preview_image?: CreateMediaMetadataMetadataPreviewImage
  sensitive_media_warning?: { [key: string]: unknown }
  shared_info?: CreateMediaMetadataMetadataSharedInfo
  sticker_info?: CreateMediaMetadataMetadataStickerInfo
  upload_source?: CreateMediaMetadataMetadataUploadSource
}

/** The `allow_download_status` field of `CreateMediaMetadataMetadata` (part of `createMediaMetadata`). */
export interface CreateMediaMetadataMetadataAllowDownloadStatus {
  allow_download?: boolean
}

/** The `alt_text` field of `CreateMediaMetadataMetadata` (part of `createMediaMetadata`). */
export interface CreateMediaMetadataMetadataAltText {
  text: string
}

/** The `content_expiration` field of `CreateMediaMetadataMetadata` (part of `createMediaMetadata`). */
export interface CreateMediaMetadataMetadataContentExpiration {
  timestamp_sec: number
}

/** The `domain_restrictions` field of `CreateMediaMetadataMetadata` (part of `createMediaMetadata`). */
export interface CreateMediaMetadataMetadataDomainRestrictions {
  whitelist: string[]
}

/** The `found_media_origin` field of `CreateMediaMetadataMetadata` (part of `createMediaMetadata`). */
export interface CreateMediaMetadataMetadataFoundMediaOrigin {
  id: string
  provider: string
}

/** The `management_info` field of `CreateMediaMetadataMetadata` (part of `createMediaMetadata`). */
export interface CreateMediaMetadataMetadataManagementInfo {
  managed: boolean
}

/** The `preview_image` field of `CreateMediaMetadataMetadata` (part of `createMediaMetadata`). */
export interface CreateMediaMetadataMetadataPreviewImage {
  media_key: { [key: string]: unknown }
}

/** The `shared_info` field of `CreateMediaMetadataMetadata` (part of `createMediaMetadata`). */
export interface CreateMediaMetadataMetadataSharedInfo {
  shared: boolean
}

/** The `sticker_info` field of `CreateMediaMetadataMetadata` (part of `createMediaMetadata`). */
export interface CreateMediaMetadataMetadataStickerInfo {
  stickers: CreateMediaMetadataMetadataStickerInfoStickers[]
}

/** The `stickers` field of `CreateMediaMetadataMetadataStickerInfo` (part of `createMediaMetadata`). */
export type CreateMediaMetadataMetadataStickerInfoStickers = { [key: string]: unknown }

/** The `upload_source` field of `CreateMediaMetadataMetadata` (part of `createMediaMetadata`). */
export interface CreateMediaMetadataMetadataUploadSource {
  upload_source: string
}

/** The JSON body of `createMediaMetadata`; its fields sit beside the other parameters in the one params object. */
export interface CreateMediaMetadataRequest {
  id: string
  metadata?: CreateMediaMetadataMetadata
}

/** What `createMediaMetadata` resolves to: X's response envelope. */
export interface CreateMediaMetadataResponse {
  data?: CreateMediaMetadataResponseData
  errors?: Problem[]
}

/** The `data` field of `CreateMediaMetadataResponse` (part of `createMediaMetadata`). */
export interface CreateMediaMetadataResponseData {
  associated_metadata?: { [key: string]: unknown }
  id: string
}

/** The JSON body of `createMediaSubtitles`; its fields sit beside the other parameters in the one params object. */
export interface CreateMediaSubtitlesRequest {
  id?: string
  media_category?: 'AmplifyVideo' | 'TweetVideo'
  subtitles?: CreateMediaSubtitlesSubtitles
}

/** What `createMediaSubtitles` resolves to: X's response envelope. */
export interface CreateMediaSubtitlesResponse {
  data?: CreateMediaSubtitlesResponseData
  errors?: Problem[]
}

/** The `data` field of `CreateMediaSubtitlesResponse` (part of `createMediaSubtitles`). */
export interface CreateMediaSubtitlesResponseData {
  associated_subtitles?: { [key: string]: unknown }
  id?: string
  media_category?: string
}

/** The `subtitles` field of `CreateMediaSubtitlesRequest` (part of `createMediaSubtitles`). */
export interface CreateMediaSubtitlesSubtitles {
  display_name?: string
  id?: string
  language_code?: string
}

/** The JSON body of `deleteMediaSubtitles`; its fields sit beside the other parameters in the one params object. */
export interface DeleteMediaSubtitlesRequest {
  id: string
  language_code: string
  media_category: string
}

/** What `deleteMediaSubtitles` resolves to: X's response envelope. */
export interface DeleteMediaSubtitlesResponse {
  data?: DeleteMediaSubtitlesResponseData
  errors?: Problem[]
}

/** The `data` field of `DeleteMediaSubtitlesResponse` (part of `deleteMediaSubtitles`). */
export interface DeleteMediaSubtitlesResponseData {
  deleted: boolean
}

/** What `finalizeMediaUpload` resolves to: X's response envelope. */
export interface FinalizeMediaUploadResponse {
  data?: FinalizeMediaUploadResponseData
  errors?: Problem[]
}

/** The `data` field of `FinalizeMediaUploadResponse` (part of `finalizeMediaUpload`). */
export interface FinalizeMediaUploadResponseData {
  expires_after_secs?: number
  id: string
  image?: FinalizeMediaUploadResponseDataImage
  media_key?: string
  processing_info?: FinalizeMediaUploadResponseDataProcessingInfo
  size?: number
  video?: FinalizeMediaUploadResponseDataVideo
}

/** The `image` field of `FinalizeMediaUploadResponseData` (part of `finalizeMediaUpload`). */
export interface FinalizeMediaUploadResponseDataImage {
  h?: number
  image_type?: string
  w?: number
}

/** The `processing_info` field of `FinalizeMediaUploadResponseData` (part of `finalizeMediaUpload`). */
export interface FinalizeMediaUploadResponseDataProcessingInfo {
  check_after_secs?: number
  progress_percent?: number
  state?: string
}

/** The `video` field of `FinalizeMediaUploadResponseData` (part of `finalizeMediaUpload`). */
export interface FinalizeMediaUploadResponseDataVideo {
  video_type?: string
}

/** What `getMediaAnalytics` resolves to: X's response envelope. */
export interface GetMediaAnalyticsResponse {
  data?: MediaAnalytics[]
  errors?: Problem[]
}

/** What `getMediaByKeys` resolves to: X's response envelope. */
export interface GetMediaByKeysResponse<F extends string = never> {
  data?: Selected<Media, F | 'media_key' | 'type'>[]
  errors?: Problem[]
}

/** What `getMedia` resolves to: X's response envelope. */
export interface GetMediaResponse<F extends string = never> {
  data?: Selected<Media, F | 'media_key' | 'type'>
  errors?: Problem[]
}

/** What `getMediaUploadStatus` resolves to: X's response envelope. */
export interface GetMediaUploadStatusResponse {
  data?: GetMediaUploadStatusResponseData
  errors?: Problem[]
}

/** The `data` field of `GetMediaUploadStatusResponse` (part of `getMediaUploadStatus`). */
export interface GetMediaUploadStatusResponseData {
  expires_after_secs?: number
  id: string
  image?: GetMediaUploadStatusResponseDataImage
  media_key?: string
  processing_info?: GetMediaUploadStatusResponseDataProcessingInfo
  size?: number
  video?: GetMediaUploadStatusResponseDataVideo
}

/** The `image` field of `GetMediaUploadStatusResponseData` (part of `getMediaUploadStatus`). */
export interface GetMediaUploadStatusResponseDataImage extends FinalizeMediaUploadResponseDataImage {
}

/** The `processing_info` field of `GetMediaUploadStatusResponseData` (part of `getMediaUploadStatus`). */
export interface GetMediaUploadStatusResponseDataProcessingInfo extends FinalizeMediaUploadResponseDataProcessingInfo {
}

/** The `video` field of `GetMediaUploadStatusResponseData` (part of `getMediaUploadStatus`). */
export interface GetMediaUploadStatusResponseDataVideo {
  video_type?: string
}

/** The JSON body of `initializeMediaUpload`; its fields sit beside the other parameters in the one params object. */
export interface InitializeMediaUploadRequest {
  additional_owners?: string[]
  media_category?: 'amplify_video' | 'tweet_gif' | 'tweet_image' | 'tweet_video' | 'dm_gif' | 'dm_image' | 'dm_video' | 'subtitles'
  media_type?: 'video/mp4' | 'video/webm' | 'video/mp2t' | 'video/quicktime' | 'text/srt' | 'text/vtt' | 'image/jpeg' | 'image/gif' | 'image/bmp' | 'image/png' | 'image/webp' | 'image/pjpeg' | 'image/tiff' | 'model/gltf-binary' | 'model/vnd.usdz+zip'
  shared?: boolean
  total_bytes?: number
}

/** What `initializeMediaUpload` resolves to: X's response envelope. */
export interface InitializeMediaUploadResponse {
  data?: InitializeMediaUploadResponseData
  errors?: Problem[]
}

/** The `data` field of `InitializeMediaUploadResponse` (part of `initializeMediaUpload`). */
export interface InitializeMediaUploadResponseData {
  expires_after_secs?: number
  id: string
  media_key?: string
}

/** An image, video or animated GIF attached to a tweet or message; returned in `includes.media` with the `attachments.media_keys` expansion. Only `media_key` and `type` come by default; ask for more with `media.fields`. */
export interface Media {
  /** The description of the media for people who cannot see it, as set by the uploader. */
  alt_text?: string
  /** For a video, its length in milliseconds. */
  duration_ms?: number
  /** The height in pixels. */
  height?: number
  /** The media's key (two numbers joined by an underscore), used to match it to `attachments.media_keys`. */
  media_key?: string
  /** Private playback counts, readable only by the owner. */
  non_public_metrics?: MediaNonPublicMetrics
  /** Playback and view counts from unpromoted reach, readable only by the owner. */
  organic_metrics?: MediaOrganicMetrics
  /** For a video or GIF, the URL of a still preview image. */
  preview_image_url?: string
  /** Playback and view counts from reach as an ad, readable only by the owner. */
  promoted_metrics?: MediaPromotedMetrics
  /** Public counts, such as a video's view count. */
  public_metrics?: MediaPublicMetrics
  /** The kind of media, `photo`, `video` or `animated_gif`. */
  type?: string
  /** For a photo, the URL of the image file. */
  url?: string
  /** For a video or GIF, the renditions (formats and bit rates) with their URLs. */
  variants?: MediaVariants
  /** The width in pixels. */
  width?: number
}

/** Video metrics of one media object over the requested time range, as getMediaAnalytics returns them. */
export interface MediaAnalytics {
  cta_url_clicks?: number
  cta_watch_clicks?: number
  /** The media key of the media the metrics belong to. */
  media_key?: string
  play_from_tap?: number
  /** How many times playback reached 25 % of the video (likewise `playback50`, `playback75`). */
  playback25?: number
  playback50?: number
  playback75?: number
  playback_complete?: number
  playback_start?: number
  /** The start of the time range (or bucket) the metrics cover. */
  timestamp?: string
  /** The metrics split into buckets of the requested granularity. */
  timestamped_metrics?: MediaAnalyticsTimestampedMetrics
  video_views?: number
  /** The total time people spent watching, in milliseconds. */
  watch_time_ms?: number
}

/** The metrics of a media object split into time buckets, one entry per bucket of the requested granularity. */
export type MediaAnalyticsTimestampedMetrics = MediaAnalyticsTimestampedMetricsValueItem[]

/** The metrics of one time bucket, with the moment the bucket starts. */
export interface MediaAnalyticsTimestampedMetricsValueItem {
  metrics?: MediaAnalyticsTimestampedMetricsValueItemMetrics | null
  timestamp?: string | null
}

/** The video metrics within one time bucket; the names mean the same as in MediaAnalytics. */
export interface MediaAnalyticsTimestampedMetricsValueItemMetrics {
  cta_url_clicks?: MediaAnalyticsTimestampedMetricsValueItemMetricsCtaUrlClicks | null
  cta_watch_clicks?: MediaAnalyticsTimestampedMetricsValueItemMetricsCtaWatchClicks | null
  play_from_tap?: MediaAnalyticsTimestampedMetricsValueItemMetricsPlayFromTap | null
  playback25?: MediaAnalyticsTimestampedMetricsValueItemMetricsPlayback25 | null
  playback50?: MediaAnalyticsTimestampedMetricsValueItemMetricsPlayback50 | null
  playback75?: MediaAnalyticsTimestampedMetricsValueItemMetricsPlayback75 | null
  playback_complete?: MediaAnalyticsTimestampedMetricsValueItemMetricsPlaybackComplete | null
  playback_start?: MediaAnalyticsTimestampedMetricsValueItemMetricsPlaybackStart | null
  video_views?: MediaAnalyticsTimestampedMetricsValueItemMetricsVideoViews | null
  watch_time_ms?: MediaAnalyticsTimestampedMetricsValueItemMetricsWatchTimeMs | null
}

/** One count of a time bucket, which X may send as a number or as a numeric string. */
export type MediaAnalyticsTimestampedMetricsValueItemMetricsCtaUrlClicks = number | string | null

/** One count of a time bucket, which X may send as a number or as a numeric string. */
export type MediaAnalyticsTimestampedMetricsValueItemMetricsCtaWatchClicks = number | string | null

/** One count of a time bucket, which X may send as a number or as a numeric string. */
export type MediaAnalyticsTimestampedMetricsValueItemMetricsPlayback25 = number | string | null

/** One count of a time bucket, which X may send as a number or as a numeric string. */
export type MediaAnalyticsTimestampedMetricsValueItemMetricsPlayback50 = number | string | null

/** One count of a time bucket, which X may send as a number or as a numeric string. */
export type MediaAnalyticsTimestampedMetricsValueItemMetricsPlayback75 = number | string | null

/** One count of a time bucket, which X may send as a number or as a numeric string. */
export type MediaAnalyticsTimestampedMetricsValueItemMetricsPlaybackComplete = number | string | null

/** One count of a time bucket, which X may send as a number or as a numeric string. */
export type MediaAnalyticsTimestampedMetricsValueItemMetricsPlaybackStart = number | string | null

/** One count of a time bucket, which X may send as a number or as a numeric string. */
export type MediaAnalyticsTimestampedMetricsValueItemMetricsPlayFromTap = number | string | null

/** One count of a time bucket, which X may send as a number or as a numeric string. */
export type MediaAnalyticsTimestampedMetricsValueItemMetricsVideoViews = number | string | null

/** One count of a time bucket, which X may send as a number or as a numeric string. */
export type MediaAnalyticsTimestampedMetricsValueItemMetricsWatchTimeMs = number | string | null

/** Private playback counts of a video (how many viewers reached 0, 25, 50, 75 and 100 %), readable only by the owner. */
export interface MediaNonPublicMetrics {
  playback_0_count?: number | null
  playback_100_count?: number | null
  playback_25_count?: number | null
  playback_50_count?: number | null
  playback_75_count?: number | null
}

/** Playback and view counts of a video from its unpromoted reach, readable only by the owner. */
export interface MediaOrganicMetrics {
  playback_0_count?: number | null
  playback_100_count?: number | null
  playback_25_count?: number | null
  playback_50_count?: number | null
  playback_75_count?: number | null
  view_count?: number | null
}

/** Playback and view counts of a video from its reach as an ad, readable only by the owner. */
export interface MediaPromotedMetrics extends MediaOrganicMetrics {
}

/** Public counts of a media object, such as how many times a video was viewed. */
export interface MediaPublicMetrics {
  view_count: number
}

/** The renditions of a video or GIF (formats and bit rates) that can be played or downloaded. */
export type MediaVariants = MediaVariantsValueItem[]

/** One rendition of a video or GIF, with its content type, bit rate and URL. */
export interface MediaVariantsValueItem {
  bit_rate?: number | null
  content_type?: string | null
  url?: string | null
}

/** The JSON body of `uploadMediaSimple`; its fields sit beside the other parameters in the one params object. */
export interface UploadMediaSimpleRequest {
  additional_owners?: string
  media: UploadMediaSimpleRequestMedia
  media_category: 'tweet_image' | 'tweet_video' | 'tweet_gif' | 'dm_image' | 'dm_video' | 'dm_gif' | 'subtitles'
}

/** The `media` field of `UploadMediaSimpleRequest` (part of `uploadMediaSimple`). */
export type UploadMediaSimpleRequestMedia = UploadMediaSimpleRequestMediaOption1 | UploadMediaSimpleRequestMediaOption2

/** Part of the request or response of `uploadMediaSimple`. */
export type UploadMediaSimpleRequestMediaOption1 = string

/** Part of the request or response of `uploadMediaSimple`. */
export type UploadMediaSimpleRequestMediaOption2 = string

/** What `uploadMediaSimple` resolves to: X's response envelope. */
export interface UploadMediaSimpleResponse {
  data?: UploadMediaSimpleResponseData
  errors?: Problem[]
}

/** The `data` field of `UploadMediaSimpleResponse` (part of `uploadMediaSimple`). */
export interface UploadMediaSimpleResponseData {
  expires_after_secs?: number
  id: string
  image?: UploadMediaSimpleResponseDataImage
  media_key?: string
  processing_info?: UploadMediaSimpleResponseDataProcessingInfo
  size?: number
  video?: UploadMediaSimpleResponseDataVideo
}

/** The `image` field of `UploadMediaSimpleResponseData` (part of `uploadMediaSimple`). */
export interface UploadMediaSimpleResponseDataImage extends FinalizeMediaUploadResponseDataImage {
}

/** The `processing_info` field of `UploadMediaSimpleResponseData` (part of `uploadMediaSimple`). */
export interface UploadMediaSimpleResponseDataProcessingInfo extends FinalizeMediaUploadResponseDataProcessingInfo {
}

/** The `video` field of `UploadMediaSimpleResponseData` (part of `uploadMediaSimple`). */
export interface UploadMediaSimpleResponseDataVideo {
  video_type?: string
}
