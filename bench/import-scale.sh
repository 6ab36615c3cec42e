#!/usr/bin/env bash
# Import + index at national scale (issue 15). Run from anywhere; it works from the repository
# root, where it reads corpora/demo/verbatims. Arguments go to the benchmark, e.g.
#   bash bench/import-scale.sh                                # 1,000,000 comments (the issue's figure)
#   bash bench/import-scale.sh --comments 100000 --add 10000  # smaller, then one more file
# The import runs in a child JVM with -Xmx2g (--heap to change it); the floors (raw SQLite, raw
# Lucene on 2 threads) are measured after it on the same texts. Markdown to stdout, progress to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -f parole.xml -DskipTests package test-compile >&2

exec java -Xmx2g -cp target/parole.jar:target/test-classes fr.parole.bench.ImportScaleBenchmark "$@"
