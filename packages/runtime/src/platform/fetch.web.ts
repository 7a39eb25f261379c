/**
 * The default transport where Node's is absent (`#fetch` under the `default` condition): the platform's
 * own `fetch`, looked up on each call so a fetch installed after import (a test's, a polyfill) is used.
 */
export const defaultFetch: typeof fetch = (input, init) => globalThis.fetch(input, init)
