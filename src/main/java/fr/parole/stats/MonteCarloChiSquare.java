package fr.parole.stats;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Monte-Carlo p-value of the chi-square statistic, as R's {@code chisq.test(simulate.p.value =
 * TRUE)}: random tables with the observed margins, p = (1 + number at least as extreme) / (B + 1).
 * A random table is drawn by shuffling the column of each observation while rows stay put,
 * which keeps both margins; it costs O(n) per table, so tables above {@code maxObservations}
 * are left to the caller's warning. The seed is fixed so that a report is the same on two runs.
 */
public final class MonteCarloChiSquare {
  public static final long DEFAULT_SEED = 20_240_501L;
  public static final int DEFAULT_SIMULATIONS = 2_000;
  public static final long DEFAULT_MAX_OBSERVATIONS = 10_000;
  /** R compares with {@code STATISTIC >= almost.1 * observed}; rounding differs between equal tables. */
  private static final double ALMOST_ONE = 1 - 1e-12;

  private final long seed;
  private final int simulations;
  private final long maxObservations;

  public MonteCarloChiSquare(long seed, int simulations, long maxObservations) {
    if (simulations < 1 || maxObservations < 1) {
      throw new IllegalArgumentException("simulations and maxObservations must be positive");
    }
    this.seed = seed;
    this.simulations = simulations;
    this.maxObservations = maxObservations;
  }

  public static MonteCarloChiSquare withDefaults() {
    return new MonteCarloChiSquare(DEFAULT_SEED, DEFAULT_SIMULATIONS, DEFAULT_MAX_OBSERVATIONS);
  }

  public long seed() {
    return seed;
  }

  public int simulations() {
    return simulations;
  }

  public boolean canSimulate(CountTable table) {
    return table.total() <= maxObservations;
  }

  /** The simulated p-value; the table must have no empty row or column. */
  public double pValue(CountTable table) {
    if (!canSimulate(table)) {
      throw new IllegalArgumentException("too many observations to simulate: " + table.total());
    }
    double[][] expected = Crosstabs.expected(table);
    double observed = statistic(table.counts(), expected);
    int[] columnOfObservation = columnsOfObservations(table);
    int[] rowEnds = rowEnds(table);
    RandomGenerator random = new Well19937c(seed);
    long[][] simulated = new long[table.rows()][table.columns()];
    int atLeastAsExtreme = 0;
    for (int b = 0; b < simulations; b++) {
      shuffle(columnOfObservation, random);
      fill(simulated, columnOfObservation, rowEnds);
      if (statistic(simulated, expected) >= observed * ALMOST_ONE) {
        atLeastAsExtreme++;
      }
    }
    return (1.0 + atLeastAsExtreme) / (simulations + 1.0);
  }

  /**
   * Fisher-Yates. Hand-written because Commons Math's {@code MathArrays.shuffle} builds a
   * distribution object per element, which made a 10,000-observation table ten times slower.
   */
  private static void shuffle(int[] values, RandomGenerator random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }

  private static int[] columnsOfObservations(CountTable table) {
    int[] columns = new int[(int) table.total()];
    int position = 0;
    for (int j = 0; j < table.columns(); j++) {
      for (long k = table.columnTotal(j); k > 0; k--) {
        columns[position++] = j;
      }
    }
    return columns;
  }

  private static int[] rowEnds(CountTable table) {
    int[] ends = new int[table.rows()];
    int end = 0;
    for (int i = 0; i < table.rows(); i++) {
      end += (int) table.rowTotal(i);
      ends[i] = end;
    }
    return ends;
  }

  private static void fill(long[][] counts, int[] columnOfObservation, int[] rowEnds) {
    for (long[] row : counts) {
      Arrays.fill(row, 0);
    }
    int start = 0;
    for (int i = 0; i < rowEnds.length; i++) {
      for (int p = start; p < rowEnds[i]; p++) {
        counts[i][columnOfObservation[p]]++;
      }
      start = rowEnds[i];
    }
  }

  private static double statistic(long[][] observed, double[][] expected) {
    double sum = 0;
    for (int i = 0; i < observed.length; i++) {
      for (int j = 0; j < observed[i].length; j++) {
        double d = observed[i][j] - expected[i][j];
        sum += d * d / expected[i][j];
      }
    }
    return sum;
  }
}
