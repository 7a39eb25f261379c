/**
 * The async-iterator form of a stream: `for await (const message of stream(...))`. The connection opens
 * on the first `next()`, reconnects exactly as `TwythonStreamer` does, and closes when the loop exits
 * (`break`, `return`, a thrown error) or the signal aborts.
 */
import { buildStreamRequest, type StreamKind, type StreamParams, type StreamRequest } from './endpoints.js'
import { classifyMessage, type StreamMessage } from './messages.js'
import { resolveSessionConfig, streamHosts, type TwythonStreamerOptions } from './options.js'
import type { ParseProblem } from './parser.js'
import { runSession, type ReconnectInfo } from './session.js'
import { SessionIterator } from './session-iterator.js'

export { SessionIterator, DEFAULT_STREAM_HIGH_WATER_MARK } from './session-iterator.js'

/** Per-iteration options of {@link stream}. */
export interface StreamIterateOptions {
  /** Stops the stream; the loop then throws the signal's reason, as an aborted call does. */
  readonly signal?: AbortSignal
  /**
   * Messages buffered for a slow consumer before the socket is paused (TCP then pushes back on the
   * server, which is what Twitter's `stall_warnings` report on). Kept small so memory stays flat; raise
   * it only to absorb bursts in a consumer that sometimes stalls.
   * @default 64
   */
  readonly highWaterMark?: number
  /** A garbled, non-UTF-8 or oversized line was skipped; the stream goes on. */
  readonly onParseError?: (problem: ParseProblem) => void
  /** A non-200 answer, before the stream retries or gives up. */
  readonly onHttpError?: (status: number, body: string, headers: Headers) => void
  /** The stream is about to reconnect. */
  readonly onReconnect?: (info: ReconnectInfo) => void
}

/**
 * Opens a stream as an async iterable of typed messages.
 *
 * The iterable ends only through you: `break` out of the loop or abort the signal. It throws a
 * `TwythonAuthError` on 401, a `TwythonStreamError` on another fatal status or once `retryCount`
 * consecutive attempts have failed, and the signal's reason when aborted.
 *
 * @example
 * ```ts
 * const controller = new AbortController()
 * const options = { appKey, appSecret, oauthToken, oauthTokenSecret }
 * for await (const message of stream(options, 'statuses/filter', { track: ['python', 'typescript'] }, { signal: controller.signal })) {
 *   if (message.kind === 'tweet') console.log(message.data.user.screen_name, message.data.text)
 *   else if (message.kind === 'limit') console.warn(`${message.data.limit.track} tweets withheld`)
 * }
 * ```
 */
export function stream(options: TwythonStreamerOptions, kind: StreamKind, params?: StreamParams, iterateOptions: StreamIterateOptions = {}): AsyncIterable<StreamMessage> {
  const hosts = streamHosts(options)
  return iterateSession(options, () => buildStreamRequest(hosts, kind, params), iterateOptions)
}

/** The engine behind {@link stream} and `TwythonStreamer#iterate`, for a request that may change between connections. */
export function iterateSession(options: TwythonStreamerOptions, request: () => StreamRequest, iterateOptions: StreamIterateOptions): AsyncIterable<StreamMessage> {
  return {
    [Symbol.asyncIterator]: () => iterateSessionMessages(options, request, iterateOptions),
  }
}

function iterateSessionMessages(options: TwythonStreamerOptions, request: () => StreamRequest, iterateOptions: StreamIterateOptions): SessionIterator<StreamMessage> {
  const config = resolveSessionConfig(options, request)
  return new SessionIterator<StreamMessage>(
    (sink, signal) =>
      runSession(
        config,
        {
          ...sink,
          problem: (problem) => iterateOptions.onParseError?.(problem),
          httpError: (status, body, headers) => iterateOptions.onHttpError?.(status, body, headers),
          reconnect: (info) => iterateOptions.onReconnect?.(info),
        },
        signal,
      ),
    classifyMessage,
    iterateOptions,
  )
}
