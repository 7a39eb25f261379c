/**
 * Direct messages as v2 events: the caller's events, a conversation's events (one-to-one `a-b` ids or a
 * group), sending to a participant or a conversation, creating a group, deleting and looking up an event.
 * One-to-one messages are the state's direct messages, so v1.1's `direct_messages` sees them too.
 */
import { extractEntities } from '../../state/entities.js'
import type { DirectMessageRecord } from '../../state/state.js'
import { answer, bodyField, hydrator, idParam, page, viewerOf, type V2Context, type V2Handler } from '../context.js'
import type { Hydrator } from '../hydrate.js'
import { paginate } from '../paginate.js'
import { forbidden, invalidParam, invalidRequest, resourceNotFound } from '../problems.js'
import { oneToOneConversationId, type GroupConversation } from '../store.js'
import { dmObject, iso, type V2Object } from '../views.js'

/** One event, whichever store holds it. */
type Event = { kind: 'dm'; dm: DirectMessageRecord } | { kind: 'group'; group: GroupConversation; event: GroupConversation['events'][number] }

const idOf = (e: Event) => (e.kind === 'dm' ? e.dm.id.toString() : e.event.id)
const typeOf = (e: Event) => (e.kind === 'dm' ? 'MessageCreate' : e.event.event_type)

function groupEventObject(group: GroupConversation, event: GroupConversation['events'][number]): V2Object {
  return {
    id: event.id,
    event_type: event.event_type,
    text: event.event_type === 'MessageCreate' ? event.text : undefined,
    created_at: iso(event.created_at),
    dm_conversation_id: group.id,
    participant_ids: event.event_type === 'ParticipantsJoin' ? [...group.participants] : undefined,
    sender_id: event.sender,
  }
}

function render(ctx: V2Context, h: Hydrator, e: Event): V2Object {
  if (e.kind === 'dm') return h.dm(e.dm)
  return h.dmEvent(groupEventObject(e.group, e.event))
}

function eventsOf(ctx: V2Context, viewer: string): Event[] {
  const events: Event[] = []
  for (const dm of ctx.state.dms.values()) if (dm.sender === viewer || dm.recipient === viewer) events.push({ kind: 'dm', dm })
  for (const group of ctx.extras.groups.values()) if (group.participants.includes(viewer)) for (const event of group.events) events.push({ kind: 'group', group, event })
  return events.sort((a, b) => (BigInt(idOf(a)) < BigInt(idOf(b)) ? 1 : -1))
}

function eventPage(ctx: V2Context, events: Event[]) {
  const types = (ctx.query.get('event_types') ?? '').split(',').filter(Boolean)
  for (const t of types) if (!['MessageCreate', 'ParticipantsJoin', 'ParticipantsLeave'].includes(t)) throw invalidParam(ctx.generation, 'event_types', t, `The \`event_types\` query parameter value [${t}] is not one of [MessageCreate,ParticipantsJoin,ParticipantsLeave]`)
  const kept = types.length > 0 ? events.filter((e) => types.includes(typeOf(e))) : events
  const h = hydrator(ctx)
  const p = paginate(kept, idOf, page(ctx), ctx.generation)
  const meta: V2Object = { result_count: p.items.length }
  if (p.next) meta.next_token = p.next
  if (p.previous) meta.previous_token = p.previous
  return { body: answer(p.items.map((e) => render(ctx, h, e)), h, meta) }
}

export const getDirectMessagesEvents: V2Handler = (ctx) => eventPage(ctx, eventsOf(ctx, viewerOf(ctx)))

export const getDirectMessagesEventsByParticipantId: V2Handler = (ctx) => {
  const viewer = viewerOf(ctx)
  const other = idParam(ctx, 'participant_id', ctx.path.participant_id)
  return eventPage(ctx, eventsOf(ctx, viewer).filter((e) => e.kind === 'dm' && (e.dm.sender === other || e.dm.recipient === other)))
}

export const getDirectMessagesEventsByConversationId: V2Handler = (ctx) => {
  const viewer = viewerOf(ctx)
  const id = ctx.path.id ?? ''
  return eventPage(ctx, eventsOf(ctx, viewer).filter((e) => (e.kind === 'dm' ? oneToOneConversationId(e.dm.sender, e.dm.recipient) === id : e.group.id === id)))
}

export const getDirectMessagesEventsById: V2Handler = (ctx) => {
  const viewer = viewerOf(ctx)
  const id = idParam(ctx, 'event_id', ctx.path.event_id)
  const event = eventsOf(ctx, viewer).find((e) => idOf(e) === id)
  if (!event) throw resourceNotFound(ctx.generation, 'dm_event', 'event_id', id)
  const h = hydrator(ctx)
  return { body: answer(render(ctx, h, event), h) }
}

function messageText(ctx: V2Context, body: Readonly<Record<string, unknown>>): string {
  const text = body.text
  const attachments = body.attachments
  if ((typeof text !== 'string' || text === '') && !Array.isArray(attachments)) throw invalidRequest(ctx.generation, 'A message needs text or attachments.', { text: [''] })
  if (typeof text === 'string' && Array.from(text).length > 10_000) throw invalidParam(ctx.generation, 'text', text.slice(0, 20), 'The `text` field is longer than 10000 characters')
  return typeof text === 'string' ? text : ''
}

function sendOneToOne(ctx: V2Context, viewer: string, recipient: string, text: string) {
  if (!ctx.state.users.get(recipient)) throw resourceNotFound(ctx.generation, 'user', 'participant_id', recipient)
  if (recipient === viewer) throw forbidden(ctx.generation, 'You cannot send a direct message to yourself.')
  if (ctx.state.blocks.get(recipient)?.has(viewer) || ctx.state.blocks.get(viewer)?.has(recipient)) throw forbidden(ctx.generation, 'You cannot send messages to this user.')
  const { text: escaped, entities } = extractEntities(text, (n) => ctx.state.userByName(n))
  const dm: DirectMessageRecord = { id: ctx.state.nextId(), sender: viewer, recipient, text: escaped, entities, created_at: ctx.state.now() }
  ctx.state.dms.set(dm.id.toString(), dm)
  return { status: 201, body: { data: { dm_conversation_id: oneToOneConversationId(viewer, recipient), dm_event_id: dm.id.toString() } } }
}

export const createDirectMessagesByParticipantId: V2Handler = (ctx) => {
  const viewer = viewerOf(ctx)
  return sendOneToOne(ctx, viewer, idParam(ctx, 'participant_id', ctx.path.participant_id), messageText(ctx, ctx.body))
}

export const createDirectMessagesByConversationId: V2Handler = (ctx) => {
  const viewer = viewerOf(ctx)
  const id = ctx.path.dm_conversation_id ?? ''
  const text = messageText(ctx, ctx.body)
  const pair = /^(\d{1,19})-(\d{1,19})$/.exec(id)
  if (pair) {
    if (pair[1] !== viewer && pair[2] !== viewer) throw forbidden(ctx.generation, 'You are not a participant in this conversation.')
    return sendOneToOne(ctx, viewer, pair[1] === viewer ? pair[2]! : pair[1]!, text)
  }
  const group = ctx.extras.groups.get(id)
  if (!group) throw resourceNotFound(ctx.generation, 'dm_conversation', 'dm_conversation_id', id)
  if (!group.participants.includes(viewer)) throw forbidden(ctx.generation, 'You are not a participant in this conversation.')
  const event = { id: ctx.state.nextId().toString(), sender: viewer, text, created_at: ctx.state.now(), event_type: 'MessageCreate' as const }
  group.events.push(event)
  return { status: 201, body: { data: { dm_conversation_id: group.id, dm_event_id: event.id } } }
}

export const createDirectMessagesConversation: V2Handler = (ctx) => {
  const viewer = viewerOf(ctx)
  if (bodyField(ctx, 'conversation_type') !== 'Group') throw invalidParam(ctx.generation, 'conversation_type', String(ctx.body.conversation_type), 'The `conversation_type` field must be Group')
  const ids = bodyField(ctx, 'participant_ids')
  if (!Array.isArray(ids) || ids.length < 2 || ids.length > 49) throw invalidParam(ctx.generation, 'participant_ids', JSON.stringify(ids), 'The `participant_ids` field must have between 2 and 49 items')
  const participants = ids.map((id) => idParam(ctx, 'participant_ids', id))
  for (const id of participants) if (!ctx.state.users.get(id)) throw resourceNotFound(ctx.generation, 'user', 'participant_ids', id)
  const message = bodyField(ctx, 'message') as Record<string, unknown>
  const text = messageText(ctx, message ?? {})
  const now = ctx.state.now()
  const group: GroupConversation = { id: ctx.state.nextId().toString(), participants: [viewer, ...participants.filter((p) => p !== viewer)], events: [] }
  group.events.push({ id: ctx.state.nextId().toString(), sender: viewer, text: '', created_at: now, event_type: 'ParticipantsJoin' })
  const event = { id: ctx.state.nextId().toString(), sender: viewer, text, created_at: now, event_type: 'MessageCreate' as const }
  group.events.push(event)
  ctx.extras.groups.set(group.id, group)
  return { status: 201, body: { data: { dm_conversation_id: group.id, dm_event_id: event.id } } }
}

export const deleteDirectMessagesEvents: V2Handler = (ctx) => {
  const viewer = viewerOf(ctx)
  const id = idParam(ctx, 'event_id', ctx.path.event_id)
  const dm = ctx.state.dms.get(id)
  if (dm && (dm.sender === viewer || dm.recipient === viewer)) {
    if (dm.sender !== viewer) throw forbidden(ctx.generation, 'You can only delete messages you sent.')
    ctx.state.dms.delete(id)
    return { body: { data: { deleted: true } } }
  }
  for (const group of ctx.extras.groups.values()) {
    const at = group.events.findIndex((e) => e.id === id)
    if (at < 0 || !group.participants.includes(viewer)) continue
    if (group.events[at]!.sender !== viewer) throw forbidden(ctx.generation, 'You can only delete messages you sent.')
    group.events.splice(at, 1)
    return { body: { data: { deleted: true } } }
  }
  throw resourceNotFound(ctx.generation, 'dm_event', 'event_id', id)
}

export { dmObject }
