#!/usr/bin/env bash
# Reinert classification benchmark (issue 14): parole classes on 100,000 e-Satis comments generated
# from the demo's, with the heap of a user's laptop (-Xmx2g) and 2 cores; target under 60 s.
#   bash bench/classes.sh                         # 100,000 comments, 6 classes
#   bash bench/classes.sh --comments 20000 --classes 10
#   bash bench/classes.sh --study /tmp/etude      # an imported study (its classification is replaced)
#   bash bench/classes.sh --double                # the double classification (rainette2)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -f parole.xml -DskipTests package test-compile >&2
exec java -Xmx2g -XX:ActiveProcessorCount=2 -Djava.awt.headless=true -cp target/parole.jar:target/test-classes \
  fr.parole.bench.ClassesBenchmark "$@"
