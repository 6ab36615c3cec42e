package fr.parole.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * Fisher's exact test for a 2 × 2 table, two-sided, as R's {@code fisher.test} and SciPy's
 * {@code fisher_exact}: the sum of the probabilities of every table with the same margins that
 * is no more likely than the observed one. Commons Math has the hypergeometric distribution but
 * no Fisher test, hence this small class.
 */
public final class FisherExactTest {
  /** Relative tolerance for "as likely as the observed table", R's {@code relErr}. */
  private static final double RELATIVE_TOLERANCE = 1 + 1e-7;

  private FisherExactTest() {}

  /** Two-sided p-value of the table {@code [[a, b], [c, d]]}. */
  public static double twoSided(long a, long b, long c, long d) {
    if (a < 0 || b < 0 || c < 0 || d < 0) {
      throw new IllegalArgumentException("negative count");
    }
    long n = a + b + c + d;
    long firstRow = a + b;
    long firstColumn = a + c;
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("table too large for an exact test: " + n);
    }
    if (firstRow == 0 || firstColumn == 0 || firstRow == n || firstColumn == n) {
      return 1.0;
    }
    // a follows a hypergeometric law: population n, firstRow successes, firstColumn draws.
    HypergeometricDistribution law =
        new HypergeometricDistribution(null, (int) n, (int) firstRow, (int) firstColumn);
    double observed = law.probability((int) a) * RELATIVE_TOLERANCE;
    double p = 0;
    for (int x = law.getSupportLowerBound(); x <= law.getSupportUpperBound(); x++) {
      double px = law.probability(x);
      if (px <= observed) {
        p += px;
      }
    }
    return Math.min(1.0, p);
  }
}
