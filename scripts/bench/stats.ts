/** Small helpers every benchmark shares: summary statistics, child processes, table formatting. */
import { spawn } from 'node:child_process'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { dirname } from 'node:path'

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url))

/** Median, min and max of a sample; the median is what tables compare, min/max show the spread. */
export interface Summary {
  readonly median: number
  readonly min: number
  readonly max: number
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN }
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! }
}

/** `1.23 (1.20–1.31)`: a median with its range, at a given number of decimals. */
export function fmt(s: Summary, digits = 2): string {
  if (Number.isNaN(s.median)) return 'n/a'
  return `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`
}

export function ratio(a: number, b: number): string {
  return Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a'
}

/** The machine line every report starts with. */
export function machineLine(): string {
  const cpu = cpus()
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}, ${process.platform}/${process.arch}, ${new Date().toISOString().slice(0, 10)}`
}

/** A Markdown table; the same text is printed to the console, so it must read well as plain text too. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n')
}

export interface ChildResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly ms: number
}

/**
 * Runs a command to completion. `echo` copies its stdout to ours as it arrives (long benchmarks show
 * progress); stderr is always kept for the report when the command fails.
 */
export function runChild(command: string, args: readonly string[], options: { cwd?: string; echo?: boolean; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: options.cwd ?? BENCH_DIR, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString()
      if (options.echo) process.stdout.write(d)
    })
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, ms: performance.now() - started })
    })
  })
}

/** Runs a TypeScript file of this directory in a fresh node with the same loader (tsx) as ours. */
export function runTsChild(file: string, args: readonly string[], options: { echo?: boolean; timeoutMs?: number } = {}): Promise<ChildResult> {
  return runChild(process.execPath, [...process.execArgv, file, ...args], options)
}

/** The last line of a child's stdout, parsed: children report their figures as one JSON line. */
export function lastJson<T>(stdout: string): T {
  const lines = stdout.trim().split('\n')
  return JSON.parse(lines[lines.length - 1]!) as T
}
