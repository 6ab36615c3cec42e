#!/usr/bin/env bash
# Coding at national scale (issue 15): parole code on generated verbatims against the POS-tagging
# floor on 2 threads, peak heap, a month added and coded again, shard processes at once.
# Run from anywhere; it works from the repository root, where it reads corpora/demo. E.g.
#   bash bench/coding-scale.sh                                   # 1,000,000 comments
#   bash bench/coding-scale.sh --comments 200000 --month 20000 --shards 1,2,4
# The Markdown results go to stdout, progress to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -f parole.xml -DskipTests package test-compile >&2

exec java -Xmx"${PAROLE_BENCH_HEAP:-2g}" -Djava.awt.headless=true \
  -cp target/parole.jar:target/test-classes fr.parole.bench.CodingScaleBenchmark "$@"
