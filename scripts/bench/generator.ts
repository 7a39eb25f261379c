/**
 * Generator: full regeneration time, measured two ways, and determinism.
 * - `tsx generator/src/cli.ts --check` in a fresh process: what a developer waits for (tsx start-up,
 *   loading ts-morph, reading and validating the spec, generating every file, comparing with the tree).
 * - `generate(spec)` in this process, several times: the generation alone, cold (first) and warm.
 * The outputs of two in-process runs must be byte-identical, and equal to the committed files.
 */
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { BENCH_DIR, fmt, runChild, summarize, table } from './stats.js'

const ROOT = join(BENCH_DIR, '..', '..')

export interface GeneratorResult {
  readonly markdown: string
  readonly targets: string[]
}

export async function runGenerator(samples = 3): Promise<GeneratorResult> {
  const tsx = join(ROOT, 'generator', 'node_modules', '.bin', 'tsx')
  const cli: number[] = []
  let cliOutput = ''
  for (let i = 0; i < samples; i++) {
    const child = await runChild(existsSync(tsx) ? tsx : 'tsx', ['generator/src/cli.ts', '--check'], { cwd: ROOT })
    cli.push(child.ms)
    cliOutput = (child.stdout + child.stderr).trim().split('\n')[0] ?? ''
    if (child.code !== 0) cliOutput = `exit ${child.code}: ${cliOutput}`
  }

  // The generator's own modules, loaded through tsx (we run under it) exactly as its CLI loads them.
  const loadStart = performance.now()
  const { loadSpec, readSchemas, readSpecSources } = await import('../../generator/src/load.js')
  const { generate } = await import('../../generator/src/generate.js')
  const spec = loadSpec(readSpecSources(ROOT), readSchemas(ROOT))
  const loadMs = performance.now() - loadStart
  const runs: number[] = []
  const outputs: Map<string, string>[] = []
  for (let i = 0; i < samples + 1; i++) {
    const t = performance.now()
    outputs.push(generate(spec))
    runs.push(performance.now() - t)
  }
  const [first, second] = outputs as [Map<string, string>, Map<string, string>]
  const differing = [...first].filter(([path, text]) => second.get(path) !== text).length + [...second.keys()].filter((k) => !first.has(k)).length
  const stale = [...first].filter(([path, text]) => !existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== text).length
  const bytes = [...first.values()].reduce((n, t) => n + Buffer.byteLength(t), 0)

  const cliS = summarize(cli)
  const warm = summarize(runs.slice(1))
  const targets = [
    `${cliS.median < 5000 ? 'MET   ' : 'MISSED'} full regeneration < 5 s: \`generate --check\` ${(cliS.median / 1000).toFixed(2)} s (${(cliS.median / 5000).toFixed(2)}× the budget)`,
    `${differing === 0 ? 'MET   ' : 'MISSED'} second run byte-identical: ${first.size} files, ${differing} differ`,
  ]
  const markdown = [
    table(['measure', 'ms'], [
      [`\`tsx generator/src/cli.ts --check\`, fresh process (${samples} runs)`, fmt(cliS, 0)],
      ['load ts-morph + read and validate spec, in process', loadMs.toFixed(0)],
      ['`generate(spec)`, first run in process (cold JIT)', runs[0]!.toFixed(0)],
      [`\`generate(spec)\`, next ${samples} runs`, fmt(warm, 0)],
    ]),
    '',
    `Output: ${first.size} files, ${(bytes / 1e6).toFixed(2)} MB. Second run vs first: ${differing === 0 ? 'byte-identical' : `${differing} files differ`}. Against the committed tree: ${stale === 0 ? 'up to date' : `${stale} files differ`}. CLI said: \`${cliOutput}\`.`,
  ].join('\n')
  return { markdown, targets }
}
