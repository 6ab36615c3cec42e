#!/usr/bin/env bash
# Retrieval benchmark (issue 13): the matrix pages (codes × attribute, co-occurrence, a cell's
# segments, the XLSX export) and the memos page, p50/p95 on a built study, read-only, -Xmx2g.
#   bash bench/matrices.sh --study /tmp/demo-copy
#   bash bench/matrices.sh --study /tmp/etude-1m --requests 30
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -f parole.xml -DskipTests package test-compile >&2
CP="target/parole.jar:target/test-classes:$(mvn -q -B -f parole.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
exec java -Xmx2g -Djava.awt.headless=true -cp "$CP" fr.parole.bench.MatricesBenchmark "$@"
