/** Builds `src/generated/models/<module>.ts`: one plain interface per model. */
import type { InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure } from 'ts-morph'
import { StructureKind } from 'ts-morph'
import type { ModelSpec } from './spec-types.js'
import { renderType, typeNames } from './type-expr.js'
import { propertyKey } from './names.js'
import { docText, docsLine } from './tsdoc.js'

export interface EmittedModule {
  readonly interfaces: InterfaceDeclarationStructure[]
  /** Model names used by this module, defined elsewhere. */
  readonly imports: Map<string, Set<string>>
}

export function buildModelModule(models: readonly ModelSpec[], moduleOf: ReadonlyMap<string, string>): EmittedModule {
  const module = models[0]!.module
  const imports = new Map<string, Set<string>>()
  const use = (name: string) => {
    const from = moduleOf.get(name)!
    if (from === module) return
    if (!imports.has(from)) imports.set(from, new Set())
    imports.get(from)!.add(name)
  }
  const interfaces = models.map((model): InterfaceDeclarationStructure => {
    if (model.extends) use(model.extends)
    const properties = model.properties.map((prop): OptionalKind<PropertySignatureStructure> => {
      for (const name of typeNames(prop.type)) use(name)
      let type = prop.enum ? prop.enum.map((v) => `'${v}'`).join(' | ') : renderType(prop.type)
      if (prop.nullable) type = `${type} | null`
      return {
        name: propertyKey(prop.name),
        type,
        hasQuestionToken: prop.optional,
        ...(prop.description ? { docs: [docText(prop.description)] } : {}),
      }
    })
    const doc = [docText(model.description), model.docs ? docsLine(model.docs) : ''].filter(Boolean).join('\n\n')
    return {
      kind: StructureKind.Interface,
      name: model.name,
      isExported: true,
      docs: [doc],
      properties,
      ...(model.extends ? { extends: [model.extends] } : {}),
    }
  })
  return { interfaces, imports }
}
