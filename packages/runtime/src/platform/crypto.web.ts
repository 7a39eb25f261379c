/**
 * Cryptography for runtimes without `node:crypto` (`#crypto` under the `default` condition: workerd
 * without `nodejs_compat`, browsers, neutral bundles). There is no synchronous HMAC in Web Crypto, so
 * `syncSigner` is absent and `signature` is `webCryptoSignature` (`oauth1-webcrypto.ts`), a promise.
 * SHA-256 must stay synchronous (rate-limit keys, the PKCE challenge) and equal to Node's, so a Worker and
 * a Node process sharing one store agree on the keys: @noble/hashes computes it.
 */
import { sha256 } from '@noble/hashes/sha2'
import { base64, base64url, randomBytes } from '../bytes.js'
import { webCryptoSignature } from '../oauth1-webcrypto.js'
import type { PlatformSigner, SyncSigner } from './types.js'

export const syncSigner: SyncSigner | undefined = undefined

/** The OAuth 1.0a signature (HMAC-SHA1) of every call signed here: Web Crypto's, a promise. */
export const signature: PlatformSigner = webCryptoSignature

/** A fresh OAuth 1.0a nonce: 32 random bytes in base64, letters and digits only (as Twitter's examples are). */
export function createNonce(): string {
  return base64(randomBytes(32)).replace(/[^A-Za-z0-9]/g, '')
}

/** SHA-256 of a UTF-8 string, base64url without padding. */
export function sha256Base64url(text: string): string {
  return base64url(sha256(new TextEncoder().encode(text)))
}

