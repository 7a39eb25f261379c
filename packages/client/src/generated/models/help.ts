// generated from spec/models/help.yaml by @twython/generator: do not edit

import type { MediaSizes } from './entities.js'

/**
 * Current values of service-wide limits apps should respect, as `help/configuration` returns them.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/developer-utilities/configuration/api-reference/get-help-configuration
 */
export interface TwitterConfiguration {
  /** Characters an attached media link takes up in a Tweet. */
  characters_reserved_per_media: number
  /** Maximum length of a direct message. */
  dm_text_character_limit: number
  /** Media items per legacy upload request. */
  max_media_per_upload: number
  /** Largest accepted photo, in bytes. */
  photo_size_limit: number
  /** The sizes Twitter renders photos in. */
  photo_sizes: MediaSizes
  /** Length of a t.co link for an http address. */
  short_url_length: number
  /** Length of a t.co link for an https address. */
  short_url_length_https: number
  /** Top-level twitter.com paths that are not user names. */
  non_username_paths: string[]
}

/**
 * A language Twitter's interface supports, as listed by `help/languages`.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/developer-utilities/supported-languages/api-reference/get-help-languages
 */
export interface Language {
  /** The language code (such as "en" or "zh-cn") to use in `lang` parameters. */
  code: string
  /** The language's name in English. */
  name: string
  /** The language's name in that language. */
  local_name: string
  /** How far along the translation is, such as "production". */
  status: string
  /** Whether this is an internal test language. */
  debug: boolean
}

/**
 * Twitter's privacy policy, as `help/privacy` returns it.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/developer-utilities/privacy-policy/api-reference/get-help-privacy
 */
export interface PrivacyPolicy {
  /** The policy as plain text. */
  privacy: string
}

/**
 * Twitter's terms of service, as `help/tos` returns them.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/developer-utilities/terms-of-service/api-reference/get-help-tos
 */
export interface TermsOfService {
  /** The terms as plain text. */
  tos: string
}

/**
 * The remaining requests in the current window for each endpoint, as `application/rate_limit_status` reports them.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/developer-utilities/rate-limit-status/api-reference/get-application-rate_limit_status
 */
export interface RateLimitStatus {
  /** Which credentials the limits apply to. */
  rate_limit_context: RateLimitContext
  /** Limits grouped by resource family (such as "statuses"), then keyed by endpoint path template (such as "/statuses/show/:id"). */
  resources: { [key: string]: { [key: string]: RateLimit } }
}

/** The credentials a rate-limit report is about. */
export interface RateLimitContext {
  /** The user access token, for user-context requests. */
  access_token?: string
  /** The application's identifier, for app-only (bearer) requests. */
  application?: string
}

/** The state of one endpoint's rate-limit window. */
export interface RateLimit {
  /** Requests allowed per window. */
  limit: number
  /** Requests left in the current window. */
  remaining: number
  /** When the window resets, in seconds since the Unix epoch. */
  reset: number
}
