#!/usr/bin/env bash
# Atelier benchmark (issue 11): page latencies, a review decision's round trip and 20 simulated
# people at once, on a built study (e.g. the 1,000,000-comment study of bench/report.sh), with the
# heap of a user's laptop (-Xmx2g). The study's machine suggestions get decided: use a copy.
#   bash bench/atelier.sh --study /tmp/etude-1m
#   bash bench/atelier.sh --study /tmp/demo-copy --requests 50 --users 20 --loops 5
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -f parole.xml -DskipTests package test-compile >&2
CP="target/parole.jar:target/test-classes:$(mvn -q -B -f parole.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
exec java -Xmx2g -Djava.awt.headless=true -cp "$CP" fr.parole.bench.AtelierBenchmark "$@"
