/** Media lookup, Spaces (lookup, by creator, search, their posts) and project usage. */
import { answer, countUsage, hydrator, idList, lookup, single, type V2Context, type V2Handler } from '../context.js'
import { invalidParam } from '../problems.js'
import type { SpaceRecord } from '../store.js'
import { mediaObject } from '../views.js'

const MEDIA_KEY = /^([0-9]+)_([0-9]+)$/

export const getMediaByMediaKeys: V2Handler = (ctx) =>
  lookup(ctx, idList(ctx, 'media_keys', 100, MEDIA_KEY), 'media', 'media_keys', (k) => ctx.extras.media.get(k), (h, m) => h.mediaItem(mediaObject(m)))

export const getMediaByMediaKey: V2Handler = (ctx) => {
  const key = ctx.path.media_key ?? ''
  if (!MEDIA_KEY.test(key)) throw invalidParam(ctx.generation, 'media_key', key, `The \`media_key\` path parameter value [${key}] does not match ^([0-9]+)_([0-9]+)$`)
  return single(ctx, key, 'media', 'media_key', (k) => ctx.extras.media.get(k), (h, m) => h.mediaItem(mediaObject(m)))
}

const SPACE_ID = /^[a-zA-Z0-9]{1,13}$/

export const getSpacesByIds: V2Handler = (ctx) => lookup(ctx, idList(ctx, 'ids', 100, SPACE_ID), 'space', 'ids', (id) => ctx.extras.spaces.get(id), (h, s) => h.space(s))

export const getSpacesById: V2Handler = (ctx) => {
  const id = ctx.path.id ?? ''
  if (!SPACE_ID.test(id)) throw invalidParam(ctx.generation, 'id', id, `The \`id\` path parameter value [${id}] does not match ^[a-zA-Z0-9]{1,13}$`)
  return single(ctx, id, 'space', 'id', (i) => ctx.extras.spaces.get(i), (h, s) => h.space(s))
}

function spaceList(ctx: V2Context, spaces: SpaceRecord[]) {
  const h = hydrator(ctx)
  const data = spaces.map((s) => h.space(s))
  return { body: answer(data, h, { result_count: data.length }) }
}

export const getSpacesByCreatorIds: V2Handler = (ctx) => {
  const ids = new Set(idList(ctx, 'user_ids'))
  return spaceList(ctx, [...ctx.extras.spaces.values()].filter((s) => ids.has(s.creator)))
}

export const searchSpaces: V2Handler = (ctx) => {
  const query = (ctx.query.get('query') ?? '').toLowerCase()
  if (query === '') throw invalidParam(ctx.generation, 'query', query, 'The `query` query parameter can not be empty')
  const state = ctx.query.get('state') ?? 'all'
  if (!['live', 'scheduled', 'all'].includes(state)) throw invalidParam(ctx.generation, 'state', state, `The \`state\` query parameter value [${state}] is not one of [live,scheduled,all]`)
  const max = Number(ctx.query.get('max_results') ?? 100)
  if (!(max >= 1 && max <= 100)) throw invalidParam(ctx.generation, 'max_results', String(ctx.query.get('max_results')), `The \`max_results\` query parameter value [${ctx.query.get('max_results')}] is not between 1 and 100`)
  const words = query.split(/\s+/)
  const found = [...ctx.extras.spaces.values()].filter((s) => (state === 'all' || s.state === state) && words.every((w) => s.title.toLowerCase().includes(w)))
  return spaceList(ctx, found.slice(0, max))
}

/** Posts shared in a Space: the emulator's Spaces have none, so the answer is X's empty page. */
export const getSpacesPosts: V2Handler = (ctx) => {
  const id = ctx.path.id ?? ''
  if (!ctx.extras.spaces.has(id)) return single(ctx, id, 'space', 'id', () => undefined, () => ({}))
  hydrator(ctx)
  return { body: { meta: { result_count: 0 } } }
}

/** Project usage: posts delivered by v2 reads per day over the last `days` (1..90, default 7). */
export const getUsage: V2Handler = (ctx) => {
  const raw = ctx.query.get('days') ?? '7'
  const days = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (!(days >= 1 && days <= 90)) throw invalidParam(ctx.generation, 'days', raw, `The \`days\` query parameter value [${raw}] is not between 1 and 90`)
  const fields = new Set((ctx.query.get('usage.fields') ?? '').split(',').filter(Boolean))
  countUsage(ctx, 0)
  const now = ctx.state.now()
  const usage: { date: string; usage: string }[] = []
  let total = 0
  for (let i = days - 1; i >= 0; i--) {
    const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - i))
    const n = ctx.extras.usage.get(day.toISOString().slice(0, 10)) ?? 0
    total += n
    usage.push({ date: day.toISOString(), usage: String(n) })
  }
  const data: Record<string, unknown> = { cap_reset_day: 1, project_cap: '10000000', project_id: '1', project_usage: String(total) }
  if (fields.has('daily_project_usage')) data.daily_project_usage = { project_id: '1', usage }
  if (fields.has('daily_client_app_usage')) data.daily_client_app_usage = [{ client_app_id: '1', usage, usage_result_count: usage.length }]
  return { body: { data } }
}
