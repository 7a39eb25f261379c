/** node:http and node:https requests (`#http` under the `node` condition), for the v1.1 streamer's connections. */
export { request as httpRequest } from 'node:http'
export { request as httpsRequest } from 'node:https'
