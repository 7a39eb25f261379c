/**
 * Streaming: Twython's `TwythonStreamer`, the async-iterator form, the byte-level parser and the
 * reconnect schedule. Public entry of this folder; the runtime's index re-exports from here.
 */
export { TwythonStreamer, StreamerStatuses, DECODE_ERROR_MESSAGE } from './streamer.js'
export { stream, type StreamIterateOptions } from './iterate.js'
export { STREAM_USER_AGENT, type TwythonStreamerOptions, type StreamClientArgs } from './options.js'
export { StreamParser, DEFAULT_MAX_LINE_BYTES, type StreamFraming, type ParseProblem, type ParseProblemReason, type ParserSink, type StreamParserOptions } from './parser.js'
export { classifyMessage, type StreamMessage, type StreamMessageKind, type StreamTweet, type DeleteMessage, type ScrubGeoMessage, type LimitMessage, type StatusWithheldMessage, type UserWithheldMessage, type DisconnectMessage, type WarningMessage, type FriendsMessage, type EventMessage, type DirectMessageMessage, type ControlMessage, type ForUserEnvelope } from './messages.js'
export { twitterBackoff, classifyStatus, type BackoffSchedule, type FailureKind } from './backoff.js'
export { systemClock, type Clock, type TimerHandle } from './clock.js'
export { ManualClock } from './manual-clock.js'
export { ESTABLISHED_AFTER_MS } from './engine.js'
export { STREAM_ENDPOINTS, buildStreamRequest, type StreamKind, type StreamParams, type StreamRequest } from './endpoints.js'
export type { ReconnectInfo } from './session.js'
