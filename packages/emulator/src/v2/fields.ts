/**
 * `*.fields` and `expansions` as X checks them: each object type has default fields that always appear and
 * a closed set of fields a request may add; each family of operations has its own set of expansions. Names
 * are the current (2.167) ones; a 2.159 request is translated first (names.ts). A name of either generation
 * is accepted, since X's servers accept both.
 */
import { expansionIn, expansionToCurrent, fieldIn, fieldToCurrent, type Generation } from './names.js'
import { invalidRequest, type V2Error } from './problems.js'

export type ObjectKind = 'post' | 'user' | 'media' | 'poll' | 'place' | 'list' | 'space' | 'dm_event' | 'topic'

/** The query parameter naming each object's fields (post: see names.ts). */
export const FIELDS_PARAM: Readonly<Record<Exclude<ObjectKind, 'post'>, string>> = {
  user: 'user.fields',
  media: 'media.fields',
  poll: 'poll.fields',
  place: 'place.fields',
  list: 'list.fields',
  space: 'space.fields',
  dm_event: 'dm_event.fields',
  topic: 'topic.fields',
}

/** Fields always present (X's defaults). */
export const DEFAULT_FIELDS: Readonly<Record<ObjectKind, readonly string[]>> = {
  post: ['id', 'text', 'edit_history_post_ids'],
  user: ['id', 'name', 'username'],
  media: ['media_key', 'type'],
  poll: ['id', 'options'],
  place: ['id', 'full_name'],
  list: ['id', 'name'],
  space: ['id', 'state'],
  dm_event: ['id', 'event_type', 'text'],
  topic: ['id', 'name'],
}

/** Fields a request may ask for, per object (both generations' lists, in current names). */
export const ALLOWED_FIELDS: Readonly<Record<ObjectKind, readonly string[]>> = {
  post: [
    'article', 'article_title', 'attachments', 'author_id', 'card_uri', 'community_id', 'context_annotations', 'conversation_id', 'created_at',
    'display_text_range', 'edit_controls', 'edit_history_post_ids', 'entities', 'geo', 'id', 'in_reply_to_user_id', 'lang', 'matched_media_notes',
    'media_metadata', 'non_public_metrics', 'note_post', 'note_request_suggestions', 'organic_metrics', 'paid_partnership', 'possibly_sensitive',
    'promoted_metrics', 'public_metrics', 'referenced_posts', 'reply_settings', 'scopes', 'source', 'suggested_source_links',
    'suggested_source_links_with_counts', 'text', 'withheld',
  ],
  user: [
    'affiliation', 'confirmed_email', 'connection_status', 'created_at', 'description', 'entities', 'id', 'is_identity_verified', 'location',
    'most_recent_post_id', 'name', 'parody', 'pinned_post_id', 'profile_banner_url', 'profile_image_url', 'protected', 'public_metrics',
    'receives_your_dm', 'subscribes_to_you', 'subscription', 'subscription_type', 'url', 'username', 'verified', 'verified_followers_count',
    'verified_type', 'withheld',
  ],
  media: ['alt_text', 'duration_ms', 'height', 'media_key', 'non_public_metrics', 'organic_metrics', 'preview_image_url', 'promoted_metrics', 'public_metrics', 'type', 'url', 'variants', 'width'],
  poll: ['duration_minutes', 'end_datetime', 'id', 'options', 'voting_status'],
  place: ['contained_within', 'country', 'country_code', 'full_name', 'geo', 'id', 'name', 'place_type'],
  list: ['created_at', 'description', 'follower_count', 'id', 'member_count', 'name', 'owner_id', 'private'],
  space: [
    'created_at', 'creator_id', 'ended_at', 'host_ids', 'id', 'invited_user_ids', 'is_ticketed', 'lang', 'participant_count', 'scheduled_start',
    'speaker_ids', 'started_at', 'state', 'subscriber_count', 'title', 'topic_ids', 'updated_at',
  ],
  dm_event: ['attachments', 'created_at', 'dm_conversation_id', 'entities', 'event_type', 'id', 'participant_ids', 'referenced_posts', 'sender_id', 'text'],
  topic: ['description', 'id', 'name'],
}

/** The expansions of each family of operations (by the primary object they return). */
export const EXPANSIONS: Readonly<Record<'post' | 'user' | 'list' | 'space' | 'dm_event', readonly string[]>> = {
  post: [
    'article.cover_media', 'article.media_entities', 'attachments.media_keys', 'attachments.media_source_tweet', 'attachments.poll_ids', 'author_id',
    'edit_history_post_ids', 'entities.mentions.username', 'geo.place_id', 'in_reply_to_user_id', 'referenced_posts', 'referenced_posts.author_id',
    'referenced_posts.attachments.media_keys', 'username',
  ],
  user: ['affiliation', 'most_recent_post_id', 'pinned_post_id'],
  list: ['owner_id'],
  space: ['creator_id', 'host_ids', 'invited_user_ids', 'speaker_ids', 'topic_ids'],
  dm_event: ['attachments.media_keys', 'participant_ids', 'referenced_posts', 'sender_id'],
}

/** What a request selected: fields per object kind (defaults included) and the expansions. */
export interface Selection {
  readonly generation: Generation
  readonly fields: Readonly<Record<ObjectKind, ReadonlySet<string>>>
  readonly expansions: ReadonlySet<string>
}

/**
 * Reads `expansions` and every `*.fields` parameter the operation takes; an unknown name is X's 400 with
 * every bad value listed under its parameter.
 */
export function parseSelection(query: URLSearchParams, generation: Generation, expansionFamily: keyof typeof EXPANSIONS | undefined, postFieldsName: string): Selection {
  const problems: V2Error[] = []
  const fields = {} as Record<ObjectKind, Set<string>>
  for (const kind of Object.keys(DEFAULT_FIELDS) as ObjectKind[]) {
    const param = kind === 'post' ? postFieldsName : FIELDS_PARAM[kind]
    const chosen = new Set(DEFAULT_FIELDS[kind])
    const given = listParam(query, kind === 'post' ? [postFieldsName, postFieldsName === 'post.fields' ? 'tweet.fields' : 'post.fields'] : [param])
    const bad = given.filter((name) => !ALLOWED_FIELDS[kind].includes(fieldToCurrent(name)))
    if (bad.length > 0) problems.push(invalidRequest(generation, `The \`${param}\` query parameter value [${bad.join(',')}] is not one of [${ALLOWED_FIELDS[kind].map((f) => fieldIn(generation, f)).join(',')}]`, { [param]: bad }))
    for (const name of given) chosen.add(fieldToCurrent(name))
    fields[kind] = chosen
  }
  const expansions = new Set<string>()
  const given = listParam(query, ['expansions'])
  const allowed = expansionFamily ? EXPANSIONS[expansionFamily] : []
  const bad = given.filter((name) => !allowed.includes(expansionToCurrent(name)))
  if (bad.length > 0) problems.push(invalidRequest(generation, `The \`expansions\` query parameter value [${bad.join(',')}] is not one of [${allowed.map((e) => expansionIn(generation, e)).join(',')}]`, { expansions: bad }))
  for (const name of given) expansions.add(expansionToCurrent(name))
  if (problems.length > 0) throw problems.reduce((a, b) => a.merge(b))
  return { generation, fields, expansions }
}

/** A comma-separated list parameter (repeated parameters join), empty items dropped. */
export function listParam(query: URLSearchParams, names: readonly string[]): string[] {
  return names.flatMap((n) => query.getAll(n)).flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s !== '')
}

/** Keeps the selected fields of a full object, in X's order (the object's own key order). */
export function pick(full: Readonly<Record<string, unknown>>, chosen: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(full)) if (chosen.has(key) && value !== undefined) out[key] = value
  return out
}
