/**
 * File paths and Node streams as file inputs (`#files` under the `node` condition). A path is opened
 * lazily by Node (`fs.openAsBlob`), so its bytes are read while the body is sent.
 */
import { openAsBlob } from 'node:fs'
import { basename } from 'node:path'
import { Readable } from 'node:stream'

export { open } from 'node:fs/promises'
export { Readable }
import type { OpenedFile } from './types.js'

/** Opens the file at `path` as a Blob named after it. */
export async function openPath(path: string): Promise<OpenedFile> {
  return { blob: await openAsBlob(path), filename: basename(path) }
}

/** True for a Node readable stream (`fs.createReadStream`, `Readable.from`). */
export function isNodeReadable(value: unknown): boolean {
  return value instanceof Readable
}
