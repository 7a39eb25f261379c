#!/bin/sh
# tweepy's v2 Client runs unmodified against the emulator in packages/emulator/test/v2/third-party.test.ts.
# Debian packages it; the test skips with a printed reason when /usr/bin/python3 cannot import it.
set -e
if /usr/bin/python3 -c 'import tweepy' 2>/dev/null; then exit 0; fi
if command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-tweepy
fi
