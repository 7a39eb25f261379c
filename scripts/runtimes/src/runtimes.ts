/**
 * Finding and launching the other runtimes from Node. Bun, Deno and workerd each ship their binary as an
 * npm package per platform (an optional dependency of `bun`, `deno` and `workerd`); their postinstall
 * scripts only copy or link that binary into place, so we skip them (pnpm does not run them) and run the
 * platform package's binary directly. A runtime whose binary is absent or does not start here is reported
 * with the reason, for the test to print and skip.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { REPORT_MARKER, type SmokeConfig, type SmokeReport } from './smoke/smoke.ts'

export type RuntimeName = 'bun' | 'deno' | 'workerd'

/** The package root (scripts/runtimes), where the smoke scripts and node_modules are. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Per platform, the packages that may hold the binary (in order) and the binary's path inside them. */
const BINARIES: Record<RuntimeName, { readonly packages: Readonly<Record<string, readonly string[]>>; readonly file: string }> = {
  bun: {
    packages: {
      'linux-x64': ['@oven/bun-linux-x64', '@oven/bun-linux-x64-musl'],
      'linux-arm64': ['@oven/bun-linux-aarch64', '@oven/bun-linux-aarch64-musl'],
      'darwin-x64': ['@oven/bun-darwin-x64'],
      'darwin-arm64': ['@oven/bun-darwin-aarch64'],
      'win32-x64': ['@oven/bun-windows-x64'],
    },
    file: process.platform === 'win32' ? 'bin/bun.exe' : 'bin/bun',
  },
  deno: {
    packages: {
      'linux-x64': ['@deno/linux-x64-glibc'],
      'linux-arm64': ['@deno/linux-arm64-glibc'],
      'darwin-x64': ['@deno/darwin-x64'],
      'darwin-arm64': ['@deno/darwin-arm64'],
      'win32-x64': ['@deno/win32-x64'],
    },
    file: process.platform === 'win32' ? 'deno.exe' : 'deno',
  },
  workerd: {
    packages: {
      'linux-x64': ['@cloudflare/workerd-linux-64'],
      'linux-arm64': ['@cloudflare/workerd-linux-arm64'],
      'darwin-x64': ['@cloudflare/workerd-darwin-64'],
      'darwin-arm64': ['@cloudflare/workerd-darwin-arm64'],
      'win32-x64': ['@cloudflare/workerd-windows-64'],
    },
    file: process.platform === 'win32' ? 'bin/workerd.exe' : 'bin/workerd',
  },
}

/** A runtime found and started once (`--version`), or why not. */
export type Located = { readonly ok: true; readonly path: string; readonly version: string } | { readonly ok: false; readonly reason: string }

/** Finds `name`'s binary in its platform package and checks that it starts. */
export function locateRuntime(name: RuntimeName): Located {
  const key = `${process.platform}-${process.arch}`
  const candidates = BINARIES[name].packages[key]
  if (!candidates) return { ok: false, reason: `no ${name} binary package is known for ${key}` }
  let main: string
  try {
    main = createRequire(join(packageRoot, 'package.json')).resolve(`${name}/package.json`)
  } catch {
    return { ok: false, reason: `the npm package "${name}" is not installed (a devDependency of scripts/runtimes: run npm test, which installs it)` }
  }
  // The platform package is the main package's optional dependency, so resolve it from there.
  const fromMain = createRequire(main)
  const tried: string[] = []
  for (const pkg of candidates) {
    let path: string
    try {
      path = join(dirname(fromMain.resolve(`${pkg}/package.json`)), BINARIES[name].file)
    } catch {
      tried.push(`${pkg} not installed`)
      continue
    }
    if (!existsSync(path)) {
      tried.push(`${path} missing`)
      continue
    }
    const probe = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 })
    if (probe.error || probe.status !== 0) {
      tried.push(`${path} does not start: ${probe.error?.message ?? `exit ${probe.status}: ${(probe.stderr || probe.stdout).trim().slice(0, 300)}`}`)
      continue
    }
    return { ok: true, path, version: probe.stdout.trim().split('\n')[0]! }
  }
  return { ok: false, reason: `no working ${name} binary for ${key} (${tried.join('; ')})` }
}

/** What a run printed, and the report in it if there was one. */
export interface RunResult {
  readonly report?: SmokeReport
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs a command and waits for it to exit (asynchronously: the emulator it calls lives in this process),
 * killing it after `timeoutMs`.
 */
export function runProcess(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string; signal?: AbortSignal } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? packageRoot, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => {
      stderr += `\n[killed after ${options.timeoutMs ?? 45_000} ms]`
      child.kill('SIGKILL')
    }, options.timeoutMs ?? 45_000)
    // A server (workerd) runs until its caller is done with it.
    const stop = () => child.kill('SIGTERM')
    options.signal?.addEventListener('abort', stop, { once: true })
    child.once('error', (error) => {
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', stop)
      reject(error)
    })
    child.once('close', (code) => {
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', stop)
      resolve({ code, stdout, stderr, ...parseReport(stdout) })
    })
  })
}

/** The marked report line of a script runtime's stdout. */
export function parseReport(stdout: string): { report?: SmokeReport } {
  const line = stdout.split('\n').find((l) => l.startsWith(REPORT_MARKER))
  return line ? { report: JSON.parse(line.slice(REPORT_MARKER.length)) as SmokeReport } : {}
}

const cli = join(packageRoot, 'src', 'smoke', 'cli.ts')

/** The smoke suite on Node 20 itself (TypeScript through tsx), the baseline row of the matrix. */
export function runNode(config: SmokeConfig): Promise<RunResult> {
  return runProcess(process.execPath, ['--import', 'tsx', cli, JSON.stringify(config)])
}

/** The smoke suite on Bun, which runs the TypeScript entry itself (never auto-installing a package). */
export function runBun(bin: string, config: SmokeConfig): Promise<RunResult> {
  return runProcess(bin, ['run', '--no-install', cli, JSON.stringify(config)], { env: { BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' } })
}

/**
 * The smoke suite on Deno, with the least permissions it needs: the network to the emulator only.
 * Deno reads the workspace's node_modules (package.json beside the script: "bring your own node_modules").
 */
export function runDeno(bin: string, config: SmokeConfig, denoDir: string): Promise<RunResult> {
  const host = new URL(config.url).host
  return runProcess(bin, ['run', `--allow-net=${host}`, '--no-prompt', '--no-lock', cli, JSON.stringify(config)], { env: { DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' } })
}
