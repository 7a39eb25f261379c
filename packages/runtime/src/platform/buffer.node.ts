/**
 * Node's Buffer (`#buffer` under the `node` condition): the stream parser's memchr-fast `indexOf` and the
 * upload's bodies; `randomBytes` is here because it returns a Buffer (the upload's multipart boundary).
 */
export { Buffer, isUtf8 } from 'node:buffer'
export { randomBytes } from 'node:crypto'
