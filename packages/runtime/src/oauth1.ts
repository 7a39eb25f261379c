/**
 * OAuth 1.0a request signing (HMAC-SHA1): the signature covers the method, the URL without its query, the
 * query parameters, the form-body parameters and the `oauth_*` parameters; multipart and JSON bodies are
 * not signed (as Twitter specifies). Nonces come from the platform's cryptographic random generator.
 *
 * On Node the signature is oauth-sign's, computed synchronously (`#crypto` resolves to
 * platform/crypto.node.ts). Where `node:crypto` is absent it is Web Crypto's (`oauth1-webcrypto.ts`), which
 * is asynchronous: `oauth1HeaderAsync` works everywhere, the synchronous `oauth1Header` only on Node.
 */
import { createNonce as platformNonce, signature, syncSigner } from '#crypto'
import { percentEncode } from './encode.js'
import { TwythonError } from './errors.js'

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

/** A fresh 32-byte random nonce, alphanumeric as Twitter's examples are (the platform's, `#crypto`). */
export const createNonce: () => string = platformNonce

/** The base URL of the signature: lower-case scheme and host, default port dropped, no query or fragment. */
export function signatureBaseUrl(url: URL): string {
  const scheme = url.protocol.toLowerCase()
  const host = url.hostname.toLowerCase()
  const defaultPort = (scheme === 'https:' && url.port === '443') || (scheme === 'http:' && url.port === '80') || url.port === ''
  return `${scheme}//${host.includes(':') ? `[${host}]` : host}${defaultPort ? '' : `:${url.port}`}${url.pathname}`
}

/** The `oauth_*` parameters without the signature, and every parameter the signature covers. */
function unsigned(credentials: OAuth1Credentials, request: OAuth1Request): { oauth: Record<string, string>; signed: Record<string, string[]>; baseUrl: string; method: string } {
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
  return { oauth, signed, baseUrl: signatureBaseUrl(url), method: request.method.toUpperCase() }
}

/**
 * Computes the `oauth_*` parameters, signature included, for one request, synchronously.
 * @throws TwythonError where `node:crypto` is absent (Web Crypto cannot sign synchronously): use {@link oauth1ParamsAsync} there.
 */
export function oauth1Params(credentials: OAuth1Credentials, request: OAuth1Request): Record<string, string> {
  if (!syncSigner) throw new TwythonError('Synchronous OAuth 1.0a signing needs node:crypto; on this runtime sign with oauth1ParamsAsync / oauth1HeaderAsync (Web Crypto).')
  const { oauth, signed, baseUrl, method } = unsigned(credentials, request)
  oauth.oauth_signature = syncSigner(method, baseUrl, signed, credentials.consumerSecret, credentials.tokenSecret ?? '')
  return oauth
}

/** Like {@link oauth1Params}, on every runtime: oauth-sign where `node:crypto` is present, Web Crypto elsewhere. */
export async function oauth1ParamsAsync(credentials: OAuth1Credentials, request: OAuth1Request): Promise<Record<string, string>> {
  const { oauth, signed, baseUrl, method } = unsigned(credentials, request)
  // The platform's signer (#crypto): a string on Node, a Web Crypto promise elsewhere.
  oauth.oauth_signature = await signature(method, baseUrl, signed, credentials.consumerSecret, credentials.tokenSecret ?? '')
  return oauth
}

function formatHeader(oauth: Readonly<Record<string, string>>): string {
  return `OAuth ${Object.keys(oauth).sort().map((k) => `${percentEncode(k)}="${percentEncode(oauth[k]!)}"`).join(', ')}`
}

/**
 * The `Authorization: OAuth ...` header value for one request, synchronously.
 * @throws TwythonError where `node:crypto` is absent: use {@link oauth1HeaderAsync} there.
 */
export function oauth1Header(credentials: OAuth1Credentials, request: OAuth1Request): string {
  return formatHeader(oauth1Params(credentials, request))
}

/** Like {@link oauth1Header}, on every runtime. */
export async function oauth1HeaderAsync(credentials: OAuth1Credentials, request: OAuth1Request): Promise<string> {
  return formatHeader(await oauth1ParamsAsync(credentials, request))
}

/**
 * The header now when this runtime signs synchronously (Node), else a promise of it (Web Crypto). The core
 * signs through this so Node's path stays free of promise hops.
 */
export function oauth1HeaderSyncOrAsync(credentials: OAuth1Credentials, request: OAuth1Request): string | Promise<string> {
  const { oauth, signed, baseUrl, method } = unsigned(credentials, request)
  const header = (value: string) => formatHeader({ ...oauth, oauth_signature: value })
  // The platform's signer (#crypto): oauth-sign's string on Node, a Web Crypto promise elsewhere.
  const value = signature(method, baseUrl, signed, credentials.consumerSecret, credentials.tokenSecret ?? '')
  return typeof value === 'string' ? header(value) : value.then(header)
}
