/**
 * Cold `import` time: a fresh node process per sample imports one package and reports how long the
 * `import()` took (module resolution, loading, evaluation), timed inside the process so node's own
 * start-up is left out. Median of several processes; the first run also warms the OS file cache.
 */
import { fmt, runChild, summarize, table, type Summary } from './stats.js'

export const IMPORTS: Readonly<Record<string, string>> = {
  '@twython/client/core + /tweets': `await import('@twython/client/core'); await import('@twython/client/tweets')`,
  '@twython/client/core + /v2/tweets': `await import('@twython/client/core'); await import('@twython/client/v2/tweets')`,
  '@twython/client/full-core + /tweets': `await import('@twython/client/full-core'); await import('@twython/client/tweets')`,
  '@twython/client': `await import('@twython/client')`,
  'twitter-api-v2': `await import('twitter-api-v2')`,
  'twitter-lite': `await import('twitter-lite')`,
  twit: `await import('twit')`,
  'ky + oauth-sign': `await import('ky'); await import('oauth-sign')`,
}

/**
 * Before the runtime was published as modules (main at c8e2dd2), measured on the same machine as this
 * script's CPU figures (medians of 20 fresh processes): ratios to twitter-api-v2's import.
 */
export const BEFORE_RATIOS: Readonly<Record<string, number>> = { '@twython/client/core + /tweets': 0.53, '@twython/client/core + /v2/tweets': 0.51, '@twython/client': 0.67 }

export async function runStartup(samples = 7): Promise<{ markdown: string; figures: Record<string, Summary>; cpu: Record<string, Summary>; targets: string[] }> {
  const times = new Map<string, number[]>(Object.keys(IMPORTS).map((k) => [k, []]))
  const cpuTimes = new Map<string, number[]>(Object.keys(IMPORTS).map((k) => [k, []]))
  for (let i = 0; i < samples + 1; i++) {
    for (const [name, code] of Object.entries(IMPORTS)) {
      // Wall time, and the process's CPU time, which other load on a shared machine disturbs far less.
      const script = `const t = performance.now(); const c = process.cpuUsage(); ${code}; const d = process.cpuUsage(c); console.log(performance.now() - t, (d.user + d.system) / 1000)`
      // Plain node, no tsx loader: users import the built JavaScript.
      const child = await runChild(process.execPath, ['--input-type=module', '-e', script])
      if (child.code !== 0) throw new Error(`import of ${name} failed: ${child.stderr.slice(0, 300)}`)
      const [wall, cpu] = child.stdout.trim().split(' ').map(Number)
      if (i > 0) {
        times.get(name)!.push(wall!)
        cpuTimes.get(name)!.push(cpu!)
      }
    }
  }
  const figures = Object.fromEntries([...times].map(([k, v]) => [k, summarize(v)]))
  const cpu = Object.fromEntries([...cpuTimes].map(([k, v]) => [k, summarize(v)]))
  const ratio = (name: string) => cpu[name]!.median / cpu['twitter-api-v2']!.median
  const before = (name: string) => (BEFORE_RATIOS[name] ? ` (before: ${BEFORE_RATIOS[name]!.toFixed(2)}×)` : '')
  const markdown = [
    `A fresh \`node\` per sample (no loader), \`import()\` timed inside the process (wall and the process's CPU time); median (min–max) of ${samples} after one discarded run. The ratio is of CPU medians, to twitter-api-v2's import.`,
    '',
    table(['package', 'cold import ms', 'CPU ms', '× twitter-api-v2 (CPU)'], Object.keys(IMPORTS).map((k) => [k, fmt(figures[k]!, 1), fmt(cpu[k]!, 1), `${ratio(k).toFixed(2)}×${before(k)}`])),
    '',
    "ky builds a `Request` when it is imported (its request-streams probe), which loads Node's fetch implementation: most of the import of any ky-based client, ours included.",
  ].join('\n')
  const sub = ratio('@twython/client/core + /tweets')
  const whole = ratio('@twython/client')
  // "Measurably less": the subpath's median CPU time is below the whole client's fastest sample.
  const separated = cpu['@twython/client/core + /tweets']!.median < cpu['@twython/client']!.min
  const targets = [
    `${sub < whole && separated ? 'MET   ' : 'MISSED'} cold import of one family by subpath < the whole client: ${sub.toFixed(2)}× vs ${whole.toFixed(2)}× twitter-api-v2's import, CPU (${(sub / whole).toFixed(2)}× the whole client; before: ${BEFORE_RATIOS['@twython/client/core + /tweets']!.toFixed(2)}× vs ${BEFORE_RATIOS['@twython/client']!.toFixed(2)}×)`,
  ]
  return { markdown, figures, cpu, targets }
}
