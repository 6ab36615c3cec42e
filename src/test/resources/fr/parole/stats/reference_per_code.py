"""Independent reference values for the tests per code (CodePresence) and Holm's adjustment.

SciPy cannot be installed where these were written, so they are computed from the definitions
with the Python standard library (exact fractions, math.comb) and mpmath 1.3.0 for the chi-square
tail: nothing here shares code with Parole or SciPy.

Run: python3 src/test/resources/fr/parole/stats/reference_per_code.py > reference-per-code-output.txt
The JUnit tests (CodePresenceTest, MultipleTestsTest) hard-code what this prints; they never run Python.
"""
from fractions import Fraction
from itertools import product
from math import comb

import mpmath

mpmath.mp.dps = 50


def show(name, value):
    print(f"{name} = {value!r}")


def chi2(table):
    """Pearson's X² of a table (rows of counts), exactly, as a Fraction."""
    rows = [sum(r) for r in table]
    cols = [sum(c) for c in zip(*table)]
    n = sum(rows)
    x = Fraction(0)
    for i, r in enumerate(table):
        for j, o in enumerate(r):
            e = Fraction(rows[i] * cols[j], n)
            x += (o - e) ** 2 / e
    return x


def upper_tail(x, df):
    """P(X²_df >= x): the regularised upper incomplete gamma Q(df/2, x/2)."""
    return float(mpmath.gammainc(mpmath.mpf(df) / 2, mpmath.mpf(x.numerator) / x.denominator / 2, mpmath.inf,
                                 regularized=True))


def adjusted_residual(table, i, j):
    rows = [sum(r) for r in table]
    cols = [sum(c) for c in zip(*table)]
    n = sum(rows)
    e = mpmath.mpf(rows[i] * cols[j]) / n
    return float((table[i][j] - e) / mpmath.sqrt(e * (1 - mpmath.mpf(rows[i]) / n) * (1 - mpmath.mpf(cols[j]) / n)))


def presence_table(coded, sizes):
    return [list(coded), [s - c for s, c in zip(sizes, coded)]]


def exact_conditional(coded, sizes):
    """Exact p of the chi-square statistic given both margins: every table with them, by its
    multivariate hypergeometric probability Π C(n_j, x_j) / C(N, m)."""
    observed = chi2(presence_table(coded, sizes))
    m, total = sum(coded), sum(sizes)
    p = Fraction(0)
    for xs in product(*[range(0, s + 1) for s in sizes]):
        if sum(xs) != m:
            continue
        prob = Fraction(1)
        for x, s in zip(xs, sizes):
            prob *= comb(s, x)
        prob /= comb(total, m)
        if chi2(presence_table(xs, sizes)) >= observed:
            p += prob
    return float(p)


def fisher_two_sided(a, b, c, d):
    """Fisher's exact test, two-sided: tables with the margins no more likely than the observed one."""
    n, r1, c1 = a + b + c + d, a + b, a + c
    def prob(x):
        return Fraction(comb(r1, x) * comb(n - r1, c1 - x), comb(n, c1))
    observed = prob(a)
    lo, hi = max(0, c1 - (n - r1)), min(r1, c1)
    return float(sum(prob(x) for x in range(lo, hi + 1) if prob(x) <= observed))


def holm(ps):
    """Holm (1979) by its definition: sorted p_(1..m), adjusted p_(i) = max_{j<=i} min(1, (m-j+1) p_(j))."""
    m = len(ps)
    order = sorted(range(m), key=lambda k: ps[k])
    adjusted = [0.0] * m
    running = 0.0
    for rank, k in enumerate(order):
        running = max(running, min(1.0, (m - rank) * ps[k]))
        adjusted[k] = running
    return adjusted


print("# --- Holm's adjustment, by its definition ---")
show("holm.a", holm([0.01, 0.04, 0.03, 0.005]))
show("holm.b", holm([0.5, 0.6]))
show("holm.c", holm([0.02, 0.02, 0.9]))

print("# --- three establishments of 40, 50 and 30 segments; codes by establishment ---")
sizes = [40, 50, 30]
for name, coded in [("x", [12, 25, 6]), ("w", [20, 21, 14])]:
    t = presence_table(coded, sizes)
    x = chi2(t)
    show(f"{name}.chi2", float(x))
    show(f"{name}.p", upper_tail(x, 2))
    show(f"{name}.residuals", [adjusted_residual(t, 0, j) for j in range(3)])
# y: 3 segments in all, expected counts under 5: an exact conditional p (the Monte-Carlo estimates it)
show("y.chi2", float(chi2(presence_table([2, 1, 0], sizes))))
show("y.exact", exact_conditional([2, 1, 0], sizes))
px, pw = upper_tail(chi2(presence_table([12, 25, 6], sizes)), 2), upper_tail(chi2(presence_table([20, 21, 14], sizes)), 2)
print("# Holm over the three codes, with y's exact conditional p in place of its simulated one")
show("holm.xyw", holm([px, exact_conditional([2, 1, 0], sizes), pw]))

print("# --- two groups of 8 and 9 segments, 6 and 1 coded: Fisher's exact test ---")
show("z.fisher", fisher_two_sided(6, 1, 2, 8))
