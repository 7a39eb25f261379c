/** Lists: show, ownership, memberships and subscriptions, statuses, members and subscribers, and their changes. */
import { ApiError } from '../server/errors.js'
import type { ListRecord } from '../state/state.js'
import { listJson } from '../state/views.js'
import { cursored, listFrom, namesOrIds, requireViewer, showUser, timeline, userFrom, usersPage, type Handler, type HandlerContext } from './common.js'

const show = (ctx: HandlerContext, list: ListRecord) => listJson(ctx.state, list, ctx.viewer)

/** Private lists are visible to their owner only. */
function visible(ctx: HandlerContext, list: ListRecord): boolean {
  return list.mode === 'public' || list.owner === ctx.viewer
}

function readableList(ctx: HandlerContext): ListRecord {
  const list = listFrom(ctx)
  if (!visible(ctx, list)) throw new ApiError(404, 34, 'Sorry, that page does not exist')
  return list
}

function ownList(ctx: HandlerContext): ListRecord {
  const list = listFrom(ctx)
  if (list.owner !== requireViewer(ctx).id.toString()) throw new ApiError(403, 121, 'You may not modify a list you do not own.')
  return list
}

function lists(ctx: HandlerContext, filter: (l: ListRecord) => boolean): ListRecord[] {
  return [...ctx.state.lists.values()].filter((l) => filter(l) && visible(ctx, l))
}

const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'list'

export const listRoutes: Readonly<Record<string, Handler>> = {
  show_lists(ctx) {
    const user = userFrom(ctx).id.toString()
    // Owned lists first, then subscriptions, as Twitter orders them (with `reverse` flipping that).
    const found = [...lists(ctx, (l) => l.owner === user), ...lists(ctx, (l) => l.owner !== user && l.subscribers.has(user))]
    return (ctx.params.reverse === 'true' ? found.reverse() : found).map((l) => show(ctx, l))
  },
  show_owned_lists(ctx) {
    const user = userFrom(ctx).id.toString()
    return cursored(ctx, lists(ctx, (l) => l.owner === user), 'lists', 20, 1000, (l) => show(ctx, l))
  },
  get_list_memberships(ctx) {
    const user = userFrom(ctx).id.toString()
    return cursored(ctx, lists(ctx, (l) => l.members.has(user)), 'lists', 20, 1000, (l) => show(ctx, l))
  },
  get_list_subscriptions(ctx) {
    const user = userFrom(ctx).id.toString()
    return cursored(ctx, lists(ctx, (l) => l.subscribers.has(user)), 'lists', 20, 1000, (l) => show(ctx, l))
  },
  get_specific_list: (ctx) => show(ctx, readableList(ctx)),
  get_list_statuses(ctx) {
    const list = readableList(ctx)
    const noRts = ctx.params.include_rts === 'false'
    return timeline(ctx, ctx.state.sortedTweets((t) => list.members.has(t.user) && !(noRts && t.retweet_of)))
  },
  get_list_members: (ctx) => usersPage(ctx, readableList(ctx).members),
  get_list_subscribers: (ctx) => usersPage(ctx, readableList(ctx).subscribers),
  is_list_member(ctx) {
    const list = readableList(ctx)
    const user = userFrom(ctx, '', false)
    if (!list.members.has(user.id.toString())) throw new ApiError(404, 109, 'The specified user is not a member of this list.')
    return showUser(ctx, user)
  },
  is_list_subscriber(ctx) {
    const list = readableList(ctx)
    const user = userFrom(ctx, '', false)
    if (!list.subscribers.has(user.id.toString())) throw new ApiError(404, 109, 'The specified user is not a subscriber of this list.')
    return showUser(ctx, user)
  },
  create_list(ctx) {
    const owner = requireViewer(ctx).id.toString()
    const name = ctx.params.name ?? ''
    const base = slugOf(name)
    let slug = base
    for (let n = 2; [...ctx.state.lists.values()].some((l) => l.owner === owner && l.slug === slug); n++) slug = `${base}-${n}`
    const list: ListRecord = { id: ctx.state.nextId(), owner, name, slug, description: ctx.params.description ?? '', mode: ctx.params.mode === 'private' ? 'private' : 'public', created_at: ctx.state.now(), members: new Set(), subscribers: new Set() }
    ctx.state.lists.set(list.id.toString(), list)
    return show(ctx, list)
  },
  update_list(ctx) {
    const list = ownList(ctx)
    if (ctx.params.name) list.name = ctx.params.name
    if (ctx.params.description !== undefined) list.description = ctx.params.description
    if (ctx.params.mode === 'public' || ctx.params.mode === 'private') list.mode = ctx.params.mode
    return show(ctx, list)
  },
  delete_list(ctx) {
    const list = ownList(ctx)
    ctx.state.lists.delete(list.id.toString())
    return show(ctx, list)
  },
  add_list_member(ctx) {
    const list = ownList(ctx)
    list.members.add(userFrom(ctx, '', false).id.toString())
    return show(ctx, list)
  },
  delete_list_member(ctx) {
    const list = ownList(ctx)
    list.members.delete(userFrom(ctx, '', false).id.toString())
    return show(ctx, list)
  },
  create_list_members(ctx) {
    const list = ownList(ctx)
    for (const u of namesOrIds(ctx).slice(0, 100)) list.members.add(u.id.toString())
    return show(ctx, list)
  },
  delete_list_members(ctx) {
    const list = ownList(ctx)
    for (const u of namesOrIds(ctx).slice(0, 100)) list.members.delete(u.id.toString())
    return show(ctx, list)
  },
  subscribe_to_list(ctx) {
    const list = readableList(ctx)
    list.subscribers.add(requireViewer(ctx).id.toString())
    return show(ctx, list)
  },
  unsubscribe_from_list(ctx) {
    const list = readableList(ctx)
    list.subscribers.delete(requireViewer(ctx).id.toString())
    return show(ctx, list)
  },
}
