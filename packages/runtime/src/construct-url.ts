/**
 * `Twython.construct_api_url`: a URL with parameters appended. Values are encoded as Python's
 * `quote_plus` does (space as `+`, everything but `A-Z a-z 0-9 _ . - ~` percent-encoded), names as
 * given, so the seed's example gives the seed's output. Two Twython quirks are fixed: a URL that
 * already has a query string gets `&`, not a second `?`, and no parameters give the URL unchanged.
 */
import { encodeParams, percentEncode } from './encode.js'

/**
 * Builds `apiUrl?name=value&...` with Twython's value encoding.
 * @example
 * ```ts
 * constructApiUrl('https://api.twitter.com/1.1/search/tweets.json', { q: 'python', result_type: 'popular' })
 * // 'https://api.twitter.com/1.1/search/tweets.json?q=python&result_type=popular'
 * ```
 */
export function constructApiUrl(apiUrl: string, params: Readonly<Record<string, unknown>> = {}): string {
  const pairs = encodeParams(params)
  if (pairs.length === 0) return apiUrl
  const query = pairs.map(([name, value]) => `${name}=${quotePlus(value)}`).join('&')
  return `${apiUrl}${apiUrl.includes('?') ? '&' : '?'}${query}`
}

/** Python's `urllib.parse.quote_plus`. */
export function quotePlus(value: string): string {
  return percentEncode(value).replace(/%20/g, '+')
}
