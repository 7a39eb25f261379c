import { escapeText, type CodePointText } from './codepoints.js'
import { encodeComponent, escapeHtml } from './escape.js'
import type { HtmlEntities, HtmlIndices, HtmlMentionEntity, HtmlTagEntity, HtmlUrlEntity } from './types.js'

/** One entity's replacement: code points `[start, end)` of the text become `html`. */
export interface Link {
  readonly start: number
  readonly end: number
  readonly html: string
}

/** The link-text choice, resolved from the public options. */
export interface UrlChoice {
  readonly useDisplayUrl: boolean
  readonly useExpandedUrl: boolean
}

/**
 * Every entity that can be linked, placed by its indices.
 *
 * Twython placed some entities by index and others by searching the text (prefix mentions by regex,
 * suffix urls and media by string replace); here every kind is placed by index wherever it lies, so a
 * mention in the suffix is linked and a hashtag in the suffix stays inside it. An entity is dropped (its
 * text stays plain) when its indices are not integers, are out of range, reversed or empty, cut through a
 * character reference, or overlap another entity. (One that straddles a display-range bound is left as
 * text when the ranges are rendered.)
 */
export function collectLinks(entities: HtmlEntities | null | undefined, text: CodePointText, choice: UrlChoice): Link[] {
  if (!isRecord(entities)) return []
  const candidates = [
    ...listOf(entities.user_mentions).map((e) => place(e, text, mentionHtml(e))),
    ...listOf(entities.hashtags).map((e) => place(e, text, tagHtml(e, '#', '%23', 'twython-hashtag'))),
    ...listOf(entities.symbols).map((e) => place(e, text, tagHtml(e, '$', '%24', 'twython-symbol'))),
    ...listOf(entities.urls).map((e) => place(e, text, urlHtml(e, choice, 'twython-url'))),
    // Only the first media entity: Twitter gives every photo of a Tweet the same t.co url and indices.
    ...listOf(entities.media).slice(0, 1).map((e) => place(e, text, urlHtml(e, choice, 'twython-media'))),
  ]
  return withoutOverlaps(candidates.filter((link): link is Link => link !== undefined))
}

function place(entity: { readonly indices?: HtmlIndices | null }, text: CodePointText, html: string | undefined): Link | undefined {
  if (html === undefined || !Array.isArray(entity.indices)) return undefined
  const [start, end] = entity.indices as readonly unknown[]
  if (typeof start !== 'number' || typeof end !== 'number' || start >= end) return undefined
  return text.isCut(start) && text.isCut(end) ? { start, end, html } : undefined
}

/**
 * Drops every link that overlaps another one; exact duplicates (same place, same markup) count once.
 * Keeping neither of two overlapping links, rather than guessing which is right, leaves the text intact.
 */
function withoutOverlaps(links: readonly Link[]): Link[] {
  const sorted = [...links].sort((a, b) => a.start - b.start || a.end - b.end)
  const unique = sorted.filter((link, i) => !isSameLink(link, sorted[i - 1]))
  let furthestEnd = -1
  return unique.filter((link, i) => {
    const next = unique[i + 1]
    const clash = link.start < furthestEnd || (next !== undefined && next.start < link.end)
    furthestEnd = Math.max(furthestEnd, link.end)
    return !clash
  })
}

function isSameLink(a: Link, b: Link | undefined): boolean {
  return b !== undefined && a.start === b.start && a.end === b.end && a.html === b.html
}

function mentionHtml(entity: HtmlMentionEntity): string | undefined {
  const name = nonEmptyString(entity.screen_name)
  if (name === undefined) return undefined
  // The entity's screen_name, not the text, is shown, as in Twython: `@TwitterAPI` typed as `@twitterapi`
  // comes out in the account's own casing.
  return anchor(`https://twitter.com/${encodeComponent(name)}`, 'twython-mention', `@${escapeText(name)}`)
}

function tagHtml(entity: HtmlTagEntity, sign: string, encodedSign: string, className: string): string | undefined {
  const word = nonEmptyString(entity.text)
  if (word === undefined) return undefined
  return anchor(`https://twitter.com/search?q=${encodedSign}${encodeComponent(word)}`, className, `${sign}${escapeText(word)}`)
}

function urlHtml(entity: HtmlUrlEntity, choice: UrlChoice, className: string): string | undefined {
  const href = nonEmptyString(entity.url)
  // Only web links: a `javascript:` or `data:` url in a crafted Tweet stays plain text. The scheme must be
  // lower case, as t.co sends it, so the check is a plain prefix test with no case folding to get wrong.
  if (href === undefined || !/^https?:\/\//.test(href)) return undefined
  // A t.co link whose target is not a web URL is crafted too: the issue asks for plain text there as well,
  // whether or not the expanded URL is the one shown.
  const expanded = nonEmptyString(entity.expanded_url)
  if (expanded !== undefined && !/^https?:\/\//i.test(expanded)) return undefined
  return anchor(href, className, escapeText(shownUrl(entity, href, choice)))
}

/** Twython's rule: expanded url if asked for (and present), else display url if asked for, else the t.co url. */
function shownUrl(entity: HtmlUrlEntity, href: string, choice: UrlChoice): string {
  const display = nonEmptyString(entity.display_url)
  const expanded = nonEmptyString(entity.expanded_url)
  if (choice.useDisplayUrl && !choice.useExpandedUrl && display !== undefined) return display
  if (choice.useExpandedUrl && expanded !== undefined) return expanded
  return href
}

/** `<a href="…" class="…">…</a>`; `innerHtml` must already be escaped. */
export function anchor(href: string, className: string, innerHtml: string): string {
  return `<a href="${escapeHtml(href)}" class="${className}">${innerHtml}</a>`
}

/** The entries of an entity list that are objects; anything else in a crafted Tweet is ignored. */
function listOf<T extends object>(list: readonly (T | null)[] | null | undefined): T[] {
  return Array.isArray(list) ? list.filter((entry): entry is T => isRecord(entry)) : []
}

/** Whether a field holds an object (not null, not an array), as its type says it should; crafted JSON may not. */
export function isRecord<T>(value: T | null | undefined): value is T {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}
