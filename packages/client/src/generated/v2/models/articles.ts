// generated from spec/v2/models/articles.yaml by @twython/generator: do not edit

import type { Problem } from './errors.js'

/** The `content_state` field of `CreateArticleDraftRequest` (part of `createArticleDraft`). */
export interface CreateArticleDraftContentState {
  blocks: CreateArticleDraftContentStateBlocks[]
  entities: CreateArticleDraftContentStateEntities[]
}

/** The `blocks` field of `CreateArticleDraftContentState` (part of `createArticleDraft`). */
export interface CreateArticleDraftContentStateBlocks {
  data?: CreateArticleDraftContentStateBlocksData
  entity_ranges?: CreateArticleDraftContentStateBlocksEntityRanges[]
  inline_style_ranges?: CreateArticleDraftContentStateBlocksInlineStyleRanges[]
  key?: string
  text: string
  type: 'unstyled' | 'header-one' | 'header-two' | 'header-three' | 'unordered-list-item' | 'ordered-list-item' | 'blockquote' | 'atomic'
}

/** The `data` field of `CreateArticleDraftContentStateBlocks` (part of `createArticleDraft`). */
export interface CreateArticleDraftContentStateBlocksData {
  cashtags?: CreateArticleDraftContentStateBlocksDataCashtags[]
  hashtags?: CreateArticleDraftContentStateBlocksDataHashtags[]
  mentions?: CreateArticleDraftContentStateBlocksDataMentions[]
  urls?: CreateArticleDraftContentStateBlocksDataUrls[]
}

/** The `cashtags` field of `CreateArticleDraftContentStateBlocksData` (part of `createArticleDraft`). */
export interface CreateArticleDraftContentStateBlocksDataCashtags {
  from_index: number
  text: string
  to_index: number
}

/** The `hashtags` field of `CreateArticleDraftContentStateBlocksData` (part of `createArticleDraft`). */
export interface CreateArticleDraftContentStateBlocksDataHashtags extends CreateArticleDraftContentStateBlocksDataCashtags {
}

/** The `mentions` field of `CreateArticleDraftContentStateBlocksData` (part of `createArticleDraft`). */
export interface CreateArticleDraftContentStateBlocksDataMentions extends CreateArticleDraftContentStateBlocksDataCashtags {
}

/** The `urls` field of `CreateArticleDraftContentStateBlocksData` (part of `createArticleDraft`). */
export interface CreateArticleDraftContentStateBlocksDataUrls extends CreateArticleDraftContentStateBlocksDataCashtags {
}

/** The `entity_ranges` field of `CreateArticleDraftContentStateBlocks` (part of `createArticleDraft`). */
export interface CreateArticleDraftContentStateBlocksEntityRanges {
  key: number
  length: number
  offset: number
}

/** The `inline_style_ranges` field of `CreateArticleDraftContentStateBlocks` (part of `createArticleDraft`). */
export interface CreateArticleDraftContentStateBlocksInlineStyleRanges {
  length: number
  offset: number
  style: 'bold' | 'italic' | 'strikethrough'
}

/** The `entities` field of `CreateArticleDraftContentState` (part of `createArticleDraft`). */
export interface CreateArticleDraftContentStateEntities {
  key: string
  value: CreateArticleDraftContentStateEntitiesValue
}

/** The `value` field of `CreateArticleDraftContentStateEntities` (part of `createArticleDraft`). */
export interface CreateArticleDraftContentStateEntitiesValue {
  data: CreateArticleDraftContentStateEntitiesValueData
  mutability: 'immutable' | 'mutable' | 'segmented'
  type: 'post' | 'link' | 'image' | 'emoji' | 'markdown' | 'divider' | 'latex'
}

/** The `data` field of `CreateArticleDraftContentStateEntitiesValue` (part of `createArticleDraft`). */
export interface CreateArticleDraftContentStateEntitiesValueData {
  caption?: string
  entity_key?: string
  markdown?: string
  media_items?: CreateArticleDraftContentStateEntitiesValueDataMediaItems[]
  post_id?: string
  url?: string
}

/** The `media_items` field of `CreateArticleDraftContentStateEntitiesValueData` (part of `createArticleDraft`). */
export interface CreateArticleDraftContentStateEntitiesValueDataMediaItems {
  media_category: string
  media_id: string
}

/** The `cover_media` field of `CreateArticleDraftRequest` (part of `createArticleDraft`). */
export interface CreateArticleDraftCoverMedia extends CreateArticleDraftContentStateEntitiesValueDataMediaItems {
}

/** The JSON body of `createArticleDraft`; its fields sit beside the other parameters in the one params object. */
export interface CreateArticleDraftRequest {
  content_state: CreateArticleDraftContentState
  cover_media?: CreateArticleDraftCoverMedia
  title: string
}

/** What `createArticleDraft` resolves to: X's response envelope. */
export interface CreateArticleDraftResponse {
  data?: CreateArticleDraftResponseData
  errors?: Problem[]
}

/** The `data` field of `CreateArticleDraftResponse` (part of `createArticleDraft`). */
export interface CreateArticleDraftResponseData {
  id: string
  title: string
}

/** What `publishArticle` resolves to: X's response envelope. */
export interface PublishArticleResponse {
  data?: PublishArticleResponseData
  errors?: Problem[]
}

/** The `data` field of `PublishArticleResponse` (part of `publishArticle`). */
export interface PublishArticleResponseData {
  post_id: string
}
