/**
 * OAuth checks written for the emulator alone: its own RFC 3986 encoding, its own signature base string
 * and node:crypto's HMAC-SHA1. It shares no code with the client's signer (oauth-sign), so a signing bug in
 * the client cannot be hidden by the same bug here.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

/** RFC 3986 percent-encoding of UTF-8 bytes: only `A-Z a-z 0-9 - . _ ~` stay as they are. */
export function rfc3986(value: string): string {
  let out = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte)
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/** The parameters of an `Authorization: OAuth ...` header, percent-decoded; `undefined` if it is not one. */
export function parseOAuthHeader(header: string | undefined): Map<string, string> | undefined {
  if (!header || !/^OAuth\s/i.test(header)) return undefined
  const params = new Map<string, string>()
  for (const part of header.replace(/^OAuth\s+/i, '').split(',')) {
    const m = /^\s*([^=\s]+)\s*=\s*"([^"]*)"\s*$/.exec(part)
    if (!m) continue
    try {
      params.set(decodeURIComponent(m[1]!), decodeURIComponent(m[2]!))
    } catch {
      return undefined
    }
  }
  return params
}

/** RFC 5849 3.4.1: `METHOD&enc(base URL)&enc(sorted, encoded parameters)`. */
export function signatureBaseString(method: string, baseUrl: string, params: readonly (readonly [string, string])[]): string {
  const normalized = params
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
  return `${method.toUpperCase()}&${rfc3986(baseUrl)}&${rfc3986(normalized)}`
}

/** HMAC-SHA1 of a base string with `enc(consumerSecret)&enc(tokenSecret)`, base64. */
export function hmacSha1(baseString: string, consumerSecret: string, tokenSecret = ''): string {
  return createHmac('sha1', `${rfc3986(consumerSecret)}&${rfc3986(tokenSecret)}`).update(baseString).digest('base64')
}

/** Constant-time comparison of two signatures. */
export function sameSignature(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** HTTP Basic credentials (`key:secret`, each percent-decoded as Twitter's app-only auth encodes them). */
export function parseBasic(header: string | undefined): { key: string; secret: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '')
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

/** Remembers nonces per consumer key and timestamp, forgetting them once outside the time window. */
export class NonceStore {
  readonly #seen = new Map<string, number>()
  constructor(private readonly windowSeconds: number) {}

  /** True the first time a (key, nonce, timestamp) triple is seen. */
  use(consumerKey: string, nonce: string, timestamp: number, now: number): boolean {
    if (this.#seen.size > 10_000) for (const [k, t] of this.#seen) if (Math.abs(now - t) > this.windowSeconds) this.#seen.delete(k)
    const key = `${consumerKey}\u0000${nonce}\u0000${timestamp}`
    if (this.#seen.has(key)) return false
    this.#seen.set(key, timestamp)
    return true
  }
}
