/**
 * The runtime matrix: the smoke suite (src/smoke/smoke.ts) runs inside Node, Bun, Deno and workerd (with and
 * without `nodejs_compat`), each against one emulator started here, in this Node process. Each runtime
 * imports the built `@twython/client` as an app would; each check it reports is one test here. A runtime
 * whose binary is not installed or does not start on this machine skips with the reason.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { startEmulator, type Emulator } from '@twython/emulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SMOKE_CHECKS, type SmokeCheckName, type SmokeConfig, type SmokeReport } from '../src/smoke/smoke.ts'
import { locateRuntime, runBun, runDeno, runNode, type Located, type RunResult } from '../src/runtimes.ts'
import { bundleWorker, runWorkerd, type WorkerBundle } from '../src/workerd.ts'

interface Row {
  readonly name: string
  readonly runtime: 'node' | 'bun' | 'deno' | 'workerd'
  readonly transport: SmokeConfig['transport']
  readonly flags?: readonly string[]
}

const ROWS: readonly Row[] = [
  { name: 'node, default transport', runtime: 'node', transport: 'default' },
  { name: 'node, fetch transport', runtime: 'node', transport: 'fetch' },
  { name: 'bun, default transport', runtime: 'bun', transport: 'default' },
  { name: 'bun, fetch transport', runtime: 'bun', transport: 'fetch' },
  { name: 'deno, default transport', runtime: 'deno', transport: 'default' },
  { name: 'deno, fetch transport', runtime: 'deno', transport: 'fetch' },
  // nodejs_compat is on by default from compatibility date 2026-08-04 (workerd says so when it is named);
  // named here so the row means the same at any date. Switching it off takes both of its flags.
  { name: 'workerd with nodejs_compat', runtime: 'workerd', transport: 'fetch', flags: ['nodejs_compat'] },
  { name: 'workerd with nodejs_compat, default transport', runtime: 'workerd', transport: 'default', flags: ['nodejs_compat'] },
  { name: 'workerd without nodejs_compat', runtime: 'workerd', transport: 'fetch', flags: ['no_nodejs_compat', 'no_nodejs_compat_v2'] },
]

const located: Record<Row['runtime'], Located> = {
  node: { ok: true, path: process.execPath, version: `v${process.versions.node}` },
  bun: locateRuntime('bun'),
  deno: locateRuntime('deno'),
  workerd: locateRuntime('workerd'),
}
for (const [name, where] of Object.entries(located)) {
  if (!where.ok) console.log(`[skip] runtime matrix, ${name}: ${where.reason}`)
}

const clientDist = `${sep}packages${sep}client${sep}dist${sep}`
const clientSrc = `${sep}packages${sep}client${sep}src${sep}`

let emu: Emulator
let scratch: string
let bundle: Promise<WorkerBundle> | undefined
const summary: string[] = []

beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
  scratch = mkdtempSync(join(tmpdir(), 'twython-runtimes-'))
})
afterAll(async () => {
  await emu?.close()
  if (scratch) rmSync(scratch, { recursive: true, force: true })
  if (summary.length) console.log(`[matrix]\n${summary.join('\n')}`)
})

function configFor(row: Row): SmokeConfig {
  return { url: emu.url, credentials: emu.credentials, transport: row.transport }
}

async function run(row: Row, where: Extract<Located, { ok: true }>): Promise<{ result: RunResult; bundle?: WorkerBundle }> {
  const config = configFor(row)
  switch (row.runtime) {
    case 'node':
      return { result: await runNode(config) }
    case 'bun':
      return { result: await runBun(where.path, config) }
    case 'deno':
      return { result: await runDeno(where.path, config, join(scratch, 'deno')) }
    case 'workerd': {
      bundle ??= bundleWorker(join(scratch, 'worker'))
      const built = await bundle
      // workerd's own compatibility date ("workerd 2026-11-17"), as a new project would start with.
      const compatibilityDate = where.version.split(' ')[1]!
      const name = row.flags?.includes('nodejs_compat') ? 'compat' : 'plain'
      return { result: await runWorkerd(where.path, built, config, { flags: row.flags ?? [], compatibilityDate, name }), bundle: built }
    }
  }
}

for (const row of ROWS) {
  const where = located[row.runtime]
  describe.skipIf(!where.ok)(`${row.name}`, () => {
    let result: RunResult
    let report: SmokeReport | undefined
    let built: WorkerBundle | undefined
    let listenersBefore = 0
    beforeAll(async () => {
      emu.reset()
      listenersBefore = emu.state.onTweet.length
      ;({ result, bundle: built } = await run(row, where as Extract<Located, { ok: true }>))
      report = result.report
      const passed = report?.checks.filter((c) => c.ok).length ?? 0
      summary.push(`  ${row.name.padEnd(46)} ${(report?.runtime ?? (where.ok ? where.version : '')).padEnd(52)} ${report?.loadError ? `client did not load: ${report.loadError}` : `${passed}/${SMOKE_CHECKS.length} checks passed`}`)
    }, 60_000)

    /** Why the row produced no report, with the runtime's own output. */
    const noReport = () => `no report from ${row.name} (exit ${result.code}):\n${result.stderr.slice(-3000)}\n${result.stdout.slice(-2000)}`

    it('runs and reports', () => {
      expect(report, noReport()).toBeDefined()
    })

    it('loads @twython/client from its built dist, as an app does', () => {
      if (!report) throw new Error(noReport())
      if (built) {
        // workerd runs a bundle: the client's files in it must be its dist, never its sources.
        expect(built.inputs.some((f) => f.includes('packages/client/dist/'))).toBe(true)
        expect(built.inputs.filter((f) => f.includes('packages/client/src/'))).toEqual([])
      } else {
        expect(report.resolved, 'import.meta.resolve("@twython/client")').toBeDefined()
        const path = decodeURIComponent(new URL(report.resolved!).pathname)
        expect(path).toContain(clientDist)
        expect(path).not.toContain(clientSrc)
      }
    })

    for (const name of SMOKE_CHECKS) {
      it(name, () => {
        if (!report) throw new Error(noReport())
        expect(report.loadError, 'the client failed to load').toBeUndefined()
        const check = report.checks.find((c) => c.name === name)
        expect(check, `no "${name}" check in the report`).toBeDefined()
        expect(check!.ok, `${name} on ${row.name} failed: ${check!.error}`).toBe(true)
        if (name === 'stream') expect(check!.detail).toMatch(/stopped by abort/)
      })
    }

    it('leaves no stream open on the emulator', async (ctx) => {
      const passed = (name: SmokeCheckName) => report?.checks.find((c) => c.name === name)?.ok === true
      if (!passed('stream') && !passed('v2-stream')) {
        console.log(`[skip] ${row.name}, no stream left open: no stream check passed, so there is nothing to close`)
        ctx.skip()
      }
      // The runtime aborted its streams; the emulator sees the connections close (a v1.1 stream leaves the
      // hub, a v2 stream removes its listener for new tweets).
      const settled = () => emu.streams.openStreams === 0 && (!passed('v2-stream') || emu.state.onTweet.length === listenersBefore)
      for (let i = 0; i < 200 && !settled(); i++) await new Promise((r) => setTimeout(r, 25))
      if (passed('stream')) expect(emu.streams.openStreams, 'v1.1 streams still open').toBe(0)
      if (passed('v2-stream')) expect(emu.state.onTweet.length, 'tweet listeners beyond the emulator\'s own').toBe(listenersBefore)
    })
  })
}
