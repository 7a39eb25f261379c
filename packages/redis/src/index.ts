/**
 * `@twython/redis`: Redis stores for `@twython/client`.
 *
 * - {@link RedisRateLimitStore}: the rate-limit budget shared by every process on one token, reserved
 *   atomically by Lua scripts on Redis's clock (`rateLimit: { wait: true, store }`).
 * - {@link RedisTokenStore}: an OAuth 2 token store whose cross-process lock lets one process refresh a
 *   rotating refresh token while the others wait and read the new token.
 */
export { RedisRateLimitStore, RESERVE_SCRIPT, OBSERVE_SCRIPT, PEEK_SCRIPT, type RedisRateLimitStoreOptions } from './rate-limit-store.js'
export { RedisTokenStore, type RedisTokenStoreOptions, type OAuth2Token, type TokenStore } from './token-store.js'
export type { RedisCommander, RedisConnectionOptions } from './connection.js'
