/**
 * One open stream response on the emulator: frames and writes messages, sends keep-alive newlines, and
 * plays the faults a test asks for (cut a message in half and drop the socket, go silent, dribble one
 * byte per write).
 */
import { stringifyExact } from '../upload/json.js'
import type { ServerResponse } from 'node:http'

export interface StreamConnectionOptions {
  /** `delimited=length`: prefix each message with its byte length (which counts its trailing `\r\n`). */
  readonly lengthDelimited: boolean
  /** `stall_warnings=true`: this connection receives `warning` notices. */
  readonly stallWarnings: boolean
  /** Keep-alive period in milliseconds; 0 disables it. */
  readonly keepAliveMs: number
  /** Start in byte-at-a-time mode. */
  readonly byteAtATime: boolean
  /** Response headers instead of the v1.1 streams' `application/json` ones (the v2 streams send X's). */
  readonly headers?: Readonly<Record<string, string>>
}

const CRLF = Buffer.from('\r\n')

export class StreamConnection {
  readonly options: StreamConnectionOptions
  /** Set by a `stall` fault: nothing more is written, keep-alives included. */
  stalled = false
  /** Set by a `drop-mid-message` fault: the next message is cut in half and the socket destroyed. */
  dropNext = false
  /** Set by a `drop-after` fault: messages still to send whole before the socket is destroyed. */
  dropAfterMessages: number | undefined
  #byteAtATime: boolean
  #queue: Buffer[] = []
  #pumping = false
  #destroyAfterQueue = false
  #endAfterQueue = false
  /** Set once the socket is to be destroyed: later writes are dropped. */
  #dying = false
  #keepAlive: ReturnType<typeof setInterval> | undefined
  #closed = false
  readonly #res: ServerResponse
  readonly #onClose: () => void

  constructor(res: ServerResponse, options: StreamConnectionOptions, onClose: () => void) {
    this.#res = res
    this.options = options
    this.#byteAtATime = options.byteAtATime
    this.#onClose = onClose
    res.writeHead(200, options.headers ?? { 'content-type': 'application/json', 'transfer-encoding': 'chunked', connection: 'close' })
    res.flushHeaders()
    // The socket may close from either side; both end here once.
    res.on('close', () => this.close())
    if (options.keepAliveMs > 0) {
      this.#keepAlive = setInterval(() => {
        if (!this.stalled) this.#write(CRLF)
      }, options.keepAliveMs)
    }
  }

  get closed(): boolean {
    return this.#closed
  }

  set byteAtATime(on: boolean) {
    this.#byteAtATime = on
  }

  /** Frames and writes one message (a JSON-serialisable object or pre-serialised JSON text). */
  send(message: object | string): void {
    if (this.#closed || this.stalled) return
    const json = typeof message === 'string' ? message : stringifyExact(message)
    const body = Buffer.from(`${json}\r\n`)
    const framed = this.options.lengthDelimited ? Buffer.concat([Buffer.from(`${body.length}\r\n`), body]) : body
    if (this.dropNext) {
      this.dropNext = false
      // Cut inside the JSON itself, never on a delimiter, so the client sees a torn message.
      this.#write(framed.subarray(0, Math.max(1, framed.length - body.length + (body.length >> 1))))
      this.#destroyWhenFlushed()
      return
    }
    this.#write(framed)
    if (this.dropAfterMessages !== undefined && --this.dropAfterMessages <= 0) {
      // Every message so far went out whole; the connection then fails as a network drop does.
      this.dropAfterMessages = undefined
      this.#destroyWhenFlushed()
    }
  }

  /** Writes bytes as they are (a v2 error message already framed), unless the stream is closed or stalled. */
  sendRaw(text: string): void {
    if (this.#closed || this.stalled) return
    this.#write(Buffer.from(text))
  }

  /** Ends the response once every queued byte has been written. */
  endWhenFlushed(): void {
    if (this.#closed) return
    if (this.#queue.length === 0) {
      this.#res.end()
      this.close()
    } else {
      this.#endAfterQueue = true
    }
  }

  /** Ends the response normally. */
  end(): void {
    if (this.#closed) return
    this.#res.end()
    this.close()
  }

  /** Tears the socket down without ending the response (a network failure, as the client sees it). */
  destroy(): void {
    this.#res.socket?.destroy()
    this.#res.destroy()
    this.close()
  }

  close(): void {
    if (this.#closed) return
    this.#closed = true
    if (this.#keepAlive) clearInterval(this.#keepAlive)
    this.#queue = []
    this.#onClose()
  }

  #write(bytes: Buffer): void {
    if (this.#closed || this.#dying) return
    if (!this.#byteAtATime && this.#queue.length === 0) {
      this.#res.write(bytes)
      return
    }
    for (let i = 0; i < bytes.length; i++) this.#queue.push(bytes.subarray(i, i + 1))
    this.#pump()
  }

  #destroyWhenFlushed(): void {
    // Nothing more may follow (a keep-alive after a torn half would turn it into a line of broken JSON).
    this.#dying = true
    if (this.#queue.length === 0) {
      // Let the half message leave the socket before tearing it down.
      this.#res.write('', () => this.destroy())
    } else {
      this.#destroyAfterQueue = true
    }
  }

  /** Writes queued bytes one per write, one event-loop turn apart, so each tends to be its own chunk. */
  #pump(): void {
    if (this.#pumping) return
    this.#pumping = true
    const step = () => {
      if (this.#closed) return
      const next = this.#queue.shift()
      if (!next) {
        this.#pumping = false
        if (this.#destroyAfterQueue) this.destroy()
        else if (this.#endAfterQueue) this.end()
        return
      }
      this.#res.write(next, () => setImmediate(step))
    }
    step()
  }
}
