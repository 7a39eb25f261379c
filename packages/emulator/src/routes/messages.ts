/** Legacy direct messages (list, sent, show, new, destroy) and saved searches. */
import { ApiError } from '../server/errors.js'
import { extractEntities } from '../state/entities.js'
import type { DirectMessageRecord, SavedSearchRecord } from '../state/state.js'
import { dmJson, savedSearchJson } from '../state/views.js'
import { int, pageNotFound, requireViewer, userFrom, type Handler, type HandlerContext } from './common.js'

/** Messages matching `filter`, newest first, paged by count / since_id / max_id. */
function dmTimeline(ctx: HandlerContext, filter: (dm: DirectMessageRecord) => boolean): unknown[] {
  const since = ctx.params.since_id ? BigInt(ctx.params.since_id) : undefined
  const max = ctx.params.max_id ? BigInt(ctx.params.max_id) : undefined
  const count = int(ctx, 'count', 20, 200)
  const page = int(ctx, 'page', 1, 1000)
  return [...ctx.state.dms.values()]
    .filter((dm) => filter(dm) && (since === undefined || dm.id > since) && (max === undefined || dm.id <= max))
    .sort((a, b) => (a.id < b.id ? 1 : -1))
    .slice((page - 1) * count, page * count)
    .map((dm) => dmJson(ctx.state, dm, ctx.viewer))
}

function ownMessage(ctx: HandlerContext): DirectMessageRecord {
  const me = requireViewer(ctx).id.toString()
  const dm = ctx.state.dms.get(ctx.params.id ?? '')
  if (!dm || (dm.sender !== me && dm.recipient !== me)) throw pageNotFound()
  return dm
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
