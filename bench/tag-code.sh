#!/usr/bin/env bash
# Tagging and coding throughput benchmark (issue: coding into themes). Run from anywhere; it works
# from the repository root, where it reads corpora/demo. Arguments go to the benchmark, e.g.
#   bash bench/tag-code.sh                     # 100,000 segments of 30-40 words (the issue's figure)
#   bash bench/tag-code.sh --segments 20000    # a quicker, smaller run
# The Markdown results go to stdout, progress to stderr. Exit status 1 when a target is missed.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -f parole.xml -DskipTests package test-compile >&2

exec java -Xmx1g -cp target/parole.jar:target/test-classes fr.parole.bench.TagCodeBenchmark "$@"
