/**
 * The two generations of X API v2 wire names. Between OpenAPI 2.159 and 2.167 X renamed "tweet" to "post"
 * on REST operations (`tweet.fields` -> `post.fields`, `referenced_tweets` -> `referenced_posts`, ...), while
 * clients written before still send the old names. The emulator works in the current (2.167) names inside and
 * answers each request in the generation whose names it used, so an unmodified older client works too.
 */

/**
 * `'2.159'`: "tweet" names (twitter-api-v2, tweepy); `'2.167'`: "post" names (current); `'both'`: a request
 * that names nothing either generation alone has (no fields, or only shared ones). Such a request may come
 * from an old client or a new one, so its answer carries every renamed key under both names
 * (`edit_history_tweet_ids` and `edit_history_post_ids`, ...), which is valid against both documents and
 * what either client reads.
 */
export type Generation = '2.159' | '2.167' | 'both'

/** Object keys that differ (current name -> 2.159 name), in data objects and in `includes`. */
const KEY_TO_OLD: Readonly<Record<string, string>> = {
  referenced_posts: 'referenced_tweets',
  edit_history_post_ids: 'edit_history_tweet_ids',
  note_post: 'note_tweet',
  pinned_post_id: 'pinned_tweet_id',
  most_recent_post_id: 'most_recent_tweet_id',
  posts: 'tweets',
  total_post_count: 'total_tweet_count',
  post_count: 'tweet_count',
  repost_count: 'retweet_count',
}

/** Field names in `*.fields` (2.159 name -> current name). */
const FIELD_FROM_OLD: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(KEY_TO_OLD).map(([now, old]) => [old, now]))

/** Expansion names (2.159 name -> current name). */
const EXPANSION_FROM_OLD: Readonly<Record<string, string>> = {
  'referenced_tweets.id': 'referenced_posts',
  'referenced_tweets.id.author_id': 'referenced_posts.author_id',
  'referenced_tweets.id.attachments.media_keys': 'referenced_posts.attachments.media_keys',
  edit_history_tweet_ids: 'edit_history_post_ids',
  pinned_tweet_id: 'pinned_post_id',
  most_recent_tweet_id: 'most_recent_post_id',
  'affiliation.user_id': 'affiliation',
  'entities.note.mentions.username': 'entities.mentions.username',
}
const EXPANSION_TO_OLD: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(EXPANSION_FROM_OLD).map(([old, now]) => [now, old]))

/** The query parameter that selects post fields in each generation. */
export function postFieldsParam(generation: Generation): string {
  return generation === '2.159' ? 'tweet.fields' : 'post.fields'
}

/**
 * Which generation a request speaks: 2.159 when it uses any name only that generation has (`tweet.fields`,
 * `referenced_tweets.id`, `pinned_tweet_id`, ...), 2.167 for one only the current generation has
 * (`post.fields`, `referenced_posts`, ...), `both` when it names neither.
 */
export function detectGeneration(query: URLSearchParams): Generation {
  if (query.has('tweet.fields')) return '2.159'
  if (query.has('post.fields')) return '2.167'
  for (const value of query.getAll('expansions')) {
    for (const name of value.split(',')) {
      if (name in EXPANSION_FROM_OLD) return '2.159'
      if (name in EXPANSION_TO_OLD) return '2.167'
    }
  }
  for (const [key, value] of query) {
    if (!key.endsWith('.fields')) continue
    for (const name of value.split(',')) {
      if (name in FIELD_FROM_OLD) return '2.159'
      if (name in KEY_TO_OLD) return '2.167'
    }
  }
  return 'both'
}

/** A requested field in the current names. */
export function fieldToCurrent(name: string): string {
  return FIELD_FROM_OLD[name] ?? name
}

/** A requested expansion in the current names. */
export function expansionToCurrent(name: string): string {
  return EXPANSION_FROM_OLD[name] ?? name
}

/** An expansion as the generation names it (for error messages). */
export function expansionIn(generation: Generation, name: string): string {
  return generation === '2.159' ? (EXPANSION_TO_OLD[name] ?? name) : name
}

/** A field as the generation names it (for error messages). */
export function fieldIn(generation: Generation, name: string): string {
  return generation === '2.159' ? (KEY_TO_OLD[name] ?? name) : name
}

/**
 * Renames the keys of an answer built in current names to 2.159 names, deeply. Only keys change; values
 * (ids, texts) are never touched.
 */
export function toGeneration(value: unknown, generation: Generation): unknown {
  if (generation === '2.167') return value
  return rename(value, generation === 'both')
}

function rename(value: unknown, keepCurrent: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => rename(v, keepCurrent))
  if (value === null || typeof value !== 'object' || value instanceof Date) return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const renamed = rename(item, keepCurrent)
    const old = KEY_TO_OLD[key]
    if (keepCurrent || !old) out[key] = renamed
    if (old) out[old] = renamed
  }
  return out
}

/** The host in problem `type` URLs: X moved them from api.twitter.com to api.x.com with the rename. */
export function problemBase(generation: Generation): string {
  return generation === '2.159' ? 'https://api.twitter.com/2/problems/' : 'https://api.x.com/2/problems/'
}
