/**
 * Loads `spec/v2/` (operation families, shared parameters, models), validates every file against the JSON
 * Schemas in spec/schema/v2-*.schema.json, runs the cross-file checks a schema cannot express and builds the
 * model. Problems are reported with file, line, column and reason, all at once.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { SpecError, at, parseFile, schemaIssues, type ParsedFile, type SpecIssue, type SpecSources } from '../load.js'
import { typeNames } from '../type-expr.js'
import type { V2FamilySpec, V2ModelSpec, V2OperationSpec, V2ParamSpec, V2PropertySpec, V2RateLimit, V2Security, V2Spec } from './spec-types.js'
import { operationOwner } from './owner.js'

export interface V2Schemas {
  readonly operations: object
  readonly parameters: object
  readonly models: object
}

/** Every YAML file under `<root>/spec/v2`, keyed `spec/v2/...`. */
export function readV2Sources(root: string): Map<string, string> {
  const sources = new Map<string, string>()
  const dir = join(root, 'spec/v2')
  if (!existsSync(dir)) return sources
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\\/g, '/')).sort()
  for (const f of files) sources.set(`spec/v2/${f}`, readFileSync(join(dir, f), 'utf8'))
  return sources
}

export function readV2Schemas(root: string): V2Schemas {
  const read = (name: string) => JSON.parse(readFileSync(join(root, 'spec/schema', name), 'utf8'))
  return { operations: read('v2-operations.schema.json'), parameters: read('v2-parameters.schema.json'), models: read('v2-models.schema.json') }
}

const WINDOW_UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600 }

/** Validates and builds the v2 spec; throws `SpecError` listing every problem. */
export function loadV2Spec(sources: SpecSources, schemas: V2Schemas): V2Spec {
  const issues: SpecIssue[] = []
  const ajv = new Ajv({ allErrors: true, strict: false })
  ajv.addSchema(schemas.parameters, 'v2-parameters.schema.json')
  const validate = {
    operations: ajv.compile(schemas.operations),
    parameters: ajv.getSchema('v2-parameters.schema.json')!,
    models: ajv.compile(schemas.models),
  }
  const familyFiles: ParsedFile[] = []
  const modelFiles: ParsedFile[] = []
  let parameterFile: ParsedFile | undefined
  /** A family file failed its schema: its operations are unknown, so which models they name is too. */
  let invalidFamilies = false
  for (const [file, text] of sources) {
    const parsed = parseFile(file, text, issues)
    if (!parsed) continue
    const kind = file.startsWith('spec/v2/models/') ? 'models' : file === 'spec/v2/parameters.yaml' ? 'parameters' : 'operations'
    if (!validate[kind](parsed.data)) {
      // The text rule is a `not: { pattern: ^TODO }`: say what it means.
      issues.push(...schemaIssues(parsed, validate[kind]).map((i) => (i.message.endsWith('must NOT be valid') ? { ...i, message: i.message.replace('must NOT be valid', 'is still a TODO placeholder: write it in our own words') } : i)))
      if (kind === 'operations') invalidFamilies = true
      continue
    }
    if (kind === 'models') modelFiles.push(parsed)
    else if (kind === 'parameters') parameterFile = parsed
    else familyFiles.push(parsed)
  }

  const shared = new Map<string, V2ParamSpec>()
  if (parameterFile) {
    for (const [id, raw] of Object.entries<any>(parameterFile.data.parameters)) shared.set(id, param(raw.name, raw, id))
  }

  // Models.
  const rawModels = new Map<string, { raw: any; parsed: ParsedFile }>()
  for (const parsed of modelFiles) {
    for (const [name, raw] of Object.entries<any>(parsed.data.models)) {
      const prior = rawModels.get(name)
      if (prior) issues.push(at(parsed, ['models', name], `model "${name}" is also defined in ${prior.parsed.file}`))
      else rawModels.set(name, { raw, parsed })
    }
  }
  const modelNames = new Set(rawModels.keys())
  const checkType = (parsed: ParsedFile, path: (string | number)[], expr: string) => {
    try {
      for (const n of typeNames(expr)) if (!modelNames.has(n)) issues.push(at(parsed, path, `unknown model "${n}" in type "${expr}"`))
    } catch (e) {
      issues.push(at(parsed, path, (e as Error).message))
    }
  }

  // Operations.
  const families: V2FamilySpec[] = []
  const methodOwners = new Map<string, string>()
  const idOwners = new Map<string, string>()
  const operations: V2OperationSpec[] = []
  for (const parsed of familyFiles) {
    const data = parsed.data
    const expected = parsed.file.replace(/^spec\/v2\//, '').replace(/\.yaml$/, '')
    if (data.family !== expected) issues.push(at(parsed, ['family'], `family "${data.family}" must match the file name "${expected}"`))
    const ops: V2OperationSpec[] = []
    for (const [method, raw] of Object.entries<any>(data.operations)) {
      const here = ['operations', method]
      if (methodOwners.has(method)) issues.push(at(parsed, here, `method "${method}" is also defined in ${methodOwners.get(method)}`))
      methodOwners.set(method, parsed.file)
      if (idOwners.has(raw.operation_id)) issues.push(at(parsed, [...here, 'operation_id'], `operation_id "${raw.operation_id}" is also used by ${idOwners.get(raw.operation_id)}`))
      idOwners.set(raw.operation_id, `${method} in ${parsed.file}`)
      const [httpMethod, path] = String(raw.http).split(' ') as [V2OperationSpec['httpMethod'], string]
      const placeholders = [...path.matchAll(/\{([a-z_][a-z0-9_]*)\}/g)].map((m) => m[1]!)
      const params: V2ParamSpec[] = []
      for (const [name, p] of Object.entries<any>(raw.params ?? {})) {
        if (p.use !== undefined) {
          const base = shared.get(p.use)
          if (!base) {
            issues.push(at(parsed, [...here, 'params', name, 'use'], `unknown shared parameter "${p.use}" (spec/v2/parameters.yaml)`))
            continue
          }
          if (base.name !== name) issues.push(at(parsed, [...here, 'params', name], `shared parameter "${p.use}" is named "${base.name}", not "${name}"`))
          params.push({ ...base, required: p.required === true })
        } else params.push(param(name, p))
      }
      for (const ph of placeholders) {
        const p = params.find((x) => x.name === ph)
        if (!p) issues.push(at(parsed, [...here, 'http'], `path placeholder "{${ph}}" has no parameter "${ph}"`))
        else if (p.in !== 'path' || !p.required) issues.push(at(parsed, [...here, 'params', ph], `"${ph}" fills the path: it needs in: path and required: true`))
      }
      for (const p of params) if (p.in === 'path' && !placeholders.includes(p.name)) issues.push(at(parsed, [...here, 'params', p.name], `path parameter "${p.name}" has no "{${p.name}}" in ${path}`))
      for (const p of params) if (p.selects && !modelNames.has(p.selects)) issues.push(at(parsed, [...here, 'params', p.name], `"${p.name}" selects unknown model "${p.selects}"`))
      let body: V2OperationSpec['body']
      if (raw.body) {
        if (!modelNames.has(raw.body.model)) issues.push(at(parsed, [...here, 'body', 'model'], `unknown model "${raw.body.model}"`))
        const fields = topLevelFields(raw.body.model, rawModels)
        for (const f of fields) if (params.some((p) => p.name === f)) issues.push(at(parsed, [...here, 'body', 'model'], `body field "${f}" has the same name as a parameter: the flat params object cannot hold both`))
        body = { model: raw.body.model, required: raw.body.required === true, encoding: raw.body.encoding ?? 'json', fields }
      }
      if (raw.returns !== 'empty' && !modelNames.has(raw.returns)) issues.push(at(parsed, [...here, 'returns'], `unknown model "${raw.returns}"`))
      let paginate: V2OperationSpec['paginate']
      if (raw.paginate) {
        if (!params.some((p) => p.name === raw.paginate.token)) issues.push(at(parsed, [...here, 'paginate', 'token'], `paginates with "${raw.paginate.token}", which is not a parameter`))
        paginate = { token: raw.paginate.token, ...(raw.paginate.max_results ? { maxResults: [raw.paginate.max_results[0], raw.paginate.max_results[1]] as const } : {}) }
      }
      for (const key of Object.keys(raw.example ?? {})) {
        if (!params.some((p) => p.name === key) && !body?.fields.includes(key)) issues.push(at(parsed, [...here, 'example', key], `example names unknown parameter "${key}"`))
      }
      const security: V2Security[] = (raw.security as any[]).map((s) => (typeof s === 'string' ? { scheme: s as 'oauth1_user' | 'bearer', scopes: [] } : { scheme: 'oauth2_user', scopes: [...s.oauth2_user] }))
      const rateLimits: V2RateLimit[] = []
      for (const rl of raw.rate_limits ?? []) {
        const m = /^(\d+)([smh])$/.exec(rl.window)!
        const windowSeconds = Number(m[1]) * WINDOW_UNITS[m[2]!]!
        if (rl.user) rateLimits.push({ windowSeconds, limit: rl.user, per: 'user' })
        if (rl.app) rateLimits.push({ windowSeconds, limit: rl.app, per: 'app' })
      }
      const op: V2OperationSpec = {
        method,
        typeStem: method.charAt(0).toUpperCase() + method.slice(1),
        family: data.family,
        file: parsed.file,
        operationId: raw.operation_id,
        summary: raw.summary,
        ...(raw.description ? { description: raw.description } : {}),
        httpMethod,
        path,
        docs: raw.docs,
        security,
        rateLimits,
        ...(paginate ? { paginate } : {}),
        stream: raw.stream === true,
        ...(raw.deprecated ? { deprecated: raw.deprecated } : {}),
        ...(raw.example ? { example: raw.example } : {}),
        params,
        ...(body ? { body } : {}),
        returns: raw.returns,
      }
      ops.push(op)
      operations.push(op)
    }
    families.push({ family: data.family, title: data.title, description: data.description, file: parsed.file, operations: ops.sort((a, b) => a.method.localeCompare(b.method)) })
  }

  // Build models now that the operations (which describe their own models) are known.
  const methods = operations.map((o) => o.method)
  const referencedFrom = new Map<string, { parent: string; prop: string }[]>()
  for (const [name, { raw }] of rawModels) {
    for (const [prop, p] of Object.entries<any>(raw.properties ?? {})) {
      try {
        for (const n of typeNames(p.type)) referencedFrom.set(n, [...(referencedFrom.get(n) ?? []), { parent: name, prop }])
      } catch {
        /* reported below */
      }
    }
  }
  const models: V2ModelSpec[] = []
  for (const [name, { raw, parsed }] of [...rawModels].sort(([a], [b]) => a.localeCompare(b))) {
    const here = ['models', name]
    const module = parsed.file.replace(/^spec\/v2\/models\//, '').replace(/\.yaml$/, '')
    const shapes = ['properties', 'type', 'one_of', 'all_of'].filter((k) => raw[k] !== undefined)
    if (shapes.length === 0) issues.push(at(parsed, here, `model "${name}" needs properties, type, one_of or all_of`))
    if (raw.type !== undefined && shapes.length > 1) issues.push(at(parsed, here, `model "${name}" is an alias (type) and cannot also have ${shapes.filter((s) => s !== 'type').join(', ')}`))
    if (raw.one_of !== undefined && shapes.length > 1) issues.push(at(parsed, here, `model "${name}" is a union (one_of) and cannot also have ${shapes.filter((s) => s !== 'one_of').join(', ')}`))
    let description: string | undefined = raw.description
    if (!description) {
      const owner = operationOwner(name, methods)
      if (owner) description = derivedDescription(name, owner, referencedFrom.get(name) ?? [])
      else if (!invalidFamilies) issues.push(at(parsed, here, `model "${name}" needs a description (only the models named after an operation, such as GetTweetResponse, may leave it out)`))
    }
    const properties: V2PropertySpec[] = Object.entries<any>(raw.properties ?? {}).map(([prop, p]) => ({
      name: prop,
      type: String(p.type),
      required: p.required === true,
      nullable: p.nullable === true,
      ...pick(p, ['description', 'enum', 'format', 'pattern', 'min', 'max']),
    }))
    for (const prop of properties) checkType(parsed, [...here, 'properties', prop.name, 'type'], prop.type)
    if (raw.type) checkType(parsed, [...here, 'type'], raw.type)
    if (raw.additional) checkType(parsed, [...here, 'additional'], raw.additional)
    for (const [i, t] of (raw.one_of ?? []).entries()) checkType(parsed, [...here, 'one_of', i], t)
    for (const [i, t] of (raw.all_of ?? []).entries()) if (!modelNames.has(t)) issues.push(at(parsed, [...here, 'all_of', i], `unknown model "${t}"`))
    models.push({
      name,
      module,
      file: parsed.file,
      description: description ?? '',
      ...(raw.docs ? { docs: raw.docs } : {}),
      kind: raw.type !== undefined ? 'alias' : raw.one_of !== undefined ? 'union' : raw.all_of !== undefined ? 'all' : 'object',
      properties,
      ...(raw.additional ? { additional: raw.additional } : {}),
      ...pick(raw, ['type', 'enum', 'format', 'pattern', 'min', 'max']),
      nullable: raw.nullable === true,
      oneOf: raw.one_of ?? [],
      allOf: raw.all_of ?? [],
    })
  }
  if (issues.length > 0) throw new SpecError([...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column))
  return { families: families.sort((a, b) => a.family.localeCompare(b.family)), models, shared }
}

function param(name: string, raw: any, shared?: string): V2ParamSpec {
  return {
    name,
    in: raw.in,
    type: raw.type,
    required: raw.required === true,
    description: String(raw.description),
    ...pick(raw, ['enum', 'format', 'pattern', 'min', 'max', 'default', 'example', 'selects', 'defaults']),
    ...(shared ? { shared } : {}),
  }
}

function pick(raw: any, keys: readonly string[]): Record<string, any> {
  const out: Record<string, any> = {}
  for (const k of keys) if (raw?.[k] !== undefined) out[k] = raw[k]
  return out
}

/** The top-level field names of a body model (merged across all_of parts and union options). */
function topLevelFields(name: string, models: ReadonlyMap<string, { raw: any }>, seen = new Set<string>()): string[] {
  if (seen.has(name)) return []
  seen.add(name)
  const raw = models.get(name)?.raw
  if (!raw) return []
  const out = new Set<string>(Object.keys(raw.properties ?? {}))
  for (const part of [...(raw.all_of ?? []), ...(raw.one_of ?? [])]) if (/^[A-Z][A-Za-z0-9]*$/.test(part)) for (const f of topLevelFields(part, models, seen)) out.add(f)
  if (typeof raw.type === 'string' && /^[A-Z][A-Za-z0-9]*$/.test(raw.type)) for (const f of topLevelFields(raw.type, models, seen)) out.add(f)
  return [...out].sort()
}

function derivedDescription(name: string, owner: string, refs: readonly { parent: string; prop: string }[]): string {
  const stem = owner.charAt(0).toUpperCase() + owner.slice(1)
  if (name === `${stem}Response`) return `What \`${owner}\` resolves to: X's response envelope.`
  if (name === `${stem}Request`) return `The JSON body of \`${owner}\`; its fields sit beside the other parameters in the one params object.`
  if (refs.length === 1) return `The \`${refs[0]!.prop}\` field of \`${refs[0]!.parent}\` (part of \`${owner}\`).`
  return `Part of the request or response of \`${owner}\`.`
}
