/**
 * A useful subset of X's search query language, for `tweets/search/*` and `tweets/counts/*`: keywords and
 * "exact phrases", `from:`, `to:`, `#hashtag`, `@mention`, `$cashtag`, `is:retweet` / `is:reply` /
 * `is:quote`, `has:media` / `has:links` / `has:mentions` / `has:hashtags`, `lang:`, `url:`,
 * `conversation_id:`, `retweets_of:`, implicit AND, `OR`, `-` negation and (grouping). Matching is
 * case-insensitive, on whole words, as X tokenizes text.
 */
import type { State, TweetRecord } from '../state/state.js'
import { extrasOf, mediaKeysOf } from './store.js'
import { conversationOf } from './views.js'

export type Matcher = (post: TweetRecord) => boolean

/** Why a query does not parse (the router turns it into X's 400). */
export class QuerySyntaxError extends Error {}

type Token = { kind: '(' | ')' | 'OR' } | { kind: 'atom'; text: string; negated: boolean; phrase: boolean } | { kind: 'neg(' }

function tokenize(query: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < query.length) {
    const ch = query[i]!
    if (/\s/.test(ch)) {
      i++
      continue
    }
    if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch })
      i++
      continue
    }
    const negated = ch === '-'
    if (negated) {
      i++
      if (query[i] === '(') {
        tokens.push({ kind: 'neg(' })
        i++
        continue
      }
    }
    if (query[i] === '"') {
      const close = query.indexOf('"', i + 1)
      if (close < 0) throw new QuerySyntaxError('unterminated quoted phrase')
      tokens.push({ kind: 'atom', text: query.slice(i + 1, close), negated, phrase: true })
      i = close + 1
      continue
    }
    let j = i
    // An operator value may itself be quoted: from:"x" is not X syntax, so stop at space and parentheses.
    while (j < query.length && !/[\s()]/.test(query[j]!)) j++
    const text = query.slice(i, j)
    if (text === '') throw new QuerySyntaxError('dangling negation')
    if (text === 'OR' && !negated) tokens.push({ kind: 'OR' })
    else tokens.push({ kind: 'atom', text, negated, phrase: false })
    i = j
  }
  return tokens
}

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}_#@$']+/u).filter(Boolean)

function atom(state: State, text: string, phrase: boolean): Matcher {
  if (phrase) {
    const needle = text.toLowerCase()
    return (p) => p.text.toLowerCase().includes(needle)
  }
  const lower = text.toLowerCase()
  const colon = lower.indexOf(':')
  if (colon > 0) {
    const op = lower.slice(0, colon)
    const value = text.slice(colon + 1).replace(/^@/, '')
    if (value === '') throw new QuerySyntaxError(`operator ${op}: needs a value`)
    const v = value.toLowerCase()
    const userId = () => state.userByName(value)?.id.toString() ?? (/^\d+$/.test(value) ? value : '')
    switch (op) {
      case 'from': {
        const id = userId()
        return (p) => p.user === id
      }
      case 'to': {
        const id = userId()
        return (p) => p.in_reply_to?.user.toString() === id
      }
      case 'lang':
        return (p) => p.lang.toLowerCase() === v
      case 'url':
        return (p) => p.entities.urls.some((u) => u.expanded_url.toLowerCase().includes(v) || u.url.toLowerCase() === v)
      case 'conversation_id':
        return (p) => conversationOf(state, p) === value
      case 'retweets_of': {
        const id = userId()
        return (p) => p.retweet_of !== undefined && state.tweets.get(p.retweet_of)?.user === id
      }
      case 'is':
        switch (v) {
          case 'retweet':
            return (p) => p.retweet_of !== undefined
          case 'reply':
            return (p) => p.in_reply_to !== undefined
          case 'quote':
            return (p) => extrasOf(state).quotes.has(p.id.toString())
          case 'verified':
            return (p) => state.users.get(p.user)?.verified ?? false
          default:
            throw new QuerySyntaxError(`unknown is: operator value ${value}`)
        }
      case 'has':
        switch (v) {
          case 'media':
          case 'images':
          case 'videos':
            return (p) => (mediaKeysOf(state, p)?.length ?? 0) > 0
          case 'links':
            return (p) => p.entities.urls.length > 0
          case 'mentions':
            return (p) => p.entities.user_mentions.length > 0
          case 'hashtags':
            return (p) => p.entities.hashtags.length > 0
          case 'cashtags':
            return (p) => p.entities.symbols.length > 0
          default:
            throw new QuerySyntaxError(`unknown has: operator value ${value}`)
        }
      default:
        // Not an operator X knows here: match the text literally, as X treats unknown "word:word".
        break
    }
  }
  if (lower.startsWith('#') && lower.length > 1) return (p) => p.entities.hashtags.some((h) => h.text.toLowerCase() === lower.slice(1))
  if (lower.startsWith('$') && lower.length > 1) return (p) => p.entities.symbols.some((s) => s.text.toLowerCase() === lower.slice(1))
  if (lower.startsWith('@') && lower.length > 1) return (p) => p.entities.user_mentions.some((m) => m.screen_name.toLowerCase() === lower.slice(1))
  const needle = words(lower)
  if (needle.length === 0) return () => true
  return (p) => {
    const hay = new Set(words(p.text))
    return needle.every((w) => hay.has(w))
  }
}

/** Compiles a query into a predicate over posts; throws {@link QuerySyntaxError} when it does not parse. */
export function compileQuery(state: State, query: string): Matcher {
  const tokens = tokenize(query)
  let at = 0
  const peek = () => tokens[at]
  const or = (): Matcher => {
    const parts = [and()]
    while (peek()?.kind === 'OR') {
      at++
      parts.push(and())
    }
    return parts.length === 1 ? parts[0]! : (p) => parts.some((m) => m(p))
  }
  const and = (): Matcher => {
    const parts: { m: Matcher; negated: boolean }[] = []
    for (let t = peek(); t && t.kind !== ')' && t.kind !== 'OR'; t = peek()) parts.push(unary())
    if (parts.length === 0) throw new QuerySyntaxError('empty clause')
    // X refuses a clause made of negations alone.
    if (parts.every((p) => p.negated)) throw new QuerySyntaxError('a clause cannot be only negated terms')
    const ms = parts.map((p) => p.m)
    return ms.length === 1 ? ms[0]! : (p) => ms.every((m) => m(p))
  }
  const unary = (): { m: Matcher; negated: boolean } => {
    const t = tokens[at++]!
    if (t.kind === '(' || t.kind === 'neg(') {
      const inner = or()
      if (tokens[at++]?.kind !== ')') throw new QuerySyntaxError('unbalanced parentheses')
      return t.kind === 'neg(' ? { m: (p) => !inner(p), negated: true } : { m: inner, negated: false }
    }
    if (t.kind !== 'atom') throw new QuerySyntaxError(`unexpected ${t.kind}`)
    const m = atom(state, t.text, t.phrase)
    return t.negated ? { m: (p) => !m(p), negated: true } : { m, negated: false }
  }
  if (tokens.length === 0) throw new QuerySyntaxError('empty query')
  const matcher = or()
  if (at !== tokens.length) throw new QuerySyntaxError('unbalanced parentheses')
  return matcher
}
