// generated from spec/models/lists.yaml by @twython/generator: do not edit

import type { User } from './users.js'

/**
 * A list of accounts owned by one user, public or private.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/accounts-and-users/create-manage-lists/overview
 */
export interface List {
  /** The list's id as a number; may lose precision in JavaScript, use `id_str`. */
  id: number
  /** The list's id as a string; the safe one to pass as `list_id`. */
  id_str: string
  /** The list's name. */
  name: string
  /** URL-friendly form of the name; together with the owner it identifies the list. */
  slug: string
  /** The owner's handle and the slug, like "\@twitter/team". */
  full_name: string
  /** Path of the list on twitter.com, like "/twitter/lists/team". */
  uri: string
  /** The list's description; may be empty. */
  description: string
  /** Who can see the list. */
  mode: 'public' | 'private'
  /** Number of users subscribed to the list. */
  subscriber_count: number
  /** Number of accounts on the list. */
  member_count: number
  /** When the list was created, in UTC. */
  created_at: string
  /** Whether the authenticating user subscribes to the list. */
  following: boolean
  /** The owner of the list. */
  user: User
}
