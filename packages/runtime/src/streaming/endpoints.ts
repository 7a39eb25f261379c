/**
 * The v1.1 stream endpoints Twython 3.4.0 offers, with their hosts and HTTP methods, and the request
 * each one makes. Parameters are encoded Twython's way (`encodeParams`: booleans `true`/`false`, arrays
 * comma-joined, null/undefined dropped).
 */
import { encodeParams, formatPairs } from '../encode.js'
import type { Hosts } from '../hosts.js'

/** A stream, named after its path. */
export type StreamKind = 'statuses/filter' | 'statuses/sample' | 'statuses/firehose' | 'user' | 'site'

/** Stream request parameters, Twitter's wire names (`track`, `follow`, `locations`, `delimited`, `stall_warnings`, `with`, ...). */
export type StreamParams = Readonly<Record<string, unknown>>

interface Endpoint {
  readonly method: 'GET' | 'POST'
  readonly host: keyof Pick<Hosts, 'stream' | 'userStream' | 'siteStream'>
  readonly path: string
}

/** Where each stream lives: filter is a POST with a form body; the others are GETs with a query. */
export const STREAM_ENDPOINTS: Readonly<Record<StreamKind, Endpoint>> = {
  'statuses/filter': { method: 'POST', host: 'stream', path: '/1.1/statuses/filter.json' },
  'statuses/sample': { method: 'GET', host: 'stream', path: '/1.1/statuses/sample.json' },
  'statuses/firehose': { method: 'GET', host: 'stream', path: '/1.1/statuses/firehose.json' },
  user: { method: 'GET', host: 'userStream', path: '/1.1/user.json' },
  site: { method: 'GET', host: 'siteStream', path: '/1.1/site.json' },
}

/** One connection attempt's request, before signing. */
export interface StreamRequest {
  readonly method: 'GET' | 'POST'
  /** Full URL; GET parameters are in its query. */
  readonly url: string
  /** Form body pairs of a POST (signed). */
  readonly form: readonly (readonly [string, string])[] | undefined
  /** True when the parameters ask for `delimited=length` framing. */
  readonly lengthDelimited: boolean
}

/** Builds the request for a stream kind and its parameters. */
export function buildStreamRequest(hosts: Hosts, kind: StreamKind, params: StreamParams | undefined): StreamRequest {
  const endpoint = STREAM_ENDPOINTS[kind]
  const pairs = encodeParams(params as Record<string, unknown> | undefined)
  const lengthDelimited = pairs.some(([name, value]) => name === 'delimited' && value === 'length')
  const base = `${hosts[endpoint.host]}${endpoint.path}`
  if (endpoint.method === 'POST') return { method: 'POST', url: base, form: pairs, lengthDelimited }
  const query = formatPairs(pairs)
  return { method: 'GET', url: query ? `${base}?${query}` : base, form: undefined, lengthDelimited }
}
