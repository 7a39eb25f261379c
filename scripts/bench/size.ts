/**
 * Bundle size: each app below bundled with esbuild (minified, tree-shaken) for three targets, reported as
 * minified and minified+gzip bytes, each against its budget:
 * - `node`: `--platform=node`, Node builtins external (they are in no one's bundle);
 * - `neutral`: `--platform=neutral`, no platform conditions at all;
 * - `workers`: `--platform=browser --conditions=workerd,worker,browser`, what a Cloudflare Worker build resolves.
 * For neutral and workers nothing is shimmed: what does not resolve is reported with the reason, since a
 * bundle that only builds with fake `node:*` modules would not run anyway, and a `node:` import left in the
 * output counts as a failure too.
 */
import { build, type BuildOptions, type Message } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { BENCH_DIR, table } from './stats.js'

const CREDS = `{ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'x' }`

/** Each app calls one endpoint, the way that package's README shows. */
export const APPS: Readonly<Record<string, string>> = {
  'ours: one endpoint by subpath': `import { createCore } from '@twython/client/core'
import { showStatus } from '@twython/client/tweets'
showStatus(createCore(${CREDS}), { id: '20' }).then(console.log)`,
  'ours: one endpoint, full Core': `import { Core } from '@twython/client/full-core'
import { showStatus } from '@twython/client/tweets'
showStatus(new Core(${CREDS}), { id: '20' }).then(console.log)`,
  'ours: one v2 endpoint by subpath': `import { createCore } from '@twython/client/core'
import { getTweet } from '@twython/client/v2/tweets'
getTweet(createCore(${CREDS}), { id: '20' }).then(console.log)`,
  'ours: whole client': `import { Twython } from '@twython/client'
new Twython(${CREDS}).showStatus({ id: '20' }).then(console.log)`,
  'twitter-api-v2': `import { TwitterApi } from 'twitter-api-v2'
new TwitterApi({ appKey: 'k', appSecret: 's', accessToken: 't', accessSecret: 'x' }).v1.singleTweet('20').then(console.log)`,
  'twitter-api-v2 (a v2 call)': `import { TwitterApi } from 'twitter-api-v2'
new TwitterApi({ appKey: 'k', appSecret: 's', accessToken: 't', accessSecret: 'x' }).v2.singleTweet('20').then(console.log)`,
  'twitter-lite': `import Twitter from 'twitter-lite'
new Twitter({ consumer_key: 'k', consumer_secret: 's', access_token_key: 't', access_token_secret: 'x' }).get('statuses/show', { id: '20' }).then(console.log)`,
  twit: `import Twit from 'twit'
new Twit({ consumer_key: 'k', consumer_secret: 's', access_token: 't', access_token_secret: 'x' }).get('statuses/show/:id', { id: '20' }).then(console.log)`,
  'baseline: ky + oauth-sign': `import ky from 'ky'
import { hmacsign } from 'oauth-sign'
const url = 'https://api.twitter.com/1.1/statuses/show/20.json'
ky.get(url, { headers: { authorization: 'OAuth oauth_signature="' + hmacsign('GET', url, {}, 's', 'x') + '"' } }).json().then(console.log)`,
}

export interface SizeFigure {
  readonly minified?: number
  readonly gzipped?: number
  /** Why the bundle failed, when it did. */
  readonly error?: string
  /** Minified bytes each input file contributes, largest first (what to look at when over budget). */
  readonly inputs?: readonly (readonly [string, number])[]
}

export type Platform = 'node' | 'neutral' | 'workers'
export const PLATFORMS: readonly Platform[] = ['node', 'neutral', 'workers']

const PLATFORM_OPTIONS: Readonly<Record<Platform, BuildOptions>> = {
  node: { platform: 'node', target: 'node20' },
  // Neutral has no default main fields; packages without `exports` (the peers) resolve by these.
  neutral: { platform: 'neutral', target: 'es2022', mainFields: ['module', 'main'] },
  workers: { platform: 'browser', target: 'es2022', conditions: ['workerd', 'worker', 'browser'] },
}

/** min+gz budgets, in bytes. */
export const BUDGETS = {
  oneEndpoint: 8000,
} as const

/**
 * The figures before the runtime was published as modules (main at c8e2dd2: one bundled runtime file, Node
 * built-ins imported at its top), min+gz bytes measured by this script; neutral and workers did not build.
 */
export const BEFORE: Readonly<Record<string, Partial<Record<Platform, number>>>> = {
  'ours: one endpoint by subpath': { node: 22_000 },
  'ours: one v2 endpoint by subpath': { node: 22_100 },
  'ours: whole client': { node: 42_100 },
}

export async function bundleSize(source: string, platform: Platform, extra: BuildOptions = {}): Promise<SizeFigure> {
  try {
    const result = await build({
      stdin: { contents: source, resolveDir: BENCH_DIR, loader: 'ts', sourcefile: 'app.ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      // `production` lets libraries drop development-only branches, as a real app build would.
      define: { 'process.env.NODE_ENV': '"production"' },
      ...PLATFORM_OPTIONS[platform],
      ...extra,
    })
    const code = result.outputFiles[0]!.contents
    if (platform !== 'node') {
      const left = [...new TextDecoder().decode(code).matchAll(/(?:from|import|require)\s*\(?\s*["'](node:[^"']+)["']/g)].map((m) => m[1]!)
      if (left.length) return { error: `the output still imports ${[...new Set(left)].map((m) => `\`${m}\``).join(', ')}` }
    }
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)
      .map(([file, v]) => [file.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, ''), v.bytesInOutput] as const)
      .sort((a, b) => b[1] - a[1])
    return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength, inputs }
  } catch (error) {
    return { error: describeFailure((error as { errors?: Message[] }).errors ?? [], error) }
  }
}

/** "12 modules could not be resolved: node:fs (from runtime/dist/index.mjs), ..." */
function describeFailure(errors: readonly Message[], error: unknown): string {
  const missing = new Map<string, string>()
  for (const e of errors) {
    const m = /Could not resolve "([^"]+)"/.exec(e.text)
    if (m && !missing.has(m[1]!)) missing.set(m[1]!, e.location?.file.replace(/^.*node_modules\//, '').replace(/^.*\/packages\//, '') ?? '?')
  }
  if (missing.size === 0) return (errors[0]?.text ?? String(error)).slice(0, 200)
  const list = [...missing].slice(0, 6).map(([mod, from]) => `\`${mod}\` (from ${from})`)
  return `${missing.size} node modules do not resolve: ${list.join(', ')}${missing.size > 6 ? ', …' : ''}`
}

export interface SizeResult {
  readonly markdown: string
  readonly targets: string[]
  readonly figures: Record<string, Record<Platform, SizeFigure>>
  /** The one-endpoint app built from the sources (`source` condition): minified bytes per source module. */
  readonly attribution: SizeFigure
}

const kb = (n: number | undefined) => (n === undefined ? '—' : `${(n / 1000).toFixed(1)} kB`)

/** `MET    one-endpoint app ≤ 8 kB min+gz (node): 9.1 kB (1.14× the budget; before: 22.0 kB)` */
function budgetLine(label: string, figure: SizeFigure, budget: number, before: number | undefined, strict = false): string {
  const value = figure.gzipped
  const met = value !== undefined && (strict ? value < budget : value <= budget)
  const was = before === undefined ? 'before: did not build' : `before: ${kb(before)}`
  const now = value === undefined ? `does not build (${figure.error})` : `${kb(value)} (${(value / budget).toFixed(2)}× the budget of ${kb(budget)}; ${was})`
  return `${met ? 'MET   ' : 'MISSED'} ${label}: ${now}`
}

export async function runSize(): Promise<SizeResult> {
  const figures: Record<string, Record<Platform, SizeFigure>> = {}
  for (const [name, source] of Object.entries(APPS)) {
    const row = {} as Record<Platform, SizeFigure>
    for (const platform of PLATFORMS) row[platform] = await bundleSize(source, platform)
    figures[name] = row
  }
  const rows = Object.entries(figures).map(([name, f]) => [name, kb(f.node.minified), kb(f.node.gzipped), ...(['neutral', 'workers'] as const).map((p) => (f[p].error ? 'fails (below)' : kb(f[p].gzipped)))])
  const failures = Object.entries(figures).flatMap(([name, f]) => (['neutral', 'workers'] as const).filter((p) => f[p].error).map((p) => `- **${name}**, ${p}: ${f[p].error}`))
  const peer = figures['twitter-api-v2']!.node.gzipped ?? 0
  const targets: string[] = []
  for (const [name, label] of [['ours: one endpoint by subpath', 'one-endpoint app (createCore + showStatus)'], ['ours: one v2 endpoint by subpath', 'one v2 endpoint app (createCore + v2 getTweet)']] as const) {
    targets.push(budgetLine(`${label} ≤ ${kb(BUDGETS.oneEndpoint)} min+gz (node)`, figures[name]!.node, BUDGETS.oneEndpoint, BEFORE[name]?.node))
    for (const p of ['neutral', 'workers'] as const) {
      const f = figures[name]![p]
      targets.push(`${f.error ? 'MISSED' : 'MET   '} ${label} builds for ${p} with no node: import: ${f.error ? f.error : `${kb(f.gzipped)} min+gz (${(f.gzipped! / BUDGETS.oneEndpoint).toFixed(2)}× the node budget; before: did not build)`}`)
    }
  }
  targets.push(budgetLine(`whole client (v1.1 + v2) < twitter-api-v2's ${kb(peer)} min+gz (node)`, figures['ours: whole client']!.node, peer, BEFORE['ours: whole client']?.node, true))
  // dist/ holds chunks of several modules each; the same app built from the sources says which module costs what.
  const attribution = await bundleSize(APPS['ours: one endpoint by subpath']!, 'node', { conditions: ['source'] })
  const breakdown = (attribution.inputs ?? []).slice(0, 10).map(([file, bytes]) => `${file.replace(/^packages\//, '')} ${(bytes / 1000).toFixed(1)} kB`)
  const markdown = [
    'esbuild, `bundle + minify`, ESM, tree-shaken, `NODE_ENV=production`; gzip level 9. node: `--platform=node`, builtins external. neutral: `--platform=neutral`. workers: `--platform=browser --conditions=workerd,worker,browser`. No shims; a `node:` import left in a neutral or workers bundle counts as a failure.',
    '',
    table(['app (one call)', 'node min', 'node min+gz', 'neutral min+gz', 'workers min+gz'], rows),
    '',
    `Largest inputs of the one-endpoint app, by source module (built from the sources: ${kb(attribution.gzipped)} min+gz; minified bytes before gzip): ${breakdown.join('; ')}.`,
    ...(failures.length ? ['', 'Neutral and workers builds that fail, and why:', '', ...failures] : []),
  ].join('\n')
  return { markdown, targets, figures, attribution }
}
