/**
 * The HTTP side of the emulator: one origin serves the API, upload and stream hosts at their real paths.
 * Every request goes through the same steps: admin routes, the authorize page, fault injection, OAuth
 * (endpoints of the flows, then verification of the caller), streams and uploads (handed to their
 * modules), then the route table: app-only refusal, rate limit, parameter validation, the handler.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { AuthService, type AuthorizePage, type EmulatorCredentials, type Principal, type SignedRequest } from '../auth/auth.js'
import { baseUri, decodeForm } from '../auth/oauth.js'
import { handleOAuth2Api, handleOAuth2Page, isOAuth2ApiPath, OAuth2Service, type OAuth2Options } from '../auth/oauth2/index.js'
import { Answer, badMediaIds, handlers, type HandlerContext } from '../routes/index.js'
import { seedState, SIGNED_IN_USER, type SeedData } from '../state/seed.js'
import { State, type MediaRecord } from '../state/state.js'
import { tweetJson } from '../state/views.js'
import { createStreamHub } from '../streams/index.js'
import { createUploadService } from '../upload/index.js'
import { requestOrigin } from '../intercept/origin.js'
import { handleAdmin } from './admin.js'
import { ApiError, notFound, notPermitted } from './errors.js'
import { FaultInjector, playStatusFault, type FaultSpec } from './faults.js'
import { HTML_TYPE, readBody, send, sendError } from './http.js'
import { parseJsonExact, toJson } from './json.js'
import { MultipartError, multipartBoundary, parseMultipart } from './multipart.js'
import { RateLimiter, type LimitStatus, type RateLimitOptions } from './rate-limits.js'
import { ALL_ROUTES, isKnownPath, matchRoute, rateLimitResource, validateParams, type RouteMatch } from './router.js'
// X API v2 (issue 13) lives in src/v2; the server only mounts it and resets its extras.
import { handleV2, isV2Path } from '../v2/router.js'
import { resetExtras } from '../v2/store.js'
import { createV2StreamHub, type V2StreamHubInternal, type V2StreamOptions } from '../v2/streaming.js'

/** Options of the emulator server (see `startEmulator`). */
export interface EmulatorOptions {
  /** Extra users, follows and tweets on top of the default world. */
  readonly seed?: SeedData
  /** The emulator's clock in milliseconds: OAuth timestamps, tweet times, token expiry, rate-limit windows. @default Date.now */
  readonly now?: () => number
  /** Window length and per-route limits (see {@link RateLimitOptions}). */
  readonly rateLimits?: RateLimitOptions
  /** Seconds an OAuth timestamp may differ from the clock. @default 300 */
  readonly timestampWindowSeconds?: number
  /** Options passed to the stream hub (keep-alive interval and so on). */
  readonly streams?: Parameters<typeof createStreamHub>[0]
  /** Options passed to the chunked-upload service (both API versions' uploads). */
  readonly uploads?: Parameters<typeof createUploadService>[0]
  /** The v2 streams: keep-alive interval (X's 20 s by default), connections per app, sampling. */
  readonly v2Streams?: V2StreamOptions
  /**
   * Fixed credentials, so that a bot's configuration can be static: the app key and secret, and the signed-in
   * user's access token and secret (both or neither). Fields left out keep the built-in app key and a fresh
   * random access token. `seed.credentials` is used when this is absent.
   */
  readonly credentials?: Partial<EmulatorCredentials>
  /** The OAuth 2.0 server: access token lifetime (default 7200 s, X's), code lifetime, allowed callback URLs. */
  readonly oauth2?: OAuth2Options
}

const STREAM_PATHS = new Set(['/1.1/statuses/filter.json', '/1.1/statuses/sample.json', '/1.1/statuses/firehose.json', '/1.1/user.json', '/1.1/site.json'])
const UPLOAD_PATH = '/1.1/media/upload.json'
const FORM_TYPE = /^application\/x-www-form-urlencoded/i

/** A request as the pipeline sees it once its body is read. */
interface Call {
  readonly req: IncomingMessage
  readonly res: ServerResponse
  readonly method: string
  readonly url: URL
  readonly body: Buffer
  readonly contentType: string
  /** Query and form-body pairs: what an OAuth 1.0a signature covers. */
  readonly signed: [string, string][]
  /** Every parameter for handlers (query, form, multipart text parts, JSON fields; later ones win). */
  readonly params: Map<string, string>
  /** A JSON body, parsed with exact 64-bit integers; undefined when the body is not JSON. */
  readonly json: unknown
  /** File parts named `media` or `media[]` (statuses/update_with_media's image). */
  readonly files: readonly Buffer[]
  /** Why a multipart body did not parse; answered with a 400 once the caller is authenticated. */
  readonly malformed?: string
}

export class EmulatorServer {
  readonly state: State
  readonly auth: AuthService
  readonly oauth2: OAuth2Service
  readonly faults = new FaultInjector()
  readonly limiter: RateLimiter
  readonly streams: ReturnType<typeof createStreamHub>
  readonly uploads: ReturnType<typeof createUploadService>
  readonly v2Streams: V2StreamHubInternal
  url = ''

  readonly #server: Server
  readonly #sockets = new Set<Socket>()
  readonly #now: () => number
  readonly #seed: SeedData | undefined

  constructor(options: EmulatorOptions = {}) {
    this.#now = options.now ?? Date.now
    this.#seed = options.seed
    this.state = new State(this.#now)
    seedState(this.state, this.#seed)
    const credentials = options.credentials ?? this.#seed?.credentials
    if (credentials && (credentials.oauthToken === undefined) !== (credentials.oauthTokenSecret === undefined)) throw new TypeError('Fixed credentials need both oauthToken and oauthTokenSecret, or neither')
    this.auth = new AuthService({ state: this.state, now: this.#now, timestampWindowSeconds: options.timestampWindowSeconds ?? 300, ...(credentials ? { credentials } : {}) }, SIGNED_IN_USER)
    // client_credentials hands out the app's one app-only bearer token, the one the v1.1 routes accept.
    const appBasic = `Basic ${Buffer.from(`${this.auth.app.appKey}:${this.auth.app.appSecret}`).toString('base64')}`
    this.oauth2 = new OAuth2Service({ ...options.oauth2, state: this.state, now: this.#now, issueAppBearer: () => this.auth.issueBearer(appBasic, new Map([['grant_type', 'client_credentials']])).access_token })
    this.limiter = new RateLimiter(options.rateLimits ?? {}, this.#now)
    this.streams = createStreamHub({ friendsOf: (id: string) => this.state.following.get(id) ?? [], ...options.streams })
    this.uploads = createUploadService({ now: this.#now, ...options.uploads })
    this.state.onTweet.push((tweet) => this.streams.publish(tweetJson(this.state, tweet)))
    this.v2Streams = createV2StreamHub(this.state, options.v2Streams)
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        if (error instanceof ApiError && !res.headersSent) return sendError(res, error)
        if (!res.headersSent) send(res, 500, new ApiError(500, 131, 'Internal error').body())
        else res.destroy()
        if (!(error instanceof ApiError)) console.error('[twython-emulator]', error)
      })
    })
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket)
      socket.on('close', () => this.#sockets.delete(socket))
    })
  }

  get credentials(): EmulatorCredentials {
    return this.auth.credentials
  }

  /** Serves HTTP on a connection opened elsewhere: the intercepting proxy's decrypted TLS sockets. */
  acceptConnection(socket: Duplex): void {
    this.#server.emit('connection', socket)
  }

  async listen(port: number, host: string): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject)
      this.#server.listen(port, host, () => {
        this.#server.off('error', reject)
        resolve()
      })
    })
    const address = this.#server.address() as AddressInfo
    this.url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
  }

  /** Stops listening, ends every stream and destroys every open connection. */
  async close(): Promise<void> {
    this.streams.close()
    this.v2Streams.close()
    this.uploads.close()
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()))
    for (const socket of this.#sockets) socket.destroy()
    await closed
  }

  /** Back to the seeded world: state, faults, rate-limit windows, pending OAuth tokens. Seeded credentials stay valid. */
  reset(): void {
    this.state.clear()
    resetExtras(this.state)
    // Seeding again must not replay the seeded tweets on open streams.
    const listeners = this.state.onTweet.splice(0)
    seedState(this.state, this.#seed)
    this.state.onTweet.push(...listeners)
    this.faults.clear()
    this.v2Streams.clearFaults()
    this.limiter.reset()
    this.auth.reset()
    this.oauth2.reset()
  }

  /** The caller's windows for `application/rate_limit_status`, by family and `/path`. */
  rateLimitStatus(principal: Principal): Record<string, Record<string, LimitStatus>> {
    const out: Record<string, Record<string, LimitStatus>> = {}
    for (const route of ALL_ROUTES) {
      const resource = rateLimitResource(route)
      if (!resource || route.auth === 'app') continue
      if (principal.kind === 'app' && route.auth === 'user') continue
      const [family, name] = resource
      // Two routes share a resource (statuses/show/:id and statuses/show?id=): the first one names it.
      ;(out[family] ??= {})[name] ??= this.limiter.status(route, principal)
    }
    return out
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = (req.method ?? 'GET').toUpperCase()
    const path = url.pathname
    const body = await readBody(req)

    if (handleOAuth2Page(this.oauth2, req, res, url, body)) return
    if (path.startsWith('/_emulator/')) return handleAdmin(this, method, path, body, String(req.headers['content-type'] ?? ''), res)
    // X API v2, except the OAuth 2.0 token endpoints (answered below, after faults, so tests can fail them).
    if (isV2Path(path) && !isOAuth2ApiPath(path)) return handleV2(this, req, res, method, url, body)
    if (path === '/oauth/authenticate' || path === '/oauth/authorize') {
      // The page a user sees on twitter.com, and its form: no OAuth signature, the request token names the flow.
      let page: AuthorizePage
      if (method === 'GET') page = this.auth.authorizePage(url.searchParams.get('oauth_token') ?? '', undefined, url.searchParams.get('screen_name') ?? undefined)
      else if (method === 'POST') page = this.auth.submitAuthorize(new Map([...decodeForm(url.search.slice(1)), ...(FORM_TYPE.test(String(req.headers['content-type'] ?? '')) ? decodeForm(body.toString('utf8')) : [])]))
      else throw notFound()
      return send(res, page.status, page.html, { 'content-type': HTML_TYPE, ...(page.location ? { location: page.location } : {}) })
    }

    let match: RouteMatch | undefined
    let routeError: ApiError | undefined
    try {
      match = matchRoute(method, path)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      routeError = error
    }

    const fault = this.faults.take(match?.route.id, method, path)
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
    if (fault?.reset) return void req.socket.destroy()
    if (fault && playStatusFault(res, fault)) return
    if (handleOAuth2Api(this.oauth2, req, res, url, body)) return

    const call = collectParams(req, res, method, url, body)
    try {
      await this.#dispatch(call, match, routeError, fault)
    } catch (error) {
      if (error instanceof ApiError) return sendError(res, error)
      throw error
    }
  }

  /** The uploads behind `media_ids`, checked for `userId` by the upload service; Twitter's 324 otherwise. */
  #attachMedia(ids: readonly string[], userId: string): MediaRecord[] {
    return ids.map((id) => {
      const media = this.uploads.attachable(id, userId)
      if ('refused' in media) throw badMediaIds()
      return { id: media.id, kind: media.kind, mediaType: media.mediaType, category: media.category, w: media.w, h: media.h, durationMs: media.durationMs }
    })
  }

  async #dispatch(call: Call, match: RouteMatch | undefined, routeError: ApiError | undefined, fault: FaultSpec | undefined): Promise<void> {
    const { req, res, method, url } = call
    const path = url.pathname
    // The URL the client signed: `http://<Host>` here, `https://api.twitter.com` through the intercepting proxy.
    const origin = requestOrigin(req)
    const signedRequest: SignedRequest = { method, baseUri: baseUri(origin.scheme, origin.host, path), params: call.signed, authorization: req.headers.authorization }
    const text = (status: number, body: string) => send(res, status, body, { 'content-type': 'text/plain;charset=utf-8' }, fault?.truncate)

    // The OAuth endpoints authenticate the application (and, for access_token, the request token) themselves.
    if (path === '/oauth/request_token') {
      if (method !== 'POST' && method !== 'GET') throw notFound()
      return text(200, this.auth.requestToken(signedRequest))
    }
    if (path === '/oauth/access_token') {
      if (method !== 'POST' && method !== 'GET') throw notFound()
      return text(200, this.auth.accessToken(signedRequest))
    }
    if (path === '/oauth2/token') {
      if (method !== 'POST') throw new ApiError(403, 86, 'This method requires a POST.')
      return send(res, 200, JSON.stringify(this.auth.issueBearer(req.headers.authorization, call.params)), {}, fault?.truncate)
    }
    if (path === '/oauth2/invalidate_token' && match) {
      validateParams(match.route, call.params)
      return send(res, 200, JSON.stringify(this.auth.invalidateBearer(req.headers.authorization, call.params)), {}, fault?.truncate)
    }
    // An unknown path is 404 whoever asks; a known one checks the caller first.
    if (!match && !STREAM_PATHS.has(path) && !(path === UPLOAD_PATH && method === 'GET') && !isKnownPath(path)) throw routeError ?? notFound()

    const principal = this.auth.authenticate(signedRequest)
    const userId = principal.kind === 'user' ? principal.userId : undefined

    if (STREAM_PATHS.has(path)) {
      if (!userId) throw notPermitted()
      if (this.streams.handle(req, res, { userId, params: new URLSearchParams([...call.params]), path })) return
    }
    if (path === UPLOAD_PATH) {
      if (!userId) throw notPermitted()
      const handled = await this.uploads.handle(req, res, { userId, params: new URLSearchParams([...call.params]), body: call.body, contentType: call.contentType })
      if (handled) return
    }
    if (call.malformed) throw new ApiError(400, 44, `The multipart body is malformed: ${call.malformed}.`)
    if (!match) throw routeError ?? notFound()

    const { route, pathParams } = match
    if (route.auth === 'user' && principal.kind !== 'user') throw notPermitted()
    for (const [k, v] of Object.entries(pathParams)) call.params.set(k, v)
    // update_with_media carries its image in the request: it becomes an upload, attached like media_ids.
    if (route.id === 'update_status_with_media' && userId && call.files.length > 0) {
      try {
        call.params.set('media_ids', call.files.slice(0, 4).map((bytes) => this.uploads.register(userId, bytes)).join(','))
      } catch (error) {
        if (error instanceof RangeError) throw new ApiError(400, 324, 'The validation of media ids failed.')
        throw error
      }
    }
    const headers = this.limiter.spend(route, principal)
    try {
      validateParams(route, call.params)
      const handler = handlers[route.id]
      if (!handler) throw new ApiError(501, 131, `The emulator does not implement ${route.id}.`)
      const ctx: HandlerContext = {
        state: this.state,
        viewer: userId,
        params: Object.fromEntries(call.params),
        origin: `${origin.scheme}://${origin.host}`,
        rateLimits: () => this.rateLimitStatus(principal),
        token: principal.token,
        json: call.json,
        ...(userId ? { attachMedia: (ids: readonly string[]) => this.#attachMedia(ids, userId) } : {}),
      }
      const result = handler(ctx)
      const answer = result instanceof Answer ? result : new Answer(200, result)
      send(res, answer.status, answer.body === undefined ? '' : toJson(answer.body), headers, fault?.truncate)
    } catch (error) {
      if (error instanceof ApiError) return sendError(res, error, headers)
      throw error
    }
  }
}

/**
 * Gathers parameters. Only the query and an `application/x-www-form-urlencoded` body are signed
 * (RFC 5849 3.4.1.3); multipart text parts and JSON fields reach handlers but not the signature.
 */
function collectParams(req: IncomingMessage, res: ServerResponse, method: string, url: URL, body: Buffer): Call {
  const contentType = String(req.headers['content-type'] ?? '')
  const signed = decodeForm(url.search.slice(1))
  if (FORM_TYPE.test(contentType)) signed.push(...decodeForm(body.toString('utf8')))
  const params = new Map<string, string>(signed)
  const boundary = multipartBoundary(contentType)
  let malformed: string | undefined
  const files: Buffer[] = []
  // The upload service reads its own multipart bodies (with the same parser) and answers in its own shape.
  if (boundary && url.pathname !== UPLOAD_PATH) {
    try {
      for (const part of parseMultipart(body, boundary)) {
        params.set(part.name, part.filename === undefined ? part.data.toString('utf8') : `(file ${part.data.length} bytes)`)
        if (part.filename !== undefined && /^media(\[\])?$/.test(part.name)) files.push(part.data)
      }
    } catch (error) {
      if (!(error instanceof MultipartError)) throw error
      malformed = error.message
    }
  }
  let json: unknown
  if (/^application\/json/i.test(contentType) && body.length > 0) {
    try {
      json = parseJsonExact(body.toString('utf8'))
      if (json && typeof json === 'object') for (const [k, v] of Object.entries(json)) params.set(k, typeof v === 'string' ? v : toJson(v))
    } catch {
      // A JSON body that does not parse adds no parameters; the routes that take JSON answer for it.
      json = undefined
    }
  }
  return { req, res, method, url, body, contentType, signed, params, json, files, ...(malformed !== undefined ? { malformed } : {}) }
}

