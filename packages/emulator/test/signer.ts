/** Test helper: an OAuth 1.0a signer independent of the emulator's code and of the client's. */
import { createHmac, randomBytes } from 'node:crypto'

/** An independent OAuth 1.0a signer for these tests (its own encoding, its own base string). */
export function sign(method: string, url: string, form: Record<string, string>, keys: { ck: string; cs: string; t?: string; ts?: string }, overrides: Record<string, string> = {}): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  const u = new URL(url)
  const oauth: Record<string, string> = { oauth_consumer_key: keys.ck, oauth_nonce: randomBytes(16).toString('hex'), oauth_signature_method: 'HMAC-SHA1', oauth_timestamp: String(Math.floor(Date.now() / 1000)), oauth_version: '1.0', ...(keys.t ? { oauth_token: keys.t } : {}), ...overrides }
  const pairs = [...u.searchParams, ...Object.entries(form), ...Object.entries(oauth)]
    .map(([k, v]) => [enc(k), enc(v)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
  const base = [method, enc(`${u.protocol}//${u.host}${u.pathname}`), enc(pairs.join('&'))].join('&')
  const signature = createHmac('sha1', `${enc(keys.cs)}&${enc(keys.ts ?? '')}`).update(base).digest('base64')
  return `OAuth ${Object.entries({ ...oauth, oauth_signature: signature }).map(([k, v]) => `${k}="${enc(v)}"`).join(', ')}`
}

