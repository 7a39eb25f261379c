/**
 * OAuth 1.0a HMAC-SHA1 with Web Crypto (`crypto.subtle`), for runtimes without `node:crypto` (workerd
 * without `nodejs_compat`, browsers). It computes what oauth-sign's `hmacsign` computes, the RFC 5849
 * section 3.4.1 base string keyed by `enc(consumer secret)&enc(token secret)`; `test/oauth1-webcrypto.test.ts`
 * holds both to Twitter's published vectors and to each other on random requests. Web Crypto is
 * asynchronous, so this signer returns a promise; on Node the core keeps oauth-sign's synchronous path.
 */
import { base64 } from './bytes.js'
import { percentEncode } from './encode.js'

/** The RFC 5849 signature base string: method, base URL and the sorted, encoded parameters. */
export function signatureBaseString(method: string, baseUrl: string, params: Readonly<Record<string, readonly string[]>>): string {
  const pairs: [string, string][] = []
  for (const name of Object.keys(params)) for (const value of params[name]!) pairs.push([percentEncode(name), percentEncode(value)])
  // Byte order of the encoded names, then of the values (all ASCII after encoding, so code-unit order is byte order).
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
  const normalized = pairs.map(([k, v]) => `${k}=${v}`).join('&')
  return `${percentEncode(method.toUpperCase())}&${percentEncode(baseUrl)}&${percentEncode(normalized)}`
}

const encoder = new TextEncoder()

/** The HMAC-SHA1 signature (base64) of a request, with Web Crypto. */
export async function webCryptoSignature(method: string, baseUrl: string, params: Readonly<Record<string, readonly string[]>>, consumerSecret: string, tokenSecret: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(`${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign'])
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(signatureBaseString(method, baseUrl, params)))
  return base64(new Uint8Array(mac))
}
