/**
 * Benchmark of the chunked uploads, v1.1 and X API v2 (a command, not a test):
 *
 *   npx tsx scripts/bench/upload.ts            # 50 MB and 200 MB
 *   npx tsx scripts/bench/upload.ts 20 100     # other sizes, in MB
 *   npx tsx scripts/bench/upload.ts --sweep 200  # also every concurrency from 1 to 8 (to pick the default)
 *
 * Uploads generated files to local node:http servers in this process (v1.1: the emulator's upload service;
 * v2: the test server that speaks X's v2 upload, packages/client/test/v2/upload-server.ts), and prints wall
 * time, MB/s, peak RSS growth and time in garbage-collection pauses (as a share of the wall time) of each client beside
 * a raw baseline: the file streamed and sent with one bare `fetch` multipart POST per 5 MB segment (no
 * signing, no retries, no checks). Ratios are to the raw baseline of the same protocol and to the peer
 * (twitter-api-v2: its v1.1 chunked upload with its default 3 parallel segments, and its v2 `uploadMedia`,
 * which takes a Buffer and sends 1 MB segments one by one). Every run is a separate child process, so each
 * RSS figure belongs to that run alone; the servers check each upload's SHA-256, and a client that delivers
 * different bytes is reported as CORRUPT. Targets: RSS growth < 64 MB at every size, our default upload at
 * least as fast as the raw baseline.
 */
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdtemp, open, readFile, rm, stat } from 'node:fs/promises'
import { Agent } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PerformanceObserver } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { createUploadService, startUploadServer } from '../../packages/emulator/src/upload/index.ts'
import { Core } from '../../packages/runtime/src/core.ts'
import { uploadMediaV2, uploadVideo } from '../../packages/runtime/src/upload/index.ts'
import { appendMediaUploadRoute, finalizeMediaUploadRoute, getMediaUploadStatusRoute, initializeMediaUploadRoute } from '../../packages/client/src/generated/v2/media.ts'
import { startV2UploadServer } from '../../packages/client/test/v2/upload-server.ts'

const MB = 1024 * 1024
const SEGMENT = 5 * MB
const CREDS = { appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'x' }
/** The client's MEDIA_UPLOAD_V2_ROUTES, from the generated module (whose imports are types only). */
const MEDIA_UPLOAD_V2_ROUTES = { initialize: initializeMediaUploadRoute, append: appendMediaUploadRoute, finalize: finalizeMediaUploadRoute, status: getMediaUploadStatusRoute }

/** One measured upload, as a child reports it. */
interface RunResult {
  mediaId: string
  ms: number
  rssStart: number
  rssPeak: number
  cpuMs: number
  gcMs: number
}

type Protocol = 'v1.1' | 'v2'
interface Variant {
  readonly name: string
  readonly protocol: Protocol
  readonly kind: 'raw' | 'ours' | 'peer'
  /** For ours: segment bytes and concurrency (undefined: the defaults). */
  readonly segment?: number
  readonly concurrency?: number
}

const DEFAULTS: readonly Variant[] = [
  { name: 'raw 5 MB, 1 by 1', protocol: 'v1.1', kind: 'raw' },
  { name: 'uploadVideo (default)', protocol: 'v1.1', kind: 'ours' },
  { name: 'uploadVideo c=1', protocol: 'v1.1', kind: 'ours', concurrency: 1 },
  { name: 'uploadVideo 5 MiB', protocol: 'v1.1', kind: 'ours', segment: SEGMENT },
  { name: 'twitter-api-v2 v1', protocol: 'v1.1', kind: 'peer' },
  { name: 'raw 5 MB, 1 by 1', protocol: 'v2', kind: 'raw' },
  { name: 'uploadMedia (default)', protocol: 'v2', kind: 'ours' },
  { name: 'uploadMedia c=1', protocol: 'v2', kind: 'ours', concurrency: 1 },
  { name: 'uploadMedia 5 MiB', protocol: 'v2', kind: 'ours', segment: SEGMENT },
  { name: 'twitter-api-v2 v2', protocol: 'v2', kind: 'peer' },
]
const SWEEP: readonly Variant[] = [1, 2, 3, 4, 6, 8].map((c) => ({ name: `uploadMedia c=${c}`, protocol: 'v2' as const, kind: 'ours' as const, concurrency: c }))
/** Milliseconds the servers hold each APPEND answer with `--latency`, standing in for a network round trip. */
let latencyMs = 0

if (process.argv[2] === '--child') await child(JSON.parse(process.argv[3]!) as Variant, process.argv[4]!, process.argv[5]!)
else await main(process.argv.slice(2))

async function main(args: string[]): Promise<void> {
  const sweep = args.includes('--sweep')
  const option = (name: string, fallback: number): number => {
    const at = args.indexOf(name)
    return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback
  }
  const rounds = option('--rounds', 3)
  latencyMs = option('--latency', 0)
  const sizesMb = args.map(Number).filter((n) => n > 0)
  const sizes = sizesMb.length > 0 ? sizesMb : [50, 200]
  const dir = await mkdtemp(join(tmpdir(), 'twython-bench-'))
  // No simulated processing: the peer infers a video category, and nobody should wait on STATUS here.
  const v1Service = createUploadService({ asyncProcessing: 'never' })
  const delay = latencyMs > 0 ? () => new Promise<void>((r) => setTimeout(r, latencyMs)) : undefined
  const v1 = await startUploadServer(v1Service, delay ? { beforeHandle: async (_req, body) => void (body.includes('APPEND') && (await delay())) } : {})
  const v2 = await startV2UploadServer({ processing: { checkAfterSecs: 0, steps: 0 }, ...(latencyMs ? { latencyMs } : {}) })
  const hashOf = (protocol: Protocol, id: string) => (protocol === 'v1.1' ? v1Service.hashOf(id) : v2.hashOf(id))
  try {
    console.log(`node ${process.version}; each run in its own process, median of ${rounds} rounds (variants alternate within a round); ours: 1 MiB segments, 4 in flight by default${latencyMs ? `; every request held ${latencyMs} ms by the server (a stand-in for a network round trip)` : ''}\n`)
    console.log('size    protocol  client                   wall ms    MB/s   vs raw   vs peer   peak RSS growth   GC pauses')
    for (const size of sizes) {
      const { path, sha256 } = await generate(dir, size)
      const variants = sweep ? [...DEFAULTS, ...SWEEP] : DEFAULTS
      const runs = new Map<Variant, (RunResult | { error: string })[]>(variants.map((v) => [v, []]))
      for (let round = 0; round < rounds; round++) {
        for (const variant of variants) {
          const run = await runChild(variant, variant.protocol === 'v1.1' ? v1.origin : v2.origin, path).catch((error: Error) => ({ error: error.message }))
          runs.get(variant)!.push(run)
        }
      }
      const rows: { variant: Variant; rate: number; run: RunResult | { error: string }; corrupt: boolean }[] = []
      for (const variant of variants) {
        const all = runs.get(variant)!
        const failed = all.find((r) => 'error' in r)
        if (failed) {
          rows.push({ variant, rate: Number.NaN, run: failed, corrupt: false })
          continue
        }
        const ok = (all as RunResult[]).toSorted((a, b) => a.ms - b.ms)
        const run = ok[Math.floor(ok.length / 2)]!
        // RSS is the worst round's: a bound has to hold every time.
        const worst = ok.reduce((a, b) => (b.rssPeak - b.rssStart > a.rssPeak - a.rssStart ? b : a))
        rows.push({ variant, rate: size / (run.ms / 1000), run: { ...run, rssStart: worst.rssStart, rssPeak: worst.rssPeak }, corrupt: ok.some((r) => hashOf(variant.protocol, r.mediaId) !== sha256) })
      }
      for (const { variant, rate, run, corrupt } of rows) {
        const label = `${`${size} MB`.padEnd(8)}${variant.protocol.padEnd(10)}${variant.name.padEnd(23)}`
        if ('error' in run) {
          console.log(`${label}   FAILED: ${run.error}`)
          continue
        }
        const raw = rows.find((r) => r.variant.protocol === variant.protocol && r.variant.kind === 'raw')!.rate
        const peer = rows.find((r) => r.variant.protocol === variant.protocol && r.variant.kind === 'peer')!.rate
        const growth = (run.rssPeak - run.rssStart) / MB
        const vsRaw = variant.kind === 'raw' ? '' : `${(rate / raw).toFixed(2)}x`
        const vsPeer = variant.kind === 'peer' ? '' : Number.isNaN(peer) ? 'n/a' : `${(rate / peer).toFixed(2)}x`
        const gc = `${((100 * run.gcMs) / run.ms).toFixed(0)}%`
        console.log(
          `${label}${run.ms.toFixed(0).padStart(9)}${rate.toFixed(1).padStart(8)}${vsRaw.padStart(9)}${vsPeer.padStart(10)}${`${growth.toFixed(1)} MB`.padStart(18)}${gc.padStart(14)}${corrupt ? '   CORRUPT: the server received different bytes' : ''}`,
        )
      }
      await rm(path)
    }
  } finally {
    await v1.close()
    await v2.close()
    await rm(dir, { recursive: true, force: true })
  }
}

/** Writes `sizeMb` MB of distinct 1 MB blocks and returns the file's SHA-256. */
async function generate(dir: string, sizeMb: number): Promise<{ path: string; sha256: string }> {
  const path = join(dir, `media-${sizeMb}.bin`)
  const hash = createHash('sha256')
  const file = await open(path, 'w')
  const block = randomBytes(MB)
  for (let i = 0; i < sizeMb; i++) {
    block.writeUInt32BE(i, 0)
    hash.update(block)
    await file.write(block)
  }
  await file.close()
  return { path, sha256: hash.digest('hex') }
}

function runChild(variant: Variant, origin: string, path: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', JSON.stringify(variant), origin, path], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()))
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()))
    proc.on('error', reject)
    // A failure is reported in its row (the first line of what the client threw), not fatal to the run.
    const reason = () => /^\S*Error[^\n]*|^[^\n]*\b(?:Error|refused)\b[^\n]*/m.exec(err)?.[0]?.slice(0, 160) ?? `exit code`
    proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as RunResult) : reject(new Error(`exit ${code}: ${reason()}`))))
  })
}

/** Runs one upload and prints its figures as JSON. RSS is sampled every 5 ms and read from maxRSS; GC time from the gc performance entries. */
async function child(variant: Variant, origin: string, path: string): Promise<void> {
  const upload = await prepare(variant, origin)
  await upload(null)
  let gcMs = 0
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration
  })
  observer.observe({ entryTypes: ['gc'] })
  const rssStart = process.memoryUsage.rss()
  let rssPeak = rssStart
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 5)
  const cpu = process.cpuUsage()
  const started = performance.now()
  const mediaId = await upload(path)
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  clearInterval(sampler)
  await new Promise((r) => setImmediate(r))
  observer.disconnect()
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss(), process.resourceUsage().maxRSS * 1024)
  process.stdout.write(`${JSON.stringify({ mediaId, ms, rssStart, rssPeak, cpuMs: (used.user + used.system) / 1000, gcMs } satisfies RunResult)}\n`)
}

/**
 * The client of a variant: called once with `null` to warm up (load modules, open a connection, so that
 * neither time nor RSS pays for it), then with the file.
 */
async function prepare(variant: Variant, origin: string): Promise<(path: string | null) => Promise<string>> {
  if (variant.kind === 'raw') return (path) => (variant.protocol === 'v1.1' ? rawV1(origin, path) : rawV2(origin, path))
  if (variant.kind === 'peer') return peer(variant.protocol, origin)
  const core = new Core({ ...CREDS, hosts: { upload: origin, v2: origin } })
  const options = { ...(variant.segment ? { chunkSize: variant.segment } : {}), ...(variant.concurrency ? { concurrency: variant.concurrency } : {}) }
  if (variant.protocol === 'v1.1') return async (path) => (await uploadVideo(core, path ?? new Uint8Array(1024), 'video/mp4', options)).media_id_string
  const { chunkSize, ...rest } = options
  return async (path) => (await uploadMediaV2(core, path ?? new Uint8Array(1024), { mediaType: 'video/mp4', ...rest, ...(chunkSize ? { segmentBytes: chunkSize } : {}), routes: MEDIA_UPLOAD_V2_ROUTES })).id
}

async function post(url: string, body: URLSearchParams | FormData | string, contentType?: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', body, ...(contentType ? { headers: { 'content-type': contentType } } : {}) })
  const text = await response.text()
  if (response.status >= 300) throw new Error(`${response.status} ${text}`)
  return text
}

/** The v1.1 baseline: stream the file, collect 5 MB, one bare fetch per segment. */
async function rawV1(origin: string, path: string | null): Promise<string> {
  const url = `${origin}/1.1/media/upload.json`
  const size = path ? (await stat(path)).size : 1024
  const init = JSON.parse(await post(url, new URLSearchParams({ command: 'INIT', media_type: 'video/mp4', total_bytes: String(size) }))) as { media_id_string: string }
  const mediaId = init.media_id_string
  let index = 0
  for await (const segment of path ? createReadStream(path, { highWaterMark: SEGMENT }) : [Buffer.alloc(1024)]) {
    const form = new FormData()
    form.append('command', 'APPEND')
    form.append('media_id', mediaId)
    form.append('segment_index', String(index++))
    form.append('media', new Blob([segment as Buffer]), 'media')
    await post(url, form)
  }
  await post(url, new URLSearchParams({ command: 'FINALIZE', media_id: mediaId }))
  return mediaId
}

/** The v2 baseline: the same, on v2's initialize / append / finalize. */
async function rawV2(origin: string, path: string | null): Promise<string> {
  const size = path ? (await stat(path)).size : 1024
  const init = JSON.parse(await post(`${origin}/2/media/upload/initialize`, JSON.stringify({ media_type: 'video/mp4', total_bytes: size }), 'application/json')) as { data: { id: string } }
  const id = init.data.id
  let index = 0
  for await (const segment of path ? createReadStream(path, { highWaterMark: SEGMENT }) : [Buffer.alloc(1024)]) {
    const form = new FormData()
    form.append('segment_index', String(index++))
    form.append('media', new Blob([segment as Buffer]), 'media')
    await post(`${origin}/2/media/upload/${id}/append`, form)
  }
  await post(`${origin}/2/media/upload/${id}/finalize`, '')
  return id
}

/**
 * twitter-api-v2 pointed at the local servers. Its upload URLs are constants of its CommonJS build
 * (`globals.js`), read at call time (v1.1) or when a client is made (v2); they are set before the client is
 * made. Its requests go through `https.request`, which takes an http: URL with an http agent; the agent's
 * `lookup` sends `upload.x.com` to 127.0.0.1.
 */
async function peer(protocol: Protocol, origin: string): Promise<(path: string | null) => Promise<string>> {
  const require = createRequire(import.meta.url)
  const globals = require('twitter-api-v2/dist/cjs/globals.js') as Record<string, string>
  // It picks multipart for APPEND only when the host is upload.x.com: keep that name, resolved to the local server.
  const { port } = new URL(origin)
  globals.API_V1_1_UPLOAD_PREFIX = `http://upload.x.com:${port}/1.1/`
  globals.API_V2_PREFIX = `${origin}/2/`
  const { TwitterApi } = require('twitter-api-v2') as typeof import('twitter-api-v2')
  const lookup = (_host: string, options: { all?: boolean }, done: (...args: unknown[]) => void) => (options.all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4))
  const client = new TwitterApi({ appKey: CREDS.appKey, appSecret: CREDS.appSecret, accessToken: CREDS.oauthToken, accessSecret: CREDS.oauthTokenSecret }, { httpAgent: new Agent({ keepAlive: true, lookup } as never) })
  if (protocol === 'v1.1') return (path) => client.v1.uploadMedia(path ?? Buffer.alloc(1024), { mimeType: 'video/mp4', target: 'tweet' })
  // Its v2 upload takes the whole media as one Buffer.
  return async (path) => client.v2.uploadMedia(path ? await readFile(path) : Buffer.alloc(1024), { media_type: 'video/mp4' } as never)
}
