/**
 * tweepy (Debian's python3-tweepy, unmodified) runs the bot workload against the emulator. Direct mode:
 * tweepy.API's `host` and `upload_host` (tweepy always speaks https://, so they name the emulator's HTTPS
 * listener, whose CA the bot trusts with REQUESTS_CA_BUNDLE). Intercepting mode: `HTTPS_PROXY` and
 * `REQUESTS_CA_BUNDLE` only. Skips with the reason when /usr/bin/python3 cannot import tweepy.
 */

import { tweepy } from './clients.js'
import { describeClient } from './describe-client.js'

describeClient('tweepy', tweepy)
