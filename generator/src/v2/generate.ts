/** Generates every v2 output file from the v2 spec: path (relative to the repository root) -> content. */
import type { SourceFile } from 'ts-morph'
import { CLIENT_DOCS, CLIENT_GENERATED, EMULATOR_GENERATED, createEmitter, createProject, header } from '../generate.js'
import { literal } from '../tsdoc.js'
import { buildParameterTypes, buildV2ModelModule, genericResponses, restatedModels } from './emit-models.js'
import { buildSharedParams, buildV2Class, buildV2FamilyModule, operationsJson, sharedParamName, v2Alias, v2FieldBounds, v2ParamsNames, type V2Context } from './emit-operations.js'
import { v2FamilyPage, v2IndexPage } from './emit-docs.js'
import { specShapes } from './spec-shape.js'
import type { V2ModelSpec, V2Spec } from './spec-types.js'

export const V2_GENERATED = `${CLIENT_GENERATED}/v2`
export const V2_DOCS = `${CLIENT_DOCS}/v2`

export function generateV2(spec: V2Spec): Map<string, string> {
  const project = createProject()
  const out = new Map<string, string>()
  const emit = createEmitter(project, out)
  const moduleOf = new Map(spec.models.map((m) => [m.name, m.module]))
  const byName = new Map(spec.models.map((m) => [m.name, m]))
  const generics = genericResponses(spec)
  const ctx: V2Context = { spec, generics, bodyFields: (model) => bodyFields(model, byName) }
  checkNames(spec)

  const modules = [...new Set(spec.models.map((m) => m.module))].sort()
  const restated = restatedModels(spec.models, generics)
  for (const module of modules) {
    const models = spec.models.filter((m) => m.module === module)
    const built = buildV2ModelModule(models, moduleOf, generics, restated)
    emit(`${V2_GENERATED}/models/${module}.ts`, `spec/v2/models/${module}.yaml`, (file) => {
      if (built.usesSelected) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: '@twython/runtime', namedImports: ['Selected'] })
      for (const from of [...built.imports.keys()].sort()) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: `./${from}.js`, namedImports: [...built.imports.get(from)!].sort() })
      file.addStatements(built.statements)
    })
  }
  emit(`${V2_GENERATED}/models/index.ts`, 'spec/v2/models/', (file) => {
    for (const module of modules) file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: `./${module}.js` })
  })
  emit(`${V2_GENERATED}/parameters.ts`, 'spec/v2/parameters.yaml', (file) => file.addStatements(buildParameterTypes(spec.shared)))

  const shared = buildSharedParams(spec)
  emit(`${V2_GENERATED}/params/shared.ts`, 'spec/v2/parameters.yaml', (file) => {
    if (shared.parameterImports.size) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: '../parameters.js', namedImports: [...shared.parameterImports].sort() })
    file.addStatements(shared.statements)
  })
  for (const family of spec.families) {
    const built = buildV2FamilyModule(family, ctx)
    emit(`${V2_GENERATED}/params/${family.family}.ts`, family.file, (file) => {
      if (built.usesPaging) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: '@twython/runtime', namedImports: ['PAGINATION', 'Paging'] })
      addByModule(file, built.paramModelImports, moduleOf, '../models/')
      if (built.parameterImports.size) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: '../parameters.js', namedImports: [...built.parameterImports].sort() })
      if (built.sharedImports.size) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './shared.js', namedImports: [...built.sharedImports].sort() })
      file.addStatements(built.params)
    })
    emit(`${V2_GENERATED}/${family.family}.ts`, family.file, (file) => {
      file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: '@twython/runtime', namedImports: ['BaseCore', 'CallOptions', 'Route', ...(built.usesStream ? ['StreamCallOptions'] : [])] })
      // v2 calls and streams reach the runtime's v2 request builder and stream reader directly, so an app
      // that never calls v2 (or never streams) never bundles them.
      if (built.usesCall) file.addImportDeclaration({ moduleSpecifier: '@twython/runtime/v2/call', namedImports: built.usesJson ? ['callV2', 'v2Json'] : ['callV2'] })
      if (built.usesFiles) file.addImportDeclaration({ moduleSpecifier: '@twython/runtime/multipart', namedImports: ['callWithFiles'] })
      if (built.usesStream) file.addImportDeclaration({ moduleSpecifier: '@twython/runtime/v2/stream', namedImports: ['streamRoute'] })
      addByModule(file, built.modelImports, moduleOf)
      const bounds = v2FieldBounds(family.operations, ctx)
      if (bounds.size) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './parameters.js', namedImports: [...bounds].sort() })
      const params = [...built.paramNames].sort()
      file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: `./params/${family.family}.js`, namedImports: params })
      file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: `./params/${family.family}.js`, namedExports: params })
      file.addStatements(built.statements)
    })
  }

  emit(`${V2_GENERATED}/twython-v2.ts`, 'spec/v2/', (file) => {
    file.addImportDeclaration({ moduleSpecifier: '@twython/runtime', namedImports: ['registerRoutes'] })
    const usesStream = spec.families.some((f) => f.operations.some((o) => o.stream))
    file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: '@twython/runtime', namedImports: ['CallOptions', 'Core', ...(usesStream ? ['StreamCallOptions'] : [])] })
    const used = new Set<string>()
    for (const op of spec.families.flatMap((f) => f.operations)) if (op.returns !== 'empty') used.add(op.returns)
    addByModule(file, used, moduleOf, './models/')
    const bounds = v2FieldBounds(spec.families.flatMap((f) => f.operations), ctx)
    if (bounds.size) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './parameters.js', namedImports: [...bounds].sort() })
    // Types from the params modules, values from the family modules: the class's declarations name no function.
    for (const family of spec.families) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: `./params/${family.family}.js`, namedImports: family.operations.flatMap((o) => v2ParamsNames(o, ctx)).sort() })
    for (const family of spec.families) file.addImportDeclaration({ moduleSpecifier: `./${family.family}.js`, namespaceImport: v2Alias(family.family) })
    file.addStatements(buildV2Class(spec, ctx))
  })
  // Types only (models, params, field names): what `import type { v2 } from '@twython/client'` names.
  emit(`${V2_GENERATED}/types.ts`, 'spec/v2/', (file) => {
    file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './models/index.js' })
    for (const family of spec.families) file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: `./params/${family.family}.js` })
    file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './params/shared.js' })
    file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './parameters.js' })
  })
  emit(`${V2_GENERATED}/index.ts`, 'spec/v2/', (file) => {
    for (const family of spec.families) file.addExportDeclaration({ moduleSpecifier: `./${family.family}.js` })
    file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './models/index.js' })
    file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './parameters.js' })
    file.addExportDeclaration({ moduleSpecifier: './twython-v2.js', namedExports: ['TwythonV2'] })
  })
  out.set(`${V2_GENERATED}/operations.json`, operationsJson(spec))

  // The emulator's v2 route table and schema table (data only: it must not read X's document at run time).
  const shapes = specShapes(spec)
  const routes = spec.families.flatMap((f) => f.operations).sort((a, b) => a.operationId.localeCompare(b.operationId)).map((op) => {
    const params = [
      ...op.params.map((p) => ({ name: p.name, in: p.in, required: p.required, type: p.type, ...(p.enum ? { enum: p.enum.map(String) } : {}), ...(p.min !== undefined ? { min: p.min } : {}), ...(p.max !== undefined ? { max: p.max } : {}) })),
      ...(op.body ? bodyFields(op.body.model, byName).map((f) => ({ name: f.name, in: 'body', required: f.required, type: f.type, ...(f.enum ? { enum: [...f.enum] } : {}) })) : []),
    ]
    return `  {\n    operationId: ${literal(op.operationId)},\n    method: ${literal(op.httpMethod)},\n    path: ${literal(op.path)},\n    security: ${literal(op.security.map((s) => (s.scheme === 'oauth2_user' ? { scheme: s.scheme, scopes: [...s.scopes] } : { scheme: s.scheme })))},\n    params: ${literal(params)},\n    ${op.paginate ? `paginate: ${literal({ token: op.paginate.token, ...(op.paginate.maxResults ? { maxResults: [...op.paginate.maxResults] } : {}) })},\n    ` : ''}stream: ${op.stream},\n    ${op.rateLimits.length ? `rateLimits: ${literal(op.rateLimits.map((r) => ({ ...r })))},\n    ` : ''}${op.returns !== 'empty' ? `response: ${literal(op.returns)},\n    ` : ''}},`
  })
  out.set(
    `${EMULATOR_GENERATED}/v2-routes.ts`,
    `${header('spec/v2/')}
import type { V2Shape } from '../v2-shape.js'

/** One way of authorising an X API v2 call; any one alternative of an operation suffices. */
export type V2RouteSecurity = { readonly scheme: 'oauth1_user' | 'bearer' } | { readonly scheme: 'oauth2_user'; readonly scopes: readonly string[] }

/** One X API v2 operation as the emulator serves it. */
export interface V2SpecRoute {
  readonly operationId: string
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** \`/2/tweets/{id}\`. */
  readonly path: string
  readonly security: readonly V2RouteSecurity[]
  readonly params: readonly { readonly name: string; readonly in: 'path' | 'query' | 'body'; readonly required: boolean; readonly type: string; readonly enum?: readonly string[]; readonly min?: number; readonly max?: number }[]
  readonly paginate?: { readonly token: 'pagination_token' | 'next_token'; readonly maxResults?: readonly number[] }
  readonly stream: boolean
  readonly rateLimits?: readonly { readonly windowSeconds: number; readonly limit: number; readonly per: 'user' | 'app' }[]
  /** The response model (a key of \`V2_SCHEMAS\`). */
  readonly response?: string
}

/** Every X API v2 operation of the spec. */
export const V2_SPEC_ROUTES: readonly V2SpecRoute[] = [
${routes.join('\n')}
]

`,
  )
  // A JSON string parsed at load: a literal this size would cost the type checker more than it gives.
  out.set(
    `${EMULATOR_GENERATED}/v2-schemas.ts`,
    `${header('spec/v2/models/')}
import type { V2Shape } from '../v2-shape.js'

/** The spec's v2 models as shapes, by name, for synthesizing and checking responses. */
export const V2_SCHEMAS: Readonly<Record<string, V2Shape>> = JSON.parse(${JSON.stringify(JSON.stringify(Object.fromEntries([...shapes].sort(([a], [b]) => a.localeCompare(b)))))})
`,
  )

  for (const family of spec.families) out.set(`${V2_DOCS}/${family.family}.md`, v2FamilyPage(family, ctx))
  out.set(`${V2_DOCS}/README.md`, v2IndexPage(spec))
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)))
}

function addByModule(file: SourceFile, names: ReadonlySet<string>, moduleOf: ReadonlyMap<string, string>, prefix = './models/'): void {
  const byModule = new Map<string, string[]>()
  for (const name of names) {
    const module = moduleOf.get(name)!
    byModule.set(module, [...(byModule.get(module) ?? []), name])
  }
  for (const module of [...byModule.keys()].sort()) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: `${prefix}${module}.js`, namedImports: byModule.get(module)!.sort() })
}

/** The top-level fields of a body model, with their docs (all_of parts and union options merged). */
export function bodyFields(model: string, byName: ReadonlyMap<string, V2ModelSpec>, seen = new Set<string>()): { name: string; type: string; required: boolean; description?: string; enum?: readonly string[] }[] {
  const m = byName.get(model)
  if (!m || seen.has(model)) return []
  seen.add(model)
  const out = new Map<string, { name: string; type: string; required: boolean; description?: string; enum?: readonly string[] }>()
  for (const p of m.properties) out.set(p.name, { name: p.name, type: p.type, required: p.required && m.kind !== 'union', ...(p.description ? { description: p.description } : {}), ...(p.enum ? { enum: p.enum } : {}) })
  for (const part of [...m.allOf, ...m.oneOf, ...(m.kind === 'alias' && m.type ? [m.type] : [])]) {
    for (const f of bodyFields(part, byName, seen)) if (!out.has(f.name)) out.set(f.name, m.kind === 'union' ? { ...f, required: false } : f)
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name))
}

/** Exported names must not collide across the v2 modules that `index.ts` re-exports. */
function checkNames(spec: V2Spec): void {
  const owners = new Map<string, string>()
  const claim = (name: string, owner: string) => {
    const prior = owners.get(name)
    if (prior && prior !== owner) throw new Error(`v2 generated name "${name}" is exported by both ${prior} and ${owner}; rename one in the spec`)
    owners.set(name, owner)
  }
  for (const m of spec.models) claim(m.name, `spec/v2/models/${m.module}.yaml`)
  for (const f of spec.families) for (const op of f.operations) for (const n of [`${op.typeStem}Params`, `${op.typeStem}FieldsParams`, `${op.method}Route`, op.method]) claim(n, f.file)
  for (const id of spec.shared.keys()) claim(sharedParamName(id), 'spec/v2/parameters.yaml')
}
