/**
 * The public surface, pinned: a removed or renamed export fails here (values) or in `exports-types.ts`
 * (types, checked by tsc). Generated exports are derived from the Twython name table: every endpoint
 * has its function and its route constant.
 */
import { expect, it } from 'vitest'
import * as client from '../src/index.js'

const HAND_WRITTEN = [
  'BaseCore',
  'Core',
  'MEDIA_UPLOAD_V2_ROUTES',
  'MediaProcessingError',
  'PAGINATION',
  'MemoryTokenStore',
  'MemoryRateLimitStore',
  'RateLimits',
  'StreamerStatuses',
  'TWITTER_HTTP_STATUS_REASONS',
  'TWYTHON_INTERFACE',
  'TWYTHON_NAMES',
  'Twython',
  'TwythonAuthError',
  'TwythonEndpoints',
  'TwythonError',
  'TwythonRateLimitError',
  'TwythonScopeError',
  'TwythonStreamError',
  'TwythonStreamer',
  'TwythonV2',
  'TwythonV2Client',
  'TwythonRulesSyncError',
  'ManualClock',
  'STREAM_429_NOTE',
  'isOperationalDisconnect',
  'streamErrors',
  'syncStreamRules',
  'twitterBackoff',
  'ESTABLISHED_AFTER_MS',
  'checkRouteScopes',
  'constructApiUrl',
  'createCore',
  'createNodeFetch',
  'htmlForTweet',
  'nodeFetch',
  'stream',
  'uploadMediaV2',
]

it('exports exactly the hand-written API plus a function and a route per endpoint', () => {
  const generated = Object.values(client.TWYTHON_NAMES).flatMap((method) => [method, `${method}Route`])
  expect(Object.keys(client).sort()).toEqual([...HAND_WRITTEN, ...generated].sort())
})

it('gives every Twython method name a method on Twython', () => {
  const twitter = new client.Twython()
  for (const method of Object.values(client.TWYTHON_NAMES)) expect(typeof (twitter as unknown as Record<string, unknown>)[method]).toBe('function')
  for (const helper of ['cursor', 'request', 'get', 'post', 'delete', 'getLastFunctionHeader', 'getAuthenticationTokens', 'getAuthorizedTokens', 'obtainAccessToken', 'uploadVideo', 'getOAuth2AuthorizationUrl', 'getOAuth2Token', 'refreshOAuth2Token', 'revokeOAuth2Token', 'getOAuth2AppToken']) {
    expect(typeof (twitter as unknown as Record<string, unknown>)[helper]).toBe('function')
  }
  expect(typeof client.Twython.constructApiUrl).toBe('function')
  expect(typeof client.Twython.htmlForTweet).toBe('function')
})

it('exports every v2 operation from @twython/client/v2 as a function and a route, and TwythonV2', async () => {
  const v2 = await import('../src/generated/v2/index.js')
  const operations = (await import('../src/generated/v2/operations.json', { with: { type: 'json' } })).default as Record<string, { method: string }>
  const methods = Object.values(operations).map((o) => o.method)
  expect(methods).toHaveLength(171)
  expect(Object.keys(v2).sort()).toEqual(['TwythonV2', ...methods.flatMap((m) => [m, `${m}Route`])].sort())
  const twitter = new client.Twython()
  for (const method of methods) expect(typeof (twitter.v2 as unknown as Record<string, unknown>)[method]).toBe('function')
})
