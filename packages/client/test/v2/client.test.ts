/**
 * `twitter.v2` over real sockets against local servers: JSON bodies (OAuth 1.0a signs the query, never a
 * JSON body), PUT bodies, path encoding, X's error shapes mapped to the Twython error classes, partial
 * errors on 200, cursor over both pagination styles, headers of the last call, local refusal of calls the
 * credentials cannot make, and one stream connection parsed across arbitrary chunk boundaries.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { Twython, TwythonAuthError, TwythonError, TwythonRateLimitError } from '../../src/index.js'
import { json, startServer, verifyOAuth1, type Recorded, type TestServer } from '../../../runtime/test/server.js'

const oauth1 = { appKey: 'ck', appSecret: 'cs', oauthToken: 'at', oauthTokenSecret: 'ats' }
let server: TestServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function serve(handler: Parameters<typeof startServer>[0]) {
  server = await startServer(handler)
  return { server, user: new Twython({ ...oauth1, hosts: { v2: server.origin } }), app: new Twython({ accessToken: 'AAAA', hosts: { v2: server.origin } }) }
}

describe('requests', () => {
  it('sends a JSON body for createTweet and signs only the query', async () => {
    const { server, user } = await serve(json(201, { data: { id: '1', text: 'hi', edit_history_post_ids: ['1'] } }))
    const result = await user.v2.createTweet({ text: 'hi ☃ & co', reply: { in_reply_to_tweet_id: '20' } })
    expect(result.data?.id).toBe('1')
    const req = server.requests[0]!
    expect(req.method).toBe('POST')
    expect(req.url.pathname).toBe('/2/tweets')
    expect(req.headers['content-type']).toBe('application/json')
    expect(JSON.parse(req.body.toString('utf8'))).toEqual({ text: 'hi ☃ & co', reply: { in_reply_to_tweet_id: '20' } })
    expect(verifyOAuth1(req, oauth1.appSecret, oauth1.oauthTokenSecret)).toBe(true)
  })

  it('comma-joins array query values, percent-encodes path parameters and keeps them out of the query', async () => {
    const { server, user } = await serve(json(200, { data: { id: '1', text: 't' } }))
    await user.v2.getTweet({ id: '1/../2', 'post.fields': ['created_at', 'lang'], expansions: ['author_id'] })
    const req = server.requests[0]!
    expect(req.url.pathname).toBe('/2/tweets/1%2F..%2F2')
    expect(req.url.searchParams.get('post.fields')).toBe('created_at,lang')
    expect(req.url.searchParams.get('expansions')).toBe('author_id')
    expect(req.url.searchParams.has('id')).toBe(false)
    expect(verifyOAuth1(req, oauth1.appSecret, oauth1.oauthTokenSecret)).toBe(true)
  })

  it('refuses a dot-segment path parameter before sending', async () => {
    const { server, user } = await serve(json(200, {}))
    await expect(user.v2.getTweet({ id: '..' })).rejects.toThrow(/may not be "\.\."/)
    expect(server.requests).toHaveLength(0)
  })

  it('sends PUT with a JSON body (updateList)', async () => {
    const { server, user } = await serve(json(200, { data: { updated: true } }))
    const result = await user.v2.updateList({ id: '42', name: 'renamed', private: true })
    expect(result).toEqual({ data: { updated: true } })
    const req = server.requests[0]!
    expect(req.method).toBe('PUT')
    expect(req.url.pathname).toBe('/2/lists/42')
    expect(JSON.parse(req.body.toString('utf8'))).toEqual({ name: 'renamed', private: true })
  })

  it('uses the bearer token for app-only calls', async () => {
    const { server, app } = await serve(json(200, { data: [] }))
    await app.v2.searchRecentTweets({ query: 'from:twitterapi' })
    expect(server.requests[0]!.headers.authorization).toBe('Bearer AAAA')
  })
})

describe('credentials checked before sending', () => {
  it('refuses getMe with an app-only bearer token', async () => {
    const { server, app } = await serve(json(200, {}))
    const error = await app.v2.getMe().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwythonAuthError)
    expect(String((error as Error).message)).toMatch(/getUsersMe \(GET \/2\/users\/me\) needs an OAuth 2\.0 user token or OAuth 1\.0a user context \(appKey, appSecret, oauthToken, oauthTokenSecret\); this client has an app-only bearer token\. Nothing was sent\./)
    expect(server.requests).toHaveLength(0)
  })

  it('refuses an app-only operation with OAuth 1.0a credentials', async () => {
    const { server, user } = await serve(json(200, {}))
    await expect(user.v2.searchAllTweets({ query: 'x' })).rejects.toThrow(/needs an app-only bearer token/)
    expect(server.requests).toHaveLength(0)
  })

  it('refuses every call of a client without credentials', async () => {
    const { server } = await serve(json(200, {}))
    const anonymous = new Twython({ hosts: { v2: server.origin } })
    await expect(anonymous.v2.getTweet({ id: '20' })).rejects.toThrow(/this client has no credentials/)
    expect(server.requests).toHaveLength(0)
  })
})

describe("X's errors", () => {
  it('maps an invalid-request problem with its errors array', async () => {
    const body = {
      errors: [{ parameters: { ids: ['abc'] }, message: 'The `ids` query parameter value [abc] is not valid' }],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
    }
    const { user } = await serve(json(400, body))
    const error = (await user.v2.getTweets({ ids: ['abc'] }).catch((e: unknown) => e)) as TwythonError
    expect(error).toBeInstanceOf(TwythonError)
    expect(error.status).toBe(400)
    expect(error.title).toBe('Invalid Request')
    expect(error.detail).toBe('One or more parameters to your request was invalid.')
    expect(error.type).toBe('https://api.twitter.com/2/problems/invalid-request')
    expect(error.errors[0]).toMatchObject({ parameters: { ids: ['abc'] } })
    expect(error.message).toContain('The `ids` query parameter value [abc] is not valid')
  })

  it('maps 401 to TwythonAuthError', async () => {
    const { user } = await serve(json(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }))
    const error = (await user.v2.getMe().catch((e: unknown) => e)) as TwythonError
    expect(error).toBeInstanceOf(TwythonAuthError)
    expect(error.title).toBe('Unauthorized')
  })

  it('maps 429 to TwythonRateLimitError with the reset, and the 24-hour headers are readable', async () => {
    const reset = Math.floor(Date.now() / 1000) + 600
    const { user } = await serve(
      json(429, { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }, {
        'x-rate-limit-limit': '900',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(reset),
        'x-user-limit-24hour-limit': '100',
        'x-user-limit-24hour-remaining': '0',
        'x-user-limit-24hour-reset': String(reset + 3600),
      }),
    )
    const error = (await user.v2.createTweet({ text: 'x' }).catch((e: unknown) => e)) as TwythonRateLimitError
    expect(error).toBeInstanceOf(TwythonRateLimitError)
    expect(error.retryAfter).toBe(reset)
    expect(user.getLastFunctionHeader('x-user-limit-24hour-remaining')).toBe('0')
    expect(user.getLastFunctionHeader('x-user-limit-24hour-reset')).toBe(String(reset + 3600))
  })

  it('maps a 403 problem and an HTML 503 page with clear messages', async () => {
    const { server, user } = await serve(json(403, { title: 'Forbidden', detail: 'You are not permitted to perform this action.', type: 'about:blank', status: 403 }))
    await expect(user.v2.deleteTweet({ id: '1' })).rejects.toThrow(/403 \(Forbidden\), You are not permitted/)
    server.respond((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html' })
      res.end('<html><body>Over capacity</body></html>')
    })
    await expect(user.v2.getTweet({ id: '1' })).rejects.toThrow(/503 \(Service Unavailable\).*HTML page/)
  })

  it('rejects a truncated 200 body with a TwythonError', async () => {
    const { user } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"data":{"id":"1","te')
    })
    await expect(user.v2.getTweet({ id: '1' })).rejects.toThrow(/not valid JSON/)
  })

  it('resolves a 200 with partial errors: the caller sees data and errors', async () => {
    const body = {
      data: [{ id: '20', text: 'just setting up my twttr', edit_history_post_ids: ['20'] }],
      errors: [{ value: '404', detail: 'Could not find tweet with ids: [404].', title: 'Not Found Error', resource_type: 'tweet', parameter: 'ids', resource_id: '404', type: 'https://api.twitter.com/2/problems/resource-not-found' }],
    }
    const { user } = await serve(json(200, body))
    const result = await user.v2.getTweets({ ids: ['20', '404'] })
    expect(result.data?.map((t) => t.id)).toEqual(['20'])
    expect(result.errors?.[0]).toMatchObject({ resource_id: '404' })
  })
})

/** Pages of `n` items each, linked by tokens. */
function pager(pages: number, perPage: number, token: string) {
  return (req: Recorded, res: import('node:http').ServerResponse) => {
    const at = Number(req.url.searchParams.get(token) ?? '0')
    const data = Array.from({ length: perPage }, (_v, i) => ({ id: String(at * perPage + i + 1), text: `t${at * perPage + i + 1}` }))
    const meta = { result_count: perPage, ...(at + 1 < pages ? { next_token: String(at + 1) } : {}) }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ data, includes: { users: [{ id: 'u', name: 'U', username: 'u' }] }, meta }))
  }
}

describe('cursor over v2 collections', () => {
  it('follows meta.next_token through pagination_token (getUserFollowers)', async () => {
    const { server, user } = await serve(pager(3, 2, 'pagination_token'))
    const ids: string[] = []
    for await (const follower of user.cursor(user.v2.getUserFollowers, { id: '783214', max_results: 2 })) ids.push(follower.id)
    expect(ids).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(server.requests.map((r) => r.url.searchParams.get('pagination_token'))).toEqual([null, '1', '2'])
    expect(server.requests.every((r) => r.url.searchParams.get('max_results') === '2')).toBe(true)
  })

  it('follows meta.next_token through next_token (searchRecentTweets), and returnPages yields whole pages with includes', async () => {
    const { server, app } = await serve(pager(2, 3, 'next_token'))
    const pages: unknown[] = []
    for await (const page of app.cursor(app.v2.searchRecentTweets, { query: 'from:twitterapi' }, { returnPages: true })) pages.push(page)
    expect(pages).toHaveLength(2)
    expect(pages[0]).toMatchObject({ data: [{ id: '1' }, { id: '2' }, { id: '3' }], includes: { users: [{ id: 'u' }] }, meta: { next_token: '1' } })
    expect(server.requests.map((r) => r.url.searchParams.get('next_token'))).toEqual([null, '1'])
  })

  it('ends on a page without data', async () => {
    const { user } = await serve(json(200, { meta: { result_count: 0 } }))
    const items: unknown[] = []
    for await (const item of user.cursor(user.v2.getUserTweets, { id: '1' })) items.push(item)
    expect(items).toEqual([])
  })

  it('refuses a method that does not page', async () => {
    const { user } = await serve(json(200, {}))
    await expect(async () => {
      for await (const _ of user.cursor(user.v2.getTweet as never, { id: '1' } as never)) void _
    }).rejects.toThrow(/Unable to create generator/)
  })
})

describe('a stream connection', () => {
  it('parses messages split at every byte, skips keep-alives and ends with the connection', async () => {
    const lines = ['{"data":{"id":"1","text":"caf\u00e9 ☃"},"matching_rules":[{"id":"9","tag":"t"}]}', '', '{"data":{"id":"2","text":"b"}}', '']
    const bytes = Buffer.from(lines.join('\r\n'), 'utf8')
    const { server, app } = await serve(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      for (const byte of bytes) {
        res.write(Buffer.from([byte]))
        await new Promise((r) => setImmediate(r))
      }
      res.end()
    })
    const messages: unknown[] = []
    for await (const m of app.v2.streamFilteredTweets({ 'tweet.fields': ['author_id'] }, { reconnect: false })) messages.push(m)
    expect(messages).toEqual([
      { data: { id: '1', text: 'café ☃' }, matching_rules: [{ id: '9', tag: 't' }] },
      { data: { id: '2', text: 'b' } },
    ])
    expect(server.requests[0]!.url.searchParams.get('tweet.fields')).toBe('author_id')
    expect(server.requests[0]!.headers.authorization).toBe('Bearer AAAA')
  })

  it("rejects with X's 429 as a TwythonRateLimitError without reconnect", async () => {
    const { app } = await serve(json(429, { title: 'ConnectionException', detail: 'This stream is currently at the maximum allowed connection limit.', type: 'https://api.twitter.com/2/problems/streaming-connection' }))
    await expect(async () => {
      for await (const _ of app.v2.streamFilteredTweets({}, { reconnect: false })) void _
    }).rejects.toBeInstanceOf(TwythonRateLimitError)
  })

  it('stops when the signal aborts', async () => {
    const { app } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"data":{"id":"1","text":"a"}}\r\n')
    })
    const controller = new AbortController()
    const seen: unknown[] = []
    await expect(async () => {
      for await (const m of app.v2.streamSampleTweets({}, { signal: controller.signal })) {
        seen.push(m)
        controller.abort(new Error('stopped by the test'))
      }
    }).rejects.toThrow('stopped by the test')
    expect(seen).toHaveLength(1)
  })
})

describe('bad input is refused before sending', () => {
  it('a lone surrogate inside a JSON body field, named by its path', async () => {
    const { server, user } = await serve(json(200, {}))
    const cut = '😀 hello'.slice(1)
    await expect(user.v2.createTweet({ text: 'ok', poll: { options: ['fine', cut], duration_minutes: 5 } })).rejects.toThrow(/poll\.options\[1\]/)
    expect(server.requests).toHaveLength(0)
  })

  it('a lone surrogate in a query value', async () => {
    const { server, app } = await serve(json(200, {}))
    await expect(app.v2.searchRecentTweets({ query: '\ud83d' })).rejects.toThrow(TwythonError)
    expect(server.requests).toHaveLength(0)
  })
})

describe('OAuth 2.0 user tokens on v2', () => {
  const token = (scopes: string[]) => ({ accessToken: 'user-token', refreshToken: 'r', expiresAt: Date.now() + 3_600_000, scopes, tokenType: 'bearer' as const })

  it('signs with the user token and sends the call when its scopes suffice', async () => {
    const { server } = await serve(json(201, { data: { id: '1', text: 'hi', edit_history_post_ids: ['1'] } }))
    const client = new Twython({ clientId: 'c', oauth2Token: token(['tweet.read', 'tweet.write', 'users.read']), hosts: { v2: server.origin } })
    await client.v2.createTweet({ text: 'hi' })
    expect(server.requests[0]!.headers.authorization).toBe('Bearer user-token')
  })

  it('refuses, before sending, a call whose scopes the token lacks, naming them', async () => {
    const { server } = await serve(json(201, {}))
    const client = new Twython({ clientId: 'c', oauth2Token: token(['tweet.read', 'users.read']), hosts: { v2: server.origin } })
    await expect(client.v2.createTweet({ text: 'hi' })).rejects.toThrow(/tweet\.write/)
    expect(server.requests).toHaveLength(0)
  })

  it('refuses an app-only operation with a user token', async () => {
    const { server } = await serve(json(200, {}))
    const client = new Twython({ clientId: 'c', oauth2Token: token(['tweet.read', 'users.read']), hosts: { v2: server.origin } })
    await expect(client.v2.searchAllTweets({ query: 'x' })).rejects.toThrow(/searchPostsAll .*OAuth 2\.0 user token/)
    expect(server.requests).toHaveLength(0)
  })
})
