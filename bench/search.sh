#!/usr/bin/env bash
# Search at scale: for each N (default "1000 10000"; SIZES= for none) writes the synthetic course, builds it with search
# timings, and runs bench/SearchBench.java in headless Chromium beside the lunr search it replaced.
# Prints build time, index build time, index size on disk and file count, and SearchBench's figures.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cd "$root"
mvn -q -o -DskipTests -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
# A frozen copy of the classes, so edits and compiles meanwhile change nothing in a run.
frozen="$here/out/search-classes"
rm -rf "$frozen" && mkdir -p "$frozen" && cp -r target/classes target/test-classes "$frozen/"
cp="$frozen/classes:$frozen/test-classes:$(cat target/bench-classpath.txt)"
old_code=$(git show 740ebd7:src/main/resources/assets/search.js 2>/dev/null | wc -c || echo 10967)
for n in ${SIZES-1000 10000}; do
  corpus="$here/out/corpus-$n"
  site="$here/out/site-$n-search"
  [ -d "$corpus" ] || env -u JAVA_TOOL_OPTIONS java "$here/GenerateCourse.java" "$corpus" "$n" 1 >/dev/null
  rm -rf "$site"
  start=$(date +%s%N)
  java -Dcoursegen.timings=true ${JAVA_OPTS:-} -cp "$cp" io.coursegen.cli.Main build --project "$corpus" --out "$site" \
    2>"$here/out/search-build-$n.txt" >/dev/null
  total=$(( ($(date +%s%N) - start) / 1000000 ))
  index=$(grep -o 'search index [0-9]* ms' "$here/out/search-build-$n.txt" | grep -o '[0-9]*')
  echo "N=$n: build ${total} ms, of which search index ${index} ms ($(( 100 * index / total ))%);" \
       "index on disk $(du -sb "$site/assets/search" | cut -f1) bytes in $(find "$site/assets/search" -type f | wc -l) files"
  java -cp "$cp" "$here/SearchBench.java" "$corpus" "$site" "$old_code"
done

# The shipped course (SHIPPED=0 skips it): the first 20 queries of the relevance set, so the figure is reproducible.
if [ "${SHIPPED:-1}" != 0 ]; then
  site="${TMPDIR:-/tmp}/coursegen-bench-site-shipped"
  rm -rf "$site"
  java ${JAVA_OPTS:-} -cp "$cp" io.coursegen.cli.Main build --project "$root" --out "$site" >/dev/null
  queries=$(grep -v '^#' src/test/resources/io/coursegen/search/relevance.tsv | cut -f1 | awk 'NR <= 20' | paste -sd, -)
  echo "shipped course: index on disk $(du -sb "$site/assets/search" | cut -f1) bytes in $(find "$site/assets/search" -type f | wc -l) files"
  java -Dqueries="$queries" -cp "$cp" "$here/SearchBench.java" "$root" "$site" "$old_code"
fi

# Navigation: one module of 5,000 lessons (MODULE=0 skips it). Every page must stay under 60 KB.
if [ "${MODULE:-5000}" != 0 ]; then
  m=${MODULE:-5000}
  corpus="$here/out/corpus-module-$m"
  site="$here/out/site-module-$m"
  [ -d "$corpus" ] || env -u JAVA_TOOL_OPTIONS java -Dlessons.per.module="$m" "$here/GenerateCourse.java" "$corpus" "$m" 1 >/dev/null
  rm -rf "$site"
  java ${JAVA_OPTS:-} -cp "$cp" io.coursegen.cli.Main build --project "$corpus" --out "$site" >/dev/null
  biggest=$(find "$site" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
  echo "one module of $m lessons: $(find "$site" -name '*.html' | wc -l) pages, $(du -sb "$site" | cut -f1) bytes;" \
       "largest page $biggest; pages over 60 KB: $(find "$site" -name '*.html' -size +60k | wc -l)"
fi
