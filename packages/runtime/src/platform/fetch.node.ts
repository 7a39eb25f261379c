/** The default transport on Node (`#fetch` under the `node` condition): the keep-alive node:http fetch. */
export { nodeFetch as defaultFetch, nodeFetch, createNodeFetch } from '../transport/node-fetch.js'
