// generated from spec/v2/articles.yaml by @twython/generator: do not edit

import type { BaseCore, CallOptions, Route } from '@twython/runtime'
import { callV2, v2Json } from '@twython/runtime/v2/call'
import type { CreateArticleDraftResponse, PublishArticleResponse } from './models/articles.js'
import type { CreateArticleDraftParams, PublishArticleParams } from './params/articles.js'

export type { CreateArticleDraftParams, PublishArticleParams } from './params/articles.js'

/** How `createArticleDraft` is called: `POST /2/articles/draft`. */
export const createArticleDraftRoute: Route = { id: 'articleCreateDraft', method: 'POST', host: 'v2', path: '/2/articles/draft', encoding: 'json', security: [{ scheme: 'oauth2_user', scopes: ['tweet.write'] }, { scheme: 'oauth1_user' }] }

/**
 * Create a draft article for the authenticated user, to publish later.
 *
 * The answer holds the draft's id, which publishArticle takes.
 *
 * `POST https://api.x.com/2/articles/draft` (X operation `articleCreateDraft`) · Auth: OAuth 2.0 user token (scopes `tweet.write`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/articles/create-draft-article
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
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
 * const { data } = await createArticleDraft(core, { content_state: 'example', title: 'example' })
 * ```
 */
export function createArticleDraft(core: BaseCore, params: CreateArticleDraftParams, options?: CallOptions): Promise<CreateArticleDraftResponse> {
  return callV2(core, createArticleDraftRoute, params, options, v2Json)
}

/** How `publishArticle` is called: `POST /2/articles/{article_id}/publish`. */
export const publishArticleRoute: Route = { id: 'articlePublish', method: 'POST', host: 'v2', path: '/2/articles/{article_id}/publish', security: [{ scheme: 'oauth2_user', scopes: ['tweet.write'] }, { scheme: 'oauth1_user' }] }

/**
 * Publish one of the authenticated user's draft articles, making it public.
 *
 * `POST https://api.x.com/2/articles/{article_id}/publish` (X operation `articlePublish`) · Auth: OAuth 2.0 user token (scopes `tweet.write`) or OAuth 1.0a user context.
 *
 * Reference: https://docs.x.com/x-api/articles/publish-article
 *
 * @param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.
 * @param params - Path, query and body parameters in one object, by X's wire names.
 * @param params.article_id - (required) The id of the draft article to publish.
 * @param options - Abort signal, timeout and headers for this call.
 * @returns X's JSON envelope as it arrives (`PublishArticleResponse`): `data`, and where the call asks for them `includes`, `meta` and partial `errors`.
 * @throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).
 * @throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).
 * @throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.
 * @example
 * ```ts
 * const { data } = await publishArticle(core, { article_id: '20' })
 * ```
 */
export function publishArticle(core: BaseCore, params: PublishArticleParams, options?: CallOptions): Promise<PublishArticleResponse> {
  return callV2(core, publishArticleRoute, params, options)
}
