#!/usr/bin/env bash
# Learning-curve benchmark (issue 13): a researcher coding a labelled corpus in the review queue's
# order (most unsure first) against random order and the rules alone; accuracy (exclusive
# dimensions) or micro-F1 (non-exclusive) of the suggestions counted on the segments not yet coded,
# after 10, 20, 50, 100 and 200 decisions. Run from anywhere; it works from the repository root.
#   bash bench/learning-curve.sh                         # the demo's 36 quotes and the shipped constructed comments
#   bash bench/learning-curve.sh DEV_QUOTES.tsv REVIEWS.tsv [--recipes shipped,char-ngrams] [--seeds 5]
#   bash bench/learning-curve.sh --held-out 0.3          # scored on a fixed 30 % split never offered to the queue
# DEV_QUOTES.tsv: quotes with columns code (type) and level (niveau); REVIEWS.tsv: comments with a
# themes column of esatis ids. They are read, never copied. Markdown tables go to stdout, progress
# to stderr; the CSV to reports/learning-curve.csv, the charts to docs/learning-curve-*.svg.
set -euo pipefail
cd "$(dirname "$0")/.."

corpora=(--corpus "demo,partenariat,corpora/demo/reference/gold-partenariat.tsv"
         --corpus "commentaires-construits,esatis,models/training/esatis-commentaires.tsv")
while [[ $# -gt 0 && $1 != --* ]]; do
  case "$1" in
    *review*|*avis*) corpora+=(--corpus "avis-reels,esatis,$1,esatis=themes") ;;
    *) corpora+=(--corpus "citations-dev,partenariat,$1,type=code,niveau=level") ;;
  esac
  shift
done

mvn -q -B -o -f parole.xml -DskipTests test-compile >&2
mvn -q -B -o -f parole.xml dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
mkdir -p reports
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
  fr.parole.bench.LearningCurveBenchmark "${corpora[@]}" --csv reports/learning-curve.csv --charts docs "$@"
