/**
 * `nodeFetch` and `createNodeFetch` for the index: node:http's transport on Node, and elsewhere (the
 * `default` condition of `#fetch`) stand-ins that say it needs Node. Typed here so the published
 * declarations name no `#` import.
 */
import { createNodeFetch as platformCreateNodeFetch, nodeFetch as platformNodeFetch } from '#fetch'
import type { FetchFunction, NodeFetchOptions } from './transport/node-fetch.js'

/** The shared keep-alive node:http fetch (one agent per protocol for the whole process); Node only. */
export const nodeFetch: FetchFunction = platformNodeFetch

/** Builds a node:http fetch with its own agents (pass agents to go through a proxy or tune pooling); Node only. */
export const createNodeFetch: (options?: NodeFetchOptions) => FetchFunction = platformCreateNodeFetch
