/**
 * twitter-api-v2 (npm, unmodified) runs the bot workload against the emulator. Direct mode: its plugin
 * hook rewrites each URL to the emulator before signing. Intercepting mode: `HTTPS_PROXY` and
 * `NODE_EXTRA_CA_CERTS`; Node 20's https module ignores `HTTPS_PROXY`, so the bot also gets the preload a
 * Node 20 user adds for any proxy, global-agent (`NODE_OPTIONS=--require global-agent/bootstrap`).
 */

import { twitterApiV2 } from './clients.js'
import { describeClient } from './describe-client.js'

describeClient('twitter-api-v2', twitterApiV2)
