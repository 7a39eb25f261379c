export { Core, BaseCore, USER_AGENT, type CallOptions, type ClientArgs, type TwythonOptions, type LastCall, type PreparedRequest, type AuthMode, type Exchange, type Signer } from './core.js'
export { TwythonError, TwythonAuthError, TwythonRateLimitError, TwythonStreamError, TWITTER_HTTP_STATUS_REASONS, type TwitterErrorDetail, type TwythonErrorInit, type ProblemDetails } from './errors.js'
export { encodeParams, encodeValue, fillPath, formatPairs, percentEncode, type ParamScalar, type ParamValue } from './encode.js'
export { constructApiUrl, quotePlus } from './construct-url.js'
export { oauth1Header, oauth1Params, createNonce, signatureBaseUrl, type OAuth1Credentials, type OAuth1Request } from './oauth1.js'
export { RateLimitBudget, MemoryRateLimitStore, LEARNED_TTL_MS, PROBE_MS, PROBE_POLL_MS, identityHash, type RateLimitOptions, type EndpointRateLimit, type EndpointRateLimitWindow, type RateLimitStore, type WindowSeed, type WindowObservation, type WindowState, type Reservation, type BudgetIdentity, type BudgetWindow } from './rate-limit/index.js'
export { DEFAULT_HOSTS, resolveHosts, isLoopback, type Hosts } from './hosts.js'
export { parseErrorBody, errorForResponse } from './http-errors.js'
export { cursorPages, registerRoutes, routeOf, PAGINATION, type CursorOptions, type CursorItem, type CursorPage, type PageItem, type PageOf, type PageableMethod, type PaginatedMethod, type PaginatedParams, type Paging } from './cursor.js'
export { getAuthenticationTokens, getAuthorizedTokens, obtainAccessToken, type AuthenticationTokens, type AuthenticationTokensOptions, type AuthorizedTokens } from './oauth-flow.js'
export { isFileLike, toBlob, type FileInput } from './files.js'
export type { Route, HttpMethod, Pagination, RouteRateLimit, RouteSecurity } from './route.js'
export {
  TwythonStreamer,
  StreamerStatuses,
  DECODE_ERROR_MESSAGE,
  stream,
  STREAM_USER_AGENT,
  StreamParser,
  DEFAULT_MAX_LINE_BYTES,
  classifyMessage,
  twitterBackoff,
  ESTABLISHED_AFTER_MS,
  classifyStatus,
  systemClock,
  ManualClock,
  STREAM_ENDPOINTS,
  buildStreamRequest,
  type StreamIterateOptions,
  type TwythonStreamerOptions,
  type StreamClientArgs,
  type StreamFraming,
  type ParseProblem,
  type ParseProblemReason,
  type ParserSink,
  type StreamParserOptions,
  type StreamMessage,
  type StreamMessageKind,
  type StreamTweet,
  type DeleteMessage,
  type ScrubGeoMessage,
  type LimitMessage,
  type StatusWithheldMessage,
  type UserWithheldMessage,
  type DisconnectMessage,
  type WarningMessage,
  type FriendsMessage,
  type EventMessage,
  type DirectMessageMessage,
  type ControlMessage,
  type ForUserEnvelope,
  type BackoffSchedule,
  type FailureKind,
  type Clock,
  type TimerHandle,
  type StreamKind,
  type StreamParams,
  type StreamRequest,
  type ReconnectInfo,
} from './streaming/index.js'
export {
  uploadVideo,
  uploadMediaV2,
  MEDIA_CATEGORIES_V2,
  DEFAULT_CONCURRENCY,
  MAX_CONCURRENCY,
  MediaProcessingError,
  isSupportedMediaType,
  DEFAULT_CHUNK_SIZE,
  MAX_CHUNK_SIZE,
  MAX_SEGMENTS,
  type MediaInput,
  type MediaUploadResult,
  type MediaProcessingInfo,
  type MediaProcessingErrorInfo,
  type MediaProcessingState,
  type UploadPhase,
  type UploadProgress,
  type UploadVideoOptions,
  type PollingOptions,
  type UploadClock,
  type MediaCategoryV2,
  type MediaUploadV2,
  type MediaUploadV2Routes,
  type UploadMediaV2Options,
  type UploadMediaV2CallOptions,
} from './upload/index.js'
export { htmlForTweet, escapeHtml, type HtmlForTweetOptions, type HtmlTweet, type HtmlEntities, type HtmlUrlEntity, type HtmlIndices, type HtmlMentionEntity, type HtmlTagEntity, type HtmlTweetContent, type HtmlUser } from './html/index.js'
export type { NodeFetchOptions, FetchFunction } from './transport/node-fetch.js'
export { nodeFetch, createNodeFetch } from './node-fetch-entry.js'
export {
  MemoryTokenStore,
  isOAuth2Token,
  createCodeVerifier,
  codeChallengeS256,
  createState,
  isCodeVerifier,
  CODE_VERIFIER_MIN_LENGTH,
  CODE_VERIFIER_MAX_LENGTH,
  buildAuthorizationUrl,
  tokenFromResponse,
  OAuth2Session,
  OAUTH2_REFRESH_MARGIN_MS,
  checkRouteScopes,
  assertRouteScopes,
  TwythonScopeError,
  type OAuth2Token,
  type TokenStore,
  type OAuth2AuthorizationUrl,
  type OAuth2AuthorizationUrlOptions,
  type OAuth2TokenOptions,
  type ScopeCheck,
  type OtherCredentials,
} from './oauth2/index.js'
export type { Selected } from './types.js'
export { buildV2Request, v2Json, type V2BodyEncoder } from './v2/request.js'
export { checkSecurity, type CredentialKind } from './v2/security.js'
export { streamRoute, streamErrors, isOperationalDisconnect, classifyV2Status, STREAM_429_NOTE, type StreamCallOptions, type StreamProblem } from './v2/stream.js'
export { syncStreamRules, TwythonRulesSyncError, type StreamRule, type ActiveStreamRule, type StreamRuleRoutes, type SyncStreamRulesOptions, type SyncStreamRulesResult } from './v2/rules.js'
export { callV1, prepareV1 } from './v1/call.js'
export { callV2, prepareV2 } from './v2/call.js'
export { callWithFiles } from './multipart.js'
