import { STATUS_CODES } from 'node:http'
import { describe, expect, it } from 'vitest'
import { statusReason, TWITTER_HTTP_STATUS_REASONS } from '../src/errors.js'
import { STANDARD_STATUS_REASONS as WEB } from '../src/platform/status.web.js'

describe('status reasons without node:http', () => {
  // The error path carries its own table so it loads where node:http is absent; it must say what Node says.
  it('the non-Node table (status.web.ts) has every registered status node:http has, spelled the same', () => {
    for (let status = 100; status < 600; status++) {
      const node = STATUS_CODES[status]
      if (node === undefined) continue
      expect(WEB[status], String(status)).toBe(node)
    }
  })

  it('names every registered status as node:http does, where Twython has no reason of its own', () => {
    const nonstandard = new Set([420, 499, 520, 521, 522, 523, 524])
    let checked = 0
    for (let status = 100; status < 600; status++) {
      const node = STATUS_CODES[status]
      if (node === undefined || nonstandard.has(status)) continue
      expect(statusReason(status), String(status)).toBe(node)
      checked++
    }
    expect(checked).toBeGreaterThan(55)
  })

  // statusReason reads the platform's table, not Twython's: they must agree wherever Twython has a reason.
  it("gives Twython's reason for each status Twython names", () => {
    for (const [status, reason] of Object.entries(TWITTER_HTTP_STATUS_REASONS)) expect(statusReason(Number(status)), status).toBe(reason)
    for (const [status, reason] of Object.entries(TWITTER_HTTP_STATUS_REASONS)) if (status !== '420') expect(WEB[Number(status)], status).toBe(reason)
  })
})
