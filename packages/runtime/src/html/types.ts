/**
 * The parts of a Tweet that {@link htmlForTweet} reads, as plain structural types.
 *
 * Every field is optional and tolerates `null`, so the generated `Tweet` and `UserStatus` models (which
 * carry far more) are assignable, and so is a hand-built or partly missing object.
 */

/** An entity's `[start, end)` position in the text, counted in Unicode code points. */
export type HtmlIndices = readonly number[]

/** A `@screen_name` mention. */
export interface HtmlMentionEntity {
  readonly screen_name?: string | null
  readonly indices?: HtmlIndices | null
}

/** A `#hashtag` or `$CASHTAG`: `text` is the word without its sign. */
export interface HtmlTagEntity {
  readonly text?: string | null
  readonly indices?: HtmlIndices | null
}

/** A link or a media attachment: `url` is the t.co link, the other two are what may be shown. */
export interface HtmlUrlEntity {
  readonly url?: string | null
  readonly display_url?: string | null
  readonly expanded_url?: string | null
  readonly indices?: HtmlIndices | null
}

/** The `entities` object of a Tweet. */
export interface HtmlEntities {
  readonly user_mentions?: readonly (HtmlMentionEntity | null)[] | null
  readonly hashtags?: readonly (HtmlTagEntity | null)[] | null
  readonly symbols?: readonly (HtmlTagEntity | null)[] | null
  readonly urls?: readonly (HtmlUrlEntity | null)[] | null
  readonly media?: readonly (HtmlUrlEntity | null)[] | null
}

/** Text, display range and entities: what a Tweet and its `extended_tweet` have in common. */
export interface HtmlTweetContent {
  readonly text?: string | null
  readonly full_text?: string | null
  /** `[start, end)` of the text meant to be shown, in code points; the rest is reply prefix and attachment suffix. */
  readonly display_text_range?: HtmlIndices | null
  readonly entities?: HtmlEntities | null
}

/** The author fields the quote block shows. */
export interface HtmlUser {
  readonly screen_name?: string | null
  readonly name?: string | null
}

/** A Tweet as {@link htmlForTweet} accepts it. */
export interface HtmlTweet extends HtmlTweetContent {
  /** The full text and entities of a long Tweet delivered in compatibility mode (streams). */
  readonly extended_tweet?: HtmlTweetContent | null
  /** Present on a Retweet: the original, which is what gets rendered. */
  readonly retweeted_status?: HtmlTweet | null
  /** Present on a quote Tweet while the quoted Tweet is available. */
  readonly quoted_status?: HtmlTweet | null
  readonly is_quote_status?: boolean | null
  readonly id_str?: string | null
  readonly user?: HtmlUser | null
}

/** How links are shown. */
export interface HtmlForTweetOptions {
  /**
   * Show a link's `display_url` (e.g. `github.com/twython/…`) as its text.
   * @default true
   */
  readonly useDisplayUrl?: boolean
  /**
   * Show a link's `expanded_url` (e.g. `https://github.com/twython/twython`); wins over `useDisplayUrl`.
   * When both are false the t.co url is shown.
   * @default false
   */
  readonly useExpandedUrl?: boolean
  /**
   * Append the quoted Tweet, rendered the same way, in a `<blockquote class="twython-quote">` that cites
   * its author. A quote inside the quote is not expanded.
   * @default false
   */
  readonly expandQuotedStatus?: boolean
}
