package fr.parole.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * Decimal logarithms of hypergeometric tails that stay exact where the probabilities underflow
 * (a word absent from a large part can have P(X ≤ 0) = 10^-5000). Commons Math gives the log of
 * one probability (saddle-point expansion); the rest of the tail is summed relative to it with
 * the exact ratio of successive terms, until the terms no longer change the sum. Commons Math's
 * own tail sums work on plain probabilities, which underflow to 0 in large corpora.
 */
final class HypergeometricTail {
  private static final double LN_10 = Math.log(10);
  private static final double NEGLIGIBLE = 1e-17;

  private final long population;
  private final long successes;
  private final long draws;
  private final HypergeometricDistribution law;

  /** Draws {@code draws} from {@code population} items of which {@code successes} are marked. */
  HypergeometricTail(long population, long successes, long draws) {
    if (population > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("population too large: " + population);
    }
    this.population = population;
    this.successes = successes;
    this.draws = draws;
    // No random generator: this law is never sampled.
    this.law = new HypergeometricDistribution(null, (int) population, (int) successes, (int) draws);
  }

  /** log10 P(X ≥ k). */
  double log10Upper(int k) {
    if (k <= law.getSupportLowerBound()) {
      return 0;
    }
    if (k > law.getSupportUpperBound()) {
      return Double.NEGATIVE_INFINITY;
    }
    double sum = 1;
    double term = 1;
    for (long i = k; i < law.getSupportUpperBound(); i++) {
      double ratio = (double) (successes - i) * (draws - i) / ((double) (i + 1) * (population - successes - draws + i + 1));
      term *= ratio;
      sum += term;
      if (ratio < 1 && term < sum * NEGLIGIBLE) {
        break;
      }
    }
    return (law.logProbability(k) + Math.log(sum)) / LN_10;
  }

  /** log10 P(X ≤ k). */
  double log10Lower(int k) {
    if (k >= law.getSupportUpperBound()) {
      return 0;
    }
    if (k < law.getSupportLowerBound()) {
      return Double.NEGATIVE_INFINITY;
    }
    double sum = 1;
    double term = 1;
    for (long i = k; i > law.getSupportLowerBound(); i--) {
      double ratio = (double) i * (population - successes - draws + i) / ((double) (successes - i + 1) * (draws - i + 1));
      term *= ratio;
      sum += term;
      if (ratio < 1 && term < sum * NEGLIGIBLE) {
        break;
      }
    }
    return (law.logProbability(k) + Math.log(sum)) / LN_10;
  }
}
