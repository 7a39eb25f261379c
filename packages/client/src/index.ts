export { Twython, type RequestOptions } from './twython.js'
export { createCore } from './core.js'
export {
  Core,
  TwythonError,
  TwythonAuthError,
  TwythonRateLimitError,
  TwythonStreamError,
  TWITTER_HTTP_STATUS_REASONS,
  constructApiUrl,
  type AuthenticationTokens,
  type AuthenticationTokensOptions,
  type AuthorizedTokens,
  type CallOptions,
  type ClientArgs,
  type CursorOptions,
  type FileInput,
  type Hosts,
  type PageItem,
  type Route,
  type TwitterErrorDetail,
  type TwythonOptions,
} from '@twython/runtime'
export * from './generated/index.js'
