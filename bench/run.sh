#!/usr/bin/env bash
# coursegen benchmark: generates synthetic courses of N lessons and times cold builds of them by
# coursegen and by Hugo (Debian's package, installed when missing), interleaved A B A B.
#
#   bench/run.sh [N...]        default: 1000 10000
#
# Environment:
#   RUNS=3                     timed builds per N and tool (the medians are reported)
#   EDITS=20                   timed one-lesson edits per N and tool in the dev servers; 0 skips them
#   SEED=42                    corpus seed (same seed -> byte-identical corpus)
#   WARMUP=1                   0: skip the untimed warm-up build of each tool (the class-data archive
#                              must then exist already, e.g. with SNAPSHOT=reuse after an earlier run)
#   TAG=name                   suffix for the results file: bench/out/results-N-name.txt
#   QUIET=600                  before each run, wait up to this many seconds for the machine to be idle
#                              (under 15% of all CPUs busy over 5 s); default 0: don't wait
#   JAVA_TOOL_OPTIONS=...      passed through to the JVM (e.g. -Xmx4g, -XX:TieredStopAtLevel=1)
#   SNAPSHOT=1                 1: time a frozen copy of the launcher and compiled classes (see below);
#                              reuse: time the copy an earlier run left in bench/out/generator, so
#                              several invocations (say, with different JVM options) measure the same code;
#                              0: time ./coursegen in the work tree itself
#
# For each N: writes the corpus to bench/out/corpus-N and its Hugo twin to bench/out/hugo-N, compiles
# the generator once (./coursegen --version) so compilation is never timed, builds once with each tool
# untimed (page cache; coursegen's class-data archive), then RUNS times in turn `coursegen build
# --project bench/out/corpus-N --out bench/out/site-N-coursegen` and `hugo --source bench/out/hugo-N
# --destination bench/out/site-N-hugo` under /usr/bin/time -v, each from a fresh process into a removed
# output folder. Prints each run, one table line per tool and N and the ratio of the medians, and
# writes bench/out/results-N.txt.
#
# Then the dev servers: `coursegen serve` and `hugo server` (one at a time, on loopback) each get EDITS
# edits of one lesson in the middle of the course, and bench/ServeLatency.java times each from the end
# of the file write to the reload message an open page would get (coursegen's event stream, Hugo's
# live-reload web socket). The first edits include the JIT warming up; the median is reported.
#
# With SNAPSHOT=1 (the default) the launcher, target/classes and the dependency classpath file are
# copied to bench/out/generator/ once, after compiling, and that copy of the launcher is what is
# timed: the same `exec java ...` line, but people editing src/ meanwhile can neither trigger a
# recompile inside a timed run nor make runs of one invocation measure different code.
set -euo pipefail

# Everything runs inside main, which bash reads whole before running it, so editing this file while a
# benchmark runs cannot change what the running one does next.
main() {
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  root="$(cd "$here/.." && pwd)"
  out="$here/out"
  runs="${RUNS:-3}"
  quiet="${QUIET:-0}"
  snapshot="${SNAPSHOT:-1}"
  seed="${SEED:-42}"
  tag="${TAG:+-$TAG}"
  sizes=("$@")
  [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

  die() { echo "bench: error: $*" >&2; exit 1; }

  [ -x /usr/bin/time ] || die "/usr/bin/time is missing (Debian: apt-get install time)"
  command -v java >/dev/null || die "java is missing"
  for n in "${sizes[@]}"; do [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "N must be a positive integer, got \`$n\`"; done
  [[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, got \`$runs\`"
  [[ "$quiet" =~ ^[0-9]+$ ]] || die "QUIET must be a number of seconds, got \`$quiet\`"
  mkdir -p "$out"

  # Compile the generator now, not inside a timed run. Others may be editing src/: retry a few times.
  ensure_compiled() {
    local attempt
    for attempt in 1 2 3 4 5; do
      if env -u JAVA_TOOL_OPTIONS "$root/coursegen" --version >"$out/version.log" 2>&1; then return 0; fi
      echo "bench: compiling the generator failed (attempt $attempt of 5), retrying in 60 s:" >&2
      tail -n 5 "$out/version.log" >&2
      sleep 60
    done
    cat "$out/version.log" >&2
    die "the generator does not compile; see $out/version.log"
  }

  # A short fingerprint of the compiled generator, to tell which code a run measured.
  classes_id() { (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 md5sum) | md5sum | cut -c1-12; }

  # Copies the launcher and the compiled generator to bench/out/generator (see SNAPSHOT above).
  take_snapshot() {
    local snap="$out/generator" attempt before after
    for attempt in 1 2 3 4 5; do
      ensure_compiled
      rm -rf "$snap.tmp"
      mkdir -p "$snap.tmp/target"
      before=$(classes_id "$root/target/classes")
      cp "$root/coursegen" "$snap.tmp/coursegen"
      cp -R "$root/target/classes" "$snap.tmp/target/classes"
      cp "$root/target/coursegen.classpath" "$snap.tmp/target/coursegen.classpath"
      cp "$root/target/coursegen-app.jar" "$snap.tmp/target/coursegen-app.jar"
      after=$(classes_id "$root/target/classes")
      if [ "$before" = "$after" ] && [ "$(classes_id "$snap.tmp/target/classes")" = "$before" ] \
          && env -u JAVA_TOOL_OPTIONS "$snap.tmp/coursegen" --version >"$out/version.log" 2>&1 \
          && ! grep -q compiling "$out/version.log"; then
        # Where the copy came from, for SNAPSHOT=reuse runs later.
        { echo "git $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" diff --quiet HEAD -- src templates pom.xml coursegen 2>/dev/null || echo ' + uncommitted changes')"
          date -u +%Y-%m-%dT%H:%M:%SZ; } >"$snap.tmp/ORIGIN"
        rm -rf "$snap"
        mv "$snap.tmp" "$snap"
        return 0
      fi
      echo "bench: target/classes changed while copying it (attempt $attempt of 5); retrying in 30 s" >&2
      sleep 30
    done
    die "could not take a consistent copy of target/classes; is someone rebuilding it continuously?"
  }

  # Percent of all CPUs busy over the next 5 seconds, from /proc/stat.
  busy_percent() {
    local a b
    a=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat)
    sleep 5
    b=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat)
    awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " "); busy = y[1] - x[1]; idle = y[2] - x[2];
      total = busy + idle; printf "%.0f", (total > 0 ? 100 * busy / total : 0) }'
  }

  # With QUIET set, waits until the machine is idle (or QUIET seconds have passed); prints the last busy %.
  wait_quiet() {
    local start=$SECONDS busy
    busy=$(busy_percent)
    while [ "$busy" -ge 15 ] && [ $((SECONDS - start)) -lt "$quiet" ]; do
      sleep 10
      busy=$(busy_percent)
    done
    echo "$busy"
  }

  # Field of `/usr/bin/time -v` output, e.g. "Maximum resident set size (kbytes)".
  time_field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }

  # "h:mm:ss" or "m:ss.ss" -> seconds
  wall_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }

  median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { printf "%.2f\n", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

  # median_s: median wall time; best_s: fastest run; cpu_s: median user+sys CPU seconds (less sensitive
  # than wall time to other load on the machine); rss_MiB: median peak RSS; ms/page from median_s.
  header=$(printf '%-8s %7s %10s %9s %8s %8s %8s %8s %11s' lessons pages "out_KB" "median_s" "best_s" "cpu_s" "rss_MiB" "ms/page" "avg_page_KB")
  summary=()
  echo "bench: $(nproc) cores, $(env -u JAVA_TOOL_OPTIONS java -version 2>&1 | head -n 1), JAVA_TOOL_OPTIONS=${JAVA_TOOL_OPTIONS:-<unset>}"

  [[ "$snapshot" =~ ^(0|1|reuse)$ ]] || die "SNAPSHOT must be 0, 1 or reuse, got \`$snapshot\`"
  if [ "$snapshot" = 1 ]; then
    take_snapshot
    launcher="$out/generator/coursegen"
  elif [ "$snapshot" = reuse ]; then
    launcher="$out/generator/coursegen"
    [ -x "$launcher" ] || die "SNAPSHOT=reuse: no earlier copy in $out/generator; run once with SNAPSHOT=1"
    env -u JAVA_TOOL_OPTIONS "$launcher" --version >"$out/version.log" 2>&1 || die "SNAPSHOT=reuse: $launcher --version failed"
  else
    ensure_compiled
    launcher="$root/coursegen"
  fi
  if [ "$snapshot" = 0 ]; then
    origin="git $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
    git -C "$root" diff --quiet HEAD -- src templates pom.xml coursegen 2>/dev/null || origin+=" + uncommitted changes"
  else
    origin="$(head -n 1 "$out/generator/ORIGIN" 2>/dev/null || echo 'git ?'), copied to bench/out/generator at $(sed -n 2p "$out/generator/ORIGIN" 2>/dev/null)"
  fi
  generator="$(head -n 1 "$out/version.log"), $origin, classes $(classes_id "$(dirname "$launcher")/target/classes")"
  echo "bench: generator: $generator"

  # The Hugo twin of a corpus: the same markdown files, module.yaml as each section's front matter,
  # and layouts (bench/hugo/) that make pages like coursegen's: sidebar of modules with the current
  # one's lessons, table of contents, prev/next, module and home pages listing lessons with summaries.
  make_hugo_site() {
    local corpus="$1" dest="$2" m name
    rm -rf "$dest"
    mkdir -p "$dest/content"
    cp "$here/hugo/config.toml" "$dest/"
    cp -R "$here/hugo/layouts" "$dest/"
    printf -- '---\ntitle: Synthetic benchmark course\n---\n' >"$dest/content/_index.md"
    for m in "$corpus/content"/*/; do
      name=$(basename "$m")
      mkdir -p "$dest/content/$name"
      { echo ---; cat "$m/module.yaml"; echo ---; } >"$dest/content/$name/_index.md"
      cp "$m"/*.md "$dest/content/$name/"
    done
  }

  # One timed cold build by TOOL (coursegen or hugo) of size N into a removed output folder; appends
  # to that tool's arrays and prints a line. Sets rc.
  timed_build() {
    local tool="$1" n="$2" i="$3" site log idle_note load built pages wall rss_kb cpu cpu_s line
    site="$out/site-$n-$tool"
    rm -rf "$site"
    log="$out/build-$n$tag-$tool-$i"
    idle_note=""
    if [ "$quiet" -gt 0 ]; then idle_note=", machine $(wait_quiet)% busy before"; fi
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    set +e
    if [ "$tool" = coursegen ]; then
      /usr/bin/time -v -o "$log.time" "$launcher" build --project "$out/corpus-$n" --out "$site" >"$log.out" 2>"$log.err"
    else
      /usr/bin/time -v -o "$log.time" hugo --quiet --source "$out/hugo-$n" --destination "$site" >"$log.out" 2>"$log.err"
    fi
    rc=$?
    set -e
    if [ "$rc" -ne 0 ]; then
      echo "bench: N=$n $tool run $i: build FAILED with exit code $rc; last lines of its output:" >&2
      tail -n 25 "$log.out" "$log.err" >&2
      die "$tool build of N=$n failed (exit $rc; full output: $log.err)"
    fi
    wall=$(wall_seconds "$(time_field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$log.time")")
    rss_kb=$(time_field 'Maximum resident set size (kbytes)' "$log.time")
    cpu=$(time_field 'Percent of CPU this job got' "$log.time")
    cpu_s=$(awk -v u="$(time_field 'User time (seconds)' "$log.time")" -v s="$(time_field 'System time (seconds)' "$log.time")" \
      'BEGIN { printf "%.1f", u + s }')
    if [ "$tool" = coursegen ]; then
      built=$(tail -n 1 "$log.out")
      pages=$(sed -n 's/^built \([0-9]*\) pages\{0,1\} into.*/\1/p' <<<"$built")
      [ -n "$pages" ] || die "cannot read the page count from the build's last line: \`$built\`"
    else
      pages=$(find "$site" -name '*.html' -type f | wc -l)
      built="hugo: $pages html files"
    fi
    eval "walls_$tool+=(\"\$wall\"); rsss_$tool+=(\"\$rss_kb\"); cpus_$tool+=(\"\$cpu_s\"); pages_$tool=\$pages"
    line=$(printf 'N=%s %-9s run %s: wall %6.2f s, peak RSS %6.0f MiB, CPU %s s (%s), load before %s%s | %s' \
      "$n" "$tool" "$i" "$wall" "$(awk -v k="$rss_kb" 'BEGIN { print k / 1024 }')" "$cpu_s" "$cpu" "$load" "$idle_note" "$built")
    echo "$line"; lines+=("$line")
  }

  # Median ms from file saved to reload message in TOOL's dev server on size N; prints it, "-" if EDITS=0.
  serve_latency() {
    local tool="$1" n="$2" port pid lesson log result
    [ "${EDITS:-20}" -gt 0 ] || { echo "-"; return; }
    port=$((20000 + RANDOM % 20000))
    log="$out/serve-$n$tag-$tool"
    if [ "$tool" = coursegen ]; then
      lesson=$(ls "$out/corpus-$n/content/"*/*.md | sed -n "$(( (n + 1) / 2 ))p")
      "$launcher" serve --project "$out/corpus-$n" --port "$port" >"$log.out" 2>&1 &
    else
      lesson=$(ls "$out/hugo-$n/content/"*/[0-9]*.md | sed -n "$(( (n + 1) / 2 ))p")
      hugo server --source "$out/hugo-$n" --bind 127.0.0.1 --port "$port" --quiet >"$log.out" 2>&1 &
    fi
    pid=$!
    set +e
    env -u JAVA_TOOL_OPTIONS java "$here/ServeLatency.java" "$tool" "http://127.0.0.1:$port/" "$lesson" "${EDITS:-20}" >"$log.txt" 2>&1
    rc=$?
    set -e
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    [ "$rc" -eq 0 ] || { tail -n 20 "$log.txt" "$log.out" >&2; die "$tool dev server latency run failed (see $log.txt)"; }
    result=$(sed -n 's/^median_ms=\([0-9.]*\) .*/\1/p' "$log.txt")
    echo "N=$n $tool serve: $(grep -c '^run ' "$log.txt") edits, $(tail -n 1 "$log.txt"), all: $(grep '^run ' "$log.txt" | sed 's/^run [0-9]*: //; s/ ms//' | tr '\n' ' ')" \
      | tee -a "$out/serve-$n$tag.log" >&2
    echo "$result"
  }

  # The table row of one tool for size N, from its arrays.
  tool_row() {
    local tool="$1" n="$2" site="$out/site-$n-$1" med best cpu_med rss_mib out_kb html_files html_bytes ms_page avg_kb pages
    eval "local w=(\"\${walls_$tool[@]}\") r=(\"\${rsss_$tool[@]}\") c=(\"\${cpus_$tool[@]}\"); pages=\$pages_$tool"
    out_kb=$(du -sk "$site" | cut -f1)
    read -r html_files html_bytes < <(find "$site" -name '*.html' -type f -printf '%s\n' | awk '{ n++; s += $1 } END { print n, s }')
    med=$(median "${w[@]}")
    best=$(printf '%s\n' "${w[@]}" | sort -g | head -n 1)
    cpu_med=$(median "${c[@]}")
    rss_mib=$(awk -v k="$(median "${r[@]}")" 'BEGIN { printf "%.0f", k / 1024 }')
    ms_page=$(awk -v s="$med" -v p="$pages" 'BEGIN { printf "%.2f", s * 1000 / p }')
    avg_kb=$(awk -v b="$html_bytes" -v f="$html_files" 'BEGIN { printf "%.1f", b / f / 1024 }')
    printf '%-9s %-8s %7s %10s %9s %8s %8s %8s %8s %11s' "$tool" "$n" "$pages" "$out_kb" "$med" "$best" "$cpu_med" "$rss_mib" "$ms_page" "$avg_kb"
  }

  command -v hugo >/dev/null || {
    echo "bench: installing Debian's hugo..." >&2
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq hugo >/dev/null || die "could not install hugo (apt-get install hugo)"
  }
  echo "bench: $(hugo version | head -n 1)"
  header="tool      $header"

  for n in "${sizes[@]}"; do
    corpus="$out/corpus-$n"
    echo "bench: N=$n: generating $corpus (seed $seed) and its Hugo twin $out/hugo-$n"
    env -u JAVA_TOOL_OPTIONS java "$here/GenerateCourse.java" "$corpus" "$n" "$seed"
    make_hugo_site "$corpus" "$out/hugo-$n"
    [ "$snapshot" != 0 ] || ensure_compiled

    walls_coursegen=(); rsss_coursegen=(); cpus_coursegen=(); walls_hugo=(); rsss_hugo=(); cpus_hugo=(); lines=()
    # One untimed build each first: it reads the corpus into the page cache for both tools alike, and
    # the launcher's first build writes its class-data sharing archive (see ../coursegen).
    if [ "${WARMUP:-1}" = 1 ]; then
      echo "bench: N=$n: one untimed warm-up build each"
      timed_build coursegen "$n" 0 >/dev/null
      timed_build hugo "$n" 0 >/dev/null
    fi
    walls_coursegen=(); rsss_coursegen=(); cpus_coursegen=(); walls_hugo=(); rsss_hugo=(); cpus_hugo=(); lines=()
    # A B A B: the two tools take turns, so load from other work on the machine falls on both alike.
    for i in $(seq 1 "$runs"); do
      timed_build coursegen "$n" "$i"
      timed_build hugo "$n" "$i"
    done

    row_c=$(tool_row coursegen "$n")
    row_h=$(tool_row hugo "$n")
    med_c=$(median "${walls_coursegen[@]}"); med_h=$(median "${walls_hugo[@]}")
    cpu_c=$(median "${cpus_coursegen[@]}"); cpu_h=$(median "${cpus_hugo[@]}")
    ratio=$(awk -v a="$med_c" -v b="$med_h" 'BEGIN { printf "%.2f", a / b }')
    cpu_ratio=$(awk -v a="$cpu_c" -v b="$cpu_h" 'BEGIN { printf "%.2f", a / b }')
    ratio_line="N=$n: coursegen/hugo median wall ratio $ratio (${med_c} s / ${med_h} s); CPU ratio $cpu_ratio (${cpu_c} s / ${cpu_h} s)"
    rm -f "$out/serve-$n$tag.log"
    serve_c=$(serve_latency coursegen "$n")
    serve_h=$(serve_latency hugo "$n")
    serve_line="N=$n: one-lesson edit, file saved to reload message, median of ${EDITS:-20}: coursegen serve $serve_c ms, hugo server $serve_h ms"
    summary+=("$row_c" "$row_h" "ratio     $ratio_line" "serve     $serve_line")

    {
      echo "coursegen vs hugo benchmark, N=$n lessons (seed $seed), runs interleaved A B A B"
      echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ); $(nproc) cores; $(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
      echo "java: $(env -u JAVA_TOOL_OPTIONS java -version 2>&1 | head -n 2 | tail -n 1)"
      echo "hugo: $(hugo version | head -n 1)"
      echo "JAVA_TOOL_OPTIONS: ${JAVA_TOOL_OPTIONS:-<unset>}"
      echo "generator: $generator"
      echo "corpus: $(find "$corpus/content" -name '*.md' | wc -l) lessons, $(du -sk "$corpus/content" | cut -f1) KB"
      echo
      printf '%s\n' "${lines[@]}"
      echo
      echo "$ratio_line"
      echo "$serve_line"
      cat "$out/serve-$n$tag.log" 2>/dev/null || true
      echo
      echo "$header"
      echo "$row_c"
      echo "$row_h"
    } >"$out/results-$n$tag.txt"
    echo "bench: $ratio_line"
    echo "bench: $serve_line"
    echo "bench: N=$n: wrote $out/results-$n$tag.txt"
  done

  echo
  echo "$header"
  printf '%s\n' "${summary[@]}"
}

main "$@"
exit
