/**
 * Twython (Debian's python3-twython, unmodified) runs the bot workload against the emulator. Direct mode:
 * its `api_url` attribute names the emulator's plain-HTTP origin; its upload and stream URLs are
 * hard-coded, so those steps need intercepting mode: `HTTPS_PROXY` and `REQUESTS_CA_BUNDLE` only.
 * Skips with the reason when /usr/bin/python3 cannot import twython.
 */

import { twython } from './clients.js'
import { describeClient } from './describe-client.js'

describeClient('Twython', twython)
