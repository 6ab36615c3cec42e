#!/usr/bin/env bash
# Import and search benchmark (issue: interview corpora). Run from anywhere; it works from the
# repository root, where it reads corpora/demo. Arguments go to the benchmark, e.g.
#   bash bench/run.sh                  # 100,000 participant turns (the issue's figure)
#   bash bench/run.sh --turns 10000    # a quicker, smaller run
# The Markdown results go to stdout, progress to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -f parole.xml -DskipTests package test-compile >&2

exec java -Xmx1g -cp target/parole.jar:target/test-classes fr.parole.bench.ImportSearchBenchmark "$@"
