/**
 * The emulator's stream hub: statuses/filter, sample, firehose, user and site streams over real HTTP
 * responses. The server hands it requests (after OAuth verification) and every tweet created through the
 * API; it fans tweets out to the matching streams, sends keep-alives and notices, and plays faults on
 * demand.
 */
import { toJson as stringifyExact } from '../server/json.js'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { StreamConnection } from './connection.js'
import { concernsUser, matchesFilter, parseFilter, type FilterSpec, type TweetLike } from './match.js'

/** What the emulator's server needs from the hub. */
export interface StreamHub {
  /** Serves a stream request; false when `ctx.path` is not a stream path. */
  handle(req: IncomingMessage, res: ServerResponse, ctx: { userId: string | undefined; params: URLSearchParams; path: string }): boolean
  /** A tweet was created: deliver it on every stream it matches. */
  publish(tweet: object): void
  /** Closes every open stream and stops every timer. */
  close(): void
}

/** A fault to play on demand. */
export type StreamFault =
  /** The next `count` (default 1) stream requests are answered with `status` (420, 503, ...). */
  | { readonly kind: 'status'; readonly status: number; readonly count?: number; readonly byteAtATime?: boolean }
  /** On every open stream, the next message is cut in half and the socket destroyed. */
  | { readonly kind: 'drop-mid-message'; readonly byteAtATime?: boolean }
  /** Every open stream goes silent (no messages, no keep-alives) until the client gives up. */
  | { readonly kind: 'stall'; readonly byteAtATime?: boolean }
  /** From now on (or until `enabled: false`), every write is split into one-byte writes. */
  | { readonly kind: 'byte-at-a-time'; readonly enabled?: boolean }

/** Which streams a notice goes to. */
export type StreamName = 'filter' | 'sample' | 'firehose' | 'user' | 'site'

export interface StreamHubOptions {
  /**
   * Milliseconds between keep-alive newlines on every stream; 0 turns them off.
   * @default 30000
   */
  readonly keepAliveMs?: number
  /** Ids a user follows, for user streams (`friends` message, followings' tweets). @default none */
  readonly friendsOf?: (userId: string) => Iterable<string>
  /** `statuses/sample` delivers one tweet in `sampleEvery`. @default 1 (every tweet, so tests see them) */
  readonly sampleEvery?: number
}

/** The hub with its test controls. */
export interface EmulatorStreamHub extends StreamHub {
  /** Plays a fault (see {@link StreamFault}). */
  inject(fault: StreamFault): void
  /** Cancels pending status faults and byte-at-a-time mode. */
  clearFaults(): void
  /** Sends a raw notice (`{ limit: { track: 3 } }`, `{ disconnect: {...} }`, ...) to open streams; `warning` notices only reach `stall_warnings=true` streams. */
  notice(message: object, streams?: readonly StreamName[]): void
  /** Sends a `delete` notice for a tweet to every status stream and the user streams it concerned. */
  deleteTweet(tweet: { id_str: string; user: { id_str: string } }): void
  /** Streams open now. */
  readonly openStreams: number
}

interface Subscriber {
  readonly name: StreamName
  readonly conn: StreamConnection
  readonly filter?: FilterSpec
  readonly userId?: string
  readonly followings?: ReadonlySet<string>
  /** Site streams: the users it carries, each with their followings. */
  readonly siteUsers?: ReadonlyMap<string, ReadonlySet<string>>
}

const PATHS: Readonly<Record<string, StreamName>> = {
  '/1.1/statuses/filter.json': 'filter',
  '/1.1/statuses/sample.json': 'sample',
  '/1.1/statuses/firehose.json': 'firehose',
  '/1.1/user.json': 'user',
  '/1.1/site.json': 'site',
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  420: 'Exceeded connection limit for user',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
}

/**
 * Creates the hub.
 *
 * @example
 * ```ts
 * const hub = createStreamHub({ keepAliveMs: 1000 })
 * // in the server, after OAuth: if (hub.handle(req, res, { userId, params, path })) return
 * hub.publish(tweet)                                  // live on each matching stream
 * hub.inject({ kind: 'status', status: 420 })         // the next stream request gets a 420
 * ```
 */
export function createStreamHub(options: StreamHubOptions = {}): EmulatorStreamHub {
  const keepAliveMs = options.keepAliveMs ?? 30_000
  const sampleEvery = Math.max(1, options.sampleEvery ?? 1)
  const subscribers = new Set<Subscriber>()
  const statusFaults: { status: number; remaining: number }[] = []
  let byteAtATime = false
  let sampleCounter = 0
  let controlCounter = 0

  const followingsOf = (userId: string): Set<string> => new Set(options.friendsOf?.(userId) ?? [])

  const refuse = (res: ServerResponse, status: number, text: string) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
    res.end(text)
  }

  return {
    handle(req, res, ctx) {
      const name = PATHS[ctx.path]
      if (!name) return false
      // Twitter documented GET for sample and firehose but answered a POST too, and some clients always POST.
      const expected = name === 'user' || name === 'site' ? ['GET'] : ['POST', 'GET']
      if (!expected.includes(req.method ?? 'GET')) {
        refuse(res, 405, 'Method Not Allowed')
        return true
      }
      const fault = statusFaults[0]
      if (fault) {
        if (--fault.remaining <= 0) statusFaults.shift()
        refuse(res, fault.status, STATUS_TEXT[fault.status] ?? `Error ${fault.status}`)
        return true
      }
      const params = ctx.params
      let sub: Omit<Subscriber, 'conn'> = { name }
      if (name === 'filter') {
        const filter = parseFilter(params)
        if (typeof filter === 'string') {
          refuse(res, 406, filter)
          return true
        }
        sub = { name, filter }
      } else if (name === 'user' || name === 'site') {
        if (ctx.userId === undefined) {
          refuse(res, 401, 'Unauthorized')
          return true
        }
        const withUser = params.get('with') === 'user' || (name === 'site' && params.get('with') !== 'followings')
        if (name === 'user') {
          sub = { name, userId: ctx.userId, followings: withUser ? new Set() : followingsOf(ctx.userId) }
        } else {
          const follow = (params.get('follow') ?? '').split(',').map((s) => s.trim()).filter(Boolean)
          if (follow.length === 0) {
            refuse(res, 400, 'Parameter follow is required for site streams')
            return true
          }
          sub = { name, siteUsers: new Map(follow.map((id) => [id, withUser ? new Set<string>() : followingsOf(id)])) }
        }
      }
      const subscriber: Subscriber = {
        ...sub,
        conn: new StreamConnection(
          res,
          { lengthDelimited: params.get('delimited') === 'length', stallWarnings: params.get('stall_warnings') === 'true', keepAliveMs, byteAtATime },
          () => subscribers.delete(subscriber),
        ),
      }
      subscribers.add(subscriber)
      greet(subscriber, params.get('stringify_friend_ids') === 'true', followingsOf, ++controlCounter)
      return true
    },

    publish(tweet) {
      // Exact digits for 64-bit ids (bigint fields), as Twitter writes them.
      const json = stringifyExact(tweet)
      const t = tweet as TweetLike
      const sampled = sampleCounter++ % sampleEvery === 0
      for (const sub of subscribers) {
        switch (sub.name) {
          case 'firehose':
            sub.conn.send(json)
            break
          case 'sample':
            if (sampled) sub.conn.send(json)
            break
          case 'filter':
            if (matchesFilter(sub.filter!, t)) sub.conn.send(json)
            break
          case 'user':
            if (concernsUser(t, sub.userId!, sub.followings!)) sub.conn.send(json)
            break
          case 'site':
            for (const [userId, followings] of sub.siteUsers!) {
              if (concernsUser(t, userId, followings)) sub.conn.send(`{"for_user":${JSON.stringify(userId)},"message":${json}}`)
            }
            break
        }
      }
    },

    close() {
      statusFaults.length = 0
      for (const sub of [...subscribers]) sub.conn.end()
      subscribers.clear()
    },

    inject(fault) {
      if (fault.kind === 'byte-at-a-time' || ('byteAtATime' in fault && fault.byteAtATime)) {
        byteAtATime = fault.kind === 'byte-at-a-time' ? fault.enabled !== false : true
        for (const sub of subscribers) sub.conn.byteAtATime = byteAtATime
      }
      if (fault.kind === 'status') statusFaults.push({ status: fault.status, remaining: Math.max(1, fault.count ?? 1) })
      if (fault.kind === 'stall') for (const sub of subscribers) sub.conn.stalled = true
      if (fault.kind === 'drop-mid-message') for (const sub of subscribers) sub.conn.dropNext = true
    },

    clearFaults() {
      statusFaults.length = 0
      byteAtATime = false
      for (const sub of subscribers) sub.conn.byteAtATime = false
    },

    notice(message, streams) {
      const json = stringifyExact(message)
      const isWarning = 'warning' in message
      for (const sub of subscribers) {
        if (streams && !streams.includes(sub.name)) continue
        if (isWarning && !sub.conn.options.stallWarnings) continue
        sub.conn.send(json)
      }
    },

    deleteTweet(tweet) {
      const notice = JSON.stringify({
        delete: { status: { id: Number(tweet.id_str), id_str: tweet.id_str, user_id: Number(tweet.user.id_str), user_id_str: tweet.user.id_str }, timestamp_ms: String(Date.now()) },
      })
      for (const sub of subscribers) {
        if (sub.name === 'user' && !concernsUser(tweet as TweetLike, sub.userId!, sub.followings!)) continue
        if (sub.name === 'site') continue
        sub.conn.send(notice)
      }
    },

    get openStreams() {
      return subscribers.size
    },
  }
}

/** The first messages of user and site streams: the friends list, and for site streams the control URI. */
function greet(sub: Subscriber, stringify: boolean, followingsOf: (id: string) => Set<string>, controlId: number): void {
  const friends = (ids: Iterable<string>) => (stringify ? { friends_str: [...ids] } : { friends: [...ids].map(Number) })
  if (sub.name === 'user') sub.conn.send(friends(followingsOf(sub.userId!)))
  if (sub.name === 'site') {
    sub.conn.send({ control: { control_uri: `/1.1/site/c/${controlId}` } })
    for (const userId of sub.siteUsers!.keys()) sub.conn.send({ for_user: userId, message: friends(followingsOf(userId)) })
  }
}
