/**
 * twitter-lite (npm, unmodified) runs the bot workload against the emulator. Direct mode: its `url`
 * property points at the emulator's plain-HTTP origin (its stream URL is hard-coded, so the stream needs
 * intercepting mode). Intercepting mode: `HTTPS_PROXY` and `NODE_EXTRA_CA_CERTS`, plus global-agent as
 * the preload Node 20 needs for any proxy (its https module ignores `HTTPS_PROXY`).
 */

import { twitterLite } from './clients.js'
import { describeClient } from './describe-client.js'

describeClient('twitter-lite', twitterLite)
