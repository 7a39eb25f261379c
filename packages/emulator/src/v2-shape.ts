/**
 * The shape of the spec's v2 models as data (`generated/v2-schemas.ts`): the same canonical form the
 * generator compares with X's document, so the emulator can synthesize and check v2 responses without
 * reading X's document at run time.
 */
export type V2Shape =
  | { readonly kind: 'string'; readonly enum?: readonly string[]; readonly format?: string; readonly pattern?: string; readonly nullable?: boolean }
  | { readonly kind: 'integer' | 'number'; readonly minimum?: number; readonly maximum?: number; readonly nullable?: boolean }
  | { readonly kind: 'boolean' | 'unknown'; readonly nullable?: boolean }
  | { readonly kind: 'array'; readonly items: V2Shape; readonly nullable?: boolean }
  | { readonly kind: 'object'; readonly properties: Readonly<Record<string, { readonly shape: V2Shape; readonly required: boolean }>>; readonly additional?: V2Shape; readonly nullable?: boolean }
  | { readonly kind: 'ref'; readonly name: string; readonly nullable?: boolean }
  | { readonly kind: 'union' | 'all'; readonly of: readonly V2Shape[]; readonly nullable?: boolean }
