/**
 * Where there is no node:http (`#http` under the `default` condition): the v1.1 streamer (`TwythonStreamer`,
 * `stream()`) holds its connections with node:http's agents and cannot connect. Loading it still works, so
 * the whole client bundles; X API v2 streams go through `fetch` and work here.
 */
import type { request } from 'node:http'

function unavailable(): never {
  throw new Error("The v1.1 streaming client needs node:http (Node, Bun, Deno, or workerd's nodejs_compat); X API v2 streams (twitter.v2) use fetch and work on this runtime.")
}

export const httpRequest: typeof request = unavailable
export const httpsRequest: typeof request = unavailable
