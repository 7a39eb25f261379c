/**
 * Issue 10, item 3 and item 6's number rule, over a real local server: a parameter value that cannot be
 * encoded (a lone UTF-16 surrogate) or an integer that has already lost precision (beyond
 * Number.MAX_SAFE_INTEGER) is refused with a TwythonError naming the parameter, before anything is sent:
 * form bodies, queries, path parameters, multipart fields and stream parameters alike.
 */
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Core } from '../src/core.js'
import { encodeParams, encodeValue, formatPairs } from '../src/encode.js'
import { TwythonError } from '../src/errors.js'
import type { Route } from '../src/route.js'
import { stream } from '../src/streaming/iterate.js'
import { TwythonStreamer } from '../src/streaming/streamer.js'
import { json, startServer, type TestServer } from './server.js'

const secrets = { appKey: 'app-key', appSecret: 'app-secret', oauthToken: 'user-token', oauthTokenSecret: 'token-secret' }
const showStatus: Route = { id: 'show_status', method: 'GET', path: 'statuses/show/:id' }
const updateStatus: Route = { id: 'update_status', method: 'POST', path: 'statuses/update' }
const userTimeline: Route = { id: 'get_user_timeline', method: 'GET', path: 'statuses/user_timeline' }
const destroyStatus: Route = { id: 'destroy_status', method: 'POST', path: 'statuses/destroy/:id' }
const uploadMedia: Route = { id: 'upload_media', method: 'POST', path: 'media/upload', host: 'upload', encoding: 'multipart', files: ['media'] }

/** What `"😀".slice(0, 1)` leaves: the high half of a surrogate pair. */
const cutEmoji = 'Hello 😀'.slice(0, 7)

let server: TestServer
let core: Core
beforeEach(async () => {
  server = await startServer(json(200, {}))
  core = new Core({ ...secrets, hosts: { api: server.origin, upload: server.origin, stream: server.origin, userStream: server.origin, siteStream: server.origin } })
})
afterEach(() => server.close())

async function refusal(p: Promise<unknown>): Promise<TwythonError> {
  const error = await p.then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(TwythonError)
  return error as TwythonError
}

describe('a lone surrogate is refused before sending, naming the parameter', () => {
  it('in a form body', async () => {
    const error = await refusal(core.call(updateStatus, { status: cutEmoji }))
    expect(error.message).toMatch(/Parameter "status" .*lone UTF-16 surrogate/)
    expect(error.name).toBe('TwythonError')
    expect(server.requests).toHaveLength(0)
  })

  it('in a query, a path parameter, an array item and a multipart field', async () => {
    expect((await refusal(core.call(userTimeline, { screen_name: '\uDC00abc' }))).message).toMatch(/Parameter "screen_name"/)
    expect((await refusal(core.call(showStatus, { id: '20\uD800' }))).message).toMatch(/Parameter "id"/)
    expect((await refusal(core.call(updateStatus, { status: 'ok', media_ids: ['1', '\uD83D'] }))).message).toMatch(/Parameter "media_ids\[1\]"/)
    expect((await refusal(core.call(uploadMedia, { media: new Uint8Array([1]), additional_owners: cutEmoji }))).message).toMatch(/Parameter "additional_owners"/)
    expect((await refusal(core.request('statuses/update', 'POST', { status: cutEmoji }))).message).toMatch(/Parameter "status"/)
    expect(server.requests).toHaveLength(0)
  })

  it('in stream parameters, for TwythonStreamer and for stream()', async () => {
    const streamer = new TwythonStreamer({ ...secrets, hosts: { stream: server.origin } })
    expect((await refusal(streamer.statuses.filter({ track: ['ok', cutEmoji] }))).message).toMatch(/Parameter "track\[1\]"/)
    const iterator = stream({ ...secrets, hosts: { stream: server.origin } }, 'statuses/sample', { language: '\uDFFF' })[Symbol.asyncIterator]()
    expect((await refusal(iterator.next())).message).toMatch(/Parameter "language"/)
    expect(server.requests).toHaveLength(0)
  })

  it('a well-formed pair (the whole emoji) still goes out, encoded', async () => {
    await core.call(updateStatus, { status: 'Hello 😀' })
    expect(server.requests[0]!.body.toString()).toBe('status=Hello%20%F0%9F%98%80')
  })
})

describe('an integer beyond Number.MAX_SAFE_INTEGER is refused before sending', () => {
  it('names the parameter and says to pass the *_str string or a bigint', async () => {
    // 1050118621198921728 as a JS number is already 1050118621198921700: the id of a different tweet.
    const error = await refusal(core.call(showStatus, { id: 1050118621198921728 }))
    expect(error.message).toMatch(/Parameter "id" .*Number\.MAX_SAFE_INTEGER/)
    expect(error.message).toMatch(/id_str/)
    expect(error.message).toMatch(/bigint/)
    expect((await refusal(core.call(userTimeline, { max_id: 2 ** 60 }))).message).toMatch(/Parameter "max_id"/)
    expect((await refusal(core.call(updateStatus, { status: 'x', in_reply_to_status_id: 2 ** 53 }))).message).toMatch(/Parameter "in_reply_to_status_id"/)
    expect((await refusal(core.call(destroyStatus, { id: -(2 ** 54) }))).message).toMatch(/Parameter "id"/)
    expect(server.requests).toHaveLength(0)
  })

  it('safe integers, fractions, strings and bigints still go out exactly', async () => {
    await core.call(userTimeline, { count: 200, max_id: 1050118621198921728n, since_id: '1050118621198921729', lat: 37.781157, user_id: Number.MAX_SAFE_INTEGER })
    expect(server.requests[0]!.url.search).toBe('?count=200&max_id=1050118621198921728&since_id=1050118621198921729&lat=37.781157&user_id=9007199254740991')
  })
})

/** UTF-16 well-formedness, checked by hand (independently of the encoder's regular expression). */
function wellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xdc00 && c <= 0xdfff) return false
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false
      i++
    }
  }
  return true
}

describe('properties of the encoder', () => {
  it('any string either encodes to exactly its UTF-8 or is refused with a TwythonError naming the parameter, never a URIError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        let encoded: string | undefined
        try {
          encoded = formatPairs(encodeParams({ status: text }))
        } catch (error) {
          expect(error).toBeInstanceOf(TwythonError)
          expect((error as Error).message).toMatch(/^Parameter "status" contains a lone UTF-16 surrogate/)
          expect(wellFormed(text)).toBe(false)
          return
        }
        expect(wellFormed(text)).toBe(true)
        expect(Buffer.from(decodeURIComponent(encoded.slice('status='.length)), 'utf8').equals(Buffer.from(text, 'utf8'))).toBe(true)
      }),
    )
  })

  it('an integer is sent exactly when it is safe and refused otherwise', () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.double({ noNaN: true, noDefaultInfinity: true }).map(Math.trunc)), (n) => {
        if (Number.isSafeInteger(n)) expect(encodeValue('id', n)).toBe(String(n))
        else expect(() => encodeValue('id', n)).toThrow(/Parameter "id" .*MAX_SAFE_INTEGER/)
      }),
    )
  })
})
