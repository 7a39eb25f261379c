/** node:http and node:https requests (`#http` under the `node` condition), for the v1.1 streamer's connections. */
export { request as httpRequest } from 'node:http'
export { request as httpsRequest } from 'node:https'

/**
 * The `fetch` a v1.1 stream connects with when the user passed none: none on Node, where node:http's
 * connection is the default (it measured faster than a stream read through WHATWG streams).
 */
export const defaultStreamFetch: typeof fetch | undefined = undefined
