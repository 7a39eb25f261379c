/**
 * `twitter.v2`: every generated X API v2 method, plus the hand-written helpers that are more than one call
 * (chunked media upload, filtered-stream rule sync). The generated `TwythonV2` class stays free of
 * hand-written code; this subclass adds to it.
 */
import { syncStreamRules, type StreamRule, type SyncStreamRulesOptions, type SyncStreamRulesResult } from '@twython/runtime'
import { getRulesRoute, updateRulesRoute } from './generated/v2/streams.js'
import { TwythonV2 } from './generated/v2/twython-v2.js'

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
}
