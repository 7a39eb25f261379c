/**
 * Filtered-stream rules as a desired state: `syncStreamRules` makes the app's rule set equal a list in
 * one call (read every page of the current rules, delete what is extra, add what is missing) and reports
 * what it did. The runtime knows no endpoint: the caller passes the two routes (the client passes the
 * generated `getRulesRoute` and `updateRulesRoute`), so this works with `createCore` and tree-shaking too.
 */
import type { CallOptions, BaseCore } from '../base-core.js'
import { brand, TwythonError, type TwitterErrorDetail } from '../errors.js'
import type { Route } from '../route.js'
import { callV2, v2Json } from './call.js'

/** A filtered-stream rule as you want it: its query (`value`) and an optional `tag` that comes back in `matching_rules`. */
export interface StreamRule {
  readonly value: string
  readonly tag?: string
}

/** A rule on X's side, with its id. */
export interface ActiveStreamRule extends StreamRule {
  readonly id: string
}

/** The two rule routes (the generated `getRulesRoute` and `updateRulesRoute`). */
export interface StreamRuleRoutes {
  /** `GET /2/tweets/search/stream/rules` (X operation `getRules`). */
  readonly get: Route
  /** `POST /2/tweets/search/stream/rules` (X operation `updateRules`). */
  readonly update: Route
}

/** Options of {@link syncStreamRules}. */
export interface SyncStreamRulesOptions extends CallOptions {
  /** Where the rules live; `twitter.v2.syncRules` fills this in. */
  readonly routes: StreamRuleRoutes
  /**
   * Work out and validate the change without saving it: deletions and new rules are sent with X's
   * `dry_run`, so X checks them; a rule whose value is already on the server (a tag change) is not sent,
   * since X would refuse it as a duplicate of the rule the real run deletes first.
   */
  readonly dryRun?: boolean
}

/** What {@link syncStreamRules} did (or, with `dryRun`, would do). */
export interface SyncStreamRulesResult {
  /** Rules created, in the order asked for; with their new ids (none in a dry run). */
  readonly added: readonly (StreamRule & { readonly id?: string })[]
  /** Rules deleted: on the server but not asked for (a rule whose tag changed is deleted and added). */
  readonly deleted: readonly ActiveStreamRule[]
  /** Rules already as asked for, left alone. */
  readonly unchanged: readonly ActiveStreamRule[]
  readonly dryRun: boolean
}

/**
 * X refused part of a rule sync (a rule with invalid syntax, a rule cap reached, an id it could not delete).
 * `result` says what was done before and despite the refusal; `errors` holds X's own problems.
 */
export class TwythonRulesSyncError extends TwythonError {
  /** What the sync did do: the rules deleted and those added before X refused the rest. */
  readonly result: SyncStreamRulesResult

  constructor(message: string, result: SyncStreamRulesResult, errors: readonly TwitterErrorDetail[]) {
    super(message, { errors: [...errors] })
    this.result = result
  }
}
brand(TwythonRulesSyncError, 'TwythonRulesSyncError')

interface RulesPage {
  readonly data?: readonly { readonly id?: string; readonly value?: string; readonly tag?: string }[]
  readonly meta?: { readonly next_token?: string }
  readonly errors?: readonly TwitterErrorDetail[]
}

interface UpdateAnswer {
  readonly data?: readonly { readonly id?: string; readonly value?: string; readonly tag?: string }[]
  readonly errors?: readonly TwitterErrorDetail[]
}

/** The identity of a rule for comparison: its value and its tag (no tag and an empty one are the same). */
const key = (rule: StreamRule) => JSON.stringify([rule.value, rule.tag ?? ''])

/**
 * Makes the app's filtered-stream rules equal `desired`: one GET per page of current rules, then at most
 * one delete (by ids) and one add (with tags). A rule with the same value but another tag is deleted and
 * added again, since X cannot change a tag in place. Deletions go first, so a tag change never collides
 * with the old rule and the rule cap is not crossed on the way.
 *
 * @throws TwythonError when `desired` holds one value twice with different tags, before anything is sent.
 * @throws TwythonRulesSyncError when X refuses part of the change, the adds past the app's rule cap included
 *   (its `result` says what was done).
 * @throws the call's Twython error when a request fails (401, 429, a malformed request).
 * @example
 * ```ts
 * const { added, deleted } = await syncStreamRules(core, [{ value: 'cats has:images', tag: 'cats' }], { routes: { get: getRulesRoute, update: updateRulesRoute } })
 * ```
 */
export async function syncStreamRules(core: BaseCore, desired: readonly StreamRule[], options: SyncStreamRulesOptions): Promise<SyncStreamRulesResult> {
  const { routes, dryRun = false, ...callOptions } = options
  const wanted = new Map<string, StreamRule>()
  const byValue = new Map<string, StreamRule>()
  for (const rule of desired) {
    if (typeof rule?.value !== 'string' || rule.value.trim() === '') throw new TwythonError(`syncRules: every rule needs a non-empty value; got ${JSON.stringify(rule)}. Nothing was sent.`)
    const seen = byValue.get(rule.value)
    if (seen && (seen.tag ?? '') !== (rule.tag ?? '')) throw new TwythonError(`syncRules: the value ${JSON.stringify(rule.value)} is listed twice with different tags (${JSON.stringify(seen.tag ?? null)} and ${JSON.stringify(rule.tag ?? null)}); X keeps one rule per value. Nothing was sent.`)
    byValue.set(rule.value, rule)
    wanted.set(key(rule), rule.tag === undefined || rule.tag === '' ? { value: rule.value } : { value: rule.value, tag: rule.tag })
  }

  const current = await readAllRules(core, routes.get, callOptions)
  const unchanged: ActiveStreamRule[] = []
  const toDelete: ActiveStreamRule[] = []
  const kept = new Set<string>()
  for (const rule of current) {
    const k = key(rule)
    if (wanted.has(k) && !kept.has(k)) {
      kept.add(k)
      unchanged.push(rule)
    } else toDelete.push(rule)
  }
  const toAdd = [...wanted].filter(([k]) => !kept.has(k)).map(([, rule]) => rule)
  const deletedValues = new Set(toDelete.map((r) => r.value))

  const deleted: ActiveStreamRule[] = []
  const added: (StreamRule & { id?: string })[] = []
  const result = (): SyncStreamRulesResult => ({ added, deleted, unchanged, dryRun })

  if (toDelete.length) {
    const answer = await callV2<UpdateAnswer>(core, routes.update, { ...(dryRun ? { dry_run: true } : {}), delete: { ids: toDelete.map((r) => r.id) } }, callOptions, v2Json)
    const failed = new Set((answer?.errors ?? []).map((e) => (e as { id?: unknown }).id).filter((id): id is string => typeof id === 'string'))
    for (const rule of toDelete) if (!failed.has(rule.id)) deleted.push(rule)
    if (answer?.errors?.length) throw new TwythonRulesSyncError(`syncRules: X did not delete ${answer.errors.length} rule(s): ${describeProblems(answer.errors)}. ${deleted.length} deleted; nothing was added.`, result(), answer.errors)
  }

  // In a dry run the deletions were not applied, so a tag change's new rule would collide with the old one.
  const send = dryRun ? toAdd.filter((r) => !deletedValues.has(r.value)) : toAdd
  if (send.length) {
    const answer = await callV2<UpdateAnswer>(core, routes.update, { ...(dryRun ? { dry_run: true } : {}), add: send.map((r) => (r.tag === undefined ? { value: r.value } : { value: r.value, tag: r.tag })) }, callOptions, v2Json).catch((error: unknown) => {
      // X refuses an add past the app's rule cap with an error status (problem type `rule-cap`) rather than
      // per-rule errors on a 200; it is still a refusal of part of the sync, and the deletions were done.
      if (error instanceof TwythonError && error.type?.endsWith('/rule-cap')) {
        const problems: readonly TwitterErrorDetail[] = error.errors.length ? error.errors : [{ title: error.title, detail: error.detail, type: error.type }]
        throw new TwythonRulesSyncError(`syncRules: X refused to add ${send.length} rule(s): the app's rule cap would be exceeded (${error.detail ?? error.title ?? 'rule-cap'}). ${deleted.length} deleted and nothing added${dryRun ? ' (dry run: nothing saved)' : ''}.`, result(), problems)
      }
      throw error
    })
    const ids = new Map<string, string>()
    for (const rule of answer?.data ?? []) if (typeof rule.value === 'string' && typeof rule.id === 'string') ids.set(rule.value, rule.id)
    const refused = new Set((answer?.errors ?? []).map((e) => (e as { value?: unknown }).value).filter((v): v is string => typeof v === 'string'))
    for (const rule of toAdd) {
      if (refused.has(rule.value)) continue
      const id = dryRun ? undefined : ids.get(rule.value)
      added.push(id === undefined ? rule : { ...rule, id })
    }
    if (answer?.errors?.length) throw new TwythonRulesSyncError(`syncRules: X refused ${answer.errors.length} rule(s): ${describeProblems(answer.errors)}. ${deleted.length} deleted and ${added.length} added${dryRun ? ' (dry run: nothing saved)' : ''}.`, result(), answer.errors)
  } else {
    added.push(...toAdd)
  }
  return result()
}

/** Every page of the app's current rules. */
async function readAllRules(core: BaseCore, route: Route, options: CallOptions): Promise<ActiveStreamRule[]> {
  const rules: ActiveStreamRule[] = []
  let token: string | undefined
  // X pages at most 1,000 rules; a page cap guards against a server that repeats its token for ever.
  for (let page = 0; page < 1000; page++) {
    const answer = await callV2<RulesPage>(core, route, { max_results: 1000, ...(token ? { pagination_token: token } : {}) }, options)
    for (const rule of answer?.data ?? []) {
      if (typeof rule.id !== 'string' || typeof rule.value !== 'string') continue
      rules.push(typeof rule.tag === 'string' && rule.tag !== '' ? { id: rule.id, value: rule.value, tag: rule.tag } : { id: rule.id, value: rule.value })
    }
    const next = answer?.meta?.next_token
    if (!next || next === token) return rules
    token = next
  }
  return rules
}

/** X's problems on one line: `"(cats": UnprocessableEntity (details)`. */
function describeProblems(errors: readonly TwitterErrorDetail[]): string {
  return errors
    .slice(0, 5)
    .map((e) => {
      const p = e as { value?: unknown; id?: unknown; title?: unknown; detail?: unknown; details?: unknown; message?: unknown }
      const what = typeof p.value === 'string' ? JSON.stringify(p.value) : typeof p.id === 'string' ? `id ${p.id}` : 'a rule'
      const why = [p.title, p.detail, Array.isArray(p.details) ? p.details.join('; ') : undefined, p.message].filter((x) => typeof x === 'string' && x).join(': ')
      return `${what}: ${why || 'refused'}`
    })
    .join(', ')
    .concat(errors.length > 5 ? `, and ${errors.length - 5} more` : '')
}
