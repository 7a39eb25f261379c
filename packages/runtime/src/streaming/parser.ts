/**
 * The stream parser: bytes in, JSON values out. Pure (no I/O, no timers), so it can be driven by a
 * socket, a test or a benchmark alike.
 *
 * Why bytes first: a chunk boundary may fall inside a multi-byte UTF-8 character. Decoding chunk by
 * chunk turns both halves into U+FFFD and silently corrupts the message, so the parser finds the
 * delimiters in the raw bytes (`Buffer.indexOf`, which is memchr-fast) and decodes each complete
 * message exactly once. Lines that fit in one chunk are decoded straight out of that chunk without a
 * copy; only a message spanning chunks is concatenated, once.
 */
import { Buffer, isUtf8 } from '#buffer'

/** How messages are separated on the wire. */
export type StreamFraming =
  /** Twitter's default: one JSON message per `\r\n`-terminated line; blank lines are keep-alives. */
  | 'lines'
  /** `delimited=length`: each message is preceded by a line holding its byte length. */
  | 'length'

/** Why a piece of the stream could not be delivered as a message. */
export type ParseProblemReason =
  /** The line is complete but is not JSON. */
  | 'invalid-json'
  /** The line is not valid UTF-8. */
  | 'invalid-utf8'
  /** The line (or announced length) exceeds `maxLineBytes`; it was dropped without being buffered. */
  | 'oversized'
  /** With `delimited=length`, a length line that is not a number. */
  | 'bad-length'

/** A garbled or oversized piece of the stream, reported instead of delivered; the stream carries on. */
export interface ParseProblem {
  readonly reason: ParseProblemReason
  /** Byte length of the dropped line or message (for an oversized line: the bytes seen when it was dropped). */
  readonly byteLength: number
  /** The first bytes of the dropped text (at most 120 characters), for logs. */
  readonly preview: string
}

/** Receives what the parser finds, in stream order. */
export interface ParserSink {
  message(value: unknown): void
  problem(problem: ParseProblem): void
}

/** Options of {@link StreamParser}. */
export interface StreamParserOptions {
  /** @default 'lines' */
  readonly framing?: StreamFraming
  /**
   * Largest message kept in memory. A longer line is dropped as soon as it crosses the cap, reported
   * once as `oversized`, and the parser resynchronises at the next delimiter.
   * @default 16 MiB
   */
  readonly maxLineBytes?: number
}

/** Default {@link StreamParserOptions.maxLineBytes}: 16 MiB, far above any Twitter message. */
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024

const LF = 10
const CR = 13
const REPLACEMENT = '\uFFFD'
/** A length line longer than this is garbage, not a number. */
const MAX_LENGTH_LINE = 32

/**
 * Splits a byte stream into JSON messages. Feed it chunks of any size with {@link StreamParser.push};
 * it calls the sink once per complete message, skipping keep-alive blank lines.
 *
 * @example
 * ```ts
 * const parser = new StreamParser({ message: (m) => console.log(m), problem: (p) => console.warn(p) })
 * parser.push(Buffer.from('{"text":"caf\xC3'))   // split inside "é"
 * parser.push(Buffer.from('\xA9"}\r\n\r\n'))       // logs { text: 'café' }; the blank line is a keep-alive
 * ```
 */
export class StreamParser {
  readonly framing: StreamFraming
  readonly maxLineBytes: number
  readonly #sink: ParserSink
  /** Bytes of the current incomplete line or message, copied out of earlier chunks. */
  #pending: Buffer[] = []
  #pendingBytes = 0
  /** Inside an oversized line: drop bytes until its delimiter. */
  #discarding = false
  /** Length framing: bytes of the current message still to read, or -1 while reading a length line. */
  #bodyBytes = -1
  /** Length framing: bytes of an oversized message still to skip. */
  #skipBytes = 0

  constructor(sink: ParserSink, options: StreamParserOptions = {}) {
    this.#sink = sink
    this.framing = options.framing ?? 'lines'
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES
  }

  /** Bytes held for an incomplete message (bounded by `maxLineBytes`). */
  get bufferedBytes(): number {
    return this.#pendingBytes
  }

  /** Forgets any partial message: call between connections so a torn message is never completed by the next one. */
  reset(): void {
    this.#pending = []
    this.#pendingBytes = 0
    this.#discarding = false
    this.#bodyBytes = -1
    this.#skipBytes = 0
  }

  /** Feeds the next chunk of the stream. */
  push(input: Uint8Array): void {
    const chunk = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength)
    if (this.framing === 'lines') this.#pushLines(chunk)
    else this.#pushLength(chunk, 0)
  }

  #pushLines(chunk: Buffer): void {
    const end = chunk.length
    let start = 0
    if (this.#pendingBytes > 0 || this.#discarding) {
      const nl = chunk.indexOf(LF)
      if (nl === -1) {
        this.#hold(chunk, 0, end)
        return
      }
      this.#finishHeldLine(chunk, nl, false)
      start = nl + 1
    }
    // The hot loop: lines wholly inside this chunk, decoded in place.
    while (start < end) {
      const nl = chunk.indexOf(LF, start)
      if (nl === -1) break
      this.#line(chunk, start, nl)
      start = nl + 1
    }
    if (start < end) this.#hold(chunk, start, end)
  }

  /** Completes the held line with `chunk[0, nl)` and hands it on (as a message, or as a length line). */
  #finishHeldLine(chunk: Buffer, nl: number, isLengthLine: boolean): void {
    if (this.#discarding) {
      this.#discarding = false
      return
    }
    const total = this.#pendingBytes + nl
    if (total > this.maxLineBytes) {
      this.#dropHeld(total)
      return
    }
    this.#pending.push(chunk.subarray(0, nl))
    const line = Buffer.concat(this.#pending, total)
    this.#pending = []
    this.#pendingBytes = 0
    if (isLengthLine) this.#lengthLine(line, 0, line.length)
    else this.#line(line, 0, line.length)
  }

  /** Keeps `chunk[from, to)` for a line that continues in a later chunk, unless that breaks the cap. */
  #hold(chunk: Buffer, from: number, to: number): void {
    if (this.#discarding) return
    const total = this.#pendingBytes + (to - from)
    if (total > this.maxLineBytes) {
      this.#dropHeld(total)
      this.#discarding = true
      return
    }
    // Copy: the tail is small, and a view would pin the whole chunk (and callers may reuse it).
    this.#pending.push(Buffer.from(chunk.subarray(from, to)))
    this.#pendingBytes = total
  }

  #dropHeld(total: number): void {
    const first = this.#pending[0]
    const preview = first ? first.toString('utf8', 0, Math.min(first.length, 120)) : ''
    this.#pending = []
    this.#pendingBytes = 0
    this.#sink.problem({ reason: 'oversized', byteLength: total, preview })
  }

  /** One complete line `buf[from, to)` without its `\n`. */
  #line(buf: Buffer, from: number, to: number): void {
    if (to > from && buf[to - 1] === CR) to--
    if (to === from) return // keep-alive
    if (to - from > this.maxLineBytes) {
      this.#sink.problem({ reason: 'oversized', byteLength: to - from, preview: buf.toString('utf8', from, from + 120) })
      return
    }
    this.#decode(buf, from, to)
  }

  #decode(buf: Buffer, from: number, to: number): void {
    const text = buf.toString('utf8', from, to)
    // The decoder never throws; it substitutes U+FFFD. Only when one appears is the (rarer) strict check
    // paid for, since a tweet may legitimately contain U+FFFD.
    if (text.includes(REPLACEMENT) && !isUtf8(buf.subarray(from, to))) {
      this.#sink.problem({ reason: 'invalid-utf8', byteLength: to - from, preview: text.slice(0, 120) })
      return
    }
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      this.#sink.problem({ reason: 'invalid-json', byteLength: to - from, preview: text.slice(0, 120) })
      return
    }
    this.#sink.message(value)
  }

  // ---- delimited=length -------------------------------------------------------------------------

  #pushLength(chunk: Buffer, start: number): void {
    const end = chunk.length
    while (start < end) {
      if (this.#skipBytes > 0) {
        const take = Math.min(this.#skipBytes, end - start)
        this.#skipBytes -= take
        start += take
      } else if (this.#bodyBytes < 0) {
        // Reading a length line (keep-alive blank lines may come first).
        const nl = chunk.indexOf(LF, start)
        if (nl === -1) {
          this.#holdLengthLine(chunk, start, end)
          return
        }
        if (this.#pendingBytes > 0 || this.#discarding) {
          // The held part plus chunk[start, nl): rebuild it against a zero-based view.
          this.#finishHeldLine(chunk.subarray(start), nl - start, true)
        } else {
          this.#lengthLine(chunk, start, nl)
        }
        start = nl + 1
      } else {
        const need = this.#bodyBytes - this.#pendingBytes
        if (end - start >= need) {
          if (this.#pendingBytes === 0) {
            this.#body(chunk, start, start + need)
          } else {
            this.#pending.push(chunk.subarray(start, start + need))
            const body = Buffer.concat(this.#pending, this.#bodyBytes)
            this.#pending = []
            this.#pendingBytes = 0
            this.#body(body, 0, body.length)
          }
          this.#bodyBytes = -1
          start += need
        } else {
          this.#pending.push(Buffer.from(chunk.subarray(start, end)))
          this.#pendingBytes += end - start
          return
        }
      }
    }
  }

  #holdLengthLine(chunk: Buffer, from: number, to: number): void {
    // A JSON line sent without framing (a proxy that ignores `delimited`) may be long: cap it as a line.
    const looksJson = this.#pendingBytes > 0 ? this.#pending[0]![0] === 0x7b : chunk[from] === 0x7b
    if (!looksJson && !this.#discarding && this.#pendingBytes + (to - from) > MAX_LENGTH_LINE) {
      const preview = Buffer.concat([...this.#pending, chunk.subarray(from, Math.min(to, from + 120))]).toString('utf8', 0, 120)
      this.#sink.problem({ reason: 'bad-length', byteLength: this.#pendingBytes + (to - from), preview })
      this.#pending = []
      this.#pendingBytes = 0
      this.#discarding = true
      return
    }
    this.#hold(chunk, from, to)
  }

  /** A complete length line `buf[from, to)`. */
  #lengthLine(buf: Buffer, from: number, to: number): void {
    while (from < to && (buf[from] === CR || buf[from] === 0x20)) from++
    while (to > from && (buf[to - 1] === CR || buf[to - 1] === 0x20)) to--
    if (to === from) return // keep-alive
    if (buf[from] === 0x7b) {
      // Unframed JSON line: deliver it rather than lose it.
      this.#line(buf, from, to)
      return
    }
    let n = 0
    for (let i = from; i < to; i++) {
      const d = buf[i]! - 48
      if (d < 0 || d > 9 || to - from > 15) {
        this.#sink.problem({ reason: 'bad-length', byteLength: to - from, preview: buf.toString('utf8', from, Math.min(to, from + 120)) })
        return
      }
      n = n * 10 + d
    }
    if (n > this.maxLineBytes) {
      this.#sink.problem({ reason: 'oversized', byteLength: n, preview: '' })
      this.#skipBytes = n
      return
    }
    if (n > 0) this.#bodyBytes = n
  }

  /** A complete length-framed message; its announced length includes the trailing `\r\n`. */
  #body(buf: Buffer, from: number, to: number): void {
    while (to > from && (buf[to - 1] === LF || buf[to - 1] === CR)) to--
    if (to > from) this.#decode(buf, from, to)
  }
}
