/**
 * A minimal v2 stream reader for tests, on a real socket: it splits the body on `\r\n`, counts the empty
 * lines (X's keep-alives), parses the others as JSON, and says how the connection ended (a clean end of the
 * response, or a drop).
 */
import { request, type ClientRequest, type IncomingHttpHeaders } from 'node:http'
import type { Emulator } from '../../src/index.js'
import { bearerOf } from './v2-helpers.js'

export interface OpenStream {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  /** The body of a refused connection (non-200), parsed. */
  readonly refusal: unknown
  /** Every message so far, parsed. */
  readonly messages: unknown[]
  /** Keep-alive newlines so far. */
  keepAlives: number
  /** Resolves once `count` messages (in total) have arrived. */
  messagesUntil(count: number): Promise<unknown[]>
  /** Resolves once `count` keep-alives (in total) have arrived. */
  keepAlivesUntil(count: number): Promise<void>
  /** How the connection ended: `end` (the server ended the response) or `dropped` (the socket went away first). */
  readonly ended: Promise<'end' | 'dropped'>
  /** Closes it from the client's side. */
  close(): void
}

/** Connects to a v2 stream with the app's bearer token (or `authorization`). */
export async function openStream(emu: Emulator, path: string, query: Record<string, string> = {}, authorization?: string): Promise<OpenStream> {
  const qs = new URLSearchParams(query).toString()
  const auth = authorization ?? `Bearer ${await bearerOf(emu)}`
  let req!: ClientRequest
  return new Promise((resolve, reject) => {
    req = request(`${emu.url}${path}${qs ? `?${qs}` : ''}`, { headers: { authorization: auth }, agent: false })
    req.on('error', (error) => reject(error))
    req.on('response', (res) => {
      const messages: unknown[] = []
      const waiters: (() => void)[] = []
      const wake = () => {
        for (const w of waiters.splice(0)) w()
      }
      let buffer = ''
      let cleanEnd = false
      let endedResolve!: (how: 'end' | 'dropped') => void
      const ended = new Promise<'end' | 'dropped'>((r) => (endedResolve = r))
      const stream: OpenStream = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        refusal: undefined,
        messages,
        keepAlives: 0,
        messagesUntil: (count) => until(() => messages.length >= count).then(() => messages.slice(0, count)),
        keepAlivesUntil: (count) => until(() => stream.keepAlives >= count),
        ended,
        close: () => req.destroy(),
      }
      let finished = false
      const until = (done: () => boolean) =>
        new Promise<void>((ok, fail) => {
          const check = () => {
            if (done()) return ok()
            if (finished) return fail(new Error(`stream ended with ${messages.length} messages and ${stream.keepAlives} keep-alives`))
            waiters.push(check)
          }
          check()
        })
      res.setEncoding('utf8')
      if (res.statusCode !== 200) {
        let text = ''
        res.on('data', (c: string) => (text += c))
        res.on('end', () => {
          finished = true
          endedResolve('end')
          resolve({ ...stream, refusal: JSON.parse(text) })
        })
        return
      }
      res.on('data', (chunk: string) => {
        buffer += chunk
        let at: number
        while ((at = buffer.indexOf('\r\n')) >= 0) {
          const line = buffer.slice(0, at)
          buffer = buffer.slice(at + 2)
          if (line === '') stream.keepAlives++
          else messages.push(JSON.parse(line))
        }
        wake()
      })
      res.on('end', () => (cleanEnd = true))
      res.on('error', () => undefined)
      res.on('close', () => {
        finished = true
        endedResolve(cleanEnd ? 'end' : 'dropped')
        wake()
      })
      resolve(stream)
    })
    req.end()
  })
}
