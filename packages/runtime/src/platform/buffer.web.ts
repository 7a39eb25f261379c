/**
 * A Buffer where Node's is absent (`#buffer` under the `default` condition), so the stream parser and the
 * upload bodies, written against Node's Buffer, work unchanged on workerd without `nodejs_compat` and in
 * browsers: the `buffer` package implements Node's API over Uint8Array.
 */
import { Buffer } from 'buffer'

export { Buffer }

const strict = new TextDecoder('utf-8', { fatal: true })

/** True when the bytes are well-formed UTF-8 (node:buffer's `isUtf8`). */
export function isUtf8(input: ArrayBuffer | NodeJS.TypedArray): boolean {
  try {
    strict.decode(input)
    return true
  } catch {
    return false
  }
}

/** `n` cryptographically random bytes as a Buffer, like node:crypto's (`.toString('hex')` works). */
export function randomBytes(n: number): Buffer {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(n)))
}
