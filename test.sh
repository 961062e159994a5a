#!/usr/bin/env bash
# Runs every test of coursegen: unit, golden-file, invalid-course and browser tests.
# Browser tests drive Debian's Chromium; it is installed here when missing (needs root or sudo).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  echo "test.sh: installing Debian's chromium for the browser tests..." >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

cd "$here"
exec mvn -B -Dstyle.color=never verify "$@"
