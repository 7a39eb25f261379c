/**
 * The emulator's answers have the shapes of the spec's models: every endpoint is called through `Twython`
 * (parameters filled from the seeded world), and each response body is type-checked by tsc against that
 * endpoint's generated response type, embedded as an object literal so enums must match and excess
 * property checks flag any field the models do not declare.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { SPEC_ROUTES, startEmulator, type Emulator } from '@twython/emulator'
import { Twython, TWYTHON_NAMES } from '../src/index.js'
import { COVERED_ELSEWHERE, routeParams } from '../../emulator/test/route-params.js'

const here = dirname(fileURLToPath(import.meta.url))
let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator()
})
afterAll(() => emu.close())

function pascal(name: string): string {
  return name.replace(/(^|_)([a-z0-9])/g, (_m, _u, c: string) => c.toUpperCase())
}

it('answers every endpoint with a body that type-checks against the generated response type', async () => {
  const twitter = new Twython({ ...emu.credentials, hosts: emu.hosts })
  const paramsFor = routeParams(emu)
  const lines = [`import type * as T from '../../src/index.js'`]
  let checked = 0
  for (const route of SPEC_ROUTES) {
    if (COVERED_ELSEWHERE.has(route.id) || route.returns === 'empty') continue
    const method = TWYTHON_NAMES[route.id as keyof typeof TWYTHON_NAMES]
    const params: Record<string, unknown> = paramsFor(route)
    // Through the typed client a file parameter takes bytes (a string would be a path).
    for (const [name, p] of Object.entries(route.params)) if (p.type === 'file' && params[name] !== undefined) params[name] = Buffer.from(String(params[name]), 'base64')
    const body = await (twitter[method as keyof Twython] as (p: object) => Promise<unknown>).call(twitter, params)
    lines.push(`// ${route.id}`, `export const c${checked++}: T.${pascal(route.id)}Response = ${JSON.stringify(body)}`)
  }
  const dir = join(here, '.emulator-shapes')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'check.ts'), `${lines.join('\n')}\n`)
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../../../tsconfig.base.json', compilerOptions: { noEmit: true, types: ['node'] }, files: ['check.ts'] }))
  let output = ''
  try {
    execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' })
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error)
  }
  expect(output).toBe('')
  expect(checked).toBeGreaterThanOrEqual(90)
  rmSync(dir, { recursive: true, force: true })
}, 120_000)
