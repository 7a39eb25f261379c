/**
 * A canonical form for the data types of X API v2: the one thing an OpenAPI schema and a `spec/v2` model both
 * turn into, so the drift check can compare them structure by structure and the emulator can synthesize or
 * validate values without reading X's document at run time. Named types stay references (`ref`), so cycles
 * are harmless.
 */

export type Shape =
  | { readonly kind: 'string'; readonly enum?: readonly string[]; readonly format?: string; readonly pattern?: string; readonly nullable?: boolean }
  | { readonly kind: 'integer' | 'number'; readonly minimum?: number; readonly maximum?: number; readonly nullable?: boolean }
  | { readonly kind: 'boolean'; readonly nullable?: boolean }
  | { readonly kind: 'unknown'; readonly nullable?: boolean }
  | { readonly kind: 'array'; readonly items: Shape; readonly nullable?: boolean }
  | { readonly kind: 'object'; readonly properties: Readonly<Record<string, PropertyShape>>; readonly additional?: Shape; readonly nullable?: boolean }
  | { readonly kind: 'ref'; readonly name: string; readonly nullable?: boolean }
  | { readonly kind: 'union'; readonly of: readonly Shape[]; readonly nullable?: boolean }
  | { readonly kind: 'all'; readonly of: readonly Shape[]; readonly nullable?: boolean }

export interface PropertyShape {
  readonly shape: Shape
  readonly required: boolean
}

/** Named shapes: a document's components, or the spec's models. */
export type ShapeTable = ReadonlyMap<string, Shape>

/** A short, stable description of a shape's own level (no recursion), for messages: `string enum(a|b)`, `Tweet`, `object`. */
export function describeShape(shape: Shape): string {
  switch (shape.kind) {
    case 'string':
      return shape.enum ? `string enum(${[...shape.enum].sort().join('|')})` : 'string'
    case 'array':
      return `array of ${describeShape(shape.items)}`
    case 'ref':
      return `ref ${shape.name}`
    case 'union':
      return `one of (${shape.of.map(describeShape).join(', ')})`
    case 'all':
      return `all of (${shape.of.map(describeShape).join(', ')})`
    default:
      return shape.kind
  }
}

/** Follows references until a shape that is not a reference (or an unknown name). */
export function resolve(shape: Shape, table: ShapeTable, depth = 0): Shape {
  if (shape.kind !== 'ref' || depth > 32) return shape
  const target = table.get(shape.name)
  return target ? resolve(target, table, depth + 1) : { kind: 'unknown' }
}

/**
 * Flattens `all` (allOf) into one object where every part is an object, which is how X uses allOf.
 * Returns undefined when a part is not an object.
 */
export function mergeAll(shape: Shape, table: ShapeTable): Extract<Shape, { kind: 'object' }> | undefined {
  const resolved = resolve(shape, table)
  if (resolved.kind === 'object') return resolved
  if (resolved.kind !== 'all') return undefined
  const properties: Record<string, PropertyShape> = {}
  let additional: Shape | undefined
  for (const part of resolved.of) {
    const merged = mergeAll(part, table)
    if (!merged) return undefined
    for (const [name, prop] of Object.entries(merged.properties)) {
      const prior = properties[name]
      properties[name] = prior ? { shape: prop.shape, required: prior.required || prop.required } : prop
    }
    if (merged.additional) additional = merged.additional
  }
  return { kind: 'object', properties, ...(additional ? { additional } : {}) }
}
