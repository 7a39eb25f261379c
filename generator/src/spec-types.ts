/** The in-memory model of the spec, after loading and validation. */

export type ParamType = 'string' | 'integer' | 'number' | 'boolean' | 'id' | 'id[]' | 'string[]' | 'integer[]' | 'file' | 'json'

export interface ParamSpec {
  readonly name: string
  readonly type: ParamType
  readonly required: boolean
  readonly description: string
  readonly enum?: readonly (string | number)[]
  readonly default?: unknown
  readonly example?: unknown
  /** True when the parameter fills a `:name` segment of the path. */
  readonly inPath: boolean
}

export interface EndpointSpec {
  /** Twython's snake_case name. */
  readonly name: string
  /** camelCase method name. */
  readonly method: string
  /** PascalCase stem for type names. */
  readonly typeStem: string
  readonly family: string
  readonly file: string
  readonly summary: string
  readonly description?: string
  readonly httpMethod: 'GET' | 'POST' | 'DELETE'
  readonly path: string
  readonly host: 'api' | 'upload'
  readonly versioned: boolean
  readonly auth: 'user' | 'any' | 'app'
  readonly encoding: 'form' | 'json' | 'multipart'
  readonly docs: string
  readonly rateLimit?: { readonly window?: number; readonly user?: number | null; readonly app?: number | null }
  readonly paginate?: { readonly style: 'cursor' | 'max_id' | 'search'; readonly items?: string }
  readonly deprecated?: string
  readonly example?: Readonly<Record<string, unknown>>
  readonly params: readonly ParamSpec[]
  readonly returns: string
  /** The response type when the call passes `stringify_ids: true` (ids as strings). */
  readonly returnsStringIds?: string
  /** What comes back, in one sentence, for `@returns`; derived from the model's description when absent. */
  readonly returnsDescription?: string
}

export interface FamilySpec {
  readonly family: string
  readonly title: string
  readonly description: string
  /** Spec file path relative to the repository root, e.g. `spec/endpoints/statuses.yaml`. */
  readonly file: string
  readonly endpoints: readonly EndpointSpec[]
}

export interface PropertySpec {
  readonly name: string
  readonly type: string
  readonly description?: string
  readonly optional: boolean
  readonly nullable: boolean
  readonly enum?: readonly string[]
}

export interface ModelSpec {
  readonly name: string
  readonly description: string
  readonly docs?: string
  readonly extends?: string
  readonly properties: readonly PropertySpec[]
  /** Module stem of the models file, e.g. `tweets` for spec/models/tweets.yaml. */
  readonly module: string
  readonly file: string
}

/** One row of the Twython-name table that is not an endpoint method (spec/interface.yaml). */
export interface InterfaceEntry {
  /** The name (or call) in Twython, e.g. `upload_video` or `client_args={'timeout': 5}`. */
  readonly twython: string
  /** What to write in TypeScript instead. */
  readonly typescript: string
  /**
   * A name the package exports that the row stands for, checked by the client's tests:
   * `Export`, `Export#member` (instance member) or `Export.member` (static member).
   */
  readonly ref?: string
  /** The TypeScript name that replaces a snake_case `twython` name in cross-references of the spec's text. */
  readonly crossRef?: string
  /** A short note: what differs, or where it lives. */
  readonly note?: string
}

export interface InterfaceSection {
  readonly title: string
  readonly description?: string
  readonly entries: readonly InterfaceEntry[]
}

/** Twython's interface beyond the endpoint methods, for the name table. */
export interface InterfaceSpec {
  readonly file: string
  readonly sections: readonly InterfaceSection[]
}

export interface Spec {
  readonly families: readonly FamilySpec[]
  readonly models: readonly ModelSpec[]
  /** Absent when the spec has no interface.yaml (the generator's fixture). */
  readonly interface?: InterfaceSpec
}
