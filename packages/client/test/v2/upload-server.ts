/**
 * A local node:http server that speaks X API v2's chunked upload as X's OpenAPI document describes it, for
 * tests and the upload benchmark (the emulator's v2 upload is someone else's, and tests must not depend on
 * it):
 *
 * - `POST /2/media/upload/initialize`, JSON `{ media_type, total_bytes, media_category?, shared?,
 *   additional_owners? }` -> `{ data: { id, media_key, expires_after_secs } }`;
 * - `POST /2/media/upload/{id}/append`, multipart with `segment_index` and the `media` file part ->
 *   `{ data: { expires_at } }`; segments in any order;
 * - `POST /2/media/upload/{id}/finalize` (no body): every segment from 0 present and their sizes adding up
 *   to `total_bytes`, else a 400 problem; -> `{ data: { id, media_key, size, expires_after_secs,
 *   processing_info? } }` (processing for the video and GIF categories);
 * - `GET /2/media/upload?command=STATUS&media_id=…` -> `{ data: { …, processing_info } }`.
 *
 * It hashes the assembled bytes in segment order as they arrive (holding only segments that arrived ahead
 * of a gap), so a test can compare them with the input without the server keeping a whole upload in memory.
 * It checks the credentials of every request: a bearer token, or an OAuth 1.0a signature verified with the
 * runtime tests' own code (runtime/test/server.ts), which signs only the query and the OAuth parameters of
 * a JSON or multipart request, never its body. Faults: a segment failing once (a status or a reset
 * connection), a segment's answer held back until released (out-of-order acknowledgements), processing
 * that fails with X's error.
 */
import { createHash, type Hash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { verifyOAuth1, type Recorded } from '../../../runtime/test/server.js'

/** Who may call: a bearer token (an OAuth 2.0 user token), or OAuth 1.0a with these secrets. */
export type UploadAuth = { readonly bearer: string } | { readonly oauth1: { readonly consumerSecret: string; readonly tokenSecret: string } }

export interface V2UploadServerOptions {
  /** Checked on every request; omitted: anything goes (the benchmark). */
  readonly auth?: UploadAuth
  /** Processing of the async categories: status answers `in_progress` `steps` times, then `succeeded`. */
  readonly processing?: { readonly checkAfterSecs?: number; readonly steps?: number }
  /** Milliseconds every APPEND answer is held back (the benchmark's stand-in for a network round trip). */
  readonly latencyMs?: number
}

/** What one request looked like, without its body. */
export interface SeenRequest {
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
  readonly headers: IncomingMessage['headers']
  /** `append` only: the segment index. */
  readonly segmentIndex?: number
}

export interface V2UploadServer {
  readonly origin: string
  /**
   * `initialize`, `append:<i>` (on arrival), `ack:<i>` (on the 200), `closed:<i>` (a held segment whose
   * connection the client closed), `finalize`, `status`, in order.
   */
  readonly log: string[]
  readonly requests: SeenRequest[]
  /** Requests whose credentials failed the check (and got X's 401). */
  readonly authFailures: string[]
  /** Segments appended again after the server had acknowledged them (must stay empty). */
  readonly resentAfterAck: number[]
  /** The largest number of APPENDs the server was handling at once. */
  readonly maxAppendsInFlight: number
  /** The media ids issued. */
  mediaIds(): string[]
  /** SHA-256 (hex) of the bytes of a finalized upload in segment order. */
  hashOf(mediaId: string): string | undefined
  /** The `initialize` body of a media id. */
  initOf(mediaId: string): Record<string, unknown> | undefined
  /** The next APPEND of `segmentIndex` fails once with `status` (the segment is not stored) or a reset connection. */
  failSegmentOnce(segmentIndex: number, fault: number | 'reset'): void
  /** The answer to segment `segmentIndex` waits until `release()` (the segment is stored when it arrives). */
  holdSegment(segmentIndex: number): { readonly arrived: Promise<void>; readonly closed: Promise<void>; release(): void }
  /** Processing ends in `failed` with this error. */
  failProcessing(error: { code: number; name: string; message: string }): void
  /** Resolves when `check(log)` holds (checked after every request). */
  waitFor(check: (log: readonly string[]) => boolean): Promise<void>
  close(): Promise<void>
}

interface Upload {
  readonly id: string
  readonly mediaKey: string
  readonly init: Record<string, unknown>
  readonly totalBytes: number
  readonly hash: Hash
  /** Segments that arrived before a segment with a lower index. */
  readonly ahead: Map<number, Buffer>
  readonly acknowledged: Set<number>
  next: number
  received: number
  digest?: string
  finalized: boolean
  statusChecks: number
}

const ASYNC_CATEGORIES = new Set(['tweet_video', 'tweet_gif', 'dm_video', 'dm_gif', 'amplify_video'])
const MAX_SEGMENT = 5 * 1024 * 1024

/** Starts the server on a free loopback port. */
export async function startV2UploadServer(options: V2UploadServerOptions = {}): Promise<V2UploadServer> {
  const uploads = new Map<string, Upload>()
  const log: string[] = []
  const requests: SeenRequest[] = []
  const authFailures: string[] = []
  const resentAfterAck: number[] = []
  const faults = new Map<number, (number | 'reset')[]>()
  const holds = new Map<number, { arrived: () => void; closed: () => void; released: Promise<void> }>()
  const waiters: { check: (log: readonly string[]) => boolean; resolve: () => void }[] = []
  let processingError: { code: number; name: string; message: string } | undefined
  let nextId = 1880028106020515840n
  let appendsInFlight = 0
  let maxAppendsInFlight = 0
  const checkAfterSecs = options.processing?.checkAfterSecs ?? 1
  const steps = options.processing?.steps ?? 1

  const notify = (): void => {
    for (const waiter of [...waiters]) {
      if (waiter.check(log)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve()
      }
    }
  }
  const send = (res: ServerResponse, status: number, body: unknown): void => {
    const text = JSON.stringify(body)
    res.writeHead(status, { 'content-type': status < 300 ? 'application/json; charset=utf-8' : 'application/problem+json', 'content-length': Buffer.byteLength(text) })
    res.end(text)
  }
  const problem = (res: ServerResponse, status: number, title: string, detail: string): void =>
    send(res, status, { title, detail, type: status === 401 ? 'about:blank' : 'https://api.x.com/2/problems/invalid-request', status })

  function authorized(req: IncomingMessage, url: URL): boolean {
    const auth = options.auth
    if (!auth) return true
    const header = req.headers.authorization
    if ('bearer' in auth) return header === `Bearer ${auth.bearer}`
    // The body is never part of the signature here: JSON and multipart bodies are not signed.
    const recorded: Recorded = { method: req.method!, url, headers: req.headers, body: Buffer.alloc(0) }
    return typeof header === 'string' && header.startsWith('OAuth ') && verifyOAuth1(recorded, auth.oauth1.consumerSecret, auth.oauth1.tokenSecret)
  }

  function view(upload: Upload): Record<string, unknown> {
    return { id: upload.id, media_key: upload.mediaKey, size: upload.totalBytes, expires_after_secs: 86_400 }
  }

  function processingInfo(upload: Upload): Record<string, unknown> | undefined {
    if (!ASYNC_CATEGORIES.has(String(upload.init.media_category))) return undefined
    if (upload.statusChecks === 0) return { state: 'pending', check_after_secs: checkAfterSecs }
    if (upload.statusChecks > steps) {
      if (processingError) return { state: 'failed', progress_percent: 40, error: processingError }
      return { state: 'succeeded', progress_percent: 100 }
    }
    return { state: 'in_progress', check_after_secs: checkAfterSecs, progress_percent: Math.round((100 * upload.statusChecks) / (steps + 1)) }
  }

  /** Takes a segment: hashed now when it is next in order, else kept until the gap before it fills. */
  function store(upload: Upload, index: number, data: Buffer): void {
    if (index < upload.next || upload.ahead.has(index)) return
    upload.received += data.length
    if (index !== upload.next) {
      upload.ahead.set(index, data)
      return
    }
    upload.hash.update(data)
    upload.next++
    for (let more = upload.ahead.get(upload.next); more; more = upload.ahead.get(upload.next)) {
      upload.ahead.delete(upload.next)
      upload.hash.update(more)
      upload.next++
    }
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url!, `http://${req.headers.host}`)
    const path = url.pathname
    const append = /^\/2\/media\/upload\/(\d{1,19})\/append$/.exec(path)
    if (append) {
      appendsInFlight++
      maxAppendsInFlight = Math.max(maxAppendsInFlight, appendsInFlight)
      res.on('close', () => appendsInFlight--)
    }
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)
    const seen: { -readonly [K in keyof SeenRequest]: SeenRequest[K] } = { method: req.method!, path, query: url.searchParams, headers: req.headers }
    requests.push(seen)
    try {
      if (!authorized(req, url)) {
        authFailures.push(`${req.method} ${path}`)
        return problem(res, 401, 'Unauthorized', 'Unauthorized')
      }
      if (req.method === 'POST' && path === '/2/media/upload/initialize') {
        log.push('initialize')
        const init = JSON.parse(body.toString('utf8')) as Record<string, unknown>
        const total = init.total_bytes
        if (typeof init.media_type !== 'string' || typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0) return problem(res, 400, 'Invalid Request', 'media_type and total_bytes are required')
        const id = String(nextId++)
        const mediaKey = `${ASYNC_CATEGORIES.has(String(init.media_category)) ? 7 : 3}_${id}`
        uploads.set(id, { id, mediaKey, init, totalBytes: total, hash: createHash('sha256'), ahead: new Map(), acknowledged: new Set(), next: 0, received: 0, finalized: false, statusChecks: 0 })
        return send(res, 200, { data: { id, media_key: mediaKey, expires_after_secs: 86_400 } })
      }
      if (append && req.method === 'POST') {
        const upload = uploads.get(append[1]!)
        if (!upload || upload.finalized) return problem(res, 400, 'Invalid Request', 'Unknown or finalized media id')
        const parts = parseMultipart(body, String(req.headers['content-type'] ?? ''))
        const rawIndex = parts.get('segment_index')?.data.toString('utf8')
        const media = parts.get('media')
        if (rawIndex === undefined || !/^\d{1,3}$/.test(rawIndex) || !media) return problem(res, 400, 'Invalid Request', 'segment_index and the media part are required')
        if ([...parts.keys()].some((name) => name !== 'segment_index' && name !== 'media')) return problem(res, 400, 'Invalid Request', 'Unknown field')
        const index = Number(rawIndex)
        seen.segmentIndex = index
        log.push(`append:${index}`)
        if (media.data.length > MAX_SEGMENT) return problem(res, 400, 'Invalid Request', 'Segment larger than 5 MB')
        const fault = faults.get(index)?.shift()
        if (fault === 'reset') return void req.socket.destroy()
        if (fault !== undefined) return problem(res, fault, 'Service Unavailable', 'Try again')
        if (upload.acknowledged.has(index)) resentAfterAck.push(index)
        store(upload, index, media.data)
        const hold = holds.get(index)
        if (hold) {
          holds.delete(index)
          hold.arrived()
          req.socket.once('close', hold.closed)
          await hold.released
          // The client gave up on this request (an abort closes its connection): no answer can reach it.
          if (req.socket.destroyed) return void log.push(`closed:${index}`)
        }
        if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs))
        upload.acknowledged.add(index)
        log.push(`ack:${index}`)
        return send(res, 200, { data: { expires_at: Math.floor(Date.now() / 1000) + 86_400 } })
      }
      const finalize = /^\/2\/media\/upload\/(\d{1,19})\/finalize$/.exec(path)
      if (finalize && req.method === 'POST') {
        log.push('finalize')
        const upload = uploads.get(finalize[1]!)
        if (!upload) return problem(res, 400, 'Invalid Request', 'Unknown media id')
        if (upload.ahead.size > 0 || upload.received !== upload.totalBytes) {
          return problem(res, 400, 'Invalid Request', `Received ${upload.received} of ${upload.totalBytes} bytes${upload.ahead.size ? `, segment ${upload.next} missing` : ''}`)
        }
        upload.finalized = true
        upload.digest = upload.hash.digest('hex')
        const processing = processingInfo(upload)
        return send(res, 200, { data: { ...view(upload), ...(processing ? { processing_info: processing } : {}) } })
      }
      if (req.method === 'GET' && path === '/2/media/upload') {
        log.push('status')
        const upload = uploads.get(url.searchParams.get('media_id') ?? '')
        if (url.searchParams.get('command') !== 'STATUS' || !upload?.finalized) return problem(res, 400, 'Invalid Request', 'Unknown media id or command')
        upload.statusChecks++
        const processing = processingInfo(upload)
        return send(res, 200, { data: { ...view(upload), ...(processing ? { processing_info: processing } : {}) } })
      }
      return problem(res, 404, 'Not Found', `${req.method} ${path}`)
    } finally {
      notify()
    }
  })
  const sockets = new Set<Socket>()
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    requests,
    authFailures,
    resentAfterAck,
    get maxAppendsInFlight() {
      return maxAppendsInFlight
    },
    mediaIds: () => [...uploads.keys()],
    hashOf: (id) => uploads.get(id)?.digest,
    initOf: (id) => uploads.get(id)?.init,
    failSegmentOnce(index, fault) {
      faults.set(index, [...(faults.get(index) ?? []), fault])
    },
    holdSegment(index) {
      let arrived!: () => void
      let closed!: () => void
      let release!: () => void
      const arrival = new Promise<void>((resolve) => (arrived = resolve))
      const closing = new Promise<void>((resolve) => (closed = resolve))
      holds.set(index, { arrived, closed, released: new Promise<void>((resolve) => (release = resolve)) })
      return { arrived: arrival, closed: closing, release: () => release() }
    },
    failProcessing(error) {
      processingError = error
    },
    waitFor(check) {
      if (check(log)) return Promise.resolve()
      return new Promise((resolve) => waiters.push({ check, resolve }))
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Parses a multipart/form-data body (the boundary from the content type) into its parts by name. */
export function parseMultipart(body: Buffer, contentType: string): Map<string, { data: Buffer; filename?: string }> {
  const parts = new Map<string, { data: Buffer; filename?: string }>()
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  if (!/^multipart\/form-data/i.test(contentType) || !boundary) return parts
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`)
  let at = body.indexOf(delimiter)
  while (at !== -1) {
    const start = at + delimiter.length
    if (body[start] === 0x2d && body[start + 1] === 0x2d) break // the closing `--boundary--`
    const headersEnd = body.indexOf('\r\n\r\n', start)
    if (headersEnd === -1) break
    const headers = body.subarray(start + 2, headersEnd).toString('utf8')
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headersEnd + 4)
    if (next === -1) break
    const disposition = /content-disposition:\s*form-data;\s*name="([^"]*)"(?:;\s*filename="([^"]*)")?/i.exec(headers)
    if (disposition) parts.set(disposition[1]!, { data: body.subarray(headersEnd + 4, next), ...(disposition[2] !== undefined ? { filename: disposition[2] } : {}) })
    at = next + 2
  }
  return parts
}
