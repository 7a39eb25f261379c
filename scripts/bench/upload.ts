/**
 * Benchmark of the chunked upload (a command, not a test):
 *
 *   npx tsx scripts/bench/upload.ts            # 50 MB and 200 MB
 *   npx tsx scripts/bench/upload.ts 20 100     # other sizes, in MB
 *
 * Uploads generated files to the emulator's upload service on a local node:http server and prints wall
 * time, MB/s and peak RSS growth of `uploadVideo` beside a raw baseline: the file streamed and sent with
 * one bare `fetch` multipart POST per 5 MB segment (no signing, no retries, no checks). Every run is a
 * separate child process, so each RSS figure belongs to that run alone; the server stays in this process
 * and checks each upload's SHA-256. Targets: RSS growth < 64 MB at every size, throughput >= 0.9 x baseline.
 */
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdtemp, open, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createUploadService, startUploadServer } from '../../packages/emulator/src/upload/index.ts'
import { Core } from '../../packages/runtime/src/core.ts'
import { uploadVideo } from '../../packages/runtime/src/upload/index.ts'

const MB = 1024 * 1024
const SEGMENT = 5 * MB

/** One measured upload, as a child reports it. */
interface RunResult {
  mediaId: string
  ms: number
  rssStart: number
  rssPeak: number
}

type Variant = 'baseline' | 'uploadVideo' | 'uploadVideo-5MiB'
const VARIANTS: readonly Variant[] = ['baseline', 'uploadVideo', 'uploadVideo-5MiB']

if (process.argv[2] === '--child') await child(process.argv[3] as Variant, process.argv[4]!, process.argv[5]!)
else await main(process.argv.slice(2).map(Number).filter((n) => n > 0))

async function main(sizesMb: number[]): Promise<void> {
  const sizes = sizesMb.length > 0 ? sizesMb : [50, 200]
  const dir = await mkdtemp(join(tmpdir(), 'twython-bench-'))
  const service = createUploadService()
  const server = await startUploadServer(service)
  try {
    console.log(`node ${process.version}; server ${server.origin}; each run in its own process\n`)
    console.log('size    variant            wall ms    MB/s   vs baseline   peak RSS growth')
    for (const size of sizes) {
      const { path, sha256 } = await generate(dir, size)
      let baseline = 0
      for (const variant of VARIANTS) {
        const run = await runChild(variant, server.origin, path)
        if (service.hashOf(run.mediaId) !== sha256) throw new Error(`${variant}: the server received different bytes`)
        const rate = size / (run.ms / 1000)
        if (variant === 'baseline') baseline = rate
        const growth = (run.rssPeak - run.rssStart) / MB
        console.log(
          `${`${size} MB`.padEnd(8)}${variant.padEnd(19)}${run.ms.toFixed(0).padStart(7)}${rate.toFixed(1).padStart(8)}${(variant === 'baseline' ? '' : `${(rate / baseline).toFixed(2)}x`).padStart(14)}${`${growth.toFixed(1)} MB`.padStart(18)}`,
        )
      }
      await rm(path)
    }
  } finally {
    await server.close()
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
    const proc = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', variant, origin, path], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()))
    proc.on('error', reject)
    proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as RunResult) : reject(new Error(`${variant} exited with ${code}`))))
  })
}

/** Runs one upload and prints its figures as JSON. RSS is sampled every 5 ms and read from maxRSS. */
async function child(variant: Variant, origin: string, path: string): Promise<void> {
  await warmUp(origin)
  const rssStart = process.memoryUsage.rss()
  let rssPeak = rssStart
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 5)
  const started = performance.now()
  const mediaId = variant === 'baseline' ? await baseline(origin, path) : await ours(origin, path, variant === 'uploadVideo' ? undefined : SEGMENT)
  const ms = performance.now() - started
  clearInterval(sampler)
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss(), process.resourceUsage().maxRSS * 1024)
  process.stdout.write(`${JSON.stringify({ mediaId, ms, rssStart, rssPeak } satisfies RunResult)}\n`)
}

/** Loads fetch, FormData and the modules and opens a connection, so that neither run pays for it in time or RSS. */
async function warmUp(origin: string): Promise<void> {
  const core = new Core({ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'x', hosts: { upload: origin } })
  await uploadVideo(core, new Uint8Array(1024), 'video/mp4')
  await postForm(origin, new URLSearchParams({ command: 'STATUS' })).catch(() => undefined)
}

async function ours(origin: string, path: string, chunkSize: number | undefined): Promise<string> {
  const core = new Core({ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'x', hosts: { upload: origin } })
  const result = await uploadVideo(core, path, 'video/mp4', chunkSize ? { chunkSize } : {})
  return result.media_id_string
}

async function postForm(origin: string, body: URLSearchParams | FormData): Promise<string> {
  const response = await fetch(`${origin}/1.1/media/upload.json`, { method: 'POST', body })
  const text = await response.text()
  if (response.status >= 300) throw new Error(`${response.status} ${text}`)
  return text
}

/** The baseline: stream the file, collect 5 MB, one bare fetch per segment. */
async function baseline(origin: string, path: string): Promise<string> {
  const { size } = await stat(path)
  const init = JSON.parse(await postForm(origin, new URLSearchParams({ command: 'INIT', media_type: 'video/mp4', total_bytes: String(size) }))) as { media_id_string: string }
  const mediaId = init.media_id_string
  let index = 0
  for await (const segment of createReadStream(path, { highWaterMark: SEGMENT })) {
    const form = new FormData()
    form.append('command', 'APPEND')
    form.append('media_id', mediaId)
    form.append('segment_index', String(index++))
    form.append('media', new Blob([segment as Buffer]), 'media')
    await postForm(origin, form)
  }
  await postForm(origin, new URLSearchParams({ command: 'FINALIZE', media_id: mediaId }))
  return mediaId
}
