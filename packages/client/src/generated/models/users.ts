// generated from spec/models/users.yaml by @twython/generator: do not edit

import type { UserEntities } from './entities.js'
import type { Place } from './places.js'
import type { TrendLocation } from './trends.js'
import type { UserStatus } from './tweets.js'

/**
 * A Twitter account with its public profile, counters and, from the authenticating user's point of view, relationship flags. Most user endpoints also embed the account's latest Tweet in `status`.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/user
 */
export interface User {
  /** The user's id as a number; may lose precision in JavaScript, use `id_str`. */
  id: number
  /** The user's id as a string; the safe form to store, compare and send back. */
  id_str: string
  /** The display name. */
  name: string
  /** The handle, without "\@"; the owner can change it, so key data on `id_str`. */
  screen_name: string
  /** Free-text location from the profile; may be empty. */
  location: string
  /** A place derived from the profile location; only some endpoints send it, usually as null. */
  profile_location?: Place | null
  /** The profile bio; may be empty. */
  description: string
  /** The website link from the profile (a t.co link), or null. */
  url: string | null
  /** Links parsed from `url` and `description`. */
  entities: UserEntities
  /** True when only approved followers can see the user's Tweets. */
  protected: boolean
  /** Number of followers. */
  followers_count: number
  /** Number of accounts the user follows. */
  friends_count: number
  /** Number of public lists the user is a member of. */
  listed_count: number
  /** When the account was created, in UTC, like "Wed Oct 10 20:19:24 +0000 2018". */
  created_at: string
  /** Number of Tweets the user has liked (British spelling on the wire). */
  favourites_count: number
  /** Offset from UTC in seconds; null for most accounts since Twitter stopped exposing it. */
  utc_offset: number | null
  /** Time zone name; null for most accounts since Twitter stopped exposing it. */
  time_zone: string | null
  /** Whether the user allows location on their Tweets. */
  geo_enabled: boolean
  /** Whether the account is (legacy) verified. */
  verified: boolean
  /** Number of Tweets, including Retweets, the user has posted. */
  statuses_count: number
  /** The interface language the user chose; null for most accounts since Twitter stopped exposing it. */
  lang: string | null
  /** The user's most recent Tweet; absent with `skip_status=true`, for protected accounts you cannot see, and for users with no Tweets. */
  status?: UserStatus
  /** Whether the account allowed contributors (a retired feature). */
  contributors_enabled: boolean
  /** Whether the user volunteers as a Twitter translator. */
  is_translator: boolean
  /** Whether the user enabled Tweet translation; missing from older responses. */
  is_translation_enabled?: boolean
  /** The user's role in the translator community, "none" for most. */
  translator_type?: string
  /** Hex colour (without "#") of the profile background. */
  profile_background_color: string
  /** Plain-HTTP address of the profile background image, or null. */
  profile_background_image_url: string | null
  /** HTTPS address of the profile background image, or null. */
  profile_background_image_url_https: string | null
  /** Whether the background image is tiled. */
  profile_background_tile: boolean
  /** Plain-HTTP address of the 48x48 avatar; drop "_normal" from the name for the original size. */
  profile_image_url: string
  /** HTTPS address of the 48x48 avatar; drop "_normal" from the name for the original size. */
  profile_image_url_https: string
  /** Base address of the profile banner (append a size such as "/1500x500"); absent when the user has no banner. */
  profile_banner_url?: string
  /** Hex colour of links in the profile. */
  profile_link_color: string
  /** Hex colour of the sidebar border. */
  profile_sidebar_border_color: string
  /** Hex colour of the sidebar background. */
  profile_sidebar_fill_color: string
  /** Hex colour of the profile text. */
  profile_text_color: string
  /** Whether the background image is shown. */
  profile_use_background_image: boolean
  /** Whether the user filled in extended profile fields (such as a birthday). */
  has_extended_profile?: boolean
  /** True when the user kept the default theme and background. */
  default_profile: boolean
  /** True when the user has not uploaded an avatar. */
  default_profile_image: boolean
  /** Whether the authenticating user follows this user (deprecated; prefer `friendships/show`). */
  following: boolean
  /** Whether the authenticating user has a pending follow request to this protected user. */
  follow_request_sent: boolean
  /** Whether the authenticating user gets device notifications for this user's Tweets (deprecated). */
  notifications: boolean
  /** Whether the authenticating user mutes this user; only some endpoints send it. */
  muting?: boolean
  /** Whether the authenticating user blocks this user; only some endpoints send it. */
  blocking?: boolean
  /** Whether this user blocks the authenticating user; only some endpoints send it. */
  blocked_by?: boolean
  /** Whether the authenticating user follows this user's live broadcasts; only some endpoints send it. */
  live_following?: boolean
  /** The account's email address; sent only by `account/verify_credentials` with `include_email=true` to apps permitted to ask, and null when there is no verified address. */
  email?: string | null
  /** True when the account is suspended; seen on the authenticating user's own object. */
  suspended?: boolean
  /** True when Twitter requires the account to verify a phone number; seen on the authenticating user's own object. */
  needs_phone_verification?: boolean
  /** Two-letter codes of countries where the account is withheld. */
  withheld_in_countries?: string[]
  /** What is withheld, "user" or "status". */
  withheld_scope?: string
}

/**
 * One category of suggested accounts, as listed by `users/suggestions`.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-users-suggestions
 */
export interface UserSuggestionCategory {
  /** Human-readable category name. */
  name: string
  /** The identifier to pass to `users/suggestions/:slug`. */
  slug: string
  /** Number of suggested accounts in the category. */
  size: number
}

/**
 * A category of suggested accounts together with its users, as `users/suggestions/:slug` returns it.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-users-suggestions-slug
 */
export interface UserSuggestions {
  /** Human-readable category name. */
  name: string
  /** The category's identifier. */
  slug: string
  /** Number of suggested accounts in the category. */
  size: number
  /** The suggested accounts. */
  users: User[]
}

/**
 * The renditions of a user's profile banner, as `users/profile_banner` returns them.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/get-users-profile_banner
 */
export interface ProfileBanner {
  /** Renditions keyed by name: "ipad", "ipad_retina", "web", "web_retina", "mobile", "mobile_retina", "300x100", "600x200", "1500x500". */
  sizes: { [key: string]: ProfileBannerSize }
}

/** One rendition of a profile banner. */
export interface ProfileBannerSize {
  /** Width in pixels. */
  w: number
  /** Height in pixels. */
  h: number
  /** Where to fetch this rendition. */
  url: string
}

/**
 * The authenticating user's account settings, as `account/settings` reads or updates them.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/manage-account-settings/api-reference/get-account-settings
 */
export interface AccountSettings {
  /** The user's handle. */
  screen_name: string
  /** Whether the user's Tweets are protected. */
  protected: boolean
  /** Whether location can be attached to the user's Tweets. */
  geo_enabled: boolean
  /** The interface language code. */
  language: string
  /** Whether twitter.com is always served over HTTPS for the user. */
  always_use_https: boolean
  /** Whether Twitter may tailor content using cookies. */
  use_cookie_personalization: boolean
  /** Whether others can find the user by email address. */
  discoverable_by_email: boolean
  /** Whether others can find the user by phone number. */
  discoverable_by_mobile_phone?: boolean
  /** Whether media marked sensitive is shown without a warning. */
  display_sensitive_media?: boolean
  /** Legacy setting for showing media inline. */
  show_all_inline_media?: boolean
  /** Who may ask to contribute to the account: "all", "following" or "none". */
  allow_contributor_request?: string
  /** Who may send the user direct messages: "all" or "following". */
  allow_dms_from?: string
  /** Who may add the user to group direct messages: "all" or "following". */
  allow_dm_groups_from?: string
  /** The user's role in the translator community. */
  translator_type?: string
  /** The hours during which device notifications are paused. */
  sleep_time: SleepTime
  /** The user's time zone; absent when none is set. */
  time_zone?: TimeZone
  /** The location used for the user's trends; absent when none is set. */
  trend_location?: TrendLocation[]
}

/** The hours during which Twitter holds back device notifications. */
export interface SleepTime {
  /** Whether the quiet period is on. */
  enabled: boolean
  /** The hour (00-23) the quiet period starts, or null when disabled. */
  start_time: number | string | null
  /** The hour (00-23) the quiet period ends, or null when disabled. */
  end_time: number | string | null
}

/** A time zone as it appears in account settings. */
export interface TimeZone {
  /** Rails-style name, like "Pacific Time (US & Canada)". */
  name: string
  /** IANA name, like "America/Los_Angeles". */
  tzinfo_name: string
  /** Offset from UTC in seconds (standard time). */
  utc_offset: number
}
