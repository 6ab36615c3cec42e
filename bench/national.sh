#!/usr/bin/env bash
# National-scale benchmark (issue 15): `parole run` on a generated e-Satis study from an empty store
# to the written report, in a child JVM with -Xmx2g as a user runs it, with its time per stage,
# peak heap and RSS; then the floors on the same texts (raw SQLite insert, raw Lucene and OpenNLP
# POS alone on 2 threads) and the ratio. Run from anywhere; it works from the repository root.
#   bash bench/national.sh                                    # 1,000,000 comments (the issue's figure)
#   bash bench/national.sh --comments 100000 --add-month 10000  # quicker, then a month added and run again
#   bash bench/national.sh --add-month 100000                 # the issue's month on 1,000,000
# The floors run in this JVM (-Xmx1g: they stream the texts). Markdown on stdout, progress on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -f parole.xml -DskipTests package test-compile >&2

exec java -Xmx1g -Djava.awt.headless=true -cp target/parole.jar:target/test-classes \
  fr.parole.bench.NationalBenchmark "$@"
