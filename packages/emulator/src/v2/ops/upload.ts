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

export const initializeMediaUpload: V2Handler = (ctx) => {
  const fields = fieldsOf(ctx)
  const total = ctx.body.total_bytes
  if (total !== undefined && (typeof total !== 'number' || !Number.isInteger(total))) throw invalidRequest(ctx.generation, '`total_bytes` must be an integer.', { total_bytes: [String(total)] })
  const data = settle(ctx, ctx.uploads.v2.initialize(viewerOf(ctx), fields), 'total_bytes', String(total ?? ''))
  return { body: { data } }
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
