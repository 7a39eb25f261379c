/** Node's Buffer (`#buffer` under the `node` condition): the stream parser's memchr-fast `indexOf` and the upload's bodies. */
export { Buffer, isUtf8 } from 'node:buffer'
