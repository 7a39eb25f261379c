/**
 * The table of docs/oauth2.md "Which method needs which scope", built from the generated v2 routes, so
 * the doc cannot drift from the spec: oauth2-docs.test.ts compares, and
 * `node --conditions source --import tsx packages/client/test/oauth2-scopes-table.ts --write` rewrites the block.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Route } from '@twython/runtime'
import * as v2 from '../src/generated/v2/index.js'

export const DOC = join(import.meta.dirname, '..', '..', '..', 'docs', 'oauth2.md')
export const START = '<!-- scopes-table:start (generated from the v2 routes; see packages/client/test/oauth2-scopes-table.ts) -->'
export const END = '<!-- scopes-table:end -->'

/** One row per scope: the `twitter.v2` methods whose OAuth 2.0 alternative needs it. */
export function scopesTable(): string {
  const byScope = new Map<string, string[]>()
  const noUserToken: string[] = []
  for (const [name, value] of Object.entries(v2)) {
    if (!name.endsWith('Route')) continue
    const route = value as Route
    const method = name.slice(0, -'Route'.length)
    const oauth2 = route.security?.filter((s) => s.scheme === 'oauth2_user') ?? []
    if (oauth2.length === 0) {
      noUserToken.push(method)
      continue
    }
    // With several OAuth 2.0 alternatives (X has none today), a scope counts when every alternative needs it.
    const needed = oauth2.map((s) => ('scopes' in s ? s.scopes : [])).reduce((a, b) => a.filter((x) => b.includes(x)))
    for (const scope of needed) byScope.set(scope, [...(byScope.get(scope) ?? []), method])
  }
  const rows = [...byScope.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([scope, methods]) => `| \`${scope}\` | ${methods.length} | ${methods.sort().map((m) => `\`${m}\``).join(', ')} |`)
  return [
    '| Scope | Methods | `twitter.v2` methods whose OAuth 2.0 user token needs it |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `Methods that take no OAuth 2.0 user token (app-only bearer or OAuth 1.0a only): ${noUserToken.sort().map((m) => `\`${m}\``).join(', ') || 'none'}.`,
  ].join('\n')
}

/** The doc's current block between the markers. */
export function currentBlock(doc: string): string | undefined {
  const start = doc.indexOf(START)
  const end = doc.indexOf(END)
  if (start < 0 || end < start) return undefined
  return doc.slice(start + START.length, end).trim()
}

if (process.argv.includes('--write')) {
  const doc = readFileSync(DOC, 'utf8')
  const start = doc.indexOf(START)
  const end = doc.indexOf(END)
  if (start < 0 || end < start) throw new Error(`${DOC} has no scopes-table markers`)
  writeFileSync(DOC, `${doc.slice(0, start + START.length)}\n\n${scopesTable()}\n\n${doc.slice(end)}`)
}
