/**
 * Entity extraction for tweets posted to the emulator, as Twitter does it: links are replaced by t.co-style
 * short links (with display and expanded forms), mentions of known users, hashtags and cashtags are
 * found, and every index counts code points, as Twitter's do. The text is HTML-escaped first (`&amp;`,
 * `&lt;`, `&gt;`), as the API delivers it, and indices refer to that escaped text.
 */
import { createHash } from 'node:crypto'

export interface UrlEntity {
  url: string
  expanded_url: string
  display_url: string
  indices: [number, number]
}
export interface MentionEntity {
  screen_name: string
  name: string
  id: bigint
  id_str: string
  indices: [number, number]
}
export interface TagEntity {
  text: string
  indices: [number, number]
}
export interface Entities {
  hashtags: TagEntity[]
  symbols: TagEntity[]
  user_mentions: MentionEntity[]
  urls: UrlEntity[]
}

/** A user a mention may resolve to. */
export interface MentionTarget {
  id: bigint
  screen_name: string
  name: string
}

export function escapeTweetText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** A stable t.co-style short link for a URL: `https://t.co/` and ten letters or digits, derived from the URL. */
export function shortLink(url: string): string {
  const digest = createHash('sha256').update(url).digest()
  let code = ''
  for (let i = 0; i < 10; i++) code += ALPHABET[digest[i]! % ALPHABET.length]
  return `https://t.co/${code}`
}

/** `github.com/ryanmcgrath/twy…` as Twitter shows a link. */
export function displayUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '')
  return bare.length > 26 ? `${bare.slice(0, 25)}…` : bare
}

const URL_RE = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,!?:;)\]]/gi

/** Escapes the text, wraps its links and extracts every entity. */
export function extractEntities(raw: string, findUser: (screenName: string) => MentionTarget | undefined): { text: string; entities: Entities } {
  const urls: { url: string; expanded: string; at: number }[] = []
  // Wrap links first: the text Twitter stores holds the t.co link, and every index refers to that text.
  let text = escapeTweetText(raw).replace(URL_RE, (expanded, at: number) => {
    const url = shortLink(expanded)
    urls.push({ url, expanded, at })
    return url
  })
  const cp = (utf16Index: number) => Array.from(text.slice(0, utf16Index)).length
  const entities: Entities = { hashtags: [], symbols: [], user_mentions: [], urls: [] }

  let search = 0
  for (const u of urls) {
    const at = text.indexOf(u.url, search)
    search = at + u.url.length
    entities.urls.push({ url: u.url, expanded_url: u.expanded, display_url: displayUrl(u.expanded), indices: [cp(at), cp(at) + Array.from(u.url).length] })
  }
  const inUrl = (at: number) => entities.urls.some((u) => at >= u.indices[0] && at < u.indices[1])
  for (const m of text.matchAll(/(^|[^A-Za-z0-9_!#$%&*@＠])[@＠]([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])/g)) {
    const at = m.index! + m[1]!.length
    const user = findUser(m[2]!)
    if (!user || inUrl(cp(at))) continue
    entities.user_mentions.push({ screen_name: user.screen_name, name: user.name, id: user.id, id_str: user.id.toString(), indices: [cp(at), cp(at) + 1 + m[2]!.length] })
  }
  for (const m of text.matchAll(/(^|[^\p{L}\p{N}_&])[#＃]([\p{L}\p{M}\p{N}_]+)/gu)) {
    const at = m.index! + m[1]!.length
    if (/^\p{N}+$/u.test(m[2]!) || inUrl(cp(at))) continue
    entities.hashtags.push({ text: m[2]!, indices: [cp(at), cp(at) + 1 + Array.from(m[2]!).length] })
  }
  for (const m of text.matchAll(/(^|\s)\$([A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?)(?=$|[\s.,!?:;)])/g)) {
    const at = m.index! + m[1]!.length
    entities.symbols.push({ text: m[2]!, indices: [cp(at), cp(at) + 1 + m[2]!.length] })
  }
  return { text, entities }
}
