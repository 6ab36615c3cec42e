#!/usr/bin/env bash
# Report benchmark (issue 5): builds a verbatim study (default 1,000,000 comments over 100
# establishments, imported and coded with the esatis codebook as `parole run` does), then times the
# report alone in a JVM with -Xmx2g. Run from anywhere; it works from the repository root.
#   bash bench/report.sh                                   # 1,000,000 comments (the issue's figure)
#   bash bench/report.sh --comments 100000                 # a quicker run
#   bash bench/report.sh --comments 100000 --study /tmp/s  # builds /tmp/s once; later runs reuse it
# The setup (import + coding) runs in this JVM, with PAROLE_BENCH_SETUP_HEAP (default 8g): coding
# 1,000,000 comments holds its lemma counts in memory. The Markdown results go to stdout, progress
# to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -f parole.xml -DskipTests package test-compile >&2

exec java -Xmx"${PAROLE_BENCH_SETUP_HEAP:-8g}" -Djava.awt.headless=true \
  -cp target/parole.jar:target/test-classes fr.parole.bench.ReportBenchmark "$@"
