#!/usr/bin/env bash
# Verbatim import benchmark (issue: e-Satis and questionnaires). Run from anywhere; it works from
# the repository root, where it reads corpora/demo/verbatims. Arguments go to the benchmark, e.g.
#   bash bench/verbatims.sh                       # 1,000,000 verbatims in 100 files (the issue's figure)
#   bash bench/verbatims.sh --comments 100000     # a quicker, smaller run
# The Markdown results go to stdout, progress to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -f parole.xml -DskipTests package test-compile >&2

exec java -Xmx1g -cp target/parole.jar:target/test-classes fr.parole.bench.VerbatimBenchmark "$@"
