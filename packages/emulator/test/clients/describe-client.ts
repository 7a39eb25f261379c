/** Turns a client spec into tests: one describe per mode, one test per workload step. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Emulator } from '../../src/index.js'
import { botEnv, runBot, startClientEmulator, STEPS, type ClientSpec } from './harness.js'

/**
 * One describe per mode; each step an `it` that passes when the bot reported it ok. Steps the mode cannot
 * run are skipped with their reason printed.
 */
export function describeClient(name: string, spec: () => ClientSpec | Promise<ClientSpec>): void {
  for (const mode of ['direct', 'intercept'] as const) {
    describe(`${name} (${mode} mode)`, () => {
      let emu: Emulator | undefined
      let client: ClientSpec
      let run: Awaited<ReturnType<typeof runBot>> | undefined
      beforeAll(async () => {
        client = await spec()
        if (!client.command) {
          console.log(`[clients] skipping ${client.name}: ${client.skipReason}`)
          return
        }
        emu = await startClientEmulator()
        const env = botEnv(mode, emu, { ...client.env?.(mode, emu), EMU_SKIP: Object.keys(client.notApplicable?.[mode] ?? {}).join(',') })
        run = await runBot(client.command, env, client.timeoutMs ?? 60_000)
        // The bot's whole output helps only when a step fails that is not a known gap.
        const unexpected = STEPS.some((step) => run!.results.get(step)?.ok === false && !client.knownGaps?.[mode]?.[step])
        if (unexpected || run.results.size === 0) console.log(`[clients] ${client.name} (${mode}) output:\n${run.output}`)
      }, 90_000)
      afterAll(async () => {
        await emu?.close()
      })
      for (const step of STEPS) {
        const gap = (client: ClientSpec) => client.knownGaps?.[mode]?.[step]
        it(step, (ctx) => {
          if (!client.command) return ctx.skip(client.skipReason)
          const na = client.notApplicable?.[mode]?.[step]
          if (na) {
            console.log(`[clients] ${client.name} (${mode}) ${step}: not applicable, ${na}`)
            return ctx.skip(na)
          }
          const result = run?.results.get(step)
          const known = gap(client)
          if (known) {
            // An expected failure: it must still fail, or the gap is closed and its entry must go.
            console.log(`[clients] ${client.name} (${mode}) ${step}: known emulator gap, ${known}`)
            expect(result?.ok, `${client.name} (${mode}) ${step} now passes: drop its knownGaps entry`).toBe(false)
            return
          }
          expect(result, `the bot did not report ${step}; its output:\n${run?.output}`).toBeDefined()
          expect(result!.error ?? '', `${client.name} (${mode}) ${step}`).toBe('')
          expect(result!.ok).toBe(true)
        })
      }
    })
  }
}
