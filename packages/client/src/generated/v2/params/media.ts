// generated from spec/v2/media.yaml by @twython/generator: do not edit

import type { AppendMediaUploadRequest, CreateMediaMetadataRequest, CreateMediaSubtitlesRequest, DeleteMediaSubtitlesRequest, InitializeMediaUploadRequest, UploadMediaSimpleRequest } from '../models/media.js'
import type { MediaField } from '../parameters.js'
import type { MediaAnalyticsFieldsParam, MediaFieldsParam } from './shared.js'

/** Parameters of `appendMediaUpload` (X operation `appendMediaUpload`): the path and query parameters, and the JSON body's fields (`AppendMediaUploadRequest`). */
export interface AppendMediaUploadParams extends AppendMediaUploadRequest {
  /** The media id returned by initializeMediaUpload. */
  readonly id: string
}

/** Parameters of `createMediaMetadata` (X operation `createMediaMetadata`): the path and query parameters, and the JSON body's fields (`CreateMediaMetadataRequest`). */
export interface CreateMediaMetadataParams extends CreateMediaMetadataRequest {
}

/** Parameters of `createMediaSubtitles` (X operation `createMediaSubtitles`): the path and query parameters, and the JSON body's fields (`CreateMediaSubtitlesRequest`). */
export interface CreateMediaSubtitlesParams extends CreateMediaSubtitlesRequest {
}

/** Parameters of `deleteMediaSubtitles` (X operation `deleteMediaSubtitles`): the path and query parameters, and the JSON body's fields (`DeleteMediaSubtitlesRequest`). */
export interface DeleteMediaSubtitlesParams extends DeleteMediaSubtitlesRequest {
}

/** Parameters of `finalizeMediaUpload` (X operation `finalizeMediaUpload`). */
export interface FinalizeMediaUploadParams {
  /** The media id returned by initializeMediaUpload. */
  readonly id: string
}

/** Parameters of `getMedia` (X operation `getMediaByMediaKey`). */
export interface GetMediaParams extends MediaFieldsParam {
  /** The media key of the media to look up (two numbers joined by an underscore, as in `3_1234`). */
  readonly media_key: string
}

/** `GetMediaParams` of a call that names its `media.fields`: `F` is the fields named, which the response marks present. */
export interface GetMediaFieldsParams<F extends MediaField> extends GetMediaParams {
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields': readonly F[]
}

/** Parameters of `getMediaAnalytics` (X operation `getMediaAnalytics`). */
export interface GetMediaAnalyticsParams extends MediaAnalyticsFieldsParam {
  /** The media keys of the media to measure, given as an array. */
  readonly media_keys: readonly string[]
  /** The start of the time range to report on, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). */
  readonly start_time: string
  /** The end of the time range to report on, as an ISO 8601 date-time in UTC (`2024-05-01T00:00:00Z`). Must be after `start_time`. */
  readonly end_time: string
  /**
   * How to bucket the metrics over the time range, `hourly`, `daily` (the default) or `total`.
   * @defaultValue 'daily'
   */
  readonly granularity?: 'hourly' | 'daily' | 'total'
}

/** Parameters of `getMediaByKeys` (X operation `getMediaByMediaKeys`). */
export interface GetMediaByKeysParams extends MediaFieldsParam {
  /** The media keys to look up, given as an array of up to 100. */
  readonly media_keys: readonly string[]
}

/** `GetMediaByKeysParams` of a call that names its `media.fields`: `F` is the fields named, which the response marks present. */
export interface GetMediaByKeysFieldsParams<F extends MediaField> extends GetMediaByKeysParams {
  /** Media fields to return beyond the defaults (media_key and type), given as an array; takes effect with the `attachments.media_keys` expansion, on the media in `includes.media`. */
  readonly 'media.fields': readonly F[]
}

/** Parameters of `getMediaUploadStatus` (X operation `getMediaUploadStatus`). */
export interface GetMediaUploadStatusParams {
  /** The media id of the upload to check. */
  readonly media_id: string
  /** Always `STATUS`; kept for the older upload protocol and may be left out. */
  readonly command?: 'STATUS'
}

/** Parameters of `initializeMediaUpload` (X operation `initializeMediaUpload`): the path and query parameters, and the JSON body's fields (`InitializeMediaUploadRequest`). */
export interface InitializeMediaUploadParams extends InitializeMediaUploadRequest {
}

/** Parameters of `uploadMediaSimple` (X operation `mediaUpload`): the path and query parameters, and the JSON body's fields (`UploadMediaSimpleRequest`). */
export interface UploadMediaSimpleParams extends UploadMediaSimpleRequest {
}
