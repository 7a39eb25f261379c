/**
 * OAuth 1.0a checking written for the emulator alone: its own RFC 3986 encoding, its own signature base
 * string (RFC 5849 section 3.4.1) and node:crypto's HMAC-SHA1. It shares no code with the client's
 * signer, so a signing bug in the client cannot be hidden by the same bug here.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

const UNRESERVED = /[A-Za-z0-9\-._~]/

/** RFC 3986 percent-encoding of the UTF-8 bytes: only `A-Z a-z 0-9 - . _ ~` stay, hex is upper-case. */
export function percentEncode(value: string): string {
  let out = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte)
    out += byte < 0x80 && UNRESERVED.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/**
 * Decodes `application/x-www-form-urlencoded` text (a query string or a form body) into pairs, keeping
 * duplicates and order; `+` is a space there (RFC 5849 3.4.1.3.1 reads both with the W3C rules).
 */
export function decodeForm(text: string): [string, string][] {
  const pairs: [string, string][] = []
  for (const piece of text.split('&')) {
    if (piece === '') continue
    const eq = piece.indexOf('=')
    const [k, v] = eq < 0 ? [piece, ''] : [piece.slice(0, eq), piece.slice(eq + 1)]
    pairs.push([formDecode(k), formDecode(v)])
  }
  return pairs
}

function formDecode(s: string): string {
  const spaced = s.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(spaced)
  } catch {
    // A stray `%` is kept literally rather than failing the whole request.
    return spaced
  }
}

/**
 * The parameters of an `Authorization: OAuth k="v", ...` header, percent-decoded (`realm` included;
 * the caller leaves it out of the signature). Undefined when the header is not OAuth or is malformed.
 */
export function parseOAuthHeader(header: string | undefined): Map<string, string> | undefined {
  if (!header || !/^OAuth\s/i.test(header)) return undefined
  const params = new Map<string, string>()
  const re = /\s*([^=\s,]+)\s*=\s*"([^"]*)"\s*(?:,|$)/gy
  const rest = header.replace(/^OAuth\s+/i, '')
  let m: RegExpExecArray | null
  let consumed = 0
  while ((m = re.exec(rest)) !== null) {
    consumed = re.lastIndex
    try {
      params.set(decodeURIComponent(m[1]!), decodeURIComponent(m[2]!))
    } catch {
      return undefined
    }
    if (re.lastIndex === rest.length) break
  }
  return consumed === rest.length || rest.slice(consumed).trim() === '' ? params : undefined
}

/** The base string URI of RFC 5849 3.4.1.2: lower-case scheme and host, default port dropped, no query. */
export function baseUri(scheme: string, host: string, path: string): string {
  const s = scheme.toLowerCase()
  const h = host.toLowerCase().replace(s === 'http' ? /:80$/ : /:443$/, '')
  return `${s}://${h}${path}`
}

/** RFC 5849 3.4.1: `METHOD&enc(base URI)&enc(parameters encoded, sorted by name then value, joined)`. */
export function signatureBaseString(method: string, uri: string, params: readonly (readonly [string, string])[]): string {
  const normalized = params
    .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
  return `${method.toUpperCase()}&${percentEncode(uri)}&${percentEncode(normalized)}`
}

/** HMAC-SHA1 of a base string keyed with `enc(consumer secret)&enc(token secret)`, in base64. */
export function hmacSha1(baseString: string, consumerSecret: string, tokenSecret = ''): string {
  return createHmac('sha1', `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`).update(baseString).digest('base64')
}

/** Compares two signatures in constant time. */
export function sameSignature(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** HTTP Basic credentials, each half percent-decoded as Twitter's app-only auth asks clients to encode them. */
export function parseBasic(header: string | undefined): { key: string; secret: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '')
  if (!m) return undefined
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  try {
    return { key: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) }
  } catch {
    return undefined
  }
}

/**
 * Nonces seen per consumer key and timestamp. Entries older than the timestamp window are dropped: a
 * request that old fails the timestamp check anyway.
 */
export class NonceStore {
  readonly #seen = new Map<string, number>()
  constructor(private readonly windowSeconds: number) {}

  /** True the first time a (consumer key, nonce, timestamp) triple is seen. */
  use(consumerKey: string, nonce: string, timestamp: number, nowSeconds: number): boolean {
    if (this.#seen.size > 10_000) for (const [k, t] of this.#seen) if (Math.abs(nowSeconds - t) > this.windowSeconds) this.#seen.delete(k)
    const key = `${consumerKey}\u0000${nonce}\u0000${timestamp}`
    if (this.#seen.has(key)) return false
    this.#seen.set(key, timestamp)
    return true
  }

  clear(): void {
    this.#seen.clear()
  }
}
