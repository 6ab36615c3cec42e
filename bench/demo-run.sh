#!/usr/bin/env bash
# `parole run` on the demo study from the built jar (issue 5: under 30 s). Run from anywhere.
# Each round copies corpora/demo and corpora/esatis (study.yaml reads ../esatis) into a fresh
# temporary folder without any .parole store, so the round imports, indexes, tags, codes and
# writes the report from scratch, exactly as a first `parole run` does; the wall time includes
# the JVM start and model loading. Usage: bash bench/demo-run.sh [rounds, default 3]
# The Markdown results go to stdout, progress to stderr. Exit status 1 when a round takes 30 s or more.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"

mvn -q -B -f parole.xml -Dstyle.color=never -Dmaven.test.skip=true package >&2

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "| round | wall time (s) | segments coded | report files |"
echo "|---|---|---|---|"
status=0
for round in $(seq 1 "$rounds"); do
  rm -rf "$work/corpora" "$work/reports"
  mkdir -p "$work/corpora"
  cp -r corpora/demo corpora/esatis "$work/corpora/"
  rm -rf "$work/corpora/demo/.parole"
  echo "[bench] round $round…" >&2
  start=$(date +%s.%N)
  java -Djava.awt.headless=true -jar target/parole.jar run "$work/corpora/demo" --out "$work/reports" > "$work/out.txt"
  end=$(date +%s.%N)
  seconds=$(echo "$end - $start" | bc)
  coded=$(grep -o "[0-9]* segment(s) codé(s)" "$work/out.txt" | grep -o "^[0-9]*" | paste -sd+ | bc || echo "?")
  files=$(find "$work/reports" -type f | wc -l)
  printf '| %d | %.1f | %s | %d |\n' "$round" "$seconds" "$coded" "$files"
  if [ "$(echo "$seconds >= 30" | bc)" = 1 ]; then status=1; fi
done
echo
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
