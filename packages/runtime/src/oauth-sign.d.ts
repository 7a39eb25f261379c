// oauth-sign ships no types; these cover the functions the runtime calls.
declare module 'oauth-sign' {
  type Params = Record<string, string | readonly string[]>
  export function hmacsign(httpMethod: string, baseUri: string, params: Params, consumerSecret: string, tokenSecret?: string): string
  export function generateBase(httpMethod: string, baseUri: string, params: Params): string
  export function rfc3986(value: string): string
}
