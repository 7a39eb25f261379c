/**
 * The origins the client talks to. Every one can be replaced (the emulator, a proxy); plain `http:` is
 * refused unless the host is a loopback address, so credentials never cross a network in clear text.
 */
import { TwythonError } from './errors.js'

export interface Hosts {
  /** REST API, default `https://api.twitter.com`. */
  readonly api: string
  /** Media upload, default `https://upload.twitter.com`. */
  readonly upload: string
  /** Public streams, default `https://stream.twitter.com`. */
  readonly stream: string
  /** User streams, default `https://userstream.twitter.com`. */
  readonly userStream: string
  /** Site streams, default `https://sitestream.twitter.com`. */
  readonly siteStream: string
  /** X API v2: REST, streams, media and the OAuth 2 token endpoint, default `https://api.x.com`. */
  readonly v2: string
  /** The OAuth 2 authorization page (`/i/oauth2/authorize`), default `https://x.com`. */
  readonly authorize: string
}

export const DEFAULT_HOSTS: Hosts = {
  api: 'https://api.twitter.com',
  upload: 'https://upload.twitter.com',
  stream: 'https://stream.twitter.com',
  userStream: 'https://userstream.twitter.com',
  siteStream: 'https://sitestream.twitter.com',
  v2: 'https://api.x.com',
  authorize: 'https://x.com',
}

/** Merges user hosts over the defaults, strips trailing slashes and refuses non-loopback `http:`. */
export function resolveHosts(hosts: Partial<Hosts> | undefined): Hosts {
  const merged = { ...DEFAULT_HOSTS, ...hosts }
  for (const key of Object.keys(merged) as (keyof Hosts)[]) {
    merged[key as keyof Hosts] = checkOrigin(key, merged[key])
  }
  return merged
}

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}

/** Validates one base URL for secure use. */
export function checkOrigin(name: string, value: string): string {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    // reported below, as any value that is not an http(s) URL
  }
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') throw new TwythonError(`hosts.${name} must be an https: URL, got ${JSON.stringify(value)}.`)
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new TwythonError(`hosts.${name} uses http: on a non-loopback host (${url.host}); Twitter is restricted to SSL/TLS traffic.`)
  }
  return value.replace(/\/+$/, '')
}
