"""scikit-learn's side of bench/triage.sh (issue 15): TF-IDF + logistic regression on the e-Satis
themes, trained on what Parole's fast model learns from (the shipped constructed comments, and each
code's label with its definition and its examples from the codebook), timed labelling the same
generated comments in one process, and scored on the real labelled comments when given.
Markdown on stdout, progress on stderr.

usage: triage_sklearn.py TRAINING.tsv CODEBOOK.yaml COMMENTS.txt JAVA.properties [REVIEWS.tsv FULL_F1 FAST_F1]
"""
import csv
import sys
import time

import numpy as np
import sklearn
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer


def progress(message):
    print("[triage sklearn] " + message, file=sys.stderr, flush=True)


def labelled(path, column):
    """Texts and their theme sets from a TSV (codes separated by |, 'aucun' or empty for none)."""
    texts, labels = [], []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts.append(row["text"])
            labels.append({c.strip() for c in (row[column] or "").split("|") if c.strip() not in ("", "aucun")})
    return texts, labels


def codebook_texts(path):
    """Each code's 'label. definition' and its examples, labelled with the code (as CodebookTexts does)."""
    with open(path, encoding="utf-8") as f:
        book = yaml.safe_load(f)
    texts, labels = [], []
    for dimension in book["dimensions"]:
        for code in dimension["codes"]:
            if code.get("definition"):
                texts.append(code["label"] + ". " + code["definition"].strip())
                labels.append({code["id"]})
            for example in code.get("examples") or []:
                texts.append(example)
                labels.append({code["id"]})
    return texts, labels


def main(args):
    training, codebook, comments, java = args[:4]
    texts, labels = labelled(training, "esatis")
    more_texts, more_labels = codebook_texts(codebook)
    texts += more_texts
    labels += more_labels
    binarizer = MultiLabelBinarizer()
    y = binarizer.fit_transform(labels)
    vectorizer = TfidfVectorizer(lowercase=True, strip_accents="unicode", ngram_range=(1, 2), sublinear_tf=True)
    model = OneVsRestClassifier(LogisticRegression(C=10, max_iter=2000, class_weight="balanced"))
    started = time.perf_counter()
    model.fit(vectorizer.fit_transform(texts), y)
    fit = time.perf_counter() - started
    progress(f"trained on {len(texts)} texts ({len(binarizer.classes_)} themes) in {fit:.2f} s")

    started = time.perf_counter()
    with open(comments, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    read = time.perf_counter() - started
    started = time.perf_counter()
    cpu = time.process_time()
    predicted = model.predict(vectorizer.transform(lines))
    label = time.perf_counter() - started
    cpu = time.process_time() - cpu
    progress(f"labelled {len(lines)} comments in {label:.2f} s (read in {read:.2f} s), "
             f"{int(predicted.sum())} themes given")

    times = {}
    with open(java, encoding="utf-8") as f:
        for line in f:
            if "=" in line and not line.startswith("#"):
                key, value = line.strip().split("=", 1)
                times[key] = value
    fast1 = float(times["fast1.seconds"])
    fast = float(times["fast.seconds"])
    full = float(times.get("full.seconds", "nan"))
    pos = float(times.get("pos.seconds", "nan"))
    n = len(lines)
    print(f"| scikit-learn {sklearn.__version__} TF-IDF (words and pairs) + logistic regression, one vs rest "
          f"(one process; read {read:.2f} s and training {fit:.2f} s not counted) | 1 | {label:.2f} s | "
          f"{n / label:,.0f} | {'—' if pos != pos else f'{label / pos:.2f}×'} | {cpu:.2f} s |")
    print()
    print("| Check | Target | Measured | Result |")
    print("|---|---|---|---|")
    print(f"| Fast path, 1 thread / scikit-learn | ≤ 1× | {fast1 / label:.2f}× ({fast1:.2f} s / {label:.2f} s) | "
          f"{'pass' if fast1 <= label else 'FAIL'} |")
    print(f"| Fast path, {times['fast.threads']} threads / scikit-learn | ≤ 1× | {fast / label:.2f}× "
          f"({fast:.2f} s / {label:.2f} s) | {'pass' if fast <= label else 'FAIL'} |")
    fast1_cpu = float(times["fast1.cpu"])
    print(f"| Fast path, 1 thread / scikit-learn, process CPU time | ≤ 1× | {fast1_cpu / cpu:.2f}× "
          f"({fast1_cpu:.2f} s / {cpu:.2f} s) | {'pass' if fast1_cpu <= cpu else 'FAIL'} |")
    if "full.seconds" in times:
        print(f"| Full coding / POS tagging alone | ≤ 1.3× | {full / pos:.2f}× | "
              f"{'pass' if full <= 1.3 * pos else 'FAIL'} |")
        print(f"| Fast path / full coding ({times['fast.threads']} threads each) | — | {fast / full:.3f}× "
              f"({full / fast:.1f} times faster) | measured |")

    if len(args) >= 7:
        reviews, full_f1, fast_f1 = args[4], args[5], args[6]
        gold_texts, gold_labels = labelled(reviews, "themes")
        gold = MultiLabelBinarizer(classes=binarizer.classes_).fit_transform(gold_labels)
        ours = model.predict(vectorizer.transform(gold_texts))
        f1 = f1_score(gold, ours, average="micro", zero_division=0)
        macro = f1_score(gold, ours, average="macro", zero_division=0)
        print()
        print(f"Micro-F1 on the {len(gold_texts)} real labelled comments (`reviews-dev.tsv`, what would be counted):")
        print()
        print("| Coder | micro-F1 | vs full coding |")
        print("|---|---|---|")
        print(f"| Full coding (rules with negation and lemmas, shipped model) | {float(full_f1):.3f} | — |")
        print(f"| Fast path (rules and fast model on stems) | {float(fast_f1):.3f} | "
              f"{float(fast_f1) - float(full_f1):+.3f} |")
        print(f"| scikit-learn TF-IDF + logistic regression (same training texts; macro-F1 {macro:.3f}) | {f1:.3f} | "
              f"{f1 - float(full_f1):+.3f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
