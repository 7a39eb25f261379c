/**
 * The REST clients under test, each reduced to "fetch tweet `id` and return its parsed JSON". Every
 * factory imports its client lazily, so a child process loads only the one it measures. Every client
 * keeps connections alive (the default of each, or an explicit keep-alive agent where the client takes
 * one), so the figures compare per-request work, not TCP handshakes.
 */
import { Agent, request } from 'node:http'
import { CREDS, oauthHeader } from './sign.js'

export type ShowStatus = (id: string) => Promise<{ id_str?: string }>
type Factory = (origin: string) => Promise<ShowStatus>

/** Our fetch over node:http, from the built runtime once it exports it, else from source (tsx runs us). */
async function loadNodeFetch(): Promise<typeof fetch> {
  const runtime = (await import('@twython/runtime')) as { nodeFetch?: typeof fetch }
  if (runtime.nodeFetch) return runtime.nodeFetch
  const source = await import('../../packages/runtime/src/transport/node-fetch.js')
  return source.nodeFetch as typeof fetch
}

async function ours(origin: string, fetchImpl: typeof fetch): Promise<ShowStatus> {
  const { Twython } = await import('@twython/client')
  const twitter = new Twython({ ...CREDS, hosts: { api: origin }, clientArgs: { fetch: fetchImpl } })
  return (id) => twitter.showStatus({ id }) as Promise<{ id_str?: string }>
}

export const CLIENTS: Readonly<Record<string, Factory>> = {
  /** The floor: node:http, a fixed precomputed header, no signing, no abstraction. */
  'node:http (fixed header)': async (origin) => {
    const agent = new Agent({ keepAlive: true })
    const authorization = oauthHeader('GET', `${origin}/1.1/statuses/show/1.json`)
    return (id) =>
      new Promise((resolve, reject) => {
        const req = request(`${origin}/1.1/statuses/show/${id}.json`, { agent, headers: { authorization } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))))
          res.on('error', reject)
        })
        req.on('error', reject)
        req.end()
      })
  },
  'fetch + oauth-sign': async (origin) => async (id) => {
    const url = `${origin}/1.1/statuses/show/${id}.json`
    const res = await fetch(url, { headers: { authorization: oauthHeader('GET', url) } })
    return res.json() as Promise<{ id_str: string }>
  },
  'ky + oauth-sign': async (origin) => {
    const { default: ky } = await import('ky')
    return async (id) => {
      const url = `${origin}/1.1/statuses/show/${id}.json`
      return ky.get(url, { headers: { authorization: oauthHeader('GET', url) } }).json()
    }
  },
  // The same two baselines over our node:http fetch: how much of ky's cost is undici's fetch, and what
  // ky itself (Request objects, option merging, timeout) adds on top of a cheap fetch.
  'node:http fetch + oauth-sign': async (origin) => {
    const nodeFetch = await loadNodeFetch()
    return async (id) => {
      const url = `${origin}/1.1/statuses/show/${id}.json`
      const res = await nodeFetch(url, { headers: { authorization: oauthHeader('GET', url) } })
      return res.json() as Promise<{ id_str: string }>
    }
  },
  'ky + node:http fetch + oauth-sign': async (origin) => {
    const { default: ky } = await import('ky')
    const api = ky.create({ fetch: await loadNodeFetch() })
    return async (id) => {
      const url = `${origin}/1.1/statuses/show/${id}.json`
      return api.get(url, { headers: { authorization: oauthHeader('GET', url) } }).json()
    }
  },
  'ours (undici fetch)': (origin) => ours(origin, globalThis.fetch),
  'ours (node:http fetch)': async (origin) => ours(origin, await loadNodeFetch()),
  'twitter-api-v2': async (origin) => {
    const { TwitterApi } = await import('twitter-api-v2')
    // It calls https.request for every URL; an http agent makes node accept an http: URL.
    const client = new TwitterApi({ appKey: CREDS.appKey, appSecret: CREDS.appSecret, accessToken: CREDS.oauthToken, accessSecret: CREDS.oauthTokenSecret }, { httpAgent: new Agent({ keepAlive: true }) })
    return (id) => client.v1.get(`statuses/show/${id}.json`, undefined, { prefix: `${origin}/1.1/` })
  },
  twit: async (origin) => {
    const { default: Twit } = (await import('twit')) as unknown as { default: new (o: object) => { get(path: string, params: object): Promise<{ data: { id_str: string } }> } }
    const client = new Twit({ consumer_key: CREDS.appKey, consumer_secret: CREDS.appSecret, access_token: CREDS.oauthToken, access_token_secret: CREDS.oauthTokenSecret, timeout_ms: 60_000 })
    // A full URL is used as is (twit's documented way to reach another host); `:id` is filled from params.
    return async (id) => (await client.get(`${origin}/1.1/statuses/show/:id.json`, { id })).data
  },
  'twitter-lite': async (origin) => {
    const { default: Twitter } = (await import('twitter-lite')) as unknown as { default: new (o: object) => { url: string; get(path: string): Promise<{ id_str: string }> } }
    const client = new Twitter({ consumer_key: CREDS.appKey, consumer_secret: CREDS.appSecret, access_token_key: CREDS.oauthToken, access_token_secret: CREDS.oauthTokenSecret })
    // twitter-lite builds `https://<subdomain>.twitter.com/<version>` into `url` at construction; no option sets a scheme or port.
    client.url = `${origin}/1.1`
    return (id) => client.get(`statuses/show/${id}`)
  },
}

/** The clients whose figures the targets compare. */
export const OURS = ['ours (undici fetch)', 'ours (node:http fetch)'] as const
export const PEER_TARGET = 'twitter-api-v2'
export const FLOOR = 'node:http (fixed header)'
