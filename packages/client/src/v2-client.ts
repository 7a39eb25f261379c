/**
 * `twitter.v2`: every generated X API v2 method, plus the hand-written helpers that are more than one call
 * (chunked media upload, filtered-stream rule sync). The generated `TwythonV2` class stays free of
 * hand-written code; this subclass adds to it, and each helper is a one-line delegation to the runtime.
 */
import { syncStreamRules, uploadMediaV2, type MediaInput, type MediaUploadV2, type MediaUploadV2Routes, type StreamRule, type SyncStreamRulesOptions, type SyncStreamRulesResult, type UploadMediaV2Options } from '@twython/runtime'
import { appendMediaUploadRoute, finalizeMediaUploadRoute, getMediaUploadStatusRoute, initializeMediaUploadRoute } from './generated/v2/media.js'
import { getRulesRoute, updateRulesRoute } from './generated/v2/streams.js'
import { TwythonV2 } from './generated/v2/twython-v2.js'

/**
 * The generated routes of X's v2 chunked upload, for `uploadMediaV2(core, input, { ...options, routes })`
 * with a `createCore` core.
 */
export const MEDIA_UPLOAD_V2_ROUTES: MediaUploadV2Routes = {
  initialize: initializeMediaUploadRoute,
  append: appendMediaUploadRoute,
  finalize: finalizeMediaUploadRoute,
  status: getMediaUploadStatusRoute,
}

/** The `twitter.v2` surface: the generated methods of {@link TwythonV2} and the v2 helpers. */
export class TwythonV2Client extends TwythonV2 {
  /**
   * Makes the app's filtered-stream rules equal `desired` in one call: reads the current rules, deletes the
   * extra ones (by id), adds the missing ones (with their tags) and reports `{ added, deleted, unchanged }`.
   * A rule whose tag changed is deleted and added again. With `dryRun`, X validates the change and nothing is
   * saved. Needs an app-only bearer token, as the rule endpoints do.
   *
   * @throws TwythonRulesSyncError when X refuses part of the change (its `result` says what was done).
   * @example
   * ```ts
   * const { added, deleted } = await twitter.v2.syncRules([{ value: 'cats has:images', tag: 'cats' }, { value: 'dogs -is:retweet' }])
   * for await (const message of twitter.v2.streamFilteredTweets({}, { signal })) console.log(message.matching_rules, message.data?.text)
   * ```
   */
  syncRules(desired: readonly StreamRule[], options: Omit<SyncStreamRulesOptions, 'routes'> = {}): Promise<SyncStreamRulesResult> {
    return syncStreamRules(this.core, desired, { ...options, routes: { get: getRulesRoute, update: updateRulesRoute } })
  }

  /**
   * Uploads media with X API v2's chunked upload (initialize, append per segment, finalize, then status
   * as `check_after_secs` says) and resolves to X's media object once it is ready to attach.
   *
   * Constant memory whatever the size: up to `concurrency` segments in flight plus one read ahead, each
   * owned by its request until X acknowledges it; a failed segment is retried alone; `signal` stops it at
   * once. Needs an OAuth 2.0 user token with `media.write`, or OAuth 1.0a user context.
   *
   * @param input - A file path, Buffer/Uint8Array/ArrayBuffer, Blob, Node Readable or web ReadableStream (a stream needs `size`).
   * @param options - `mediaType` (required), `mediaCategory`, `shared`, `onProgress`, `signal`, `concurrency`, `segmentBytes`, ...
   * @returns X's media object; its `id` goes in `media.media_ids` of `createTweet`.
   * @throws MediaProcessingError when X reports processing `failed` (X's error name and message on it).
   * @example
   * ```ts
   * const media = await twitter.v2.uploadMedia('./clip.mp4', { mediaType: 'video/mp4', mediaCategory: 'tweet_video' })
   * await twitter.v2.createTweet({ text: 'Watch this', media: { media_ids: [media.id] } })
   * ```
   */
  uploadMedia(input: MediaInput, options: UploadMediaV2Options): Promise<MediaUploadV2> {
    return uploadMediaV2(this.core, input, { ...options, routes: MEDIA_UPLOAD_V2_ROUTES })
  }
}
