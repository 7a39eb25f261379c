/**
 * Tweet HTML: Twython's `html_for_tweet`, with its index bugs fixed and its output made safe.
 */
export { htmlForTweet } from './render.js'
export { escapeHtml } from './escape.js'
export type {
  HtmlEntities,
  HtmlForTweetOptions,
  HtmlIndices,
  HtmlMentionEntity,
  HtmlTagEntity,
  HtmlTweet,
  HtmlTweetContent,
  HtmlUrlEntity,
  HtmlUser,
} from './types.js'
