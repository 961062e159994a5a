#!/usr/bin/env bash
# What build-time syntax highlighting costs: the synthetic course of N lessons (bench/GenerateCourse.java,
# one fenced code block per lesson in python, yaml, bash, json or java), built RUNS times as generated
# and RUNS times with every fence's language removed (so the same code stays plain), in turn A B A B,
# each a fresh `coursegen build` process. Prints each run and the medians of wall and CPU time.
#
#   bench/highlight-cost.sh [N]      default: 1000
#
# Environment: RUNS=5 (timed builds of each variant), SEED=42 (corpus seed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
n="${1:-1000}"
runs="${RUNS:-5}"
seed="${SEED:-42}"
out="$here/out/highlight-$n"
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (Debian: apt-get install time)" >&2; exit 2; }

rm -rf "$out" && mkdir -p "$out"
env -u JAVA_TOOL_OPTIONS java "$here/GenerateCourse.java" "$out/highlighted" "$n" "$seed" >/dev/null
cp -r "$out/highlighted" "$out/plain"
# The same blocks with no language: the highlighter leaves them alone and flexmark writes them as before.
find "$out/plain" -name '*.md' -exec sed -i -E 's/^```[a-z]+$/```/' {} +
blocks="$(grep -rhE '^```[a-z]+$' "$out/highlighted" | wc -l)"
"$root/coursegen" --version >/dev/null   # compile first: never timed

declare -A wall cpu
for i in $(seq 1 "$runs"); do
  for variant in highlighted plain; do
    /usr/bin/time -f '%e %U %S' -o "$out/time" "$root/coursegen" build --project "$out/$variant" --out "$out/site-$variant" >"$out/build.log" 2>&1 \
      || { cat "$out/build.log" >&2; exit 1; }
    read -r e u s <"$out/time"
    wall[$variant]+="$e "
    cpu[$variant]+="$(echo "$u + $s" | bc) "
    echo "run $i $variant: wall ${e} s, cpu $(echo "$u + $s" | bc) s"
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
spans="$(grep -rho 'class="hl-' "$out/site-highlighted" | wc -l)"
echo "$n lessons, $blocks highlighted code blocks, $spans token spans; medians of $runs runs:"
for variant in highlighted plain; do
  echo "  $variant: wall $(echo "${wall[$variant]}" | median) s, cpu $(echo "${cpu[$variant]}" | median) s"
done
