/**
 * Test helpers for the emulator-*.test.ts files: a small OAuth 1.0a HMAC-SHA1 signer written here from
 * RFC 5849 (oauth-sign does not resolve from this package, and the emulator's own src/app/oauth.ts must not
 * be used to sign, so that the emulator's verification is checked against independent code), and a `call`
 * wrapper around plain `fetch`.
 */
import { createHmac, randomBytes } from 'node:crypto'
import type { Emulator } from '../src/index.js'

/** RFC 3986 section 2.3: everything but `A-Z a-z 0-9 - . _ ~` is %XX-encoded (UTF-8, upper-case hex). */
export function pct(value: string): string {
  return Array.from(new TextEncoder().encode(value), (b) => {
    const unreserved = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x2d || b === 0x2e || b === 0x5f || b === 0x7e
    return unreserved ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`
  }).join('')
}

export interface Keys {
  readonly consumerKey: string
  readonly consumerSecret: string
  readonly token?: string | undefined
  readonly tokenSecret?: string | undefined
}

export interface SignOptions {
  /** Extra protocol parameters (`oauth_callback`, `oauth_verifier`, ...), signed and sent in the header. */
  readonly oauth?: Readonly<Record<string, string>>
  readonly nonce?: string
  /** Seconds since the epoch. @default now */
  readonly timestamp?: number
}

/** The signature base string of RFC 5849 3.4.1 for a request URL (its query included) and form parameters. */
export function baseString(method: string, url: string, params: readonly (readonly [string, string])[]): string {
  const u = new URL(url)
  const pairs = [...u.searchParams, ...params].map(([k, v]) => [pct(k), pct(v)] as const)
  // Byte order of the encoded names, then of the encoded values (RFC 5849 3.4.1.3.2).
  const cmp = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1)
  pairs.sort((x, y) => cmp(x[0], y[0]) || cmp(x[1], y[1]))
  const normalized = pairs.map(([k, v]) => `${k}=${v}`).join('&')
  return `${method.toUpperCase()}&${pct(`${u.protocol}//${u.host}${u.pathname}`)}&${pct(normalized)}`
}

/** HMAC-SHA1 over a base string, keyed `enc(consumerSecret)&enc(tokenSecret)`, in base64. */
export function hmac(base: string, consumerSecret: string, tokenSecret = ''): string {
  return createHmac('sha1', `${pct(consumerSecret)}&${pct(tokenSecret)}`).update(base, 'utf8').digest('base64')
}

/** The protocol parameters and the signature of a request. */
export function signRequest(method: string, url: string, form: Readonly<Record<string, string>>, keys: Keys, options: SignOptions = {}): Record<string, string> {
  const protocol: Record<string, string> = {
    oauth_consumer_key: keys.consumerKey,
    oauth_nonce: options.nonce ?? randomBytes(18).toString('hex'),
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: String(options.timestamp ?? Math.floor(Date.now() / 1000)),
    oauth_version: '1.0',
    ...(keys.token !== undefined ? { oauth_token: keys.token } : {}),
    ...options.oauth,
  }
  const base = baseString(method, url, [...Object.entries(form), ...Object.entries(protocol)])
  return { ...protocol, oauth_signature: hmac(base, keys.consumerSecret, keys.tokenSecret) }
}

/** `Authorization: OAuth k="v", ...` with percent-encoded, quoted values. */
export function authHeader(method: string, url: string, form: Readonly<Record<string, string>>, keys: Keys, options: SignOptions = {}): string {
  const params = signRequest(method, url, form, keys, options)
  return `OAuth ${Object.keys(params)
    .sort()
    .map((k) => `${pct(k)}="${pct(params[k]!)}"`)
    .join(', ')}`
}

/** An `application/x-www-form-urlencoded` body, encoded as Twitter's signing page shows it. */
export function formBody(form: Readonly<Record<string, string>>): string {
  return Object.entries(form)
    .map(([k, v]) => `${pct(k)}=${pct(v)}`)
    .join('&')
}

/** The signed-in user's keys of an emulator (@emu_dev). */
export function userKeys(emu: Emulator): Keys {
  const c = emu.credentials
  return { consumerKey: c.appKey, consumerSecret: c.appSecret, token: c.oauthToken, tokenSecret: c.oauthTokenSecret }
}

/** `?a=b&c=d` (RFC 3986 encoded), or '' for no parameters. */
export function query(params: Readonly<Record<string, string>> = {}): string {
  const q = formBody(params)
  return q ? `?${q}` : ''
}

export interface CallOptions {
  /** Query parameters (GET) or form parameters (POST/DELETE). */
  readonly params?: Readonly<Record<string, string>>
  /** Keys to sign with; `null` sends no Authorization header. @default the emulator's user keys */
  readonly keys?: Keys | null
  /** A ready-made Authorization header (overrides `keys`). */
  readonly authorization?: string
  readonly sign?: SignOptions
}

export interface Reply {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  json(): any
}

/** Calls the emulator with plain fetch, signed by this file's signer; GET parameters go in the query. */
export async function call(emu: Emulator, method: string, path: string, options: CallOptions = {}): Promise<Reply> {
  const params = options.params ?? {}
  const get = method === 'GET'
  const url = `${emu.url}${path}${get ? query(params) : ''}`
  const form = get ? {} : params
  const keys = options.keys === undefined ? userKeys(emu) : options.keys
  const authorization = options.authorization ?? (keys ? authHeader(method, url, form, keys, options.sign) : undefined)
  const res = await fetch(url, {
    method,
    headers: { ...(authorization ? { authorization } : {}), ...(get ? {} : { 'content-type': 'application/x-www-form-urlencoded' }) },
    ...(get ? {} : { body: formBody(form) }),
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) }
}

/** The single error of a Twitter error body. */
export function errorOf(reply: Reply): { code: number; message: string } {
  const body = reply.json() as { errors: { code: number; message: string }[] }
  expectOne(body.errors)
  return body.errors[0]!
}

function expectOne(errors: unknown): void {
  if (!Array.isArray(errors) || errors.length !== 1) throw new Error(`expected one error, got ${JSON.stringify(errors)}`)
}

/** `key=value&...` response bodies of the OAuth endpoints. */
export function parseForm(text: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(text))
}

/**
 * The seeded people other than @emu_dev and @twitterapi (the generated `follower_NNN` accounts left out),
 * in seeding order. Tests pick from this instead of hard-coding names beyond those two.
 */
export function namedUsers(emu: Emulator): { id: string; screen_name: string }[] {
  return [...emu.state.users.values()]
    .filter((u) => !/^follower_\d+$/.test(u.screen_name) && u.screen_name !== 'emu_dev' && u.screen_name !== 'twitterapi')
    .map((u) => ({ id: u.id.toString(), screen_name: u.screen_name }))
}
