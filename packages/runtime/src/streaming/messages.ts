/**
 * The message kinds of Twitter's v1.1 streams as a discriminated union. The wire object is kept whole
 * in `data` (nothing is renamed or dropped); `kind` says which shape it has. Kinds Twitter may add later
 * arrive as `unknown` instead of being lost.
 */

/** Ids come both as numbers (unsafe above 2^53) and as strings; use the `_str` ones. */
interface IdPair {
  readonly id: number
  readonly id_str: string
}

/** A tweet as streams deliver it; the full model lives in the client package. */
export interface StreamTweet extends IdPair {
  readonly created_at: string
  readonly text?: string
  readonly full_text?: string
  readonly user: { readonly id: number; readonly id_str: string; readonly screen_name: string; readonly [key: string]: unknown }
  readonly [key: string]: unknown
}

export interface DeleteMessage {
  readonly delete: {
    readonly status?: IdPair & { readonly user_id: number; readonly user_id_str: string }
    readonly direct_message?: IdPair & { readonly user_id: number | string }
    readonly timestamp_ms?: string
  }
}
export interface ScrubGeoMessage {
  readonly scrub_geo: { readonly user_id: number; readonly user_id_str: string; readonly up_to_status_id: number; readonly up_to_status_id_str: string }
}
export interface LimitMessage {
  /** `track`: undelivered matching tweets since the connection opened. */
  readonly limit: { readonly track: number; readonly timestamp_ms?: string }
}
export interface StatusWithheldMessage {
  readonly status_withheld: { readonly id: number; readonly user_id: number; readonly withheld_in_countries: readonly string[] }
}
export interface UserWithheldMessage {
  readonly user_withheld: { readonly id: number; readonly withheld_in_countries: readonly string[] }
}
export interface DisconnectMessage {
  /** `code`: 1 shutdown, 2 duplicate stream, 3 control request, 4 stall, 5 normal, 6 token revoked, 7 admin logout, 9 max message limit, 10 stream exception, 11 broker stall, 12 shed load. */
  readonly disconnect: { readonly code: number; readonly stream_name: string; readonly reason: string }
}
export interface WarningMessage {
  /** `FALLING_BEHIND` (with `percent_full`) or `FOLLOWS_OVER_LIMIT` (with `user_id`). */
  readonly warning: { readonly code: string; readonly message: string; readonly percent_full?: number; readonly user_id?: number }
}
/** First message of a user stream: the ids the user follows (`friends_str` with `stringify_friend_ids=true`). */
export interface FriendsMessage {
  readonly friends?: readonly number[]
  readonly friends_str?: readonly string[]
}
export interface EventMessage {
  /** `favorite`, `follow`, `list_member_added`, `quoted_tweet`, `user_update`, ... */
  readonly event: string
  readonly source: Readonly<Record<string, unknown>>
  readonly target: Readonly<Record<string, unknown>>
  readonly target_object?: unknown
  readonly created_at: string
}
export interface DirectMessageMessage {
  readonly direct_message: Readonly<Record<string, unknown>> & IdPair
}
export interface ControlMessage {
  readonly control: { readonly control_uri: string }
}
export interface ForUserEnvelope {
  readonly for_user: number | string
  readonly message: unknown
}

/** One message of a stream, told apart by `kind`. `data` is the message exactly as Twitter sent it. */
export type StreamMessage =
  | { readonly kind: 'tweet'; readonly data: StreamTweet }
  | { readonly kind: 'delete'; readonly data: DeleteMessage }
  | { readonly kind: 'scrub_geo'; readonly data: ScrubGeoMessage }
  | { readonly kind: 'limit'; readonly data: LimitMessage }
  | { readonly kind: 'status_withheld'; readonly data: StatusWithheldMessage }
  | { readonly kind: 'user_withheld'; readonly data: UserWithheldMessage }
  | { readonly kind: 'disconnect'; readonly data: DisconnectMessage }
  | { readonly kind: 'warning'; readonly data: WarningMessage }
  | { readonly kind: 'friends'; readonly data: FriendsMessage }
  | { readonly kind: 'event'; readonly data: EventMessage }
  | { readonly kind: 'direct_message'; readonly data: DirectMessageMessage }
  | { readonly kind: 'control'; readonly data: ControlMessage }
  /** Site streams: a message for one of the followed users; `message` is the inner one, classified. */
  | { readonly kind: 'for_user'; readonly forUser: string; readonly message: StreamMessage; readonly data: ForUserEnvelope }
  | { readonly kind: 'unknown'; readonly data: unknown }

/** Every `kind` a {@link StreamMessage} can have. */
export type StreamMessageKind = StreamMessage['kind']

/** Top-level keys that name a notice, checked in this order before anything else. */
const NOTICE_KEYS = ['delete', 'scrub_geo', 'limit', 'status_withheld', 'user_withheld', 'disconnect', 'warning', 'direct_message', 'control'] as const

/**
 * Names the kind of one parsed stream message.
 *
 * @example
 * ```ts
 * classifyMessage({ limit: { track: 3 } })   // { kind: 'limit', data: { limit: { track: 3 } } }
 * ```
 */
export function classifyMessage(data: unknown): StreamMessage {
  // Site-stream envelopes may nest (a hostile or broken server can nest them 100,000 deep in one valid
  // line): unwrap them in a loop, then build the result from the inside out, so depth costs no stack.
  const envelopes: ForUserEnvelope[] = []
  let inner = data
  while (isEnvelope(inner)) {
    envelopes.push(inner)
    inner = inner.message
  }
  let result = classifyFlat(inner)
  for (let i = envelopes.length - 1; i >= 0; i--) {
    const envelope = envelopes[i]!
    result = { kind: 'for_user', forUser: String(envelope.for_user), message: result, data: envelope }
  }
  return result
}

function isEnvelope(data: unknown): data is ForUserEnvelope {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false
  const record = data as Record<string, unknown>
  // A notice key wins over the envelope, as in the order below.
  return 'for_user' in record && 'message' in record && !NOTICE_KEYS.some((key) => key in record)
}

/** Classifies one message that is not a `for_user` envelope. */
function classifyFlat(data: unknown): StreamMessage {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { kind: 'unknown', data }
  const record = data as Record<string, unknown>
  for (const key of NOTICE_KEYS) {
    if (key in record) return { kind: key, data } as StreamMessage
  }
  if ('event' in record) return { kind: 'event', data: data as EventMessage }
  if ('friends' in record || 'friends_str' in record) return { kind: 'friends', data: data as FriendsMessage }
  if ('text' in record || 'full_text' in record) return { kind: 'tweet', data: data as StreamTweet }
  return { kind: 'unknown', data }
}
