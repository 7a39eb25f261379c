/**
 * The spec's type expressions (`Tweet`, `Tweet[]`, `map<RateLimit>`, `integer[] | string[]`) and their
 * TypeScript rendering. A tiny grammar on purpose: plain types keep users' `tsc` fast.
 */

const PRIMITIVES: Readonly<Record<string, string>> = {
  string: 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
  unknown: 'unknown',
}

/** Renders a type expression as TypeScript. */
export function renderType(expr: string): string {
  const parts = splitUnion(expr)
  return parts.map(renderSingle).join(' | ')
}

/** The model names a type expression refers to. Throws on a malformed expression. */
export function typeNames(expr: string): string[] {
  const names: string[] = []
  for (const part of splitUnion(expr)) collect(part, names)
  return names
}

function splitUnion(expr: string): string[] {
  const parts = expr.split('|').map((p) => p.trim())
  if (parts.some((p) => p === '')) throw new Error(`malformed type expression "${expr}"`)
  return parts
}

function renderSingle(part: string): string {
  if (part.endsWith('[]')) {
    const inner = renderSingle(part.slice(0, -2))
    return /[ |]/.test(inner) ? `(${inner})[]` : `${inner}[]`
  }
  const map = /^map<(.+)>$/.exec(part)
  if (map) return `{ [key: string]: ${renderType(map[1]!)} }`
  return PRIMITIVES[part] ?? part
}

function collect(part: string, names: string[]): void {
  if (part.endsWith('[]')) return collect(part.slice(0, -2), names)
  const map = /^map<(.+)>$/.exec(part)
  if (map) {
    for (const inner of splitUnion(map[1]!)) collect(inner, names)
    return
  }
  if (part in PRIMITIVES || part === 'empty') return
  if (!/^[A-Z][A-Za-z0-9]*$/.test(part)) throw new Error(`malformed type expression "${part}": expected string, integer, number, boolean, unknown, a model name, X[], map<X> or A | B`)
  names.push(part)
}

/** TypeScript type of a request parameter. */
export function paramType(type: string, enumValues?: readonly (string | number)[]): string {
  if (enumValues && enumValues.length > 0) {
    const union = enumValues.map((v) => (typeof v === 'string' ? `'${v.replace(/'/g, "\\'")}'` : String(v))).join(' | ')
    return type.endsWith('[]') ? `readonly (${union})[]` : union
  }
  switch (type) {
    case 'string':
      return 'string'
    case 'integer':
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'id':
      return 'string | bigint'
    case 'id[]':
      return 'readonly (string | bigint)[]'
    case 'string[]':
      return 'readonly string[]'
    case 'integer[]':
      return 'readonly number[]'
    case 'file':
      return 'FileInput'
    case 'json':
      return 'Record<string, unknown>'
    default:
      throw new Error(`unknown parameter type ${type}`)
  }
}
