/**
 * Bundle size: each app below bundled with esbuild (minified, tree-shaken), node and browser targets,
 * reported as minified and minified+gzip bytes. Node builtins are external for the node target (they are
 * not in anyone's bundle). For the browser target nothing is shimmed: what does not resolve is reported
 * with the reason, since a bundle that only builds with fake `node:*` modules would not run anyway.
 */
import { build, type Message } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { BENCH_DIR, table } from './stats.js'

const CREDS = `{ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'x' }`

/** Each app calls one endpoint, the way that package's README shows. */
export const APPS: Readonly<Record<string, string>> = {
  'ours: one endpoint by subpath': `import { createCore } from '@twython/client/core'
import { showStatus } from '@twython/client/tweets'
showStatus(createCore(${CREDS}), { id: '20' }).then(console.log)`,
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

export async function bundleSize(source: string, platform: 'node' | 'browser'): Promise<SizeFigure> {
  try {
    const result = await build({
      stdin: { contents: source, resolveDir: BENCH_DIR, loader: 'ts', sourcefile: 'app.ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform,
      target: platform === 'node' ? 'node20' : 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
      // `production` lets libraries drop development-only branches, as a real app build would.
      define: { 'process.env.NODE_ENV': '"production"' },
    })
    const code = result.outputFiles[0]!.contents
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
  return `${missing.size} node modules do not resolve for the browser: ${list.join(', ')}${missing.size > 6 ? ', …' : ''}`
}

export interface SizeResult {
  readonly markdown: string
  readonly targets: string[]
  readonly figures: Record<string, { node: SizeFigure; browser: SizeFigure }>
}

const kb = (n: number | undefined) => (n === undefined ? '—' : `${(n / 1000).toFixed(1)} kB`)

export async function runSize(): Promise<SizeResult> {
  const figures: Record<string, { node: SizeFigure; browser: SizeFigure }> = {}
  for (const [name, source] of Object.entries(APPS)) figures[name] = { node: await bundleSize(source, 'node'), browser: await bundleSize(source, 'browser') }
  const rows = Object.entries(figures).map(([name, f]) => [name, kb(f.node.minified), kb(f.node.gzipped), f.browser.error ? 'fails (below)' : kb(f.browser.gzipped)])
  const failures = Object.entries(figures).filter(([, f]) => f.browser.error).map(([name, f]) => `- **${name}**, browser: ${f.browser.error}`)
  const one = figures['ours: one endpoint by subpath']!.node.gzipped ?? Infinity
  const whole = figures['ours: whole client']!.node.gzipped ?? Infinity
  const peer = figures['twitter-api-v2']!.node.gzipped ?? 0
  const oneV2 = figures['ours: one v2 endpoint by subpath']!.node.gzipped ?? Infinity
  const targets = [
    `${one <= 8000 ? 'MET   ' : 'MISSED'} one-endpoint app ≤ 8 kB min+gz (node): ${kb(one)} (${(one / 8000).toFixed(2)}× the budget)`,
    `${oneV2 <= 8000 ? 'MET   ' : 'MISSED'} one v2 endpoint app ≤ 8 kB min+gz (node): ${kb(oneV2)} (${(oneV2 / 8000).toFixed(2)}× the budget)`,
    `${whole < peer ? 'MET   ' : 'MISSED'} whole client < twitter-api-v2 min+gz (node): ${kb(whole)} vs ${kb(peer)} (${(whole / peer).toFixed(2)}×)`,
  ]
  const breakdown = (figures['ours: one endpoint by subpath']!.node.inputs ?? []).slice(0, 6).map(([file, bytes]) => `${file} ${(bytes / 1000).toFixed(1)} kB`)
  const markdown = [
    'esbuild, `bundle + minify`, ESM, tree-shaken, `NODE_ENV=production`; gzip level 9. Node target: node builtins external. Browser target: no shims.',
    '',
    table(['app (one call)', 'node min', 'node min+gz', 'browser min+gz'], rows),
    '',
    `Largest inputs of the one-endpoint app (minified bytes before gzip): ${breakdown.join('; ')}.`,
    ...(failures.length ? ['', 'Browser builds that fail, and why:', '', ...failures] : []),
  ].join('\n')
  return { markdown, targets, figures }
}
