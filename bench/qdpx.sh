#!/usr/bin/env bash
# REFI-QDA benchmark (issue 14): export of a 10,000-segment coded study as .qdpx and its
# re-import as a new study (parole import-project), on a study generated from the demo's
# interviews (CorpusGenerator), coded by hand in alice's and bob's names. Target: under 30 s each.
#   bash bench/qdpx.sh
#   bash bench/qdpx.sh --segments 20000 --rounds 3
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -f parole.xml -DskipTests package test-compile >&2
CP="target/parole.jar:target/test-classes:$(mvn -q -B -f parole.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
exec java -Xmx2g -Djava.awt.headless=true -cp "$CP" fr.parole.bench.QdpxBenchmark "$@"
