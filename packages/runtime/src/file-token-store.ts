/** `@twython/runtime/file-token-store`: the file-backed token store, apart so `node:fs` loads only when asked for. */
export { FileTokenStore, type FileTokenStoreOptions } from './oauth2/file-store.js'
