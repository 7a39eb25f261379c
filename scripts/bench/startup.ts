/**
 * Cold `import` time: a fresh node process per sample imports one package and reports how long the
 * `import()` took (module resolution, loading, evaluation), timed inside the process so node's own
 * start-up is left out. Median of several processes; the first run also warms the OS file cache.
 */
import { fmt, runChild, summarize, table, type Summary } from './stats.js'

export const IMPORTS: Readonly<Record<string, string>> = {
  '@twython/client/core + /tweets': `await import('@twython/client/core'); await import('@twython/client/tweets')`,
  '@twython/client': `await import('@twython/client')`,
  'twitter-api-v2': `await import('twitter-api-v2')`,
  'twitter-lite': `await import('twitter-lite')`,
  twit: `await import('twit')`,
  'ky + oauth-sign': `await import('ky'); await import('oauth-sign')`,
}

export async function runStartup(samples = 7): Promise<{ markdown: string; figures: Record<string, Summary> }> {
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
  const markdown = [
    `A fresh \`node\` per sample (no loader), \`import()\` timed inside the process; median (min–max) of ${samples} after one discarded run.`,
    '',
    table(['package', 'cold import ms'], Object.entries(figures).map(([k, s]) => [k, fmt(s, 1)])),
  ].join('\n')
  return { markdown, figures }
}
