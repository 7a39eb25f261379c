// The test side of a Node bot workload: the environment the harness gives it, the emulator's admin routes
// (faults, rate limits) over plain HTTP to 127.0.0.1, media fixtures, and a step runner that prints one
// JSON line per step. The client itself is used as its README shows; nothing here touches its code.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const mode = process.env.EMU_MODE
/** The emulator's plain-HTTP origin in direct mode (the client's host setting), else undefined. */
export const directUrl = mode === 'direct' ? process.env.EMU_URL : undefined
/** The emulator's HTTPS origin in direct mode, for clients that only speak https:// (CA in NODE_EXTRA_CA_CERTS). */
export const directHttpsUrl = mode === 'direct' ? process.env.EMU_HTTPS_URL : undefined
export const credentials = JSON.parse(process.env.EMU_CREDENTIALS ?? '{}')
const adminUrl = process.env.EMU_ADMIN_URL
// A client that leaves a promise of its own rejected (twitter-api-v2's concurrent APPENDs after one fails)
// would end the bot; the step already reports the failure, so the next steps still run.
process.on('unhandledRejection', (error) => process.stderr.write(`unhandled rejection: ${error?.message ?? error}\n`))
const skip = new Set((process.env.EMU_SKIP ?? '').split(',').filter(Boolean))

/** Calls an admin route of the emulator (global fetch: never proxied, never the client under test). */
export async function admin(path, body, method = 'POST') {
  const res = await fetch(`${adminUrl}/_emulator/${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  if (!res.ok) throw new Error(`admin ${path}: ${res.status} ${await res.text()}`)
  return res.json()
}

export function check(condition, message) {
  if (!condition) throw new Error(message)
}

/** A 1x1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

/** An MP4-looking file (an `ftyp` box, then filler) large enough to take two 1 MB chunks. */
export function videoFile(bytes = 1_200_000) {
  const data = Buffer.alloc(bytes)
  Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex').copy(data)
  for (let i = 24; i < bytes; i++) data[i] = (i * 2654435761) >>> 24
  const dir = mkdtempSync(join(tmpdir(), 'twython-bot-'))
  const path = join(dir, 'clip.mp4')
  writeFileSync(path, data)
  return { path, data }
}

/** A word no seeded tweet contains, for stream tracking and search. */
export const unique = (prefix) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves with `fn()`'s value, or rejects after `ms` with `what` timed out. */
export function within(ms, what, promise) {
  let timer
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer))
}

function describeError(error) {
  if (!(error instanceof Error)) return (typeof error === 'object' ? JSON.stringify(error) : String(error)).slice(0, 1500)
  const extra = ['code', 'statusCode', 'status', 'data', 'allErrors', 'twitterReply']
    .filter((k) => error[k] !== undefined)
    .map((k) => `${k}=${typeof error[k] === 'object' ? JSON.stringify(error[k]) : error[k]}`)
  return `${error.message}${extra.length ? ` (${extra.join(', ')})` : ''}`.slice(0, 1500)
}

/** Runs the steps in order; one JSON line each. A step that throws fails alone; the next still runs. */
export async function runSteps(steps) {
  for (const [name, fn] of steps) {
    if (skip.has(name)) continue
    let line
    const started = Date.now()
    try {
      const detail = await within(15_000, name, Promise.resolve().then(fn))
      line = { step: name, ok: true, ...(detail === undefined ? {} : { detail }) }
    } catch (error) {
      line = { step: name, ok: false, error: describeError(error) }
    }
    // Elapsed time is reported for people reading the output, never asserted.
    process.stdout.write(`${JSON.stringify({ ...line, ms: Date.now() - started })}\n`)
  }
}
