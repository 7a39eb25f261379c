/**
 * How a route that sends files is called on any core. The generated functions of such routes (v1.1's
 * `uploadMedia`, `updateStatusWithMedia`, v2's multipart operations) call `callWithFiles`, which hands the
 * core the multipart encoder,
 * so an app that never sends a file never bundles it (or the file readers behind it).
 */
import type { BaseCore, CallOptions } from './base-core.js'
import { multipartBody } from './body.js'
import { isFileLike } from './files.js'
import type { Route } from './route.js'
import { callV1 } from './v1/call.js'
import { callV2, type V2BodyEncoder } from './v2/call.js'

/** An X API v2 multipart body: files are the fields whose values are file-like; objects travel as JSON. */
export const encodeV2Multipart: V2BodyEncoder = async (_route, fields) => ({ body: await multipartBody(fields, (_name, value) => isFileLike(value), true) })

/** Calls a route, v1.1 or X API v2, whose body is multipart (its files read from paths, bytes, Blobs or streams). */
export function callWithFiles<T>(core: BaseCore, route: Route, params: object | undefined, options?: CallOptions): Promise<T> {
  if (route.host === 'v2') return callV2<T>(core, route, params, options, encodeV2Multipart)
  return callV1<T>(core, route, params, options, multipartBody)
}
