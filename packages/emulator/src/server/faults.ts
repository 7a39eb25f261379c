/**
 * Faults on demand: for the next N calls of a route, answer with a status (Twitter's error body, an HTML
 * page or a given body), wait before answering, cut the body short, or destroy the connection.
 */
import type { ServerResponse } from 'node:http'
import { twitterErrorBody } from './errors.js'
import { HTML_TYPE, send } from './http.js'

/** A fault to play on the next `times` matching calls. */
export interface FaultSpec {
  /** A route id (Twython name, `show_status`), `METHOD /1.1/path.json`, or `*` for every call. */
  readonly route: string
  /** How many calls it applies to. @default 1 */
  readonly times?: number
  /** Answer with this status instead of handling the call. */
  readonly status?: number
  /** With `status`: Twitter's JSON error body (the default), an HTML error page, or this literal body. */
  readonly body?: 'twitter' | 'html' | (string & {})
  /** Wait this long before answering (then answer normally unless another field says otherwise). */
  readonly delayMs?: number
  /** Send the headers and half of the body, then close the connection. */
  readonly truncate?: true
  /** Destroy the connection without any answer. */
  readonly reset?: true
}

/** Twitter's code and message for the statuses a fault usually plays. */
const TWITTER_ERRORS: Readonly<Record<number, readonly [number, string]>> = {
  400: [215, 'Bad Authentication data.'],
  401: [32, 'Could not authenticate you.'],
  403: [220, 'Your credentials do not allow access to this resource.'],
  404: [34, 'Sorry, that page does not exist'],
  420: [88, 'Enhance Your Calm'],
  429: [88, 'Rate limit exceeded'],
  500: [131, 'Internal error'],
  503: [130, 'Over capacity'],
}

export class FaultInjector {
  readonly #faults: { spec: FaultSpec; remaining: number }[] = []

  add(fault: FaultSpec): void {
    if (typeof fault.route !== 'string' || fault.route === '') throw new TypeError('a fault needs a "route"')
    this.#faults.push({ spec: fault, remaining: Math.max(1, fault.times ?? 1) })
  }

  clear(): void {
    this.#faults.length = 0
  }

  /** Faults still waiting to play. */
  get pending(): number {
    return this.#faults.length
  }

  /** The first fault matching this call, counted as played; undefined when none. */
  take(routeId: string | undefined, method: string, path: string): FaultSpec | undefined {
    const index = this.#faults.findIndex(({ spec }) => spec.route === '*' || (routeId !== undefined && spec.route === routeId) || spec.route === `${method} ${path}`)
    if (index < 0) return undefined
    const fault = this.#faults[index]!
    if (--fault.remaining <= 0) this.#faults.splice(index, 1)
    return fault.spec
  }
}

/** Answers a call with a fault's status; true when the fault had one. */
export function playStatusFault(res: ServerResponse, fault: FaultSpec): boolean {
  if (fault.status === undefined) return false
  const status = fault.status
  if (fault.body === 'html') {
    const page = `<!DOCTYPE html>\n<html><head><title>Twitter / Over capacity</title></head><body><h1>Something is technically wrong.</h1><p>Thanks for noticing; we're going to fix it up and have things back to normal soon. (${status})</p></body></html>\n`
    send(res, status, page, { 'content-type': HTML_TYPE }, fault.truncate)
  } else if (fault.body === undefined || fault.body === 'twitter') {
    const [code, message] = TWITTER_ERRORS[status] ?? [131, 'Internal error']
    send(res, status, twitterErrorBody(code, message), {}, fault.truncate)
  } else {
    send(res, status, fault.body, {}, fault.truncate)
  }
  return true
}
