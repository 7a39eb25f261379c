/**
 * Posts: lookup, create (reply, quote, media, poll, place), delete, hide replies, the timelines, search and
 * counts, likes, reposts, quotes and bookmarks, all on the one state v1.1 reads (a like here is a favorite
 * there, a repost a retweet).
 */
import { extractEntities } from '../../state/entities.js'
import type { MediaRecord, TweetRecord } from '../../state/state.js'
import { mediaFromUpload } from '../store.js'
import {
  answer, bodyField, canSee, excluded, idList, idParam, lookup, postOr404, postPage, requireSelf, single, userOr404, userPage, viewerOf, windowed,
  type V2Answer, type V2Context, type V2Handler,
} from '../context.js'
import { invalidParam, forbidden, invalidRequest } from '../problems.js'
import { compileQuery, QuerySyntaxError, type Matcher } from '../query.js'

const visiblePost = (ctx: V2Context) => (t: TweetRecord) => canSee(ctx, t.user)

export const getPostsByIds: V2Handler = (ctx) =>
  lookup(ctx, idList(ctx, 'ids'), 'tweet', 'ids', (id) => ctx.state.tweets.get(id), (h, t) => h.post(t), visiblePost(ctx))

export const getPostsById: V2Handler = (ctx) =>
  single(ctx, idParam(ctx, 'id', ctx.path.id), 'tweet', 'id', (id) => ctx.state.tweets.get(id), (h, t) => h.post(t), visiblePost(ctx))

/** X counts weighted characters; the emulator counts code points, with links as 23 (t.co length). */
function tweetLength(text: string): number {
  return Array.from(text.replace(/\bhttps?:\/\/\S+/gi, 'x'.repeat(23))).length
}

export const createPosts: V2Handler = (ctx) => {
  const viewer = viewerOf(ctx)
  const g = ctx.generation
  const body = ctx.body
  const text = typeof body.text === 'string' && body.text !== '' ? body.text : undefined
  const reply = body.reply as { in_reply_to_tweet_id?: unknown } | undefined
  const media = body.media as { media_ids?: unknown; tagged_user_ids?: unknown } | undefined
  const poll = body.poll as { options?: unknown; duration_minutes?: unknown } | undefined
  const geo = body.geo as { place_id?: unknown } | undefined
  const quote = body.quote_tweet_id
  if (text === undefined && !media && !poll && quote === undefined) throw invalidRequest(g, 'Post text is empty.', { text: [''] })
  if (media && poll) throw invalidRequest(g, 'Only one of media or poll may be attached to a Post.', { media: ['media'], poll: ['poll'] })
  if (quote !== undefined && (media || poll)) throw invalidRequest(g, 'A quote Post can not have media or a poll attached.', { quote_tweet_id: [String(quote)] })
  if (text !== undefined && tweetLength(text) > 280) throw forbidden(g, 'You are not permitted to perform this action.')
  const extras = ctx.extras
  let inReplyTo: string | undefined
  if (reply) {
    inReplyTo = idParam(ctx, 'in_reply_to_tweet_id', reply.in_reply_to_tweet_id)
    const parent = ctx.state.tweets.get(inReplyTo)
    if (!parent || !canSee(ctx, parent.user)) throw forbidden(g, 'Reply to a Post that is deleted or not visible to you.')
  }
  let quoted: TweetRecord | undefined
  if (quote !== undefined) {
    quoted = ctx.state.tweets.get(idParam(ctx, 'quote_tweet_id', quote))
    if (!quoted || !canSee(ctx, quoted.user)) throw forbidden(g, 'Quoting a Post that is deleted or not visible to you.')
  }
  let uploads: MediaRecord[] | undefined
  if (media) {
    const ids = media.media_ids
    if (!Array.isArray(ids) || ids.length < 1 || ids.length > 4) throw invalidRequest(g, 'media.media_ids must have between 1 and 4 items.', { 'media.media_ids': [JSON.stringify(ids ?? null)] })
    // Uploaded through v1.1 media/upload or v2 /2/media/upload (one store): the caller's, finished and processed.
    uploads = ids.map((id) => {
      const mediaId = idParam(ctx, 'media.media_ids', id)
      const found = ctx.uploads.attachable(mediaId, viewer)
      if ('refused' in found) throw invalidRequest(g, 'Your media IDs are invalid.', { 'media.media_ids': [mediaId] })
      return { id: found.id, kind: found.kind, mediaType: found.mediaType, category: found.category, w: found.w, h: found.h, durationMs: found.durationMs }
    })
  }
  let pollId: string | undefined
  if (poll) {
    const options = poll.options
    const minutes = poll.duration_minutes
    if (!Array.isArray(options) || options.length < 2 || options.length > 4 || !options.every((o) => typeof o === 'string' && o.length >= 1 && o.length <= 25)) {
      throw invalidRequest(g, 'poll.options must have between 2 and 4 items of 1 to 25 characters.', { 'poll.options': [JSON.stringify(options ?? null)] })
    }
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 5 || minutes > 10080) throw invalidRequest(g, 'poll.duration_minutes must be between 5 and 10080.', { 'poll.duration_minutes': [String(minutes)] })
    pollId = ctx.state.nextId().toString()
    const now = ctx.state.now()
    extras.polls.set(pollId, { id: pollId, options: (options as string[]).map((label, i) => ({ position: i + 1, label, votes: 0 })), duration_minutes: minutes, end: new Date(now.getTime() + minutes * 60_000) })
  }
  let placeId: string | undefined
  if (geo?.place_id !== undefined) {
    placeId = String(geo.place_id)
    if (!extras.places.has(placeId)) throw invalidRequest(g, `Place ${placeId} does not exist.`, { 'geo.place_id': [placeId] })
  }
  const replySetting = body.reply_settings
  if (replySetting !== undefined && !['following', 'mentionedUsers', 'subscribers', 'verified'].includes(String(replySetting))) {
    throw invalidRequest(g, `reply_settings [${String(replySetting)}] is not one of [following,mentionedUsers,subscribers,verified]`, { reply_settings: [String(replySetting)] })
  }
  // X refuses the same text twice in a row from one account (v1.1 code 187's v2 form).
  const raw = text ?? ''
  if (raw !== '') {
    const last = ctx.state.sortedTweets((t) => t.user === viewer && !t.retweet_of)[0]
    if (last && last.text === extractEntities(raw, (name) => ctx.state.userByName(name)).text) throw forbidden(g, 'You are not allowed to create a Tweet with duplicate content.')
  }
  const post = ctx.state.postTweet(viewer, raw, { inReplyTo, ...(uploads ? { media: uploads } : {}) })
  const id = post.id.toString()
  if (quoted) extras.quotes.set(id, quoted.id.toString())
  if (uploads) {
    const keys = uploads.map((u) => mediaFromUpload(u))
    for (const m of keys) if (!extras.media.has(m.media_key)) extras.media.set(m.media_key, m)
    extras.postMedia.set(id, keys.map((m) => m.media_key))
  }
  if (pollId) extras.postPoll.set(id, pollId)
  if (placeId) extras.postPlace.set(id, placeId)
  if (replySetting !== undefined) extras.replySettings.set(id, String(replySetting))
  return { status: 201, body: { data: { id, text: post.text, edit_history_post_ids: [id] } } }
}

export const deletePosts: V2Handler = (ctx) => {
  const viewer = viewerOf(ctx)
  const post = postOr404(ctx, idParam(ctx, 'id', ctx.path.id))
  if (post.user !== viewer) throw forbidden(ctx.generation, 'You are not authorized to delete this Tweet.')
  const id = post.id.toString()
  ctx.state.tweets.delete(id)
  ctx.state.emit({ kind: 'delete', tweet: post, at: ctx.state.now() })
  for (const u of ctx.state.users.values()) u.favourites.delete(id)
  for (const set of ctx.extras.bookmarks.values()) set.delete(id)
  ctx.extras.quotes.delete(id)
  return { body: { data: { deleted: true } } }
}

export const hidePostsReply: V2Handler = (ctx) => {
  const viewer = viewerOf(ctx)
  const post = postOr404(ctx, idParam(ctx, 'tweet_id', ctx.path.tweet_id), 'tweet_id')
  const hidden = bodyField(ctx, 'hidden')
  if (typeof hidden !== 'boolean') throw invalidParam(ctx.generation, 'hidden', String(hidden), 'The `hidden` field must be a boolean')
  if (!post.in_reply_to) throw forbidden(ctx.generation, 'You can only hide or unhide replies.')
  // Only the author of the conversation's root may hide replies in it.
  const rootId = conversationRoot(ctx, post)
  if (ctx.state.tweets.get(rootId)?.user !== viewer) throw forbidden(ctx.generation, 'You can only hide or unhide replies to conversations you authored.')
  if (hidden) ctx.extras.hidden.add(post.id.toString())
  else ctx.extras.hidden.delete(post.id.toString())
  return { body: { data: { hidden } } }
}

function conversationRoot(ctx: V2Context, post: TweetRecord): string {
  let current = post
  while (current.in_reply_to) {
    const parent = ctx.state.tweets.get(current.in_reply_to.status.toString())
    if (!parent) return current.in_reply_to.status.toString()
    current = parent
  }
  return current.id.toString()
}

/** A user's posts, the most recent 3200, as X keeps them reachable. */
export const getUsersPosts: V2Handler = (ctx) => {
  const user = userOr404(ctx, idParam(ctx, 'id', ctx.path.id))
  const id = user.id.toString()
  if (!canSee(ctx, id)) return protectedAnswer(ctx, id)
  const drop = excluded(ctx)
  return postPage(ctx, windowed(ctx, (t) => t.user === id && !drop(t)).slice(0, 3200))
}

export const getUsersMentions: V2Handler = (ctx) => {
  const user = userOr404(ctx, idParam(ctx, 'id', ctx.path.id))
  const id = user.id.toString()
  return postPage(ctx, windowed(ctx, (t) => t.entities.user_mentions.some((m) => m.id_str === id) && canSee(ctx, t.user)).slice(0, 800))
}

/** Home timeline, reverse-chronological: the caller's and followed accounts' posts, muted accounts left out. */
export const getUsersTimeline: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'view the home timeline')
  const following = ctx.state.following.get(viewer) ?? new Set<string>()
  const muted = ctx.state.mutes.get(viewer) ?? new Set<string>()
  const drop = excluded(ctx)
  return postPage(ctx, windowed(ctx, (t) => (t.user === viewer || following.has(t.user)) && !muted.has(t.user) && !drop(t)).slice(0, 3200))
}

/** Reposts of the caller's posts. */
export const getUsersRepostsOfMe: V2Handler = (ctx) => {
  const viewer = viewerOf(ctx)
  return postPage(ctx, ctx.state.sortedTweets((t) => t.retweet_of !== undefined && ctx.state.tweets.get(t.retweet_of)?.user === viewer))
}

function protectedAnswer(ctx: V2Context, userId: string): V2Answer {
  return { body: { errors: [{ value: userId, detail: `Sorry, you are not authorized to see the user with id: [${userId}].`, title: 'Authorization Error', resource_type: 'user', parameter: 'id', resource_id: userId, section: 'data', type: `${ctx.generation === '2.159' ? 'https://api.twitter.com' : 'https://api.x.com'}/2/problems/not-authorized-for-resource` }] } }
}

function matcherOf(ctx: V2Context): Matcher {
  const query = ctx.query.get('query') ?? ''
  if (query.length === 0 || query.length > 4096) throw invalidParam(ctx.generation, 'query', query, `The \`query\` query parameter value [${query}] must be between 1 and 4096 characters`)
  try {
    return compileQuery(ctx.state, query)
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error
    throw invalidParam(ctx.generation, 'query', query, `There were errors processing your request: ${error.message} (at position 1)`)
  }
}

export const searchPostsRecent: V2Handler = (ctx) => {
  const match = matcherOf(ctx)
  return postPage(ctx, windowed(ctx, (t) => match(t) && canSee(ctx, t.user)))
}

export const searchPostsAll = searchPostsRecent

const BUCKET_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const

/** Counts per bucket over the window (the last 7 days, or `start_time`..`end_time`), oldest first. */
export const getPostsCountsRecent: V2Handler = (ctx) => {
  const match = matcherOf(ctx)
  const granularity = ctx.query.get('granularity') ?? 'hour'
  if (!(granularity in BUCKET_MS)) throw invalidParam(ctx.generation, 'granularity', granularity, `The \`granularity\` query parameter value [${granularity}] is not one of [minute,hour,day]`)
  const size = BUCKET_MS[granularity as keyof typeof BUCKET_MS]
  const now = ctx.state.now().getTime()
  const posts = windowed(ctx, (t) => match(t) && canSee(ctx, t.user))
  const endParam = ctx.query.get('end_time')
  const startParam = ctx.query.get('start_time')
  const end = endParam ? Date.parse(endParam) : now
  const start = startParam ? Date.parse(startParam) : ctx.operationId === 'getPostsCountsAll' ? end - 30 * 86_400_000 : end - 7 * 86_400_000
  const first = Math.floor(start / size) * size
  const buckets: { start: string; end: string; post_count: number }[] = []
  for (let from = first; from < end && buckets.length < 50_000; from += size) {
    const to = from + size
    const count = posts.filter((t) => t.created_at.getTime() >= Math.max(from, start) && t.created_at.getTime() < Math.min(to, end)).length
    buckets.push({ start: new Date(Math.max(from, start)).toISOString(), end: new Date(Math.min(to, end)).toISOString(), post_count: count })
  }
  const total = buckets.reduce((n, b) => n + b.post_count, 0)
  return { body: answer(buckets, undefined, { total_post_count: total }) }
}

export const getPostsCountsAll = getPostsCountsRecent

export const getPostsLikingUsers: V2Handler = (ctx) => {
  const post = postOr404(ctx, idParam(ctx, 'id', ctx.path.id))
  const id = post.id.toString()
  return userPage(ctx, [...ctx.state.users.values()].filter((u) => u.favourites.has(id)).reverse())
}

export const getUsersLikedPosts: V2Handler = (ctx) => {
  const user = userOr404(ctx, idParam(ctx, 'id', ctx.path.id))
  // Most recently liked first: favourites keep insertion order.
  const liked = [...user.favourites].reverse().map((id) => ctx.state.tweets.get(id)).filter((t): t is TweetRecord => t !== undefined && canSee(ctx, t.user))
  return postPage(ctx, liked)
}

export const likePost: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'like a Post')
  const post = ctx.state.tweets.get(idParam(ctx, 'tweet_id', bodyField(ctx, 'tweet_id')))
  if (!post || !canSee(ctx, post.user)) throw forbidden(ctx.generation, 'You are not allowed to like this Post.')
  const likes = ctx.state.users.get(viewer)!.favourites
  if (!likes.has(post.id.toString())) {
    likes.add(post.id.toString())
    ctx.state.emit({ kind: 'like', userId: viewer, tweet: post, at: ctx.state.now() })
  }
  return { body: { data: { liked: true } } }
}

export const unlikePost: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'unlike a Post')
  const id = idParam(ctx, 'tweet_id', ctx.path.tweet_id)
  const post = ctx.state.tweets.get(id)
  if (ctx.state.users.get(viewer)!.favourites.delete(id) && post) ctx.state.emit({ kind: 'unlike', userId: viewer, tweet: post, at: ctx.state.now() })
  return { body: { data: { liked: false } } }
}

export const getPostsRepostedBy: V2Handler = (ctx) => {
  const post = postOr404(ctx, idParam(ctx, 'id', ctx.path.id))
  const ids = ctx.state.sortedTweets((t) => t.retweet_of === post.id.toString()).map((t) => t.user)
  return userPage(ctx, [...new Set(ids)].map((id) => ctx.state.users.get(id)!).filter(Boolean))
}

export const getPostsReposts: V2Handler = (ctx) => {
  const post = postOr404(ctx, idParam(ctx, 'id', ctx.path.id))
  return postPage(ctx, ctx.state.sortedTweets((t) => t.retweet_of === post.id.toString()))
}

export const repostPost: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'repost a Post')
  const original = ctx.state.tweets.get(idParam(ctx, 'tweet_id', bodyField(ctx, 'tweet_id')))
  if (!original || !canSee(ctx, original.user)) throw forbidden(ctx.generation, 'You are not allowed to repost this Post.')
  const target = original.retweet_of ? (ctx.state.tweets.get(original.retweet_of) ?? original) : original
  const targetId = target.id.toString()
  if (ctx.state.users.get(target.user)?.protected && target.user !== viewer) throw forbidden(ctx.generation, 'You cannot repost a protected Post.')
  const existing = ctx.state.sortedTweets((t) => t.user === viewer && t.retweet_of === targetId)[0]
  const author = ctx.state.users.get(target.user)!
  const repost = existing ?? ctx.state.postTweet(viewer, `RT @${author.screen_name}: ${unescape(target.text)}`, { retweetOf: targetId })
  return { body: { data: { rest_id: repost.id.toString(), retweeted: true, id: repost.id.toString() } } }
}

/** The stored text is HTML-escaped; posting it again must not escape twice. */
function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
}

export const unrepostPost: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'undo a repost')
  const source = idParam(ctx, 'source_tweet_id', ctx.path.source_tweet_id)
  for (const t of ctx.state.sortedTweets((x) => x.user === viewer && x.retweet_of === source)) ctx.state.tweets.delete(t.id.toString())
  return { body: { data: { retweeted: false } } }
}

export const getPostsQuotedPosts: V2Handler = (ctx) => {
  const post = postOr404(ctx, idParam(ctx, 'id', ctx.path.id))
  const id = post.id.toString()
  const drop = excluded(ctx)
  return postPage(ctx, ctx.state.sortedTweets((t) => ctx.extras.quotes.get(t.id.toString()) === id && canSee(ctx, t.user) && !drop(t)))
}

export const getUsersBookmarks: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'view bookmarks')
  const ids = [...(ctx.extras.bookmarks.get(viewer) ?? [])].reverse()
  return postPage(ctx, ids.map((id) => ctx.state.tweets.get(id)).filter((t): t is TweetRecord => t !== undefined))
}

export const createUsersBookmark: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'bookmark a Post')
  const post = ctx.state.tweets.get(idParam(ctx, 'tweet_id', bodyField(ctx, 'tweet_id')))
  if (!post || !canSee(ctx, post.user)) throw forbidden(ctx.generation, 'You are not allowed to bookmark this Post.')
  let set = ctx.extras.bookmarks.get(viewer)
  if (!set) ctx.extras.bookmarks.set(viewer, (set = new Set()))
  set.delete(post.id.toString())
  set.add(post.id.toString())
  return { body: { data: { bookmarked: true } } }
}

export const deleteUsersBookmark: V2Handler = (ctx) => {
  const viewer = requireSelf(ctx, 'id', 'remove a bookmark')
  ctx.extras.bookmarks.get(viewer)?.delete(idParam(ctx, 'tweet_id', ctx.path.tweet_id))
  return { body: { data: { bookmarked: false } } }
}
