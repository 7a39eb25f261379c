/**
 * Builds an answer's `data` and `includes` for one request: each primary object keeps its default plus
 * requested fields (and the id fields its expansions follow, as X adds them), and each expansion puts the
 * objects it names into `includes.users` / `posts` / `media` / `polls` / `places`, once each.
 */
import type { DirectMessageRecord, ListRecord, State, TweetRecord, UserRecord } from '../state/state.js'
import { pick, type ObjectKind, type Selection } from './fields.js'
import { extrasOf, mediaKeysOf, type SpaceRecord } from './store.js'
import { dmObject, listObject, mediaObject, placeObject, pollObject, postObject, spaceObject, userObject, type V2Object } from './views.js'

/** The data field each expansion follows on its primary object. */
const IMPLIED: Readonly<Record<string, string>> = {
  author_id: 'author_id',
  in_reply_to_user_id: 'in_reply_to_user_id',
  referenced_posts: 'referenced_posts',
  'referenced_posts.author_id': 'referenced_posts',
  'referenced_posts.attachments.media_keys': 'referenced_posts',
  'attachments.media_keys': 'attachments',
  'attachments.poll_ids': 'attachments',
  'geo.place_id': 'geo',
  'entities.mentions.username': 'entities',
  edit_history_post_ids: 'edit_history_post_ids',
  pinned_post_id: 'pinned_post_id',
  most_recent_post_id: 'most_recent_post_id',
  owner_id: 'owner_id',
  creator_id: 'creator_id',
  host_ids: 'host_ids',
  speaker_ids: 'speaker_ids',
  invited_user_ids: 'invited_user_ids',
  sender_id: 'sender_id',
  participant_ids: 'participant_ids',
}

export class Hydrator {
  readonly #users = new Map<string, V2Object>()
  readonly #posts = new Map<string, V2Object>()
  readonly #media = new Map<string, V2Object>()
  readonly #polls = new Map<string, V2Object>()
  readonly #places = new Map<string, V2Object>()
  readonly #primary: Record<ObjectKind, Set<string>>

  constructor(
    readonly state: State,
    readonly selection: Selection,
  ) {
    const withImplied = (kind: ObjectKind) => {
      const set = new Set(selection.fields[kind])
      for (const e of selection.expansions) if (IMPLIED[e]) set.add(IMPLIED[e])
      return set
    }
    this.#primary = Object.fromEntries((Object.keys(selection.fields) as ObjectKind[]).map((k) => [k, withImplied(k)])) as Record<ObjectKind, Set<string>>
  }

  #has(expansion: string): boolean {
    return this.selection.expansions.has(expansion)
  }

  #includeUser(id: string | undefined): void {
    if (!id || this.#users.has(id)) return
    const user = this.state.users.get(id)
    if (user) this.#users.set(id, pick(userObject(this.state, user), this.selection.fields.user))
  }

  #includePost(id: string | undefined): V2Object | undefined {
    if (!id) return undefined
    const post = this.state.tweets.get(id)
    if (!post) return undefined
    const full = postObject(this.state, post)
    if (!this.#posts.has(id)) this.#posts.set(id, pick(full, this.selection.fields.post))
    return full
  }

  #includeMedia(keys: readonly string[] | undefined): void {
    const extras = extrasOf(this.state)
    for (const key of keys ?? []) {
      const media = extras.media.get(key)
      if (media && !this.#media.has(key)) this.#media.set(key, pick(mediaObject(media), this.selection.fields.media))
    }
  }

  /** A primary post (in `data`), following its expansions. */
  post(record: TweetRecord): V2Object {
    const full = postObject(this.state, record)
    const extras = extrasOf(this.state)
    if (this.#has('author_id')) this.#includeUser(record.user)
    if (this.#has('in_reply_to_user_id')) this.#includeUser(full.in_reply_to_user_id as string | undefined)
    if (this.#has('entities.mentions.username')) for (const m of record.entities.user_mentions) this.#includeUser(m.id_str)
    if (this.#has('attachments.media_keys')) this.#includeMedia(mediaKeysOf(this.state, record))
    if (this.#has('attachments.poll_ids')) {
      const pollId = extras.postPoll.get(full.id as string)
      const poll = pollId ? extras.polls.get(pollId) : undefined
      if (poll && !this.#polls.has(poll.id)) this.#polls.set(poll.id, pick(pollObject(poll, this.state.now()), this.selection.fields.poll))
    }
    if (this.#has('geo.place_id')) {
      const placeId = extras.postPlace.get(full.id as string)
      const place = placeId ? extras.places.get(placeId) : undefined
      if (place && !this.#places.has(place.id)) this.#places.set(place.id, pick(placeObject(place), this.selection.fields.place))
    }
    const refs = (full.referenced_posts as { id: string }[] | undefined) ?? []
    if (this.#has('referenced_posts') || this.#has('referenced_posts.author_id') || this.#has('referenced_posts.attachments.media_keys')) {
      for (const ref of refs) {
        const referenced = this.#has('referenced_posts') ? this.#includePost(ref.id) : this.state.tweets.get(ref.id) && postObject(this.state, this.state.tweets.get(ref.id)!)
        if (!referenced) continue
        if (this.#has('referenced_posts.author_id')) this.#includeUser(referenced.author_id as string)
        if (this.#has('referenced_posts.attachments.media_keys')) this.#includeMedia(extrasOf(this.state).postMedia.get(referenced.id as string) ?? mediaKeysOf(this.state, this.state.tweets.get(referenced.id as string)!))
      }
    }
    return pick(full, this.#primary.post)
  }

  user(record: UserRecord): V2Object {
    const full = userObject(this.state, record)
    if (this.#has('most_recent_post_id')) this.#includePost(full.most_recent_post_id as string | undefined)
    if (this.#has('pinned_post_id')) this.#includePost(full.pinned_post_id as string | undefined)
    return pick(full, this.#primary.user)
  }

  list(record: ListRecord): V2Object {
    if (this.#has('owner_id')) this.#includeUser(record.owner)
    return pick(listObject(record), this.#primary.list)
  }

  space(record: SpaceRecord): V2Object {
    if (this.#has('creator_id')) this.#includeUser(record.creator)
    if (this.#has('host_ids')) for (const id of record.hosts) this.#includeUser(id)
    if (this.#has('speaker_ids')) for (const id of record.speakers) this.#includeUser(id)
    return pick(spaceObject(record), this.#primary.space)
  }

  dm(record: DirectMessageRecord): V2Object {
    if (this.#has('sender_id')) this.#includeUser(record.sender)
    return pick(dmObject(this.state, record), this.#primary.dm_event)
  }

  /** A DM event given as a full object (group conversations keep theirs in the v2 extras). */
  dmEvent(full: V2Object): V2Object {
    if (this.#has('sender_id')) this.#includeUser(full.sender_id as string | undefined)
    if (this.#has('participant_ids')) for (const id of (full.participant_ids as string[] | undefined) ?? []) this.#includeUser(id)
    return pick(full, this.#primary.dm_event)
  }

  mediaItem(full: V2Object): V2Object {
    return pick(full, this.selection.fields.media)
  }

  /** `includes`, or undefined when no expansion found anything. */
  includes(): V2Object | undefined {
    const out: V2Object = {}
    if (this.#users.size > 0) out.users = [...this.#users.values()]
    if (this.#posts.size > 0) out.posts = [...this.#posts.values()]
    if (this.#media.size > 0) out.media = [...this.#media.values()]
    if (this.#polls.size > 0) out.polls = [...this.#polls.values()]
    if (this.#places.size > 0) out.places = [...this.#places.values()]
    return Object.keys(out).length > 0 ? out : undefined
  }
}
