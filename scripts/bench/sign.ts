/**
 * OAuth 1.0a header for the baselines (fetch + oauth-sign, ky + oauth-sign): the least a client must do
 * per request, written the obvious way, so the baselines pay for signing as every real client does.
 */
import { randomBytes } from 'node:crypto'
import { hmacsign, rfc3986 } from 'oauth-sign'

export const CREDS = { appKey: 'xvz1evFS4wEEPTGEFPHBog', appSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw', oauthToken: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb', oauthTokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE' } as const

export function oauthHeader(method: string, url: string): string {
  const parsed = new URL(url)
  const oauth: Record<string, string> = {
    oauth_consumer_key: CREDS.appKey,
    oauth_nonce: randomBytes(16).toString('hex'),
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: String(Math.floor(Date.now() / 1000)),
    oauth_token: CREDS.oauthToken,
    oauth_version: '1.0',
  }
  const params: Record<string, string> = { ...oauth }
  for (const [k, v] of parsed.searchParams) params[k] = v
  oauth.oauth_signature = hmacsign(method, `${parsed.origin}${parsed.pathname}`, params, CREDS.appSecret, CREDS.oauthTokenSecret)
  return `OAuth ${Object.keys(oauth).sort().map((k) => `${rfc3986(k)}="${rfc3986(oauth[k]!)}"`).join(', ')}`
}
