/**
 * The HTTP side of the emulator: one origin serves the API, upload and stream hosts at their real paths.
 * Every request goes through the same steps: admin routes, fault injection, OAuth (1.0a signature checks,
 * app-only bearer tokens, the three-legged flow), streams and uploads, then the spec's route table with
 * parameter validation, rate limits and the endpoint's handler.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { SPEC_ROUTES, type SpecRoute } from '../generated/routes.js'
import { createStreamHub, type EmulatorStreamHub, type StreamHubOptions } from '../streams/index.js'
import { createUploadService, stringifyExact, type UploadServiceControl, type UploadServiceOptions } from '../upload/index.js'
import { boundaryOf, parseMultipart } from '../upload/multipart.js'
import { ApiError } from './errors.js'
import { handlers, type HandlerContext } from './handlers.js'
import { hmacSha1, NonceStore, parseBasic, parseOAuthHeader, sameSignature, signatureBaseString } from './oauth.js'
import { seedState, State, type SeedData } from './state.js'

export interface EmulatorOptions {
  /** Port to listen on; 0 picks a free one. @default 0 */
  readonly port?: number
  /** Address to listen on. Only loopback addresses make sense: the emulator has no TLS. @default '127.0.0.1' */
  readonly host?: string
  /** Extra users, follows and tweets on top of the default world. */
  readonly seed?: SeedData
  /** The emulator's clock in milliseconds (for timestamps, token expiry and rate-limit windows). */
  readonly now?: () => number
  readonly rateLimits?: {
    /** Length of every rate-limit window in milliseconds. @default each route's window (15 minutes) */
    readonly windowMs?: number
    /** Requests per window by Twython name, replacing the spec's numbers. */
    readonly limits?: Readonly<Record<string, number>>
  }
  /** Seconds an OAuth timestamp may differ from the clock. @default 300 */
  readonly timestampWindowSeconds?: number
  readonly streams?: StreamHubOptions
  readonly uploads?: UploadServiceOptions
}

/** Credentials in the shape the `Twython` constructor takes. */
export interface EmulatorCredentials {
  readonly appKey: string
  readonly appSecret: string
  readonly oauthToken: string
  readonly oauthTokenSecret: string
}

/** A fault to play on the next `times` matching calls. */
export interface FaultSpec {
  /** A Twython name (`show_status`), `METHOD /1.1/path.json`, or `*` for every call. */
  readonly route: string
  /** How many calls it applies to. @default 1 */
  readonly times?: number
  /** Answer with this status instead of handling the call. */
  readonly status?: number
  /** With `status`: Twitter's JSON error body (default), an HTML error page, or a literal body. */
  readonly body?: 'twitter' | 'html' | (string & {})
  /** Wait this long before answering (or before handling the call normally). */
  readonly delayMs?: number
  /** Send the headers and half of the real body, then close the connection. */
  readonly truncate?: boolean
  /** Destroy the connection without an answer. */
  readonly reset?: boolean
}

interface AccessToken {
  readonly secret: string
  readonly userId: string
}

interface RequestToken {
  readonly secret: string
  readonly callback: string
  readonly created: number
  verifier?: string
  userId?: string
}

interface MatchedRoute {
  readonly route: SpecRoute
  readonly pathParams: Record<string, string>
}

const STREAM_PATHS = new Set(['/1.1/statuses/filter.json', '/1.1/statuses/sample.json', '/1.1/statuses/firehose.json', '/1.1/user.json', '/1.1/site.json'])
const UPLOAD_PATH = '/1.1/media/upload.json'
const REQUEST_TOKEN_TTL_MS = 15 * 60_000

const compiled = SPEC_ROUTES.map((route) => {
  const names: string[] = []
  const pattern = route.path.replace(/:([a-z_]+)/g, (_m, name: string) => {
    names.push(name)
    return '([^/]+)'
  })
  const regex = new RegExp(route.versioned ? `^/1\\.1/${pattern}\\.json$` : `^/${pattern}$`)
  return { route, regex, names }
})

/** The route a path belongs to, preferring the one with the same method. */
function matchRoute(method: string, path: string): { match?: MatchedRoute; wrongMethod?: SpecRoute } {
  let wrongMethod: SpecRoute | undefined
  for (const { route, regex, names } of compiled) {
    const m = regex.exec(path)
    if (!m) continue
    if (route.method !== method) {
      wrongMethod ??= route
      continue
    }
    const pathParams: Record<string, string> = {}
    names.forEach((name, i) => (pathParams[name] = decodeURIComponent(m[i + 1]!)))
    return { match: { route, pathParams } }
  }
  return { wrongMethod }
}

export class EmulatorServer {
  readonly state: State
  readonly streams: EmulatorStreamHub
  readonly uploads: UploadServiceControl
  readonly app: { readonly appKey: string; readonly appSecret: string }
  readonly credentials: EmulatorCredentials
  url = ''

  readonly #server: Server
  readonly #sockets = new Set<Socket>()
  readonly #now: () => number
  readonly #timestampWindow: number
  readonly #nonces: NonceStore
  readonly #accessTokens = new Map<string, AccessToken>()
  readonly #requestTokens = new Map<string, RequestToken>()
  readonly #bearerTokens = new Map<string, string>()
  readonly #faults: (FaultSpec & { remaining: number })[] = []
  readonly #limits = new Map<string, number>()
  readonly #windows = new Map<string, { resetMs: number; used: number }>()
  readonly #windowMs: number | undefined

  constructor(options: EmulatorOptions = {}) {
    this.#now = options.now ?? Date.now
    this.#timestampWindow = options.timestampWindowSeconds ?? 300
    this.#nonces = new NonceStore(this.#timestampWindow * 2)
    this.#windowMs = options.rateLimits?.windowMs
    for (const [id, limit] of Object.entries(options.rateLimits?.limits ?? {})) this.#limits.set(id, limit)
    this.state = new State(this.#now)
    seedState(this.state, options.seed)
    const dev = this.state.userByName('emu_dev')!
    this.app = { appKey: 'emulatorConsumerKey0001', appSecret: 'emulatorConsumerSecret0001xxxxxxxxxxxxxx' }
    const token = { oauthToken: `${dev.id}-emulatorAccessToken0001`, oauthTokenSecret: 'emulatorAccessTokenSecret0001xxxxxxxxxx' }
    this.#accessTokens.set(token.oauthToken, { secret: token.oauthTokenSecret, userId: dev.id.toString() })
    this.credentials = { ...this.app, ...token }
    this.streams = createStreamHub({ keepAliveMs: 30_000, friendsOf: (id) => this.state.following.get(id) ?? [], ...options.streams })
    this.uploads = createUploadService(options.uploads)
    this.state.onTweet.push((tweet) => this.streams.publish(this.state.tweetJson(tweet)))
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) send(res, 500, new ApiError(500, 131, `Internal error: ${(error as Error).message}`).body())
        else res.destroy()
      })
    })
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket)
      socket.on('close', () => this.#sockets.delete(socket))
    })
  }

  async listen(port: number, host: string): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject)
      this.#server.listen(port, host, () => resolve())
    })
    const address = this.#server.address() as AddressInfo
    const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address
    this.url = `http://${shown}:${address.port}`
  }

  async close(): Promise<void> {
    this.streams.close()
    this.uploads.close()
    for (const socket of this.#sockets) socket.destroy()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }

  // ---- controls used by tests and the demo -------------------------------------------------------

  addFault(fault: FaultSpec): void {
    this.#faults.push({ ...fault, remaining: fault.times ?? 1 })
  }

  clearFaults(): void {
    this.#faults.length = 0
  }

  setRateLimit(routeId: string, limit: number): void {
    this.#limits.set(routeId, limit)
    for (const key of this.#windows.keys()) if (key.startsWith(`${routeId}|`)) this.#windows.delete(key)
  }

  /** Approves a request token for a user (the click on "Authorize app"); returns the verifier. */
  approve(requestToken: string, screenName = 'emu_dev'): string {
    const pending = this.#requestTokens.get(requestToken)
    if (!pending) throw new Error(`Unknown or expired request token ${requestToken}`)
    const user = this.state.userByName(screenName)
    if (!user) throw new Error(`Unknown user @${screenName}`)
    pending.userId = user.id.toString()
    pending.verifier = randomBytes(16).toString('base64url')
    return pending.verifier
  }

  /** Issues a new access token pair for a user, for tests that need several signed-in users. */
  issueAccessToken(screenName: string): { oauthToken: string; oauthTokenSecret: string } {
    const user = this.state.userByName(screenName)
    if (!user) throw new Error(`Unknown user @${screenName}`)
    const oauthToken = `${user.id}-${randomBytes(16).toString('base64url')}`
    const oauthTokenSecret = randomBytes(24).toString('base64url')
    this.#accessTokens.set(oauthToken, { secret: oauthTokenSecret, userId: user.id.toString() })
    return { oauthToken, oauthTokenSecret }
  }

  // ---- request handling ---------------------------------------------------------------------------

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`)
    const method = (req.method ?? 'GET').toUpperCase()
    const body = await readBody(req)

    if (url.pathname.startsWith('/_emulator/')) return this.#admin(method, url, body, res)
    if (method === 'GET' && (url.pathname === '/oauth/authenticate' || url.pathname === '/oauth/authorize')) return this.#authorizePage(url, res)

    const { match, wrongMethod } = matchRoute(method, url.pathname)
    const fault = this.#takeFault(match?.route.id, method, url.pathname)
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs))
    if (fault?.reset) return void req.socket.destroy()
    if (fault?.status !== undefined) return this.#faultAnswer(res, fault)

    const params = new Map<string, string>()
    const signed: [string, string][] = []
    for (const [k, v] of url.searchParams) {
      params.set(k, v)
      signed.push([k, v])
    }
    const type = String(req.headers['content-type'] ?? '')
    if (type.startsWith('application/x-www-form-urlencoded')) {
      for (const [k, v] of new URLSearchParams(body.toString('utf8'))) {
        params.set(k, v)
        signed.push([k, v])
      }
    } else if (type.startsWith('multipart/form-data') && url.pathname !== UPLOAD_PATH) {
      const boundary = boundaryOf(type)
      if (boundary) for (const part of parseMultipart(body, boundary)) params.set(part.name, part.filename === undefined ? part.data.toString('utf8') : `<file ${part.data.length} bytes>`)
    } else if (type.startsWith('application/json') && body.length > 0) {
      try {
        for (const [k, v] of Object.entries(JSON.parse(body.toString('utf8')) as Record<string, unknown>)) params.set(k, typeof v === 'string' ? v : JSON.stringify(v))
      } catch {
        return sendError(res, new ApiError(400, 44, 'The request body is not valid JSON.'))
      }
    }

    try {
      switch (url.pathname) {
        case '/oauth/request_token':
          return this.#requestToken(req, method, url, signed, res)
        case '/oauth/access_token':
          return this.#accessToken(req, method, url, signed, params, res)
        case '/oauth2/token':
          return this.#bearerToken(req, params, res)
        case '/oauth2/invalidate_token':
          return this.#invalidateToken(req, params, res, match?.route)
      }

      const auth = this.#authenticate(req, method, url, signed)
      if (STREAM_PATHS.has(url.pathname)) {
        if (auth.kind !== 'user') throw new ApiError(401, 32, 'Could not authenticate you.')
        if (this.streams.handle(req, res, { userId: auth.userId, params: new URLSearchParams([...params]), path: url.pathname })) return
      }
      if (url.pathname === UPLOAD_PATH) {
        if (auth.kind !== 'user') throw new ApiError(403, 220, 'Your credentials do not allow access to this resource.')
        const handled = await this.uploads.handle(req, res, { userId: auth.userId, params: new URLSearchParams([...params]), body, contentType: type })
        if (handled) return
        return this.#simpleUpload(res, body, type)
      }
      if (!match) {
        if (wrongMethod) throw new ApiError(wrongMethod.method === 'POST' ? 403 : 404, wrongMethod.method === 'POST' ? 86 : 34, wrongMethod.method === 'POST' ? 'This method requires a POST.' : 'Sorry, that page does not exist')
        throw new ApiError(404, 34, 'Sorry, that page does not exist')
      }
      const { route, pathParams } = match
      if (route.auth === 'user' && auth.kind !== 'user') throw new ApiError(403, 220, 'Your credentials do not allow access to this resource.')
      for (const [k, v] of Object.entries(pathParams)) params.set(k, v)
      validate(route, params)

      const headers = this.#rateLimit(route, auth)
      const handler = handlers[route.id]
      if (!handler) throw new ApiError(501, 131, `The emulator does not implement ${route.id}.`)
      const ctx: HandlerContext = { state: this.state, viewer: auth.kind === 'user' ? auth.userId : undefined, params: Object.fromEntries(params), rateLimits: () => this.#rateLimitStatus(auth), origin: this.url }
      const result = handler(ctx)
      const { status, body: out } = isAnswer(result) ? result : { status: 200, body: result }
      const text = out === undefined ? '' : stringifyExact(out)
      return send(res, status, text, headers, fault?.truncate)
    } catch (error) {
      if (error instanceof ApiError) return sendError(res, error)
      throw error
    }
  }

  #takeFault(routeId: string | undefined, method: string, path: string): FaultSpec | undefined {
    const index = this.#faults.findIndex((f) => f.route === '*' || f.route === routeId || f.route === `${method} ${path}`)
    if (index < 0) return undefined
    const fault = this.#faults[index]!
    if (--fault.remaining <= 0) this.#faults.splice(index, 1)
    return fault
  }

  #faultAnswer(res: ServerResponse, fault: FaultSpec): void {
    const status = fault.status!
    if (fault.body === 'html') {
      const page = `<!DOCTYPE html><html><head><title>Twitter / Error</title></head><body><h1>Something is technically wrong.</h1><p>Status ${status}</p></body></html>`
      return send(res, status, page, { 'content-type': 'text/html;charset=utf-8' }, fault.truncate)
    }
    const text = fault.body === undefined || fault.body === 'twitter' ? new ApiError(status, status === 429 ? 88 : status === 503 ? 130 : status === 401 ? 32 : 131, status === 429 ? 'Rate limit exceeded' : status === 503 ? 'Over capacity' : status === 401 ? 'Could not authenticate you.' : 'Internal error').body() : fault.body
    send(res, status, text, {}, fault.truncate)
  }

  /** Verifies the Authorization header of an API call. */
  #authenticate(req: IncomingMessage, method: string, url: URL, signed: readonly [string, string][]): { kind: 'user'; userId: string; key: string } | { kind: 'app'; key: string } {
    const header = req.headers.authorization
    if (header && /^Bearer\s/i.test(header)) {
      const token = header.replace(/^Bearer\s+/i, '')
      if (!this.#bearerTokens.has(token)) throw new ApiError(401, 89, 'Invalid or expired token.')
      return { kind: 'app', key: `bearer:${token}` }
    }
    const oauth = this.#verifyOAuth1(req, method, url, signed, (token) => this.#accessTokens.get(token)?.secret)
    const access = this.#accessTokens.get(oauth.get('oauth_token') ?? '')
    if (!access) throw new ApiError(401, 89, 'Invalid or expired token.')
    return { kind: 'user', userId: access.userId, key: `user:${oauth.get('oauth_token')}` }
  }

  /** Checks an OAuth 1.0a signature; returns the protocol parameters. */
  #verifyOAuth1(req: IncomingMessage, method: string, url: URL, signed: readonly [string, string][], secretOf: (token: string) => string | undefined): Map<string, string> {
    const oauth = parseOAuthHeader(req.headers.authorization)
    if (!oauth) throw new ApiError(400, 215, 'Bad Authentication data.')
    const consumerKey = oauth.get('oauth_consumer_key')
    const signature = oauth.get('oauth_signature')
    const timestamp = Number(oauth.get('oauth_timestamp'))
    const nonce = oauth.get('oauth_nonce')
    if (!consumerKey || !signature || !nonce || !Number.isFinite(timestamp) || oauth.get('oauth_signature_method') !== 'HMAC-SHA1') throw new ApiError(400, 215, 'Bad Authentication data.')
    if (consumerKey !== this.app.appKey) throw new ApiError(401, 32, 'Could not authenticate you.')
    const now = Math.floor(this.#now() / 1000)
    if (Math.abs(now - timestamp) > this.#timestampWindow) throw new ApiError(401, 135, 'Timestamp out of bounds.')
    const token = oauth.get('oauth_token')
    const tokenSecret = token ? secretOf(token) : ''
    if (tokenSecret === undefined) throw new ApiError(401, 89, 'Invalid or expired token.')
    const params = [...signed, ...[...oauth].filter(([k]) => k !== 'oauth_signature' && k !== 'realm')]
    const base = signatureBaseString(method, `http://${req.headers.host}${url.pathname}`, params)
    if (!sameSignature(hmacSha1(base, this.app.appSecret, tokenSecret), signature)) throw new ApiError(401, 32, 'Could not authenticate you.')
    // A nonce counts as used only once the request is genuine, so a forged request cannot burn it.
    if (!this.#nonces.use(consumerKey, nonce, timestamp, now)) throw new ApiError(401, 32, 'Could not authenticate you.')
    return oauth
  }

  #requestToken(req: IncomingMessage, method: string, url: URL, signed: readonly [string, string][], res: ServerResponse): void {
    if (method !== 'POST' && method !== 'GET') throw new ApiError(404, 34, 'Sorry, that page does not exist')
    const oauth = this.#verifyOAuth1(req, method, url, signed, () => undefined)
    const callback = oauth.get('oauth_callback') ?? url.searchParams.get('oauth_callback') ?? 'oob'
    const token = randomBytes(16).toString('base64url')
    const secret = randomBytes(24).toString('base64url')
    this.#requestTokens.set(token, { secret, callback, created: this.#now() })
    send(res, 200, `oauth_token=${token}&oauth_token_secret=${secret}&oauth_callback_confirmed=true`, { 'content-type': 'text/html;charset=utf-8' })
  }

  #accessToken(req: IncomingMessage, method: string, url: URL, signed: readonly [string, string][], params: Map<string, string>, res: ServerResponse): void {
    const oauth = this.#verifyOAuth1(req, method, url, signed, (token) => this.#requestTokens.get(token)?.secret)
    const token = oauth.get('oauth_token') ?? ''
    const pending = this.#requestTokens.get(token)
    const verifier = oauth.get('oauth_verifier') ?? params.get('oauth_verifier')
    if (!pending || this.#now() - pending.created > REQUEST_TOKEN_TTL_MS) throw new ApiError(401, 89, 'Invalid or expired token.')
    if (!pending.verifier || !pending.userId || verifier !== pending.verifier) throw new ApiError(401, 32, 'Could not authenticate you.')
    this.#requestTokens.delete(token)
    const user = this.state.users.get(pending.userId)!
    const issued = this.issueAccessToken(user.screen_name)
    send(res, 200, `oauth_token=${issued.oauthToken}&oauth_token_secret=${issued.oauthTokenSecret}&user_id=${user.id}&screen_name=${user.screen_name}`, { 'content-type': 'text/html;charset=utf-8' })
  }

  #appFromBasic(req: IncomingMessage): void {
    const basic = parseBasic(req.headers.authorization)
    if (!basic || basic.key !== this.app.appKey || basic.secret !== this.app.appSecret) throw new ApiError(403, 99, 'Unable to verify your credentials')
  }

  #bearerToken(req: IncomingMessage, params: Map<string, string>, res: ServerResponse): void {
    this.#appFromBasic(req)
    if (params.get('grant_type') !== 'client_credentials') throw new ApiError(403, 170, 'Missing required parameter: grant_type')
    // Twitter hands out the same token again until it is invalidated.
    let token = [...this.#bearerTokens].find(([, key]) => key === this.app.appKey)?.[0]
    if (!token) {
      token = `AAAAAAAAAAAAAAAAAAAAA${randomBytes(24).toString('base64url')}`
      this.#bearerTokens.set(token, this.app.appKey)
    }
    send(res, 200, JSON.stringify({ token_type: 'bearer', access_token: token }))
  }

  #invalidateToken(req: IncomingMessage, params: Map<string, string>, res: ServerResponse, route: SpecRoute | undefined): void {
    if (!route) throw new ApiError(404, 34, 'Sorry, that page does not exist')
    this.#appFromBasic(req)
    const token = params.get('access_token') ?? ''
    const known = this.#bearerTokens.has(token) ? token : this.#bearerTokens.has(decodeURIComponent(token)) ? decodeURIComponent(token) : undefined
    if (!known) throw new ApiError(401, 89, 'Invalid or expired token.')
    this.#bearerTokens.delete(known)
    send(res, 200, JSON.stringify({ access_token: known }))
  }

  #authorizePage(url: URL, res: ServerResponse): void {
    const token = url.searchParams.get('oauth_token') ?? ''
    const known = this.#requestTokens.has(token)
    const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    const page = known
      ? `<!DOCTYPE html><html><head><title>Authorize application</title></head><body><h1>Authorize the emulator app to use your account?</h1><form method="post" action="/_emulator/authorize"><input type="hidden" name="oauth_token" value="${esc(token)}"><label>Screen name <input name="screen_name" value="emu_dev"></label><button type="submit">Authorize app</button></form></body></html>`
      : '<!DOCTYPE html><html><body><h1>This page is no longer valid.</h1></body></html>'
    send(res, known ? 200 : 404, page, { 'content-type': 'text/html;charset=utf-8' })
  }

  #admin(method: string, url: URL, body: Buffer, res: ServerResponse): void {
    const text = body.toString('utf8')
    const form = () => (text.trimStart().startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(text)))
    try {
      if (url.pathname === '/_emulator/authorize' && method === 'POST') {
        const fields = form()
        const token = String(fields.oauth_token ?? '')
        const verifier = this.approve(token, fields.screen_name ? String(fields.screen_name) : undefined)
        const callback = this.#requestTokens.get(token)!.callback
        const callbackUrl = callback !== 'oob' ? `${callback}${callback.includes('?') ? '&' : '?'}oauth_token=${encodeURIComponent(token)}&oauth_verifier=${encodeURIComponent(verifier)}` : undefined
        return send(res, 200, JSON.stringify({ oauth_verifier: verifier, ...(callbackUrl ? { callback_url: callbackUrl } : {}) }))
      }
      if (url.pathname === '/_emulator/faults' && method === 'POST') {
        const fault = faultFromFields(form())
        if (typeof fault.route !== 'string') throw new Error('a fault needs "route"')
        this.addFault(fault)
        return send(res, 201, JSON.stringify({ ok: true, faults: this.#faults.length }))
      }
      if (url.pathname === '/_emulator/faults' && method === 'DELETE') {
        this.clearFaults()
        return send(res, 200, JSON.stringify({ ok: true }))
      }
      if (url.pathname === '/_emulator/state' && method === 'GET') {
        return send(res, 200, JSON.stringify({ users: this.state.users.size, tweets: this.state.tweets.size, lists: this.state.lists.size, faults: this.#faults.length, openStreams: this.streams.openStreams }))
      }
      if (url.pathname === '/_emulator/rate-limit' && method === 'POST') {
        const fields = form()
        this.setRateLimit(String(fields.route), Number(fields.limit))
        return send(res, 200, JSON.stringify({ ok: true }))
      }
    } catch (error) {
      return send(res, 400, JSON.stringify({ error: (error as Error).message }))
    }
    send(res, 404, new ApiError(404, 34, 'Sorry, that page does not exist').body())
  }

  #simpleUpload(res: ServerResponse, body: Buffer, type: string): void {
    const boundary = boundaryOf(type)
    const parts = boundary ? parseMultipart(body, boundary) : []
    const media = parts.find((p) => p.name === 'media')
    const data = parts.find((p) => p.name === 'media_data')
    const size = media ? media.data.length : data ? Buffer.from(data.data.toString('utf8'), 'base64').length : 0
    if (size === 0) return sendError(res, new ApiError(400, 38, 'media parameter is missing.'))
    const id = this.state.nextId()
    send(res, 200, stringifyExact({ media_id: id, media_id_string: id.toString(), media_key: `3_${id}`, size, expires_after_secs: 86400, image: { image_type: 'image/png', w: 1, h: 1 } }))
  }

  #rateLimit(route: SpecRoute, auth: { kind: string; key: string }): Record<string, string> {
    const limit = this.#limits.get(route.id) ?? (auth.kind === 'user' ? route.rateLimit?.user : route.rateLimit?.app) ?? undefined
    if (limit === undefined || limit === null) return {}
    const windowMs = this.#windowMs ?? (route.rateLimit?.window ?? 15) * 60_000
    const key = `${route.id}|${auth.key}`
    const now = this.#now()
    let window = this.#windows.get(key)
    // The window ends at an exact millisecond; only the header is rounded to seconds, as Twitter sends it.
    if (!window || window.resetMs <= now) this.#windows.set(key, (window = { resetMs: now + windowMs, used: 0 }))
    const headers = { 'x-rate-limit-limit': String(limit), 'x-rate-limit-remaining': String(Math.max(0, limit - window.used - 1)), 'x-rate-limit-reset': String(Math.ceil(window.resetMs / 1000)) }
    if (window.used >= limit) {
      throw Object.assign(new ApiError(429, 88, 'Rate limit exceeded'), { headers: { ...headers, 'x-rate-limit-remaining': '0' } })
    }
    window.used++
    return headers
  }

  #rateLimitStatus(auth: { kind: string; key: string }): Record<string, Record<string, { limit: number; remaining: number; reset: number }>> {
    const out: Record<string, Record<string, { limit: number; remaining: number; reset: number }>> = {}
    const now = this.#now()
    for (const route of SPEC_ROUTES) {
      const limit = this.#limits.get(route.id) ?? (auth.kind === 'user' ? route.rateLimit?.user : route.rateLimit?.app)
      if (limit === undefined || limit === null || route.method !== 'GET') continue
      const window = this.#windows.get(`${route.id}|${auth.key}`)
      const live = window && window.resetMs > now
      const family = route.path.split('/')[0]!
      ;(out[family] ??= {})[`/${route.path}`] = { limit, remaining: live ? Math.max(0, limit - window.used) : limit, reset: Math.ceil((live ? window.resetMs : now + (this.#windowMs ?? (route.rateLimit?.window ?? 15) * 60_000)) / 1000) }
    }
    return out
  }
}

/** A fault from the admin route's JSON or form fields; form values are strings, so they are converted. */
function faultFromFields(fields: Record<string, unknown>): FaultSpec {
  const flag = (v: unknown) => v === true || v === 'true' || v === '1'
  const num = (v: unknown) => (v === undefined || v === '' ? undefined : Number(v))
  return {
    route: fields.route as string,
    ...(fields.times !== undefined ? { times: num(fields.times)! } : {}),
    ...(fields.status !== undefined ? { status: num(fields.status)! } : {}),
    ...(fields.delayMs !== undefined ? { delayMs: num(fields.delayMs)! } : {}),
    ...(fields.body !== undefined ? { body: String(fields.body) } : {}),
    ...(fields.truncate !== undefined ? { truncate: flag(fields.truncate) } : {}),
    ...(fields.reset !== undefined ? { reset: flag(fields.reset) } : {}),
  }
}

function isAnswer(value: unknown): value is { status: number; body: unknown } {
  return typeof value === 'object' && value !== null && 'status' in value && typeof (value as { status: unknown }).status === 'number' && 'body' in value && Object.keys(value).length === 2
}

/** Checks required parameters, enums and numeric types as Twitter does, with its error codes. */
function validate(route: SpecRoute, params: ReadonlyMap<string, string>): void {
  for (const [name, spec] of Object.entries(route.params)) {
    const value = params.get(name)
    if (value === undefined || value === '') {
      if (spec.required) throw new ApiError(400, 25, `Query parameters are missing: ${name}.`)
      continue
    }
    if (spec.enum && !spec.enum.map(String).includes(value)) throw new ApiError(400, 44, `${name} parameter is invalid.`)
    if (spec.type === 'id' && !/^-?\d+$/.test(value)) throw new ApiError(400, 44, `${name} parameter is invalid.`)
    if (spec.type === 'id[]' && !/^\d+(,\d+)*$/.test(value)) throw new ApiError(400, 44, `${name} parameter is invalid.`)
    if ((spec.type === 'integer' || spec.type === 'number') && !Number.isFinite(Number(value))) throw new ApiError(400, 44, `${name} parameter is invalid.`)
    if (spec.type === 'boolean' && !/^(true|false|t|f|1|0)$/i.test(value)) throw new ApiError(400, 44, `${name} parameter is invalid.`)
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function send(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}, truncate = false): void {
  const body = Buffer.from(text, 'utf8')
  const contentType = headers['content-type'] ?? (status === 204 || body.length === 0 ? 'text/html;charset=utf-8' : 'application/json;charset=utf-8')
  res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': String(body.length) })
  if (truncate) {
    // Half the body, then the connection closes: the client sees a response cut short.
    res.write(body.subarray(0, Math.floor(body.length / 2)))
    setTimeout(() => res.destroy(), 5)
    return
  }
  res.end(body)
}

function sendError(res: ServerResponse, error: ApiError): void {
  send(res, error.status, error.body(), (error as ApiError & { headers?: Record<string, string> }).headers ?? {})
}
