/**
 * `RedisRateLimitStore`: the rate-limit budget of `@twython/client` in Redis, shared by every process that
 * uses the same credentials. Each operation is one Lua script, so a reservation across several windows is
 * atomic however many processes reserve at once, and every time in it is Redis's own (`TIME`), so processes
 * whose clocks disagree still agree on when a window resets. Window keys expire with their window.
 *
 * The rules are those of the runtime's `MemoryRateLimitStore` (see `RateLimitStore` in @twython/runtime);
 * the tests run both against the same cases.
 */
import { LEARNED_TTL_MS, PROBE_MS, PROBE_POLL_MS, type RateLimitStore, type Reservation, type WindowObservation, type WindowSeed, type WindowState } from '@twython/runtime'
import { RedisConnection, type RedisConnectionOptions } from './connection.js'

/** Options of {@link RedisRateLimitStore}. */
export type RedisRateLimitStoreOptions = RedisConnectionOptions & {
  /** Prefix of every key this store writes. @default 'twython:rl:' */
  readonly keyPrefix?: string
}

// Shared by the scripts: Redis's clock in ms, and numbers written as plain integers (never 1.8e+12).
const PRELUDE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function s(x) return string.format('%.0f', x) end
`

/**
 * KEYS: window key and learned key, pairwise. ARGV: seed limit and seed window ms, pairwise. Returns {1}
 * when one request was taken from every window, or {0, retryInMs, key} of the spent window that resets last.
 */
export const RESERVE_SCRIPT = `${PRELUDE}
local PROBE_MS = ${PROBE_MS}
local POLL_MS = ${PROBE_POLL_MS}
local taken = {}
local retry = -1
local blocked = ''
for i = 1, #KEYS / 2 do
  local wk = KEYS[2 * i - 1]
  local lk = KEYS[2 * i]
  local e = redis.call('HMGET', wk, 'limit', 'rem', 'reset', 'start', 'conf', 'probe')
  local limit, rem, reset, start, conf, probe
  if e[3] and tonumber(e[3]) > now then
    limit, rem, reset, start, conf, probe = tonumber(e[1]), tonumber(e[2]), tonumber(e[3]), tonumber(e[4]), tonumber(e[5]), tonumber(e[6])
  else
    local l = redis.call('HMGET', lk, 'limit', 'wms')
    limit = tonumber(ARGV[2 * i - 1])
    local wms = tonumber(ARGV[2 * i])
    probe = 1
    if l[1] then limit = tonumber(l[1]); probe = 0 end
    if l[2] then wms = tonumber(l[2]) end
    if limit >= 0 then
      rem, reset, start, conf = limit, now + wms, now, 0
      redis.call('HSET', wk, 'limit', s(limit), 'rem', s(rem), 'reset', s(reset), 'start', s(start), 'conf', '0', 'probe', s(probe))
      redis.call('PEXPIREAT', wk, s(reset))
    end
  end
  if limit >= 0 then
    local probing = probe == 1 and conf == 0 and rem < limit and now < start + PROBE_MS
    if rem <= 0 or probing then
      local r
      if rem <= 0 then r = reset - now else r = math.min(POLL_MS, start + PROBE_MS - now) end
      if r > retry then retry = r; blocked = wk end
    end
    taken[#taken + 1] = wk
  end
end
if retry >= 0 then return {0, s(retry), blocked} end
for _, wk in ipairs(taken) do redis.call('HINCRBY', wk, 'rem', -1) end
return {1}
`

/** KEYS: window key and learned key, pairwise. ARGV: limit, remaining, resetInMs, by threes, then the learned TTL. */
export const OBSERVE_SCRIPT = `${PRELUDE}
local ttl = ARGV[#ARGV]
for i = 1, #KEYS / 2 do
  local wk = KEYS[2 * i - 1]
  local lk = KEYS[2 * i]
  local L = tonumber(ARGV[3 * i - 2])
  local R = tonumber(ARGV[3 * i - 1])
  local D = tonumber(ARGV[3 * i])
  if D > 0 then
    local reset = now + D
    local e = redis.call('HMGET', wk, 'limit', 'rem', 'reset', 'start', 'conf')
    local wms = nil
    if e[3] and tonumber(e[3]) > now then
      local used = tonumber(e[1]) - tonumber(e[2])
      local newReset = tonumber(e[3])
      if tonumber(e[5]) == 0 then
        newReset = reset
        wms = reset - tonumber(e[4])
      elseif reset > newReset then
        newReset = reset
      end
      redis.call('HSET', wk, 'limit', s(L), 'rem', s(math.max(0, math.min(R, L - used))), 'reset', s(newReset), 'conf', '1')
      redis.call('PEXPIREAT', wk, s(newReset))
    else
      redis.call('HSET', wk, 'limit', s(L), 'rem', s(math.max(0, R)), 'reset', s(reset), 'start', s(now), 'conf', '1', 'probe', '0')
      redis.call('PEXPIREAT', wk, s(reset))
    end
    if wms then redis.call('HSET', lk, 'limit', s(L), 'wms', s(wms)) else redis.call('HSET', lk, 'limit', s(L)) end
    redis.call('PEXPIRE', lk, ttl)
  end
end
return 1
`

/** KEYS: window keys. Returns limit, remaining, resetInMs per key (-1 for a key without a live window). */
export const PEEK_SCRIPT = `${PRELUDE}
local out = {}
for i = 1, #KEYS do
  local e = redis.call('HMGET', KEYS[i], 'limit', 'rem', 'reset')
  if e[3] and tonumber(e[3]) > now then
    out[#out + 1] = e[1]; out[#out + 1] = e[2]; out[#out + 1] = s(tonumber(e[3]) - now)
  else
    out[#out + 1] = '-1'; out[#out + 1] = '-1'; out[#out + 1] = '-1'
  end
end
return out
`

/**
 * A rate-limit store in Redis, for `new Twython({ rateLimit: { wait: true, store } })`: every process with
 * the same store and credentials spends one budget. Keys hold hashes of the credentials' identity, never a
 * secret. When Redis cannot be reached the client goes on with an in-process budget and a warning.
 *
 * @example
 * ```ts
 * import { Twython } from '@twython/client'
 * import { RedisRateLimitStore } from '@twython/redis'
 * const store = new RedisRateLimitStore({ url: process.env.REDIS_URL! })
 * const twitter = new Twython({ ...credentials, rateLimit: { wait: true, store } })
 * ```
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #redis: RedisConnection
  readonly #prefix: string

  constructor(options: RedisRateLimitStoreOptions) {
    this.#redis = new RedisConnection(options)
    this.#prefix = options.keyPrefix ?? 'twython:rl:'
  }

  async reserve(windows: readonly WindowSeed[]): Promise<Reservation> {
    if (windows.length === 0) return { ok: true }
    const reply = (await this.#redis.script(RESERVE_SCRIPT, this.#keys(windows.map((w) => w.key)), windows.flatMap((w) => [String(w.limit), String(w.windowMs)]))) as unknown[]
    if (Number(reply[0]) === 1) return { ok: true }
    return { ok: false, retryInMs: Number(reply[1]), key: String(reply[2]).slice(this.#prefix.length) }
  }

  async observe(observations: readonly WindowObservation[]): Promise<void> {
    if (observations.length === 0) return
    const args = observations.flatMap((o) => [String(o.limit), String(o.remaining), String(Math.round(o.resetInMs))])
    await this.#redis.script(OBSERVE_SCRIPT, this.#keys(observations.map((o) => o.key)), [...args, String(LEARNED_TTL_MS)])
  }

  async peek(keys: readonly string[]): Promise<readonly (WindowState | undefined)[]> {
    if (keys.length === 0) return []
    const reply = ((await this.#redis.script(PEEK_SCRIPT, keys.map((k) => this.#prefix + k), [])) as unknown[]).map(Number)
    return keys.map((_, i) => (reply[3 * i]! < 0 ? undefined : { limit: reply[3 * i]!, remaining: reply[3 * i + 1]!, resetInMs: reply[3 * i + 2]! }))
  }

  /** Closes the connection the store opened from a URL (a client passed in is left open). */
  close(): Promise<void> {
    return this.#redis.close()
  }

  /** Window key and learned key, pairwise, as the scripts take them. */
  #keys(keys: readonly string[]): string[] {
    return keys.flatMap((k) => [this.#prefix + k, `${this.#prefix + k}:learned`])
  }
}
