/**
 * OAuth 2 user tokens for v2 operations: the one seam the v2 router calls for a bearer token that is not an
 * app-only token. The provider (authorization page, code exchange, refresh rotation, revocation) is
 * `src/auth/oauth2/`.
 */
export { verifyOAuth2Bearer, type OAuth2BearerVerdict as OAuth2Verification } from '../auth/oauth2/index.js'
