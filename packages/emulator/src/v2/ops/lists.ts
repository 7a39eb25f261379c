/**
 * Lists: create, update, delete, lookup; members and followers (subscribers in v1.1's words), followed,
 * pinned and owned lists, list memberships and list posts. A private list is visible to its owner only.
 */
import type { ListRecord, TweetRecord, UserRecord } from '../../state/state.js'
import { answer, bodyField, hydrator, idParam, page, postPage, requireSelf, single, userOr404, userPage, viewerOf, type V2Context, type V2Handler } from '../context.js'
import { paginate } from '../paginate.js'
import { forbidden, invalidParam, resourceNotFound } from '../problems.js'

const visible = (ctx: V2Context) => (l: ListRecord) => l.mode === 'public' || l.owner === ctx.viewer

function listOr404(ctx: V2Context, id: string, parameter = 'id'): ListRecord {
  const list = ctx.state.lists.get(id)
  if (!list || !visible(ctx)(list)) throw resourceNotFound(ctx.generation, 'list', parameter, id)
  return list
}

function ownList(ctx: V2Context, id: string): ListRecord {
  const list = listOr404(ctx, id)
  if (list.owner !== viewerOf(ctx)) throw forbidden(ctx.generation, 'You are not allowed to edit this List.')
  return list
}

function listName(ctx: V2Context, value: unknown): string {
  if (typeof value !== 'string' || value.length < 1 || value.length > 25) throw invalidParam(ctx.generation, 'name', String(value ?? ''), 'The `name` field must be between 1 and 25 characters')
  return value
}

const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'list'

export const createLists: V2Handler = (ctx) => {
  const owner = viewerOf(ctx)
  const name = listName(ctx, bodyField(ctx, 'name'))
  const description = typeof ctx.body.description === 'string' ? ctx.body.description : ''
  const list: ListRecord = { id: ctx.state.nextId(), owner, name, slug: slugOf(name), description, mode: ctx.body.private === true ? 'private' : 'public', created_at: ctx.state.now(), members: new Set(), subscribers: new Set() }
  ctx.state.lists.set(list.id.toString(), list)
  return { body: { data: { id: list.id.toString(), name } } }
}

export const updateLists: V2Handler = (ctx) => {
  const list = ownList(ctx, idParam(ctx, 'id', ctx.path.id))
  if (ctx.body.name !== undefined) {
    list.name = listName(ctx, ctx.body.name)
    list.slug = slugOf(list.name)
  }
  if (typeof ctx.body.description === 'string') list.description = ctx.body.description
  if (typeof ctx.body.private === 'boolean') list.mode = ctx.body.private ? 'private' : 'public'
  return { body: { data: { updated: true } } }
}

export const deleteLists: V2Handler = (ctx) => {
  const list = ownList(ctx, idParam(ctx, 'id', ctx.path.id))
  ctx.state.lists.delete(list.id.toString())
  for (const set of ctx.extras.pinnedLists.values()) set.delete(list.id.toString())
  return { body: { data: { deleted: true } } }
}

export const getListsById: V2Handler = (ctx) => single(ctx, idParam(ctx, 'id', ctx.path.id), 'list', 'id', (id) => ctx.state.lists.get(id), (h, l) => h.list(l), visible(ctx))

const users = (ctx: V2Context, ids: Iterable<string>) => [...ids].reverse().map((id) => ctx.state.users.get(id)).filter((u): u is UserRecord => u !== undefined)

export const getListsMembers: V2Handler = (ctx) => userPage(ctx, users(ctx, listOr404(ctx, idParam(ctx, 'id', ctx.path.id)).members))

export const getListsFollowers: V2Handler = (ctx) => userPage(ctx, users(ctx, listOr404(ctx, idParam(ctx, 'id', ctx.path.id)).subscribers))

export const addListsMember: V2Handler = (ctx) => {
  const list = ownList(ctx, idParam(ctx, 'id', ctx.path.id))
  const user = userOr404(ctx, idParam(ctx, 'user_id', bodyField(ctx, 'user_id')), 'user_id')
  list.members.add(user.id.toString())
  return { body: { data: { is_member: true } } }
}

export const removeListsMemberByUserId: V2Handler = (ctx) => {
  const list = ownList(ctx, idParam(ctx, 'id', ctx.path.id))
  list.members.delete(idParam(ctx, 'user_id', ctx.path.user_id))
  return { body: { data: { is_member: false } } }
}

/** Posts by the list's members, newest first. */
export const getListsPosts: V2Handler = (ctx) => {
  const list = listOr404(ctx, idParam(ctx, 'id', ctx.path.id))
  return postPage(ctx, ctx.state.sortedTweets((t: TweetRecord) => list.members.has(t.user)).slice(0, 800))
}

function listPage(ctx: V2Context, lists: readonly ListRecord[]) {
  const h = hydrator(ctx)
  const p = paginate(lists, (l) => l.id.toString(), page(ctx), ctx.generation)
  const meta: Record<string, unknown> = { result_count: p.items.length }
  if (p.next) meta.next_token = p.next
  if (p.previous) meta.previous_token = p.previous
  return { body: answer(p.items.map((l) => h.list(l)), h, meta) }
}

const newestFirst = (lists: Iterable<ListRecord>) => [...lists].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))

export const getUsersOwnedLists: V2Handler = (ctx) => {
  const user = userOr404(ctx, idParam(ctx, 'id', ctx.path.id))
  return listPage(ctx, newestFirst([...ctx.state.lists.values()].filter((l) => l.owner === user.id.toString() && visible(ctx)(l))))
}

export const getUsersFollowedLists: V2Handler = (ctx) => {
  const user = userOr404(ctx, idParam(ctx, 'id', ctx.path.id))
  return listPage(ctx, newestFirst([...ctx.state.lists.values()].filter((l) => l.subscribers.has(user.id.toString()) && visible(ctx)(l))))
}

export const getUsersListMemberships: V2Handler = (ctx) => {
  const user = userOr404(ctx, idParam(ctx, 'id', ctx.path.id))
  return listPage(ctx, newestFirst([...ctx.state.lists.values()].filter((l) => l.members.has(user.id.toString()) && visible(ctx)(l))))
}

export const followList: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'follow a List')
  const list = listOr404(ctx, idParam(ctx, 'list_id', bodyField(ctx, 'list_id')), 'list_id')
  list.subscribers.add(viewer)
  return { body: { data: { following: true } } }
}

export const unfollowList: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'unfollow a List')
  ctx.state.lists.get(idParam(ctx, 'list_id', ctx.path.list_id))?.subscribers.delete(viewer)
  return { body: { data: { following: false } } }
}

export const getUsersPinnedLists: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'view pinned Lists')
  const h = hydrator(ctx)
  const lists = [...(ctx.extras.pinnedLists.get(viewer) ?? [])].map((id) => ctx.state.lists.get(id)).filter((l): l is ListRecord => l !== undefined)
  const data = lists.map((l) => h.list(l))
  return { body: answer(data, h, { result_count: data.length }) }
}

export const pinList: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'pin a List')
  const list = listOr404(ctx, idParam(ctx, 'list_id', bodyField(ctx, 'list_id')), 'list_id')
  let set = ctx.extras.pinnedLists.get(viewer)
  if (!set) ctx.extras.pinnedLists.set(viewer, (set = new Set()))
  // X pins at most five Lists.
  if (!set.has(list.id.toString()) && set.size >= 5) throw forbidden(ctx.generation, 'You cannot pin more than 5 Lists.')
  set.add(list.id.toString())
  return { body: { data: { pinned: true } } }
}

export const unpinList: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'unpin a List')
  ctx.extras.pinnedLists.get(viewer)?.delete(idParam(ctx, 'list_id', ctx.path.list_id))
  return { body: { data: { pinned: false } } }
}
