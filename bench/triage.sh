#!/usr/bin/env bash
# National triage benchmark (issue 15): N e-Satis comments generated from the demo's comments,
# coded by OpenNLP POS tagging alone (2 threads, the floor of full coding), the search analysis
# alone, Parole's full coding, the fast path (`--rapide`, on 1 thread and on --threads), and
# scikit-learn's TF-IDF + logistic regression (one process, trained on the fast model's training
# texts). With the real labelled comments (a reviews folder or its reviews-dev.tsv, read, never
# copied), the micro-F1 of full coding, fast path and scikit-learn on them. Run from anywhere.
#   bash bench/triage.sh                                        # 1,000,000 comments, no F1
#   bash bench/triage.sh <dossier-des-avis-étiquetés> --comments 100000   # a path outside the repository
# scikit-learn comes from Debian (python3-sklearn, installed with apt-get when missing), only for
# this comparison. Markdown on stdout, progress on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

reviews=""
if [[ $# -gt 0 && $1 != --* ]]; then
  reviews="$1"
  shift
  [[ -d $reviews ]] && reviews="$reviews/reviews-dev.tsv"
  [[ -f $reviews ]] || { echo "triage.sh : $reviews introuvable" >&2; exit 2; }
fi
python=/usr/bin/python3
if ! "$python" -c 'import sklearn, yaml' 2>/dev/null; then
  echo "[triage] installation de python3-sklearn (Debian), pour la comparaison seulement" >&2
  apt-get install -y -q python3-sklearn python3-yaml >&2
fi

mvn -q -B -f parole.xml -DskipTests package test-compile >&2
uptime >&2
java -Xmx2g -cp target/parole.jar:target/test-classes fr.parole.bench.TriageBenchmark "$@"
sk=(bench/triage_sklearn.py models/training/esatis-commentaires.tsv models/codebooks/esatis.yaml
    target/triage/comments.txt target/triage/java.properties)
if [[ -n $reviews ]]; then
  f1() { java -jar target/parole.jar evaluate --codebook esatis --gold "$reviews" --column esatis=themes "$@" \
    | sed -n 's/.*micro : .*F1 \([0-9.]*\) ;.*/\1/p'; }
  sk+=("$reviews" "$(f1)" "$(f1 --rapide)")
fi
# One process, one thread for its numerical libraries: as the issue's figure was measured.
OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 "$python" "${sk[@]}"
uptime >&2
