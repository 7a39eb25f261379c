/**
 * The spec's side of the comparison: `spec/v2` models, parameters and bodies as `Shape`s, the same canonical
 * form `openapi.ts` reads X's document into. Also what the emulator gets as its schema table.
 */
import type { PropertyShape, Shape } from './shape.js'
import type { V2ModelSpec, V2ParamSpec, V2PropertySpec, V2Spec } from './spec-types.js'

interface Constraints {
  readonly enum?: readonly (string | number)[]
  readonly format?: string
  readonly pattern?: string
  readonly min?: number
  readonly max?: number
  readonly nullable?: boolean
}

/** A type expression (`Tweet[]`, `map<string>`, `string | integer`) with constraints on its innermost scalar. */
export function exprShape(expr: string, c: Constraints = {}): Shape {
  const parts = expr.split('|').map((p) => p.trim())
  const shape: Shape = parts.length > 1 ? { kind: 'union', of: parts.map((p) => single(p, c)) } : single(parts[0]!, c)
  return c.nullable ? ({ ...shape, nullable: true } as Shape) : shape
}

function single(part: string, c: Constraints): Shape {
  if (part.endsWith('[]')) return { kind: 'array', items: single(part.slice(0, -2), c) }
  const map = /^map<(.+)>$/.exec(part)
  if (map) return { kind: 'object', properties: {}, additional: exprShape(map[1]!) }
  switch (part) {
    case 'string':
      return { kind: 'string', ...(c.enum ? { enum: c.enum.map(String) } : {}), ...(c.format ? { format: c.format } : {}), ...(c.pattern ? { pattern: c.pattern } : {}) }
    case 'integer':
    case 'number':
      return { kind: part, ...(c.min !== undefined ? { minimum: c.min } : {}), ...(c.max !== undefined ? { maximum: c.max } : {}) }
    case 'boolean':
      return { kind: 'boolean' }
    case 'unknown':
      return { kind: 'unknown' }
    default:
      return { kind: 'ref', name: part }
  }
}

function propertyShape(p: V2PropertySpec): PropertyShape {
  return { shape: exprShape(p.type, p), required: p.required }
}

/** One model as a shape. */
export function modelShape(m: V2ModelSpec): Shape {
  const nullable = m.nullable ? { nullable: true as const } : {}
  switch (m.kind) {
    case 'alias':
      return exprShape(m.type!, m)
    case 'union':
      return { kind: 'union', of: m.oneOf.map((o) => exprShape(o)), ...nullable }
    case 'all':
    case 'object': {
      const own: Shape = {
        kind: 'object',
        properties: Object.fromEntries(m.properties.map((p) => [p.name, propertyShape(p)])),
        ...(m.additional ? { additional: exprShape(m.additional) } : {}),
      }
      if (m.kind === 'object') return { ...own, ...nullable }
      return { kind: 'all', of: [...m.allOf.map((name): Shape => ({ kind: 'ref', name })), ...(m.properties.length ? [own] : [])], ...nullable }
    }
  }
}

export function specShapes(spec: V2Spec): Map<string, Shape> {
  return new Map(spec.models.map((m) => [m.name, modelShape(m)]))
}

/** A parameter as a shape: arrays of their item type. */
export function paramShape(p: V2ParamSpec): Shape {
  return exprShape(p.type, p)
}
