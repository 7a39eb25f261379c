/**
 * Test helpers over X's OpenAPI documents in ../shared/reference (outside the repository: a user's clone
 * has none, and the tests that use them skip with a printed reason). Builds valid sample values from the
 * document's schemas and validates requests and responses against them with ajv.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

const here = dirname(fileURLToPath(import.meta.url))
export const referenceDir = join(here, '..', '..', '..', '..', '..', 'shared', 'reference')

/** X's document of a version (`2.167`), or undefined when ../shared is absent. */
export function loadReference(version = '2.167'): any | undefined {
  const file = join(referenceDir, `x-api-v2-openapi-${version}.json`)
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}

export interface DocOperation {
  readonly operationId: string
  readonly method: string
  readonly path: string
  readonly op: any
  readonly parameters: readonly any[]
}

export function operations(doc: any): DocOperation[] {
  const out: DocOperation[] = []
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method]
      if (!op) continue
      const parameters = (op.parameters ?? []).map((p: any) => (p.$ref ? doc.components.parameters[p.$ref.split('/').pop()] : p))
      out.push({ operationId: op.operationId, method: method.toUpperCase(), path, op, parameters })
    }
  }
  return out
}

/** Resolves a `$ref` inside the document. */
export function deref(doc: any, schema: any): any {
  let s = schema
  for (let i = 0; s?.$ref && i < 50; i++) s = s.$ref.split('/').slice(1).reduce((node: any, key: string) => node[key], doc)
  return s
}

export interface SampleOptions {
  /** Fill optional properties too, down to this depth (0: only required ones). @default 1 */
  readonly optionalDepth?: number
}

/** A value valid against `schema`: the first enum value, bounds respected, required properties filled. */
export function sample(doc: any, schema: any, options: SampleOptions = {}, depth = 0, seen: string[] = []): unknown {
  const ref = schema?.$ref as string | undefined
  if (ref) {
    if (seen.filter((r) => r === ref).length >= 1) return undefined
    return sample(doc, deref(doc, schema), options, depth, [...seen, ref])
  }
  if (!schema || typeof schema !== 'object') return 'x'
  if (schema.default !== undefined) return schema.default
  if (Array.isArray(schema.enum)) return schema.enum[0]
  const union = schema.oneOf ?? (schema.properties ? undefined : schema.anyOf)
  if (Array.isArray(union)) {
    for (const option of union) {
      const value = sample(doc, option, options, depth, seen)
      if (value !== undefined) return value
    }
    return undefined
  }
  if (Array.isArray(schema.allOf)) return Object.assign({}, ...schema.allOf.map((s: any) => sample(doc, s, options, depth, seen)))
  switch (schema.type) {
    case 'string':
      return sampleString(schema)
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : 1
      const max = typeof schema.maximum === 'number' ? schema.maximum : min + 9
      return Math.min(max, Math.max(min, 10))
    }
    case 'boolean':
      return true
    case 'array': {
      const item = sample(doc, schema.items ?? {}, options, depth + 1, seen)
      const count = Math.max(1, schema.minItems ?? 1)
      return item === undefined ? [] : Array.from({ length: count }, (_v, i) => (typeof item === 'string' && schema.uniqueItems && Array.isArray(schema.items?.enum) ? schema.items.enum[i % schema.items.enum.length] : item))
    }
    default: {
      if (!schema.properties) return {}
      const required = new Set<string>(schema.required ?? [])
      // "anyOf: [{required: [a]}, {required: [b]}]": at least one of them.
      const anyRequired = Array.isArray(schema.anyOf) ? schema.anyOf.find((a: any) => Array.isArray(a.required))?.required ?? [] : []
      for (const r of anyRequired) required.add(r)
      const out: Record<string, unknown> = {}
      for (const [name, prop] of Object.entries<any>(schema.properties)) {
        if (!required.has(name) && depth >= (options.optionalDepth ?? 1)) continue
        const value = sample(doc, prop, options, depth + 1, seen)
        if (value !== undefined) out[name] = value
        else if (required.has(name)) return undefined
      }
      return out
    }
  }
}

function sampleString(schema: any): string {
  if (schema.format === 'date-time') return '2026-11-30T12:00:00.000Z'
  if (schema.format === 'uri' || schema.format === 'url') return 'https://example.com/a'
  if (schema.format === 'binary' || schema.format === 'byte') return 'aGVsbG8='
  const pattern: string | undefined = schema.pattern
  if (pattern) {
    if (/^\^\[0-9\]\{1,\d+\}\$$/.test(pattern)) return '1234567890'
    const fixed = /^\^\[0-9\]\{(\d+)\}\$$/.exec(pattern)
    if (fixed) return '202611301200123456789'.slice(0, Number(fixed[1]))
    if (/\[0-9\]/.test(pattern) && /_/.test(pattern)) return '3_1234567890'
    if (/^\^\[A-Za-z0-9_\]\{1,15\}\$$/.test(pattern)) return 'twitterapi'
    for (const candidate of ['See https://example.com/a', '1234567890', '123-456', '1234567890123456', '3_1234567890', 'twitterapi', 'abc', 'A1', 'aGVsbG8=', '2026-11-30T12:00:00Z', 'en', '1']) if (new RegExp(pattern).test(candidate)) return candidate
  }
  const min = schema.minLength ?? 1
  return 'sample'.padEnd(min, 'x').slice(0, schema.maxLength ?? 64)
}

/** An ajv instance with the document's components, and a validator per schema. */
export function schemaValidator(doc: any): (schema: any) => ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true, discriminator: false })
  // ajv-formats is CommonJS: its function is the default export or the module itself, by loader.
  const add = ((addFormats as unknown as { default?: unknown }).default ?? addFormats) as (ajv: Ajv) => void
  add(ajv)
  // X's document repeats a few enum values, which ajv rightly calls an invalid schema; the set is what counts.
  ajv.addSchema({ $id: 'x-api', components: dedupeEnums(structuredClone(doc.components)) }, 'x-api')
  const cache = new Map<string, ValidateFunction>()
  return (schema: any) => {
    const key = JSON.stringify(schema)
    let fn = cache.get(key)
    if (!fn) {
      const rewritten = dedupeEnums(JSON.parse(key.replace(/"#\/components\//g, '"x-api#/components/')))
      fn = ajv.compile(rewritten)
      cache.set(key, fn)
    }
    return fn
  }
}

/** Matches a concrete path (`/2/tweets/123`) to a template (`/2/tweets/{id}`); returns the path params. */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const names: string[] = []
  const re = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([a-z_]+)\}/g, (_m, name: string) => (names.push(name), '([^/]+)'))}$`)
  const m = re.exec(path)
  if (!m) return undefined
  return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]))
}

function dedupeEnums(node: any): any {
  if (Array.isArray(node)) return node.map(dedupeEnums)
  if (!node || typeof node !== 'object') return node
  for (const [key, value] of Object.entries(node)) node[key] = key === 'enum' && Array.isArray(value) ? [...new Set(value)] : dedupeEnums(value)
  return node
}
