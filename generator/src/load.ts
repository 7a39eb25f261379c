/**
 * Loads spec/ from disk (or from an in-memory map in tests), validates every file against the JSON
 * Schemas in spec/schema/, runs the cross-file checks a schema cannot express, and builds the model.
 * Every problem is reported with its file, line, column and reason; loading fails if there is any.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml'
import { camelCase, pascalCase } from './names.js'
import type { EndpointSpec, FamilySpec, InterfaceSpec, ModelSpec, ParamSpec, ParamType, PropertySpec, Spec } from './spec-types.js'
import { typeNames } from './type-expr.js'

export interface SpecIssue {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly message: string
}

export class SpecError extends Error {
  constructor(readonly issues: readonly SpecIssue[]) {
    super(`The spec has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${issues.map((i) => `  ${i.file}:${i.line}:${i.column}: ${i.message}`).join('\n')}`)
    this.name = 'SpecError'
  }
}

/** Spec files by path relative to the repository root (`spec/endpoints/x.yaml`), with their text. */
export type SpecSources = ReadonlyMap<string, string>

/** The spec file of Twython's non-endpoint interface (the rest of the name table). */
export const INTERFACE_FILE = 'spec/interface.yaml'

/** Reads every YAML file under `<root>/spec/endpoints` and `<root>/spec/models`, and `spec/interface.yaml`. */
export function readSpecSources(root: string): Map<string, string> {
  const sources = new Map<string, string>()
  if (existsSync(join(root, INTERFACE_FILE))) sources.set(INTERFACE_FILE, readFileSync(join(root, INTERFACE_FILE), 'utf8'))
  for (const dir of ['spec/endpoints', 'spec/models']) {
    const abs = join(root, dir)
    if (!existsSync(abs)) continue
    for (const name of readdirSync(abs).filter((f) => f.endsWith('.yaml')).sort()) {
      sources.set(`${dir}/${name}`, readFileSync(join(abs, name), 'utf8'))
    }
  }
  return sources
}

/** The JSON Schemas of the spec format. */
export interface SpecSchemas {
  readonly endpoints: object
  readonly models: object
  /** spec/interface.yaml's; needed only when that file is among the sources. */
  readonly interface?: object
}

/** Reads the JSON Schemas of the spec format. */
export function readSchemas(root: string): SpecSchemas {
  return {
    endpoints: JSON.parse(readFileSync(join(root, 'spec/schema/endpoints.schema.json'), 'utf8')),
    models: JSON.parse(readFileSync(join(root, 'spec/schema/models.schema.json'), 'utf8')),
    interface: JSON.parse(readFileSync(join(root, 'spec/schema/interface.schema.json'), 'utf8')),
  }
}

export interface ParsedFile {
  readonly file: string
  readonly doc: Document
  readonly lines: LineCounter
  readonly data: any
}

/** Validates and builds the spec; throws `SpecError` listing every problem. */
export function loadSpec(sources: SpecSources, schemas: SpecSchemas): Spec {
  const issues: SpecIssue[] = []
  const ajv = new Ajv({ allErrors: true, strict: false })
  const validateEndpoints = ajv.compile(schemas.endpoints)
  const validateModels = ajv.compile(schemas.models)

  const endpointFiles: ParsedFile[] = []
  const modelFiles: ParsedFile[] = []
  let iface: InterfaceSpec | undefined
  for (const [file, text] of sources) {
    const parsed = parseFile(file, text, issues)
    if (!parsed) continue
    if (file === INTERFACE_FILE) {
      const validateInterface = schemas.interface ? ajv.compile(schemas.interface) : undefined
      if (!validateInterface) issues.push({ file, line: 1, column: 1, message: 'no schema for spec/interface.yaml (spec/schema/interface.schema.json)' })
      else if (!validateInterface(parsed.data)) issues.push(...schemaIssues(parsed, validateInterface))
      else iface = { file, sections: (parsed.data as { sections: InterfaceSpec['sections'] }).sections }
      continue
    }
    const isModels = file.startsWith('spec/models/')
    const validate = isModels ? validateModels : validateEndpoints
    if (!validate(parsed.data)) {
      issues.push(...schemaIssues(parsed, validate))
      continue
    }
    ;(isModels ? modelFiles : endpointFiles).push(parsed)
  }

  const models = buildModels(modelFiles, issues)
  const modelNames = new Set(models.map((m) => m.name))
  for (const model of models) {
    const parsed = modelFiles.find((f) => f.file === model.file)!
    if (model.extends && !modelNames.has(model.extends)) issues.push(at(parsed, ['models', model.name, 'extends'], `extends unknown model "${model.extends}"`))
    for (const prop of model.properties) {
      for (const name of unknownTypes(prop.type, modelNames)) issues.push(at(parsed, ['models', model.name, 'properties', prop.name, 'type'], `unknown model "${name}" in type "${prop.type}"`))
    }
  }
  const families = buildFamilies(endpointFiles, modelNames, issues)
  if (issues.length > 0) throw new SpecError([...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column))
  return { families, models, ...(iface ? { interface: iface } : {}) }
}

export function parseFile(file: string, text: string, issues: SpecIssue[]): ParsedFile | undefined {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = lines.linePos(error.pos[0])
      issues.push({ file, line: pos.line, column: pos.col, message: `YAML: ${error.message.split('\n')[0]}` })
    }
    return undefined
  }
  return { file, doc, lines, data: doc.toJS() }
}

/** Finds the closest node for a path and reports its position. */
export function at(parsed: ParsedFile, path: readonly (string | number)[], message: string, keyOf?: string): SpecIssue {
  let node: Node | null | undefined
  let p = [...path]
  for (; p.length >= 0; p = p.slice(0, -1)) {
    node = p.length === 0 ? parsed.doc.contents : (parsed.doc.getIn(p, true) as Node | undefined)
    if (node || p.length === 0) break
  }
  let offset = node?.range?.[0] ?? 0
  if (keyOf !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === keyOf)
    const key = pair && isPair(pair) && isScalar(pair.key) ? pair.key : undefined
    if (key?.range) offset = key.range[0]
  } else if (p.length > 0 && p.length === path.length) {
    // Point at the key of the value when there is one, which reads better than the value's start.
    const parent = p.length === 1 ? parsed.doc.contents : (parsed.doc.getIn(p.slice(0, -1), true) as Node | undefined)
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === p[p.length - 1])
      if (pair && isPair(pair) && isScalar(pair.key) && pair.key.range) offset = pair.key.range[0]
    }
  }
  const pos = parsed.lines.linePos(offset)
  return { file: parsed.file, line: pos.line, column: pos.col, message }
}

export function schemaIssues(parsed: ParsedFile, validate: ValidateFunction): SpecIssue[] {
  const seen = new Set<string>()
  const out: SpecIssue[] = []
  for (const error of validate.errors ?? []) {
    // oneOf/anyOf noise: keep the most specific messages only.
    if (error.keyword === 'if') continue
    const path = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    const issue = describeSchemaError(parsed, path, error)
    const key = `${issue.line}:${issue.message}`
    if (!seen.has(key)) {
      seen.add(key)
      out.push(issue)
    }
  }
  return out
}

function describeSchemaError(parsed: ParsedFile, path: string[], error: ErrorObject): SpecIssue {
  const where = path.length ? path.join('.') : '(top level)'
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties':
      return at(parsed, path, `${where}: unknown field "${String(params.additionalProperty)}"`, String(params.additionalProperty))
    case 'required':
      return at(parsed, path, `${where}: missing required field "${String(params.missingProperty)}"`)
    case 'enum':
      return at(parsed, path, `${where}: must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`)
    case 'propertyNames':
      return at(parsed, path, `${where}: name "${String(params.propertyName)}" is not allowed (${error.message ?? 'bad name'})`, String(params.propertyName))
    case 'pattern':
      return at(parsed, path, `${where}: ${JSON.stringify(parsed.doc.getIn(path))} does not match ${String(params.pattern)}`)
    default:
      return at(parsed, path, `${where}: ${error.message ?? error.keyword}`)
  }
}

function buildModels(files: readonly ParsedFile[], issues: SpecIssue[]): ModelSpec[] {
  const models: ModelSpec[] = []
  const seen = new Map<string, string>()
  for (const parsed of files) {
    const module = parsed.file.replace(/^spec\/models\//, '').replace(/\.yaml$/, '')
    for (const [name, raw] of Object.entries<any>(parsed.data.models)) {
      const previous = seen.get(name)
      if (previous) {
        issues.push(at(parsed, ['models', name], `model "${name}" is also defined in ${previous}`))
        continue
      }
      seen.set(name, parsed.file)
      const properties: PropertySpec[] = Object.entries<any>(raw.properties ?? {}).map(([prop, p]) => ({
        name: prop,
        type: String(p.type),
        optional: p.optional === true,
        nullable: p.nullable === true,
        ...(p.description ? { description: String(p.description) } : {}),
        ...(p.enum ? { enum: p.enum as string[] } : {}),
      }))
      for (const prop of properties) {
        try {
          typeNames(prop.type)
        } catch (e) {
          issues.push(at(parsed, ['models', name, 'properties', prop.name, 'type'], (e as Error).message))
        }
      }
      models.push({ name, module, file: parsed.file, description: raw.description, properties, ...(raw.docs ? { docs: raw.docs } : {}), ...(raw.extends ? { extends: raw.extends } : {}) })
    }
  }
  return models
}

function unknownTypes(expr: string, models: ReadonlySet<string>): string[] {
  try {
    return typeNames(expr).filter((n) => !models.has(n))
  } catch {
    return []
  }
}

function buildFamilies(files: readonly ParsedFile[], modelNames: ReadonlySet<string>, issues: SpecIssue[]): FamilySpec[] {
  const families: FamilySpec[] = []
  const endpointOwners = new Map<string, string>()
  const familyOwners = new Map<string, string>()
  for (const parsed of files) {
    const data = parsed.data
    const expected = parsed.file.replace(/^spec\/endpoints\//, '').replace(/\.yaml$/, '')
    if (data.family !== expected) issues.push(at(parsed, ['family'], `family "${data.family}" must match the file name "${expected}"`))
    if (familyOwners.has(data.family)) issues.push(at(parsed, ['family'], `family "${data.family}" is also declared in ${familyOwners.get(data.family)}`))
    familyOwners.set(data.family, parsed.file)
    const endpoints: EndpointSpec[] = []
    for (const [name, raw] of Object.entries<any>(data.endpoints)) {
      const here = ['endpoints', name]
      if (endpointOwners.has(name)) issues.push(at(parsed, here, `endpoint "${name}" is also defined in ${endpointOwners.get(name)}`))
      endpointOwners.set(name, parsed.file)
      const [httpMethod, path] = String(raw.http).split(' ') as ['GET' | 'POST' | 'DELETE', string]
      const placeholders = [...path.matchAll(/:([a-z_][a-z0-9_]*)/g)].map((m) => m[1]!)
      const params: ParamSpec[] = Object.entries<any>(raw.params ?? {}).map(([pname, p]) => ({
        name: pname,
        type: p.type as ParamType,
        required: p.required === true,
        description: String(p.description),
        inPath: placeholders.includes(pname),
        ...(p.enum ? { enum: p.enum } : {}),
        ...(p.default !== undefined ? { default: p.default } : {}),
        ...(p.example !== undefined ? { example: p.example } : {}),
      }))
      for (const ph of placeholders) {
        const param = params.find((p) => p.name === ph)
        if (!param) issues.push(at(parsed, [...here, 'http'], `path placeholder ":${ph}" has no parameter "${ph}"`))
        else if (!param.required) issues.push(at(parsed, [...here, 'params', ph, 'required'], `path parameter "${ph}" must be required: true`))
      }
      for (const p of params) {
        if (!p.enum) continue
        for (const v of p.enum) {
          const ok = p.type === 'integer' || p.type === 'number' ? typeof v === 'number' : typeof v === 'string'
          if (!ok) issues.push(at(parsed, [...here, 'params', p.name, 'enum'], `enum value ${JSON.stringify(v)} does not fit type ${p.type}`))
        }
      }
      const hasFile = params.some((p) => p.type === 'file')
      const encoding = raw.encoding ?? (hasFile ? 'multipart' : 'form')
      if (hasFile && encoding !== 'multipart') issues.push(at(parsed, [...here, 'encoding'], 'a file parameter needs encoding: multipart'))
      if (httpMethod !== 'POST' && raw.encoding) issues.push(at(parsed, [...here, 'encoding'], `encoding applies to POST only, not ${httpMethod}`))
      if (raw.paginate && raw.paginate.style !== 'max_id' && !raw.paginate.items) issues.push(at(parsed, [...here, 'paginate'], `paginate style ${raw.paginate.style} needs "items"`))
      if (raw.returns !== 'empty') {
        try {
          for (const n of typeNames(raw.returns)) if (!modelNames.has(n)) issues.push(at(parsed, [...here, 'returns'], `unknown model "${n}" in returns "${raw.returns}"`))
        } catch (e) {
          issues.push(at(parsed, [...here, 'returns'], (e as Error).message))
        }
      }
      if (raw.returns_string_ids !== undefined) {
        try {
          for (const n of typeNames(raw.returns_string_ids)) if (!modelNames.has(n)) issues.push(at(parsed, [...here, 'returns_string_ids'], `unknown model "${n}" in returns_string_ids "${raw.returns_string_ids}"`))
        } catch (e) {
          issues.push(at(parsed, [...here, 'returns_string_ids'], (e as Error).message))
        }
        if (!params.some((p) => p.name === 'stringify_ids' && p.type === 'boolean')) issues.push(at(parsed, [...here, 'returns_string_ids'], 'returns_string_ids needs a boolean parameter "stringify_ids"'))
      }
      // cursor() asks id collections for strings and types their items as string: the spec must say what that response looks like.
      if (raw.paginate?.items === 'ids' && raw.returns_string_ids === undefined) issues.push(at(parsed, [...here, 'paginate'], 'a collection paged over "ids" needs returns_string_ids (cursor() sends stringify_ids=true)'))
      for (const key of Object.keys(raw.example ?? {})) {
        if (!params.some((p) => p.name === key)) issues.push(at(parsed, [...here, 'example', key], `example names unknown parameter "${key}"`))
      }
      endpoints.push({
        name,
        method: camelCase(name),
        typeStem: pascalCase(name),
        family: data.family,
        file: parsed.file,
        summary: raw.summary,
        httpMethod,
        path,
        host: raw.host ?? 'api',
        versioned: raw.versioned ?? true,
        auth: raw.auth ?? 'any',
        encoding,
        docs: raw.docs,
        params,
        returns: raw.returns,
        ...(raw.description ? { description: raw.description } : {}),
        ...(raw.rate_limit ? { rateLimit: raw.rate_limit } : {}),
        ...(raw.paginate ? { paginate: raw.paginate } : {}),
        ...(raw.deprecated ? { deprecated: raw.deprecated } : {}),
        ...(raw.example ? { example: raw.example } : {}),
        ...(raw.returns_string_ids ? { returnsStringIds: raw.returns_string_ids } : {}),
        ...(raw.returns_description ? { returnsDescription: raw.returns_description } : {}),
      })
    }
    families.push({ family: data.family, title: data.title, description: data.description, file: parsed.file, endpoints })
  }
  return families.sort((a, b) => a.family.localeCompare(b.family))
}
