/**
 * Which tweets a stream delivers. Filter predicates follow Twitter's statuses/filter rules: `track`
 * phrases (comma-separated; a phrase matches when all its space-separated terms occur as words of the
 * text, case-insensitively), `follow` (tweets by, replying to, or retweeting those users) and
 * `locations` (tweet coordinates inside a south-west/north-east box); the three are OR-ed.
 */

/** The tweet fields the matchers read; everything else passes through untouched. */
export interface TweetLike {
  readonly text?: string
  readonly full_text?: string
  readonly user?: { readonly id_str?: string; readonly id?: number | string }
  readonly in_reply_to_user_id_str?: string | null
  readonly retweeted_status?: TweetLike
  readonly coordinates?: { readonly coordinates?: readonly [number, number] } | null
  readonly entities?: { readonly user_mentions?: readonly { readonly id_str?: string }[] }
}

/** A compiled statuses/filter predicate. */
export interface FilterSpec {
  readonly track: readonly (readonly string[])[]
  readonly follow: ReadonlySet<string>
  readonly locations: readonly (readonly [number, number, number, number])[]
}

/** Parses filter parameters; returns an error text for a request Twitter would refuse. */
export function parseFilter(params: URLSearchParams): FilterSpec | string {
  const track = list(params.get('track')).map((phrase) => phrase.toLowerCase().split(/\s+/).map(stripSigil).filter(Boolean)).filter((terms) => terms.length > 0)
  const follow = new Set(list(params.get('follow')))
  const numbers = list(params.get('locations')).map(Number)
  if (numbers.length % 4 !== 0 || numbers.some((n) => !Number.isFinite(n))) return 'Parameter locations must be groups of four numbers: sw lon, sw lat, ne lon, ne lat.'
  const locations: [number, number, number, number][] = []
  for (let i = 0; i < numbers.length; i += 4) locations.push([numbers[i]!, numbers[i + 1]!, numbers[i + 2]!, numbers[i + 3]!])
  if (track.length === 0 && follow.size === 0 && locations.length === 0) return 'No filter parameters found. Expect at least one parameter: follow track locations'
  return { track, follow, locations }
}

/** True when `tweet` passes the filter. */
export function matchesFilter(spec: FilterSpec, tweet: TweetLike): boolean {
  if (spec.follow.size > 0 && involvedUsers(tweet).some((id) => spec.follow.has(id))) return true
  if (spec.track.length > 0) {
    const words = new Set(wordsOf(tweet))
    if (spec.track.some((terms) => terms.every((term) => words.has(term)))) return true
  }
  const point = tweet.coordinates?.coordinates
  if (point && spec.locations.some(([w, s, e, n]) => point[0] >= w && point[0] <= e && point[1] >= s && point[1] <= n)) return true
  return false
}

/** Users a tweet concerns for a user stream: its author, whom it replies to, whom it mentions. */
export function concernsUser(tweet: TweetLike, userId: string, followings: ReadonlySet<string>): boolean {
  const author = idOf(tweet.user)
  if (author === userId || (author !== undefined && followings.has(author))) return true
  if (tweet.in_reply_to_user_id_str === userId) return true
  return (tweet.entities?.user_mentions ?? []).some((m) => m.id_str === userId)
}

function involvedUsers(tweet: TweetLike): string[] {
  const ids = [idOf(tweet.user), tweet.in_reply_to_user_id_str ?? undefined, idOf(tweet.retweeted_status?.user)]
  return ids.filter((id): id is string => typeof id === 'string')
}

function idOf(user: TweetLike['user'] | undefined): string | undefined {
  if (!user) return undefined
  return user.id_str ?? (user.id === undefined ? undefined : String(user.id))
}

function wordsOf(tweet: TweetLike): string[] {
  const text = tweet.full_text ?? tweet.text ?? ''
  return text.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter(Boolean)
}

function stripSigil(term: string): string {
  return term.replace(/^[#@$]+/, '')
}

function list(value: string | null): string[] {
  if (!value) return []
  return value.split(',').map((s) => s.trim()).filter(Boolean)
}
