// generated from spec/models/tweets.yaml by @twython/generator: do not edit

import type { Entities, ExtendedEntities } from './entities.js'
import type { Place } from './places.js'
import type { User } from './users.js'

/**
 * The fields every Tweet object carries apart from its author and the Tweets it retweets or quotes. `Tweet` (what timelines, lookups and posting return) and `UserStatus` (the latest Tweet embedded in a User object) both build on it.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/tweet
 */
export interface TweetBase {
  /** When the Tweet was posted, in UTC, formatted like "Wed Oct 10 20:19:24 +0000 2018". */
  created_at: string
  /** The Tweet's id as a number; it exceeds 2^53 and loses precision in JavaScript, so read `id_str` instead. */
  id: number
  /** The Tweet's id as a decimal string; the safe form to store, compare and send back. */
  id_str: string
  /** The Tweet's text in compatibility mode (at most 140 characters, shortened with a link when the Tweet is longer). Absent when the request used `tweet_mode=extended`; read `full_text` then. */
  text?: string
  /** The complete text of the Tweet; sent instead of `text` when the request used `tweet_mode=extended`. */
  full_text?: string
  /** Start and end offsets (in Unicode code points) of the part of `full_text` meant to be displayed, leaving out leading reply mentions and trailing attachment links. Sent in extended mode. */
  display_text_range?: number[]
  /** True when `text` was cut short in compatibility mode; the whole Tweet is then in `extended_tweet` or available with `tweet_mode=extended`. */
  truncated: boolean
  /** The app used to post the Tweet, as an HTML anchor (or the plain word "web"). */
  source: string
  /** Id of the Tweet this one replies to, as a number; may lose precision in JavaScript, use `in_reply_to_status_id_str`. Null when it is not a reply. */
  in_reply_to_status_id: number | null
  /** Id of the Tweet this one replies to, as a string (safe to use). Null when it is not a reply. */
  in_reply_to_status_id_str: string | null
  /** Id of the author of the replied-to Tweet, as a number; may lose precision in JavaScript, use `in_reply_to_user_id_str`. */
  in_reply_to_user_id: number | null
  /** Id of the author of the replied-to Tweet, as a string (safe to use). */
  in_reply_to_user_id_str: string | null
  /** Screen name of the author of the replied-to Tweet. */
  in_reply_to_screen_name: string | null
  /** Deprecated location of the Tweet; same shape as `coordinates` but with latitude first. Prefer `coordinates`. */
  geo: Coordinates | null
  /** The exact point the Tweet was sent from (longitude first, GeoJSON order), when the author shared it. */
  coordinates: Coordinates | null
  /** The place the author tagged the Tweet with, if any. */
  place: Place | null
  /** Ids of co-authors (a long-retired feature); almost always null. */
  contributors: number[] | null
  /** True when the Tweet quotes another one. Missing from Tweets recorded before the field existed (about 2015). */
  is_quote_status?: boolean
  /** Id of the quoted Tweet as a number, present only on quote Tweets; may lose precision in JavaScript, use `quoted_status_id_str`. */
  quoted_status_id?: number
  /** Id of the quoted Tweet as a string (safe to use), present only on quote Tweets. */
  quoted_status_id_str?: string
  /** Link to the quoted Tweet, in its short, expanded and display forms. */
  quoted_status_permalink?: QuotedStatusPermalink
  /** Approximate number of times the Tweet was quoted; not sent by every endpoint. */
  quote_count?: number
  /** Number of replies to the Tweet; not sent by every endpoint. */
  reply_count?: number
  /** Number of times the Tweet was retweeted. */
  retweet_count: number
  /** Hashtags, links, mentions, cashtags and media parsed out of the text. */
  entities: Entities
  /** Every attached photo, video or GIF (up to four photos), with video renditions; present only when the Tweet has media. */
  extended_entities?: ExtendedEntities
  /** The full text and entities of a long Tweet delivered in compatibility mode (mostly on streams); see `truncated`. */
  extended_tweet?: ExtendedTweet
  /** Whether the authenticating user has liked this Tweet. */
  favorited: boolean
  /** Whether the authenticating user has retweeted this Tweet. */
  retweeted: boolean
  /** The authenticating user's own Retweet of this Tweet; sent only with `include_my_retweet=true` when such a Retweet exists. */
  current_user_retweet?: CurrentUserRetweet
  /** Present on Tweets that contain a link or media; true when that content may be sensitive. */
  possibly_sensitive?: boolean
  /** Whether the author may appeal the sensitive-media flag. */
  possibly_sensitive_appealable?: boolean
  /** Whether the author may change the sensitive-media flag. */
  possibly_sensitive_editable?: boolean
  /** Delivery scopes of promoted Tweets, such as `{ "followers": false }`. */
  scopes?: { [key: string]: boolean }
  /** Streaming filter level of the Tweet; only sent on streams. */
  filter_level?: 'none' | 'low' | 'medium' | 'high'
  /** True when the Tweet is withheld because of a DMCA complaint. */
  withheld_copyright?: boolean
  /** Two-letter codes of countries where the Tweet is withheld (XX means everywhere). */
  withheld_in_countries?: string[]
  /** What is withheld, "status" or "user". */
  withheld_scope?: string
  /** Search details; present on the statuses returned by `search/tweets`. */
  metadata?: TweetMetadata
}

/**
 * A Tweet with its author, as timelines, `statuses/show`, `statuses/update`, favorites and search return it. A Retweet carries the original in `retweeted_status`; a quote Tweet may carry the quoted one in `quoted_status`.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/tweet
 */
export interface Tweet extends TweetBase {
  /** The author of the Tweet. */
  user: User
  /** Approximate number of times the Tweet was liked. */
  favorite_count: number
  /** BCP 47 code of the language Twitter detected in the text, or "und" when undetermined. */
  lang: string
  /** The original Tweet, present only when this Tweet is a Retweet. */
  retweeted_status?: Tweet
  /** The quoted Tweet, present on quote Tweets while the quoted Tweet is still available. */
  quoted_status?: Tweet
}

/**
 * The latest Tweet of a user as embedded in the `status` field of a User object. Twitter leaves out the author (it is the enclosing user) here, and in the Tweets this one retweets or quotes as well.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/user
 */
export interface UserStatus extends TweetBase {
  /** The original Tweet when the status is a Retweet (also without its author). */
  retweeted_status?: UserStatus
  /** The quoted Tweet when the status is a quote Tweet (also without its author). */
  quoted_status?: UserStatus
  /** Approximate number of times the Tweet was liked; missing from statuses embedded in users before about 2014. */
  favorite_count?: number
  /** BCP 47 code of the language Twitter detected in the text, or "und"; missing from statuses embedded in users before about 2014. */
  lang?: string
}

/**
 * The complete content of a Tweet longer than 140 characters, delivered alongside the shortened `text` in compatibility mode.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/overview/intro-to-tweet-json
 */
export interface ExtendedTweet {
  /** The whole text of the Tweet. */
  full_text: string
  /** Start and end code-point offsets of the displayable part of `full_text`. */
  display_text_range: number[]
  /** Entities parsed from `full_text`. */
  entities: Entities
  /** Attached media, when there is any. */
  extended_entities?: ExtendedEntities
}

/**
 * A GeoJSON point, used for a Tweet's exact location.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/geo
 */
export interface Coordinates {
  /** The GeoJSON geometry type; always "Point" here. */
  type: string
  /** The point as [longitude, latitude] (in the deprecated `geo` field the order is [latitude, longitude]). */
  coordinates: number[]
}

/** The link to a quoted Tweet in its three forms. */
export interface QuotedStatusPermalink {
  /** The t.co link. */
  url: string
  /** The full twitter.com URL of the quoted Tweet. */
  expanded: string
  /** The shortened URL meant for display. */
  display: string
}

/** Identifies the authenticating user's Retweet of a Tweet. */
export interface CurrentUserRetweet {
  /** Id of the Retweet as a number; may lose precision in JavaScript, use `id_str`. */
  id: number
  /** Id of the Retweet as a string (safe to use). */
  id_str: string
}

/** Extra details `search/tweets` attaches to each matching Tweet. */
export interface TweetMetadata {
  /** Language code of the Tweet. */
  iso_language_code: string
  /** Why the Tweet was included, "recent" or "popular". */
  result_type: string
}

/**
 * Embeddable HTML for one Tweet in the oEmbed format, as `statuses/oembed` returns it.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-for-websites/oembed-api
 */
export interface OEmbed {
  /** The Tweet's URL. */
  url: string
  /** Display name of the author. */
  author_name: string
  /** Profile URL of the author. */
  author_url: string
  /** The blockquote (and, unless omitted, script tag) to insert in a page. */
  html: string
  /** Width of the embed in pixels. */
  width: number | null
  /** Height of the embed in pixels; usually null because it depends on the content. */
  height: number | null
  /** The oEmbed resource type; "rich". */
  type: string
  /** How long, in seconds (as a string), the result may be cached. */
  cache_age: string
  /** "Twitter". */
  provider_name: string
  /** The provider's home page. */
  provider_url: string
  /** The oEmbed version, "1.0". */
  version: string
}
