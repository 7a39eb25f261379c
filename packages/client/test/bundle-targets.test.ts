/**
 * The one-endpoint app (`createCore` + one function, v1.1 and v2) as a bundler builds it for runtimes
 * without Node's modules: esbuild's `neutral` platform and a Workers-style target (`browser` with the
 * `workerd`/`worker` conditions, what wrangler resolves). Each bundle must build from the packages as
 * they are published (dist/, package.json `exports` and `imports` conditions) with no `node:` module
 * left in it, and must then work: run here against the emulator, it sends with the global `fetch` and
 * signs OAuth 1.0a with Web Crypto, and the emulator checks that signature.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build, type BuildOptions, type Metafile } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '@twython/emulator'
import { Twython } from '../src/index.js'

const clientDir = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Each app exports `run(options, id)`: one call with a core of those options (the whole client also uploads bytes). */
const APPS: Readonly<Record<string, string>> = {
  'v1.1 showStatus': `import { createCore } from './dist/core.mjs'
import { showStatus } from './dist/tweets.mjs'
export const run = (options, id) => showStatus(createCore(options), { id })`,
  'v2 getTweet': `import { createCore } from './dist/core.mjs'
import { getTweet } from './dist/v2/tweets.mjs'
export const run = (options, id) => getTweet(createCore(options), { id })`,
  // The whole client must load there too: its streaming and upload modules reach Node only through the platform switches.
  'whole client': `import { Twython } from './dist/index.mjs'
export const run = async (options, id) => {
  const twitter = new Twython(options)
  const status = await twitter.showStatus({ id })
  const png = await twitter.uploadMedia({ media: new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]) })
  const video = await twitter.uploadVideo(new Uint8Array(1024 * 1024 + 5).fill(7), 'video/mp4', { chunkSize: 512 * 1024, checkProgress: false })
  return { ...status, uploaded: [png.media_id_string, video.media_id_string] }
}`,
}

const TARGETS: Readonly<Record<string, BuildOptions>> = {
  neutral: { platform: 'neutral' },
  workers: { platform: 'browser', conditions: ['workerd', 'worker', 'browser'] },
}

/** Every `node:` (or bare builtin) module the bundle still imports, from esbuild's metafile and the code itself. */
function nodeImports(metafile: Metafile, code: string): string[] {
  const found = new Set<string>()
  for (const input of Object.values(metafile.inputs)) for (const imp of input.imports) if (imp.path.startsWith('node:')) found.add(imp.path)
  for (const m of code.matchAll(/(?:from|import|require)\s*\(?\s*["'](node:[^"']+)["']/g)) found.add(m[1]!)
  return [...found]
}

let emu: Emulator
let dir: string
let tweetId: string

beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
  dir = mkdtempSync(join(tmpdir(), 'twython-bundle-'))
  const posted = await new Twython({ ...emu.credentials, hosts: emu.hosts }).updateStatus({ status: 'bundled for the edge' })
  tweetId = posted.id_str
})

afterAll(async () => {
  await emu?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe.each(Object.entries(TARGETS))('the one-endpoint app for %s', (target, options) => {
  it.each(Object.entries(APPS))('%s builds without a node: module, and its call is signed and answered', async (app, source) => {
    const result = await build({ stdin: { contents: source, resolveDir: clientDir, loader: 'js', sourcefile: 'app.mjs' }, bundle: true, format: 'esm', write: false, metafile: true, logLevel: 'silent', ...options })
    const code = result.outputFiles![0]!.text
    const metafile = result.metafile!
    expect(nodeImports(metafile, code)).toEqual([])
    // The web side of every platform switch was picked, not Node's.
    const inputs = Object.keys(metafile.inputs)
    expect(inputs.filter((f) => /platform\/\w+\.node\./.test(f))).toEqual([])
    expect(inputs.some((f) => f.endsWith('platform/crypto.web.mjs'))).toBe(true)

    const file = join(dir, `${target}-${app.replace(/\W+/g, '-')}.mjs`)
    writeFileSync(file, code)
    const { run } = (await import(pathToFileURL(file).href)) as { run: (options: object, id: string) => Promise<Record<string, unknown>> }
    const answer = await run({ ...emu.credentials, hosts: emu.hosts }, tweetId)
    if (app.startsWith('v2')) expect((answer.data as { id: string }).id).toBe(tweetId)
    else expect(answer.id_str).toBe(tweetId)
    if (app === 'whole client') expect(answer.uploaded).toEqual([expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/)])
    // A wrong token secret gives a wrong Web Crypto signature, which the emulator refuses.
    await expect(run({ ...emu.credentials, oauthTokenSecret: 'not-the-secret', hosts: emu.hosts }, tweetId)).rejects.toMatchObject({ status: 401 })
  })
})
