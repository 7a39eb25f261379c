/**
 * REST benchmark: signed `GET statuses/show/:id` against a local server, one client per child process,
 * clients alternated within each round (the order rotates every round so none always runs first or
 * last after the machine warmed up). Reports req/s and CPU ms per request, sequential and 16-concurrent.
 *
 *   tsx rest.ts [rounds]     (or through index.ts)
 */
import { fileURLToPath } from 'node:url'
import { CLIENTS, FLOOR, OURS, PEER_TARGET } from './rest-clients.js'
import type { ChildReport } from './rest-child.js'
import { startRestServer } from './rest-server.js'
import { fmt, lastJson, ratio, runTsChild, summarize, table, BENCH_DIR, type Summary } from './stats.js'

export interface RestOptions {
  readonly rounds: number
  readonly sequential: number
  readonly concurrent: number
}

export const DEFAULT_REST: RestOptions = { rounds: 7, sequential: 3000, concurrent: 4000 }

interface ClientFigures {
  seqRps: Summary
  seqCpu: Summary
  concRps: Summary
  concCpu: Summary
}

export interface RestResult {
  readonly markdown: string
  /** One line per target: met or missed, with the figures. */
  readonly targets: string[]
  readonly figures: Record<string, ClientFigures>
}

export async function runRest(options: RestOptions = DEFAULT_REST, log: (line: string) => void = console.log): Promise<RestResult> {
  const server = await startRestServer()
  const names = Object.keys(CLIENTS)
  const runs = new Map<string, ChildReport[]>(names.map((n) => [n, []]))
  try {
    for (let round = 0; round < options.rounds; round++) {
      const order = names.map((_, i) => names[(i + round) % names.length]!)
      for (const name of order) {
        const child = await runTsChild(`${BENCH_DIR}/rest-child.ts`, [name, server.origin, String(options.sequential), String(options.concurrent)], { timeoutMs: 120_000 })
        if (child.code !== 0) throw new Error(`REST child for ${name} failed (${child.code}):\n${child.stderr}`)
        const report = lastJson<ChildReport>(child.stdout)
        runs.get(name)!.push(report)
        log(`  round ${round + 1}/${options.rounds} ${name.padEnd(24)} seq ${(report.sequential.cpuMs / report.sequential.requests).toFixed(3)} ms CPU/req, conc ${(report.concurrent.cpuMs / report.concurrent.requests).toFixed(3)}`)
      }
    }
    if (server.refused() > 0) throw new Error(`the server refused ${server.refused()} requests (unsigned or wrong path)`)
  } finally {
    await server.close()
  }

  const figures: Record<string, ClientFigures> = {}
  for (const [name, reports] of runs) {
    figures[name] = {
      seqRps: summarize(reports.map((r) => r.sequential.requests / (r.sequential.wallMs / 1000))),
      seqCpu: summarize(reports.map((r) => r.sequential.cpuMs / r.sequential.requests)),
      concRps: summarize(reports.map((r) => r.concurrent.requests / (r.concurrent.wallMs / 1000))),
      concCpu: summarize(reports.map((r) => r.concurrent.cpuMs / r.concurrent.requests)),
    }
  }
  const peer = figures[PEER_TARGET]!
  const floor = figures[FLOOR]!
  const rows = names.map((name) => {
    const f = figures[name]!
    return [name, fmt(f.seqRps, 0), fmt(f.seqCpu, 3), fmt(f.concRps, 0), fmt(f.concCpu, 3), ratio(f.seqCpu.median, peer.seqCpu.median), ratio(f.seqCpu.median, floor.seqCpu.median)]
  })
  const head = ['client', 'seq req/s', 'seq CPU ms/req', '16-conc req/s', '16-conc CPU ms/req', 'CPU vs twitter-api-v2', 'CPU vs node:http']
  const targets = OURS.map((name) => {
    const f = figures[name]!
    const seq = f.seqCpu.median / peer.seqCpu.median
    const conc = f.concCpu.median / peer.concCpu.median
    const met = seq <= 1 && conc <= 1
    return `${met ? 'MET   ' : 'MISSED'} REST CPU/request ≤ twitter-api-v2: ${name} ${seq.toFixed(2)}× sequential, ${conc.toFixed(2)}× 16-concurrent`
  })
  const markdown = [
    `Signed \`GET /1.1/statuses/show/:id.json\` (a ~3 KB tweet) from a local node:http server on 127.0.0.1. Each cell: median (min–max) of ${options.rounds} rounds; each round runs every client in its own process (order rotated per round), ${options.sequential} sequential then ${options.concurrent} requests over 16 concurrent workers, after a warm-up. CPU is the client process's user + system time divided by requests; the server runs in another process. Ratios compare medians of the sequential CPU per request.`,
    '',
    table(head, rows),
  ].join('\n')
  return { markdown, targets, figures }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rounds = Number(process.argv[2] ?? DEFAULT_REST.rounds)
  const result = await runRest({ ...DEFAULT_REST, rounds })
  console.log(`\n${result.markdown}\n\n${result.targets.join('\n')}`)
}
