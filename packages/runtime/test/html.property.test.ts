import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { htmlForTweet, type HtmlEntities, type HtmlTweet } from '../src/html/index.js'

// ---------------------------------------------------------------------------------------------------
// Helpers written independently of the renderer: strip tags, decode the references it may keep.
// ---------------------------------------------------------------------------------------------------

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Decodes, in one pass, the references a browser decodes and the renderer keeps (named five, numeric). */
function decodeHtml(html: string): string {
  return html.replace(/&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g, (whole, name?: string, dec?: string, hex?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole
    const codePoint = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16)
    const isCharacter = codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff)
    return isCharacter ? String.fromCodePoint(codePoint) : whole
  })
}

/** What a reader sees: the output without its tags, references decoded. */
function visibleText(html: string): string {
  return decodeHtml(html.replace(/<[^>]*>/g, ''))
}

const codePoints = (s: string): number => Array.from(s).length

// ---------------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------------

// Text between entities: any code point (astral ones included), markup characters, the references the
// API sends, stray and bogus ampersands, combining marks and multi-code-point emoji.
const SPECIALS = ['&amp;', '&lt;', '&gt;', '&quot;', '&#39;', '&#x1F600;', '&', '&amp', '&bogus;', '&#0;', '<', '>', '"', "'", ';', '#', '@', '$', ' ', 'e\u0301', '😀', '🇯🇵', '👩‍👩‍👧', '\u200d']
const chunkWith = (amp: boolean) =>
  fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 3 }), fc.constantFrom(...SPECIALS)), { maxLength: 6 })
    .map((parts) => parts.join(''))
    .map((s) => (amp ? s : s.replace(/&/g, '+')))

const WORD_PARTS = ['a', 'Z', '9', '_', 'é', '日本', '𝔘', '\u0301', '🍕', '<', '>', '"', "'", '&', 'amp;']
const wordWith = (amp: boolean) =>
  fc
    .array(fc.constantFrom(...WORD_PARTS.filter((p) => amp || !p.includes('&'))), { minLength: 1, maxLength: 5 })
    .map((parts) => parts.join(''))

type Kind = 'user_mentions' | 'hashtags' | 'symbols' | 'urls' | 'media'

/** One entity as it appears in the text (`slice`) and the entity object minus its indices. */
interface Piece {
  readonly kind: Kind
  readonly slice: string
  readonly entity: Record<string, unknown>
}

const pieceWith = (amp: boolean): fc.Arbitrary<Piece> => {
  const shortUrl = fc.stringMatching(/^[A-Za-z0-9]{1,10}$/).map((id) => `https://t.co/${id}`)
  const otherUrl = fc.oneof(fc.constant(null), fc.string({ unit: 'binary', maxLength: 8 }))
  return fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9_]{1,15}$/).map((name) => ({ kind: 'user_mentions' as const, slice: `@${name}`, entity: { screen_name: name } })),
    wordWith(amp).map((word) => ({ kind: 'hashtags' as const, slice: `#${word}`, entity: { text: word } })),
    fc.stringMatching(/^[A-Z]{1,6}$/).map((word) => ({ kind: 'symbols' as const, slice: `$${word}`, entity: { text: word } })),
    // A valid entity's expanded URL is a web URL (or absent): one that is not makes the entity crafted.
    fc.tuple(shortUrl, otherUrl, fc.oneof(fc.constant(null), otherUrl.map((u) => (u === null ? null : `https://example.com/${Buffer.from(u).toString('hex')}`)))).map(([url, display_url, expanded_url]) => ({ kind: 'urls' as const, slice: url, entity: { url, display_url, expanded_url } })),
    fc.tuple(shortUrl, otherUrl).map(([url, display_url]) => ({ kind: 'media' as const, slice: url, entity: { url, display_url } })),
  )
}

interface Built {
  readonly text: string
  readonly entities: HtmlEntities
  /** The slices that must come out as links, in text order. */
  readonly linked: readonly string[]
}

/** Interleaves chunks and entities into a text, giving each entity its code-point indices. */
function build(first: string, rest: readonly (readonly [Piece, string])[]): Built {
  const entities: Record<Kind, Record<string, unknown>[]> = { user_mentions: [], hashtags: [], symbols: [], urls: [], media: [] }
  const linked: string[] = []
  let text = first
  for (const [piece, chunk] of rest) {
    const start = codePoints(text)
    text += piece.slice
    entities[piece.kind].push({ ...piece.entity, indices: [start, codePoints(text)] })
    // Only the first media entity is used, as in Twython.
    if (piece.kind !== 'media' || entities.media.length === 1) linked.push(piece.slice)
    text += chunk
  }
  return { text, entities, linked }
}

const builtWith = (amp: boolean) =>
  fc.tuple(chunkWith(amp), fc.array(fc.tuple(pieceWith(amp), chunkWith(amp)), { maxLength: 6 })).map(([first, rest]) => build(first, rest))

/** Sometimes the same content as a Retweet, or as a Tweet with extended_tweet: both render the inner one. */
const wrapped = (content: HtmlTweet) =>
  fc.constantFrom<HtmlTweet>(
    content,
    { text: 'RT @x: cut…', entities: { user_mentions: [{ screen_name: 'x', indices: [3, 5] }] }, retweeted_status: content },
    { text: 'cut… https://t.co/cut', entities: {}, extended_tweet: content },
  )

// ---------------------------------------------------------------------------------------------------
// (a) Nothing lost, nothing duplicated
// ---------------------------------------------------------------------------------------------------

describe('htmlForTweet properties: text preservation', () => {
  // Stated precisely: for any text and any set of non-overlapping entities at their code-point indices,
  // decode(strip(html)) === decode(text), where decode is one pass of the five named references plus
  // numeric ones. This holds with or without display_text_range, for any range [S, E]: the prefix
  // (code points [0, S)) and suffix ([E, length)) are wrapped in spans and never dropped or repeated, so
  // prefix + display + suffix is the whole text. A range that is invalid or cuts a reference renders the
  // whole text unwrapped; an entity that crosses S or E is left as text. With expandQuotedStatus the
  // quoted Tweet's visible text, its author's name and "@" + screen name follow, once each.
  it('(a) keeps every character of the text exactly once, in order, for any display_text_range', () => {
    const range = (length: number) =>
      fc.option(
        fc.tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length + 2 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]),
        { nil: undefined },
      )
    const tweet = builtWith(true).chain((built) =>
      range(codePoints(built.text)).chain((display_text_range) =>
        wrapped({ full_text: built.text, entities: built.entities, ...(display_text_range ? { display_text_range } : {}) }).map((t) => ({ built, t })),
      ),
    )
    fc.assert(
      fc.property(tweet, ({ built, t }) => {
        // Links show the t.co url (the slice itself) so the visible text can be compared.
        const html = htmlForTweet(t, { useDisplayUrl: false })
        expect(visibleText(html)).toBe(decodeHtml(built.text))
      }),
      { numRuns: 500 },
    )
  })

  it("(a) appends the quoted tweet, its author's name and screen name once each", () => {
    const quoted = fc.tuple(builtWith(true), fc.string({ unit: 'binary', maxLength: 10 }), fc.stringMatching(/^[A-Za-z0-9_]{1,15}$/))
    fc.assert(
      fc.property(builtWith(true), quoted, (outer, [inner, name, screenName]) => {
        const tweet: HtmlTweet = {
          full_text: outer.text,
          entities: outer.entities,
          is_quote_status: true,
          quoted_status: { full_text: inner.text, entities: inner.entities, id_str: '1', user: { name, screen_name: screenName } },
        }
        const html = htmlForTweet(tweet, { useDisplayUrl: false, expandQuotedStatus: true })
        expect(visibleText(html)).toBe(decodeHtml(outer.text) + decodeHtml(inner.text) + decodeHtml(name) + '@' + screenName)
      }),
      { numRuns: 300 },
    )
  })

  // Entities with arbitrary indices (overlapping, out of range, reversed, cutting references or the
  // display range): each url entity's display_url is set to exactly the code points its indices cover,
  // so whether a link is made or skipped, the visible text must still be the text, once.
  it('(a) keeps the text intact whatever the indices, overlapping ones included', () => {
    const sample = chunkWith(true).chain((text) => {
      const index = fc.integer({ min: -2, max: codePoints(text) + 2 })
      return fc.record({
        text: fc.constant(text),
        spans: fc.array(fc.tuple(index, index), { maxLength: 8 }),
        range: fc.option(fc.tuple(index, index), { nil: undefined }),
      })
    })
    fc.assert(
      fc.property(sample, ({ text, spans, range }) => {
        const chars = Array.from(text)
        const urls = spans.map(([start, end]) => ({ url: 'https://t.co/x', display_url: chars.slice(start, end).join(''), indices: [start, end] }))
        const html = htmlForTweet({ full_text: text, entities: { urls }, ...(range ? { display_text_range: range } : {}) })
        expect(visibleText(html)).toBe(decodeHtml(text))
      }),
      { numRuns: 1000 },
    )
  })

  // Without any `&` there is no character reference an entity could cut, so every entity is valid: each
  // must become exactly one link over exactly its own text. This is where UTF-16 slicing would misplace
  // links after an emoji.
  it('(a) links every valid entity over exactly its own text', () => {
    fc.assert(
      fc.property(builtWith(false), (built) => {
        const html = htmlForTweet({ full_text: built.text, entities: built.entities }, { useDisplayUrl: false })
        const anchors = [...html.matchAll(/<a [^>]*>(.*?)<\/a>/g)].map((m) => decodeHtml(m[1] ?? ''))
        expect(anchors).toEqual(built.linked.map(decodeHtml))
      }),
      { numRuns: 500 },
    )
  })
})

// ---------------------------------------------------------------------------------------------------
// (b) Only the markup it means to write
// ---------------------------------------------------------------------------------------------------

const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('javascript:alert(1)', 'JAVASCRIPT:x', 'data:text/html,<script>x</script>', 'https://t.co/a"><script>x</script>', 'http://ok/?a=1&b=2', '"', "'", '<', '&amp;', 'vbscript:x', ' https://t.co/x'),
)
const nastyIndex = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.double(), fc.constantFrom<unknown>(null, '3', Number.NaN))
const nastyIndices = fc.oneof(fc.tuple(nastyIndex, nastyIndex), fc.tuple(fc.nat(40), fc.nat(40)), fc.constantFrom<unknown>(null, 'x', [], [1], {}))
const nastyEntity = fc.record(
  { screen_name: nastyString, text: nastyString, url: nastyString, display_url: nastyString, expanded_url: nastyString, indices: nastyIndices },
  { requiredKeys: [] },
)
const nastyList = fc.oneof(fc.array(fc.oneof(nastyEntity, fc.constantFrom<unknown>(null, 1, 'x')), { maxLength: 5 }), fc.constantFrom<unknown>(null, {}, 'x'))
const nastyEntities = fc.record({ user_mentions: nastyList, hashtags: nastyList, symbols: nastyList, urls: nastyList, media: nastyList }, { requiredKeys: [] })
const nastyContent = fc.record(
  { text: nastyString, full_text: nastyString, display_text_range: nastyIndices, entities: fc.oneof(nastyEntities, fc.constantFrom<unknown>(null, [])) },
  { requiredKeys: [] },
)
const nastyUser = fc.record({ screen_name: nastyString, name: nastyString }, { requiredKeys: [] })
const nastyTweet: fc.Arbitrary<HtmlTweet> = fc.letrec<{ tweet: unknown }>((tie) => ({
  tweet: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyContent,
    fc.record(
      {
        text: nastyString,
        entities: nastyEntities,
        extended_tweet: nastyContent,
        retweeted_status: tie('tweet'),
        quoted_status: tie('tweet'),
        is_quote_status: fc.oneof(fc.boolean(), fc.constant<unknown>(1)),
        id_str: nastyString,
        user: fc.oneof(nastyUser, fc.constantFrom<unknown>(null, 'x')),
      },
      { requiredKeys: [] },
    ),
  ),
})).tweet as fc.Arbitrary<HtmlTweet>

const ALLOWED_TAGS = new Set(['a', 'span', 'blockquote', 'cite'])
const TAG = /<(\/?)([a-z]+)((?: [a-z]+="[^"<>]*")*)>/y
const ATTRIBUTE = / ([a-z]+)="([^"<>]*)"/g

/** Walks the html tag by tag; fails on anything but the allowed, well-nested markup. */
function checkMarkup(html: string): void {
  const open: string[] = []
  let text = ''
  let i = 0
  while (i < html.length) {
    if (html[i] !== '<') {
      text += html[i]
      i += 1
      continue
    }
    TAG.lastIndex = i
    const match = TAG.exec(html)
    expect(match, `malformed tag at ${i}: ${html.slice(i, i + 40)}`).not.toBeNull()
    const [whole, closing, name = '', attributes = ''] = match ?? []
    expect(ALLOWED_TAGS.has(name), `tag <${name}>`).toBe(true)
    if (closing) {
      expect(open.pop()).toBe(name)
    } else {
      expect(name === 'a' && open.includes('a'), 'nested <a>').toBe(false)
      for (const [, attribute, value = ''] of attributes.matchAll(ATTRIBUTE)) {
        expect(['href', 'class']).toContain(attribute)
        if (attribute === 'href') expect(decodeHtml(value)).toMatch(/^https?:\/\//)
      }
      open.push(name)
    }
    i += whole?.length ?? 1
  }
  expect(open).toEqual([])
  // Between tags only text: any markup character in the input came out as a reference.
  expect(text).not.toMatch(/[<>"]/)
}

describe('htmlForTweet properties: safe markup', () => {
  it('(b) writes only a, span, blockquote and cite, with only href and class, hrefs only http(s), well nested', () => {
    const options = fc.record({ useDisplayUrl: fc.boolean(), useExpandedUrl: fc.boolean(), expandQuotedStatus: fc.boolean() }, { requiredKeys: [] })
    fc.assert(
      fc.property(nastyTweet, options, (tweet, opts) => {
        checkMarkup(htmlForTweet(tweet, opts))
      }),
      { numRuns: 1000 },
    )
  })

  it('(b) also holds for well-formed tweets with crafted strings in text and entities', () => {
    fc.assert(
      fc.property(builtWith(true), fc.boolean(), (built, expandQuotedStatus) => {
        const quoted: HtmlTweet = { full_text: built.text, entities: built.entities, id_str: '"1"', user: { name: built.text, screen_name: '<x>' } }
        const tweet: HtmlTweet = { full_text: built.text, entities: built.entities, is_quote_status: true, quoted_status: quoted }
        checkMarkup(htmlForTweet(tweet, { expandQuotedStatus }))
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on any JSON object', () => {
    const keys = fc.constantFrom('text', 'full_text', 'display_text_range', 'entities', 'extended_tweet', 'retweeted_status', 'quoted_status', 'is_quote_status', 'id_str', 'user')
    fc.assert(
      fc.property(fc.dictionary(keys, fc.jsonValue()), fc.boolean(), (tweet, expandQuotedStatus) => {
        expect(typeof htmlForTweet(tweet as HtmlTweet, { expandQuotedStatus })).toBe('string')
      }),
      { numRuns: 500 },
    )
  })
})
