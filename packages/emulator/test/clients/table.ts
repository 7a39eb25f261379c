/**
 * Prints the client x workload step table (markdown) for both modes: `npx tsx test/clients/table.ts`
 * from packages/emulator. The same bots and environments as the tests; a cell is pass, FAIL (with the
 * first words of the error below the table) or n/a (the client has no setting for that host).
 */
import { ALL_CLIENTS } from './clients.js'
import { botEnv, runBot, startClientEmulator, STEPS, type Mode } from './harness.js'

const rows: string[] = []
const notes: string[] = []
for (const load of ALL_CLIENTS) {
  const client = await load()
  for (const mode of ['direct', 'intercept'] as Mode[]) {
    if (!client.command) {
      rows.push(`| ${client.name} | ${mode} | ${STEPS.map(() => 'skipped').join(' | ')} |`)
      notes.push(`${client.name}: ${client.skipReason}`)
      continue
    }
    const emu = await startClientEmulator()
    const na = client.notApplicable?.[mode] ?? {}
    const run = await runBot(client.command, botEnv(mode, emu, { ...client.env?.(mode, emu), EMU_SKIP: Object.keys(na).join(',') }), client.timeoutMs ?? 60_000)
    await emu.close()
    const cells = STEPS.map((step) => {
      if (step in na) return 'n/a'
      const r = run.results.get(step)
      if (r?.ok) return 'pass'
      notes.push(`${client.name} ${mode} ${step}: ${r ? r.error : 'not reported'}`.slice(0, 240))
      return 'FAIL'
    })
    rows.push(`| ${client.name} | ${mode} | ${cells.join(' | ')} |`)
  }
}
console.log(`| client | mode | ${STEPS.join(' | ')} |`)
console.log(`| --- | --- | ${STEPS.map(() => '---').join(' | ')} |`)
for (const row of rows) console.log(row)
if (notes.length) console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`)
