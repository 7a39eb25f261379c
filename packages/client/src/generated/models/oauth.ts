// generated from spec/models/oauth.yaml by @twython/generator: do not edit

/**
 * An app-only bearer token, as `oauth2/token` issues it.
 *
 * Reference: https://developer.twitter.com/en/docs/authentication/api-reference/token
 */
export interface OAuth2Token {
  /** Always "bearer". */
  token_type: string
  /** The bearer token to send in the Authorization header; keep it secret. */
  access_token: string
}

/**
 * Confirmation that a bearer token was revoked, as `oauth2/invalidate_token` returns it.
 *
 * Reference: https://developer.twitter.com/en/docs/authentication/api-reference/invalidate_bearer_token
 */
export interface InvalidatedToken {
  /** The token that is no longer valid. */
  access_token: string
}
