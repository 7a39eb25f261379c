/** Builds the emulator's route table: every endpoint with what the emulator validates. */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph'
import type { Spec } from './spec-types.js'
import { literal } from './tsdoc.js'

export function buildEmulatorRoutes(spec: Spec): StatementStructures[] {
  const rows = spec.families.flatMap((f) =>
    f.endpoints.map((e) => {
      const params: Record<string, unknown> = {}
      for (const p of e.params) params[p.name] = { type: p.type, ...(p.required ? { required: true } : {}), ...(p.enum ? { enum: p.enum } : {}) }
      const row: Record<string, unknown> = { id: e.name, family: f.family, method: e.httpMethod, path: e.path, host: e.host, versioned: e.versioned, auth: e.auth, returns: e.returns, params }
      if (e.rateLimit) row.rateLimit = { window: e.rateLimit.window ?? 15, user: e.rateLimit.user ?? null, app: e.rateLimit.app ?? null }
      if (e.paginate) row.paginate = e.paginate
      return `  ${literal(row)},`
    }),
  )
  return [
    {
      kind: StructureKind.Interface,
      name: 'SpecRoute',
      isExported: true,
      docs: ['One endpoint as the spec describes it.'],
      properties: [
        { name: 'id', type: 'string', isReadonly: true },
        { name: 'family', type: 'string', isReadonly: true },
        { name: 'method', type: "'GET' | 'POST' | 'DELETE'", isReadonly: true },
        { name: 'path', type: 'string', isReadonly: true },
        { name: 'host', type: "'api' | 'upload'", isReadonly: true },
        { name: 'versioned', type: 'boolean', isReadonly: true },
        { name: 'auth', type: "'user' | 'any' | 'app'", isReadonly: true },
        { name: 'returns', type: 'string', isReadonly: true },
        { name: 'params', type: '{ readonly [name: string]: { readonly type: string; readonly required?: boolean; readonly enum?: readonly (string | number)[] } }', isReadonly: true },
        { name: 'rateLimit', type: '{ readonly window: number; readonly user: number | null; readonly app: number | null }', isReadonly: true, hasQuestionToken: true },
        { name: 'paginate', type: "{ readonly style: 'cursor' | 'max_id' | 'search'; readonly items?: string }", isReadonly: true, hasQuestionToken: true },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Every endpoint of the spec, in family order.'],
      declarations: [{ name: 'SPEC_ROUTES', type: 'readonly SpecRoute[]', initializer: `[\n${rows.join('\n')}\n]` }],
    },
  ]
}
