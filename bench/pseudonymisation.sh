#!/usr/bin/env bash
# Pseudonymisation benchmark (issue 12): names, phones, e-mails and NIR removed, other words kept.
# Runs on Parole's constructed test set, plus every gold file given as argument, e.g. the
# hand-marked real comments kept outside the repository:
#   bash bench/pseudonymisation.sh                                   # the constructed test set
#   bash bench/pseudonymisation.sh ../shared/data/reviews/reviews-dev.tsv
# Markdown on stdout. Misses and wrong replacements are listed for the constructed set only: the
# real comments' names are measured, never copied or tuned on.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
files=(--details "$root/src/test/resources/pseudonymisation/phrases.tsv")
for f in "$@"; do files+=("$(realpath "$f")"); done
cd "$root"
mvn -q -B -DskipTests package test-compile >&2
exec java -cp target/parole.jar:target/test-classes fr.parole.bench.PseudonymisationBenchmark "${files[@]}"
