/** Tweets: timelines, show/lookup, update/destroy, retweets (and unretweet), favorites, oEmbed and search. */
import { ApiError } from '../server/errors.js'
import { extractEntities } from '../state/entities.js'
import type { TweetRecord } from '../state/state.js'
import { tweetJson } from '../state/views.js'
import { bool, idsPage, int, mediaFrom, requireViewer, showTweet, timeline, tweetFrom, tweetNotFound, tweetOptions, userFrom, type Handler, type HandlerContext } from './common.js'

function post(ctx: HandlerContext): TweetRecord {
  const me = requireViewer(ctx).id.toString()
  const status = ctx.params.status ?? ''
  if (Array.from(status).length > 280) throw new ApiError(403, 186, 'Tweet needs to be a bit shorter.')
  const text = extractEntities(status, () => undefined).text
  // Twitter refuses a text the account already posted (links compare as links, whatever their t.co form).
  const bare = stripLinks(text)
  // A tweet of media alone (no text) is never a duplicate.
  if (bare !== '') for (const t of ctx.state.tweets.values()) if (t.user === me && !t.retweet_of && stripLinks(t.text) === bare) throw new ApiError(403, 187, 'Status is a duplicate.')
  if (ctx.params.in_reply_to_status_id && !ctx.state.tweets.has(ctx.params.in_reply_to_status_id)) throw tweetNotFound()
  const media = mediaFrom(ctx, ctx.params.media_ids)
  return ctx.state.postTweet(me, status, { inReplyTo: ctx.params.in_reply_to_status_id, media })
}

const stripLinks = (s: string) => s.replace(/https?:\/\/\S+/g, '<link>')

export const tweetRoutes: Readonly<Record<string, Handler>> = {
  get_home_timeline(ctx) {
    const me = requireViewer(ctx).id.toString()
    const authors = new Set([me, ...(ctx.state.following.get(me) ?? [])])
    const muted = ctx.state.mutes.get(me)
    const noRts = ctx.state.noRetweets.get(me)
    const excludeReplies = bool(ctx, 'exclude_replies')
    return timeline(ctx, ctx.state.sortedTweets((t) => authors.has(t.user) && !muted?.has(t.user) && !(t.retweet_of && noRts?.has(t.user)) && !(excludeReplies && t.in_reply_to)))
  },
  get_user_timeline(ctx) {
    const user = userFrom(ctx).id.toString()
    const noRts = ctx.params.include_rts === 'false' || ctx.params.include_rts === '0'
    const excludeReplies = bool(ctx, 'exclude_replies')
    return timeline(ctx, ctx.state.sortedTweets((t) => t.user === user && !(noRts && t.retweet_of) && !(excludeReplies && t.in_reply_to)))
  },
  get_mentions_timeline(ctx) {
    const me = requireViewer(ctx).id.toString()
    return timeline(ctx, ctx.state.sortedTweets((t) => !t.retweet_of && t.entities.user_mentions.some((m) => m.id_str === me)))
  },
  retweeted_of_me(ctx) {
    const me = requireViewer(ctx).id.toString()
    return timeline(ctx, ctx.state.sortedTweets((t) => t.user === me && !t.retweet_of && ctx.state.retweetsOf(t.id.toString()).length > 0))
  },
  show_status: (ctx) => showTweet(ctx, tweetFrom(ctx)),
  lookup_status(ctx) {
    const ids = (ctx.params.id ?? '').split(',').filter(Boolean).slice(0, 100)
    const found = ids.map((id) => ctx.state.tweets.get(id))
    if (bool(ctx, 'map')) return { id: Object.fromEntries(ids.map((id, i) => [id, found[i] ? showTweet(ctx, found[i]) : null])) }
    return found.filter((t): t is TweetRecord => t !== undefined).map((t) => showTweet(ctx, t))
  },
  update_status: (ctx) => showTweet(ctx, post(ctx)),
  // The server turned the media part into an upload named by media_ids; the tweet carries it as a photo.
  update_status_with_media: (ctx) => showTweet(ctx, post(ctx)),
  destroy_status(ctx) {
    const me = requireViewer(ctx).id.toString()
    const tweet = tweetFrom(ctx)
    if (tweet.user !== me) throw new ApiError(403, 183, "You may not delete another user's status.")
    const json = showTweet(ctx, tweet)
    ctx.state.tweets.delete(tweet.id.toString())
    ctx.state.emit({ kind: 'delete', tweet, at: ctx.state.now() })
    for (const rt of ctx.state.retweetsOf(tweet.id.toString())) ctx.state.tweets.delete(rt.id.toString())
    return json
  },
  retweet(ctx) {
    const me = requireViewer(ctx).id.toString()
    let original = tweetFrom(ctx)
    // Retweeting a retweet retweets the original, as on Twitter.
    if (original.retweet_of) original = ctx.state.tweets.get(original.retweet_of) ?? original
    const id = original.id.toString()
    if (ctx.state.retweetsOf(id).some((t) => t.user === me)) throw new ApiError(403, 327, 'You have already retweeted this Tweet.')
    const author = ctx.state.users.get(original.user)!
    const rt = ctx.state.postTweet(me, `RT @${author.screen_name}: ${original.text}`, { retweetOf: id })
    return showTweet(ctx, rt)
  },
  unretweet(ctx) {
    const me = requireViewer(ctx).id.toString()
    let original = tweetFrom(ctx)
    if (original.retweet_of) original = ctx.state.tweets.get(original.retweet_of) ?? original
    const mine = ctx.state.retweetsOf(original.id.toString()).find((t) => t.user === me)
    if (mine) ctx.state.tweets.delete(mine.id.toString())
    return showTweet(ctx, original)
  },
  get_retweets(ctx) {
    const id = tweetFrom(ctx).id.toString()
    return timeline(ctx, ctx.state.sortedTweets((t) => t.retweet_of === id), 100, 100)
  },
  get_retweeters_ids(ctx) {
    const id = tweetFrom(ctx).id.toString()
    return idsPage(ctx, ctx.state.sortedTweets((t) => t.retweet_of === id).map((t) => t.user))
  },
  get_oembed_tweet(ctx) {
    const tweet = ctx.params.id ? ctx.state.tweets.get(ctx.params.id) : [...ctx.state.tweets.values()].find((t) => /\/status(?:es)?\/(\d+)/.exec(ctx.params.url ?? '')?.[1] === t.id.toString())
    if (!tweet) throw tweetNotFound()
    const author = ctx.state.users.get(tweet.user)!
    const url = `https://twitter.com/${author.screen_name}/status/${tweet.id}`
    const date = tweet.created_at.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
    const script = bool(ctx, 'omit_script') ? '' : '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n'
    const maxWidth = int(ctx, 'maxwidth', 550, 550)
    return {
      url,
      author_name: author.name,
      author_url: `https://twitter.com/${author.screen_name}`,
      html: `<blockquote class="twitter-tweet"${maxWidth !== 550 ? ` data-width="${maxWidth}"` : ''}><p lang="${tweet.lang}" dir="ltr">${tweet.text}</p>&mdash; ${author.name} (@${author.screen_name}) <a href="${url}?ref_src=twsrc%5Etfw">${date}</a></blockquote>\n${script}`,
      width: maxWidth,
      height: null,
      type: 'rich',
      cache_age: '3153600000',
      provider_name: 'Twitter',
      provider_url: 'https://twitter.com',
      version: '1.0',
    }
  },
  search(ctx) {
    const q = ctx.params.q ?? ''
    const count = int(ctx, 'count', 15, 100)
    const since = ctx.params.since_id ? BigInt(ctx.params.since_id) : undefined
    const max = ctx.params.max_id ? BigInt(ctx.params.max_id) : undefined
    const resultType = ctx.params.result_type ?? 'mixed'
    let all = ctx.state.sortedTweets((t) => !t.retweet_of && matches(ctx, t, q) && (since === undefined || t.id > since) && (max === undefined || t.id <= max))
    // "popular" keeps tweets someone retweeted or liked; "mixed" puts those first among the newest.
    const engagement = (t: TweetRecord) => ctx.state.retweetsOf(t.id.toString()).length + [...ctx.state.users.values()].filter((u) => u.favourites.has(t.id.toString())).length
    if (resultType === 'popular') all = all.filter((t) => engagement(t) > 0)
    const page = all.slice(0, count)
    const encoded = encodeURIComponent(q)
    const newest = page[0]?.id ?? since ?? 0n
    const metadata: Record<string, unknown> = {
      completed_in: 0.017,
      max_id: newest,
      max_id_str: newest.toString(),
      query: encoded,
      refresh_url: `?since_id=${newest}&q=${encoded}&result_type=${resultType}&include_entities=1`,
      count,
      since_id: since ?? 0n,
      since_id_str: (since ?? 0n).toString(),
    }
    const last = page[page.length - 1]
    if (last && all.length > count) metadata.next_results = `?max_id=${last.id - 1n}&q=${encoded}&count=${count}&include_entities=1&result_type=${resultType}`
    const options = { ...tweetOptions(ctx) }
    return {
      statuses: page.map((t) => tweetJson(ctx.state, t, ctx.viewer, { ...options, searchResultType: resultType === 'popular' || (resultType === 'mixed' && engagement(t) > 0) ? 'popular' : 'recent' })),
      search_metadata: metadata,
    }
  },

  get_favorites(ctx) {
    const user = userFrom(ctx)
    return timeline(ctx, ctx.state.sortedTweets((t) => user.favourites.has(t.id.toString())))
  },
  create_favorite(ctx) {
    const me = requireViewer(ctx)
    const tweet = tweetFrom(ctx)
    if (me.favourites.has(tweet.id.toString())) throw new ApiError(403, 139, 'You have already favorited this status.')
    me.favourites.add(tweet.id.toString())
    ctx.state.emit({ kind: 'like', userId: me.id.toString(), tweet, at: ctx.state.now() })
    return showTweet(ctx, tweet)
  },
  destroy_favorite(ctx) {
    const me = requireViewer(ctx)
    const tweet = tweetFrom(ctx)
    if (!me.favourites.delete(tweet.id.toString())) throw new ApiError(404, 144, 'No status found with that ID.')
    ctx.state.emit({ kind: 'unlike', userId: me.id.toString(), tweet, at: ctx.state.now() })
    return showTweet(ctx, tweet)
  },
}

/**
 * A small subset of Twitter's search syntax: every term must appear (case-insensitive); `from:name`,
 * `to:name`, `@name`, `#tag`, `$TAG`, quoted phrases and `-term` exclusions are understood; `OR` joins
 * alternatives between two terms.
 */
function matches(ctx: HandlerContext, tweet: TweetRecord, query: string): boolean {
  const text = tweet.text.toLowerCase()
  const author = ctx.state.users.get(tweet.user)!.screen_name.toLowerCase()
  const terms = [...query.toLowerCase().matchAll(/-?"[^"]*"|\S+/g)].map((m) => m[0])
  const test = (term: string): boolean => {
    if (term.startsWith('-')) return !test(term.slice(1))
    const bare = term.replace(/^"|"$/g, '')
    if (bare.startsWith('from:')) return author === bare.slice(5).replace(/^@/, '')
    if (bare.startsWith('to:')) return tweet.in_reply_to?.screen_name.toLowerCase() === bare.slice(3).replace(/^@/, '')
    return text.includes(bare)
  }
  const groups: string[][] = []
  for (let i = 0; i < terms.length; i++) {
    if (terms[i] === 'or' && groups.length > 0 && i + 1 < terms.length) groups[groups.length - 1]!.push(terms[++i]!)
    else groups.push([terms[i]!])
  }
  return groups.length > 0 && groups.every((alternatives) => alternatives.some(test))
}
