#!/usr/bin/env bash
# The first retraining of an atelier's life (issue 13): ModelTraining.train on a fresh instance,
# which tags every decided segment and the codebook's shipped texts before training, then the next
# retraining and one after one more decision. On a copy of the demo, its e-Satis suggestions decided.
#   bash bench/first-retrain.sh                                  # the demo: all its suggestions decided
#   bash bench/first-retrain.sh --extra 2000 --decisions 2000    # 2,000 more comments, 2,000 decisions
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o -f parole.xml -DskipTests test-compile >&2
mvn -q -B -o -f parole.xml dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" fr.parole.bench.FirstRetrainBenchmark "$@"
