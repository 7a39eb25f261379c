/**
 * The drift check: compares `spec/v2` with an X API v2 OpenAPI document and lists every difference the SDK
 * would feel: operations missing or extra, method or path changed, parameters missing, extra, or with
 * another type, enum or required flag, request body and response fields likewise (walked structure by
 * structure, so our type names may differ from X's), scopes changed, and the streaming flag.
 */
import type { OpenApiFacts, OpenApiOperation } from './openapi.js'
import { describeShape, mergeAll, resolve, type Shape, type ShapeTable } from './shape.js'
import { paramShape, specShapes } from './spec-shape.js'
import type { V2OperationSpec, V2Spec } from './spec-types.js'

export interface Difference {
  /** X's operationId, when the difference is inside one operation. */
  readonly operation?: string
  /** Where: `parameter post.fields`, `response data.created_at`, `body reply.in_reply_to_tweet_id`. */
  readonly where: string
  readonly message: string
}

const MAX_DEPTH = 12

export function compareSpec(spec: V2Spec, facts: OpenApiFacts): Difference[] {
  const out: Difference[] = []
  const ours = new Map(spec.families.flatMap((f) => f.operations).map((op) => [op.operationId, op]))
  const theirs = new Map(facts.operations.map((op) => [op.operationId, op]))
  const specTable = specShapes(spec)
  for (const [id, op] of theirs) if (!ours.has(id)) out.push({ operation: id, where: 'operation', message: `${op.method} ${op.path} is in the document but not in spec/v2` })
  for (const [id, op] of ours) if (!theirs.has(id)) out.push({ operation: id, where: 'operation', message: `${op.httpMethod} ${op.path} (${op.method}) is in spec/v2 but not in the document` })
  for (const [id, mine] of [...ours].sort(([a], [b]) => a.localeCompare(b))) {
    const doc = theirs.get(id)
    if (doc) out.push(...compareOperation(mine, doc, specTable, facts.schemas))
  }
  return out
}

function compareOperation(mine: V2OperationSpec, doc: OpenApiOperation, specTable: ShapeTable, docTable: ShapeTable): Difference[] {
  const out: Difference[] = []
  const add = (where: string, message: string) => out.push({ operation: doc.operationId, where, message })
  if (mine.httpMethod !== doc.method) add('method', `${mine.httpMethod} in the spec, ${doc.method} in the document`)
  if (mine.path !== doc.path) add('path', `${mine.path} in the spec, ${doc.path} in the document`)
  if (mine.stream !== doc.stream) add('stream', `the spec says ${mine.stream ? '' : 'not '}streaming, the document ${doc.stream ? '' : 'not '}streaming`)

  // Parameters, by name and place.
  const docParams = doc.parameters.filter((p) => p.in !== 'header')
  for (const p of docParams) {
    const m = mine.params.find((x) => x.name === p.name && x.in === p.in)
    const where = `parameter ${p.name} (${p.in})`
    if (!m) {
      add(where, 'is in the document but not in the spec')
      continue
    }
    if (m.required !== p.required) add(where, `required is ${m.required} in the spec, ${p.required} in the document`)
    compareShapes(paramShape(m), p.shape, specTable, docTable, where, add, { paramLevel: true })
  }
  for (const m of mine.params) if (!docParams.some((p) => p.name === m.name && p.in === m.in)) add(`parameter ${m.name} (${m.in})`, 'is in the spec but not in the document')

  // Body.
  if (doc.body && !mine.body) add('body', 'the document takes a request body; the spec has none')
  else if (!doc.body && mine.body) add('body', 'the spec has a request body; the document takes none')
  else if (doc.body && mine.body) {
    const encoding = doc.body.encodings.includes('json') ? 'json' : 'multipart'
    if (encoding !== mine.body.encoding) add('body', `encoding ${mine.body.encoding} in the spec, ${encoding} in the document`)
    if (doc.body.required !== mine.body.required) add('body', `required is ${mine.body.required} in the spec, ${doc.body.required} in the document`)
    compareShapes({ kind: 'ref', name: mine.body.model }, doc.body.shape, specTable, docTable, 'body', add)
  }

  // Response.
  if (doc.response && mine.returns === 'empty') add('response', 'the document answers with a body; the spec says empty')
  else if (!doc.response && mine.returns !== 'empty') add('response', `the spec expects ${mine.returns}; the document answers with no body`)
  else if (doc.response) compareShapes({ kind: 'ref', name: mine.returns }, doc.response, specTable, docTable, 'response', add)

  // Security and scopes.
  const key = (s: { scheme: string; scopes: readonly string[] }) => `${s.scheme}${s.scheme === 'oauth2_user' ? `(${[...s.scopes].sort().join(' ')})` : ''}`
  const mineSec = new Set(mine.security.map(key))
  const docSec = new Set(doc.security.map(key))
  for (const s of docSec) if (!mineSec.has(s)) add('security', `the document accepts ${s}; the spec does not`)
  for (const s of mineSec) if (!docSec.has(s)) add('security', `the spec accepts ${s}; the document does not`)
  return out
}

interface CompareOptions {
  /** Parameters: the spec types every path and query value as a scalar or an array of scalars. */
  readonly paramLevel?: boolean
}

function compareShapes(specShape: Shape, docShape: Shape, specTable: ShapeTable, docTable: ShapeTable, where: string, add: (where: string, message: string) => void, options: CompareOptions = {}, seen = new Set<string>(), depth = 0): void {
  if (depth > MAX_DEPTH) return
  const pair = `${specShape.kind === 'ref' ? specShape.name : ''}|${docShape.kind === 'ref' ? docShape.name : ''}`
  if (pair !== '|') {
    if (seen.has(pair)) return
    seen = new Set(seen).add(pair)
  }
  let s = resolve(specShape, specTable)
  let d = resolve(docShape, docTable)
  // allOf of objects and one object with the same fields are the same thing.
  if (s.kind === 'all' && d.kind !== 'all') s = mergeAll(s, specTable) ?? s
  if (d.kind === 'all' && s.kind !== 'all') d = mergeAll(d, docTable) ?? d
  // Parameter values the spec reads as plain strings (X's $ref'd id patterns, free-form objects) are fine.
  if (options.paramLevel && s.kind === 'string' && d.kind !== 'string' && d.kind !== 'array' && d.kind !== 'integer' && d.kind !== 'number' && d.kind !== 'boolean') return
  if (s.kind !== d.kind) {
    // An open map and an object with no properties are the same thing.
    const emptyObject = (x: Shape) => x.kind === 'unknown' || (x.kind === 'object' && Object.keys(x.properties).length === 0)
    if (emptyObject(s) && emptyObject(d)) return
    add(where, `type ${describeShape(s)} in the spec, ${describeShape(d)} in the document`)
    return
  }
  switch (s.kind) {
    case 'string': {
      const de = d as Extract<Shape, { kind: 'string' }>
      const a = new Set(s.enum ?? [])
      const b = new Set(de.enum ?? [])
      if (a.size || b.size) {
        const added = [...b].filter((v) => !a.has(v))
        const removed = [...a].filter((v) => !b.has(v))
        if (a.size === 0) add(where, `the document restricts the values to an enum (${[...b].join(', ')}); the spec allows any string`)
        else if (b.size === 0) add(where, `the spec restricts the values to an enum; the document allows any string`)
        else {
          if (added.length) add(where, `enum values in the document, not in the spec: ${added.join(', ')}`)
          if (removed.length) add(where, `enum values in the spec, not in the document: ${removed.join(', ')}`)
        }
      }
      return
    }
    case 'array':
      return compareShapes(s.items, (d as Extract<Shape, { kind: 'array' }>).items, specTable, docTable, `${where}[]`, add, options, seen, depth + 1)
    case 'object': {
      const dobj = d as Extract<Shape, { kind: 'object' }>
      const prefix = where === 'body' || where === 'response' ? `${where} ` : `${where}.`
      for (const [name, prop] of Object.entries(dobj.properties)) {
        const mine = s.properties[name]
        if (!mine) {
          add(`${prefix}${name}`, 'is in the document but not in the spec')
          continue
        }
        if (mine.required !== prop.required) add(`${prefix}${name}`, `required is ${mine.required} in the spec, ${prop.required} in the document`)
        compareShapes(mine.shape, prop.shape, specTable, docTable, `${prefix}${name}`, add, {}, seen, depth + 1)
      }
      for (const name of Object.keys(s.properties)) if (!dobj.properties[name]) add(`${prefix}${name}`, 'is in the spec but not in the document')
      if (s.additional && dobj.additional) compareShapes(s.additional, dobj.additional, specTable, docTable, `${prefix}*`, add, {}, seen, depth + 1)
      return
    }
    case 'union':
    case 'all': {
      const dunion = d as Extract<Shape, { kind: 'union' | 'all' }>
      if (s.of.length !== dunion.of.length) add(where, `${s.of.length} alternatives in the spec, ${dunion.of.length} in the document`)
      for (let i = 0; i < Math.min(s.of.length, dunion.of.length); i++) compareShapes(s.of[i]!, dunion.of[i]!, specTable, docTable, `${where}<${i + 1}>`, add, options, seen, depth + 1)
      return
    }
    default:
      return
  }
}

/** Text for a terminal: grouped by operation. */
export function formatDifferences(differences: readonly Difference[]): string {
  const lines: string[] = []
  let current: string | undefined
  for (const d of differences) {
    if (d.operation !== current) {
      current = d.operation
      lines.push(current ?? '(document)')
    }
    lines.push(`  ${d.where}: ${d.message}`)
  }
  return lines.join('\n')
}
