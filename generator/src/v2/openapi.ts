/**
 * Reads the facts the SDK needs out of an X API v2 OpenAPI 3 document: operations (method, path, parameters,
 * request body, success response, security, streaming) and the component schemas, all as `Shape`s. Used by
 * the drift check and by `spec:import`; nothing here is copied into the repository.
 */
import type { PropertyShape, Shape } from './shape.js'

export type OpenApiMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'

export interface OpenApiParameter {
  readonly name: string
  readonly in: 'path' | 'query' | 'header'
  readonly required: boolean
  readonly shape: Shape
  readonly default?: unknown
  /** The component the parameter came from (`PostFieldsParameter`), when it was a `$ref`. */
  readonly component?: string
}

export interface OpenApiSecurity {
  readonly scheme: 'oauth2_user' | 'oauth1_user' | 'bearer'
  readonly scopes: readonly string[]
}

export interface OpenApiOperation {
  readonly operationId: string
  readonly method: OpenApiMethod
  readonly path: string
  readonly tag: string
  readonly stream: boolean
  readonly docs?: string
  readonly parameters: readonly OpenApiParameter[]
  readonly body?: { readonly encodings: readonly ('json' | 'multipart')[]; readonly required: boolean; readonly shape: Shape }
  /** The schema of the first 2xx response with a body; absent for an empty success. */
  readonly response?: Shape
  readonly security: readonly OpenApiSecurity[]
}

export interface OpenApiFacts {
  readonly version: string
  readonly operations: readonly OpenApiOperation[]
  readonly schemas: ReadonlyMap<string, Shape>
}

const METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const
const SCHEMES: Readonly<Record<string, OpenApiSecurity['scheme']>> = { OAuth2UserToken: 'oauth2_user', UserToken: 'oauth1_user', BearerToken: 'bearer' }

/** Reads a parsed OpenAPI document. Throws with a clear message when it is not one. */
export function readOpenApi(doc: any): OpenApiFacts {
  if (!doc || typeof doc !== 'object' || typeof doc.openapi !== 'string' || !doc.paths) throw new Error('not an OpenAPI 3 document (no "openapi" version or no "paths")')
  const components = doc.components ?? {}
  const schemas = new Map<string, Shape>()
  for (const [name, schema] of Object.entries<any>(components.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b))) schemas.set(name, toShape(schema))
  const operations: OpenApiOperation[] = []
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const m of METHODS) {
      const op = item?.[m]
      if (!op) continue
      const parameters: OpenApiParameter[] = []
      for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        const component = raw.$ref ? String(raw.$ref).split('/').pop()! : undefined
        const p = component ? components.parameters?.[component] : raw
        if (!p) continue
        parameters.push({
          name: String(p.name),
          in: p.in,
          required: p.required === true || p.in === 'path',
          shape: toShape(p.schema ?? {}),
          ...(p.schema?.default !== undefined ? { default: p.schema.default } : {}),
          ...(component ? { component } : {}),
        })
      }
      let body: OpenApiOperation['body']
      if (op.requestBody) {
        const content = op.requestBody.content ?? {}
        const encodings: ('json' | 'multipart')[] = []
        let schema: any
        for (const [type, media] of Object.entries<any>(content)) {
          if (type.includes('json')) encodings.push('json')
          else if (type.includes('multipart')) encodings.push('multipart')
          else continue
          schema ??= media.schema
        }
        if (encodings.length) body = { encodings, required: op.requestBody.required === true, shape: toShape(schema ?? {}) }
      }
      let response: Shape | undefined
      for (const [status, r] of Object.entries<any>(op.responses ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
        if (!/^2\d\d$/.test(status)) continue
        const media = Object.entries<any>(r.content ?? {}).find(([type]) => type.includes('json'))?.[1]
        if (media?.schema) {
          response = toShape(media.schema)
          break
        }
      }
      const security: OpenApiSecurity[] = []
      for (const alt of op.security ?? doc.security ?? []) {
        for (const [scheme, scopes] of Object.entries<any>(alt)) {
          const kind = SCHEMES[scheme]
          if (kind) security.push({ scheme: kind, scopes: [...(scopes ?? [])] })
        }
      }
      operations.push({
        operationId: String(op.operationId),
        method: m.toUpperCase() as OpenApiMethod,
        path,
        tag: String(op.tags?.[0] ?? 'General'),
        stream: op['x-twitter-streaming'] === true,
        ...(op.externalDocs?.url ? { docs: String(op.externalDocs.url) } : {}),
        parameters,
        ...(body ? { body } : {}),
        ...(response ? { response } : {}),
        security,
      })
    }
  }
  return { version: String(doc.info?.version ?? 'unknown'), operations, schemas }
}

/** Converts one OpenAPI schema object. */
export function toShape(schema: any): Shape {
  const nullable = schema?.nullable === true ? { nullable: true as const } : {}
  if (!schema || typeof schema !== 'object') return { kind: 'unknown' }
  if (typeof schema.$ref === 'string') return { kind: 'ref', name: schema.$ref.split('/').pop()!, ...nullable }
  const union = schema.oneOf ?? schema.anyOf
  // `anyOf: [{ required: [a] }, { required: [b] }]` beside `properties` only says "at least one of": the shape is the object.
  const constraintsOnly = Array.isArray(union) && union.every((u: any) => u && !u.$ref && !u.type && !u.properties && !u.oneOf && !u.anyOf && !u.allOf)
  if (Array.isArray(union) && !constraintsOnly) {
    // A one-option oneOf is that option (X wraps some enums this way).
    if (union.length === 1) return { ...toShape(union[0]), ...(schema.nullable ? { nullable: true } : {}) } as Shape
    return { kind: 'union', of: union.map(toShape), ...nullable }
  }
  if (Array.isArray(schema.allOf)) return schema.allOf.length === 1 ? { ...toShape(schema.allOf[0]), ...nullable } : { kind: 'all', of: schema.allOf.map(toShape), ...nullable }
  switch (schema.type) {
    case 'string':
      return {
        kind: 'string',
        // X's document repeats a few values (NewsFields lists `contexts` four times): the set is what counts.
        ...(Array.isArray(schema.enum) ? { enum: [...new Set<string>(schema.enum.map(String))] } : {}),
        ...(schema.format ? { format: String(schema.format) } : {}),
        ...(schema.pattern ? { pattern: String(schema.pattern) } : {}),
        ...nullable,
      }
    case 'integer':
    case 'number':
      return { kind: schema.type, ...(typeof schema.minimum === 'number' ? { minimum: schema.minimum } : {}), ...(typeof schema.maximum === 'number' ? { maximum: schema.maximum } : {}), ...nullable }
    case 'boolean':
      return { kind: 'boolean', ...nullable }
    case 'array':
      return { kind: 'array', items: toShape(schema.items ?? {}), ...nullable }
    case 'object':
    case undefined: {
      if (schema.type === undefined && !schema.properties && schema.additionalProperties === undefined) return { kind: 'unknown', ...nullable }
      const required = new Set<string>(Array.isArray(schema.required) ? schema.required : [])
      const properties: Record<string, PropertyShape> = {}
      for (const [name, prop] of Object.entries<any>(schema.properties ?? {})) properties[name] = { shape: toShape(prop), required: required.has(name) }
      const extra = schema.additionalProperties
      const additional = extra && typeof extra === 'object' ? toShape(extra) : extra === true || (!schema.properties && extra === undefined) ? ({ kind: 'unknown' } as const) : undefined
      return { kind: 'object', properties, ...(additional ? { additional } : {}), ...nullable }
    }
    default:
      return { kind: 'unknown', ...nullable }
  }
}
