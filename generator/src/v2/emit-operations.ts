/**
 * Builds the v2 operation surface: `src/generated/v2/params/<family>.ts` (per operation a params interface),
 * `src/generated/v2/<family>.ts` (per operation a route constant and a tree-shakable function),
 * `twython-v2.ts` (the `TwythonV2` class behind `twitter.v2`), and the `operations.json` table (X operationId
 * -> method). The params sit apart from the functions so that the class's declarations, and so every
 * `import { Twython }`, reach only types: a consumer's `tsc` never reads the 171 functions it does not import.
 */
import { Scope, StructureKind, VariableDeclarationKind, type ClassDeclarationStructure, type MethodDeclarationStructure, type OptionalKind, type PropertySignatureStructure, type StatementStructures } from 'ts-morph'
import { propertyKey } from '../names.js'
import { docText, docsLine, literal } from '../tsdoc.js'
import { paramType } from '../type-expr.js'
import { selectingParam, sharedValueType, type GenericResponse } from './emit-models.js'
import type { V2FamilySpec, V2OperationSpec, V2ParamSpec, V2Spec } from './spec-types.js'

const SCHEME_TEXT = { oauth1_user: 'OAuth 1.0a user context', bearer: 'app-only bearer token', oauth2_user: 'OAuth 2.0 user token' } as const

/** `Auth: OAuth 2.0 user token (scopes tweet.read, users.read), OAuth 1.0a user context or app-only bearer token.` */
export function v2AuthLine(op: V2OperationSpec): string {
  if (op.security.length === 0) return 'Auth: none needed.'
  const parts = op.security.map((s) => (s.scheme === 'oauth2_user' && s.scopes.length ? `${SCHEME_TEXT.oauth2_user} (scopes ${s.scopes.map((x) => `\`${x}\``).join(', ')})` : SCHEME_TEXT[s.scheme]))
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`
  return `Auth: ${list}.`
}

/** `Rate limit: 900 per user and 450 per app every 15 minutes.` */
export function v2RateLine(op: V2OperationSpec): string | undefined {
  if (op.rateLimits.length === 0) return undefined
  const byWindow = new Map<number, string[]>()
  for (const r of op.rateLimits) byWindow.set(r.windowSeconds, [...(byWindow.get(r.windowSeconds) ?? []), `${r.limit} per ${r.per}`])
  const windows = [...byWindow].map(([s, l]) => `${l.join(' and ')} every ${windowText(s)}`)
  return `Rate limit: ${windows.join('; ')}.`
}

function windowText(seconds: number): string {
  if (seconds % 86400 === 0) return seconds === 86400 ? '24 hours' : `${seconds / 86400} days`
  if (seconds % 3600 === 0) return seconds === 3600 ? 'hour' : `${seconds / 3600} hours`
  if (seconds % 60 === 0) return seconds === 60 ? 'minute' : `${seconds / 60} minutes`
  return seconds === 1 ? 'second' : `${seconds} seconds`
}

/** The example params of an operation: the spec's, or the required ones with placeholder values. */
export function v2ExampleParams(op: V2OperationSpec, bodyRequired: readonly { name: string; type: string; enum?: readonly string[] }[]): Record<string, unknown> {
  if (op.example) return { ...op.example }
  const out: Record<string, unknown> = {}
  for (const p of op.params) if (p.required) out[p.name] = p.example ?? placeholder(p.name, p.type, p.enum)
  for (const f of bodyRequired) out[f.name] = placeholder(f.name, f.type, f.enum)
  return out
}

function placeholder(name: string, type: string, values?: readonly (string | number)[]): unknown {
  if (values?.length) return type.endsWith('[]') ? [values[0]] : values[0]
  if (type === 'integer' || type === 'number') return 10
  if (type === 'boolean') return true
  if (name === 'username') return 'twitterapi'
  if (name === 'usernames') return ['twitterapi', 'jack']
  if (name === 'query') return 'from:twitterapi'
  if (name === 'text') return 'Hello from twython-ts'
  if (type.endsWith('[]')) return /ids$|_ids$/.test(name) ? ['20', '21'] : ['example']
  if (/(^|_)id$/.test(name)) return '20'
  return 'example'
}

/** The doc comment of an operation, for the function and the class method. */
export function v2OperationDoc(op: V2OperationSpec, form: 'function' | 'method', example: Record<string, unknown>, bodyDocs: readonly { name: string; required: boolean; description?: string }[]): string {
  const lines: string[] = [docText(op.summary)]
  if (op.description) lines.push('', docText(op.description))
  lines.push('', `\`${op.httpMethod} https://api.x.com${op.path}\` (X operation \`${op.operationId}\`) · ${v2AuthLine(op)}`)
  const rate = v2RateLine(op)
  if (rate) lines.push('', rate)
  const call = form === 'function' ? op.method : `twitter.v2.${op.method}`
  if (op.paginate) lines.push('', `Paginated (\`meta.next_token\` -> \`${op.paginate.token}\`): \`for await (const item of twitter.cursor(twitter.v2.${op.method}, params))\` walks every page.`)
  if (op.stream) lines.push('', 'A stream: the result is an async iterable of messages; stop it with `options.signal`.')
  lines.push('')
  lines.push(docsLine(op.docs), '')
  if (form === 'function') lines.push('@param core - The client core: `twitter.core`, or `createCore({ ... })` from `@twython/client/core`.')
  lines.push("@param params - Path, query and body parameters in one object, by X's wire names.")
  for (const p of op.params) lines.push(`@param params.${p.name} - ${p.required ? '(required) ' : ''}${docText(p.description).replace(/\n+/g, ' ')}`)
  for (const f of bodyDocs) lines.push(`@param params.${f.name} - ${f.required ? '(required) ' : ''}${f.description ? docText(f.description).replace(/\n+/g, ' ') : `Body field \`${f.name}\` of \`${op.body!.model}\`.`}`)
  lines.push('@param options - Abort signal, timeout and headers for this call.')
  if (op.stream) lines.push(`@returns An async iterable of \`${op.returns}\` messages.`)
  else lines.push(op.returns === 'empty' ? '@returns Nothing: X answers with an empty body.' : `@returns X's JSON envelope as it arrives (\`${op.returns}\`): \`data\`, and where the call asks for them \`includes\`, \`meta\` and partial \`errors\`.`)
  lines.push('@throws TwythonAuthError when the credentials are refused or cannot make this call (checked before sending).')
  lines.push('@throws TwythonRateLimitError when the rate limit is spent (`retryAfter` says when it resets).')
  lines.push("@throws TwythonError for every other failure, with X's problem `title`, `detail` and `type`.")
  if (op.deprecated) lines.push(`@deprecated ${docText(op.deprecated)}`)
  const args = [form === 'function' ? 'core' : '', Object.keys(example).length ? literal(example) : ''].filter(Boolean).join(', ')
  lines.push('@example', '```ts', op.stream ? `for await (const message of ${call}(${Object.keys(example).length ? args : form === 'function' ? 'core, {}' : '{}'}, { signal })) console.log(message)` : `const { data } = await ${call}(${args})`, '```')
  return lines.join('\n')
}

/** The route literal the runtime needs. */
export function v2RouteLiteral(op: V2OperationSpec): string {
  const route: Record<string, unknown> = { id: op.operationId, method: op.httpMethod, host: 'v2', path: op.path }
  // Only an operation with a body needs its query names (the rest of its fields are the body); a stream's
  // tell the reconnect whether it takes backfill_minutes. Other routes send every non-path field in the query.
  const query = op.params.filter((p) => p.in === 'query').map((p) => p.name)
  if (query.length && (op.body || op.stream)) route.query = query
  if (op.body) route.encoding = op.body.encoding
  route.security = op.security.map((s) => (s.scheme === 'oauth2_user' ? { scheme: s.scheme, scopes: [...s.scopes] } : { scheme: s.scheme }))
  if (op.rateLimits.length) route.rateLimits = op.rateLimits.map((r) => ({ windowSeconds: r.windowSeconds, limit: r.limit, per: r.per }))
  if (op.paginate) route.paginate = { style: 'next_token', token: op.paginate.token, items: 'data' }
  if (op.stream) route.stream = true
  return literal(route)
}

/** A parameter's TypeScript type: a shared parameter's named value union, else the v1.1 rendering. */
function v2ParamType(p: V2ParamSpec): string {
  if (p.shared && p.enum?.length) return p.type.endsWith('[]') ? `readonly ${sharedValueType(p.shared)}[]` : sharedValueType(p.shared)
  return paramType(p.type, p.enum)
}

export interface V2FamilyModule {
  /** The functions and routes: `src/generated/v2/<family>.ts`. */
  readonly statements: StatementStructures[]
  /** The params interfaces: `src/generated/v2/params/<family>.ts`. */
  readonly params: StatementStructures[]
  /** Their names, which the family module imports and re-exports. */
  readonly paramNames: string[]
  /** Models the functions name (responses). */
  readonly modelImports: Set<string>
  /** Models the params name (request bodies). */
  readonly paramModelImports: Set<string>
  readonly parameterImports: Set<string>
  /** The params/shared.ts interfaces the params extend. */
  readonly sharedImports: Set<string>
  readonly usesStream: boolean
  /** Whether any operation is a plain call (sent with `callV2`). */
  readonly usesCall: boolean
  /** Whether any operation sends a JSON body (`callV2` with `v2Json`, which brings the JSON checks). */
  readonly usesJson: boolean
  /** Whether any operation sends multipart (sent with `callWithFiles`, which brings the encoder). */
  readonly usesFiles: boolean
  readonly usesPaging: boolean
}

export interface V2Context {
  readonly spec: V2Spec
  readonly generics: ReadonlyMap<string, GenericResponse>
  /** Body fields of a model (top level), with docs, for an operation's TSDoc and example. */
  readonly bodyFields: (model: string) => readonly { name: string; type: string; required: boolean; description?: string; enum?: readonly string[] }[]
}

/**
 * The element type of a `*.fields` parameter (`TweetField` for `readonly TweetField[]`), the bound of the
 * fields overload's `F`. The overload's parameter is `Omit<Params, 'post.fields'> & { 'post.fields': readonly F[] }`
 * rather than `Params & { ... }`: intersecting the two array types made tsc instantiate every Array method
 * for each call (about 1,700 instantiations per call against 150 this way).
 */
function fieldValueType(p: V2ParamSpec): string {
  const type = v2ParamType(p)
  const element = /^readonly (.+)\[\]$/.exec(type)?.[1]
  if (!element) throw new Error(`${p.name}: a *.fields parameter must be an array, not ${type}`)
  return element.startsWith('(') && element.endsWith(')') ? element.slice(1, -1) : element
}

/**
 * The params of a call that names its fields (`GetTweetFieldsParams<F>`, extending `GetTweetParams` with the
 * `*.fields` property required and typed `readonly F[]`), for operations whose response narrows with them.
 * A named interface, not `Omit<GetTweetParams, 'post.fields'> & { ... }`: tsc instantiates an interface's
 * members lazily, where the `Omit` mapped type is rebuilt for every call (half the v2 consumer's
 * instantiations). Not for params that are a type alias (a body that is a union), which keep the `Omit` form.
 */
function fieldsParams(op: V2OperationSpec, ctx: V2Context): { name: string; param: V2ParamSpec; bound: string } | undefined {
  const selecting = selectingParam(op, ctx.generics)
  if (!selecting || op.stream || paramsIsAlias(op, ctx)) return undefined
  return { name: `${op.typeStem}FieldsParams`, param: selecting, bound: fieldValueType(selecting) }
}

function paramsIsAlias(op: V2OperationSpec, ctx: V2Context): boolean {
  const bodyModel = op.body ? ctx.spec.models.find((m) => m.name === op.body!.model) : undefined
  return !!bodyModel && bodyModel.kind !== 'object' && bodyModel.kind !== 'all'
}

/** The params types an operation's signatures name: `<Stem>Params`, and `<Stem>FieldsParams` where it narrows. */
export function v2ParamsNames(op: V2OperationSpec, ctx: V2Context): string[] {
  const fields = fieldsParams(op, ctx)
  return [`${op.typeStem}Params`, ...(fields ? [fields.name] : [])]
}

/**
 * The signatures of an operation, shared by the function and the method. An operation whose response
 * narrows with a `*.fields` parameter gets two overloads: one for a call that names the fields (the type
 * parameter `F`, bounded by the field names, is inferred from them), then a plain one. The plain one is last because TypeScript infers
 * from the last overload when the method itself is passed on, as to `cursor()`.
 */
function signatures(op: V2OperationSpec, ctx: V2Context): { overloads: { typeParameters: { name: string; constraint: string }[]; params: string; optional: boolean; returns: string }[]; params: string; returns: string } {
  const selecting = selectingParam(op, ctx.generics)
  const base = `${op.typeStem}Params`
  const response = op.returns === 'empty' ? 'void' : op.returns
  if (op.stream) return { overloads: [], params: base, returns: `AsyncIterable<${response}>` }
  if (!selecting) return { overloads: [], params: base, returns: `Promise<${response}>` }
  const named = fieldsParams(op, ctx)
  return {
    overloads: [
      { typeParameters: [{ name: 'F', constraint: fieldValueType(selecting) }], params: named ? `${named.name}<F>` : `Omit<${base}, ${literal(selecting.name)}> & { readonly ${propertyKey(selecting.name)}: readonly F[] }`, optional: false, returns: `Promise<${response}<F>>` },
      { typeParameters: [], params: base, optional: true, returns: `Promise<${response}>` },
    ],
    params: base,
    returns: `Promise<${response}>`,
  }
}

export function buildV2FamilyModule(family: V2FamilySpec, ctx: V2Context): V2FamilyModule {
  const statements: StatementStructures[] = []
  const params: StatementStructures[] = []
  const paramNames: string[] = []
  const modelImports = new Set<string>()
  const paramModelImports = new Set<string>()
  const parameterImports = new Set<string>()
  const sharedImports = new Set<string>()
  let usesStream = false
  let usesCall = false
  let usesJson = false
  let usesFiles = false
  let usesPaging = false
  for (const op of family.operations) {
    if (op.returns !== 'empty') modelImports.add(op.returns)
    const fields = op.body ? ctx.bodyFields(op.body.model) : []
    const bodyModel = op.body ? ctx.spec.models.find((m) => m.name === op.body!.model) : undefined
    const isAlias = !!bodyModel && bodyModel.kind !== 'object' && bodyModel.kind !== 'all'
    // Optional shared parameters come from their one-member interfaces in params/shared.ts (see
    // buildSharedParams); an alias (a body that is a union) keeps them inline, having no `extends`.
    const bases = isAlias ? [] : op.params.filter(inheritsShared).map((p) => sharedParamName(p.shared!))
    for (const b of bases) sharedImports.add(b)
    const properties = op.params.filter((p) => isAlias || !inheritsShared(p)).map((p): OptionalKind<PropertySignatureStructure> => {
      if (p.shared && p.enum?.length) parameterImports.add(sharedValueType(p.shared))
      return paramProperty(p)
    })
    if (op.paginate) {
      usesPaging = true
      properties.push({ name: '[PAGINATION]', type: "Paging<'next_token', 'data'>", hasQuestionToken: true, isReadonly: true, docs: [`Marks \`${op.method}\` as paginated for \`cursor()\` (\`meta.next_token\` sent back as \`${op.paginate.token}\`, items in \`data\`). Type-level only: never set, never sent.`] })
    }
    if (op.body) paramModelImports.add(op.body.model)
    paramNames.push(`${op.typeStem}Params`)
    const paramsDoc = `Parameters of \`${op.method}\` (X operation \`${op.operationId}\`)${op.body ? `: the path and query parameters, and the JSON body's fields (\`${op.body.model}\`)` : ''}.`
    if (isAlias) {
      params.push({ kind: StructureKind.TypeAlias, name: `${op.typeStem}Params`, isExported: true, docs: [paramsDoc], type: properties.length ? `${op.body!.model} & {\n${properties.map((p) => `  readonly ${p.name}${p.hasQuestionToken ? '?' : ''}: ${p.type}`).join('\n')}\n}` : op.body!.model })
    } else {
      const heritage = [...(op.body ? [op.body.model] : []), ...bases]
      params.push({ kind: StructureKind.Interface, name: `${op.typeStem}Params`, isExported: true, docs: [paramsDoc], properties, ...(heritage.length ? { extends: heritage } : {}) })
    }
    const named = fieldsParams(op, ctx)
    if (named) {
      paramNames.push(named.name)
      if (/^\w+$/.test(named.bound)) parameterImports.add(named.bound)
      params.push({
        kind: StructureKind.Interface,
        name: named.name,
        isExported: true,
        docs: [`\`${op.typeStem}Params\` of a call that names its \`${named.param.name}\`: \`F\` is the fields named, which the response marks present.`],
        typeParameters: [{ name: 'F', constraint: named.bound }],
        extends: [`${op.typeStem}Params`],
        properties: [{ name: propertyKey(named.param.name), type: 'readonly F[]', isReadonly: true, docs: [docText(named.param.description)] }],
      })
    }
    statements.push({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`How \`${op.method}\` is called: \`${op.httpMethod} ${op.path}\`.`],
      declarations: [{ name: `${op.method}Route`, type: 'Route', initializer: v2RouteLiteral(op) }],
    })
    const sig = signatures(op, ctx)
    const example = v2ExampleParams(op, fields.filter((f) => f.required))
    const optional = !op.params.some((p) => p.required) && !(op.body?.required && fields.some((f) => f.required))
    const multipart = op.body?.encoding === 'multipart'
    if (op.stream) usesStream = true
    else if (multipart) usesFiles = true
    else {
      usesCall = true
      if (op.body?.encoding === 'json') usesJson = true
    }
    const doc = v2OperationDoc(op, 'function', example, fields)
    const options = { name: 'options', type: op.stream ? 'StreamCallOptions' : 'CallOptions', hasQuestionToken: true }
    statements.push({
      kind: StructureKind.Function,
      name: op.method,
      isExported: true,
      ...(sig.overloads.length
        ? {
            overloads: sig.overloads.map((o) => ({
              docs: [doc],
              typeParameters: o.typeParameters,
              parameters: [{ name: 'core', type: 'BaseCore' }, { name: 'params', type: o.params, hasQuestionToken: o.optional && optional }, options],
              returnType: o.returns,
            })),
          }
        : { docs: [doc] }),
      parameters: [{ name: 'core', type: 'BaseCore' }, { name: 'params', type: sig.params, ...(optional ? { initializer: '{}' } : {}) }, options],
      returnType: sig.returns,
      statements: [op.stream ? `return streamRoute(core, ${op.method}Route, { ...params }, options)` : op.body?.encoding === 'multipart' ? `return callWithFiles(core, ${op.method}Route, params, options)` : op.body?.encoding === 'json' ? `return callV2(core, ${op.method}Route, params, options, v2Json)` : `return callV2(core, ${op.method}Route, params, options)`],
    })
  }
  return { statements, params, paramNames, modelImports, paramModelImports, parameterImports, sharedImports, usesStream, usesCall, usesJson, usesFiles, usesPaging }
}

/** A params property: the parameter's wire name, type and TSDoc (with its default and bounds). */
function paramProperty(p: V2ParamSpec): OptionalKind<PropertySignatureStructure> {
  const extra = [p.default !== undefined ? `@defaultValue ${literal(p.default)}` : '', p.min !== undefined || p.max !== undefined ? `Between ${p.min ?? '-∞'} and ${p.max ?? '∞'}.` : ''].filter(Boolean)
  return { name: propertyKey(p.name), type: v2ParamType(p), hasQuestionToken: !p.required, isReadonly: true, docs: [[docText(p.description), ...extra].join('\n')] }
}

/** An optional shared parameter (`post.fields`, `expansions`, `pagination_token`, ...): inherited, not restated. */
function inheritsShared(p: V2ParamSpec): boolean {
  return !!p.shared && !p.required
}

/** The interface in params/shared.ts that holds an optional shared parameter: `TweetFields` -> `TweetFieldsParam`. */
export function sharedParamName(id: string): string {
  return `${id}Param`
}

/**
 * `params/shared.ts`: per shared parameter that some operation takes as optional, a one-member interface the
 * operations' params extend (`GetTweetParams extends TweetFieldsParam, TweetExpansionsParam, ...`). The same
 * fields and expansions members, with the same TSDoc, otherwise repeat in about a hundred params interfaces;
 * this way a consumer's tsc parses and binds each once.
 */
export function buildSharedParams(spec: V2Spec): { statements: StatementStructures[]; parameterImports: Set<string> } {
  const used = new Set(spec.families.flatMap((f) => f.operations).flatMap((op) => op.params.filter(inheritsShared).map((p) => p.shared!)))
  const statements: StatementStructures[] = []
  const parameterImports = new Set<string>()
  for (const id of [...used].sort()) {
    const p = { ...spec.shared.get(id)!, required: false }
    if (p.enum?.length) parameterImports.add(sharedValueType(id))
    statements.push({ kind: StructureKind.Interface, name: sharedParamName(id), isExported: true, docs: [`The optional \`${p.name}\` parameter, shared by the operations that take it.`], properties: [paramProperty(p)] })
  }
  return { statements, parameterImports }
}

/** The module alias of a v2 family inside the class file. */
export function v2Alias(family: string): string {
  return family.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())
}

/** The field-name unions bounding the fields overloads' `F` of these operations, imported from `./parameters.js`. */
export function v2FieldBounds(operations: readonly V2OperationSpec[], ctx: V2Context): Set<string> {
  const bounds = new Set<string>()
  for (const op of operations) for (const o of signatures(op, ctx).overloads) for (const t of o.typeParameters) bounds.add(t.constraint)
  return bounds
}

export function buildV2Class(spec: V2Spec, ctx: V2Context): (string | StatementStructures)[] {
  const methods: MethodDeclarationStructure[] = []
  const table: string[] = []
  for (const family of spec.families) {
    const alias = v2Alias(family.family)
    for (const op of family.operations) {
      const fields = op.body ? ctx.bodyFields(op.body.model) : []
      const sig = signatures(op, ctx)
      const optional = !op.params.some((p) => p.required) && !(op.body?.required && fields.some((f) => f.required))
      const doc = v2OperationDoc(op, 'method', v2ExampleParams(op, fields.filter((f) => f.required)), fields)
      const options = { name: 'options', type: op.stream ? 'StreamCallOptions' : 'CallOptions', hasQuestionToken: true }
      methods.push({
        kind: StructureKind.Method,
        name: op.method,
        ...(sig.overloads.length
          ? {
              overloads: sig.overloads.map((o) => ({
                docs: [doc],
                typeParameters: o.typeParameters,
                parameters: [{ name: 'params', type: o.params, hasQuestionToken: o.optional && optional }, options],
                returnType: o.returns,
              })),
            }
          : { docs: [doc] }),
        parameters: [{ name: 'params', type: sig.params, ...(optional ? { initializer: '{}' } : {}) }, options],
        returnType: sig.returns,
        statements: [`return ${alias}.${op.method}(this.core, params, options)`],
      })
      table.push(`  ${op.method}: ${alias}.${op.method}Route,`)
    }
  }
  const cls: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: 'TwythonV2',
    isExported: true,
    docs: ["Every X API v2 operation as a method (`twitter.v2`), each delegating to its per-family function.\n`params` is one flat object: path, query and JSON body fields side by side, by X's wire names."],
    ctors: [{ docs: ['@param core - The core that signs and sends every call.'], parameters: [{ name: 'core', type: 'Core', isReadonly: true, scope: Scope.Public }] }],
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
    'registerRoutes(TwythonV2.prototype, ROUTES_BY_METHOD)',
  ]
}

/** `operations.json`: X operationId -> our method, its HTTP method, path and whether it streams. */
export function operationsJson(spec: V2Spec): string {
  const rows = spec.families.flatMap((f) => f.operations).sort((a, b) => a.operationId.localeCompare(b.operationId))
  const table: Record<string, unknown> = {}
  for (const op of rows) table[op.operationId] = { method: op.method, http: op.httpMethod, path: op.path, stream: op.stream }
  return `${JSON.stringify(table, null, 2)}\n`
}
