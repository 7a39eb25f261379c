import { CodePointText, escapeText } from './codepoints.js'
import { encodeComponent, escapeHtml } from './escape.js'
import { collectLinks, isRecord, nonEmptyString, type Link, type UrlChoice } from './links.js'
import type { HtmlForTweetOptions, HtmlTweet, HtmlTweetContent } from './types.js'

/**
 * Renders a Tweet as HTML the way Twython's `html_for_tweet` does: mentions, hashtags, cashtags, links and
 * the media link become `<a>` elements with Twython's hrefs and CSS classes (`twython-mention`,
 * `twython-hashtag`, `twython-symbol`, `twython-url`, `twython-media`); the parts outside
 * `display_text_range` are wrapped in `<span class="twython-tweet-prefix">` (leading reply mentions) and
 * `<span class="twython-tweet-suffix">` (trailing attachment links); a Retweet renders the retweeted Tweet;
 * `extended_tweet` and `full_text` are preferred to the short `text`.
 *
 * The result is safe to insert into a page: text is escaped (without double-escaping the `&amp;` the API
 * already sends), only `http:` and `https:` links are made, and entities whose indices do not fit the text
 * are left as plain text. Indices are Twitter's code-point indices, so emoji do not shift links.
 *
 * Where the output deliberately differs from Twython's (each fixes a Twython bug or adds safety): every
 * entity is placed by its indices, wherever it lies (Twython linked prefix mentions by regex over the text,
 * never linked suffix mentions, spliced suffix hashtags past the display text, compared already-shifted url
 * indices with the range and did not shift media indices); `"`, `<`, `>` and stray `&` are escaped;
 * hashtag and cashtag words and screen names are percent-encoded in hrefs; a quote is also expanded for a
 * Tweet that carries `extended_tweet`; a quoted Tweet without an author is shown without the `<cite>`.
 *
 * @param tweet - A Tweet from the API (the generated `Tweet` model fits), or any object of that shape.
 * @param options - Which url form to show and whether to expand a quoted Tweet.
 * @returns The HTML, or `''` for a Tweet without text.
 *
 * @example
 * ```ts
 * htmlForTweet({
 *   full_text: 'Hi @twitterapi #dev https://t.co/abc',
 *   entities: {
 *     user_mentions: [{ screen_name: 'TwitterAPI', indices: [3, 14] }],
 *     hashtags: [{ text: 'dev', indices: [15, 19] }],
 *     urls: [{ url: 'https://t.co/abc', display_url: 'dev.twitter.com', indices: [20, 36] }],
 *   },
 * })
 * // 'Hi <a href="https://twitter.com/TwitterAPI" class="twython-mention">@TwitterAPI</a> '
 * // + '<a href="https://twitter.com/search?q=%23dev" class="twython-hashtag">#dev</a> '
 * // + '<a href="https://t.co/abc" class="twython-url">dev.twitter.com</a>'
 * ```
 */
export function htmlForTweet(tweet: HtmlTweet, options: HtmlForTweetOptions = {}): string {
  const choice: UrlChoice = { useDisplayUrl: options.useDisplayUrl ?? true, useExpandedUrl: options.useExpandedUrl ?? false }
  return renderTweet(tweet, choice, options.expandQuotedStatus ?? false)
}

function renderTweet(tweet: HtmlTweet, choice: UrlChoice, expandQuote: boolean): string {
  // A Retweet's own text is "RT @user: …" cut to 140 characters; the original is what to show.
  const shown = isRecord(tweet.retweeted_status) ? tweet.retweeted_status : tweet
  const content = isRecord(shown.extended_tweet) ? shown.extended_tweet : shown
  // Twython looked for the quote on the extended_tweet object, which never has `is_quote_status`, so
  // long quote Tweets from streams were never expanded; the Tweet itself is where the quote lives.
  const quote = expandQuote ? renderQuote(shown, choice) : ''
  return renderContent(content, choice) + quote
}

function renderContent(content: HtmlTweetContent, choice: UrlChoice): string {
  const text = new CodePointText(nonEmptyString(content.full_text) ?? nonEmptyString(content.text) ?? '')
  const [start, end] = displayRange(content.display_text_range, text)
  const links = collectLinks(content.entities, text, choice)
  return (
    wrap('twython-tweet-prefix', renderRange(text, links, 0, start)) +
    renderRange(text, links, start, end) +
    wrap('twython-tweet-suffix', renderRange(text, links, end, text.length))
  )
}

/**
 * The `[start, end)` code points to show. As Python slicing does, an end past the text is clamped; a
 * range that is missing, reversed, negative, fractional or cuts a character reference shows everything.
 */
function displayRange(range: HtmlTweetContent['display_text_range'], text: CodePointText): [number, number] {
  const whole: [number, number] = [0, text.length]
  if (!Array.isArray(range)) return whole
  const [rawStart, rawEnd] = range as readonly unknown[]
  if (typeof rawStart !== 'number' || typeof rawEnd !== 'number' || rawStart > rawEnd) return whole
  const start = Math.min(rawStart, text.length)
  const end = Math.min(rawEnd, text.length)
  return text.isCut(start) && text.isCut(end) ? [start, end] : whole
}

/**
 * The HTML of code points `[from, to)` with the links that lie wholly inside it. A link that straddles
 * `from` or `to` (an entity crossing the display-range bound) is in no range, so it stays plain text
 * rather than breaking the prefix or suffix span apart.
 */
function renderRange(text: CodePointText, links: readonly Link[], from: number, to: number): string {
  let html = ''
  let position = from
  for (const link of links) {
    if (link.start < from || link.end > to) continue
    html += text.html(position, link.start) + link.html
    position = link.end
  }
  return html + text.html(position, to)
}

function wrap(className: string, html: string): string {
  return html === '' ? '' : `<span class="${className}">${html}</span>`
}

/**
 * Twython's quote block: the quoted Tweet rendered with the same url choice (its own quote never
 * expanded), then a `<cite>` linking to it. A quoted Tweet with no author or id (the `UserStatus` shape
 * has none) keeps the blockquote and leaves out the `<cite>`, where Twython raised a KeyError.
 */
function renderQuote(tweet: HtmlTweet, choice: UrlChoice): string {
  const quoted = tweet.quoted_status
  if (!tweet.is_quote_status || !isRecord(quoted)) return ''
  return `<blockquote class="twython-quote">${renderTweet(quoted, choice, false)}${renderCite(quoted)}</blockquote>`
}

function renderCite(quoted: HtmlTweet): string {
  const screenName = nonEmptyString(isRecord(quoted.user) ? quoted.user.screen_name : undefined)
  const id = nonEmptyString(quoted.id_str)
  if (screenName === undefined || id === undefined) return ''
  const name = (isRecord(quoted.user) && typeof quoted.user.name === 'string' ? quoted.user.name : '')
  const href = `https://twitter.com/${encodeComponent(screenName)}/status/${encodeComponent(id)}`
  return (
    `<cite><a href="${escapeHtml(href)}">` +
    `<span class="twython-quote-user-name">${escapeText(name)}</span>` +
    `<span class="twython-quote-user-screenname">@${escapeText(screenName)}</span>` +
    '</a></cite>'
  )
}
