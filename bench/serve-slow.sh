#!/usr/bin/env bash
# How `coursegen serve` answers while slow clients hold connections, and how fast kept-alive requests
# are: starts the dev server on a 100-lesson corpus on a loopback port, runs bench/ServeSlowClients.java
# against it, stops it. Everything stays on 127.0.0.1 and ends by itself (about a minute).
#
#   bench/serve-slow.sh                        # the launcher of this checkout
#   LAUNCHER=/tmp/old/coursegen bench/serve-slow.sh   # another copy, e.g. of the code before a change
#   SLOW=50 SILENT=10 GETS=40 N=100 bench/serve-slow.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/out"
n="${N:-100}"
launcher="${LAUNCHER:-$here/../coursegen}"
mkdir -p "$out"
corpus="$out/corpus-$n"
[ -d "$corpus/content" ] || env -u JAVA_TOOL_OPTIONS java "$here/GenerateCourse.java" "$corpus" "$n" 42 >/dev/null
env -u JAVA_TOOL_OPTIONS "$launcher" --version >/dev/null
port=$((20000 + RANDOM % 20000))
log="$out/serve-slow-$n.out"
env -u JAVA_TOOL_OPTIONS "$launcher" serve --project "$corpus" --port "$port" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  grep -q '^built ' "$log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "serve-slow: the server stopped" >&2; exit 1; }
  sleep 0.5
done
grep -q '^built ' "$log" || { cat "$log" >&2; echo "serve-slow: no build after 60 s" >&2; exit 1; }
sleep 2 # the warm-up rebuilds after the first build
echo "serve-slow: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(env -u JAVA_TOOL_OPTIONS java -version 2>&1 | head -n 1), launcher $launcher"
env -u JAVA_TOOL_OPTIONS java "$here/ServeSlowClients.java" "http://127.0.0.1:$port/" "${SLOW:-50}" "${SILENT:-10}" "${GETS:-40}"
