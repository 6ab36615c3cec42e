"""Independent reference values for fr.parole.stats (SciPy / NumPy / mpmath).

Run: python3 src/test/resources/fr/parole/stats/reference.py > reference-output.txt
(scipy 1.17.1, numpy 2.4.6, mpmath 1.3.0). The JUnit tests hard-code what this prints;
they never run Python.
"""
import itertools
import math

import mpmath
import numpy as np
from scipy import stats
from scipy.stats import contingency

np.set_printoptions(precision=17)


def show(name, value):
    if isinstance(value, np.ndarray):
        value = value.tolist()
    elif isinstance(value, np.floating):
        value = float(value)
    print(f"{name} = {value!r}")


def crosstab(name, table):
    obs = np.array(table, dtype=float)
    # correction=False: plain Pearson chi-square, as Parole reports (no Yates correction).
    chi2, p, dof, expected = stats.chi2_contingency(obs, correction=False)
    n = obs.sum()
    r = obs.sum(axis=1, keepdims=True)
    c = obs.sum(axis=0, keepdims=True)
    adj = (obs - expected) / np.sqrt(expected * (1 - r / n) * (1 - c / n))
    v = contingency.association(np.array(table), method="cramer", correction=False)
    show(f"{name}.chi2", float(chi2))
    show(f"{name}.df", int(dof))
    show(f"{name}.p", float(p))
    show(f"{name}.cramerV", float(v))
    show(f"{name}.expected", expected)
    show(f"{name}.adjustedResiduals", adj)


def tables_with_margins(rows, cols):
    """Every table of non-negative integers with these margins (small tables only)."""
    if len(rows) == 1:
        yield [list(cols)]
        return
    first = rows[0]
    ranges = [range(0, min(first, c) + 1) for c in cols]
    for row in itertools.product(*ranges):
        if sum(row) == first:
            rest = [c - x for c, x in zip(cols, row)]
            for tail in tables_with_margins(rows[1:], rest):
                yield [list(row)] + tail


def exact_conditional_chi2_p(table):
    """P(chi2 >= observed) over all tables with the observed margins (multivariate hypergeometric)."""
    obs = np.array(table, dtype=float)
    rows = [int(x) for x in obs.sum(axis=1)]
    cols = [int(x) for x in obs.sum(axis=0)]
    n = sum(rows)

    def chi2(t):
        return stats.chi2_contingency(np.array(t, dtype=float), correction=False)[0]

    observed = chi2(table)
    log_const = sum(math.lgamma(x + 1) for x in rows + cols) - math.lgamma(n + 1)
    p = 0.0
    for t in tables_with_margins(rows, cols):
        if chi2(t) >= observed * (1 - 1e-12):
            p += math.exp(log_const - sum(math.lgamma(x + 1) for row in t for x in row))
    return p


print("# --- crosstabs (scipy.stats.chi2_contingency, correction=False) ---")
crosstab("t2x3", [[12, 5, 9], [3, 14, 7]])
crosstab("t3x4", [[10, 4, 6, 2], [3, 11, 5, 8], [7, 6, 12, 9]])

print("# --- Fisher exact 2x2 (scipy.stats.fisher_exact, two-sided) ---")
for name, t in [("f1", [[8, 2], [1, 5]]), ("f2", [[3, 1], [1, 3]]),
                ("f3", [[120, 80], [60, 140]]), ("f4", [[0, 7], [6, 1]])]:
    show(f"{name}.p", float(stats.fisher_exact(t).pvalue))

print("# --- small 3x3 table: exact conditional p of the chi-square statistic ---")
small = [[3, 0, 1], [0, 2, 2], [1, 1, 4]]
crosstab("s3x3", small)
show("s3x3.exactChi2P", exact_conditional_chi2_p(small))

print("# --- co-occurrence and Jaccard ---")
segments = {1: {"formation", "temps"}, 2: {"formation"}, 3: {"temps", "reconnaissance"},
            4: {"formation", "temps", "reconnaissance"}, 5: {"reconnaissance"}, 6: {"temps"}}
codes = sorted(set().union(*segments.values()))
show("codes", codes)
counts = [[sum(1 for s in segments.values() if a in s and b in s) for b in codes] for a in codes]
jaccard = [[len([s for s in segments.values() if a in s and b in s])
            / len([s for s in segments.values() if a in s or b in s]) for b in codes] for a in codes]
show("cooc.counts", counts)
show("cooc.jaccard", jaccard)

print("# --- specificities (Lafon): +(-log10 P(X>=k)) when k >= f*t/T, else log10 P(X<=k) ---")


def specificity_scipy(k, f, t, T):
    expected = f * t / T
    if k >= expected:
        return -stats.hypergeom.logsf(k - 1, T, f, t) / math.log(10)
    return stats.hypergeom.logcdf(k, T, f, t) / math.log(10)


mpmath.mp.dps = 60


def log_pmf(i, f, t, T):
    """log of C(f, i) C(T - f, t - i) / C(T, t) with log-gamma at mp precision."""
    lg = mpmath.loggamma
    return (lg(f + 1) - lg(i + 1) - lg(f - i + 1)
            + lg(T - f + 1) - lg(t - i + 1) - lg(T - f - t + i + 1)
            - (lg(T + 1) - lg(t + 1) - lg(T - t + 1)))


def specificity_mpmath(k, f, t, T):
    """Same score, the tail summed term by term at 60 significant digits."""
    lo, hi = max(0, t - (T - f)), min(f, t)
    expected = mpmath.mpf(f) * t / T
    if k >= expected:
        terms = range(k, hi + 1)
        sign = -1
    else:
        terms = range(lo, k + 1)
        sign = 1
    total = mpmath.fsum(mpmath.exp(log_pmf(i, f, t, T)) for i in terms)
    return float(sign * mpmath.log10(total))


small_lexical = {"A": {"soignant": 12, "attente": 2, "famille": 5, "douleur": 1},
                 "B": {"soignant": 3, "attente": 9, "famille": 4, "douleur": 6}}
T = sum(sum(g.values()) for g in small_lexical.values())
for group in sorted(small_lexical):
    t = sum(small_lexical[group].values())
    for word in sorted(small_lexical[group]):
        f = sum(g[word] for g in small_lexical.values())
        k = small_lexical[group][word]
        show(f"spec.small.{group}.{word}", specificity_scipy(k, f, t, T))

large = [("over", 520, 5000, 150000, 2000000), ("under", 300, 5000, 150000, 2000000),
         ("extreme", 6500, 20000, 500000, 2000000), ("absent", 0, 40000, 500000, 2000000)]
for name, k, f, t, T_ in large:
    show(f"spec.large.{name}.scipy", specificity_scipy(k, f, t, T_))
    show(f"spec.large.{name}.mpmath", specificity_mpmath(k, f, t, T_))

print("# --- e-Satis score statistics ---")
scores = [72.4, 75.1, 68.9, 80.2, 77.7, 74.0, 71.3, 79.5, 69.8, 76.6]
a = np.array(scores)
show("scores.mean", float(a.mean()))
show("scores.sd", float(a.std(ddof=1)))
for q in (0.1, 0.25, 0.5, 0.75, 0.9):
    # numpy's default method='linear' is R's type 7.
    show(f"scores.q{q}", float(np.quantile(a, q)))
answers = [120, 85, 40, 210, 150, 95, 60, 180, 33, 140]
show("scores.weightedMean", float(np.average(a, weights=answers)))
z = stats.norm.ppf(0.975)
show("z975", float(z))
# Establishment with score 74.0, published standard deviation 18.5, 95 answers.
half = z * 18.5 / math.sqrt(95)
show("ci.low", 74.0 - half)
show("ci.high", 74.0 + half)

print("# --- check-list score (share of Oui among Oui/Non/En cours) ---")
answers_chk = {"CHU 1": ["Oui"] * 6 + ["Non"] * 2 + ["En cours"] * 2,
               "CH 2": ["Oui"] * 3 + ["Non"] * 4 + ["En cours"] * 2 + [""]}
for est in sorted(answers_chk):
    given = [x for x in answers_chk[est] if x in ("Oui", "Non", "En cours")]
    show(f"chk.{est}.oui", 100 * given.count("Oui") / len(given))
    show(f"chk.{est}.encours", 100 * given.count("En cours") / len(given))

print("# --- e-Satis: establishments against national and regional means, evolution ---")
regions = ["Bretagne", "Occitanie", "Grand Est"]
establishments = [f"E{i:02d}" for i in range(1, 11)]
region_of = {e: regions[i % 3] for i, e in enumerate(establishments)}
score_2023 = dict(zip(establishments, scores))
national = float(np.mean(scores))
show("cmp.national", national)
for e in ["E01", "E02", "E10"]:
    same = [score_2023[x] for x in establishments if region_of[x] == region_of[e]]
    show(f"cmp.{e}.regional", float(np.mean(same)))
    show(f"cmp.{e}.toNational", score_2023[e] - national)
    show(f"cmp.{e}.toRegional", score_2023[e] - float(np.mean(same)))
score_2024 = {"E01": 74.9, "E02": 73.0, "E03": 70.15}
for e in sorted(score_2024):
    show(f"evo.{e}", score_2024[e] - score_2023[e])

print("# --- code frequencies (distinct segments and sources per code and group) ---")
codings = [(1, "e1.txt", "frein.temps", {"etab": "CHU 1", "role": "IDE"}),
           (1, "e1.txt", "levier.formation", {"etab": "CHU 1", "role": "IDE"}),
           (2, "e1.txt", "frein.temps", {"etab": "CHU 1", "role": "IDE"}),
           (3, "e2.txt", "levier.formation", {"etab": "CHU 1", "role": "CSS"}),
           (4, "e3.txt", "frein.temps", {"etab": "CH 2", "role": "IDE"}),
           (4, "e3.txt", "frein.temps", {"etab": "CH 2", "role": "IDE"}),
           (5, "e3.txt", "levier.formation", {"etab": "CH 2", "role": "IDE"}),
           (6, "e4.txt", "frein.temps", {"etab": "CH 2"})]


def frequencies(attrs):
    key = lambda a: tuple(a.get(x, "(non renseigné)") for x in attrs)
    groups = sorted({key(a) for _, _, _, a in codings})
    for code in sorted({c for _, _, c, _ in codings}):
        code_segments = {s for s, _, c, _ in codings if c == code}
        for g in groups:
            seg_g = {s for s, _, _, a in codings if key(a) == g}
            src_g = {src for _, src, _, a in codings if key(a) == g}
            seg = {s for s, _, c, a in codings if c == code and key(a) == g}
            src = {src for _, src, c, a in codings if c == code and key(a) == g}
            name = f"freq.{'+'.join(attrs)}.{code}.{'/'.join(g)}"
            show(name, [len(seg), len(src), 100 * len(seg) / len(seg_g), 100 * len(src) / len(src_g),
                        100 * len(seg) / len(code_segments)])


frequencies(["etab"])
frequencies(["etab", "role"])

print("# --- questionnaire answer distribution (percent of non-blank answers) ---")
item_answers = ["Tout à fait d'accord"] * 4 + ["Plutôt d'accord"] * 3 + ["Pas d'accord"] * 1 + [""] * 2
given = [x for x in item_answers if x]
for label in ["Tout à fait d'accord", "Plutôt d'accord", "Plutôt pas d'accord", "Pas d'accord"]:
    show(f"likert.{label}", 100 * given.count(label) / len(given))
