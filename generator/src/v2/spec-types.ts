/** The in-memory model of `spec/v2/`, after loading and validation. */

export type V2ParamType = 'string' | 'integer' | 'number' | 'boolean' | 'string[]' | 'integer[]'

export interface V2ParamSpec {
  /** Wire name (`post.fields`, `max_results`). */
  readonly name: string
  readonly in: 'path' | 'query'
  readonly type: V2ParamType
  readonly required: boolean
  readonly description: string
  readonly enum?: readonly (string | number)[]
  readonly format?: string
  readonly pattern?: string
  readonly min?: number
  readonly max?: number
  readonly default?: unknown
  readonly example?: unknown
  /** For a `*.fields` parameter: the model whose fields it selects. */
  readonly selects?: string
  /** For a `*.fields` parameter: the fields X returns unasked. */
  readonly defaults?: readonly string[]
  /** The shared parameter it comes from (`TweetFields`), if any. */
  readonly shared?: string
}

export interface V2Security {
  readonly scheme: 'oauth1_user' | 'bearer' | 'oauth2_user'
  readonly scopes: readonly string[]
}

export interface V2RateLimit {
  readonly windowSeconds: number
  readonly limit: number
  readonly per: 'user' | 'app'
}

export interface V2OperationSpec {
  /** Our method name on `twitter.v2` (`getTweet`). */
  readonly method: string
  /** PascalCase stem for type names (`GetTweet`). */
  readonly typeStem: string
  readonly family: string
  readonly file: string
  readonly operationId: string
  readonly summary: string
  readonly description?: string
  readonly httpMethod: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** `/2/tweets/{id}`. */
  readonly path: string
  readonly docs: string
  readonly security: readonly V2Security[]
  readonly rateLimits: readonly V2RateLimit[]
  readonly paginate?: { readonly token: 'pagination_token' | 'next_token'; readonly maxResults?: readonly [number, number] }
  readonly stream: boolean
  readonly deprecated?: string
  readonly example?: Readonly<Record<string, unknown>>
  /** Path and query parameters. */
  readonly params: readonly V2ParamSpec[]
  readonly body?: { readonly model: string; readonly required: boolean; readonly encoding: 'json' | 'multipart'; readonly fields: readonly string[] }
  /** A model name or `empty`. */
  readonly returns: string
}

export interface V2FamilySpec {
  readonly family: string
  readonly title: string
  readonly description: string
  readonly file: string
  readonly operations: readonly V2OperationSpec[]
}

export interface V2PropertySpec {
  readonly name: string
  /** Type expression: primitives, model names, `X[]`, `map<X>`, `A | B`. */
  readonly type: string
  readonly required: boolean
  readonly nullable: boolean
  readonly description?: string
  readonly enum?: readonly string[]
  readonly format?: string
  readonly pattern?: string
  readonly min?: number
  readonly max?: number
}

export interface V2ModelSpec {
  readonly name: string
  /** Module stem: `tweets` for spec/v2/models/tweets.yaml. */
  readonly module: string
  readonly file: string
  /** Our description, or one derived from the operation the model belongs to. */
  readonly description: string
  readonly docs?: string
  readonly kind: 'object' | 'alias' | 'union' | 'all'
  readonly properties: readonly V2PropertySpec[]
  /** Type expression of the values of unlisted keys (an open map). */
  readonly additional?: string
  /** Alias: the aliased type expression and its constraints. */
  readonly type?: string
  readonly enum?: readonly string[]
  readonly format?: string
  readonly pattern?: string
  readonly min?: number
  readonly max?: number
  readonly nullable: boolean
  readonly oneOf: readonly string[]
  readonly allOf: readonly string[]
}

export interface V2Spec {
  readonly families: readonly V2FamilySpec[]
  readonly models: readonly V2ModelSpec[]
  /** Shared parameters by id (`TweetFields`). */
  readonly shared: ReadonlyMap<string, V2ParamSpec>
}
