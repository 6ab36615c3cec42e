#!/usr/bin/env bash
# Pseudonymisation benchmark (issue 12): names, phones, e-mails and NIR removed, other words kept.
# Runs on Parole's constructed test set (src/test/resources/pseudonymisation/phrases.tsv), plus
# every gold file of your own given as argument: a TSV with a header naming the columns `text`,
# `names` (the person-name spans, `|`-separated, titles included) and `places` (spans to keep).
# The project's real-comment figures come from such a file that its licence keeps out of the
# repository (docs/benchmarks.md says which); nothing here reads a file you did not name.
#   bash bench/pseudonymisation.sh                                   # the constructed test set
#   bash bench/pseudonymisation.sh mes-commentaires-annotes.tsv      # and your own gold file
# Markdown on stdout. Misses and wrong replacements are listed for the constructed set only: the
# real comments' names are measured, never copied or tuned on.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
files=(--details "$root/src/test/resources/pseudonymisation/phrases.tsv")
for f in "$@"; do files+=("$(realpath "$f")"); done
cd "$root"
mvn -q -B -f parole.xml -DskipTests package test-compile >&2
exec java -cp target/parole.jar:target/test-classes fr.parole.bench.PseudonymisationBenchmark "${files[@]}"
