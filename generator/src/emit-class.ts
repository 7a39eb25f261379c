/**
 * Builds the aggregated surface: `twython-endpoints.ts` (the `TwythonEndpoints` base class whose methods
 * delegate to the per-family functions), `twython-names.ts` (Twython name -> method), and `index.ts`.
 */
import { Scope, StructureKind, VariableDeclarationKind, type ClassDeclarationStructure, type MethodDeclarationStructure, type StatementStructures } from 'ts-morph'
import type { FamilySpec, Spec } from './spec-types.js'
import { camelCase } from './names.js'
import { callParameters, endpointDoc } from './emit-endpoints.js'
import { literal } from './tsdoc.js'
import type { DocContext } from './tsdoc.js'

/** The import alias of a family module inside the class file. */
export function familyAlias(family: string): string {
  return camelCase(family)
}

export function buildEndpointsClass(families: readonly FamilySpec[], ctx: DocContext): (string | StatementStructures)[] {
  const methods: MethodDeclarationStructure[] = []
  const table: string[] = []
  for (const family of families) {
    const alias = familyAlias(family.family)
    for (const e of family.endpoints) {
      const optional = !e.params.some((p) => p.required)
      const paramsType = `${alias}.${e.typeStem}Params`
      const overloads = e.returnsStringIds
        ? [
            { docs: [endpointDoc(e, 'method', ctx, true)], parameters: callParameters(e, paramsType, true), returnType: `Promise<${alias}.${e.typeStem}StringIdsResponse>` },
            { docs: [endpointDoc(e, 'method', ctx)], parameters: callParameters(e, paramsType, false), returnType: `Promise<${alias}.${e.typeStem}Response>` },
          ]
        : []
      methods.push({
        kind: StructureKind.Method,
        name: e.method,
        ...(overloads.length ? { overloads } : { docs: [endpointDoc(e, 'method', ctx)] }),
        parameters: [
          { name: 'params', type: `${alias}.${e.typeStem}Params`, ...(optional ? { initializer: '{}' } : {}) },
          { name: 'options', type: 'CallOptions', hasQuestionToken: true },
        ],
        returnType: `Promise<${alias}.${e.typeStem}Response>`,
        statements: [`return ${alias}.${e.method}(this.core, params, options)`],
      })
      table.push(`  ${e.method}: ${alias}.${e.method}Route,`)
    }
  }
  const cls: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: 'TwythonEndpoints',
    isExported: true,
    docs: ['Every endpoint method of the Twython developer interface, each delegating to its per-family function.\nExtended by `Twython`, which adds authentication flows, `cursor`, uploads and the helpers.'],
    ctors: [
      {
        docs: ['@param core - The core that signs and sends every call.'],
        parameters: [{ name: 'core', type: 'Core', isReadonly: true, scope: Scope.Public }],
      },
    ],
    methods,
  }
  return [
    cls,
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Routes by method name, read by `cursor()` to find how a method pages.'],
      declarations: [{ name: 'ROUTES_BY_METHOD', initializer: `{\n${table.join('\n')}\n}` }],
    },
    'registerRoutes(TwythonEndpoints.prototype, ROUTES_BY_METHOD)',
  ]
}

export function buildNamesTable(spec: Spec): StatementStructures[] {
  const rows = spec.families.flatMap((f) => f.endpoints).map((e) => [e.name, e.method] as const).sort(([a], [b]) => a.localeCompare(b))
  const rest = (spec.interface?.sections ?? []).flatMap((s) =>
    s.entries.map((e) => `  { section: ${literal(s.title)}, twython: ${literal(e.twython)}, typescript: ${literal(e.typescript)}${e.ref ? `, ref: ${literal(e.ref)}` : ''}${e.note ? `, note: ${literal(e.note)}` : ''} },`),
  )
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["Twython's snake_case endpoint names and the camelCase methods that replace them. The rest of the interface is in `TWYTHON_INTERFACE`."],
      declarations: [{ name: 'TWYTHON_NAMES', initializer: `{\n${rows.map(([n, m]) => `  ${n}: '${m}',`).join('\n')}\n} as const` }],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: 'TwythonInterfaceName',
      docs: ['One row of `TWYTHON_INTERFACE`.'],
      properties: [
        { name: 'section', type: 'string', isReadonly: true, docs: ['The part of the interface: Constructor, client_args, Twython methods, Streaming, Errors.'] },
        { name: 'twython', type: 'string', isReadonly: true, docs: ['The Twython name or call; `(none)` for a TypeScript addition.'] },
        { name: 'typescript', type: 'string', isReadonly: true, docs: ['What to write in TypeScript.'] },
        { name: 'ref', type: 'string', hasQuestionToken: true, isReadonly: true, docs: ['The export it stands for: `Export`, `Export#member` or `Export.member`.'] },
        { name: 'note', type: 'string', hasQuestionToken: true, isReadonly: true },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["Twython's interface beyond the endpoint methods (OAuth flows, helpers, streaming, errors, client_args) and the TypeScript that replaces each name, from spec/interface.yaml."],
      declarations: [{ name: 'TWYTHON_INTERFACE', type: 'readonly TwythonInterfaceName[]', initializer: rest.length ? `[\n${rest.join('\n')}\n]` : '[]' }],
    },
  ]
}
