import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeText, htmlForTweet, type HtmlTweet } from '../src/tweet-html.js'

/** Code-point indices of `needle` in `text` (the n-th occurrence), as Twitter computes them. */
function at(text: string, needle: string, nth = 0): [number, number] {
  let from = 0
  let index = -1
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, from)
    from = index + needle.length
  }
  if (index < 0) throw new Error(`${needle} not in ${text}`)
  const start = Array.from(text.slice(0, index)).length
  return [start, start + Array.from(needle).length]
}

const mention = (text: string, name: string, nth = 0) => ({ screen_name: name, indices: at(text, `@${name}`, nth) })
const hashtag = (text: string, tag: string) => ({ text: tag, indices: at(text, `#${tag}`) })
const url = (text: string, tco: string, display: string, expanded: string) => ({ url: tco, display_url: display, expanded_url: expanded, indices: at(text, tco) })

const a = {
  mention: (n: string) => `<a href="https://twitter.com/${n}" class="twython-mention">@${n}</a>`,
  hashtag: (t: string) => `<a href="https://twitter.com/search?q=%23${t}" class="twython-hashtag">#${t}</a>`,
  symbol: (t: string) => `<a href="https://twitter.com/search?q=%24${t}" class="twython-symbol">$${t}</a>`,
  url: (href: string, shown: string) => `<a href="${href}" class="twython-url">${shown}</a>`,
  media: (href: string, shown: string) => `<a href="${href}" class="twython-media">${shown}</a>`,
}

describe('htmlForTweet: Twython’s markup', () => {
  const text = 'http://t.co/AbC12 is a #cool site, lol! @mikehelmick shd #checkitout. Love, @twython_dev https://t.co/Xyz98 http://t.co/Pic55'
  const classic: HtmlTweet = {
    text,
    entities: {
      hashtags: [hashtag(text, 'cool'), hashtag(text, 'checkitout')],
      user_mentions: [mention(text, 'mikehelmick'), mention(text, 'twython_dev')],
      urls: [url(text, 'http://t.co/AbC12', 'google.com', 'http://google.com'), url(text, 'https://t.co/Xyz98', 'github.com', 'https://github.com')],
      media: [url(text, 'http://t.co/Pic55', 'pic.twitter.com/Pic55', 'https://twitter.com/x/status/1/photo/1')],
      symbols: [],
    },
  }

  it('links urls, hashtags, mentions and media in a classic tweet', () => {
    expect(htmlForTweet(classic)).toBe(
      `${a.url('http://t.co/AbC12', 'google.com')} is a ${a.hashtag('cool')} site, lol! ${a.mention('mikehelmick')} shd ${a.hashtag('checkitout')}. Love, ${a.mention('twython_dev')} ${a.url('https://t.co/Xyz98', 'github.com')} ${a.media('http://t.co/Pic55', 'pic.twitter.com/Pic55')}`,
    )
  })

  it('chooses display, expanded or t.co url as Twython does', () => {
    expect(htmlForTweet(classic, { useExpandedUrl: true })).toContain(a.url('http://t.co/AbC12', 'http://google.com'))
    expect(htmlForTweet(classic, { useDisplayUrl: true, useExpandedUrl: true })).toContain(a.url('http://t.co/AbC12', 'http://google.com'))
    const short = htmlForTweet(classic, { useDisplayUrl: false })
    expect(short).toContain(a.url('http://t.co/AbC12', 'http://t.co/AbC12'))
    expect(short).not.toContain('google.com')
  })

  it('links only the symbols listed in entities', () => {
    const t = 'Some symbols: $AAPL and $PEP and $ANOTHER and $A.'
    const html = htmlForTweet({ text: t, entities: { symbols: [{ text: 'AAPL', indices: at(t, '$AAPL') }, { text: 'PEP', indices: at(t, '$PEP') }] } })
    expect(html).toBe(`Some symbols: ${a.symbol('AAPL')} and ${a.symbol('PEP')} and $ANOTHER and $A.`)
  })

  it('renders a reply with the leading mention in the prefix span and the media link in the suffix span', () => {
    const t = '@philgyford Here’s a test tweet with an image. Hi! https://t.co/tzhyk2QWSr'
    const tweet: HtmlTweet = {
      full_text: t,
      display_text_range: [12, at(t, ' https://t.co')[0]],
      entities: { user_mentions: [mention(t, 'philgyford')], media: [url(t, 'https://t.co/tzhyk2QWSr', 'pic.twitter.com/tzhyk2QWSr', 'https://twitter.com/p/status/1/photo/1')] },
    }
    expect(htmlForTweet(tweet)).toBe(
      `<span class="twython-tweet-prefix">${a.mention('philgyford')} </span>Here’s a test tweet with an image. Hi!<span class="twython-tweet-suffix"> ${a.media('https://t.co/tzhyk2QWSr', 'pic.twitter.com/tzhyk2QWSr')}</span>`,
    )
  })

  it('keeps indices after a prefix right (entities after a reply mention), fixing Twython’s shifted comparison', () => {
    const t = '@abc1 see https://t.co/AAA ok @visionphil #hashtag'
    const tweet: HtmlTweet = {
      full_text: t,
      display_text_range: [6, Array.from(t).length],
      entities: { user_mentions: [mention(t, 'abc1'), mention(t, 'visionphil')], urls: [url(t, 'https://t.co/AAA', 'example.org', 'https://example.org')], hashtags: [hashtag(t, 'hashtag')] },
    }
    expect(htmlForTweet(tweet)).toBe(`<span class="twython-tweet-prefix">${a.mention('abc1')} </span>see ${a.url('https://t.co/AAA', 'example.org')} ok ${a.mention('visionphil')} ${a.hashtag('hashtag')}`)
  })

  it('renders the full text of an extended tweet, with media in the suffix', () => {
    const t = "Say more about what's happening! Rolling out now. https://t.co/I9pUC0NdZC"
    const tweet: HtmlTweet = {
      text: "Say more about what's happening! Rolling… https://t.co/x",
      truncated: true,
      extended_tweet: {
        full_text: t,
        display_text_range: [0, at(t, ' https')[0]],
        entities: { media: [url(t, 'https://t.co/I9pUC0NdZC', 'pic.twitter.com/I9pUC0NdZC', 'https://twitter.com/t/status/1/photo/1')] },
      },
    } as HtmlTweet
    expect(htmlForTweet(tweet)).toBe(`Say more about what's happening! Rolling out now.<span class="twython-tweet-suffix"> ${a.media('https://t.co/I9pUC0NdZC', 'pic.twitter.com/I9pUC0NdZC')}</span>`)
  })

  it('links two url entities with the same t.co url each at its own place', () => {
    const t = 'Making 5G a Reality https://t.co/W0uArTMk9N #5G via @x https://t.co/W0uArTMk9N'
    const u = (n: number) => ({ url: 'https://t.co/W0uArTMk9N', display_url: 'buff.ly/2sEhrgO', expanded_url: 'http://buff.ly/2sEhrgO', indices: at(t, 'https://t.co/W0uArTMk9N', n) })
    expect(htmlForTweet({ text: t, entities: { urls: [u(0), u(1)] } })).toBe(`Making 5G a Reality ${a.url('https://t.co/W0uArTMk9N', 'buff.ly/2sEhrgO')} #5G via @x ${a.url('https://t.co/W0uArTMk9N', 'buff.ly/2sEhrgO')}`)
  })

  it('expands a quoted tweet with Twython’s blockquote markup', () => {
    const t = 'Here’s a quoted tweet. https://t.co/3neKzof0gT'
    const tweet: HtmlTweet = {
      full_text: t,
      is_quote_status: true,
      entities: { urls: [url(t, 'https://t.co/3neKzof0gT', 'twitter.com/philgyford/sta…', 'https://twitter.com/philgyford/status/917699069916729344')] },
      quoted_status: { id_str: '917699069916729344', full_text: 'The quoted tweet text.', entities: {}, user: { screen_name: 'philgyford', name: 'Phil Gyford' } },
    }
    expect(htmlForTweet(tweet, { expandQuotedStatus: true })).toBe(
      `Here’s a quoted tweet. ${a.url('https://t.co/3neKzof0gT', 'twitter.com/philgyford/sta…')}<blockquote class="twython-quote">The quoted tweet text.<cite><a href="https://twitter.com/philgyford/status/917699069916729344"><span class="twython-quote-user-name">Phil Gyford</span><span class="twython-quote-user-screenname">@philgyford</span></a></cite></blockquote>`,
    )
    expect(htmlForTweet(tweet)).not.toContain('blockquote')
  })

  it('renders the retweeted tweet of a retweet, dropping the "RT @user:" wrapper', () => {
    const inner = 'My aunt and uncle in a very ill humour one with another.'
    expect(htmlForTweet({ text: `RT @pepys: ${inner}`, entities: {}, retweeted_status: { text: inner, entities: {} } })).toBe(inner)
  })

  it('wraps prefix and suffix even without an entities key', () => {
    expect(htmlForTweet({ full_text: '@a hello http://x', display_text_range: [3, 8] })).toBe('<span class="twython-tweet-prefix">@a </span>hello<span class="twython-tweet-suffix"> http://x</span>')
  })
})

describe('htmlForTweet: fixes of Twython’s index bugs', () => {
  it('links a mention and a hashtag in the suffix at their own place', () => {
    const t = 'hello world @ab #tag'
    const html = htmlForTweet({ full_text: t, display_text_range: [0, 11], entities: { user_mentions: [mention(t, 'ab')], hashtags: [hashtag(t, 'tag')] } })
    expect(html).toBe(`hello world<span class="twython-tweet-suffix"> ${a.mention('ab')} ${a.hashtag('tag')}</span>`)
  })

  it('links a prefix mention by its indices, not every matching text', () => {
    const t = '@bob hi @bob'
    const html = htmlForTweet({ full_text: t, display_text_range: [5, 12], entities: { user_mentions: [mention(t, 'bob', 0)] } })
    expect(html).toBe(`<span class="twython-tweet-prefix">${a.mention('bob')} </span>hi @bob`)
  })
})

describe('htmlForTweet: Unicode', () => {
  it('places links right after emoji, astral characters and combining marks', () => {
    const t = '😀 #tag @bob 𝒳e\u0301 $TSLA 👨‍👩‍👧 https://t.co/Q'
    const html = htmlForTweet({
      text: t,
      entities: { hashtags: [hashtag(t, 'tag')], user_mentions: [mention(t, 'bob')], symbols: [{ text: 'TSLA', indices: at(t, '$TSLA') }], urls: [url(t, 'https://t.co/Q', 'q.example', 'https://q.example')] },
    })
    expect(html).toBe(`😀 ${a.hashtag('tag')} ${a.mention('bob')} 𝒳e\u0301 ${a.symbol('TSLA')} 👨‍👩‍👧 ${a.url('https://t.co/Q', 'q.example')}`)
    // Twitter's own indices for the hashtag count the emoji as one character.
    expect(hashtag(t, 'tag').indices).toEqual([2, 6])
  })

  it('links a hashtag made of non-Latin letters with a percent-encoded href', () => {
    const t = 'みんな #日本 へ'
    expect(htmlForTweet({ text: t, entities: { hashtags: [hashtag(t, '日本')] } })).toBe('みんな <a href="https://twitter.com/search?q=%23%E6%97%A5%E6%9C%AC" class="twython-hashtag">#日本</a> へ')
  })
})

describe('htmlForTweet: safety', () => {
  it('keeps Twitter’s escaping, without escaping it twice, and escapes raw markup', () => {
    expect(htmlForTweet({ text: 'Fish &amp; chips &lt;3 &gt; x', entities: {} })).toBe('Fish &amp; chips &lt;3 &gt; x')
    expect(htmlForTweet({ text: '<script>alert(1)</script> & co', entities: {} })).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co')
  })

  it('never emits a javascript: or data: link', () => {
    const t = 'click javascript:alert(1) or data:text/html,x'
    const html = htmlForTweet({
      text: t,
      entities: { urls: [{ url: 'javascript:alert(1)', display_url: 'x', expanded_url: 'x', indices: at(t, 'javascript:alert(1)') }, { url: 'https://t.co/ok', display_url: 'ok', expanded_url: 'data:text/html,x', indices: at(t, 'data:text/html,x') }] },
    })
    expect(html).toBe('click javascript:alert(1) or data:text/html,x')
    expect(htmlForTweet({ text: t, entities: { urls: [{ url: 'https://t.co/ok', display_url: 'ok', expanded_url: 'data:text/html,x', indices: at(t, 'data:text/html,x') }] } }, { useExpandedUrl: true })).not.toContain('<a')
  })

  it('escapes crafted names, display urls and quoted users', () => {
    const t = 'see https://t.co/a @x'
    const html = htmlForTweet(
      {
        text: t,
        is_quote_status: true,
        entities: { urls: [{ url: 'https://t.co/a"onmouseover="x', display_url: '"><img src=x>', indices: at(t, 'https://t.co/a') }], user_mentions: [{ screen_name: 'x"><script>', indices: at(t, '@x') }] },
        quoted_status: { id_str: '1"><b>', text: 'q', user: { screen_name: '<i>', name: '<script>alert(1)</script>' } },
      },
      { expandQuotedStatus: true },
    )
    expect(html).not.toMatch(/<(?!\/?(a|span|blockquote|cite)[ >])/)
    expect(html).toContain('href="https://t.co/a&quot;onmouseover=&quot;x"')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('skips entities with out-of-range, reversed, fractional or overlapping indices', () => {
    const t = 'abc #def @ghi'
    const html = htmlForTweet({
      text: t,
      entities: {
        hashtags: [{ text: 'def', indices: [4, 8] }, { text: 'zz', indices: [20, 30] }, { text: 'yy', indices: [8, 4] }, { text: 'ww', indices: [1.5, 3] }],
        user_mentions: [{ screen_name: 'ghi', indices: [6, 13] }, { screen_name: 'ok', indices: [9, 13] }],
      },
    })
    expect(html).toBe(`abc ${a.hashtag('def')} <a href="https://twitter.com/ok" class="twython-mention">@ok</a>`)
    expect(htmlForTweet({ text: 'x', display_text_range: [5, 2], entities: {} })).toBe('x')
  })
})

/** Strips the renderer's tags and decodes the entities it or Twitter wrote. */
function plain(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&(lt|gt|quot|#39|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!)
}

/** A tweet built from pieces: plain text, mentions, hashtags, symbols and urls, with exact indices. */
const pieceArb = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), value: fc.string({ unit: fc.oneof(fc.constantFrom('a', ' ', '&', '<', '>', '"', "'", '😀', 'é', '\u0301', '日', '@', '#', '$'), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 12 }) }),
  fc.record({ kind: fc.constantFrom('mention' as const, 'hashtag' as const, 'symbol' as const), value: fc.stringMatching(/^[A-Za-z0-9_]{1,10}$/) }),
  fc.record({ kind: fc.constant('url' as const), value: fc.stringMatching(/^[A-Za-z0-9]{1,8}$/) }),
)

function build(pieces: { kind: string; value: string }[]): { tweet: HtmlTweet; text: string } {
  let text = ''
  const entities = { user_mentions: [] as object[], hashtags: [] as object[], symbols: [] as object[], urls: [] as object[] }
  for (const p of pieces) {
    const start = Array.from(text).length
    const shown = p.kind === 'mention' ? `@${p.value}` : p.kind === 'hashtag' ? `#${p.value}` : p.kind === 'symbol' ? `$${p.value}` : p.kind === 'url' ? `https://t.co/${p.value}` : p.value
    text += shown
    const indices = [start, start + Array.from(shown).length]
    if (p.kind === 'mention') entities.user_mentions.push({ screen_name: p.value, indices })
    if (p.kind === 'hashtag') entities.hashtags.push({ text: p.value, indices })
    if (p.kind === 'symbol') entities.symbols.push({ text: p.value, indices })
    if (p.kind === 'url') entities.urls.push({ url: shown, display_url: `d/${p.value}`, expanded_url: `https://e/${p.value}`, indices })
  }
  return { tweet: { text, entities: entities as HtmlTweet['entities'] }, text }
}

describe('htmlForTweet: properties', () => {
  it('loses and duplicates no text: tags stripped and entities decoded give the original text back', () => {
    fc.assert(
      fc.property(fc.array(pieceArb, { maxLength: 12 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const { tweet, text } = build(pieces)
        const n = Array.from(text).length
        const [s, e] = [Math.min(x, y) % (n + 1), Math.max(x, y) % (n + 1)].sort((p, q) => p - q) as [number, number]
        // With t.co urls shown, every entity's link text is its own slice of the text; prefix and suffix
        // spans keep their text too, so the whole text comes back whatever the display range.
        const html = htmlForTweet({ ...tweet, display_text_range: [s, e] }, { useDisplayUrl: false })
        expect(plain(html)).toBe(plain(escapeText(text)))
      }),
      { numRuns: 300 },
    )
  })

  it('emits no tag or attribute the renderer did not write, and only http(s) hrefs', () => {
    const nasty = fc.string({ unit: fc.constantFrom('<', '>', '"', "'", '&', 'a', ' ', '=', 'javascript:', 'data:', '😀'), maxLength: 20 })
    fc.assert(
      fc.property(fc.array(pieceArb, { maxLength: 8 }), nasty, nasty, nasty, (pieces, name, display, href) => {
        const { tweet, text } = build(pieces)
        const len = Array.from(text).length
        const withCrafted: HtmlTweet = {
          ...tweet,
          is_quote_status: true,
          entities: { ...tweet.entities, urls: [...(tweet.entities?.urls ?? []), { url: href, display_url: display, expanded_url: href, indices: [0, Math.min(1, len)] }], user_mentions: [...(tweet.entities?.user_mentions ?? []), { screen_name: name, indices: [0, len] }] },
          quoted_status: { id_str: name, text: display, user: { name, screen_name: name } },
        }
        for (const options of [{ expandQuotedStatus: true }, { useExpandedUrl: true, expandQuotedStatus: true }]) {
          const html = htmlForTweet(withCrafted, options)
          for (const tag of html.match(/<[^>]*>/g) ?? []) {
            expect(tag).toMatch(/^<(\/(a|span|blockquote|cite)|a href="https?:\/\/[^"<>]*"( class="twython-[a-z-]+")?|span class="twython-[a-z-]+"|blockquote class="twython-quote"|cite)>$/)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
