// generated from spec/v2/general.yaml by @twython/generator: do not edit

/** Parameters of `getOpenApiSpec` (X operation `getOpenApiSpec`). */
export interface GetOpenApiSpecParams {
}
