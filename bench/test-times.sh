#!/usr/bin/env bash
# Ranks the test classes of the last Maven run by time, slowest first, from surefire's XML reports
# (target/surefire-reports/TEST-*.xml by default, or the folder given), with the fork that ran each
# (the coursegen.fork system property the pom sets) and the sum per fork.
# Wall times: on a shared machine compare classes with each other, not runs with runs.
set -euo pipefail
dir="${1:-target/surefire-reports}"
python3 - "$dir" <<'PY'
import glob, os, sys, xml.etree.ElementTree as ET
rows = []
for f in glob.glob(os.path.join(sys.argv[1], "TEST-*.xml")):
    root = ET.parse(f).getroot()
    fork = "-"
    for p in root.iter("property"):
        if p.get("name") == "coursegen.fork":
            fork = p.get("value")
    name = root.get("name").rsplit(".", 1)[-1]
    rows.append((float(root.get("time") or 0), name, int(root.get("tests") or 0), fork))
rows.sort(reverse=True)
total = sum(r[0] for r in rows)
per_fork = {}
for t, name, n, fork in rows:
    per_fork[fork] = per_fork.get(fork, 0) + t
print(f"{'seconds':>8} {'share':>6}  {'tests':>5}  {'fork':<6} class")
for t, name, n, fork in rows:
    print(f"{t:8.1f} {100*t/total if total else 0:5.1f}%  {n:5d}  {fork:<6} {name}")
print(f"{total:8.1f}  total over {len(rows)} classes; per fork: "
      + ", ".join(f"{k} {v:.1f}" for k, v in sorted(per_fork.items())))
PY
