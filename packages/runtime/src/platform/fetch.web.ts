import type { FetchFunction, NodeFetchOptions } from '../transport/node-fetch.js'

/**
 * The default transport where Node's is absent (`#fetch` under the `default` condition): the platform's
 * own `fetch`, looked up on each call so a fetch installed after import (a test's, a polyfill) is used.
 */
export const defaultFetch: typeof fetch = (input, init) => globalThis.fetch(input, init)

/** node:http is absent here: `nodeFetch` and `createNodeFetch` say so. Pass no `fetch` (the global one is the default) or your own. */
function needsNode(): never {
  throw new Error("nodeFetch is the node:http transport and needs Node; on this runtime the core already sends with the global fetch.")
}

export const nodeFetch: FetchFunction = async () => needsNode()

export function createNodeFetch(_options?: NodeFetchOptions): FetchFunction {
  return needsNode()
}
