/**
 * Answers for the v2 operations the emulator keeps no state for (compliance jobs, webhooks, communities,
 * chat, ...): a value of the operation's response model (`generated/v2-schemas.ts`), built from the shape
 * alone, with plausible data: every required property, the identifying ones (`id`, `name`, `text`, ...)
 * too, ids that look like X's, times near the emulator's clock, one item per array, the first enum value,
 * the first alternative of a union. Deterministic, so tests can rely on it.
 */
import type { V2Shape } from '../v2-shape.js'

type Schemas = Readonly<Record<string, V2Shape>>

/** Optional properties worth filling: what a client reads first. */
const PLAUSIBLE = new Set(['data', 'meta', 'id', 'name', 'text', 'username', 'title', 'created_at', 'type', 'status', 'url', 'description', 'result_count'])

const FIXED_LENGTH: Readonly<Record<string, number>> = { display_text_range: 2, coordinates: 2, bbox: 4 }

/** Candidates for a `pattern`, tried in order: X's patterns are ids, keys, codes and tokens. */
const PATTERN_CANDIDATES = ['1460323737035677698', '3_1460323737035677698', 'US', '123456789012', 'emulated_1', 'https://example.com/emulated', 'AQAB', '1']

export interface SynthContext {
  /** The emulator's clock, for times. */
  readonly now: Date
  /** Path parameters of the call, reused where the answer names the same thing (`id`). */
  readonly path: Readonly<Record<string, string>>
}

/** A value of `shape`; `depth` bounds recursive models (a Tweet that includes Tweets). */
export function synthesize(shape: V2Shape, schemas: Schemas, ctx: SynthContext, name = '', depth = 0): unknown {
  switch (shape.kind) {
    case 'ref': {
      const target = schemas[shape.name]
      return target && depth < 12 ? synthesize(target, schemas, ctx, name, depth + 1) : {}
    }
    case 'union':
      return shape.of.length > 0 ? synthesize(shape.of[0]!, schemas, ctx, name, depth + 1) : {}
    case 'all': {
      const parts = shape.of.map((s) => synthesize(s, schemas, ctx, name, depth + 1))
      return parts.every((p) => p && typeof p === 'object' && !Array.isArray(p)) ? Object.assign({}, ...parts) : parts[0]
    }
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const [key, prop] of Object.entries(shape.properties)) {
        // Optional properties near the top too: X's older document requires some the current one does not.
        if (!prop.required && !PLAUSIBLE.has(key) && depth >= 4) continue
        if (depth >= 10 && !prop.required) continue
        out[key] = synthesize(prop.shape, schemas, ctx, key, depth + 1)
      }
      return out
    }
    case 'array': {
      if (depth >= 10) return []
      // Fixed-length arrays X's documents bound with minItems (the shapes do not carry it).
      const length = FIXED_LENGTH[name] ?? 1
      return Array.from({ length }, () => synthesize(shape.items, schemas, ctx, name, depth + 1))
    }
    case 'boolean':
      return true
    case 'unknown':
      return {}
    case 'integer':
    case 'number': {
      const min = shape.minimum ?? 0
      const max = shape.maximum ?? Number.MAX_SAFE_INTEGER
      const wanted = name.endsWith('_count') || name === 'result_count' ? 1 : min
      return Math.min(Math.max(wanted, min), max)
    }
    case 'string':
      return stringFor(shape, ctx, name)
  }
}

function stringFor(shape: Extract<V2Shape, { kind: 'string' }>, ctx: SynthContext, name: string): string {
  if (shape.enum && shape.enum.length > 0) return shape.enum[0]!
  if (shape.format === 'date-time' || /(_at|_time|^timestamp|_datetime|^start|^end)$/.test(name)) {
    const iso = new Date(Math.floor(ctx.now.getTime() / 1000) * 1000).toISOString()
    if (!shape.pattern || new RegExp(shape.pattern).test(iso)) return iso
  }
  if (shape.format === 'byte') return 'ZW11bGF0ZWQ='
  if (shape.format === 'binary') return 'ZW11bGF0ZWQ='
  const preferred = name === 'id' && ctx.path.id ? ctx.path.id : /(^|_)id$/.test(name) ? '1460323737035677698' : name === 'url' || name.endsWith('_url') ? 'https://example.com/emulated' : undefined
  if (shape.pattern) {
    const re = new RegExp(shape.pattern)
    for (const candidate of [preferred, ...PATTERN_CANDIDATES]) if (candidate !== undefined && re.test(candidate)) return candidate
    return PATTERN_CANDIDATES[0]!
  }
  if (preferred !== undefined) return preferred
  if (name === 'text' || name === 'description' || name === 'title' || name === 'name') return `Emulated ${name}`
  if (name === 'username') return 'emu_dev'
  return 'emulated'
}
