/** What the platform modules behind `#crypto`, `#fetch` and `#files` export, whichever condition picked them. */

/** Computes an OAuth 1.0a HMAC-SHA1 signature (base64) the way oauth-sign's `hmacsign` does. */
export type SyncSigner = (method: string, baseUrl: string, params: Readonly<Record<string, readonly string[]>>, consumerSecret: string, tokenSecret: string) => string


/** The platform's signer of the core's calls: a string where signing is synchronous (Node), else a promise. */
export type PlatformSigner = (method: string, baseUrl: string, params: Readonly<Record<string, readonly string[]>>, consumerSecret: string, tokenSecret: string) => string | Promise<string>

/** A file opened from a path, for a multipart part. */
export interface OpenedFile {
  readonly blob: Blob
  readonly filename: string
}
