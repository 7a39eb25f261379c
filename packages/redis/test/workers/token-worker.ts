/**
 * One of the 20 processes of the token-lock test: inside `RedisTokenStore.withLock` it re-reads the token
 * and refreshes it only if it is still the expired one (what the OAuth 2 client does), against a token
 * endpoint whose refresh tokens work once. Prints whether it refreshed and the access token it ends with.
 */
import { RedisTokenStore } from '@twython/redis'

const { redisUrl, key, endpoint } = JSON.parse(process.env.TWYTHON_WORKER!) as { redisUrl: string; key: string; endpoint: string }
const store = new RedisTokenStore({ url: redisUrl, key })
process.stdout.write('ready\n')
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()))

let refreshed = false
await store.withLock(async () => {
  const token = await store.get()
  if (!token || token.expiresAt > Date.now()) return
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token.refreshToken ?? '', client_id: 'client-1' }),
  })
  if (!response.ok) throw new Error(`refresh refused: ${response.status} ${await response.text()}`)
  const body = (await response.json()) as { access_token: string; refresh_token: string; expires_in: number; scope: string }
  await store.set({ accessToken: body.access_token, refreshToken: body.refresh_token, expiresAt: Date.now() + body.expires_in * 1000, scopes: body.scope.split(' '), tokenType: 'bearer' })
  refreshed = true
})
const final = await store.get()
await store.close()
process.stdout.write(`${JSON.stringify({ ok: 1, failed: [], warnings: [], refreshed, accessToken: final?.accessToken })}\n`)
process.stdin.destroy()
