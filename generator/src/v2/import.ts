/**
 * `npm run spec:import -- <X OpenAPI document>`: brings the facts of X's document into `spec/v2/` (paths,
 * methods, parameters, types, enums, required flags, bodies, responses, security). It keeps everything the
 * spec already says in our words (method names, families, summaries, descriptions, examples, rate limits)
 * and marks what is new with `TODO` descriptions, which the spec loader refuses: a person writes them before
 * the spec builds. Nothing of X's prose is copied.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Document, isScalar, isSeq, parse, visit } from 'yaml'
import { readOpenApi, type OpenApiFacts, type OpenApiParameter } from './openapi.js'
import type { Shape } from './shape.js'
import { operationOwner } from './owner.js'
import { DEFAULT_NAMES, defaultFamily, defaultMethodName, pascal, typeName } from './naming.js'

const TODO = 'TODO: describe in our own words.'

interface Existing {
  /** operationId -> [family, method, entry] */
  readonly operations: Map<string, { family: string; method: string; entry: any }>
  readonly families: Map<string, { title?: string; description?: string }>
  readonly models: Map<string, any>
  readonly modelDescriptions: Map<string, string>
  readonly shared: Map<string, any>
}

function readExisting(root: string): Existing {
  const existing: Existing = { operations: new Map(), families: new Map(), models: new Map(), modelDescriptions: new Map(), shared: new Map() }
  const dir = join(root, 'spec/v2')
  if (!existsSync(dir)) return existing
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const data = parse(readFileSync(join(dir, name), 'utf8'))
    if (name === 'parameters.yaml') {
      for (const [id, p] of Object.entries<any>(data?.parameters ?? {})) existing.shared.set(id, p)
      continue
    }
    existing.families.set(data.family, { title: data.title, description: data.description })
    for (const [method, entry] of Object.entries<any>(data.operations ?? {})) existing.operations.set(entry.operation_id, { family: data.family, method, entry })
  }
  const models = join(dir, 'models')
  if (existsSync(models)) {
    for (const name of readdirSync(models).filter((f) => f.endsWith('.yaml'))) {
      const data = parse(readFileSync(join(models, name), 'utf8'))
      existing.modelDescriptions.set(name.replace(/\.yaml$/, ''), data.description)
      for (const [model, entry] of Object.entries<any>(data.models ?? {})) existing.models.set(model, entry)
    }
  }
  return existing
}

/** Model entries as they are written to YAML. */
type ModelEntry = Record<string, unknown>

class Importer {
  /** X schema name -> our model name. */
  readonly names = new Map<string, string>()
  /** Our model name -> entry. */
  readonly models = new Map<string, ModelEntry>()
  /** Our model name -> the families whose operations reach it. */
  readonly users = new Map<string, Set<string>>()
  /** Our model name -> the one operation it belongs to (request/response models), if any. */
  readonly owner = new Map<string, string>()
  /** Models an operation refers to directly (body, response), with the families that do. */
  readonly roots = new Map<string, Set<string>>()

  constructor(
    readonly facts: OpenApiFacts,
    readonly existing: Existing,
    readonly methodOf: ReadonlyMap<string, string>,
  ) {
    // Per-operation schemas (X names them after the operationId) take our method's name; the rest say Tweet.
    const prefixes = [...methodOf].map(([id, method]) => [pascal(id), pascal(method)] as const).sort((a, b) => b[0].length - a[0].length)
    const taken = new Set<string>()
    for (const name of facts.schemas.keys()) {
      let ours = name
      for (const [from, to] of prefixes) {
        if (name.startsWith(from) && (name.length === from.length || /[A-Z0-9]/.test(name.charAt(from.length)))) {
          ours = to + name.slice(from.length)
          break
        }
      }
      ours = typeName(ours)
      while (taken.has(ours)) ours = `${ours}X`
      taken.add(ours)
      this.names.set(name, ours)
    }
  }

  nameOf(xName: string): string {
    return this.names.get(xName) ?? typeName(xName)
  }

  /** Makes sure the named X schema has a model; returns our name. */
  need(xName: string, family: string): string {
    const name = this.nameOf(xName)
    this.use(name, family)
    if (!this.models.has(name)) {
      const shape = this.facts.schemas.get(xName)
      this.models.set(name, {})
      this.models.set(name, this.modelOf(name, shape ?? { kind: 'unknown' }, family))
    }
    return name
  }

  root(name: string, family: string): void {
    if (!this.roots.has(name)) this.roots.set(name, new Set())
    this.roots.get(name)!.add(family)
  }

  use(name: string, family: string): void {
    if (!this.users.has(name)) this.users.set(name, new Set())
    this.users.get(name)!.add(family)
  }

  /** A new model for an inline shape, named after where it sits. */
  hoist(hint: string, shape: Shape, family: string): string {
    let name = hint
    for (let i = 2; this.models.has(name) || [...this.names.values()].includes(name); i++) name = `${hint}${i}`
    this.use(name, family)
    this.models.set(name, {})
    this.models.set(name, this.modelOf(name, shape, family))
    return name
  }

  modelOf(name: string, shape: Shape, family: string): ModelEntry {
    const prior = this.existing.models.get(name) ?? {}
    const out: ModelEntry = {}
    if (prior.description) out.description = prior.description
    if (prior.docs) out.docs = prior.docs
    if (shape.kind === 'object' && Object.keys(shape.properties).length > 0) {
      out.properties = this.properties(name, shape, family, prior.properties ?? {})
      if (shape.additional) out.additional = this.expr(shape.additional, `${name}Value`, family).type
    } else if (shape.kind === 'union') {
      out.one_of = shape.of.map((s, i) => {
        const e = this.expr(s, `${name}Option${i + 1}`, family)
        // An option with constraints (an enum, a pattern) needs a name to carry them.
        return Object.keys(e.extras).length ? this.hoist(`${name}Option${i + 1}`, s, family) : e.type
      })
    } else if (shape.kind === 'all') {
      const parts: string[] = []
      const own: Record<string, any> = {}
      for (const part of shape.of) {
        if (part.kind === 'ref') parts.push(this.need(part.name, family))
        else if (part.kind === 'object') Object.assign(own, this.properties(name, part, family, prior.properties ?? {}))
        else parts.push(this.hoist(`${name}Part`, part, family))
      }
      out.all_of = parts
      if (Object.keys(own).length) out.properties = own
    } else {
      const e = this.expr(shape, `${name}Value`, family)
      Object.assign(out, { type: e.type, ...e.extras })
    }
    if (shape.nullable) out.nullable = true
    if (!out.description && !this.isOperationModel(name)) return { description: TODO, ...out }
    return out
  }

  /** Models named after one operation (`CreateTweetRequest`, `CreateTweetResponseData`) are described from it. */
  isOperationModel(name: string): boolean {
    return this.owner.has(name) || operationOwner(name, this.methodOf.values()) !== undefined
  }

  properties(owner: string, shape: Extract<Shape, { kind: 'object' }>, family: string, prior: Record<string, any>): Record<string, any> {
    const props: Record<string, any> = {}
    for (const [prop, p] of Object.entries(shape.properties)) {
      const e = this.expr(p.shape, `${owner}${pascal(prop.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase()))}`, family)
      const entry: Record<string, unknown> = { type: e.type }
      if (p.required) entry.required = true
      if (p.shape.nullable) entry.nullable = true
      Object.assign(entry, e.extras)
      if (prior[prop]?.description) entry.description = prior[prop].description
      props[prop] = entry
    }
    return props
  }

  /** A type expression for a shape, hoisting what the expression grammar cannot say inline. */
  expr(shape: Shape, hint: string, family: string): { type: string; extras: Record<string, unknown> } {
    switch (shape.kind) {
      case 'string':
        return { type: 'string', extras: { ...(shape.enum ? { enum: [...shape.enum] } : {}), ...(shape.format ? { format: shape.format } : {}), ...(shape.pattern ? { pattern: shape.pattern } : {}) } }
      case 'integer':
      case 'number':
        return { type: shape.kind, extras: { ...(shape.minimum !== undefined ? { min: shape.minimum } : {}), ...(shape.maximum !== undefined ? { max: shape.maximum } : {}) } }
      case 'boolean':
      case 'unknown':
        return { type: shape.kind, extras: {} }
      case 'ref':
        return { type: this.need(shape.name, family), extras: {} }
      case 'array': {
        const inner = this.expr(shape.items, `${hint}Item`, family)
        const type = inner.type.includes('|') ? this.hoist(`${hint}Item`, shape.items, family) : inner.type
        return { type: `${type}[]`, extras: inner.type.includes('|') ? {} : inner.extras }
      }
      case 'object':
        if (Object.keys(shape.properties).length === 0) return { type: `map<${shape.additional ? this.expr(shape.additional, `${hint}Value`, family).type : 'unknown'}>`, extras: {} }
        return { type: this.hoist(hint, shape, family), extras: {} }
      case 'union':
      case 'all':
        return { type: this.hoist(hint, shape, family), extras: {} }
    }
  }
}

/** Parameter facts as a spec entry (without description). */
function paramEntry(p: OpenApiParameter): Record<string, unknown> {
  const s = p.shape
  const entry: Record<string, unknown> = { in: p.in }
  const scalar = (x: Shape): { type: string; extras: Record<string, unknown> } => {
    switch (x.kind) {
      case 'string':
        return { type: 'string', extras: { ...(x.enum ? { enum: [...x.enum] } : {}), ...(x.format ? { format: x.format } : {}), ...(x.pattern ? { pattern: x.pattern } : {}) } }
      case 'integer':
      case 'number':
        return { type: x.kind, extras: { ...(x.minimum !== undefined ? { min: x.minimum } : {}), ...(x.maximum !== undefined ? { max: x.maximum } : {}) } }
      case 'boolean':
        return { type: 'boolean', extras: {} }
      default:
        return { type: 'string', extras: {} }
    }
  }
  if (s.kind === 'array') {
    const inner = scalar(s.items)
    entry.type = inner.type === 'integer' ? 'integer[]' : 'string[]'
    Object.assign(entry, inner.extras)
  } else {
    const inner = scalar(s)
    entry.type = inner.type
    Object.assign(entry, inner.extras)
  }
  if (p.required) entry.required = true
  if (p.default !== undefined) entry.default = p.default
  return entry
}

/** Which model a `<x>.fields` parameter selects the fields of. */
const SELECTS: Readonly<Record<string, string>> = {
  'post.fields': 'Tweet',
  'tweet.fields': 'Tweet',
  'user.fields': 'User',
  'media.fields': 'Media',
  'poll.fields': 'Poll',
  'place.fields': 'Place',
  'list.fields': 'List',
  'space.fields': 'Space',
  'dm_event.fields': 'DmEvent',
  'topic.fields': 'Topic',
  'community.fields': 'Community',
  'news.fields': 'News',
  'note.fields': 'Note',
  'compliance_job.fields': 'ComplianceJob',
  'trend.fields': 'Trend',
  'usage.fields': 'Usage',
}

/** Inline parameters that read the same in every operation and are worth describing once. */
const SHARED_INLINE = new Set(['pagination_token', 'next_token', 'start_time', 'end_time', 'since_id', 'until_id', 'backfill_minutes', 'partition', 'expansions', 'tweet.fields', 'user.fields', 'media.fields', 'poll.fields', 'place.fields'])

export function importSpec(facts: OpenApiFacts, existing: Existing): Map<string, string> {
  const methodOf = new Map<string, string>()
  const familyOf = new Map<string, string>()
  for (const op of facts.operations) {
    const prior = existing.operations.get(op.operationId)
    const [family, method] = prior ? [prior.family, prior.method] : (DEFAULT_NAMES[op.operationId] ?? [defaultFamily(op.tag), defaultMethodName(op.operationId)])
    methodOf.set(op.operationId, method)
    familyOf.set(op.operationId, family)
  }
  const imp = new Importer(facts, existing, methodOf)
  // Request and response models of one operation are described from it: mark them before building.
  for (const op of facts.operations) {
    for (const shape of [op.response, op.body?.shape]) if (shape?.kind === 'ref') imp.owner.set(imp.nameOf(shape.name), op.operationId)
  }

  const shared = new Map<string, Record<string, unknown>>()
  const sharedKey = new Map<string, string>()
  const sharedId = (p: OpenApiParameter): string | undefined => {
    if (p.in === 'path') return undefined
    if (p.component) return typeName(p.component.replace(/Parameter$/, ''))
    if (!SHARED_INLINE.has(p.name)) return undefined
    const key = JSON.stringify([p.name, p.in, p.shape, p.required, p.default])
    const known = sharedKey.get(key)
    if (known) return known
    let id = pascal(p.name.replace(/[._]([a-z])/g, (_m, c: string) => c.toUpperCase()))
    for (let i = 2; shared.has(id) && sharedKey.get(key) !== id; i++) id = `${pascal(p.name.replace(/[._]([a-z])/g, (_m, c: string) => c.toUpperCase()))}${i}`
    sharedKey.set(key, id)
    return id
  }

  const families = new Map<string, { title: string; description: string; operations: Record<string, unknown> }>()
  for (const op of [...facts.operations].sort((a, b) => methodOf.get(a.operationId)!.localeCompare(methodOf.get(b.operationId)!))) {
    const family = familyOf.get(op.operationId)!
    const method = methodOf.get(op.operationId)!
    const prior = existing.operations.get(op.operationId)?.entry ?? {}
    if (!families.has(family)) {
      const f = existing.families.get(family)
      families.set(family, { title: f?.title ?? family.split('_').map(pascal).join(' '), description: f?.description ?? TODO, operations: {} })
    }
    const entry: Record<string, unknown> = { operation_id: op.operationId, summary: prior.summary ?? TODO }
    if (prior.description) entry.description = prior.description
    entry.http = `${op.method} ${op.path}`
    entry.docs = prior.docs ?? op.docs ?? `https://docs.x.com/x-api/${defaultFamily(op.tag).replace(/_/g, '-')}/${slug(op.operationId)}`
    entry.security = op.security.map((s) => (s.scheme === 'oauth2_user' ? { oauth2_user: [...s.scopes] } : s.scheme))
    if (prior.rate_limits) entry.rate_limits = prior.rate_limits
    const names = new Set(op.parameters.map((p) => p.name))
    const token = names.has('next_token') ? 'next_token' : names.has('pagination_token') ? 'pagination_token' : undefined
    if (token && !op.stream) {
      const max = op.parameters.find((p) => p.name === 'max_results')?.shape
      entry.paginate = { token, ...(max?.kind === 'integer' && max.minimum !== undefined && max.maximum !== undefined ? { max_results: [max.minimum, max.maximum] } : {}) }
    }
    if (op.stream) entry.stream = true
    if (prior.deprecated) entry.deprecated = prior.deprecated
    if (prior.example) entry.example = prior.example
    const params: Record<string, unknown> = {}
    for (const p of op.parameters) {
      if (p.in === 'header') continue
      const id = sharedId(p)
      if (id) {
        if (!shared.has(id)) {
          const priorShared = existing.shared.get(id)
          const sel = SELECTS[p.name]
          shared.set(id, { name: p.name, ...paramEntry({ ...p, required: false }), description: priorShared?.description ?? TODO, ...(sel ? { selects: sel } : {}), ...(priorShared?.defaults ? { defaults: priorShared.defaults } : {}) })
        }
        params[p.name] = p.required ? { use: id, required: true } : { use: id }
      } else {
        params[p.name] = { ...paramEntry(p), description: prior.params?.[p.name]?.description ?? TODO, ...(prior.params?.[p.name]?.example !== undefined ? { example: prior.params[p.name].example } : {}) }
      }
    }
    if (Object.keys(params).length) entry.params = params
    if (op.body) {
      const model = op.body.shape.kind === 'ref' ? imp.need(op.body.shape.name, family) : imp.hoist(`${pascal(method)}Request`, op.body.shape, family)
      imp.root(model, family)
      entry.body = { model, ...(op.body.required ? { required: true } : {}), ...(op.body.encodings.includes('json') ? {} : { encoding: 'multipart' }) }
    }
    entry.returns = op.response ? (op.response.kind === 'ref' ? imp.need(op.response.name, family) : imp.hoist(`${pascal(method)}Response`, op.response, family)) : 'empty'
    if (entry.returns !== 'empty') imp.root(String(entry.returns), family)
    families.get(family)!.operations[method] = entry
  }
  // Models the selects point at must exist.
  for (const [id, p] of shared) if (p.selects && !imp.models.has(String(p.selects))) delete p.selects, void id

  // Modules: a model reached from one family only lives with it; shared ones by their domain.
  const reach = new Map<string, Set<string>>()
  const refsOf = (entry: ModelEntry): string[] => {
    const exprs: string[] = []
    for (const p of Object.values<any>(entry.properties ?? {})) exprs.push(String(p.type))
    for (const k of ['type', 'additional']) if (typeof entry[k] === 'string') exprs.push(entry[k] as string)
    for (const k of ['one_of', 'all_of']) for (const x of (entry[k] as string[] | undefined) ?? []) exprs.push(x)
    return exprs.flatMap((e) => e.match(/[A-Z][A-Za-z0-9]*/g) ?? []).filter((n) => imp.models.has(n))
  }
  for (const [root, families] of imp.roots) {
    const stack = [root]
    const seen = new Set<string>()
    while (stack.length) {
      const name = stack.pop()!
      if (seen.has(name)) continue
      seen.add(name)
      if (!reach.has(name)) reach.set(name, new Set())
      for (const f of families) reach.get(name)!.add(f)
      stack.push(...refsOf(imp.models.get(name) ?? {}))
    }
  }
  const moduleOf = (name: string): string => {
    const users = [...(reach.get(name) ?? imp.users.get(name) ?? [])]
    if (users.length === 1) return users[0]!
    const domains: [RegExp, string][] = [
      [/Problem$|^Error|^Problem/, 'errors'],
      [/^Tweet|^Expansions|^Entities|^Url|^Mention|^Hashtag|^Cashtag|^ContextAnnotation/, 'tweets'],
      [/^User/, 'users'],
      [/^Media|^Variant|^Photo|^Video|^AnimatedGif/, 'media'],
      [/^Poll/, 'tweets'],
      [/^Place|^Geo/, 'places'],
      [/^List/, 'lists'],
      [/^Space/, 'spaces'],
      [/^Dm/, 'direct_messages'],
    ]
    for (const [re, module] of domains) if (re.test(name)) return module
    return 'common'
  }
  const modules = new Map<string, Record<string, ModelEntry>>()
  for (const name of [...imp.models.keys()].sort()) {
    const module = moduleOf(name)
    if (!modules.has(module)) modules.set(module, {})
    modules.get(module)![name] = imp.models.get(name)!
  }

  const out = new Map<string, string>()
  const yaml = (value: unknown) => {
    const doc = new Document(value, { aliasDuplicateObjects: false })
    // Short lists of scalars (scopes, enums, bounds) read better on one line.
    visit(doc, {
      Seq(_key, node) {
        if (node.items.every((i) => isScalar(i)) && node.items.length <= 40) node.flow = true
      },
      Pair(_key, pair) {
        const key = isScalar(pair.key) ? String(pair.key.value) : ''
        // rate_limits: [{ window: 15m, user: 900 }] on one line.
        if (key === 'rate_limits' && isSeq(pair.value)) pair.value.flow = true
        // Long prose as a folded block, the way a person writes it.
        if ((key === 'description' || key === 'summary' || key === 'deprecated') && isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.value.length > 90) pair.value.type = 'BLOCK_FOLDED'
      },
    })
    return doc.toString({ lineWidth: 120, singleQuote: true })
  }
  for (const [family, f] of [...families].sort(([a], [b]) => a.localeCompare(b))) {
    out.set(`spec/v2/${family}.yaml`, `# yaml-language-server: $schema=../schema/v2-operations.schema.json\n${yaml({ family, title: f.title, description: f.description, operations: f.operations })}`)
  }
  out.set('spec/v2/parameters.yaml', `# yaml-language-server: $schema=../schema/v2-parameters.schema.json\n${yaml({ description: 'Parameters that many X API v2 operations take alike, referenced from the operations with `use:`.', parameters: Object.fromEntries([...shared].sort(([a], [b]) => a.localeCompare(b))) })}`)
  for (const [module, models] of [...modules].sort(([a], [b]) => a.localeCompare(b))) {
    out.set(`spec/v2/models/${module}.yaml`, `# yaml-language-server: $schema=../../schema/v2-models.schema.json\n${yaml({ description: existing.modelDescriptions.get(module) ?? TODO, models })}`)
  }
  return out
}

function slug(operationId: string): string {
  return operationId.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
}

// CLI
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
  const source = process.argv[2]
  if (!source) {
    console.error('usage: npm run spec:import -- <path to an X API v2 OpenAPI document>')
    process.exit(2)
  }
  const facts = readOpenApi(JSON.parse(readFileSync(source, 'utf8')))
  const files = importSpec(facts, readExisting(root))
  const dir = join(root, 'spec/v2')
  if (existsSync(dir)) for (const f of readdirSync(dir, { recursive: true }) as string[]) if (f.endsWith('.yaml')) rmSync(join(dir, f))
  let todo = 0
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
    todo += text.split(TODO).length - 1
  }
  console.log(`spec:import: ${facts.operations.length} operations from X API ${facts.version} into ${files.size} files; ${todo} descriptions to write (search for "TODO:").`)
}

export type { Existing }
