/**
 * The emulator's own routes under `/_emulator/`, for tests and demos driving it over HTTP: approve a
 * request token, add and clear faults (the v2 streams' too), change a rate limit, read a summary of the state,
 * reset it.
 * They need no authentication: the emulator listens on loopback only.
 */
import type { ServerResponse } from 'node:http'
import type { AuthService } from '../auth/auth.js'
import { decodeForm } from '../auth/oauth.js'
import type { State } from '../state/state.js'
import type { FaultInjector, FaultSpec } from './faults.js'
import { send } from './http.js'
import type { RateLimiter } from './rate-limits.js'
import type { V2StreamFault, V2StreamHub } from '../v2/streaming.js'

/** What the admin routes reach of the server (declared here so that this module does not import the server). */
export interface AdminTarget {
  readonly url: string
  readonly state: State
  readonly auth: Pick<AuthService, 'approve'>
  readonly faults: Pick<FaultInjector, 'add' | 'clear' | 'pending'>
  readonly limiter: Pick<RateLimiter, 'setLimit'>
  readonly streams: object
  readonly v2Streams: Pick<V2StreamHub, 'inject' | 'clearFaults' | 'disconnect' | 'connections'>
  reset(): void
}

function fields(body: Buffer, contentType: string): Record<string, unknown> {
  const text = body.toString('utf8')
  if (/json/i.test(contentType) || text.trimStart().startsWith('{')) return (text.trim() ? JSON.parse(text) : {}) as Record<string, unknown>
  return Object.fromEntries(decodeForm(text))
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value))

export function handleAdmin(server: AdminTarget, method: string, path: string, body: Buffer, contentType: string, res: ServerResponse): void {
  try {
    const route = `${method} ${path}`
    switch (route) {
      case 'POST /_emulator/authorize': {
        const f = fields(body, contentType)
        const approved = server.auth.approve(String(f.oauth_token ?? ''), f.screen_name ? String(f.screen_name) : undefined)
        return json(res, 200, { oauth_verifier: approved.verifier, ...(approved.callbackUrl ? { callback_url: approved.callbackUrl } : {}) })
      }
      case 'POST /_emulator/faults': {
        const f = fields(body, contentType)
        for (const key of ['times', 'status', 'delayMs'] as const) if (typeof f[key] === 'string') f[key] = Number(f[key])
        for (const key of ['truncate', 'reset'] as const) if (typeof f[key] === 'string') f[key] = f[key] === 'true' || f[key] === '1'
        server.faults.add(f as unknown as FaultSpec)
        return json(res, 201, { pending: server.faults.pending })
      }
      case 'DELETE /_emulator/faults':
        server.faults.clear()
        return json(res, 200, { pending: 0 })
      case 'POST /_emulator/rate-limit': {
        const f = fields(body, contentType)
        server.limiter.setLimit(String(f.route), Number(f.limit))
        return json(res, 200, { route: f.route, limit: Number(f.limit) })
      }
      case 'GET /_emulator/state': {
        const s = server.state
        return json(res, 200, {
          url: server.url,
          users: s.users.size,
          tweets: s.tweets.size,
          lists: s.lists.size,
          direct_messages: s.dms.size,
          saved_searches: s.savedSearches.size,
          follows: [...s.following.values()].reduce((n, set) => n + set.size, 0),
          pending_faults: server.faults.pending,
          open_streams: (server.streams as { openStreams?: number }).openStreams ?? 0,
          open_v2_streams: server.v2Streams.connections(),
        })
      }
      case 'POST /_emulator/v2/streams/faults': {
        // A JSON V2StreamFault: {"kind":"drop-after","messages":3} and so on.
        server.v2Streams.inject(fields(body, contentType) as unknown as V2StreamFault)
        return json(res, 201, { open_streams: server.v2Streams.connections() })
      }
      case 'DELETE /_emulator/v2/streams/faults':
        server.v2Streams.clearFaults()
        return json(res, 200, { cleared: true })
      case 'POST /_emulator/v2/streams/disconnect': {
        const f = fields(body, contentType)
        return json(res, 200, { disconnected: server.v2Streams.disconnect(f.operationId === undefined ? undefined : String(f.operationId)) })
      }
      case 'POST /_emulator/reset':
        server.reset()
        return json(res, 200, { reset: true })
    }
    json(res, 404, { errors: [{ code: 34, message: 'Sorry, that page does not exist' }] })
  } catch (error) {
    json(res, 400, { error: (error as Error).message })
  }
}
