// generated from spec/models/saved_searches.yaml by @twython/generator: do not edit

/**
 * A search query the authenticating user saved.
 *
 * Reference: https://developer.twitter.com/en/docs/twitter-api/v1/accounts-and-users/manage-account-settings/api-reference/get-saved_searches-list
 */
export interface SavedSearch {
  /** The saved search's id as a number; may lose precision in JavaScript, use `id_str`. */
  id: number
  /** The saved search's id as a string; the safe one to pass to `show` and `destroy`. */
  id_str: string
  /** The search query. */
  query: string
  /** The label shown for it (the query itself). */
  name: string
  /** Ordering hint; in practice always null. */
  position: unknown | null
  /** When the search was saved, in UTC. */
  created_at: string
}
