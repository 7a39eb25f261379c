/**
 * The operations the emulator keeps no state for answer a synthesized value of their response model; this
 * calls every one of them (with its required parameters, under a credential it takes) and validates each
 * answer against X's documents. Also checks that the stateful table agrees with the spec's routes.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import { V2_SCHEMAS } from '../../src/generated/v2-schemas.js'
import { V2_SPEC_ROUTES } from '../../src/generated/v2-routes.js'
import { startEmulator, type Emulator } from '../../src/index.js'
import { synthesize } from '../../src/v2/synth.js'
import { FALLBACK_OPERATIONS, V2_OPERATIONS } from '../../src/v2/table.js'
import { v2, validated } from './v2-helpers.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ rateLimits: { defaultLimit: 100_000 } })
})
afterAll(async () => {
  console.log(`synthesized.test.ts: answers validated: ${validated['2.159']} against 2.159, ${validated['2.167']} against 2.167, ${validated.generic} generic problems against 2.159`)
  await emu.close()
})

test('the stateful table agrees with the spec’s routes (method, path, security)', () => {
  const spec = new Map(V2_SPEC_ROUTES.map((r) => [r.operationId, r]))
  for (const op of V2_OPERATIONS) {
    const route = spec.get(op.operationId)
    expect(route, op.operationId).toBeDefined()
    expect(`${route!.method} ${route!.path}`, op.operationId).toBe(`${op.method} ${op.path}`)
    expect([...route!.security.map((s) => s.scheme)].sort(), op.operationId).toEqual([...op.security].sort())
  }
  const stateful = new Set(V2_OPERATIONS.map((o) => o.operationId))
  const streams = V2_SPEC_ROUTES.filter((r) => r.stream && !stateful.has(r.operationId)).length
  expect(V2_OPERATIONS.length + FALLBACK_OPERATIONS.length + streams).toBe(V2_SPEC_ROUTES.length)
  console.log(`synthesized.test.ts: ${V2_OPERATIONS.length} operations stateful, ${FALLBACK_OPERATIONS.length} answered from their response model, ${streams} streams not served`)
})

/** A value for a parameter: the first enum value, the lower bound, an id, or a synthesized model. */
function valueFor(p: (typeof V2_SPEC_ROUTES)[number]['params'][number]): unknown {
  if (p.enum) return p.enum[0]
  const base = p.type.replace(/\[\]$/, '')
  const list = p.type.endsWith('[]')
  let one: unknown
  if (base === 'integer' || base === 'number') one = p.min ?? 1
  else if (base === 'boolean') one = true
  else if (base === 'string') one = /(^|_)ids?$|_id$|^id$/.test(p.name) ? '1460323737035677698' : p.name === 'query' ? 'emulated' : 'emulated'
  else one = V2_SCHEMAS[base] ? synthesize(V2_SCHEMAS[base]!, V2_SCHEMAS, { now: new Date(), path: {} }, p.name) : 'emulated'
  if (p.in === 'query') return list ? String(one) : typeof one === 'object' ? JSON.stringify(one) : String(one)
  return list ? [one] : one
}

test('every operation without state answers a value valid against X’s document', async () => {
  let called = 0
  let oauth2Only = 0
  const failures: string[] = []
  for (const op of FALLBACK_OPERATIONS) {
    const auth = op.security.includes('oauth1_user') ? 'user' : op.security.includes('bearer') ? 'bearer' : undefined
    if (!auth) {
      // OAuth 2 user tokens come with issue 14; until then such an operation answers 401.
      const r = await v2(emu, op.method, op.path.replace(/\{[a-z_]+\}/g, '1460323737035677698'), { auth: 'user', unvalidated: true })
      expect(r.status, op.operationId).toBe(403)
      oauth2Only++
      continue
    }
    const path = op.path.replace(/\{([a-z_]+)\}/g, (_m, name: string) => String(valueFor(op.spec.params.find((p) => p.name === name) ?? { name, in: 'path', required: true, type: 'string' })))
    const query: Record<string, string> = {}
    const body: Record<string, unknown> = {}
    for (const p of op.spec.params) {
      if (!p.required) continue
      if (p.in === 'query') query[p.name] = valueFor(p) as string
      if (p.in === 'body') body[p.name] = valueFor(p)
    }
    const hasBody = op.method !== 'GET' && Object.keys(body).length > 0
    // Binary downloads are not JSON; X's document gives them application/octet-stream.
    const binary = op.operationId === 'chatMediaDownload' || op.operationId === 'dmConversationsMediaDownload'
    try {
      // Synthesized answers are values of the spec's (2.167) models: they are checked against 2.167.
      const r = await v2(emu, op.method, path, { auth, query, ...(hasBody ? { body } : {}), speaks: '2.167', unvalidated: binary })
      expect(r.status, `${op.operationId}: ${JSON.stringify(r.body)}`).toBeLessThan(300)
      called++
    } catch (error) {
      failures.push(`${op.operationId}: ${(error as Error).message.slice(0, 600)}`)
    }
  }
  console.log(`synthesized.test.ts: ${called} synthesized answers validated, ${oauth2Only} OAuth 2-only operations refused OAuth 1.0a`)
  expect(failures).toEqual([])
})
