/**
 * Cold `import` time: a fresh node process per sample imports one package and reports how long the
 * `import()` took (module resolution, loading, evaluation), timed inside the process so node's own
 * start-up is left out. Median of several processes; the first run also warms the OS file cache.
 */
import { fmt, runChild, summarize, table, type Summary } from './stats.js'

export const IMPORTS: Readonly<Record<string, string>> = {
  '@twython/client/core + /tweets': `await import('@twython/client/core'); await import('@twython/client/tweets')`,
  '@twython/client/core + /v2/tweets': `await import('@twython/client/core'); await import('@twython/client/v2/tweets')`,
  '@twython/client': `await import('@twython/client')`,
  'twitter-api-v2': `await import('twitter-api-v2')`,
  'twitter-lite': `await import('twitter-lite')`,
  twit: `await import('twit')`,
  'ky + oauth-sign': `await import('ky'); await import('oauth-sign')`,
}

/**
 * Cold import by subpath before the runtime was published as modules (main at c8e2dd2), as ratios to
 * twitter-api-v2's import measured by this script: the subpath loaded the whole runtime anyway.
 */
export const BEFORE_RATIOS: Readonly<Record<string, number>> = { '@twython/client/core + /tweets': 0.0, '@twython/client': 0.0 }

export async function runStartup(samples = 7): Promise<{ markdown: string; figures: Record<string, Summary>; targets: string[] }> {
  const times = new Map<string, number[]>(Object.keys(IMPORTS).map((k) => [k, []]))
  for (let i = 0; i < samples + 1; i++) {
    for (const [name, code] of Object.entries(IMPORTS)) {
      const script = `const t = performance.now(); ${code}; console.log(performance.now() - t)`
      // Plain node, no tsx loader: users import the built JavaScript.
      const child = await runChild(process.execPath, ['--input-type=module', '-e', script])
      if (child.code !== 0) throw new Error(`import of ${name} failed: ${child.stderr.slice(0, 300)}`)
      if (i > 0) times.get(name)!.push(Number(child.stdout.trim()))
    }
  }
  const figures = Object.fromEntries([...times].map(([k, v]) => [k, summarize(v)]))
  const peer = figures['twitter-api-v2']!.median
  const ratio = (name: string) => figures[name]!.median / peer
  const before = (name: string) => (BEFORE_RATIOS[name] ? ` (before: ${BEFORE_RATIOS[name]!.toFixed(2)}×)` : '')
  const markdown = [
    `A fresh \`node\` per sample (no loader), \`import()\` timed inside the process; median (min–max) of ${samples} after one discarded run. The ratio is to twitter-api-v2's import.`,
    '',
    table(['package', 'cold import ms', '× twitter-api-v2'], Object.entries(figures).map(([k, s]) => [k, fmt(s, 1), `${ratio(k).toFixed(2)}×${before(k)}`])),
  ].join('\n')
  const sub = ratio('@twython/client/core + /tweets')
  const whole = ratio('@twython/client')
  // "Measurably less": the subpath's slowest sample is faster than the whole client's fastest.
  const separated = figures['@twython/client/core + /tweets']!.max < figures['@twython/client']!.min
  const targets = [
    `${sub < whole && separated ? 'MET   ' : 'MISSED'} cold import of one family by subpath < the whole client: ${sub.toFixed(2)}× vs ${whole.toFixed(2)}× twitter-api-v2's import (${(sub / whole).toFixed(2)}× the whole client; ranges ${separated ? 'do not overlap' : 'overlap'})`,
  ]
  return { markdown, figures, targets }
}
