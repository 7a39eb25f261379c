/**
 * Direct messages, legacy (list, sent, show, new, destroy) and the events API (events/new, list, show,
 * destroy, indicate_typing, mark_read) on the same records, and saved searches.
 */
import { ApiError } from '../server/errors.js'
import { extractEntities, shortLink } from '../state/entities.js'
import type { DirectMessageRecord, MediaRecord, SavedSearchRecord } from '../state/state.js'
import { dmJson, mediaJson, savedSearchJson } from '../state/views.js'
import { Answer, int, mediaFrom, pageNotFound, requireViewer, userFrom, type Handler, type HandlerContext } from './common.js'

/** Messages matching `filter`, newest first, paged by count / since_id / max_id. */
function dmTimeline(ctx: HandlerContext, filter: (dm: DirectMessageRecord) => boolean): unknown[] {
  const since = ctx.params.since_id ? BigInt(ctx.params.since_id) : undefined
  const max = ctx.params.max_id ? BigInt(ctx.params.max_id) : undefined
  const count = int(ctx, 'count', 20, 200)
  const page = int(ctx, 'page', 1, 1000)
  return [...ctx.state.dms.values()]
    .filter((dm) => filter(dm) && !dm.hiddenFor?.has(ctx.viewer ?? '') && (since === undefined || dm.id > since) && (max === undefined || dm.id <= max))
    .sort((a, b) => (a.id < b.id ? 1 : -1))
    .slice((page - 1) * count, page * count)
    .map((dm) => dmJson(ctx.state, dm, ctx.viewer))
}

function ownMessage(ctx: HandlerContext): DirectMessageRecord {
  const me = requireViewer(ctx).id.toString()
  const dm = ctx.state.dms.get(ctx.params.id ?? '')
  if (!dm || (dm.sender !== me && dm.recipient !== me) || dm.hiddenFor?.has(me)) throw pageNotFound()
  return dm
}

/** The events API's `message_create` event for a record, as recorded (ids and the timestamp as strings). */
function dmEvent(dm: DirectMessageRecord): Record<string, unknown> {
  return {
    type: 'message_create',
    id: dm.id.toString(),
    created_timestamp: String(dm.created_at.getTime()),
    message_create: {
      target: { recipient_id: dm.recipient },
      sender_id: dm.sender,
      message_data: { text: dm.text, entities: dm.entities, ...(dm.media && dm.mediaUrl ? { attachment: { type: 'media', media: dmMedia(dm, dm.media, dm.mediaUrl) } } : {}) },
    },
  }
}

/** A message's attachment entity: its link stands at the end of the text, and leads to the conversation. */
function dmMedia(dm: DirectMessageRecord, media: MediaRecord, mediaUrl: string): Record<string, unknown> {
  const start = Array.from(dm.text).length - Array.from(mediaUrl).length
  return mediaJson(media, { url: mediaUrl, expandedUrl: `https://twitter.com/messages/media/${dm.id}`, indices: [start, start + Array.from(mediaUrl).length] })
}

/** A malformed events API body: Twitter named the missing field, code 214. */
const badEvent = (field: string) => new ApiError(400, 214, `${field}: Required`)

/** Events per page of `events/list`: 20 by default, 50 at most (documented). */
const EVENTS_PAGE = { default: 20, max: 50 }

/** `events/list` cursors are opaque base64url strings; the emulator's carry the id of the next event. */
const encodeCursor = (id: bigint) => Buffer.from(id.toString()).toString('base64url')
function decodeCursor(cursor: string): bigint {
  const digits = Buffer.from(cursor, 'base64url').toString('utf8')
  if (!/^\d{1,20}$/.test(digits)) throw new ApiError(400, 44, 'cursor parameter is invalid.')
  return BigInt(digits)
}

function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
}

function ownSearch(ctx: HandlerContext): SavedSearchRecord {
  const s = ctx.state.savedSearches.get(ctx.params.id ?? '')
  if (!s || s.owner !== requireViewer(ctx).id.toString()) throw pageNotFound()
  return s
}

export const messageRoutes: Readonly<Record<string, Handler>> = {
  get_direct_messages(ctx) {
    const me = requireViewer(ctx).id.toString()
    return dmTimeline(ctx, (dm) => dm.recipient === me)
  },
  get_sent_messages(ctx) {
    const me = requireViewer(ctx).id.toString()
    return dmTimeline(ctx, (dm) => dm.sender === me)
  },
  get_direct_message: (ctx) => dmJson(ctx.state, ownMessage(ctx), ctx.viewer),
  send_direct_message(ctx) {
    const me = requireViewer(ctx).id.toString()
    const to = userFrom(ctx, '', false)
    const toId = to.id.toString()
    // Legacy DMs needed the recipient to follow the sender.
    if (toId !== me && !ctx.state.isFollowing(toId, me)) throw new ApiError(403, 150, 'You cannot send messages to users who are not following you.')
    const raw = ctx.params.text ?? ''
    if (Array.from(raw).length > 10_000) throw new ApiError(403, 354, 'The text of your direct message is over the max character limit.')
    const { text, entities } = extractEntities(raw, (n) => ctx.state.userByName(n))
    const dm: DirectMessageRecord = { id: ctx.state.nextId(), sender: me, recipient: toId, text, entities, created_at: ctx.state.now() }
    ctx.state.dms.set(dm.id.toString(), dm)
    return dmJson(ctx.state, dm, me)
  },
  destroy_direct_message(ctx) {
    const dm = ownMessage(ctx)
    ctx.state.dms.delete(dm.id.toString())
    return dmJson(ctx.state, dm, ctx.viewer)
  },

  new_dm_event(ctx) {
    const me = requireViewer(ctx).id.toString()
    const event = field(ctx.json, 'event')
    if (event === undefined) throw badEvent('event')
    if (field(event, 'type') !== 'message_create') throw badEvent('event.type')
    const create = field(event, 'message_create')
    const recipient = field(field(create, 'target'), 'recipient_id')
    if (typeof recipient !== 'string' && typeof recipient !== 'number') throw badEvent('event.message_create.target.recipient_id')
    const data = field(create, 'message_data')
    const raw = field(data, 'text')
    if (typeof raw !== 'string') throw badEvent('event.message_create.message_data.text')
    const to = ctx.state.users.get(String(recipient))
    if (!to) throw new ApiError(404, 108, 'Cannot find specified user.')
    const toId = to.id.toString()
    // The emulator's accounts take messages from those they follow (and anyone may write to themselves).
    if (toId !== me && !ctx.state.isFollowing(toId, me)) throw new ApiError(403, 349, 'You cannot send messages to this user.')
    if (Array.from(raw).length > 10_000) throw new ApiError(403, 354, 'The text of your direct message is over the max character limit.')
    const attachment = field(data, 'attachment')
    let media: MediaRecord | undefined
    if (attachment !== undefined) {
      const mediaId = field(field(attachment, 'media'), 'id')
      if (field(attachment, 'type') !== 'media' || (typeof mediaId !== 'string' && typeof mediaId !== 'number')) throw badEvent('event.message_create.message_data.attachment.media.id')
      media = mediaFrom(ctx, String(mediaId))[0]
    }
    const extracted = extractEntities(raw, (n) => ctx.state.userByName(n))
    const id = ctx.state.nextId()
    // As with tweets, the attachment's t.co link ends the text.
    const mediaUrl = media ? shortLink(`media:${id}`) : undefined
    const text = mediaUrl ? (extracted.text ? `${extracted.text} ${mediaUrl}` : mediaUrl) : extracted.text
    const dm: DirectMessageRecord = { id, sender: me, recipient: toId, text, entities: extracted.entities, created_at: ctx.state.now(), ...(media ? { media, mediaUrl } : {}) }
    ctx.state.dms.set(dm.id.toString(), dm)
    return { event: dmEvent(dm) }
  },
  list_dm_events(ctx) {
    const me = requireViewer(ctx).id.toString()
    const count = int(ctx, 'count', EVENTS_PAGE.default, EVENTS_PAGE.max)
    const from = ctx.params.cursor ? decodeCursor(ctx.params.cursor) : undefined
    const mine = [...ctx.state.dms.values()]
      .filter((dm) => (dm.sender === me || dm.recipient === me) && !dm.hiddenFor?.has(me) && (from === undefined || dm.id <= from))
      .sort((a, b) => (a.id < b.id ? 1 : -1))
    const page = mine.slice(0, count)
    const next = mine[count]
    return { events: page.map(dmEvent), ...(next ? { next_cursor: encodeCursor(next.id) } : {}) }
  },
  show_dm_event: (ctx) => ({ event: dmEvent(ownMessage(ctx)) }),
  destroy_dm_event(ctx) {
    const dm = ownMessage(ctx)
    // Deleting removes the message from the caller's view only; the other side keeps it.
    ;(dm.hiddenFor ??= new Set()).add(requireViewer(ctx).id.toString())
    return new Answer(204, undefined)
  },
  indicate_dm_typing(ctx) {
    if (!ctx.state.users.has(ctx.params.recipient_id ?? '')) throw new ApiError(404, 108, 'Cannot find specified user.')
    return new Answer(204, undefined)
  },
  mark_dm_read(ctx) {
    if (!ctx.state.users.has(ctx.params.recipient_id ?? '')) throw new ApiError(404, 108, 'Cannot find specified user.')
    return new Answer(204, undefined)
  },

  get_saved_searches(ctx) {
    const me = requireViewer(ctx).id.toString()
    return [...ctx.state.savedSearches.values()].filter((s) => s.owner === me).map(savedSearchJson)
  },
  show_saved_search: (ctx) => savedSearchJson(ownSearch(ctx)),
  create_saved_search(ctx) {
    const owner = requireViewer(ctx).id.toString()
    const query = ctx.params.query ?? ''
    const existing = [...ctx.state.savedSearches.values()].find((s) => s.owner === owner && s.query === query)
    if (existing) return savedSearchJson(existing)
    const s: SavedSearchRecord = { id: ctx.state.nextId(), owner, query, created_at: ctx.state.now() }
    ctx.state.savedSearches.set(s.id.toString(), s)
    return savedSearchJson(s)
  },
  destroy_saved_search(ctx) {
    const s = ownSearch(ctx)
    ctx.state.savedSearches.delete(s.id.toString())
    return savedSearchJson(s)
  },
}
