/**
 * One worker process of the multi-process tests: makes `calls` calls (`concurrency` at a time) with
 * `rateLimit: { wait: true }`, sharing the budget through Redis when given a URL, and prints one JSON line:
 * calls that succeeded, those that failed (and why), and the rate-limit store warnings it saw.
 * It starts when the parent writes a line to its stdin, so that all workers begin together.
 */
import { Twython, TwythonRateLimitError } from '@twython/client'
import { RedisRateLimitStore } from '@twython/redis'

interface Config {
  readonly credentials: ConstructorParameters<typeof Twython>[0]
  readonly hosts: Record<string, string>
  readonly redisUrl: string | null
  readonly calls: number
  readonly concurrency: number
}

const config = JSON.parse(process.env.TWYTHON_WORKER!) as Config
const warnings: string[] = []
process.on('warning', (w) => {
  if ((w as { code?: string }).code === 'TWYTHON_RATE_LIMIT_STORE') warnings.push(w.message)
})
const store = config.redisUrl ? new RedisRateLimitStore({ url: config.redisUrl }) : undefined
const twitter = new Twython({ ...config.credentials, hosts: config.hosts, rateLimit: { wait: true, ...(store ? { store } : {}) } })

process.stdout.write('ready\n')
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()))

let ok = 0
const failed: string[] = []
let next = 0
async function lane(): Promise<void> {
  while (next < config.calls) {
    next++
    try {
      await twitter.verifyCredentials()
      ok++
    } catch (error) {
      failed.push(`${error instanceof TwythonRateLimitError ? '429' : 'error'}: ${(error as Error).message}`)
    }
  }
}
await Promise.all(Array.from({ length: config.concurrency }, lane))
await store?.close()
process.stdout.write(`${JSON.stringify({ ok, failed, warnings })}\n`)
process.stdin.destroy()
