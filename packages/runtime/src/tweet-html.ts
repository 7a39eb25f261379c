/**
 * `htmlForTweet`: Twython's tweet renderer. Mentions, hashtags, cashtags, urls and media become links with
 * Twython's hrefs and CSS classes; `display_text_range` splits off a prefix (leading reply mentions) and a
 * suffix (trailing media or quote links) into their own spans; a quoted tweet can be expanded below.
 *
 * Where this differs from Twython, on purpose:
 * - Indices are Twitter's code-point indices, applied to code points (JavaScript strings count UTF-16
 *   units), so emoji and other astral characters before an entity do not shift its link.
 * - Every entity is placed by its indices wherever it lies: Twython linked prefix mentions by regex
 *   (matching the same text elsewhere), never linked mentions in the suffix, spliced suffix hashtags past
 *   the end of the display text, compared already-shifted url indices with the range, and did not shift
 *   media indices by the range start.
 * - Safety: text from the API arrives HTML-escaped (`&amp;`, `&lt;`, `&gt;`) and is neither escaped twice
 *   nor unescaped; a raw `<`, `>` or stray `&` is escaped; attribute values are escaped; only http: and
 *   https: links are emitted (anything else stays plain text); entities with bad, out-of-range or
 *   overlapping indices are skipped; names and hashtag text are escaped and percent-encoded in hrefs.
 * - A quoted tweet is expanded for `extended_tweet` payloads too (Twython looked for `is_quote_status`
 *   on the extended object, where it never is).
 */

/** An entity's position: `[start, end)` in code points. */
type Indices = readonly [number, number] | readonly number[]

/** The parts of a Tweet the renderer reads. The generated `Tweet` model is assignable to it. */
export interface HtmlTweet {
  readonly text?: string | null
  readonly full_text?: string | null
  readonly display_text_range?: readonly number[] | null
  readonly entities?: HtmlEntities | null
  readonly extended_tweet?: { readonly full_text?: string | null; readonly display_text_range?: readonly number[] | null; readonly entities?: HtmlEntities | null } | null
  readonly retweeted_status?: HtmlTweet | null
  readonly quoted_status?: HtmlTweet | null
  readonly is_quote_status?: boolean | null
  readonly id_str?: string | null
  readonly user?: { readonly screen_name?: string | null; readonly name?: string | null } | null
}

export interface HtmlEntities {
  readonly user_mentions?: readonly { readonly screen_name?: string | null; readonly indices?: Indices | null }[] | null
  readonly hashtags?: readonly { readonly text?: string | null; readonly indices?: Indices | null }[] | null
  readonly symbols?: readonly { readonly text?: string | null; readonly indices?: Indices | null }[] | null
  readonly urls?: readonly HtmlUrlEntity[] | null
  readonly media?: readonly HtmlUrlEntity[] | null
}

export interface HtmlUrlEntity {
  readonly url?: string | null
  readonly display_url?: string | null
  readonly expanded_url?: string | null
  readonly indices?: Indices | null
}

export interface HtmlForTweetOptions {
  /** Show `display_url` (e.g. `github.com/…`) as the link text. @default true */
  readonly useDisplayUrl?: boolean
  /** Show `expanded_url`; overrides `useDisplayUrl`. @default false */
  readonly useExpandedUrl?: boolean
  /** Append the quoted tweet in a `<blockquote class="twython-quote">`. @default false */
  readonly expandQuotedStatus?: boolean
}

interface Replacement {
  readonly start: number
  readonly end: number
  readonly html: string
}

/**
 * Renders a tweet as HTML, as Twython's `html_for_tweet` does.
 *
 * @example
 * ```ts
 * const html = htmlForTweet(tweet, { useDisplayUrl: true, expandQuotedStatus: true })
 * // 'Hello <a href="https://twitter.com/twitterapi" class="twython-mention">@twitterapi</a> …'
 * ```
 */
export function htmlForTweet(tweet: HtmlTweet, options: HtmlForTweetOptions = {}): string {
  return render(tweet, options, true)
}

function render(input: HtmlTweet, options: HtmlForTweetOptions, allowQuote: boolean): string {
  const tweet = input.retweeted_status ?? input
  const extended = tweet.extended_tweet
  const text = extended?.full_text || tweet.full_text || tweet.text || ''
  const entities = extended ? extended.entities : tweet.entities
  const chars = Array.from(text)
  const [rangeStart, rangeEnd] = displayRange(extended?.display_text_range ?? tweet.display_text_range, chars.length)

  const replacements = collect(entities, chars, options)
    // An entity straddling the display range boundary belongs to neither part: leave it as text.
    .filter((r) => (r.end <= rangeStart || r.start >= rangeStart) && (r.end <= rangeEnd || r.start >= rangeEnd))
  const prefix = renderSpan(chars, 0, rangeStart, replacements)
  const display = renderSpan(chars, rangeStart, rangeEnd, replacements)
  const suffix = renderSpan(chars, rangeEnd, chars.length, replacements)

  let html = ''
  if (prefix) html += `<span class="twython-tweet-prefix">${prefix}</span>`
  html += display
  if (suffix) html += `<span class="twython-tweet-suffix">${suffix}</span>`
  if (allowQuote && options.expandQuotedStatus && tweet.is_quote_status && tweet.quoted_status) html += quoteBlock(tweet.quoted_status, options)
  return html
}

/** `[start, end]` from display_text_range when it is valid, else the whole text. */
function displayRange(range: readonly number[] | null | undefined, length: number): [number, number] {
  if (range && range.length >= 2) {
    const [s, e] = range as [number, number]
    if (Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= length) return [s, e]
  }
  return [0, length]
}

/** Every linkable entity with valid indices, sorted, overlaps dropped (the earlier one wins). */
function collect(entities: HtmlEntities | null | undefined, chars: readonly string[], options: HtmlForTweetOptions): Replacement[] {
  if (!entities) return []
  const all: Replacement[] = []
  const add = (indices: Indices | null | undefined, html: string | undefined) => {
    if (html === undefined || !indices || indices.length < 2) return
    const [start, end] = indices as [number, number]
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > chars.length) return
    all.push({ start, end, html })
  }
  for (const m of entities.user_mentions ?? []) {
    const name = m.screen_name
    if (name) add(m.indices, `<a href="https://twitter.com/${attr(encodeURIComponent(name))}" class="twython-mention">@${escapeText(name)}</a>`)
  }
  for (const h of entities.hashtags ?? []) {
    if (h.text) add(h.indices, `<a href="https://twitter.com/search?q=%23${attr(encodeURIComponent(h.text))}" class="twython-hashtag">#${escapeText(h.text)}</a>`)
  }
  for (const s of entities.symbols ?? []) {
    if (s.text) add(s.indices, `<a href="https://twitter.com/search?q=%24${attr(encodeURIComponent(s.text))}" class="twython-symbol">$${escapeText(s.text)}</a>`)
  }
  for (const u of entities.urls ?? []) add(u.indices, urlLink(u, 'twython-url', options))
  // Twitter repeats one t.co link for every photo of a tweet: the first media entity is the one in the text.
  const media = entities.media?.[0]
  if (media) add(media.indices, urlLink(media, 'twython-media', options))

  all.sort((a, b) => a.start - b.start || a.end - b.end)
  const kept: Replacement[] = []
  for (const r of all) if (kept.length === 0 || r.start >= kept[kept.length - 1]!.end) kept.push(r)
  return kept
}

/** A url or media link, or `undefined` (left as plain text) when its href or expanded URL is not http(s). */
function urlLink(entity: HtmlUrlEntity, cls: string, options: HtmlForTweetOptions): string | undefined {
  const href = entity.url
  // A t.co link to a javascript: or data: target is crafted: show the text, link nothing.
  if (!href || !isHttp(href) || (entity.expanded_url && !isHttp(entity.expanded_url))) return undefined
  const useDisplay = options.useDisplayUrl ?? true
  let shown = href
  if (options.useExpandedUrl && entity.expanded_url) shown = entity.expanded_url
  else if (useDisplay && entity.display_url && !options.useExpandedUrl) shown = entity.display_url
  return `<a href="${attr(href)}" class="${cls}">${escapeText(shown)}</a>`
}

function isHttp(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

/** Renders code points `[from, to)` with the replacements that lie inside. */
function renderSpan(chars: readonly string[], from: number, to: number, replacements: readonly Replacement[]): string {
  let out = ''
  let at = from
  for (const r of replacements) {
    if (r.start < from || r.end > to) continue
    out += escapeText(chars.slice(at, r.start).join('')) + r.html
    at = r.end
  }
  return out + escapeText(chars.slice(at, to).join(''))
}

function quoteBlock(quoted: HtmlTweet, options: HtmlForTweetOptions): string {
  const screenName = quoted.user?.screen_name ?? ''
  const id = quoted.id_str ?? ''
  const inner = render(quoted, options, false)
  const href = `https://twitter.com/${encodeURIComponent(screenName)}/status/${encodeURIComponent(id)}`
  return (
    `<blockquote class="twython-quote">${inner}<cite><a href="${attr(href)}">` +
    `<span class="twython-quote-user-name">${escapeText(quoted.user?.name ?? '')}</span>` +
    `<span class="twython-quote-user-screenname">@${escapeText(screenName)}</span></a></cite></blockquote>`
  )
}

/**
 * Escapes text for HTML while keeping the entities Twitter already put in (`&amp;`, `&lt;`, `&gt;`, numeric
 * references): a raw `<` or `>` and an `&` that does not start a reference are escaped; quotes are safe in
 * text content and kept as Twython shows them.
 */
export function escapeText(text: string): string {
  return text.replace(/&(?!(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});)|[<>]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'))
}

/** Escapes an attribute value completely (it never carries pre-escaped text). */
function attr(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}
