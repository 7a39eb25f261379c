/// <reference path="./oauth-sign.d.ts" />
/**
 * OAuth 1.0a request signing (HMAC-SHA1) through oauth-sign: the signature covers the method, the URL
 * without its query, the query parameters, the form-body parameters and the `oauth_*` parameters;
 * multipart and JSON bodies are not signed (as Twitter specifies). Nonces come from the platform's
 * cryptographic random generator.
 */
import { randomBytes } from 'node:crypto'
import { hmacsign } from 'oauth-sign'
import { percentEncode } from './encode.js'

/** The four OAuth 1.0a credentials; the token pair is absent before the user authorised the app. */
export interface OAuth1Credentials {
  readonly consumerKey: string
  readonly consumerSecret: string
  readonly token?: string | undefined
  readonly tokenSecret?: string | undefined
}

/** What one signature is computed over. */
export interface OAuth1Request {
  readonly method: string
  /** The full URL; its query string is signed and its base (scheme, host, path) is normalised. */
  readonly url: string
  /** Form-encoded body parameters (never multipart or JSON ones). */
  readonly bodyParams?: readonly (readonly [string, string])[]
  /** Extra protocol parameters such as `oauth_callback` or `oauth_verifier`. */
  readonly extraOAuthParams?: Readonly<Record<string, string>>
  /** Fixed nonce and timestamp, for tests against published vectors. */
  readonly nonce?: string
  readonly timestamp?: string
}

/** A fresh 32-byte random nonce, alphanumeric as Twitter's examples are. */
export function createNonce(): string {
  return randomBytes(32).toString('base64').replace(/[^A-Za-z0-9]/g, '')
}

/** The base URL of the signature: lower-case scheme and host, default port dropped, no query or fragment. */
export function signatureBaseUrl(url: URL): string {
  const scheme = url.protocol.toLowerCase()
  const host = url.hostname.toLowerCase()
  const defaultPort = (scheme === 'https:' && url.port === '443') || (scheme === 'http:' && url.port === '80') || url.port === ''
  return `${scheme}//${host.includes(':') ? `[${host}]` : host}${defaultPort ? '' : `:${url.port}`}${url.pathname}`
}

/** Computes the `oauth_*` parameters, signature included, for one request. */
export function oauth1Params(credentials: OAuth1Credentials, request: OAuth1Request): Record<string, string> {
  const oauth: Record<string, string> = {
    oauth_consumer_key: credentials.consumerKey,
    oauth_nonce: request.nonce ?? createNonce(),
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: request.timestamp ?? String(Math.floor(Date.now() / 1000)),
    oauth_version: '1.0',
    ...request.extraOAuthParams,
  }
  if (credentials.token) oauth.oauth_token = credentials.token

  const url = new URL(request.url)
  const signed: Record<string, string[]> = Object.create(null)
  const add = (name: string, value: string) => (signed[name] ??= []).push(value)
  for (const [name, value] of url.searchParams) add(name, value)
  for (const [name, value] of request.bodyParams ?? []) add(name, value)
  for (const [name, value] of Object.entries(oauth)) add(name, value)

  oauth.oauth_signature = hmacsign(request.method.toUpperCase(), signatureBaseUrl(url), signed, credentials.consumerSecret, credentials.tokenSecret ?? '')
  return oauth
}

/** The `Authorization: OAuth ...` header value for one request. */
export function oauth1Header(credentials: OAuth1Credentials, request: OAuth1Request): string {
  const oauth = oauth1Params(credentials, request)
  return `OAuth ${Object.keys(oauth).sort().map((k) => `${percentEncode(k)}="${percentEncode(oauth[k]!)}"`).join(', ')}`
}
