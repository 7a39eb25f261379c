/**
 * PLACEHOLDER, replaced by issue 13's v2 routes (packages/emulator/src/v2/): `GET /2/users/me` for an
 * OAuth 2.0 user token, answering the token's user in X's minimal shape `{ data: { id, name, username } }`
 * so the OAuth 2.0 flow can be tested end to end before the v2 route table exists. When the v2 routes
 * land, delete this file and its one call in server/server.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { State } from '../../state/state.js'
import { verifyOAuth2Bearer } from './service.js'

export function placeholderUsersMe(state: State, req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  if (url.pathname !== '/2/users/me' || (req.method ?? 'GET').toUpperCase() !== 'GET') return false
  const send = (status: number, value: unknown) => {
    const body = Buffer.from(JSON.stringify(value))
    res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', 'content-length': String(body.length) })
    res.end(body)
  }
  const verdict = verifyOAuth2Bearer(state, req.headers.authorization)
  if (!verdict.ok) {
    send(verdict.status, verdict.body)
    return true
  }
  // X's getUsersMe needs users.read and tweet.read with an OAuth 2.0 user token.
  const missing = ['users.read', 'tweet.read'].filter((s) => !verdict.scopes.includes(s))
  if (missing.length > 0) {
    send(403, { title: 'Forbidden', type: 'about:blank', status: 403, detail: `Missing required OAuth 2.0 scopes: ${missing.join(', ')}` })
    return true
  }
  const user = state.users.get(verdict.userId)!
  send(200, { data: { id: user.id.toString(), name: user.name, username: user.screen_name } })
  return true
}
