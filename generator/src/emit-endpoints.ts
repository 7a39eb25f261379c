/**
 * Builds `src/generated/<family>.ts`: for each endpoint a params interface, a response type, a route
 * constant and a tree-shakable function `(core, params, options) => Promise<Response>`.
 */
import { StructureKind, VariableDeclarationKind, type OptionalKind, type ParameterDeclarationStructure, type PropertySignatureStructure, type StatementStructures } from 'ts-morph'
import type { EndpointSpec, FamilySpec } from './spec-types.js'
import { paramType, renderType, typeNames } from './type-expr.js'
import { propertyKey } from './names.js'
import { THROWS_LINES, authLine, docText, docsLine, exampleParams, httpLine, literal, pagingLine, returnsSentence, type DocContext } from './tsdoc.js'

export interface FamilyModule {
  readonly statements: StatementStructures[]
  /** Model imports by models module. */
  readonly modelImports: Map<string, Set<string>>
  readonly usesFileInput: boolean
  /** Whether an endpoint sends multipart (it is called with `callWithFiles`, which brings the encoder). */
  readonly usesMultipart: boolean
  /** Whether an endpoint is a plain call (sent with `callV1`). */
  readonly usesCall: boolean
  /** Whether the module marks paginated parameters (and so imports `PAGINATION` and `Paging`). */
  readonly usesPaging: boolean
}

/** The TypeScript response type of an endpoint. */
export function responseType(endpoint: EndpointSpec): string {
  return endpoint.returns === 'empty' ? 'void' : renderType(endpoint.returns)
}

/** Whether an endpoint's request is multipart: it has a file parameter, or the spec says so for its POST. */
export function sendsMultipart(endpoint: EndpointSpec): boolean {
  return endpoint.params.some((p) => p.type === 'file') || (endpoint.encoding === 'multipart' && endpoint.httpMethod === 'POST')
}

/** The route literal the runtime needs, in a stable key order. */
export function routeLiteral(endpoint: EndpointSpec): string {
  const route: Record<string, unknown> = { id: endpoint.name, method: endpoint.httpMethod, path: endpoint.path }
  if (endpoint.host !== 'api') route.host = endpoint.host
  if (!endpoint.versioned) route.versioned = false
  if (endpoint.auth !== 'any') route.auth = endpoint.auth
  if (endpoint.encoding !== 'form' && endpoint.httpMethod === 'POST') route.encoding = endpoint.encoding
  const files = endpoint.params.filter((p) => p.type === 'file').map((p) => p.name)
  if (files.length) route.files = files
  if (endpoint.paginate) route.paginate = { ...endpoint.paginate }
  const limits = rateLimitsOf(endpoint)
  if (limits.length) route.rateLimits = limits
  return literal(route)
}

/**
 * The spec's `rate_limit: { window, user, app }` (requests per `window` minutes, 15 by default) as the
 * runtime's `rateLimits` windows: one per auth kind that has a number. These only seed the client's budget;
 * the response headers correct them.
 */
export function rateLimitsOf(endpoint: EndpointSpec): { windowSeconds: number; limit: number; per: 'user' | 'app' }[] {
  const rl = endpoint.rateLimit
  if (!rl) return []
  const windowSeconds = (rl.window ?? 15) * 60
  const out: { windowSeconds: number; limit: number; per: 'user' | 'app' }[] = []
  if (typeof rl.user === 'number') out.push({ windowSeconds, limit: rl.user, per: 'user' })
  if (typeof rl.app === 'number') out.push({ windowSeconds, limit: rl.app, per: 'app' })
  return out
}

/**
 * Summary, details and tags shared by the function and the class method. `stringIds` documents the
 * overload taken when the call passes `stringify_ids: true`.
 */
export function endpointDoc(endpoint: EndpointSpec, form: 'function' | 'method', ctx: DocContext, stringIds = false): string {
  const example = stringIds ? { ...exampleParams(endpoint), stringify_ids: true } : exampleParams(endpoint)
  const args = [form === 'function' ? 'core' : '', Object.keys(example).length ? literal(example) : ''].filter(Boolean).join(', ')
  const call = form === 'function' ? endpoint.method : `twitter.${endpoint.method}`
  const lines: string[] = [docText(endpoint.summary, ctx)]
  if (endpoint.description) lines.push('', docText(endpoint.description, ctx))
  lines.push('', `\`${httpLine(endpoint)}\` · ${authLine(endpoint)}`)
  const paging = pagingLine(endpoint, `twitter.${endpoint.method}`)
  if (paging) lines.push('', paging)
  lines.push('', docsLine(endpoint.docs), '')
  if (form === 'function') lines.push('@param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.')
  lines.push(`@param params - Request parameters, by Twitter's wire names.`)
  for (const p of endpoint.params) lines.push(`@param params.${p.name} - ${p.required ? '(required) ' : ''}${docText(p.description, ctx).replace(/\n+/g, ' ')}`)
  lines.push('@param options - Abort signal, timeout and headers for this call.')
  const returns = stringIds ? returnsSentence(endpoint, ctx, endpoint.returnsStringIds) : returnsSentence(endpoint, ctx)
  lines.push(`@returns ${docText(returns, ctx)}${stringIds && !ctx.models.has(endpoint.returnsStringIds!) ? ' With `stringify_ids: true` every id is a string.' : ''}`)
  lines.push(...THROWS_LINES)
  if (endpoint.deprecated) lines.push(`@deprecated ${docText(endpoint.deprecated, ctx)}`)
  lines.push('@example', '```ts', `const result = await ${call}(${args})`, '```')
  return lines.join('\n')
}

/** The parameters of the endpoint function or method, after `core` for the function form. */
export function callParameters(endpoint: EndpointSpec, paramsType: string, stringIds: boolean): OptionalKind<ParameterDeclarationStructure>[] {
  const optional = !endpoint.params.some((p) => p.required)
  return [
    stringIds ? { name: 'params', type: `${paramsType} & { readonly stringify_ids: true }` } : { name: 'params', type: paramsType, ...(optional ? { hasQuestionToken: true } : {}) },
    { name: 'options', type: 'CallOptions', hasQuestionToken: true },
  ]
}

/** The compile-time pagination marker of a paginated endpoint's parameters (see `PAGINATION` in the runtime). */
function pagingProperty(endpoint: EndpointSpec): OptionalKind<PropertySignatureStructure> {
  const { style, items } = endpoint.paginate!
  return {
    name: '[PAGINATION]',
    type: `Paging<'${style}', ${items === undefined ? 'undefined' : `'${items}'`}>`,
    hasQuestionToken: true,
    isReadonly: true,
    docs: [`Marks \`${endpoint.method}\` as paginated for \`cursor()\` (${style}${items ? ` over \`${items}\`` : ''}). Type-level only: never set, never sent.`],
  }
}

export function buildFamilyModule(family: FamilySpec, moduleOf: ReadonlyMap<string, string>, ctx: DocContext): FamilyModule {
  const statements: StatementStructures[] = []
  const modelImports = new Map<string, Set<string>>()
  let usesFileInput = false
  let usesMultipart = false
  let usesCall = false
  let usesPaging = false
  for (const endpoint of family.endpoints) {
    const paramsName = `${endpoint.typeStem}Params`
    const responseName = `${endpoint.typeStem}Response`
    if (endpoint.returns !== 'empty') for (const name of typeNames(endpoint.returns)) addImport(modelImports, moduleOf, name)
    if (endpoint.returnsStringIds) for (const name of typeNames(endpoint.returnsStringIds)) addImport(modelImports, moduleOf, name)
    if (endpoint.paginate) usesPaging = true
    statements.push({
      kind: StructureKind.Interface,
      name: paramsName,
      isExported: true,
      docs: [`Parameters of \`${endpoint.method}\` (\`${endpoint.name}\`).`],
      properties: endpoint.params.map((p): OptionalKind<PropertySignatureStructure> => {
        if (p.type === 'file') usesFileInput = true
        const extra = [p.default !== undefined ? `@defaultValue ${literal(p.default)}` : '', p.example !== undefined ? `@example ${literal(p.example)}` : ''].filter(Boolean)
        return {
          name: propertyKey(p.name),
          type: paramType(p.type, p.enum),
          hasQuestionToken: !p.required,
          isReadonly: true,
          docs: [[docText(p.description, ctx), ...extra].join('\n')],
        }
      }).concat(endpoint.paginate ? [pagingProperty(endpoint)] : []),
    })
    statements.push({
      kind: StructureKind.TypeAlias,
      name: responseName,
      isExported: true,
      docs: [`What \`${endpoint.method}\` resolves to.`],
      type: responseType(endpoint),
    })
    if (endpoint.returnsStringIds) {
      statements.push({
        kind: StructureKind.TypeAlias,
        name: `${endpoint.typeStem}StringIdsResponse`,
        isExported: true,
        docs: [`What \`${endpoint.method}\` resolves to when the call passes \`stringify_ids: true\`: every id a string.`],
        type: renderType(endpoint.returnsStringIds),
      })
    }
    statements.push({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`How \`${endpoint.name}\` is called: \`${endpoint.httpMethod} ${endpoint.path}\`.`],
      declarations: [{ name: `${endpoint.method}Route`, type: 'Route', initializer: routeLiteral(endpoint) }],
    })
    const optionalParams = !endpoint.params.some((p) => p.required)
    // Multipart routes bring their encoder, so an app that never sends a file never bundles it.
    const multipart = sendsMultipart(endpoint)
    if (multipart) usesMultipart = true
    else usesCall = true
    const core = { name: 'core', type: 'BaseCore' }
    // With returns_string_ids, an overload narrows the response when the call passes stringify_ids: true;
    // the general signature stays last, so `ReturnType` and cursor() inference see it.
    const overloads = endpoint.returnsStringIds
      ? [
          { docs: [endpointDoc(endpoint, 'function', ctx, true)], parameters: [core, ...callParameters(endpoint, paramsName, true)], returnType: `Promise<${endpoint.typeStem}StringIdsResponse>` },
          { docs: [endpointDoc(endpoint, 'function', ctx)], parameters: [core, ...callParameters(endpoint, paramsName, false)], returnType: `Promise<${responseName}>` },
        ]
      : []
    statements.push({
      kind: StructureKind.Function,
      name: endpoint.method,
      isExported: true,
      ...(overloads.length ? { overloads } : { docs: [endpointDoc(endpoint, 'function', ctx)] }),
      parameters: [core, { name: 'params', type: paramsName, ...(optionalParams ? { initializer: '{}' } : {}) }, { name: 'options', type: 'CallOptions', hasQuestionToken: true }],
      returnType: `Promise<${responseName}>`,
      statements: [multipart ? `return callWithFiles(core, ${endpoint.method}Route, params, options)` : `return callV1(core, ${endpoint.method}Route, params, options)`],
    })
  }
  return { statements, modelImports, usesFileInput, usesMultipart, usesCall, usesPaging }
}

function addImport(imports: Map<string, Set<string>>, moduleOf: ReadonlyMap<string, string>, name: string): void {
  const module = moduleOf.get(name)!
  if (!imports.has(module)) imports.set(module, new Set())
  imports.get(module)!.add(name)
}
