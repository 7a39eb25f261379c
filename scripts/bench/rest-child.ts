/**
 * One REST measurement in a fresh process (so one client's JIT state, pools and garbage do not leak into
 * another's): warm up, then a sequential phase and a 16-concurrent phase, each timed by the wall clock
 * and by `process.cpuUsage()` (user + system CPU of this process only; the server runs in the parent).
 * Prints one JSON line.
 *
 *   tsx rest-child.ts <client> <origin> <sequential count> <concurrent count>
 */
import { CLIENTS } from './rest-clients.js'

export interface Phase {
  readonly requests: number
  readonly wallMs: number
  readonly cpuMs: number
}
export interface ChildReport {
  readonly sequential: Phase
  readonly concurrent: Phase
}

const [name, origin, seqArg, concArg] = process.argv.slice(2)
const CONCURRENCY = 16
const factory = CLIENTS[name!]
if (!factory) throw new Error(`unknown client ${name}`)
const show = await factory(origin!)

let next = 0
// Ids vary so no client can cache a URL or a signature; the server checks each answer matches its id.
const call = async () => {
  const id = String(1_000_000_000_000_000_000n + BigInt(next++ % 1000))
  const tweet = await show(id)
  if (tweet?.id_str !== id) throw new Error(`${name}: wrong answer for ${id}: ${JSON.stringify(tweet).slice(0, 200)}`)
}

async function sequential(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await call()
}

async function concurrent(n: number): Promise<void> {
  let left = n
  const worker = async () => {
    while (left-- > 0) await call()
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
}

async function measure(n: number, phase: (n: number) => Promise<void>): Promise<Phase> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  await phase(n)
  const wallMs = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { requests: n, wallMs, cpuMs: (used.user + used.system) / 1000 }
}

// Warm-up: enough calls for the JIT to compile the hot path, and the pool to hold 16 sockets.
await sequential(300)
await concurrent(320)
const report: ChildReport = { sequential: await measure(Number(seqArg), sequential), concurrent: await measure(Number(concArg), concurrent) }
process.stdout.write(`${JSON.stringify(report)}\n`)
// Some clients keep sockets (and so the event loop) alive; the report is out, so leave now.
process.exit(0)
