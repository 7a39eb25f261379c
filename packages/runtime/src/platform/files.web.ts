/**
 * File inputs where there is no file system (`#files` under the `default` condition): a path cannot be
 * opened, and there are no Node streams. Blobs, bytes and web streams work everywhere.
 */
import type { OpenedFile } from './types.js'

export async function openPath(path: string): Promise<OpenedFile> {
  throw new Error(`file paths need Node's file system; pass the bytes (a Blob, Uint8Array or ReadableStream) instead of "${path}"`)
}

export function isNodeReadable(_value: unknown): boolean {
  return false
}
