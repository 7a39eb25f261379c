/**
 * How a v1.1 route that sends files is called on any core. The generated functions of such routes
 * (`uploadMedia`, `updateStatusWithMedia`) call `callWithFiles`, which hands the core the multipart encoder,
 * so an app that never sends a file never bundles it (or the file readers behind it).
 */
import type { BaseCore, CallOptions } from './base-core.js'
import { multipartBody } from './body.js'
import type { Route } from './route.js'

/** Calls a route whose body is multipart (its file parameters read from paths, bytes, Blobs or streams). */
export function callWithFiles<T>(core: BaseCore, route: Route, params: object | undefined, options?: CallOptions): Promise<T> {
  return core.call<T>(route, params, options, multipartBody)
}
