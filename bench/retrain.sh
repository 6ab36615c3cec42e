#!/usr/bin/env bash
# Retraining benchmark (issue 13: "the model retrains on 2,000 decisions in under 2 s"): the
# study's model trained again by LearnedCoder.train, the entry point the atelier calls, on N
# decisions whose texts are already tagged. Run from anywhere; it works from the repository root.
#   bash bench/retrain.sh                       # esatis codebook, 2,000 decisions from the constructed comments
#   bash bench/retrain.sh partenariat models/training/partenariat-entretiens.tsv 2000
# Arguments: codebook, gold file (its texts taken in turn up to N), N, runs, warm-up runs.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -o -f parole.xml -DskipTests test-compile >&2
mvn -q -B -o -f parole.xml dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" fr.parole.bench.RetrainBenchmark \
  "${1:-esatis}" "${2:-models/training/esatis-commentaires.tsv}" "${3:-2000}" "${4:-5}" "${5:-2}"
