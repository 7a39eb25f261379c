/**
 * The third-party clients the workload runs with, and how each is pointed at the emulator: the command
 * that runs its bot, the environment a user of that client sets, and the steps a mode cannot run (no
 * host setting for that host). One test file per client turns its spec into tests; `table.ts` runs them
 * all and prints the client x step table.
 */
import { join } from 'node:path'
import { HERE, pythonWith, resolveHere, type ClientSpec, type Mode, type Step } from './harness.js'

// No client has `knownGaps` (steps failing for want of emulator support, run as expected failures) since
// issue 11 item 1 (branch h11) was merged; before it, the DM events API, `media_ids` attachment and
// chunked uploads as clients send them (camel-case `media_category`, form-encoded chunks) were missing.

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
})

export const twit = (): ClientSpec => ({ name: 'twit', command: [process.execPath, join(HERE, 'twit.bot.mjs')] })

export const twitterLite = (): ClientSpec => ({
  name: 'twitter-lite',
  command: [process.execPath, join(HERE, 'twitter-lite.bot.mjs')],
  env: nodeProxyPreload,
  notApplicable: { direct: { 'filter-stream': 'twitter-lite hard-codes https://stream.twitter.com' } },
})

export async function tweepy(): Promise<ClientSpec> {
  const { python, reason } = await pythonWith(['tweepy'])
  return {
    name: 'tweepy',
    command: python ? [python, join(HERE, 'tweepy_bot.py')] : undefined,
    ...(reason ? { skipReason: reason } : {}),
    notApplicable: { direct: { 'filter-stream': 'tweepy.Stream has no host setting (stream.twitter.com is hard-coded)' } },
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
  }
}

export const ALL_CLIENTS = [twitterApiV2, twit, twitterLite, tweepy, twython] as const
