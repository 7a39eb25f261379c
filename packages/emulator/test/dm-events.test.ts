/**
 * The direct-message events API (events/new with a JSON body, events/list with its cursor, events/show,
 * events/destroy), over real sockets, on the same messages as the legacy routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../src/index.js'
import { authHeader, call, errorOf, userKeys, type Keys } from './emulator-helpers.js'

let emu: Emulator
let me: string
/** Someone who follows @emu_dev, so may be written to. */
let friend: string
/** Someone who does not. */
let stranger: string
beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
  me = emu.state.userByName('emu_dev')!.id.toString()
  const followers = emu.state.followers.get(me)!
  friend = [...followers][0]!
  stranger = [...emu.state.users.keys()].find((id) => id !== me && !followers.has(id))!
})
afterAll(() => emu.close())

/** POSTs a JSON body (not part of the OAuth signature, as with Twitter). */
async function postJson(path: string, body: string, keys: Keys = userKeys(emu)) {
  const url = `${emu.url}${path}`
  const res = await fetch(url, { method: 'POST', headers: { authorization: authHeader('POST', url, {}, keys), 'content-type': 'application/json' }, body })
  const text = await res.text()
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) }
}

/** The request body tweepy recorded, with the recipient id as a bare JSON number above 2^53. */
const eventBody = (recipient: string, text: string, extra = '') => `{"event": {"type": "message_create", "message_create": {"target": {"recipient_id": ${recipient}}, "message_data": {"text": ${JSON.stringify(text)}${extra}}}}}`

describe('direct_messages/events', () => {
  it('new: sends a message (the recipient id a bare number beyond 2^53) in the recorded shape', async () => {
    expect(BigInt(friend) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true)
    const reply = await postJson('/1.1/direct_messages/events/new.json', eventBody(friend, 'hello via events https://example.com/x @maya_codes'))
    expect(reply.status, reply.text).toBe(200)
    const event = reply.json().event
    expect(event).toMatchObject({ type: 'message_create', message_create: { target: { recipient_id: friend }, sender_id: me, message_data: { text: expect.stringMatching(/^hello via events https:\/\/t\.co\/\w+ @maya_codes$/) } } })
    expect(event.id).toMatch(/^\d+$/)
    expect(event.created_timestamp).toMatch(/^\d{13}$/)
    expect(event.message_create.message_data.entities.urls[0].expanded_url).toBe('https://example.com/x')
    // The same message through the legacy routes.
    const legacy = await call(emu, 'GET', '/1.1/direct_messages/show.json', { params: { id: event.id } })
    expect(legacy.status).toBe(200)
    expect(legacy.json()).toMatchObject({ id_str: event.id, recipient_id_str: friend, sender_id_str: me })
  })

  it('new: refuses bodies and recipients as Twitter did', async () => {
    const bad = await postJson('/1.1/direct_messages/events/new.json', '{"event": {"type": "message_create", "message_create": {"message_data": {"text": "x"}}}}')
    expect(bad.status).toBe(400)
    expect(errorOf(bad)).toEqual({ code: 214, message: 'event.message_create.target.recipient_id: Required' })
    expect(errorOf(await postJson('/1.1/direct_messages/events/new.json', 'not json')).code).toBe(214)
    const unknown = await postJson('/1.1/direct_messages/events/new.json', eventBody('12345', 'hi'))
    expect(unknown.status).toBe(404)
    expect(errorOf(unknown).code).toBe(108)
    const refused = await postJson('/1.1/direct_messages/events/new.json', eventBody(stranger, 'hi'))
    expect(refused.status).toBe(403)
    expect(errorOf(refused).code).toBe(349)
    const get = await call(emu, 'GET', '/1.1/direct_messages/events/new.json')
    expect(errorOf(get).code).toBe(86)
  })

  it('list: newest first, both directions, paged by next_cursor until it is absent', async () => {
    for (let i = 0; i < 5; i++) expect((await postJson('/1.1/direct_messages/events/new.json', eventBody(friend, `paging ${i}`))).status).toBe(200)
    const expected = [...emu.state.dms.values()].filter((d) => d.sender === me || d.recipient === me).sort((a, b) => (a.id < b.id ? 1 : -1)).map((d) => d.id.toString())
    const seen: string[] = []
    let cursor: string | undefined
    for (let page = 0; page < 50; page++) {
      const reply = await call(emu, 'GET', '/1.1/direct_messages/events/list.json', { params: { count: '3', ...(cursor ? { cursor } : {}) } })
      expect(reply.status, reply.text).toBe(200)
      expect(reply.headers.get('x-rate-limit-limit')).toBe('15')
      const body = reply.json() as { events: { id: string }[]; next_cursor?: string }
      expect(body.events.length).toBeLessThanOrEqual(3)
      seen.push(...body.events.map((e) => e.id))
      if (!body.next_cursor) break
      cursor = body.next_cursor
    }
    expect(seen).toEqual(expected)
    expect(errorOf(await call(emu, 'GET', '/1.1/direct_messages/events/list.json', { params: { cursor: '!!' } })).code).toBe(44)
  })

  it('show and destroy: 204, gone for the caller, kept for the other side', async () => {
    const sent = (await postJson('/1.1/direct_messages/events/new.json', eventBody(friend, 'to be deleted'))).json().event
    const shown = await call(emu, 'GET', '/1.1/direct_messages/events/show.json', { params: { id: sent.id } })
    expect(shown.status).toBe(200)
    expect(shown.json().event).toEqual(sent)

    const url = `${emu.url}/1.1/direct_messages/events/destroy.json?id=${sent.id}`
    const res = await fetch(url, { method: 'DELETE', headers: { authorization: authHeader('DELETE', url, {}, userKeys(emu)) } })
    expect(res.status).toBe(204)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await res.text()).toBe('')
    expect((await call(emu, 'GET', '/1.1/direct_messages/events/show.json', { params: { id: sent.id } })).status).toBe(404)
    const list = (await call(emu, 'GET', '/1.1/direct_messages/events/list.json', { params: { count: '50' } })).json().events as { id: string }[]
    expect(list.map((e) => e.id)).not.toContain(sent.id)

    const screenName = emu.state.users.get(friend)!.screen_name
    const other = emu.issueAccessToken(screenName)
    const keys = { ...userKeys(emu), token: other.oauthToken, tokenSecret: other.oauthTokenSecret }
    const theirs = await call(emu, 'GET', '/1.1/direct_messages/events/show.json', { params: { id: sent.id }, keys })
    expect(theirs.status).toBe(200)

    const again = await fetch(url, { method: 'DELETE', headers: { authorization: authHeader('DELETE', url, {}, userKeys(emu)) } })
    expect(again.status).toBe(404)
  })

  it('indicate_typing answers 204 as recorded', async () => {
    const reply = await call(emu, 'POST', '/1.1/direct_messages/indicate_typing.json', { params: { recipient_id: friend } })
    expect(reply.status).toBe(204)
  })
})
