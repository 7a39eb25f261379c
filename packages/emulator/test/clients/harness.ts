/**
 * Runs an unmodified third-party Twitter client against the emulator, in a child process, the way a user
 * runs a bot: in direct mode the client is given the emulator's address through its own host setting (where
 * it has one); in intercepting mode it is given nothing but environment variables (`HTTPS_PROXY` and the
 * CA file) and talks to `https://api.twitter.com` as it always does. The bot script reports one JSON line
 * per workload step; each step becomes one test, so a failing step names itself.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startEmulator, type Emulator } from '../../src/index.js'

export const HERE = dirname(fileURLToPath(import.meta.url))

/** The workload every client runs, in order. */
export const STEPS = [
  'credentials',
  'post-with-entities-and-media',
  'timelines-and-cursors',
  'follows',
  'lists',
  'direct-messages',
  'search-paging',
  'chunked-video-upload',
  'filter-stream',
  'rate-limit-429',
  'injected-503',
] as const
export type Step = (typeof STEPS)[number]
export type Mode = 'direct' | 'intercept'

/** One reported step. */
export interface StepResult {
  readonly step: string
  readonly ok: boolean
  readonly error?: string
  readonly detail?: unknown
}

export interface ClientSpec {
  /** Shown in test names: `twit`, `tweepy`, ... */
  readonly name: string
  /** The command that runs the bot script; `undefined` skips the client with `skipReason`. */
  readonly command: readonly string[] | undefined
  readonly skipReason?: string
  /** Extra environment per mode (a Node preload that routes https through `HTTPS_PROXY`, ...). */
  readonly env?: (mode: Mode, emu: Emulator) => Record<string, string>
  /** Steps a mode cannot run, with why (the client has no setting for that host, ...). */
  readonly notApplicable?: Partial<Record<Mode, Partial<Record<Step, string>>>>
  /**
   * Steps that fail because the emulator lacks what the client calls (issue 11 item 1, on branch h11):
   * they run as expected failures, so the suite turns red the day they pass and the entry must go.
   */
  readonly knownGaps?: Partial<Record<Mode, Partial<Record<Step, string>>>>
  /** How long the whole workload may take before the child is killed. @default 60000 */
  readonly timeoutMs?: number
}

/** The emulator the client workloads run against: quick media processing, intercepting mode on. */
export function startClientEmulator(): Promise<Emulator> {
  return startEmulator({ intercept: true, uploads: { processing: { checkAfterSecs: 1, steps: 0, secondMs: 1 } } })
}

/** The environment of a bot: only what a user would set, plus where the test's admin calls go. */
export function botEnv(mode: Mode, emu: Emulator, extra: Record<string, string> = {}): Record<string, string> {
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    LANG: 'C.UTF-8',
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONUNBUFFERED: '1',
    // For the test's own calls (faults, rate limits): plain HTTP to 127.0.0.1, never through the proxy.
    EMU_ADMIN_URL: emu.url,
    EMU_MODE: mode,
    EMU_CREDENTIALS: JSON.stringify(emu.credentials),
  }
  // Direct mode: the emulator's address for the client's host setting, plain HTTP or (for clients that
  // only speak https://) its HTTPS listener, whose CA the bot then trusts as a user would.
  const ca = emu.caCertPath ?? ''
  if (mode === 'direct') Object.assign(base, { EMU_URL: emu.url, EMU_HTTPS_URL: emu.httpsUrl ?? '', NODE_EXTRA_CA_CERTS: ca, REQUESTS_CA_BUNDLE: ca, SSL_CERT_FILE: ca })
  else Object.assign(base, emu.proxyEnv)
  return { ...base, ...extra }
}

/** Runs a bot script; resolves with its step lines by name and everything it wrote. */
export function runBot(command: readonly string[], env: Record<string, string>, timeoutMs: number): Promise<{ results: Map<string, StepResult>; output: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      const results = new Map<string, StepResult>()
      for (const line of stdout.split('\n')) {
        if (!line.startsWith('{"step"')) continue
        const result = JSON.parse(line) as StepResult
        results.set(result.step, result)
      }
      resolve({ results, output: `${stdout}\n${stderr}`.trim(), code })
    })
  })
}

/** Where a Node package resolves from this package (for `--require` preloads). */
export const resolveHere = createRequire(join(HERE, 'harness.ts')).resolve

/** `/usr/bin/python3` when it can import every module named, else the reason it cannot. */
export async function pythonWith(modules: readonly string[]): Promise<{ python?: string; reason?: string }> {
  const python = '/usr/bin/python3'
  if (!existsSync(python)) return { reason: `${python} is absent` }
  const probe = await runBot([python, '-c', `import ${modules.join(', ')}`], { PATH: '/usr/bin:/bin' }, 20_000)
  return probe.code === 0 ? { python } : { reason: `${python} cannot import ${modules.join(', ')} (.ci/deps.d/python-clients.sh installs them): ${probe.output.split('\n').pop()}` }
}

