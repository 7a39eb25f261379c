// generated from spec/models/relationships.yaml by @twython/generator: do not edit

/**
 * The relationship between a source and a target account, as `friendships/show` returns it.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-show
 */
export interface Relationship {
  /** The two sides of the relationship. */
  relationship: RelationshipPair
}

/** Both sides of a relationship between two accounts. */
export interface RelationshipPair {
  /** The relationship seen from the source account (by default the authenticating user). */
  source: RelationshipSource
  /** The relationship seen from the target account. */
  target: RelationshipTarget
}

/**
 * The source account's side of a relationship. The private flags (blocking, muting, notifications, ...) are only filled in when the source is the authenticating user; otherwise Twitter may send them as null.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-show
 */
export interface RelationshipSource {
  /** The source account's id as a number; may lose precision in JavaScript, use `id_str`. */
  id: number
  /** The source account's id as a string (safe to use). */
  id_str: string
  /** The source account's handle. */
  screen_name: string
  /** Whether the source follows the target. */
  following: boolean
  /** Whether the target follows the source. */
  followed_by: boolean
  /** Whether the source follows the target's live broadcasts. */
  live_following: boolean
  /** Whether the source has received a follow request from the target. */
  following_received: boolean | null
  /** Whether the source has a pending follow request to the target. */
  following_requested: boolean | null
  /** Whether the source gets device notifications for the target's Tweets. */
  notifications_enabled: boolean | null
  /** Whether the source can send the target a direct message. */
  can_dm: boolean
  /** Whether the source blocks the target. */
  blocking: boolean | null
  /** Whether the target blocks the source. */
  blocked_by: boolean
  /** Whether the source mutes the target. */
  muting: boolean | null
  /** Whether the source sees the target's Retweets in its timeline. */
  want_retweets: boolean | null
  /** Whether the source sees all of the target's replies. */
  all_replies: boolean | null
  /** Whether the source reported the target as spam. */
  marked_spam: boolean | null
}

/**
 * The target account's side of a relationship.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-show
 */
export interface RelationshipTarget {
  /** The target account's id as a number; may lose precision in JavaScript, use `id_str`. */
  id: number
  /** The target account's id as a string (safe to use). */
  id_str: string
  /** The target account's handle. */
  screen_name: string
  /** Whether the target follows the source. */
  following: boolean
  /** Whether the source follows the target. */
  followed_by: boolean
  /** Whether the target has received a follow request from the source. */
  following_received: boolean | null
  /** Whether the target has a pending follow request to the source. */
  following_requested: boolean | null
}

/**
 * How the authenticating user relates to one of the accounts passed to `friendships/lookup`.
 *
 * Reference: https://developer.twitter.com/en/docs/accounts-and-users/follow-search-get-users/api-reference/get-friendships-lookup
 */
export interface FriendshipLookup {
  /** The account's display name. */
  name: string
  /** The account's handle. */
  screen_name: string
  /** The account's id as a number; may lose precision in JavaScript, use `id_str`. */
  id: number
  /** The account's id as a string (safe to use). */
  id_str: string
  /** Every connection that applies: "following", "following_requested", "followed_by", "blocking", "muting", or just "none". */
  connections: string[]
}
