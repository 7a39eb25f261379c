/**
 * The OAuth 2.0 paths of the emulator's one origin: the authorization page and its form
 * (`/i/oauth2/authorize`), the token and revoke endpoints (`/2/oauth2/token`, `/2/oauth2/revoke`), and
 * the test controls under `/_emulator/oauth2/`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { decodeForm } from '../oauth.js'
import type { OAuth2Service } from './service.js'

export const AUTHORIZE_PATH = '/i/oauth2/authorize'
const DECISION_PATH = '/i/oauth2/authorize/decision'
const TOKEN_PATH = '/2/oauth2/token'
const REVOKE_PATH = '/2/oauth2/revoke'
const ADMIN_PREFIX = '/_emulator/oauth2/'

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function write(res: ServerResponse, status: number, contentType: string, text: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(text, 'utf8')
  res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': String(body.length) })
  res.end(body)
}

const json = (res: ServerResponse, status: number, value: unknown) => write(res, status, 'application/json;charset=utf-8', JSON.stringify(value), { 'cache-control': 'no-store', pragma: 'no-cache' })
const html = (res: ServerResponse, status: number, text: string) => write(res, status, 'text/html;charset=utf-8', text)

function errorPage(problem: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>X / Authorize an app</title></head>
<body><h1>Something went wrong</h1><p>You weren't able to give access to the App. Go back and try logging in again.</p><p class="detail">${esc(problem)}</p></body></html>
`
}

function authorizePage(requestId: string, clientName: string, scopes: readonly string[]): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>X / Authorize an app</title></head>
<body>
<h1>${esc(clientName)} wants to access your X account</h1>
<ul class="scopes">${scopes.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<form method="post" action="${DECISION_PATH}">
<input type="hidden" name="request_id" value="${esc(requestId)}">
<label>Username <input name="screen_name" value="emu_dev"></label>
<button type="submit" name="decision" value="approve">Authorize app</button>
<button type="submit" name="decision" value="deny">Cancel</button>
</form>
</body></html>
`
}

function formOf(body: Buffer, contentType: string): Map<string, string> {
  const text = body.toString('utf8')
  if (/json/i.test(contentType)) {
    const value = text.trim() ? (JSON.parse(text) as Record<string, unknown>) : {}
    return new Map(Object.entries(value).map(([k, v]) => [k, String(v)]))
  }
  return new Map(decodeForm(text))
}

/** The authorization page and its form, reached by the browser (no fault injection, like the OAuth 1.0a page). */
export function handleOAuth2Page(service: OAuth2Service, req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): boolean {
  const method = (req.method ?? 'GET').toUpperCase()
  if (url.pathname === AUTHORIZE_PATH && method === 'GET') {
    const started = service.startAuthorization(url.searchParams)
    if ('problem' in started) html(res, 400, errorPage(started.problem))
    else html(res, 200, authorizePage(started.requestId, started.clientName, started.pending.scopes))
    return true
  }
  if (url.pathname === DECISION_PATH && method === 'POST') {
    const form = formOf(body, String(req.headers['content-type'] ?? ''))
    try {
      const decision = service.decide(form.get('request_id') ?? '', form.get('decision') !== 'deny', form.get('screen_name') || undefined)
      write(res, 302, 'text/html;charset=utf-8', '', { location: decision.redirectUrl })
    } catch (error) {
      html(res, 400, errorPage((error as Error).message))
    }
    return true
  }
  if (url.pathname.startsWith(ADMIN_PREFIX)) {
    handleAdmin(service, method, url.pathname.slice(ADMIN_PREFIX.length), body, String(req.headers['content-type'] ?? ''), res)
    return true
  }
  return false
}

/**
 * True for the token and revoke endpoints: paths under `/2/` that are not v2 API operations, so the v2
 * router must leave them to {@link handleOAuth2Api}.
 */
export function isOAuth2ApiPath(path: string): boolean {
  return path === TOKEN_PATH || path === REVOKE_PATH
}

/** The token and revoke endpoints (API calls: faults apply to them). */
export function handleOAuth2Api(service: OAuth2Service, req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): boolean {
  if (!isOAuth2ApiPath(url.pathname)) return false
  if ((req.method ?? 'GET').toUpperCase() !== 'POST') {
    json(res, 405, { error: 'invalid_request', error_description: 'The token endpoint takes POST.' })
    return true
  }
  const contentType = String(req.headers['content-type'] ?? '')
  if (!/^application\/x-www-form-urlencoded/i.test(contentType)) {
    json(res, 400, { error: 'invalid_request', error_description: 'The body must be application/x-www-form-urlencoded.' })
    return true
  }
  const params = new Map(decodeForm(body.toString('utf8')))
  const answer = url.pathname === TOKEN_PATH ? service.token(req.headers.authorization, params) : service.revoke(req.headers.authorization, params)
  json(res, answer.status, answer.body)
  return true
}

/**
 * `/_emulator/oauth2/*`: `POST authorize` `{ url, screen_name?, deny? }` (approve without a browser),
 * `POST ttl` `{ seconds }` (lifetime of new access tokens), `POST expire` (every access token issued so far
 * expires now), `GET stats` (the server's counters).
 */
function handleAdmin(service: OAuth2Service, method: string, action: string, body: Buffer, contentType: string, res: ServerResponse): void {
  try {
    const f = method === 'POST' ? formOf(body, contentType) : new Map<string, string>()
    switch (`${method} ${action}`) {
      case 'POST authorize': {
        const decision = service.approveUrl(f.get('url') ?? '', { ...(f.get('screen_name') ? { screenName: f.get('screen_name')! } : {}), deny: f.get('deny') === 'true' })
        return json(res, 200, { redirect_url: decision.redirectUrl, state: decision.state, ...(decision.code ? { code: decision.code } : {}), ...(decision.error ? { error: decision.error } : {}) })
      }
      case 'POST ttl':
        service.setAccessTokenTtl(Number(f.get('seconds')))
        return json(res, 200, { seconds: Number(f.get('seconds')) })
      case 'POST expire':
        return json(res, 200, { expired: service.expireAccessTokens() })
      case 'GET stats':
        return json(res, 200, service.counters)
    }
    json(res, 404, { errors: [{ code: 34, message: 'Sorry, that page does not exist' }] })
  } catch (error) {
    json(res, 400, { error: (error as Error).message })
  }
}
