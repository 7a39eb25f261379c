/**
 * `@twython/emulator`: an offline Twitter API v1.1 on 127.0.0.1. It checks OAuth 1.0a signatures with its
 * own code, issues app-only bearer tokens, runs the three-legged flow, keeps users and tweets in memory,
 * streams, accepts chunked uploads, sends Twitter-shaped errors and rate-limit headers, and injects faults.
 *
 * @example
 * ```ts
 * import { startEmulator } from '@twython/emulator'
 * import { Twython } from '@twython/client'
 * const emu = await startEmulator()
 * const twitter = new Twython({ ...emu.credentials, hosts: emu.hosts })
 * await twitter.updateStatus({ status: 'hello from the emulator' })
 * await emu.close()
 * ```
 */
import { readFileSync } from 'node:fs'
import { EmulatorServer, type EmulatorCredentials, type EmulatorOptions, type FaultSpec } from './app/server.js'
import type { SeedData, State } from './app/state.js'
import type { EmulatorStreamHub } from './streams/index.js'
import type { UploadServiceControl } from './upload/index.js'

export type { EmulatorCredentials, EmulatorOptions, FaultSpec } from './app/server.js'
export type { SeedData } from './app/state.js'
export { SPEC_ROUTES, type SpecRoute } from './generated/routes.js'
export { createStreamHub, type EmulatorStreamHub, type StreamHub, type StreamFault } from './streams/index.js'
export { createUploadService, startUploadServer, type UploadService, type UploadServiceControl } from './upload/index.js'

/** The `hosts` option of `Twython` and `TwythonStreamer`, all pointing at the emulator. */
export interface EmulatorHosts {
  readonly api: string
  readonly upload: string
  readonly stream: string
  readonly userStream: string
  readonly siteStream: string
}

/** A running emulator. */
export interface Emulator {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  readonly hosts: EmulatorHosts
  /** A signed-in user's credentials (@emu_dev), in the shape `new Twython(...)` takes. */
  readonly credentials: EmulatorCredentials
  /** The application's key and secret alone, for OAuth 2 and the three-legged flow. */
  readonly app: { readonly appKey: string; readonly appSecret: string }
  /** The in-memory world (users, tweets, follows, ...), for assertions. */
  readonly state: State
  /** Faults on demand: `faults.add({ route: 'show_status', status: 503 })`. */
  readonly faults: { add(fault: FaultSpec): void; clear(): void }
  /** The stream hub: notices and stream faults. */
  readonly streams: EmulatorStreamHub
  /** The chunked-upload service: received bytes' hashes and upload faults. */
  readonly uploads: UploadServiceControl
  /** Approves a request token as a user would on twitter.com; returns the verifier. */
  approve(requestToken: string, screenName?: string): string
  /** Issues an access token pair for a seeded user. */
  issueAccessToken(screenName: string): { oauthToken: string; oauthTokenSecret: string }
  /** Sets the per-window request limit of an endpoint (by Twython name) and starts a fresh window. */
  setRateLimit(routeId: string, limit: number): void
  /** Stops listening and closes every connection and stream. */
  close(): Promise<void>
}

/** Options of `startEmulator`; `seed` may also be a path to a JSON file. */
export interface StartEmulatorOptions extends Omit<EmulatorOptions, 'seed'> {
  readonly seed?: SeedData | string
}

/** Starts an emulator and resolves once it listens. */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<Emulator> {
  const seed = typeof options.seed === 'string' ? (JSON.parse(readFileSync(options.seed, 'utf8')) as SeedData) : options.seed
  const { seed: _path, ...rest } = options
  const server = new EmulatorServer({ ...rest, ...(seed ? { seed } : {}) })
  await server.listen(options.port ?? 0, options.host ?? '127.0.0.1')
  const url = server.url
  return {
    url,
    hosts: { api: url, upload: url, stream: url, userStream: url, siteStream: url },
    credentials: server.credentials,
    app: server.app,
    state: server.state,
    faults: { add: (fault) => server.addFault(fault), clear: () => server.clearFaults() },
    streams: server.streams,
    uploads: server.uploads,
    approve: (token, screenName) => server.approve(token, screenName),
    issueAccessToken: (screenName) => server.issueAccessToken(screenName),
    setRateLimit: (routeId, limit) => server.setRateLimit(routeId, limit),
    close: () => server.close(),
  }
}
