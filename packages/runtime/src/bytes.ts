/** Base64 of bytes without Node's Buffer (btoa is in every runtime the SDK supports). */
export function base64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Base64url without padding (RFC 4648 section 5), as Node's `digest('base64url')` writes it. */
export function base64url(bytes: Uint8Array): string {
  return base64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** `n` bytes from the platform's cryptographic random generator (Web Crypto, on Node too). */
export function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n))
}
