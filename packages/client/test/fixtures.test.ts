/**
 * The real recorded Twitter responses in ../shared/fixtures/recorded/ must type-check against the
 * generated response types: each recording is matched to its endpoint by method and path, and
 * `tsc` checks `const body: <Endpoint>Response = <recorded body>`. A user's clone has no ../shared,
 * so the test skips there with a printed reason; the recordings are never copied into the repository.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { typeCheck } from './tsc-check.js'
import * as generated from '../src/generated/index.js'
import type { Route } from '../src/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const recorded = join(here, '..', '..', '..', '..', 'shared', 'fixtures', 'recorded')
const available = existsSync(recorded)
if (!available) console.log(`fixtures.test.ts: skipped, no recorded responses at ${recorded} (they live outside the repository)`)

interface Recording {
  request: { method: string; host: string; path_template: string }
  status: number
  body: unknown
}

/** `/1.1/geo/id/:place_id.json` and `geo/id/:place_id` both normalise to `geo/id/:`. */
function normalise(path: string): string {
  return path.replace(/^\/1\.1\//, '').replace(/\.json$/, '').replace(/:[a-z_]+/g, ':')
}

/** Every generated route constant (`showStatusRoute`, ...). */
const SPEC_ROUTES: Route[] = Object.entries(generated)
  .filter(([name]) => name.endsWith('Route'))
  .map(([, route]) => route as Route)

function pascal(name: string): string {
  return name.replace(/(^|_)([a-z0-9])/g, (_m, _u, c: string) => c.toUpperCase())
}

/** The endpoint a recording belongs to; the method decides only where a path has several. */
function endpointFor(rec: Recording) {
  const path = normalise(rec.request.path_template)
  // An exact path first; then Twython's `:id` form of a `?id=` recording (statuses/show.json?id=).
  for (const candidates of [SPEC_ROUTES.filter((r) => normalise(r.path) === path), SPEC_ROUTES.filter((r) => normalise(r.path) === `${path}/:`)]) {
    const match = candidates.find((r) => r.method === rec.request.method) ?? candidates[0]
    if (match) return match
  }
  return undefined
}

describe.skipIf(!available)('recorded Twitter responses', () => {
  const files = available ? readdirSync(recorded).filter((f) => f.endsWith('.json')).sort() : []
  const checks = files.flatMap((file) => {
    const rec = JSON.parse(readFileSync(join(recorded, file), 'utf8')) as Recording
    const route = rec.status < 300 && rec.body !== null ? endpointFor(rec) : undefined
    return route ? [{ file, route }] : []
  })

  it('match an endpoint of the spec for nearly every recording with a body', () => {
    const unmatched = files.filter((f) => !checks.some((c) => c.file === f))
    // The three DM-events recordings belong to the newer events API Twython 3.4 does not call; the
    // error and the empty 201/204 bodies have nothing to type-check; statuses/unretweet came after 3.4.
    expect(unmatched).toEqual([
      'DELETE_direct_messages_events_destroy.json',
      'ERROR_400_GET_direct_messages.json',
      'GET_direct_messages_events_list.json',
      'POST_account_update_profile_banner.json',
      'POST_direct_messages_events_new.json',
      'POST_direct_messages_indicate_typing.json',
      'POST_media_upload_APPEND.json',
      'POST_statuses_unretweet_id.json',
    ])
    expect(checks.length).toBeGreaterThanOrEqual(70)
  })

  it('type-check against the generated response types', () => {
    const dir = join(here, '.fixture-check')
    const lines = [`import type * as T from '../../src/index.js'`]
    // Each body is embedded as an object literal (not imported as JSON, which would widen every string):
    // literals are checked contextually, so enums must match and every recorded field must be modelled.
    checks.forEach(({ file, route }, i) => {
      const body = (JSON.parse(readFileSync(join(recorded, file), 'utf8')) as Recording).body
      lines.push(`// ${file} -> ${route.id}`, `export const c${i}: T.${pascal(route.id)}Response = ${JSON.stringify(body)}`)
    })
    expect(typeCheck(dir, lines)).toBe('')
  }, 120_000)
})
