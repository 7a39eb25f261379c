/**
 * The v2 stream hub: every open `/2/.../stream` connection, fed from the emulator's one state (posts made
 * through v1.1 or v2, likes, unlikes and deletions, and compliance or label events a test sends). It keeps
 * X's connection limit (one connection per app and stream, a second one gets X's 429 `TooManyConnections`),
 * sends `\r\n` keep-alives, X's operational-disconnect message on demand, and plays the faults a test asks
 * for: drop the connection after N messages, stall (nothing at all, keep-alives included), answer a status
 * on connect.
 */
import type { ServerResponse } from 'node:http'
import { toJson } from '../server/json.js'
import type { State, StateEvent, TweetRecord } from '../state/state.js'
import { StreamConnection } from '../streams/connection.js'
import { problemBase, toGeneration, type Generation } from './names.js'
import type { V2Object } from './views.js'

/** What a connection may receive: a new post, a state event, or an event a test sends. */
export type HubEvent =
  | { readonly kind: 'post'; readonly post: TweetRecord }
  | StateEvent
  | { readonly kind: 'compliance'; readonly stream: ComplianceStream; readonly data: V2Object; readonly partition?: number }

/** The streams that carry events a test sends with {@link V2StreamHub.compliance}. */
export type ComplianceStream = 'posts' | 'users' | 'likes' | 'labels' | 'activity'

/** Options of the v2 streams (the `v2Streams` option of `startEmulator`). */
export interface V2StreamOptions {
  /**
   * Milliseconds between `\r\n` keep-alives on every v2 stream; 0 turns them off. X sends one every 20 s.
   * @default 20000
   */
  readonly keepAliveMs?: number
  /**
   * Connections one app may hold on one stream (and partition) at a time; one more gets X's 429.
   * @default 1
   */
  readonly maxConnections?: number
  /** The 1% and 10% samples carry one post in `sampleEvery`. @default 1 (every post, so tests see them) */
  readonly sampleEvery?: number
}

/** A fault to play on v2 streams; `operationId` limits it to one stream (`streamPosts`, `streamPostsSample`, ...). */
export type V2StreamFault =
  /** The next `count` (default 1) connections are refused with `status` (429, 503, ...) and X's problem body. */
  | { readonly kind: 'status'; readonly status: number; readonly count?: number; readonly operationId?: string }
  /**
   * Each open connection (or, when none is open, the next one) sends `messages` more messages whole, then its
   * socket is destroyed. `sticky` applies it to every later connection too, until `clearFaults`.
   */
  | { readonly kind: 'drop-after'; readonly messages: number; readonly sticky?: boolean; readonly operationId?: string }
  /** Every open connection goes silent (no messages, no keep-alives) until the client gives up. */
  | { readonly kind: 'stall'; readonly operationId?: string }
  /** Every open connection gets X's operational-disconnect message and is closed. */
  | { readonly kind: 'operational-disconnect'; readonly operationId?: string }
  /** On every open connection the next message is cut in half and the socket destroyed (a torn message). */
  | { readonly kind: 'drop-mid-message'; readonly operationId?: string }
  /** From now on (or until `enabled: false`), open and new connections write one byte per write. */
  | { readonly kind: 'byte-at-a-time'; readonly enabled?: boolean }

/** The v2 stream hub with its test controls (`emu.v2Streams`). */
export interface V2StreamHub {
  /** Plays a fault (see {@link V2StreamFault}). */
  inject(fault: V2StreamFault): void
  /** Drops pending status faults, pending and sticky drops, and byte-at-a-time mode. */
  clearFaults(): void
  /** Sends X's operational-disconnect message on every open stream (or one operation's) and closes them; how many. */
  disconnect(operationId?: string): number
  /**
   * Sends an event on a compliance or label stream, as X would: `compliance('users', { user_suspend: { user: { id }, event_at } })`.
   * `partition` limits it to connections of that partition.
   */
  compliance(stream: ComplianceStream, data: object, partition?: number): void
  /** Streams open now (of one operation, or all). */
  connections(operationId?: string): number
  /** Closes every stream. */
  close(): void
}

/** What a stream handler asks of the hub for one connection. */
export interface Subscription {
  readonly operationId: string
  /** The connection-limit bucket: the app and the stream (and partition). */
  readonly limitKey: string
  readonly generation: Generation
  /** The message this connection sends for an event, or undefined when the event is not for it. */
  accept(event: HubEvent): V2Object | undefined
}

interface Subscriber extends Subscription {
  readonly conn: StreamConnection
}

const HEADERS = { 'content-type': 'application/json; charset=utf-8', 'transfer-encoding': 'chunked', connection: 'close' } as const

/** The hub's side the v2 handlers use (the test controls plus connect). */
export interface V2StreamHubInternal extends V2StreamHub {
  /**
   * Takes over `res` for a subscription: X's 429 when the app is at its connection limit, an injected
   * status, or a 200 stream that sends `first()` (a backfill) before live messages.
   */
  connect(res: ServerResponse, sub: Subscription, first?: () => readonly V2Object[]): void
  /** The options in force. */
  readonly options: Required<V2StreamOptions>
}

/** Creates the hub on `state`; the emulator's server makes one and the v2 stream handlers use it. */
export function createV2StreamHub(state: State, options: V2StreamOptions = {}): V2StreamHubInternal {
  const settings: Required<V2StreamOptions> = { keepAliveMs: options.keepAliveMs ?? 20_000, maxConnections: Math.max(1, options.maxConnections ?? 1), sampleEvery: Math.max(1, options.sampleEvery ?? 1) }
  const subscribers = new Set<Subscriber>()
  const statusFaults: { status: number; remaining: number; operationId: string | undefined }[] = []
  const pendingDrops: { messages: number; operationId: string | undefined }[] = []
  const stickyDrops: { messages: number; operationId: string | undefined }[] = []
  let byteAtATime = false
  const applies = (operationId: string | undefined, sub: Subscription) => operationId === undefined || operationId === sub.operationId

  const deliver = (event: HubEvent) => {
    for (const sub of subscribers) {
      let message: V2Object | undefined
      try {
        message = sub.accept(event)
      } catch (error) {
        // A message that cannot be built must not take the emulator down (this runs outside any request).
        console.error('[twython-emulator] v2 stream message failed:', error)
        continue
      }
      if (message) sub.conn.send(toJson(toGeneration(message, sub.generation)))
    }
  }
  // A v2 post gets its media, poll and place after the state stored it: deliver once the handler is done.
  state.onTweet.push((post) => queueMicrotask(() => deliver({ kind: 'post', post })))
  state.onEvent.push((event) => queueMicrotask(() => deliver(event)))

  const refuse = (res: ServerResponse, status: number, body: V2Object) => {
    const text = JSON.stringify(body)
    res.writeHead(status, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(text) })
    res.end(text)
  }

  const operationalDisconnect = (sub: Subscriber) => {
    const message = { errors: [{ title: 'operational-disconnect', disconnect_type: 'OperationalDisconnect', detail: 'This stream has been disconnected for operational reasons.', type: `${problemBase(sub.generation)}operational-disconnect` }] }
    sub.conn.sendRaw(`${JSON.stringify(message)}\r\n`)
    sub.conn.endWhenFlushed()
  }

  return {
    options: settings,

    connect(res, sub, first) {
      const fault = statusFaults.find((f) => applies(f.operationId, sub))
      if (fault) {
        if (--fault.remaining <= 0) statusFaults.splice(statusFaults.indexOf(fault), 1)
        return refuse(res, fault.status, statusProblem(fault.status, sub.generation))
      }
      const open = [...subscribers].filter((s) => s.limitKey === sub.limitKey).length
      if (open >= settings.maxConnections) {
        // X's answer word for word: the previous connection still counts until X notices it is gone.
        return refuse(res, 429, { title: 'ConnectionException', detail: 'This stream is currently at the maximum allowed connection limit.', connection_issue: 'TooManyConnections', type: `${problemBase(sub.generation)}streaming-connection` })
      }
      const subscriber: Subscriber = {
        ...sub,
        conn: new StreamConnection(res, { lengthDelimited: false, stallWarnings: false, keepAliveMs: settings.keepAliveMs, byteAtATime, headers: HEADERS }, () => subscribers.delete(subscriber)),
      }
      const pending = pendingDrops.findIndex((d) => applies(d.operationId, sub))
      if (pending >= 0) subscriber.conn.dropAfterMessages = pendingDrops.splice(pending, 1)[0]!.messages
      const sticky = stickyDrops.find((d) => applies(d.operationId, sub))
      if (sticky) subscriber.conn.dropAfterMessages = sticky.messages
      subscribers.add(subscriber)
      for (const message of first?.() ?? []) subscriber.conn.send(toJson(toGeneration(message, sub.generation)))
    },

    inject(fault) {
      const targets = [...subscribers].filter((s) => applies('operationId' in fault ? fault.operationId : undefined, s))
      switch (fault.kind) {
        case 'status':
          statusFaults.push({ status: fault.status, remaining: Math.max(1, fault.count ?? 1), operationId: fault.operationId })
          break
        case 'drop-after': {
          const messages = Math.max(1, Math.floor(fault.messages))
          for (const s of targets) s.conn.dropAfterMessages = messages
          if (targets.length === 0 && !fault.sticky) pendingDrops.push({ messages, operationId: fault.operationId })
          if (fault.sticky) stickyDrops.push({ messages, operationId: fault.operationId })
          break
        }
        case 'stall':
          for (const s of targets) s.conn.stalled = true
          break
        case 'operational-disconnect':
          for (const s of targets) operationalDisconnect(s)
          break
        case 'drop-mid-message':
          for (const s of targets) s.conn.dropNext = true
          break
        case 'byte-at-a-time':
          byteAtATime = fault.enabled !== false
          for (const s of subscribers) s.conn.byteAtATime = byteAtATime
          break
      }
    },

    clearFaults() {
      statusFaults.length = 0
      pendingDrops.length = 0
      stickyDrops.length = 0
      byteAtATime = false
      for (const s of subscribers) s.conn.byteAtATime = false
    },

    disconnect(operationId) {
      const targets = [...subscribers].filter((s) => operationId === undefined || s.operationId === operationId)
      for (const s of targets) operationalDisconnect(s)
      return targets.length
    },

    compliance(stream, data, partition) {
      deliver({ kind: 'compliance', stream, data: data as V2Object, ...(partition !== undefined ? { partition } : {}) })
    },

    connections(operationId) {
      return [...subscribers].filter((s) => operationId === undefined || s.operationId === operationId).length
    },

    close() {
      statusFaults.length = 0
      pendingDrops.length = 0
      stickyDrops.length = 0
      for (const s of [...subscribers]) s.conn.end()
      subscribers.clear()
    },
  }
}

/** X's problem for a refused stream connection of an injected status. */
function statusProblem(status: number, generation: Generation): V2Object {
  if (status === 429) return { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status }
  if (status === 503) return { title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status }
  if (status === 401) return { title: 'Unauthorized', detail: 'Unauthorized', type: 'about:blank', status }
  return { title: 'Internal Error', detail: 'Internal Error', type: `${problemBase(generation)}internal-error`, status }
}
