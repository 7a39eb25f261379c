/**
 * A token store in one JSON file, for a bot or CLI that must keep its user signed in across restarts.
 * Writes are atomic: the token goes to a temp file beside the target, is flushed to disk, and is renamed
 * over the target, so a crash at any moment leaves either the old token or the new one, never a torn file.
 *
 * It lives in its own module (`@twython/runtime/file-token-store`) so runtimes without `node:fs` never load it.
 */
import { randomBytes } from 'node:crypto'
import { open, readdir, readFile, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { TwythonError } from '../errors.js'
import { isOAuth2Token, type OAuth2Token, type TokenStore } from './token.js'

export interface FileTokenStoreOptions {
  /** File mode of the token file. @default 0o600 (owner only: it holds the refresh token) */
  readonly mode?: number
}

export class FileTokenStore implements TokenStore {
  readonly #path: string
  readonly #mode: number
  /** Writes of this store, one after another, so the last `set` is the one the file keeps. */
  #queue: Promise<void> = Promise.resolve()

  /** @param path - the token file; its directory must exist. */
  constructor(path: string, options: FileTokenStoreOptions = {}) {
    this.#path = path
    this.#mode = options.mode ?? 0o600
  }

  get path(): string {
    return this.#path
  }

  /** The file's absolute path: every process on this machine that uses the file is the same user. */
  get id(): string {
    return `file:${resolve(this.#path)}`
  }

  async get(): Promise<OAuth2Token | undefined> {
    let text: string
    try {
      text = await readFile(this.#path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      // The message names the file, never its content (it holds tokens).
      throw new TwythonError(`The token file ${this.#path} is not valid JSON.`)
    }
    if (!isOAuth2Token(value)) throw new TwythonError(`The token file ${this.#path} does not hold an OAuth2Token.`)
    return value
  }

  set(token: OAuth2Token): Promise<void> {
    if (!isOAuth2Token(token)) return Promise.reject(new TwythonError('FileTokenStore.set needs an OAuth2Token.'))
    const write = this.#queue.then(() => this.#write(token))
    this.#queue = write.catch(() => undefined)
    return write
  }

  async #write(token: OAuth2Token): Promise<void> {
    const temp = join(dirname(this.#path), `.${basename(this.#path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
    const text = `${JSON.stringify({ accessToken: token.accessToken, refreshToken: token.refreshToken, expiresAt: token.expiresAt, scopes: token.scopes, tokenType: token.tokenType }, null, 2)}\n`
    const handle = await open(temp, 'wx', this.#mode)
    try {
      await handle.writeFile(text, 'utf8')
      // On disk before the rename, or a power loss could leave the renamed file empty.
      await handle.sync()
    } catch (error) {
      await handle.close().catch(() => undefined)
      await unlink(temp).catch(() => undefined)
      throw error
    }
    await handle.close()
    try {
      await rename(temp, this.#path)
    } catch (error) {
      await unlink(temp).catch(() => undefined)
      throw error
    }
    await syncDirectory(dirname(this.#path))
    await this.#sweepOrphans()
  }

  /** Removes temp files that a killed writer left (they hold tokens), once their process is gone. */
  async #sweepOrphans(): Promise<void> {
    const prefix = `.${basename(this.#path)}.`
    let names: string[]
    try {
      names = await readdir(dirname(this.#path))
    } catch {
      return
    }
    for (const name of names) {
      if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue
      const pid = Number(name.slice(prefix.length).split('.')[0])
      if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue
      await unlink(join(dirname(this.#path), name)).catch(() => undefined)
    }
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `FileTokenStore { path: ${JSON.stringify(this.#path)} }`
  }

  toJSON(): Record<string, unknown> {
    return { store: 'file', path: this.#path }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Flushes the directory entry of the rename (POSIX); Windows cannot open a directory, and needs not. */
async function syncDirectory(dir: string): Promise<void> {
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch {
    // Best effort: the rename itself is already atomic.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
