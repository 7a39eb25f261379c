import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Core } from '../src/core.js'
import { cursorPages, registerRoutes } from '../src/cursor.js'
import { TwythonError } from '../src/errors.js'
import type { Route } from '../src/route.js'
import type { CallOptions } from '../src/core.js'
import { startServer, type TestServer } from './server.js'

const routes: Record<string, Route> = {
  timeline: { id: 'get_user_timeline', method: 'GET', path: 'statuses/user_timeline', paginate: { style: 'max_id' } },
  followers: { id: 'get_followers_ids', method: 'GET', path: 'followers/ids', paginate: { style: 'cursor', items: 'ids' } },
  search: { id: 'search', method: 'GET', path: 'search/tweets', paginate: { style: 'search', items: 'statuses' } },
  show: { id: 'show_status', method: 'GET', path: 'statuses/show/:id' },
}

class Client {
  constructor(readonly core: Core) {}
  timeline(params: object, options?: CallOptions) {
    return this.core.call<{ id_str: string }[]>(routes.timeline!, params, options)
  }
  followers(params: object, options?: CallOptions) {
    return this.core.call<{ ids: number[]; next_cursor_str: string }>(routes.followers!, params, options)
  }
  search(params: object, options?: CallOptions) {
    return this.core.call<{ statuses: { id_str: string }[] }>(routes.search!, params, options)
  }
  show(params: object, options?: CallOptions) {
    return this.core.call(routes.show!, params, options)
  }
}
registerRoutes(Client.prototype, routes)

let server: TestServer
let client: Client
beforeEach(async () => {
  server = await startServer()
  client = new Client(new Core({ appKey: 'k', appSecret: 's', oauthToken: 't', oauthTokenSecret: 'ts', hosts: { api: server.origin } }))
})
afterEach(() => server.close())

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

describe('cursor()', () => {
  it('pages a timeline by max_id with exact 64-bit arithmetic until an empty page', async () => {
    const pages: Record<string, { id_str: string }[]> = {
      '': [{ id_str: '9007199254740995' }, { id_str: '9007199254740993' }],
      '9007199254740992': [{ id_str: '9007199254740990' }],
      '9007199254740989': [],
    }
    server.respond((req, res) => res.end(JSON.stringify(pages[req.url.searchParams.get('max_id') ?? ''] ?? [])))
    const items = await collect(cursorPages(client, client.timeline, { screen_name: 'x' }))
    expect(items.map((t) => (t as { id_str: string }).id_str)).toEqual(['9007199254740995', '9007199254740993', '9007199254740990'])
    expect(server.requests.map((r) => r.url.search)).toEqual(['?screen_name=x', '?screen_name=x&max_id=9007199254740992', '?screen_name=x&max_id=9007199254740989'])
  })

  it('pages a cursored collection until next_cursor_str is 0, keeping the caller’s params', async () => {
    server.respond((req, res) => {
      const cursor = req.url.searchParams.get('cursor')
      res.end(cursor === '55' ? '{"ids":[3],"next_cursor":0,"next_cursor_str":"0"}' : '{"ids":[1,2],"next_cursor":55,"next_cursor_str":"55"}')
    })
    expect(await collect(cursorPages(client, client.followers, { screen_name: 'x' }))).toEqual([1, 2, 3])
    expect(server.requests.map((r) => r.url.search)).toEqual(['?screen_name=x&stringify_ids=true', '?screen_name=x&stringify_ids=true&cursor=55'])
  })

  it('asks an id collection for string ids, so ids above 2^53 arrive exact, unless the caller set stringify_ids', async () => {
    // What Twitter sends: numbers unless stringify_ids=true. 1234567890123456789 is not a safe integer.
    server.respond((req, res) => res.end(req.url.searchParams.get('stringify_ids') === 'true' ? '{"ids":["1234567890123456789"],"next_cursor_str":"0"}' : '{"ids":[1234567890123456789],"next_cursor_str":"0"}'))
    expect(await collect(cursorPages(client, client.followers, { screen_name: 'x' }))).toEqual(['1234567890123456789'])
    expect(server.requests[0]!.url.searchParams.get('stringify_ids')).toBe('true')
    expect(await collect(cursorPages(client, client.followers, { screen_name: 'x', stringify_ids: false }))).toEqual([1234567890123456800])
    expect(server.requests[1]!.url.searchParams.get('stringify_ids')).toBe('false')
    // Only id collections get it: a timeline or a search does not take the parameter.
    server.respond((_req, res) => res.end('[]'))
    await collect(cursorPages(client, client.timeline, {}))
    expect(server.requests[2]!.url.searchParams.has('stringify_ids')).toBe(false)
  })

  it('yields whole pages with returnPages', async () => {
    server.respond((req, res) => res.end(req.url.searchParams.get('cursor') ? '{"ids":[3],"next_cursor_str":"0"}' : '{"ids":[1,2],"next_cursor_str":"7"}'))
    expect(await collect(cursorPages(client, client.followers, {}, { returnPages: true }))).toEqual([[1, 2], [3]])
  })

  it('follows search_metadata.next_results without dropping the caller’s other params', async () => {
    server.respond((req, res) => {
      const maxId = req.url.searchParams.get('max_id')
      if (!maxId) res.end('{"statuses":[{"id_str":"10"}],"search_metadata":{"next_results":"?max_id=9&q=py&include_entities=1"}}')
      else res.end('{"statuses":[{"id_str":"9"}],"search_metadata":{}}')
    })
    const items = await collect(cursorPages(client, client.search, { q: 'py', lang: 'en' }))
    expect(items).toEqual([{ id_str: '10' }, { id_str: '9' }])
    expect(server.requests[1]!.url.searchParams.get('lang')).toBe('en')
    expect(server.requests[1]!.url.searchParams.get('max_id')).toBe('9')
  })

  it('requests nothing until iteration starts, and stops when the consumer breaks', async () => {
    server.respond((_req, res) => res.end('{"ids":[1,2],"next_cursor_str":"7"}'))
    const iterator = cursorPages(client, client.followers, {})
    expect(server.requests).toHaveLength(0)
    for await (const _ of iterator) break
    expect(server.requests).toHaveLength(1)
  })

  it('explains what is wrong with a non-paginated or non-function argument', async () => {
    await expect(collect(cursorPages(client, client.show, {}))).rejects.toThrow(
      'Unable to create generator for Twython method "show": show_status (GET statuses/show/:id) is not paginated (no cursor, max_id or search paging), so cursor() cannot page it; call it directly.',
    )
    await expect(collect(cursorPages(client, function lookup() {} as never, {}))).rejects.toThrow('cursor() takes an endpoint method of this client (e.g. twitter.getFollowersIds); lookup is not one.')
    await expect(collect(cursorPages(client, 'nope' as never, {}))).rejects.toThrow(TypeError)
    expect(server.requests).toHaveLength(0)
  })

  it('reports an unexpected page shape as a TwythonError naming the method and its pagination', async () => {
    server.respond((_req, res) => res.end('{"users":[]}'))
    await expect(collect(cursorPages(client, client.followers, {}))).rejects.toThrow(
      'Unable to generate next page of search results, content has unexpected structure: followers pages by next_cursor over "ids" and expects an array under "ids".',
    )
    server.respond((_req, res) => res.end('{"statuses":[]}'))
    await expect(collect(cursorPages(client, client.timeline, {}))).rejects.toThrow('timeline pages by max_id and expects the response to be an array.')
  })

  it('passes the abort signal to every page request', async () => {
    server.respond(() => undefined)
    const controller = new AbortController()
    const pending = collect(cursorPages(client, client.followers, {}, { signal: controller.signal }))
    setTimeout(() => controller.abort(new Error('cancelled')), 20)
    await expect(pending).rejects.toThrow('cancelled')
  })
})
