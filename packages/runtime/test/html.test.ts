import { describe, expect, it } from 'vitest'
import { escapeHtml, htmlForTweet, type HtmlTweet } from '../src/html/index.js'

// Test tweets are shaped like API v1.1 payloads (only the fields the renderer reads). Indices are code
// points, as Twitter sends them. Expected strings were checked against Twython 3.9.1's html_for_tweet
// wherever the comment says "as Twython".

const link = {
  mention: (name: string) => `<a href="https://twitter.com/${name}" class="twython-mention">@${name}</a>`,
  hashtag: (word: string) => `<a href="https://twitter.com/search?q=%23${word}" class="twython-hashtag">#${word}</a>`,
  symbol: (word: string) => `<a href="https://twitter.com/search?q=%24${word}" class="twython-symbol">$${word}</a>`,
  url: (href: string, shown: string) => `<a href="${href}" class="twython-url">${shown}</a>`,
  media: (href: string, shown: string) => `<a href="${href}" class="twython-media">${shown}</a>`,
}
const prefix = (html: string) => `<span class="twython-tweet-prefix">${html}</span>`
const suffix = (html: string) => `<span class="twython-tweet-suffix">${html}</span>`

const classic: HtmlTweet = {
  id_str: '1780000000000000001',
  text: 'Pics from #PyCon2024 in the $PYPL booth by @ada_l &amp; @grace_h: https://t.co/Ab12Cd34Ef https://t.co/Zy98Xw76Vu',
  entities: {
    hashtags: [{ text: 'PyCon2024', indices: [10, 20] }],
    symbols: [{ text: 'PYPL', indices: [28, 33] }],
    user_mentions: [
      { screen_name: 'ada_l', indices: [43, 49] },
      { screen_name: 'grace_h', indices: [56, 64] },
    ],
    urls: [{ url: 'https://t.co/Ab12Cd34Ef', expanded_url: 'https://us.pycon.org/2024/', display_url: 'us.pycon.org/2024/', indices: [66, 89] }],
    media: [
      {
        url: 'https://t.co/Zy98Xw76Vu',
        expanded_url: 'https://twitter.com/ada_l/status/1780000000000000001/photo/1',
        display_url: 'pic.twitter.com/Zy98Xw76Vu',
        indices: [90, 113],
      },
    ],
  },
  user: { screen_name: 'ada_l', name: 'Ada L.' },
}
const classicHtml =
  `Pics from ${link.hashtag('PyCon2024')} in the ${link.symbol('PYPL')} booth by ${link.mention('ada_l')} &amp; ${link.mention('grace_h')}: ` +
  `${link.url('https://t.co/Ab12Cd34Ef', 'us.pycon.org/2024/')} ${link.media('https://t.co/Zy98Xw76Vu', 'pic.twitter.com/Zy98Xw76Vu')}`

const reply: HtmlTweet = {
  full_text: '@nasa @esa Launch window opens at 14:00 UTC, details: https://t.co/Lw1nd0wXyz #Artemis https://t.co/PhOtO12345',
  display_text_range: [11, 86],
  entities: {
    user_mentions: [
      { screen_name: 'NASA', indices: [0, 5] },
      { screen_name: 'esa', indices: [6, 10] },
    ],
    hashtags: [{ text: 'Artemis', indices: [78, 86] }],
    urls: [{ url: 'https://t.co/Lw1nd0wXyz', expanded_url: 'https://www.nasa.gov/artemis', display_url: 'nasa.gov/artemis', indices: [54, 77] }],
    // Twitter repeats one t.co url, with the same indices, for every photo of a Tweet.
    media: [
      { url: 'https://t.co/PhOtO12345', display_url: 'pic.twitter.com/PhOtO12345', expanded_url: 'https://twitter.com/esa/status/9/photo/1', indices: [87, 110] },
      { url: 'https://t.co/PhOtO12345', display_url: 'pic.twitter.com/PhOtO12345', expanded_url: 'https://twitter.com/esa/status/9/photo/2', indices: [87, 110] },
    ],
  },
}

describe('htmlForTweet on well-formed tweets (as Twython)', () => {
  it('links hashtags, cashtags, mentions, urls and the photo of a classic tweet, keeping &amp; as sent', () => {
    expect(htmlForTweet(classic)).toBe(classicHtml)
  })

  it('shows the t.co url when useDisplayUrl is false, the expanded url when useExpandedUrl is true', () => {
    expect(htmlForTweet(classic, { useDisplayUrl: false })).toContain(
      `${link.url('https://t.co/Ab12Cd34Ef', 'https://t.co/Ab12Cd34Ef')} ${link.media('https://t.co/Zy98Xw76Vu', 'https://t.co/Zy98Xw76Vu')}`,
    )
    // useExpandedUrl wins over useDisplayUrl, whatever that is.
    for (const useDisplayUrl of [true, false]) {
      expect(htmlForTweet(classic, { useDisplayUrl, useExpandedUrl: true })).toContain(
        `${link.url('https://t.co/Ab12Cd34Ef', 'https://us.pycon.org/2024/')} ` +
          link.media('https://t.co/Zy98Xw76Vu', 'https://twitter.com/ada_l/status/1780000000000000001/photo/1'),
      )
    }
  })

  it('falls back to the t.co url when display_url or expanded_url is missing or null', () => {
    const tweet: HtmlTweet = { text: 'see https://t.co/Nn', entities: { urls: [{ url: 'https://t.co/Nn', display_url: null, expanded_url: null, indices: [4, 19] }] } }
    expect(htmlForTweet(tweet)).toBe(`see ${link.url('https://t.co/Nn', 'https://t.co/Nn')}`)
    expect(htmlForTweet(tweet, { useExpandedUrl: true })).toBe(`see ${link.url('https://t.co/Nn', 'https://t.co/Nn')}`)
  })

  it('renders an extended tweet: full_text, and the trailing photo link in the suffix span', () => {
    const tweet: HtmlTweet = {
      text: 'Say more with 280 characters and the photo does not count toward them, nor do quotes. https://t.co/Ph0t0Ext01',
      full_text: 'Say more with 280 characters and the photo does not count toward them, nor do quotes. https://t.co/Ph0t0Ext01',
      display_text_range: [0, 85],
      entities: { hashtags: [], urls: [], user_mentions: [], symbols: [], media: [{ url: 'https://t.co/Ph0t0Ext01', display_url: 'pic.twitter.com/Ph0t0Ext01', indices: [86, 109] }] },
    }
    expect(htmlForTweet(tweet)).toBe(
      'Say more with 280 characters and the photo does not count toward them, nor do quotes.' +
        suffix(` ${link.media('https://t.co/Ph0t0Ext01', 'pic.twitter.com/Ph0t0Ext01')}`),
    )
  })

  it('prefers extended_tweet (streaming compatibility mode) over the truncated text', () => {
    const tweet: HtmlTweet = {
      text: 'A long one about #typescript that goes on… https://t.co/TrUnC4t3d0',
      truncated: true,
      entities: { hashtags: [{ text: 'typescript', indices: [17, 28] }], urls: [{ url: 'https://t.co/TrUnC4t3d0', display_url: 'twitter.com/i/web/status/1…', indices: [43, 66] }] },
      extended_tweet: {
        full_text: 'A long one about #typescript that goes on and on, well past the old limit, to the end.',
        display_text_range: [0, 86],
        entities: { hashtags: [{ text: 'typescript', indices: [17, 28] }] },
      },
    } as HtmlTweet
    expect(htmlForTweet(tweet)).toBe(`A long one about ${link.hashtag('typescript')} that goes on and on, well past the old limit, to the end.`)
  })

  it('puts leading reply mentions in the prefix span and links them; one link for repeated photos', () => {
    expect(htmlForTweet(reply)).toBe(
      prefix(`${link.mention('NASA')} ${link.mention('esa')} `) +
        `Launch window opens at 14:00 UTC, details: ${link.url('https://t.co/Lw1nd0wXyz', 'nasa.gov/artemis')} ${link.hashtag('Artemis')}` +
        suffix(` ${link.media('https://t.co/PhOtO12345', 'pic.twitter.com/PhOtO12345')}`),
    )
  })

  it('renders the retweeted tweet, not the retweeter\'s "RT @user:" text', () => {
    const retweet: HtmlTweet = {
      text: 'RT @ada_l: Pics from #PyCon2024 in the $PYPL booth by @ada_l &amp; @grace_h: https://t.co/Ab12Cd34Ef https://t.co/Zy98Xw76Vu',
      entities: { user_mentions: [{ screen_name: 'ada_l', indices: [3, 9] }] },
      retweeted_status: classic,
    }
    expect(htmlForTweet(retweet)).toBe(classicHtml)
  })

  it('expands a quoted tweet with expandQuotedStatus, in Twython\'s blockquote markup', () => {
    const quote: HtmlTweet = {
      full_text: 'This is the booth to visit. https://t.co/QuOt3dL1nk',
      display_text_range: [0, 51],
      is_quote_status: true,
      entities: { urls: [{ url: 'https://t.co/QuOt3dL1nk', display_url: 'twitter.com/ada_l/status/1…', indices: [28, 51] }] },
      quoted_status: classic,
    }
    const outer = `This is the booth to visit. ${link.url('https://t.co/QuOt3dL1nk', 'twitter.com/ada_l/status/1…')}`
    expect(htmlForTweet(quote)).toBe(outer)
    expect(htmlForTweet(quote, { expandQuotedStatus: true })).toBe(
      `${outer}<blockquote class="twython-quote">${classicHtml}<cite><a href="https://twitter.com/ada_l/status/1780000000000000001">` +
        '<span class="twython-quote-user-name">Ada L.</span><span class="twython-quote-user-screenname">@ada_l</span></a></cite></blockquote>',
    )
    // is_quote_status false (or missing): nothing to expand, as Twython.
    expect(htmlForTweet({ ...quote, is_quote_status: false }, { expandQuotedStatus: true })).toBe(outer)
  })

  it('does not expand a quote inside the quoted tweet', () => {
    const inner: HtmlTweet = { ...classic, is_quote_status: true, quoted_status: { text: 'nested', id_str: '5', user: { screen_name: 'n', name: 'N' } } }
    const html = htmlForTweet({ text: 'q', is_quote_status: true, quoted_status: inner }, { expandQuotedStatus: true })
    expect(html.match(/<blockquote/g)).toHaveLength(1)
    expect(html).not.toContain('nested')
  })

  it('links two identical urls each at its own place', () => {
    const tweet: HtmlTweet = {
      text: 'Making 5G real https://t.co/W0uArTMk9N #5G via @FiveGWorld https://t.co/W0uArTMk9N',
      entities: {
        urls: [
          { url: 'https://t.co/W0uArTMk9N', display_url: 'buff.ly/2sEhrgO', indices: [15, 38] },
          { url: 'https://t.co/W0uArTMk9N', display_url: 'buff.ly/2sEhrgO', indices: [59, 82] },
        ],
      },
    }
    const url = link.url('https://t.co/W0uArTMk9N', 'buff.ly/2sEhrgO')
    // Only listed entities are linked: #5G and @FiveGWorld are not in `entities`.
    expect(htmlForTweet(tweet)).toBe(`Making 5G real ${url} #5G via @FiveGWorld ${url}`)
  })

  it('links only the cashtags listed in entities', () => {
    const tweet: HtmlTweet = {
      text: 'symbols: $AAPL and $GOOG and $ANOTHER.',
      entities: { symbols: [{ text: 'AAPL', indices: [9, 14] }, { text: 'GOOG', indices: [19, 24] }] },
    }
    expect(htmlForTweet(tweet)).toBe(`symbols: ${link.symbol('AAPL')} and ${link.symbol('GOOG')} and $ANOTHER.`)
  })

  it('renders a tweet with no entities key, still wrapping the prefix and suffix', () => {
    expect(htmlForTweet({ text: 'just words, no links' })).toBe('just words, no links')
    expect(htmlForTweet({ full_text: '@a hello http://x', display_text_range: [3, 8] })).toBe(`${prefix('@a ')}hello${suffix(' http://x')}`)
  })

  it('shows the entity screen_name, in the account\'s casing (as Twython)', () => {
    expect(htmlForTweet({ text: 'hi @twitterapi', entities: { user_mentions: [{ screen_name: 'TwitterAPI', indices: [3, 14] }] } })).toBe(
      `hi ${link.mention('TwitterAPI')}`,
    )
  })

  it('renders the TSDoc example as documented', () => {
    expect(
      htmlForTweet({
        full_text: 'Hi @twitterapi #dev https://t.co/abc',
        entities: {
          user_mentions: [{ screen_name: 'TwitterAPI', indices: [3, 14] }],
          hashtags: [{ text: 'dev', indices: [15, 19] }],
          urls: [{ url: 'https://t.co/abc', display_url: 'dev.twitter.com', indices: [20, 36] }],
        },
      }),
    ).toBe(
      'Hi <a href="https://twitter.com/TwitterAPI" class="twython-mention">@TwitterAPI</a> ' +
        '<a href="https://twitter.com/search?q=%23dev" class="twython-hashtag">#dev</a> ' +
        '<a href="https://t.co/abc" class="twython-url">dev.twitter.com</a>',
    )
  })
})

describe('htmlForTweet with code-point indices', () => {
  it('places links after an emoji (one code point, two UTF-16 units)', () => {
    const tweet: HtmlTweet = {
      text: '😀 #tag @bob',
      entities: { hashtags: [{ text: 'tag', indices: [2, 6] }], user_mentions: [{ screen_name: 'bob', indices: [7, 11] }] },
    }
    expect(htmlForTweet(tweet)).toBe(`😀 ${link.hashtag('tag')} ${link.mention('bob')}`)
  })

  it('places links between flag and ZWJ-family emoji (several code points each)', () => {
    const tweet: HtmlTweet = {
      text: 'Go 🇯🇵 #Tokyo2020 👩‍👩‍👧 @mom_jp 🎉',
      entities: { hashtags: [{ text: 'Tokyo2020', indices: [6, 16] }], user_mentions: [{ screen_name: 'mom_jp', indices: [23, 30] }] },
    }
    expect(htmlForTweet(tweet)).toBe(`Go 🇯🇵 ${link.hashtag('Tokyo2020')} 👩‍👩‍👧 ${link.mention('mom_jp')} 🎉`)
  })

  it('handles astral letters and combining marks inside entities, percent-encoding them in hrefs', () => {
    const astral: HtmlTweet = { text: '#𝔘𝔫𝔦 rocks', entities: { hashtags: [{ text: '𝔘𝔫𝔦', indices: [0, 4] }] } }
    expect(htmlForTweet(astral)).toBe(
      '<a href="https://twitter.com/search?q=%23%F0%9D%94%98%F0%9D%94%AB%F0%9D%94%A6" class="twython-hashtag">#𝔘𝔫𝔦</a> rocks',
    )
    const combining: HtmlTweet = {
      text: 'Cafe\u0301 #cafe\u0301 @bob',
      entities: { hashtags: [{ text: 'cafe\u0301', indices: [6, 12] }], user_mentions: [{ screen_name: 'bob', indices: [13, 17] }] },
    }
    expect(htmlForTweet(combining)).toBe(
      'Cafe\u0301 <a href="https://twitter.com/search?q=%23cafe%CC%81" class="twython-hashtag">#cafe\u0301</a> ' + link.mention('bob'),
    )
  })

  it('splits the display range by code points, with emoji in the prefix and display text', () => {
    const tweet: HtmlTweet = {
      full_text: '@🐍 @py 🎉 ship it https://t.co/Zz',
      display_text_range: [7, 16],
      entities: { user_mentions: [{ screen_name: 'py', indices: [3, 6] }], media: [{ url: 'https://t.co/Zz', display_url: 'pic.twitter.com/Zz', indices: [17, 32] }] },
    }
    expect(htmlForTweet(tweet)).toBe(`${prefix(`@🐍 ${link.mention('py')} `)}🎉 ship it${suffix(` ${link.media('https://t.co/Zz', 'pic.twitter.com/Zz')}`)}`)
  })
})

// Each case below is a Twython bug; the comment gives Twython 3.9.1's output for the same tweet.
describe('htmlForTweet where Twython is wrong (fixed on purpose)', () => {
  it('links a mention that lies in the suffix (Twython never linked suffix mentions)', () => {
    const tweet: HtmlTweet = {
      full_text: 'Great shot https://t.co/MMMMMMMMMM @photog',
      display_text_range: [0, 10],
      entities: { user_mentions: [{ screen_name: 'photog', indices: [35, 42] }], media: [{ url: 'https://t.co/MMMMMMMMMM', display_url: 'pic.twitter.com/MMMMMMMMMM', indices: [11, 34] }] },
    }
    // Twython: ...<span class="twython-tweet-suffix"> <a ... class="twython-media">pic.twitter.com/MMMMMMMMMM</a> @photog</span>
    expect(htmlForTweet(tweet)).toBe(`Great shot${suffix(` ${link.media('https://t.co/MMMMMMMMMM', 'pic.twitter.com/MMMMMMMMMM')} ${link.mention('photog')}`)}`)
  })

  it('links a mention starting at the display end inside the suffix, once', () => {
    const tweet: HtmlTweet = { full_text: 'hi @ab', display_text_range: [0, 3], entities: { user_mentions: [{ screen_name: 'ab', indices: [3, 6] }] } }
    // Twython: hi <a ...>@ab</a><span class="twython-tweet-suffix">@ab</span> (the mention shows twice).
    expect(htmlForTweet(tweet)).toBe(`hi ${suffix(link.mention('ab'))}`)
  })

  it('links a url at the start of a reply\'s display text (Twython compared shifted indices with the range)', () => {
    const tweet: HtmlTweet = {
      full_text: '@abc1 see https://t.co/AAAAAAAAAA ok',
      display_text_range: [6, 36],
      entities: { user_mentions: [{ screen_name: 'abc1', indices: [0, 5] }], urls: [{ url: 'https://t.co/AAAAAAAAAA', display_url: 'example.com', indices: [10, 33] }] },
    }
    // Twython: ...</span>see https://t.co/AAAAAAAAAA ok (the url left as plain text).
    expect(htmlForTweet(tweet)).toBe(`${prefix(`${link.mention('abc1')} `)}see ${link.url('https://t.co/AAAAAAAAAA', 'example.com')} ok`)
  })

  it('shifts media indices by the display start (Twython spliced them at raw indices, garbling replies)', () => {
    const tweet: HtmlTweet = {
      full_text: '@ab look https://t.co/MMMMMMMMMM',
      display_text_range: [4, 32],
      entities: { media: [{ url: 'https://t.co/MMMMMMMMMM', display_url: 'pic.twitter.com/MMMMMMMMMM', indices: [9, 32] }] },
    }
    // Twython: <span ...>@ab </span>look http<a ... class="twython-media">pic.twitter.com/MMMMMMMMMM</a>
    expect(htmlForTweet(tweet)).toBe(`${prefix('@ab ')}look ${link.media('https://t.co/MMMMMMMMMM', 'pic.twitter.com/MMMMMMMMMM')}`)
  })

  it('keeps a hashtag in the suffix inside the suffix span (Twython spliced it after the display text)', () => {
    const tweet: HtmlTweet = { full_text: 'hello world #tag', display_text_range: [0, 11], entities: { hashtags: [{ text: 'tag', indices: [12, 16] }] } }
    // Twython: hello world<a ...>#tag</a><span class="twython-tweet-suffix"> #tag</span>
    expect(htmlForTweet(tweet)).toBe(`hello world${suffix(` ${link.hashtag('tag')}`)}`)
  })

  it('links prefix mentions by their indices, not by searching the text (Twython\'s regex hit @abc inside @abcd)', () => {
    const tweet: HtmlTweet = {
      full_text: '@ab @abc @abcd hello there https://t.co/MMMMMMMMMM',
      display_text_range: [15, 26],
      entities: {
        user_mentions: [
          { screen_name: 'ab', indices: [0, 3] },
          { screen_name: 'abc', indices: [4, 8] },
          { screen_name: 'abcd', indices: [9, 14] },
        ],
        media: [{ url: 'https://t.co/MMMMMMMMMM', display_url: 'pic.twitter.com/MMMMMMMMMM', indices: [27, 50] }],
      },
    }
    // Twython: every "@ab" in the prefix became a link to @ab, leaving "<a ...>@ab</a>c" and "<a ...>@ab</a>cd".
    expect(htmlForTweet(tweet)).toBe(
      `${prefix(`${link.mention('ab')} ${link.mention('abc')} ${link.mention('abcd')} `)}hello there` +
        suffix(` ${link.media('https://t.co/MMMMMMMMMM', 'pic.twitter.com/MMMMMMMMMM')}`),
    )
  })

  it('uses only the first media entity, as Twython (a second one with other indices stays text)', () => {
    const tweet: HtmlTweet = {
      text: 'one https://t.co/First two https://t.co/Second',
      entities: {
        media: [
          { url: 'https://t.co/First', display_url: 'pic.twitter.com/First', indices: [4, 22] },
          { url: 'https://t.co/Second', display_url: 'pic.twitter.com/Second', indices: [27, 46] },
        ],
      },
    }
    expect(htmlForTweet(tweet)).toBe(`one ${link.media('https://t.co/First', 'pic.twitter.com/First')} two https://t.co/Second`)
  })

  it('expands the quote of a tweet carrying extended_tweet (Twython looked for is_quote_status on extended_tweet)', () => {
    const tweet: HtmlTweet = {
      text: 'Long quote tweet…',
      is_quote_status: true,
      quoted_status: { text: 'quoted', id_str: '42', user: { screen_name: 'q', name: 'Q' } },
      extended_tweet: { full_text: 'Long quote tweet, in full.', display_text_range: [0, 26], entities: {} },
    }
    expect(htmlForTweet(tweet, { expandQuotedStatus: true })).toBe(
      'Long quote tweet, in full.<blockquote class="twython-quote">quoted<cite><a href="https://twitter.com/q/status/42">' +
        '<span class="twython-quote-user-name">Q</span><span class="twython-quote-user-screenname">@q</span></a></cite></blockquote>',
    )
  })

  it('percent-encodes non-ASCII hashtag words in the href (Twython inserted them raw)', () => {
    const tweet: HtmlTweet = { text: '#日本 と #ñ', entities: { hashtags: [{ text: '日本', indices: [0, 3] }, { text: 'ñ', indices: [6, 8] }] } }
    expect(htmlForTweet(tweet)).toBe(
      '<a href="https://twitter.com/search?q=%23%E6%97%A5%E6%9C%AC" class="twython-hashtag">#日本</a> と ' +
        '<a href="https://twitter.com/search?q=%23%C3%B1" class="twython-hashtag">#ñ</a>',
    )
  })

  it('leaves out the <cite> of a quoted tweet with no author (Twython raised KeyError)', () => {
    const tweet: HtmlTweet = { text: 'q', is_quote_status: true, quoted_status: { text: 'no author here' } }
    expect(htmlForTweet(tweet, { expandQuotedStatus: true })).toBe('q<blockquote class="twython-quote">no author here</blockquote>')
  })
})

describe('htmlForTweet on crafted tweets', () => {
  it('escapes raw markup in the text but does not double-escape what the API escaped', () => {
    const tweet: HtmlTweet = { text: '<script>alert(1)</script> &amp; &lt;b&gt; & "quoted" it\'s &copy &#39; &#0;' }
    expect(htmlForTweet(tweet)).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt; &amp; &quot;quoted&quot; it\'s &amp;copy &#39; &amp;#0;')
  })

  it('escapes a quoted author\'s name and screen name', () => {
    const tweet: HtmlTweet = {
      text: 'look',
      is_quote_status: true,
      quoted_status: { text: 'x', id_str: '1"2', user: { screen_name: 'a"b<c', name: '<script>alert("n")</script>' } },
    }
    expect(htmlForTweet(tweet, { expandQuotedStatus: true })).toBe(
      'look<blockquote class="twython-quote">x<cite><a href="https://twitter.com/a%22b%3Cc/status/1%222">' +
        '<span class="twython-quote-user-name">&lt;script&gt;alert(&quot;n&quot;)&lt;/script&gt;</span>' +
        '<span class="twython-quote-user-screenname">@a&quot;b&lt;c</span></a></cite></blockquote>',
    )
  })

  it('leaves a t.co link whose expanded url is javascript: or data: as plain text, whichever url is shown', () => {
    const text = 'see https://t.co/ok now'
    for (const expanded_url of ['javascript:alert(1)', 'data:text/html,x']) {
      for (const options of [{}, { useExpandedUrl: true }, { useDisplayUrl: false }]) {
        const html = htmlForTweet({ text, entities: { urls: [{ url: 'https://t.co/ok', display_url: 'ok', expanded_url, indices: [4, 19] }] } }, options)
        expect(html).toBe(text)
      }
    }
  })

  it('leaves a url entity with a javascript:, data: or other non-web href as plain text', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://t.co/x', ' https://t.co/x', '//t.co/x', 'HTTPS://t.co/x']) {
      const tweet: HtmlTweet = { text: 'click https://t.co/x', entities: { urls: [{ url, display_url: 'evil', indices: [6, 20] }], media: [{ url, indices: [6, 20] }] } }
      expect(htmlForTweet(tweet)).toBe('click https://t.co/x')
    }
  })

  it('escapes quotes and markup in urls, display urls, hashtags and screen names', () => {
    const tweet: HtmlTweet = {
      text: 'a https://t.co/q #x @y',
      entities: {
        urls: [{ url: 'https://t.co/q"onclick="alert(1)', display_url: 'x"><img src=x onerror=alert(1)>', indices: [2, 16] }],
        hashtags: [{ text: '"><b>', indices: [17, 19] }],
        user_mentions: [{ screen_name: '"/><i>', indices: [20, 22] }],
      },
    }
    expect(htmlForTweet(tweet)).toBe(
      'a <a href="https://t.co/q&quot;onclick=&quot;alert(1)" class="twython-url">x&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a> ' +
        '<a href="https://twitter.com/search?q=%23%22%3E%3Cb%3E" class="twython-hashtag">#&quot;&gt;&lt;b&gt;</a> ' +
        '<a href="https://twitter.com/%22%2F%3E%3Ci%3E" class="twython-mention">@&quot;/&gt;&lt;i&gt;</a>',
    )
  })

  it('escapes & in an href attribute', () => {
    const tweet: HtmlTweet = { text: 'u https://x.co/?a=1&amp;b=2', entities: { urls: [{ url: 'https://x.co/?a=1&b=2', indices: [2, 27] }] } }
    expect(htmlForTweet(tweet, { useDisplayUrl: false })).toBe('u <a href="https://x.co/?a=1&amp;b=2" class="twython-url">https://x.co/?a=1&amp;b=2</a>')
  })

  it('drops both of two overlapping entities, keeps one of two identical ones', () => {
    const overlapping: HtmlTweet = {
      text: '@alice https://t.co/z',
      entities: { user_mentions: [{ screen_name: 'alice', indices: [0, 6] }], urls: [{ url: 'https://t.co/z', indices: [3, 21] }] },
    }
    expect(htmlForTweet(overlapping)).toBe('@alice https://t.co/z')
    const nested: HtmlTweet = { text: '#abc d', entities: { hashtags: [{ text: 'abc', indices: [0, 4] }, { text: 'b', indices: [1, 3] }] } }
    expect(htmlForTweet(nested)).toBe('#abc d')
    const duplicated: HtmlTweet = { text: '#abc d', entities: { hashtags: [{ text: 'abc', indices: [0, 4] }, { text: 'abc', indices: [0, 4] }] } }
    expect(htmlForTweet(duplicated)).toBe(`${link.hashtag('abc')} d`)
  })

  it('skips entities with out-of-range, negative, reversed, empty, fractional or malformed indices', () => {
    const bad: unknown[] = [[6, 99], [-3, 2], [5, 2], [3, 3], [1.5, 4], ['0', '4'], [0], null, undefined, 'x', [Number.NaN, 4], [0, Infinity]]
    for (const indices of bad) {
      const tweet = { text: '#abc @de', entities: { hashtags: [{ text: 'abc', indices }], user_mentions: [{ screen_name: 'de', indices: [5, 8] }] } } as HtmlTweet
      expect(htmlForTweet(tweet)).toBe(`#abc ${link.mention('de')}`)
    }
  })

  it('skips an entity whose indices cut through a character reference', () => {
    const tweet: HtmlTweet = { text: 'a &amp; b #c', entities: { hashtags: [{ text: 'amp', indices: [3, 7] }, { text: 'c', indices: [10, 12] }] } }
    expect(htmlForTweet(tweet)).toBe(`a &amp; b ${link.hashtag('c')}`)
  })

  it('skips an entity that straddles the display range bounds', () => {
    const tweet: HtmlTweet = { full_text: '@abc hello', display_text_range: [2, 10], entities: { user_mentions: [{ screen_name: 'abc', indices: [0, 4] }] } }
    expect(htmlForTweet(tweet)).toBe(`${prefix('@a')}bc hello`)
  })

  it('treats a bad display_text_range as absent and clamps an end past the text', () => {
    for (const range of [[5, 2], [-1, 3], [0.5, 3], ['1', '3'], [1], 'x']) {
      expect(htmlForTweet({ full_text: 'hello', display_text_range: range } as HtmlTweet)).toBe('hello')
    }
    expect(htmlForTweet({ full_text: 'hello', display_text_range: [2, 99] })).toBe(`${prefix('he')}llo`)
    // A range cutting `&amp;` would split the reference across two spans.
    expect(htmlForTweet({ full_text: 'a &amp; b', display_text_range: [4, 9] })).toBe('a &amp; b')
  })

  it('ignores entity lists and entries of the wrong shape and strings that are not strings', () => {
    const tweet = {
      text: '#a @b',
      entities: { hashtags: { 0: { text: 'a', indices: [0, 2] } }, user_mentions: [null, 5, 'x', [], { screen_name: 7, indices: [3, 5] }], urls: 'no', media: [null] },
    } as unknown as HtmlTweet
    expect(htmlForTweet(tweet)).toBe('#a @b')
    expect(htmlForTweet({ text: 5, full_text: null, retweeted_status: 'x', extended_tweet: [] } as unknown as HtmlTweet)).toBe('')
    expect(htmlForTweet({})).toBe('')
  })

  it('percent-encodes a lone surrogate in a hashtag as U+FFFD instead of throwing', () => {
    const tweet: HtmlTweet = { text: '#\uD800 x', entities: { hashtags: [{ text: '\uD800', indices: [0, 2] }] } }
    expect(htmlForTweet(tweet)).toBe('<a href="https://twitter.com/search?q=%23%EF%BF%BD" class="twython-hashtag">#\uD800</a> x')
  })
})

describe('escapeHtml', () => {
  it('escapes the five markup characters, every & included', () => {
    expect(escapeHtml('<b>"Tom" & \'Jerry\' &amp;</b>')).toBe('&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39; &amp;amp;&lt;/b&gt;')
  })
})
