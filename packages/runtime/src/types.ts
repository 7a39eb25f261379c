/** Type helpers the generated v2 code uses. Plain and cheap for the type checker on purpose. */

/**
 * `T` with the fields named in `F` present: what a v2 call returns for the objects whose `*.fields` it asked
 * for. `Selected<Tweet, 'created_at'>` is a `Tweet` whose `created_at` is a `string`, not `string | undefined`.
 * With no fields named (`F = never`) it is `T` itself.
 */
export type Selected<T, F extends string> = [F] extends [never] ? T : T & { readonly [K in F & keyof T]-?: Exclude<T[K], undefined> }
