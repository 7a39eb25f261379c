/** `@twython/client/file-token-store`: the file-backed OAuth 2.0 token store, apart so `node:fs` loads only when asked for. */
export { FileTokenStore, type FileTokenStoreOptions } from '@twython/runtime/file-token-store'
