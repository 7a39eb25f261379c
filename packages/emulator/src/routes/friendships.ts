/** The follow graph: friends/followers ids and lists, friendships (create/destroy/show/lookup/update, pending, no_retweets), blocks and mutes. */
import { ApiError } from '../server/errors.js'
import type { UserRecord } from '../state/state.js'
import { bool, idsPage, namesOrIds, requireViewer, showUser, userFrom, userNotFound, usersPage, type Handler, type HandlerContext } from './common.js'

/** The `Relationship` shape of friendships/show and friendships/update. */
function relationship(ctx: HandlerContext, a: UserRecord, b: UserRecord): Record<string, unknown> {
  const { state } = ctx
  const ai = a.id.toString()
  const bi = b.id.toString()
  return {
    relationship: {
      source: { id: a.id, id_str: ai, screen_name: a.screen_name, following: state.isFollowing(ai, bi), followed_by: state.isFollowing(bi, ai), live_following: false, following_received: state.pendingIncoming.get(ai)?.has(bi) ?? false, following_requested: state.pendingIncoming.get(bi)?.has(ai) ?? false, notifications_enabled: false, can_dm: state.isFollowing(bi, ai), blocking: state.blocks.get(ai)?.has(bi) ?? false, blocked_by: state.blocks.get(bi)?.has(ai) ?? false, muting: state.mutes.get(ai)?.has(bi) ?? false, want_retweets: !(state.noRetweets.get(ai)?.has(bi) ?? false), all_replies: false, marked_spam: false },
      target: { id: b.id, id_str: bi, screen_name: b.screen_name, following: state.isFollowing(bi, ai), followed_by: state.isFollowing(ai, bi), following_received: state.pendingIncoming.get(bi)?.has(ai) ?? false, following_requested: state.pendingIncoming.get(ai)?.has(bi) ?? false },
    },
  }
}

const followingOf = (ctx: HandlerContext) => ctx.state.following.get(userFrom(ctx).id.toString()) ?? []
const followersOf = (ctx: HandlerContext) => ctx.state.followers.get(userFrom(ctx).id.toString()) ?? []
const me = (ctx: HandlerContext) => requireViewer(ctx).id.toString()

export const friendshipRoutes: Readonly<Record<string, Handler>> = {
  get_friends_ids: (ctx) => idsPage(ctx, followingOf(ctx)),
  get_followers_ids: (ctx) => idsPage(ctx, followersOf(ctx)),
  get_friends_list: (ctx) => usersPage(ctx, followingOf(ctx)),
  get_followers_list: (ctx) => usersPage(ctx, followersOf(ctx)),
  get_incoming_friendship_ids: (ctx) => idsPage(ctx, ctx.state.pendingIncoming.get(me(ctx)) ?? []),
  get_outgoing_friendship_ids(ctx) {
    const id = me(ctx)
    return idsPage(ctx, [...ctx.state.pendingIncoming].filter(([, from]) => from.has(id)).map(([to]) => to))
  },
  get_user_ids_of_blocked_retweets(ctx) {
    const ids = [...(ctx.state.noRetweets.get(me(ctx)) ?? [])]
    return bool(ctx, 'stringify_ids') ? ids : ids.map(BigInt)
  },
  lookup_friendships(ctx) {
    const viewer = me(ctx)
    const { state } = ctx
    return namesOrIds(ctx).map((u) => {
      const id = u.id.toString()
      const flags: [boolean, string][] = [
        [state.isFollowing(viewer, id), 'following'],
        [state.pendingIncoming.get(id)?.has(viewer) ?? false, 'following_requested'],
        [state.isFollowing(id, viewer), 'followed_by'],
        [state.blocks.get(viewer)?.has(id) ?? false, 'blocking'],
        [state.mutes.get(viewer)?.has(id) ?? false, 'muting'],
      ]
      const connections = flags.filter(([on]) => on).map(([, name]) => name)
      return { name: u.name, screen_name: u.screen_name, id: u.id, id_str: id, connections: connections.length ? connections : ['none'] }
    })
  },
  create_friendship(ctx) {
    const viewer = me(ctx)
    const target = userFrom(ctx, '', false)
    const id = target.id.toString()
    if (id === viewer) throw new ApiError(403, 158, "You can't follow yourself.")
    if (ctx.state.blocks.get(id)?.has(viewer)) throw new ApiError(403, 162, 'You have been blocked from following this account at the request of the user.')
    // A protected account gets a follow request instead of a follower.
    if (target.protected) ctx.state.toggle(ctx.state.pendingIncoming, id, viewer, true)
    else ctx.state.follow(viewer, id)
    return showUser(ctx, target)
  },
  destroy_friendship(ctx) {
    const target = userFrom(ctx, '', false)
    ctx.state.unfollow(me(ctx), target.id.toString())
    return showUser(ctx, target)
  },
  update_friendship(ctx) {
    const viewer = requireViewer(ctx)
    const target = userFrom(ctx, '', false)
    if (ctx.params.retweets !== undefined) ctx.state.toggle(ctx.state.noRetweets, viewer.id.toString(), target.id.toString(), !bool(ctx, 'retweets'))
    return relationship(ctx, viewer, target)
  },
  show_friendship(ctx) {
    const source = ctx.params.source_id || ctx.params.source_screen_name ? userFrom(ctx, 'source_', false) : requireViewer(ctx)
    const target = ctx.params.target_id ? ctx.state.users.get(ctx.params.target_id) : ctx.params.target_screen_name ? ctx.state.userByName(ctx.params.target_screen_name) : undefined
    if (!ctx.params.target_id && !ctx.params.target_screen_name) throw new ApiError(400, 25, 'Query parameters are missing: target_id or target_screen_name')
    if (!target) throw userNotFound()
    return relationship(ctx, source, target)
  },

  list_blocks: (ctx) => usersPage(ctx, ctx.state.blocks.get(me(ctx)) ?? []),
  list_block_ids: (ctx) => idsPage(ctx, ctx.state.blocks.get(me(ctx)) ?? []),
  create_block(ctx) {
    const viewer = me(ctx)
    const target = userFrom(ctx, '', false)
    const id = target.id.toString()
    ctx.state.toggle(ctx.state.blocks, viewer, id, true)
    // Blocking ends the follow in both directions.
    ctx.state.unfollow(viewer, id)
    ctx.state.unfollow(id, viewer)
    return showUser(ctx, target)
  },
  destroy_block(ctx) {
    const target = userFrom(ctx, '', false)
    ctx.state.toggle(ctx.state.blocks, me(ctx), target.id.toString(), false)
    return showUser(ctx, target)
  },
  list_mutes: (ctx) => usersPage(ctx, ctx.state.mutes.get(me(ctx)) ?? []),
  list_mute_ids: (ctx) => idsPage(ctx, ctx.state.mutes.get(me(ctx)) ?? []),
  create_mute(ctx) {
    const target = userFrom(ctx, '', false)
    if (target.id.toString() === me(ctx)) throw new ApiError(403, 271, "You can't mute yourself.")
    ctx.state.toggle(ctx.state.mutes, me(ctx), target.id.toString(), true)
    return showUser(ctx, target)
  },
  destroy_mute(ctx) {
    const target = userFrom(ctx, '', false)
    if (!ctx.state.mutes.get(me(ctx))?.has(target.id.toString())) throw new ApiError(403, 272, 'You are not muting the specified user.')
    ctx.state.toggle(ctx.state.mutes, me(ctx), target.id.toString(), false)
    return showUser(ctx, target)
  },
}
