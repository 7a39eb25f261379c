/**
 * Builds `src/generated/v2/models/<module>.ts` (plain interfaces and type aliases, one per spec/v2 model)
 * and `src/generated/v2/parameters.ts` (the value unions of the shared parameters). Response envelopes whose
 * `data` is the object a `*.fields` parameter selects get one type parameter, `F`, the fields asked for;
 * `Selected<T, F>` (a small mapped type in the runtime) marks those fields present.
 */
import { StructureKind, type InterfaceDeclarationStructure, type OptionalKind, type PropertySignatureStructure, type StatementStructures, type TypeAliasDeclarationStructure } from 'ts-morph'
import { propertyKey } from '../names.js'
import { docText, docsLine } from '../tsdoc.js'
import { renderType, typeNames } from '../type-expr.js'
import type { V2ModelSpec, V2ParamSpec, V2PropertySpec, V2Spec } from './spec-types.js'

/** A response model whose `data` narrows with the selected fields. */
export interface GenericResponse {
  /** The selected model (`Tweet`). */
  readonly model: string
  readonly array: boolean
  /** Fields X returns without being asked, present in every result. */
  readonly defaults: readonly string[]
}

/** Response models that take the fields type parameter, found from the operations' `selects` parameters. */
export function genericResponses(spec: V2Spec): Map<string, GenericResponse> {
  const byName = new Map(spec.models.map((m) => [m.name, m]))
  const out = new Map<string, GenericResponse>()
  for (const op of spec.families.flatMap((f) => f.operations)) {
    const response = byName.get(op.returns)
    const data = response?.properties.find((p) => p.name === 'data')
    if (!data) continue
    for (const p of op.params) {
      if (!p.selects) continue
      if (data.type === p.selects || data.type === `${p.selects}[]`) out.set(op.returns, { model: p.selects, array: data.type.endsWith('[]'), defaults: p.defaults ?? [] })
    }
  }
  return out
}

/** The operation's fields parameter that narrows its response, if any. */
export function selectingParam(op: { params: readonly V2ParamSpec[]; returns: string }, generics: ReadonlyMap<string, GenericResponse>): V2ParamSpec | undefined {
  const generic = generics.get(op.returns)
  return generic ? op.params.find((p) => p.selects === generic.model) : undefined
}

/** A literal union for enum values. */
export function enumUnion(values: readonly (string | number)[]): string {
  return values.map((v) => (typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(v))).join(' | ')
}

function propertyType(prop: Pick<V2PropertySpec, 'type' | 'enum' | 'nullable'>): string {
  let type: string
  if (prop.enum?.length) {
    const union = enumUnion(prop.enum)
    const depth = (prop.type.match(/\[\]/g) ?? []).length
    type = depth === 0 ? union : `(${union})${'[]'.repeat(depth)}`
  } else type = renderType(prop.type)
  return prop.nullable ? `${type} | null` : type
}

function modelDoc(model: V2ModelSpec): string {
  return [docText(model.description), model.docs ? docsLine(model.docs) : ''].filter(Boolean).join('\n\n')
}

export interface ModelModule {
  readonly statements: StatementStructures[]
  /** Names used from other modules, by module. */
  readonly imports: Map<string, Set<string>>
  readonly usesSelected: boolean
}

/**
 * Object models whose emitted interface would be identical to an earlier one's (same properties, types,
 * property docs, type parameter and bases; X's document repeats the same `meta`, `data` and entity shapes
 * under a name per operation): model name -> the model it restates. The restating model is emitted as
 * `interface GetLikingUsersResponseMeta extends GetBookmarksResponseMeta {}`, which keeps its own name, TSDoc and
 * structure while a consumer's tsc parses and binds the members once. Only models of two or more properties,
 * where the bare `extends` is smaller than the members it replaces. The first model by module, then name, is the
 * one written out, so the choice is stable as models are added.
 */
export function restatedModels(models: readonly V2ModelSpec[], generics: ReadonlyMap<string, GenericResponse>): Map<string, string> {
  const sorted = [...models].sort((a, b) => a.module.localeCompare(b.module) || a.name.localeCompare(b.name))
  const out = new Map<string, string>()
  // A property typed with a restating model counts as typed with the model it restates, so envelopes that
  // differ only in the names of their identical `meta` or `data` models are found too; repeated until no
  // more are found (each round can only add).
  const canonical = (expr: string) => expr.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (name) => out.get(name) ?? name)
  for (let found = true; found; ) {
    found = false
    const first = new Map<string, string>()
    for (const model of sorted) {
      if ((model.kind !== 'object' && model.kind !== 'all') || model.properties.length < 2 || out.has(model.name)) continue
      const properties = model.properties.map((p) => ({ ...p, type: canonical(p.type) }))
      const key = JSON.stringify([model.kind, properties, model.allOf.map(canonical), model.additional ? canonical(model.additional) : null, generics.get(model.name) ?? null])
      const prior = first.get(key)
      if (prior) {
        out.set(model.name, prior)
        found = true
      } else first.set(key, model.name)
    }
  }
  return out
}

export function buildV2ModelModule(models: readonly V2ModelSpec[], moduleOf: ReadonlyMap<string, string>, generics: ReadonlyMap<string, GenericResponse>, restated: ReadonlyMap<string, string> = new Map()): ModelModule {
  const module = models[0]!.module
  const imports = new Map<string, Set<string>>()
  let usesSelected = false
  const use = (expr: string) => {
    for (const name of typeNames(expr)) {
      const from = moduleOf.get(name)!
      if (from === module) continue
      if (!imports.has(from)) imports.set(from, new Set())
      imports.get(from)!.add(name)
    }
  }
  const statements: StatementStructures[] = []
  for (const model of models) {
    const docs = [modelDoc(model)]
    const same = restated.get(model.name)
    if (same) {
      use(same)
      const generic = generics.has(model.name)
      statements.push({
        kind: StructureKind.Interface,
        name: model.name,
        isExported: true,
        docs,
        ...(generic ? { typeParameters: [{ name: 'F', constraint: 'string', default: 'never' }] } : {}),
        extends: [generic ? `${same}<F>` : same],
      })
    } else if (model.kind === 'object' || model.kind === 'all') {
      const generic = generics.get(model.name)
      const properties = model.properties.map((prop): OptionalKind<PropertySignatureStructure> => {
        use(prop.type)
        let type = propertyType(prop)
        if (generic && prop.name === 'data') {
          usesSelected = true
          const fields = ['F', ...generic.defaults.map((d) => `'${d}'`)].join(' | ')
          type = generic.array ? `Selected<${generic.model}, ${fields}>[]` : `Selected<${generic.model}, ${fields}>`
        }
        return { name: propertyKey(prop.name), type, hasQuestionToken: !prop.required, ...(prop.description ? { docs: [docText(prop.description)] } : {}) }
      })
      for (const part of model.allOf) use(part)
      if (model.additional) use(model.additional)
      const structure: InterfaceDeclarationStructure = {
        kind: StructureKind.Interface,
        name: model.name,
        isExported: true,
        docs,
        properties,
        ...(generic ? { typeParameters: [{ name: 'F', constraint: 'string', default: 'never' }] } : {}),
        ...(model.allOf.length ? { extends: [...model.allOf] } : {}),
        ...(model.additional ? { indexSignatures: [{ keyName: 'key', keyType: 'string', returnType: 'unknown' }] } : {}),
      }
      statements.push(structure)
    } else {
      const type = model.kind === 'union' ? model.oneOf.map((o) => (use(o), /\|/.test(renderType(o)) ? `(${renderType(o)})` : renderType(o))).join(' | ') : (use(model.type!), propertyType({ type: model.type!, ...(model.enum ? { enum: model.enum } : {}), nullable: model.nullable }))
      const alias: TypeAliasDeclarationStructure = { kind: StructureKind.TypeAlias, name: model.name, isExported: true, docs, type: model.kind === 'union' && model.nullable ? `${type} | null` : type }
      statements.push(alias)
    }
  }
  return { statements, imports, usesSelected }
}

/** The exported name of a shared parameter's value union: `TweetFields` -> `TweetField`. */
export function sharedValueType(id: string): string {
  return id.endsWith('s') ? id.slice(0, -1) : `${id}Value`
}

/** `parameters.ts`: one union per shared parameter with allowed values. */
export function buildParameterTypes(shared: ReadonlyMap<string, V2ParamSpec>): StatementStructures[] {
  const statements: StatementStructures[] = []
  for (const [id, p] of [...shared].sort(([a], [b]) => a.localeCompare(b))) {
    if (!p.enum?.length) continue
    statements.push({
      kind: StructureKind.TypeAlias,
      name: sharedValueType(id),
      isExported: true,
      docs: [`A value of \`${p.name}\` (${docText(p.description).replace(/\n+/g, ' ')})`],
      type: enumUnion(p.enum),
    })
  }
  return statements
}
