#!/usr/bin/env bash
# redis-server for the @twython/redis tests (they start their own on a free loopback port and skip with a
# printed reason when it is missing). Idempotent: nothing to do when it is already installed.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  echo "redis-server already installed: $(redis-server --version)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "no apt-get here: cannot install redis-server" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends redis-server >/dev/null
# The package may start a system service on port 6379; the tests start their own and do not need it.
echo "installed $(redis-server --version)"
