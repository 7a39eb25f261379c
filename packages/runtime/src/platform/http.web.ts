/**
 * Where there is no node:http (`#http` under the `default` condition: Workers builds, browsers, neutral
 * bundles; Bun and Deno take the `node` branch): the v1.1 streamer (`TwythonStreamer`, `stream()`) connects
 * with the platform's `fetch` and signs with Web Crypto (streaming/fetch-open.ts). node:http's requests are
 * stubs that say why, reached only by a stream given an `http.Agent` (`clientArgs.agent`), which only
 * node:http can use.
 */
import type { request } from 'node:http'

function unavailable(): never {
  throw new Error('clientArgs.agent is an http.Agent, which only node:http can use, and node:http is absent on this runtime; pass clientArgs.fetch instead (or nothing: the platform\'s fetch is the default here).')
}

export const httpRequest: typeof request = unavailable
export const httpsRequest: typeof request = unavailable

/**
 * The platform's own `fetch`, looked up on each call (so one installed after import is used) and called
 * unbound: a platform fetch (Workers, browsers) throws "Illegal invocation" when `this` is not the global.
 */
export const defaultStreamFetch: typeof fetch | undefined = (input, init) => globalThis.fetch(input, init)
