/// <reference path="../oauth-sign.d.ts" />
/**
 * Node's cryptography for the runtime (`#crypto` under the `node` condition): OAuth 1.0a signatures with
 * oauth-sign, synchronously, and SHA-256 through `node:crypto`. `crypto.web.ts` has the same exports for
 * runtimes without `node:crypto`.
 */
import { createHash, randomBytes } from 'node:crypto'
import { hmacsign } from 'oauth-sign'
import type { PlatformSigner, SyncSigner } from './types.js'

/** HMAC-SHA1 over the RFC 5849 base string, computed by oauth-sign. */
export const syncSigner: SyncSigner | undefined = hmacsign

/** The OAuth 1.0a signature of every call signed here: oauth-sign's, synchronous (no Web Crypto signer in a Node bundle). */
export const signature: PlatformSigner = hmacsign

/** A fresh OAuth 1.0a nonce: 32 random bytes in base64, letters and digits only (as Twitter's examples are). */
export function createNonce(): string {
  return randomBytes(32).toString('base64').replace(/[^A-Za-z0-9]/g, '')
}

/** SHA-256 of a UTF-8 string, base64url without padding. */
export function sha256Base64url(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url')
}
