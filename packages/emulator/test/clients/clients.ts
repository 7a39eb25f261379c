/**
 * The third-party clients the workload runs with, and how each is pointed at the emulator: the command
 * that runs its bot, the environment a user of that client sets, and the steps a mode cannot run (no
 * host setting for that host). One test file per client turns its spec into tests; `table.ts` runs them
 * all and prints the client x step table.
 */
import { join } from 'node:path'
import { HERE, pythonWith, resolveHere, type ClientSpec, type Mode, type Step } from './harness.js'

/**
 * What the emulator still lacks for these workloads (issue 11 item 1, on branch h11): `media_ids` on
 * `statuses/update` are not attached (no `entities.media`, no `extended_entities`). Same for every client
 * and mode where the step runs. (Before h11 was merged, the DM events API and chunked uploads as clients
 * send them were missing too.)
 */
const GAPS: Partial<Record<Step, string>> = {
  'post-with-entities-and-media': 'statuses/update does not attach media_ids (entities.media, extended_entities)',
  'chunked-video-upload': 'statuses/update does not attach the video media_id (extended_entities)',
}
const gaps = (na: Partial<Record<Step, string>> = {}) => {
  const open = Object.fromEntries(Object.entries(GAPS).filter(([step]) => !(step in na)))
  return { direct: open, intercept: open }
}

/**
 * Node 20's https module ignores `HTTPS_PROXY`; a Node 20 user whose client has no proxy setting of its
 * own preloads global-agent, which reads it (with the variable namespace emptied, the standard names).
 */
const nodeProxyPreload = (mode: Mode): Record<string, string> =>
  mode === 'intercept' ? { NODE_OPTIONS: `--require ${resolveHere('global-agent/bootstrap')}`, GLOBAL_AGENT_ENVIRONMENT_VARIABLE_NAMESPACE: '' } : {}

export const twitterApiV2 = (): ClientSpec => ({
  name: 'twitter-api-v2',
  command: [process.execPath, join(HERE, 'twitter-api-v2.bot.mjs')],
  env: nodeProxyPreload,
  knownGaps: gaps(),
})

export const twit = (): ClientSpec => ({ name: 'twit', command: [process.execPath, join(HERE, 'twit.bot.mjs')], knownGaps: gaps() })

export const twitterLite = (): ClientSpec => ({
  name: 'twitter-lite',
  command: [process.execPath, join(HERE, 'twitter-lite.bot.mjs')],
  env: nodeProxyPreload,
  notApplicable: { direct: { 'filter-stream': 'twitter-lite hard-codes https://stream.twitter.com' } },
  knownGaps: gaps(),
})

export async function tweepy(): Promise<ClientSpec> {
  const { python, reason } = await pythonWith(['tweepy'])
  return {
    name: 'tweepy',
    command: python ? [python, join(HERE, 'tweepy_bot.py')] : undefined,
    ...(reason ? { skipReason: reason } : {}),
    notApplicable: { direct: { 'filter-stream': 'tweepy.Stream has no host setting (stream.twitter.com is hard-coded)' } },
    knownGaps: gaps(),
  }
}

const TWYTHON_UPLOAD = 'Twython hard-codes https://upload.twitter.com (api_url covers api.twitter.com only)'
const TWYTHON_DIRECT_NA: Partial<Record<Step, string>> = {
  'post-with-entities-and-media': TWYTHON_UPLOAD,
  'chunked-video-upload': TWYTHON_UPLOAD,
  'filter-stream': 'TwythonStreamer hard-codes https://stream.twitter.com',
}

export async function twython(): Promise<ClientSpec> {
  const { python, reason } = await pythonWith(['twython'])
  return {
    name: 'Twython',
    command: python ? [python, join(HERE, 'twython_bot.py')] : undefined,
    ...(reason ? { skipReason: reason } : {}),
    notApplicable: {
      direct: TWYTHON_DIRECT_NA,
    },
    knownGaps: { direct: gaps(TWYTHON_DIRECT_NA).direct, intercept: gaps().intercept },
  }
}

export const ALL_CLIENTS = [twitterApiV2, twit, twitterLite, tweepy, twython] as const
