// generated from spec/v2/articles.yaml by @twython/generator: do not edit

import type { CreateArticleDraftRequest } from '../models/articles.js'

/** Parameters of `createArticleDraft` (X operation `articleCreateDraft`): the path and query parameters, and the JSON body's fields (`CreateArticleDraftRequest`). */
export interface CreateArticleDraftParams extends CreateArticleDraftRequest {
}

/** Parameters of `publishArticle` (X operation `articlePublish`). */
export interface PublishArticleParams {
  /** The id of the draft article to publish. */
  readonly article_id: string
}
