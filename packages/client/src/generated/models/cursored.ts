// generated from spec/models/cursored.yaml by @twython/generator: do not edit

import type { List } from './lists.js'
import type { User } from './users.js'

/**
 * One page of account ids, as `followers/ids`, `friends/ids`, `blocks/ids` and similar endpoints return it.
 *
 * Reference: https://developer.twitter.com/en/docs/pagination
 */
export interface CursoredIds {
  /** The ids on this page. They are numbers that may lose precision in JavaScript unless the request set `stringify_ids=true`, in which case they are strings; ask for strings. */
  ids: number[] | string[]
  /** Cursor of the next page as a number (0 when this is the last page); may lose precision in JavaScript, use `next_cursor_str`. */
  next_cursor: number
  /** Cursor of the next page as a string ("0" when this is the last page); the safe one to send back. */
  next_cursor_str: string
  /** Cursor of the previous page as a number (0 on the first page); may lose precision in JavaScript, use `previous_cursor_str`. */
  previous_cursor: number
  /** Cursor of the previous page as a string ("0" on the first page); the safe one to send back. */
  previous_cursor_str: string
  /** Not filled in by Twitter; null when present. */
  total_count?: number | null
}

/**
 * One page of account ids as strings, as the id collections return it when the request sets `stringify_ids=true` (which `cursor()` does for you).
 *
 * Reference: https://developer.twitter.com/en/docs/pagination
 */
export interface CursoredStringIds extends CursoredIds {
  /** The ids on this page, as decimal strings: exact, whatever their size. */
  ids: string[]
}

/**
 * One page of users, as `followers/list`, `friends/list`, `blocks/list`, `lists/members` and similar endpoints return it.
 *
 * Reference: https://developer.twitter.com/en/docs/pagination
 */
export interface CursoredUsers {
  /** The users on this page. */
  users: User[]
  /** Cursor of the next page as a number (0 when this is the last page); may lose precision in JavaScript, use `next_cursor_str`. */
  next_cursor: number
  /** Cursor of the next page as a string ("0" when this is the last page); the safe one to send back. */
  next_cursor_str: string
  /** Cursor of the previous page as a number (0 on the first page); may lose precision in JavaScript, use `previous_cursor_str`. */
  previous_cursor: number
  /** Cursor of the previous page as a string ("0" on the first page); the safe one to send back. */
  previous_cursor_str: string
  /** Not filled in by Twitter; null when present. */
  total_count?: number | null
}

/**
 * One page of lists, as `lists/memberships`, `lists/ownerships` and `lists/subscriptions` return it.
 *
 * Reference: https://developer.twitter.com/en/docs/pagination
 */
export interface CursoredLists {
  /** The lists on this page. */
  lists: List[]
  /** Cursor of the next page as a number (0 when this is the last page); may lose precision in JavaScript, use `next_cursor_str`. */
  next_cursor: number
  /** Cursor of the next page as a string ("0" when this is the last page); the safe one to send back. */
  next_cursor_str: string
  /** Cursor of the previous page as a number (0 on the first page); may lose precision in JavaScript, use `previous_cursor_str`. */
  previous_cursor: number
  /** Cursor of the previous page as a string ("0" on the first page); the safe one to send back. */
  previous_cursor_str: string
}
