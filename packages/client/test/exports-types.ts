/**
 * Type-only: imports every hand-written public type (and a sample of the generated ones) so that removing
 * or renaming one breaks `tsc` in the typecheck task.
 */
import type {
  AuthenticationTokens,
  AuthenticationTokensOptions,
  AuthorizedTokens,
  CallOptions,
  ClientArgs,
  CursorOptions,
  FileInput,
  Hosts,
  HtmlForTweetOptions,
  MediaInput,
  MediaUploadResult,
  PageItem,
  PageOf,
  ProblemDetails,
  Selected,
  StreamCallOptions,
  ReconnectInfo,
  RequestOptions,
  Route,
  StreamIterateOptions,
  StreamKind,
  StreamMessage,
  StreamMessageKind,
  StreamParams,
  StreamTweet,
  TwitterErrorDetail,
  TwythonOptions,
  TwythonStreamerOptions,
  UploadProgress,
  UploadVideoOptions,
  Tweet,
  User,
  Entities,
  List,
  DirectMessage,
  Place,
  SavedSearch,
  SearchResults,
  CursoredIds,
  CursoredUsers,
  CursoredLists,
  Relationship,
  RateLimitStatus,
  TwitterConfiguration,
  MediaUpload,
  UpdateStatusParams,
  UpdateStatusResponse,
  OAuth2Token,
  TokenStore,
  OAuth2AuthorizationUrl,
  OAuth2AuthorizationUrlOptions,
  OAuth2TokenOptions,
} from '../src/index.js'
import type { FileTokenStore } from '../src/file-token-store.js'

export type PublicTypes = [
  AuthenticationTokens, AuthenticationTokensOptions, AuthorizedTokens, CallOptions, ClientArgs, CursorOptions, FileInput, Hosts,
  HtmlForTweetOptions, MediaInput, MediaUploadResult, PageItem<unknown>, ReconnectInfo, RequestOptions, Route, StreamIterateOptions,
  StreamKind, StreamMessage, StreamMessageKind, StreamParams, StreamTweet, TwitterErrorDetail, TwythonOptions, TwythonStreamerOptions,
  UploadProgress, UploadVideoOptions, Tweet, User, Entities, List, DirectMessage, Place, SavedSearch, SearchResults, CursoredIds,
  CursoredUsers, CursoredLists, Relationship, RateLimitStatus, TwitterConfiguration, MediaUpload, UpdateStatusParams, UpdateStatusResponse,
  OAuth2Token, TokenStore, OAuth2AuthorizationUrl, OAuth2AuthorizationUrlOptions, OAuth2TokenOptions, FileTokenStore,
]

// X API v2: the namespace of types and a sample of the generated ones.
import type { v2 } from '../src/index.js'
export type V2Sample = [v2.Tweet, v2.User, v2.GetTweetResponse, v2.GetTweetParams, v2.TweetField, v2.Problem, v2.Expansions]
