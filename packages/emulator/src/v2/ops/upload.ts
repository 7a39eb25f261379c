/**
 * The v2 chunked upload: `POST /2/media/upload/initialize` (JSON), `POST /2/media/upload/{id}/append`
 * (multipart `media` + `segment_index`, or JSON with base64 `media`), `POST /2/media/upload/{id}/finalize`
 * and `GET /2/media/upload?command=STATUS&media_id=`, answered in X's `{ data }` shapes from the upload
 * service that v1.1's `media/upload.json` uses too.
 */
import type { UploadFields, UploadOutcome } from '../../upload/index.js'
import { idParam, viewerOf, type V2Context, type V2Handler } from '../context.js'
import { ConnectionReset, invalidRequest, V2Error } from '../problems.js'

/** Body fields as the upload steps read them (strings, as a form would carry them). */
function fieldsOf(ctx: V2Context): UploadFields {
  return {
    get(name) {
      const value = ctx.body[name]
      if (value === undefined || value === null) return undefined
      return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value)
    },
  }
}

/** The step's value, or X's answer for its refusal. */
function settle<T>(ctx: V2Context, outcome: UploadOutcome<T>, parameter: string, value: string): T {
  if (outcome.ok) return outcome.value
  if ('reset' in outcome) throw new ConnectionReset()
  if (outcome.status >= 500) throw new V2Error(outcome.status, { title: outcome.status === 503 ? 'Service Unavailable' : 'Internal Server Error', detail: outcome.status === 503 ? 'Service Unavailable' : 'Internal Server Error', type: 'about:blank', status: outcome.status })
  throw invalidRequest(ctx.generation, outcome.message, { [parameter]: [value] })
}

/** `additional_owners`: an array of user ids (initialize) or a comma-separated string (the simple upload). */
function owners(ctx: V2Context): string[] {
  const raw = ctx.body.additional_owners
  if (raw === undefined) return []
  const ids = Array.isArray(raw) ? raw.map(String) : String(raw).split(',').map((s) => s.trim()).filter(Boolean)
  for (const id of ids) idParam(ctx, 'additional_owners', id)
  return ids
}

export const initializeMediaUpload: V2Handler = (ctx) => {
  const fields = fieldsOf(ctx)
  const total = ctx.body.total_bytes
  if (total !== undefined && (typeof total !== 'number' || !Number.isInteger(total))) throw invalidRequest(ctx.generation, '`total_bytes` must be an integer.', { total_bytes: [String(total)] })
  const data = settle(ctx, ctx.uploads.v2.initialize(viewerOf(ctx), fields, owners(ctx)), 'total_bytes', String(total ?? ''))
  return { body: { data } }
}

/** `POST /2/media/upload`: the whole file in one request (multipart bytes, or base64 in JSON). */
export const mediaUpload: V2Handler = (ctx) => {
  const category = ctx.body.media_category
  if (typeof category !== 'string') throw invalidRequest(ctx.generation, 'The `media_category` field is required.', { media_category: [''] })
  const file = ctx.files.get('media')
  const base64 = typeof ctx.body.media === 'string' ? ctx.body.media : undefined
  const bytes = file ?? (base64 !== undefined ? Buffer.from(base64, 'base64') : undefined)
  if (!bytes || bytes.length === 0) throw invalidRequest(ctx.generation, 'The `media` field is required.', { media: [''] })
  return { body: { data: settle(ctx, ctx.uploads.v2.simple(viewerOf(ctx), bytes, category, owners(ctx)), 'media_category', category) } }
}

export const appendMediaUpload: V2Handler = (ctx) => {
  const id = idParam(ctx, 'id', ctx.path.id)
  const fields = fieldsOf(ctx)
  const index = fields.get('segment_index')
  if (index === undefined) throw invalidRequest(ctx.generation, 'The `segment_index` field is required.', { segment_index: [''] })
  const file = ctx.files.get('media')
  if (file === undefined && fields.get('media') === undefined) throw invalidRequest(ctx.generation, 'The `media` field is required.', { media: [''] })
  const data = settle(ctx, ctx.uploads.v2.append(viewerOf(ctx), id, fields, file), 'segment_index', index)
  return { body: { data } }
}

export const finalizeMediaUpload: V2Handler = (ctx) => {
  const id = idParam(ctx, 'id', ctx.path.id)
  return { body: { data: settle(ctx, ctx.uploads.v2.finalize(viewerOf(ctx), id), 'id', id) } }
}

export const getMediaUploadStatus: V2Handler = (ctx) => {
  const id = idParam(ctx, 'media_id', ctx.query.get('media_id'))
  return { body: { data: settle(ctx, ctx.uploads.v2.status(viewerOf(ctx), id), 'media_id', id) } }
}
