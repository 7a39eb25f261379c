/**
 * Users: lookup by ids, usernames, id, `me`, search; followers and following (with follow/unfollow,
 * protected accounts answering `pending_follow`), blocking, muting. The follow graph, blocks and mutes are
 * the ones v1.1's friendships endpoints change.
 */
import type { UserRecord } from '../../state/state.js'
import { bodyField, hydrator, idList, idParam, lookup, requireSelf, single, userOr404, userPage, viewerOf, type V2Handler } from '../context.js'
import { forbidden, invalidParam } from '../problems.js'

const USERNAME = /^[A-Za-z0-9_]{1,15}$/

export const getUsersByIds: V2Handler = (ctx) => lookup(ctx, idList(ctx, 'ids'), 'user', 'ids', (id) => ctx.state.users.get(id), (h, u) => h.user(u))

export const getUsersByUsernames: V2Handler = (ctx) => lookup(ctx, idList(ctx, 'usernames', 100, USERNAME), 'user', 'usernames', (name) => ctx.state.userByName(name), (h, u) => h.user(u))

export const getUsersByUsername: V2Handler = (ctx) => {
  const name = ctx.path.username ?? ''
  if (!USERNAME.test(name)) throw invalidParam(ctx.generation, 'username', name, `The \`username\` path parameter value [${name}] does not match ^[A-Za-z0-9_]{1,15}$`)
  return single(ctx, name, 'user', 'username', (n) => ctx.state.userByName(n), (h, u) => h.user(u))
}

export const getUsersById: V2Handler = (ctx) => single(ctx, idParam(ctx, 'id', ctx.path.id), 'user', 'id', (id) => ctx.state.users.get(id), (h, u) => h.user(u))

export const getUsersMe: V2Handler = (ctx) => {
  const viewer = viewerOf(ctx)
  const h = hydrator(ctx)
  const data = h.user(ctx.state.users.get(viewer)!)
  const includes = h.includes()
  return { body: includes ? { data, includes } : { data } }
}

/** Users whose name, username or description contains every word of the query. */
export const searchUsers: V2Handler = (ctx) => {
  const query = (ctx.query.get('query') ?? '').trim()
  if (query === '') throw invalidParam(ctx.generation, 'query', query, 'The `query` query parameter can not be empty')
  const words = query.toLowerCase().split(/\s+/)
  const matches = [...ctx.state.users.values()].filter((u) => {
    const hay = `${u.screen_name} ${u.name} ${u.description}`.toLowerCase()
    return words.every((w) => hay.includes(w.replace(/^@/, '')))
  })
  return userPage(ctx, matches)
}

/** Newest relation first, as X lists followers. */
const usersOf = (ctx: Parameters<V2Handler>[0], ids: Iterable<string> | undefined): UserRecord[] =>
  [...(ids ?? [])].reverse().map((id) => ctx.state.users.get(id)).filter((u): u is UserRecord => u !== undefined)

export const getUsersFollowers: V2Handler = (ctx) => userPage(ctx, usersOf(ctx, ctx.state.followers.get(userOr404(ctx, idParam(ctx, 'id', ctx.path.id)).id.toString())))

export const getUsersFollowing: V2Handler = (ctx) => userPage(ctx, usersOf(ctx, ctx.state.following.get(userOr404(ctx, idParam(ctx, 'id', ctx.path.id)).id.toString())))

export const followUser: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'follow a user')
  const target = ctx.state.users.get(idParam(ctx, 'target_user_id', bodyField(ctx, 'target_user_id')))
  if (!target) throw forbidden(ctx.generation, 'You are not permitted to follow this user.')
  const id = target.id.toString()
  if (id === viewer) throw forbidden(ctx.generation, 'You cannot follow yourself.')
  if (ctx.state.blocks.get(id)?.has(viewer)) throw forbidden(ctx.generation, 'You cannot follow an account that has blocked you.')
  if (target.protected && !ctx.state.isFollowing(viewer, id)) {
    let pending = ctx.state.pendingIncoming.get(id)
    if (!pending) ctx.state.pendingIncoming.set(id, (pending = new Set()))
    pending.add(viewer)
    return { body: { data: { following: false, pending_follow: true } } }
  }
  ctx.state.follow(viewer, id)
  return { body: { data: { following: true, pending_follow: false } } }
}

export const unfollowUser: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'source_user_id', 'unfollow a user')
  const target = idParam(ctx, 'target_user_id', ctx.path.target_user_id)
  ctx.state.unfollow(viewer, target)
  ctx.state.pendingIncoming.get(target)?.delete(viewer)
  return { body: { data: { following: false } } }
}

export const getUsersBlocking: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'view blocked accounts')
  return userPage(ctx, usersOf(ctx, ctx.state.blocks.get(viewer)))
}

export const getUsersMuting: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'view muted accounts')
  return userPage(ctx, usersOf(ctx, ctx.state.mutes.get(viewer)))
}

export const muteUser: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'mute a user')
  const target = ctx.state.users.get(idParam(ctx, 'target_user_id', bodyField(ctx, 'target_user_id')))
  if (!target || target.id.toString() === viewer) throw forbidden(ctx.generation, 'You are not permitted to mute this user.')
  ctx.state.toggle(ctx.state.mutes, viewer, target.id.toString(), true)
  return { body: { data: { muting: true } } }
}

export const unmuteUser: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'source_user_id', 'unmute a user')
  ctx.state.toggle(ctx.state.mutes, viewer, idParam(ctx, 'target_user_id', ctx.path.target_user_id), false)
  return { body: { data: { muting: false } } }
}
