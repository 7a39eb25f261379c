/**
 * The Redis connection the stores share: either a client the caller made (node-redis, `@redis/client`),
 * or one this package makes from a URL. Commands go through `sendCommand`, and scripts through EVALSHA
 * with a fallback to EVAL when the server has not seen them (after a restart or a SCRIPT FLUSH).
 */
import { createHash } from 'node:crypto'
import { createClient } from '@redis/client'

/** What the stores need of a Redis client: node-redis's `sendCommand` (v4 and later). */
export interface RedisCommander {
  sendCommand(args: readonly string[]): Promise<unknown>
}

/** How to reach Redis: a URL (`redis://127.0.0.1:6379`), or a connected node-redis client of your own. */
export type RedisConnectionOptions = { readonly url: string; readonly client?: undefined } | { readonly client: RedisCommander; readonly url?: undefined }

/** How long a command waits for a connection that is not up yet before it fails. */
const CONNECT_WAIT_MS = 1000

/** The part of a node-redis client this package drives when it made the client itself. */
interface OwnedClient {
  readonly isOpen: boolean
  readonly isReady: boolean
  connect(): Promise<unknown>
  close(): Promise<void>
  destroy(): void
}

export class RedisConnection {
  readonly #client: RedisCommander
  /** Set when this package made the client: it connects it and closes it. */
  readonly #owned: OwnedClient | undefined
  #connecting: Promise<unknown> | undefined
  readonly #shas = new Map<string, string>()

  constructor(options: RedisConnectionOptions) {
    if (options.client) {
      this.#client = options.client
      this.#owned = undefined
    } else {
      if (typeof options.url !== 'string') throw new TypeError('A Redis store needs { url } or { client }.')
      const client = createClient({
        url: options.url,
        // Commands fail at once while the connection is down instead of queueing: the rate-limit budget
        // then goes on in-process and no call hangs on an unreachable Redis.
        disableOfflineQueue: true,
        socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1000) },
      })
      // Without a listener node-redis would throw connection errors at the process; the failing command reports them.
      client.on('error', () => {})
      this.#client = client as unknown as RedisCommander
      this.#owned = client
    }
  }

  /** Sends one command. */
  async command(args: readonly string[]): Promise<unknown> {
    const owned = this.#owned
    if (owned && !owned.isReady) {
      // node-redis keeps reconnecting in the background and its connect() settles only once connected, so
      // a caller waits for it briefly and then fails: the rate-limit budget goes on in-process meanwhile.
      // Only the commands sent during the first connection attempt wait: later ones fail at once until the
      // connection is up.
      if (!this.#connecting) {
        const connected = owned.connect().catch(() => undefined)
        let timer: NodeJS.Timeout | undefined
        this.#connecting = Promise.race([connected, new Promise((resolve) => (timer = setTimeout(resolve, CONNECT_WAIT_MS)))]).finally(() => clearTimeout(timer))
      }
      await this.#connecting
      if (!owned.isReady) throw new Error('Redis is not connected (node-redis keeps trying)')
    }
    return this.#client.sendCommand(args)
  }

  /** Runs a Lua script by its SHA-1, loading it when the server does not know it. */
  async script(source: string, keys: readonly string[], args: readonly string[]): Promise<unknown> {
    let sha = this.#shas.get(source)
    if (!sha) this.#shas.set(source, (sha = createHash('sha1').update(source).digest('hex')))
    try {
      return await this.command(['EVALSHA', sha, String(keys.length), ...keys, ...args])
    } catch (error) {
      if (!String((error as Error)?.message ?? error).startsWith('NOSCRIPT')) throw error
      return this.command(['EVAL', source, String(keys.length), ...keys, ...args])
    }
  }

  /** Closes the connection this package opened (a client passed in stays open: it is the caller's). */
  async close(): Promise<void> {
    const owned = this.#owned
    if (!owned) return
    this.#connecting = undefined
    // close() lets queued commands finish; a client that is not connected has none and only needs its reconnection stopped.
    if (owned.isReady) await owned.close()
    else if (owned.isOpen) owned.destroy()
  }
}
