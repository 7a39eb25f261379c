/**
 * The smoke suite's entry for runtimes that run a script: Node (through tsx), Bun and Deno. The config
 * arrives as one JSON argument; the report leaves as one marked JSON line on stdout.
 */
import { REPORT_MARKER, smokeReport, type SmokeConfig, type SmokeModules } from './smoke.ts'

declare const Deno: { readonly args: readonly string[]; readonly version: { readonly deno: string } } | undefined
declare const Bun: { readonly version: string } | undefined

const argv: readonly string[] = typeof Deno !== 'undefined' ? Deno.args : process.argv.slice(2)
const config = JSON.parse(argv[0] ?? '{}') as SmokeConfig
const runtime = typeof Deno !== 'undefined' ? `deno ${Deno.version.deno}` : typeof Bun !== 'undefined' ? `bun ${Bun.version}` : `node ${process.versions.node}`

let resolved: string | undefined
try {
  resolved = import.meta.resolve('@twython/client')
} catch {
  resolved = undefined
}

const load = async (): Promise<SmokeModules> => ({ client: await import('@twython/client'), v2: await import('@twython/client/v2') })
const report = await smokeReport(`${runtime} (${config.transport} transport)`, config, load, resolved)
console.log(REPORT_MARKER + JSON.stringify(report))
// A keep-alive socket must not hold the process open once the report is out.
if (typeof Deno !== 'undefined') (Deno as unknown as { exit(code: number): never }).exit(0)
else process.exit(0)
