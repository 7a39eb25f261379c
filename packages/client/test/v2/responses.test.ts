/**
 * Responses synthesized from X's document (every operation's success schema, with optional fields filled
 * two levels deep) must type-check against the generated response types as object literals, so excess
 * properties and wrong enum values are errors. `tsc` runs on a generated file; nothing is copied into the
 * repository. Skips with a printed reason where ../shared is absent.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import operationsTable from '../../src/generated/v2/operations.json' with { type: 'json' }
import { loadReference, operations, sample } from './reference.js'
import { typeCheck } from '../tsc-check.js'

const here = dirname(fileURLToPath(import.meta.url))
const doc = loadReference()
if (!doc) console.log('v2/responses.test.ts: skipped, X API v2 reference document not found (../shared/reference is outside the repository)')
const table = operationsTable as Record<string, { method: string; stream: boolean }>

describe.skipIf(!doc)('responses synthesized from X API v2 2.167', () => {
  it('type-check against the generated response types as object literals', () => {
    const lines = ["import type { v2 } from '../../../src/index.js'"]
    let count = 0
    for (const op of doc ? operations(doc) : []) {
      const ok = Object.entries<any>(op.op.responses ?? {}).find(([status]) => /^2/.test(status))?.[1]
      const schema = Object.entries<any>(ok?.content ?? {}).find(([type]) => type.includes('json'))?.[1]?.schema
      if (!schema) continue
      const body = sample(doc, schema, { optionalDepth: 3 })
      const method = table[op.operationId]!.method
      const type = `v2.${method.charAt(0).toUpperCase()}${method.slice(1)}Response`
      lines.push(`// ${op.operationId}`, `export const r${count++}: ${type} = ${JSON.stringify(body)}`)
    }
    expect(count).toBeGreaterThan(160)
    expect(typeCheck(join(here, '.responses-check'), lines)).toBe('')
  }, 180_000)
})
