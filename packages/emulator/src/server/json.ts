/**
 * JSON text with exact 64-bit ids. Tweet, user and list ids are above 2^53, so a `number` would round
 * them; the emulator keeps them as `bigint` and writes their exact digits (`"id":1234567890123456789`),
 * the way Twitter's own JSON carries them next to the `id_str` twin.
 */

/** Serialises `value` like `JSON.stringify`, writing `bigint`s as bare integer literals. */
export function toJson(value: unknown): string {
  const out = write(value)
  return out === undefined ? 'null' : out
}

function write(value: unknown): string | undefined {
  switch (typeof value) {
    case 'bigint':
      return value.toString()
    case 'string':
      return JSON.stringify(value)
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null'
    case 'boolean':
      return value ? 'true' : 'false'
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined
  }
  if (value === null) return 'null'
  if (value instanceof Date) return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? 'null').join(',')}]`
  const fields: string[] = []
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const text = write(item)
    if (text !== undefined) fields.push(`${JSON.stringify(key)}:${text}`)
  }
  return `{${fields.join(',')}}`
}

/**
 * Parses JSON text like `JSON.parse`, but an integer literal beyond 2^53 (a snowflake id sent as a bare
 * number, as tweepy sends `recipient_id`) becomes its exact digits as a string instead of a rounded double.
 * Throws a SyntaxError for text that is not JSON.
 */
export function parseJsonExact(text: string): unknown {
  let out = ''
  let last = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '"') {
      // Skip the string, escapes included.
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++
      continue
    }
    if (c !== '-' && (c < '0' || c > '9')) continue
    const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64))
    if (!m) continue
    const literal = m[0]
    if (m[1] === undefined && m[2] === undefined && !Number.isSafeInteger(Number(literal))) {
      out += `${text.slice(last, i)}"${literal}"`
      last = i + literal.length
    }
    i += literal.length - 1
  }
  return JSON.parse(out + text.slice(last))
}
