/**
 * The smoke suite on workerd, Cloudflare's Workers runtime: the worker entry is bundled with esbuild
 * the way a Workers build does it (ESM, the `workerd`/`worker`/`browser` conditions, Node built-ins left
 * to the runtime), a workerd config is written next to it, and workerd serves it on a loopback port. The
 * worker reaches the emulator on 127.0.0.1 through a network service that allows local addresses only.
 */
import { builtinModules } from 'node:module'
import { connect, createServer } from 'node:net'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { build, type Metafile, type Plugin } from 'esbuild'
import type { SmokeConfig, SmokeReport } from './smoke/smoke.ts'
import { packageRoot, runProcess, type RunResult } from './runtimes.ts'

/**
 * Node built-ins stay imports for the runtime to provide (`node:` prefixed, as workerd requires). A
 * CommonJS `require('crypto')` (oauth-sign's) cannot stay a `require` in an ES module bundle, so it becomes
 * a small module re-exporting the `node:` import, which is what Workers builds do.
 */
const nodeBuiltins: Plugin = {
  name: 'node-builtins',
  setup(b) {
    const names = new Set(builtinModules.filter((m) => !m.startsWith('_')))
    b.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, async (args) => {
      const bare = args.path.replace(/^node:/, '')
      if (!names.has(bare) || args.pluginData?.probing) return undefined
      // A bare name that is also an installed package (`buffer`, imported by the runtime's non-Node build)
      // is that package, as a Workers build without nodejs_compat resolves it.
      if (!args.path.startsWith('node:') && args.kind !== 'require-call') {
        const found = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: { probing: true } })
        if (!found.errors.length && !found.external && found.path) return { path: found.path }
      }
      if (args.kind === 'require-call') return { path: `node:${bare}`, namespace: 'node-require' }
      return { path: `node:${bare}`, external: true }
    })
    b.onLoad({ filter: /.*/, namespace: 'node-require' }, (args) => ({
      contents: `import * as m from '${args.path}'\nexport * from '${args.path}'\nexport default m\n`,
      loader: 'js',
    }))
  },
}

/** A built worker: its directory and module files (entry first), and every input esbuild read. */
export interface WorkerBundle {
  readonly dir: string
  readonly modules: readonly string[]
  readonly inputs: readonly string[]
}

/** Bundles src/smoke/worker.ts into `dir` (code splitting on, so the client is a chunk loaded on demand). */
export async function bundleWorker(dir: string): Promise<WorkerBundle> {
  mkdirSync(dir, { recursive: true })
  const result = await build({
    absWorkingDir: packageRoot,
    entryPoints: { worker: 'src/smoke/worker.ts' },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'silent',
    plugins: [nodeBuiltins],
  })
  const outputs = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.mjs'))
  const entry = outputs.find((f) => (result.metafile as Metafile).outputs[f]!.entryPoint !== undefined)!
  const modules = [entry, ...outputs.filter((f) => f !== entry)].map((f) => relative(dir, join(packageRoot, f)))
  return { dir, modules, inputs: Object.keys(result.metafile.inputs) }
}

/** The workerd config (Cap'n Proto text) serving the bundle on `port`. */
export function workerdConfig(bundle: WorkerBundle, port: number, compatibilityDate: string, flags: readonly string[]): string {
  const modules = bundle.modules.map((m) => `(name = ${JSON.stringify(m)}, esModule = embed ${JSON.stringify(m)})`).join(',\n      ')
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "smoke", worker = .smokeWorker),
    # Outbound requests may reach loopback addresses (the emulator) and nothing else.
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "smoke")],
);

const smokeWorker :Workerd.Worker = (
  modules = [
      ${modules}
  ],
  compatibilityDate = ${JSON.stringify(compatibilityDate)},
  compatibilityFlags = [${flags.map((f) => JSON.stringify(f)).join(', ')}],
  globalOutbound = "loopback",
);
`
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** What a workerd run gives back: the report (when the worker answered) and workerd's own output. */
export interface WorkerdRun extends RunResult {
  readonly status?: number
  readonly body?: string
}

/**
 * Serves the bundle with workerd and posts the smoke config to it once it listens; workerd is stopped
 * after the answer. `compatibilityDate` is workerd's own (the newest it knows), as a new project gets.
 */
export async function runWorkerd(bin: string, bundle: WorkerBundle, config: SmokeConfig, options: { flags: readonly string[]; compatibilityDate: string; name: string }): Promise<WorkerdRun> {
  // The free port is found before workerd binds it; another process may take it in between, so try again.
  for (let attempt = 1; ; attempt++) {
    const run = await serveOnce(bin, bundle, config, options, await freePort())
    if (attempt === 3 || run.report || !/Address already in use/.test(run.stderr)) return run
  }
}

async function serveOnce(bin: string, bundle: WorkerBundle, config: SmokeConfig, options: { flags: readonly string[]; compatibilityDate: string; name: string }, port: number): Promise<WorkerdRun> {
  const file = join(bundle.dir, `${options.name}.capnp`)
  writeFileSync(file, workerdConfig(bundle, port, options.compatibilityDate, options.flags))
  const abort = new AbortController()
  const served = runProcess(bin, ['serve', file, '--verbose'], { cwd: bundle.dir, timeoutMs: 45_000, signal: abort.signal })
  let exited = false
  // The request gives up when workerd exits (a config or bind error) or takes longer than it may run.
  const gaveUp = new AbortController()
  void served.then(() => {
    exited = true
    gaveUp.abort(new Error('workerd exited'))
  })
  try {
    // Wait for the socket (or for workerd to give up on the config); no fixed sleep.
    while (!exited && !(await canConnect(port))) await new Promise((r) => setTimeout(r, 25))
    if (exited) return await served
    let response: Response
    let body: string
    try {
      const signal = AbortSignal.any([gaveUp.signal, AbortSignal.timeout(40_000)])
      response = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: JSON.stringify({ config, flags: options.flags.length ? options.flags.join(' ') : 'no compatibility flags' }), signal })
      body = await response.text()
    } catch (error) {
      abort.abort()
      const run = await served
      return { ...run, stderr: `${run.stderr}\n[the request to the worker failed: ${(error as Error).message}]` }
    }
    let report: SmokeReport | undefined
    try {
      report = JSON.parse(body) as SmokeReport
    } catch {
      report = undefined
    }
    abort.abort()
    const run = await served
    return { ...run, status: response.status, body, ...(report && response.ok ? { report } : {}) }
  } finally {
    abort.abort()
    await served.catch(() => undefined)
  }
}
