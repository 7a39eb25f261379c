/**
 * PKCE (RFC 7636) and the `state` value: a crypto-random code verifier from the unreserved alphabet, its
 * S256 challenge (BASE64URL(SHA-256(ASCII(verifier))) without padding), and a crypto-random state.
 */
import { sha256Base64url } from '#crypto'
import { base64url, randomBytes } from '../bytes.js'

/** RFC 7636 section 4.1: 43 to 128 characters of `[A-Z a-z 0-9 - . _ ~]`. */
export const CODE_VERIFIER_MIN_LENGTH = 43
export const CODE_VERIFIER_MAX_LENGTH = 128
const VERIFIER_PATTERN = /^[A-Za-z0-9\-._~]{43,128}$/

/**
 * A fresh code verifier. The default of 96 base64url characters carries 576 random bits; base64url's
 * alphabet is a subset of the unreserved characters RFC 7636 allows.
 */
export function createCodeVerifier(length = 96): string {
  if (!Number.isInteger(length) || length < CODE_VERIFIER_MIN_LENGTH || length > CODE_VERIFIER_MAX_LENGTH) {
    throw new RangeError(`A PKCE code verifier has ${CODE_VERIFIER_MIN_LENGTH} to ${CODE_VERIFIER_MAX_LENGTH} characters (RFC 7636); got ${length}.`)
  }
  return base64url(randomBytes(Math.ceil((length * 3) / 4))).slice(0, length)
}

/** True when `verifier` has the length and alphabet RFC 7636 allows. */
export function isCodeVerifier(verifier: string): boolean {
  return VERIFIER_PATTERN.test(verifier)
}

/** The S256 code challenge of a verifier. */
export function codeChallengeS256(verifier: string): string {
  return sha256Base64url(verifier)
}

/** A crypto-random `state` (256 bits, base64url) to bind the callback to the request that started it. */
export function createState(): string {
  return base64url(randomBytes(32))
}
