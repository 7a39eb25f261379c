// generated from spec/models/entities.yaml by @twython/generator: do not edit

import type { User } from './users.js'

/**
 * The hashtags, links, mentions, cashtags, media and polls found in a Tweet (or a direct message).
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/entities
 */
export interface Entities {
  /** Hashtags in the text; empty when there are none. */
  hashtags: HashtagEntity[]
  /** Cashtags such as $TWTR; empty when there are none. Missing from Tweets recorded before about 2014. */
  symbols?: SymbolEntity[]
  /** Links in the text (already wrapped by t.co); empty when there are none. */
  urls: UrlEntity[]
  /** Users mentioned in the text; empty when there are none. */
  user_mentions: UserMentionEntity[]
  /** The first attached photo (or the thumbnail of a video or GIF). Present only when the Tweet has media; see `extended_entities` for all of it. */
  media?: MediaEntity[]
  /** A poll attached to the Tweet; sent only to some (enterprise) consumers. */
  polls?: PollEntity[]
}

/**
 * Every media item attached to a Tweet, with the extra details (such as video renditions) that `entities.media` lacks.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/extended-entities
 */
export interface ExtendedEntities {
  /** Up to four photos, or one video or animated GIF. */
  media: MediaEntity[]
}

/**
 * A hashtag found in a text.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/entities
 */
export interface HashtagEntity {
  /** The hashtag without the leading "#". */
  text: string
  /** Start and end offsets of the hashtag (including "#") in the text, in code points. */
  indices: number[]
}

/**
 * A cashtag (a "$" followed by a ticker symbol) found in a text.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/entities
 */
export interface SymbolEntity {
  /** The symbol without the leading "$". */
  text: string
  /** Start and end offsets of the cashtag in the text, in code points. */
  indices: number[]
}

/**
 * A link found in a text or a profile, with its t.co form and the original address.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/entities
 */
export interface UrlEntity {
  /** The t.co link as it appears in the text. */
  url: string
  /** The address the user actually posted. */
  expanded_url: string
  /** A shortened form of the address meant for display. */
  display_url: string
  /** Start and end offsets of the link in the text, in code points. */
  indices: number[]
}

/**
 * A user mentioned in a text with \@screen_name.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/entities
 */
export interface UserMentionEntity {
  /** The mentioned user's id as a number; may lose precision in JavaScript, use `id_str`. */
  id: number
  /** The mentioned user's id as a string (safe to use). */
  id_str: string
  /** The mentioned user's handle, without "\@". */
  screen_name: string
  /** The mentioned user's display name. */
  name: string
  /** Start and end offsets of the mention (including "\@") in the text, in code points. */
  indices: number[]
}

/**
 * A photo, video or animated GIF attached to a Tweet.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/entities
 */
export interface MediaEntity {
  /** The media id as a number; may lose precision in JavaScript, use `id_str`. */
  id: number
  /** The media id as a string (safe to use). */
  id_str: string
  /** Start and end offsets of the media link in the text, in code points. */
  indices: number[]
  /** Plain-HTTP address of the image (or of the video's thumbnail). */
  media_url: string
  /** HTTPS address of the image (or of the video's thumbnail). */
  media_url_https: string
  /** The t.co link that stands for the media in the text. */
  url: string
  /** The pic.twitter.com link meant for display. */
  display_url: string
  /** Address of the media page on twitter.com. */
  expanded_url: string
  /** The kind of media. */
  type: 'photo' | 'video' | 'animated_gif'
  /** The dimensions of each available size of the image. */
  sizes: MediaSizes
  /** For media reused from another Tweet, that Tweet's id as a number; may lose precision in JavaScript, use `source_status_id_str`. */
  source_status_id?: number | null
  /** For media reused from another Tweet, that Tweet's id as a string (safe to use). */
  source_status_id_str?: string | null
  /** For reused media, the original poster's id as a number; may lose precision in JavaScript, use `source_user_id_str`. */
  source_user_id?: number
  /** For reused media, the original poster's id as a string (safe to use). */
  source_user_id_str?: string
  /** Renditions of a video or animated GIF; only in `extended_entities`. */
  video_info?: VideoInfo
  /** Extra information about some videos (typically from media partners). */
  additional_media_info?: AdditionalMediaInfo
  /** The description (alt text) the poster gave the image; sent with `include_ext_alt_text=true`. */
  ext_alt_text?: string | null
}

/**
 * The sizes in which Twitter serves an image; append ":thumb", ":small", ... to the media URL to fetch one.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/entities
 */
export interface MediaSizes {
  /** A 150x150 square crop. */
  thumb: MediaSize
  /** Fitted within 680 pixels. */
  small: MediaSize
  /** Fitted within 1200 pixels. */
  medium: MediaSize
  /** Fitted within 2048 pixels. */
  large: MediaSize
}

/**
 * The dimensions of one size of an image.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/entities
 */
export interface MediaSize {
  /** Width in pixels. */
  w: number
  /** Height in pixels. */
  h: number
  /** "fit" keeps the aspect ratio; "crop" cuts the image to the size. */
  resize: 'fit' | 'crop'
}

/**
 * The playable renditions of a video or animated GIF.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/extended-entities
 */
export interface VideoInfo {
  /** Width and height of the aspect ratio in lowest terms, e.g. [16, 9]. */
  aspect_ratio: number[]
  /** Length of the video in milliseconds; absent for animated GIFs. */
  duration_millis?: number
  /** The available encodings (MP4 at several bitrates, HLS playlists, ...). */
  variants: VideoVariant[]
}

/**
 * One encoding of a video.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/extended-entities
 */
export interface VideoVariant {
  /** Bitrate in bits per second; absent for streaming playlists. */
  bitrate?: number
  /** MIME type, such as "video/mp4" or "application/x-mpegURL". */
  content_type: string
  /** Where to fetch this encoding. */
  url: string
}

/**
 * Extra details Twitter gives about some videos.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/extended-entities
 */
export interface AdditionalMediaInfo {
  /** The video's title. */
  title?: string
  /** The video's description. */
  description?: string
  /** Whether the video may be embedded outside Twitter. */
  embeddable?: boolean
  /** Whether the video carries ads. */
  monetizable: boolean
  /** The account that first posted the video, when it was reused. */
  source_user?: User
}

/**
 * Links found in a user's profile URL field and in their description.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/entities
 */
export interface UserEntities {
  /** The profile's website link; absent when the user set none. */
  url?: UserUrlEntities
  /** Links in the profile description. */
  description: UserUrlEntities
}

/** A list of links found in one field of a profile. */
export interface UserUrlEntities {
  /** The links; empty when there are none. */
  urls: UrlEntity[]
}

/**
 * A poll attached to a Tweet.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/data-dictionary/object-model/entities
 */
export interface PollEntity {
  /** The choices, in order. */
  options: PollOption[]
  /** When voting closes, like "Thu May 25 22:20:27 +0000 2017". */
  end_datetime: string
  /** How long the poll runs, in minutes. */
  duration_minutes: number
}

/** One choice in a poll. */
export interface PollOption {
  /** Its place in the list, starting at 1. */
  position: number
  /** The choice's label. */
  text: string
}
