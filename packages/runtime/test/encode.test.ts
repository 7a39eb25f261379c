import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeParams, encodeValue, fillPath, formatPairs, percentEncode } from '../src/encode.js'
import { constructApiUrl } from '../src/construct-url.js'
import { TwythonError } from '../src/errors.js'

describe("Twython's parameter encoding", () => {
  it('writes booleans as true/false, joins arrays with commas, numbers and bigints in decimal, drops undefined and null', () => {
    expect(encodeParams({ a: true, b: false, c: ['1', 2, 3n], d: 5, e: 1.5, f: undefined, g: null, h: 12345678901234567890n, s: 'x y' })).toEqual([
      ['a', 'true'],
      ['b', 'false'],
      ['c', '1,2,3'],
      ['d', '5'],
      ['e', '1.5'],
      ['h', '12345678901234567890'],
      ['s', 'x y'],
    ])
  })

  it('refuses values with no wire form, naming the parameter', () => {
    expect(() => encodeValue('user', { id: 1 })).toThrow(TwythonError)
    expect(() => encodeValue('user', { id: 1 })).toThrow(/"user"/)
    expect(() => encodeValue('count', Number.NaN)).toThrow(/finite/)
    expect(() => encodeValue('ids', ['1', undefined])).toThrow(/index 1/)
  })

  it('round-trips any string through the RFC 3986 encoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const encoded = percentEncode(s)
        expect(encoded).toMatch(/^[A-Za-z0-9\-._~%]*$/)
        expect(decodeURIComponent(encoded)).toBe(s)
      }),
    )
  })

  it('round-trips any parameter set through formatPairs and URLSearchParams', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1 }), fc.string({ unit: 'grapheme-composite' })), { maxLength: 8 }), (pairs) => {
        const clean = pairs.filter(([k, v]) => !/[\uD800-\uDFFF]/.test(k + v))
        expect([...new URLSearchParams(formatPairs(clean))]).toEqual(clean)
      }),
    )
  })
})

describe('path parameters', () => {
  it('fills placeholders and reports which params they used', () => {
    const { path, used } = fillPath('statuses/show/:id', { id: 20n, trim_user: true })
    expect(path).toBe('statuses/show/20')
    expect([...used]).toEqual(['id'])
  })

  it('keeps an escaping value inside its own segment', () => {
    expect(fillPath('statuses/show/:id', { id: '../../account/settings' }).path).toBe('statuses/show/..%2F..%2Faccount%2Fsettings')
    expect(fillPath('users/suggestions/:slug/members', { slug: 'a/b?c#d' }).path).toBe('users/suggestions/a%2Fb%3Fc%23d/members')
  })

  it('refuses dot segments and missing values', () => {
    expect(() => fillPath('users/suggestions/:slug/members', { slug: '..' })).toThrow(/may not be/)
    expect(() => fillPath('users/suggestions/:slug/members', { slug: '.' })).toThrow(/may not be/)
    expect(() => fillPath('statuses/show/:id', {})).toThrow(/Missing path parameter "id"/)
    expect(() => fillPath('statuses/show/:id', { id: '' })).toThrow(/Missing path parameter/)
  })

  it('never lets any value change the path outside its segment', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => s !== '.' && s !== '..'), (id) => {
        const { path } = fillPath('statuses/show/:id.json', { id })
        const url = new URL(`https://api.twitter.com/1.1/${path}`)
        expect(url.pathname.startsWith('/1.1/statuses/show/')).toBe(true)
        expect(url.pathname.split('/').length).toBe(5)
        expect(url.search).toBe('')
      }),
    )
  })
})

describe('constructApiUrl', () => {
  it("gives the seed's example output", () => {
    expect(constructApiUrl('https://api.twitter.com/1.1/search/tweets.json', { q: 'python', result_type: 'popular' })).toBe('https://api.twitter.com/1.1/search/tweets.json?q=python&result_type=popular')
  })

  it("encodes values as Python's quote_plus does", () => {
    expect(constructApiUrl('https://api.twitter.com/1.1/search/tweets.json', { q: '#twitter' })).toBe('https://api.twitter.com/1.1/search/tweets.json?q=%23twitter')
    expect(constructApiUrl('https://x/y', { q: "a b&c=d/é~*'()!.", flag: true, off: false, n: 5, f: 1.5, l: ['a', 'b c'], nl: [1, 2], none: null })).toBe(
      'https://x/y?q=a+b%26c%3Dd%2F%C3%A9~%2A%27%28%29%21.&flag=true&off=false&n=5&f=1.5&l=a%2Cb+c&nl=1%2C2',
    )
  })

  it('fixes Twython’s quirks: no trailing ? without params, & after an existing query', () => {
    expect(constructApiUrl('https://x/y')).toBe('https://x/y')
    expect(constructApiUrl('https://x/y?z=1', { q: 'a' })).toBe('https://x/y?z=1&q=a')
  })
})
