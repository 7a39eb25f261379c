import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { StreamParser, type ParseProblem, type StreamFraming } from '../src/streaming/parser.js'
import { classifyMessage } from '../src/streaming/messages.js'

function collect(framing: StreamFraming = 'lines', maxLineBytes?: number) {
  const messages: unknown[] = []
  const problems: ParseProblem[] = []
  const parser = new StreamParser({ message: (m) => messages.push(m), problem: (p) => problems.push(p) }, { framing, maxLineBytes })
  return { parser, messages, problems }
}

/** Cuts `bytes` at the given positions (sorted, deduplicated) and returns the pieces. */
function cut(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
  const pieces: Buffer[] = []
  let last = 0
  for (const p of points) {
    pieces.push(bytes.subarray(last, p))
    last = p
  }
  pieces.push(bytes.subarray(last))
  return pieces
}

function frame(messages: unknown[], framing: StreamFraming, keepAlives: boolean[]): Buffer {
  const parts: string[] = []
  messages.forEach((m, i) => {
    if (keepAlives[i]) parts.push('\r\n')
    const json = JSON.stringify(m)
    parts.push(framing === 'lines' ? `${json}\r\n` : `${Buffer.byteLength(json) + 2}\r\n${json}\r\n`)
  })
  return Buffer.from(parts.join(''), 'utf8')
}

// Text rich in multi-byte characters (2-, 3- and 4-byte UTF-8, including surrogate pairs).
const text = fc.string({ unit: fc.constantFrom('a', 'é', 'ß', '€', '中', '日', '😀', '🐍', '\n', '"', '\\', ' ', '\u2028'), maxLength: 40 })
const message = fc.record({ id_str: fc.stringMatching(/^[0-9]{1,19}$/), text, user: fc.record({ screen_name: text }) })

describe('StreamParser: any chunking yields the same messages', () => {
  for (const framing of ['lines', 'length'] as const) {
    it(`${framing} framing`, () => {
      fc.assert(
        fc.property(fc.array(message, { maxLength: 12 }), fc.array(fc.boolean(), { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 40 }), (msgs, keepAlives, cuts) => {
          const bytes = frame(msgs, framing, keepAlives)
          const { parser, messages, problems } = collect(framing)
          for (const piece of cut(bytes, cuts)) parser.push(piece)
          expect(problems).toEqual([])
          expect(messages).toEqual(msgs)
          expect(parser.bufferedBytes).toBe(0)
        }),
        { numRuns: 400 },
      )
    })
  }

  it('byte-at-a-time delivery of multi-byte characters and \\r\\n', () => {
    const msgs = [{ text: '😀 café 中文 €' }, { text: 'ß\u2028🐍' }]
    for (const framing of ['lines', 'length'] as const) {
      const { parser, messages } = collect(framing)
      const bytes = frame(msgs, framing, [true, true])
      for (let i = 0; i < bytes.length; i++) parser.push(bytes.subarray(i, i + 1))
      expect(messages).toEqual(msgs)
    }
  })

  it('accepts Uint8Array chunks that are not Buffers', () => {
    const { parser, messages } = collect()
    parser.push(new TextEncoder().encode('{"a":"é"}\r\n'))
    expect(messages).toEqual([{ a: 'é' }])
  })
})

describe('StreamParser: bad input', () => {
  it('reports a garbled line and carries on', () => {
    const { parser, messages, problems } = collect()
    parser.push(Buffer.from('{"a":1}\r\n{"broken":\r\n{"b":2}\r\n'))
    expect(messages).toEqual([{ a: 1 }, { b: 2 }])
    expect(problems).toMatchObject([{ reason: 'invalid-json', preview: '{"broken":' }])
  })

  it('reports invalid UTF-8 but keeps a literal U+FFFD', () => {
    const { parser, messages, problems } = collect()
    parser.push(Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\r\n{"b":"\uFFFD"}\r\n')]))
    expect(problems.map((p) => p.reason)).toEqual(['invalid-utf8'])
    expect(messages).toEqual([{ b: '\uFFFD' }])
  })

  it('drops an oversized line without buffering it, then resynchronises', () => {
    const { parser, messages, problems } = collect('lines', 1024)
    parser.push(Buffer.from('{"a":1}\r\n{"big":"'))
    for (let i = 0; i < 1000; i++) {
      parser.push(Buffer.alloc(4096, 0x78))
      expect(parser.bufferedBytes).toBeLessThanOrEqual(1024)
    }
    parser.push(Buffer.from('"}\r\n{"b":2}\r\n'))
    expect(messages).toEqual([{ a: 1 }, { b: 2 }])
    expect(problems).toHaveLength(1)
    expect(problems[0]!.reason).toBe('oversized')
  })

  it('drops an oversized line that arrives in one chunk', () => {
    const { parser, messages, problems } = collect('lines', 16)
    parser.push(Buffer.from(`{"text":"${'y'.repeat(100)}"}\r\n{"b":2}\r\n`))
    expect(messages).toEqual([{ b: 2 }])
    expect(problems.map((p) => p.reason)).toEqual(['oversized'])
  })

  it('length framing: skips an announced oversized message and reports a bad length line', () => {
    const { parser, messages, problems } = collect('length', 64)
    const big = JSON.stringify({ t: 'z'.repeat(200) })
    parser.push(Buffer.from(`${big.length + 2}\r\n${big}\r\nnonsense\r\n10\r\n{"b":22}\r\n`))
    expect(messages).toEqual([{ b: 22 }])
    expect(problems.map((p) => p.reason)).toEqual(['oversized', 'bad-length'])
  })

  it('length framing: an endless length line is bounded', () => {
    const { parser, messages, problems } = collect('length')
    for (let i = 0; i < 100; i++) parser.push(Buffer.alloc(1000, 0x39))
    expect(parser.bufferedBytes).toBeLessThan(100)
    parser.push(Buffer.from('\r\n9\r\n{"c":3}\r\n'))
    expect(messages).toEqual([{ c: 3 }])
    expect(problems.map((p) => p.reason)).toEqual(['bad-length'])
  })

  it('length framing: tolerates a length that excludes the trailing \\r\\n, and unframed JSON lines', () => {
    const { parser, messages, problems } = collect('length')
    parser.push(Buffer.from('7\r\n{"a":1}\r\n{"b":2}\r\n'))
    expect(messages).toEqual([{ a: 1 }, { b: 2 }])
    expect(problems).toEqual([])
  })

  it('reset() forgets a torn message', () => {
    const { parser, messages } = collect()
    parser.push(Buffer.from('{"a":'))
    parser.reset()
    parser.push(Buffer.from('{"b":1}\r\n'))
    expect(messages).toEqual([{ b: 1 }])
  })
})

describe('classifyMessage', () => {
  it('names every kind', () => {
    const kinds = [
      [{ created_at: 'x', id: 1, id_str: '1', text: 'hi', user: {} }, 'tweet'],
      [{ delete: { status: { id: 1 } } }, 'delete'],
      [{ scrub_geo: { user_id: 1 } }, 'scrub_geo'],
      [{ limit: { track: 3 } }, 'limit'],
      [{ status_withheld: {} }, 'status_withheld'],
      [{ user_withheld: {} }, 'user_withheld'],
      [{ disconnect: { code: 4 } }, 'disconnect'],
      [{ warning: { code: 'FALLING_BEHIND' } }, 'warning'],
      [{ friends: [1, 2] }, 'friends'],
      [{ friends_str: ['1'] }, 'friends'],
      [{ event: 'favorite', source: {}, target: {} }, 'event'],
      [{ direct_message: { id: 1 } }, 'direct_message'],
      [{ control: { control_uri: '/x' } }, 'control'],
      [{ something_new: true }, 'unknown'],
      [[1, 2], 'unknown'],
    ] as const
    for (const [data, kind] of kinds) expect(classifyMessage(data).kind).toBe(kind)
    const env = classifyMessage({ for_user: 12, message: { limit: { track: 1 } } })
    expect(env).toMatchObject({ kind: 'for_user', forUser: '12', message: { kind: 'limit' } })
  })
})
