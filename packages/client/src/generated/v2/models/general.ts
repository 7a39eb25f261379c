// generated from spec/v2/models/general.yaml by @twython/generator: do not edit

/** What `getOpenApiSpec` resolves to: X's response envelope. */
export type GetOpenApiSpecResponse = { [key: string]: unknown }
