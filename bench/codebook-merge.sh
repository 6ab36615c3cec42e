#!/usr/bin/env bash
# Codebook benchmark (issue 13): merging two codes with 10,000 codings, as the atelier and
# parole codebook merge do it (new version, codings moved, file rewritten, one transaction), and
# restoring the version before. On a copy of the demo by default; --study takes a built study,
# which it changes (codings, versions, codebooks/ file): give it a copy.
#   bash bench/codebook-merge.sh
#   bash bench/codebook-merge.sh --study /tmp/copie-etude-1m --codebook esatis --rounds 10
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -f parole.xml -DskipTests package test-compile >&2
CP="target/parole.jar:target/test-classes:$(mvn -q -B -f parole.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
exec java -Xmx2g -Djava.awt.headless=true -cp "$CP" fr.parole.bench.CodebookMergeBenchmark "$@"
