/** Intercepting mode: the CONNECT proxy, its CA, and the origin a client signed (see proxy.ts). */
export { INTERCEPTED_HOSTS, interceptTarget, startInterceptProxy, type ConnectionSink, type InterceptOptions, type InterceptProxy } from './proxy.js'
export { requestOrigin } from './origin.js'
