#!/usr/bin/env bash
# tweepy and Twython for the emulator's real-client tests (packages/emulator/test/clients/ and test/v2/third-party), from Debian,
# used with /usr/bin/python3. Quick when they are already importable; the tests skip when they are absent.
set -euo pipefail
if /usr/bin/python3 -c 'import tweepy, twython' 2>/dev/null; then
  echo "python-clients: tweepy and twython already installed"
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "python-clients: no apt-get here; the tweepy and Twython tests will skip"
  exit 1
fi
SUDO=''
[ "$(id -u)" -eq 0 ] || SUDO='sudo'
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-tweepy python3-twython >/dev/null
/usr/bin/python3 -c 'import tweepy, twython; print("python-clients: tweepy", tweepy.__version__, "and twython", twython.__version__)'
