/**
 * twit (npm, unmodified) runs the bot workload against the emulator. Direct mode: its endpoint table points
 * at the emulator's plain-HTTP origin. Intercepting mode: only `HTTPS_PROXY` and `NODE_EXTRA_CA_CERTS`
 * (its HTTP library, request, tunnels through `HTTPS_PROXY` by itself).
 */

import { twit } from './clients.js'
import { describeClient } from './describe-client.js'

describeClient('twit', twit)
