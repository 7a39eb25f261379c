/**
 * File inputs where there is no file system (`#files` under the `default` condition): a path cannot be
 * opened, and there are no Node streams. Blobs, bytes and web streams work everywhere.
 */
import type { open as nodeOpen } from 'node:fs/promises'
import type { OpenedFile } from './types.js'

/** No file system: opening a path (upload media given as a path) fails with what to pass instead. */
export const open: typeof nodeOpen = async (path) => {
  throw new Error(`file paths need Node's file system; pass the bytes (a Blob, Uint8Array or ReadableStream) instead of ${String(path)}`)
}

/** There are no Node streams here: nothing is an instance of this class. */
export class Readable {
  static [Symbol.hasInstance](_value: unknown): boolean {
    return false
  }
}

export async function openPath(path: string): Promise<OpenedFile> {
  throw new Error(`file paths need Node's file system; pass the bytes (a Blob, Uint8Array or ReadableStream) instead of "${path}"`)
}

export function isNodeReadable(_value: unknown): boolean {
  return false
}
