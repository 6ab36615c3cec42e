package fr.parole.stats.reinert;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * One step of the Reinert method: cuts a presence matrix in two (rainette's {@code cluster_tab},
 * R/rainette.R, and its C++ helpers {@code cpp_split_tab} and {@code cpp_switch_docs},
 * src/Rcpp_functions.cpp; Reinert 1983 and 1990):
 * <ol>
 *   <li>rows ordered by their first-axis coordinate ({@link FirstAxis});</li>
 *   <li>the cut along that order maximising the χ² of the 2 × lemmas table (the lemma counts of
 *       the rows before the cut against those after);</li>
 *   <li>rows moved, one at a time, to the other group while a move makes that χ² rise. rainette's
 *       {@code switch_docs} computes every row's move and makes the best one, then starts again:
 *       a pass over all rows for each move, which on 100,000 segments and a few thousand moves is
 *       billions of operations. Here each pass goes through the rows in order and makes every move
 *       that raises the χ² at that moment (Reinert's own reassignment, and a hill climb like
 *       rainette's: the χ² rises at each move, and the passes stop when one moves nothing, or after
 *       {@code maxPasses}); the two can end in different local maxima, see docs/statistics.md;</li>
 *   <li>the lemmas each group keeps for its next split (rainette's {@code select_features}: at
 *       least {@code tsj} = 3 rows in the group, and a lemma strongly tied to one group, contingency
 *       coefficient above {@code cc_test} = 0.3, is kept only where it is over-represented).</li>
 * </ol>
 * The χ² of the 2 × p table with column totals {@code C_j} and group totals {@code R_1, R_2} is
 * {@code N (Σ_j T1_j² / (R_1 C_j) + Σ_j T2_j² / (R_2 C_j) − 1)}, so moving one row changes only
 * the sums over its own lemmas: a whole pass over the rows is {@code O(entries)}, not
 * {@code O(rows × lemmas)} as rainette's dense loops are.
 */
final class Bipartition {
  static final int TSJ = 3;
  static final double CC_TEST = 0.3;

  /** The result: which rows go to the second group, the χ² of the cut, each group's kept lemmas. */
  record Split(boolean[] second, double chiSquare, double initialChiSquare, int moves, boolean[] keepFirst,
      boolean[] keepSecond) {}

  private final BinaryMatrix m;
  private final int[] columnTotals;
  private final int maxPasses;

  Bipartition(BinaryMatrix matrix, int maxPasses) {
    this.m = matrix;
    this.columnTotals = matrix.columnCounts();
    this.maxPasses = maxPasses;
  }

  Split split() {
    double[] coordinates = FirstAxis.of(m).rows();
    int rows = m.rows();
    Integer[] order = IntStream.range(0, rows).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> coordinates[i]).thenComparingInt(i -> i));
    Tables t = new Tables(); // every row starts in the second group; rows join the first in first-axis order
    double best = Double.NEGATIVE_INFINITY;
    int bestCut = 1;
    for (int cut = 1; cut < rows; cut++) {
      t.move(order[cut - 1], true);
      double chi = t.chiSquare();
      if (chi > best) {
        best = chi;
        bestCut = cut;
      }
    }
    Tables groups = new Tables();
    for (int cut = 0; cut < bestCut; cut++) {
      groups.move(order[cut], true);
    }
    double initial = best;
    int moves = 0;
    for (int pass = 0; pass < maxPasses; pass++) {
      int movedThisPass = 0;
      for (int i = 0; i < rows; i++) {
        double chi = groups.chiSquareIfMoved(i);
        // Moving a row changes the sums by a little: ask for a real rise, not rounding noise.
        if (chi > best * (1 + 1e-12)) {
          groups.move(i, !groups.first[i]);
          best = groups.chiSquare();
          movedThisPass++;
        }
      }
      moves += movedThisPass;
      if (movedThisPass == 0) {
        break;
      }
    }
    boolean[] second = new boolean[rows];
    for (int i = 0; i < rows; i++) {
      second[i] = !groups.first[i];
    }
    boolean[] keepFirst = new boolean[m.columns()];
    boolean[] keepSecond = new boolean[m.columns()];
    selectLemmas(groups, keepFirst, keepSecond);
    return new Split(second, best, initial, moves, keepFirst, keepSecond);
  }

  /** rainette's {@code select_features}, on the groups' lemma counts. */
  private void selectLemmas(Tables groups, boolean[] keepFirst, boolean[] keepSecond) {
    double total = groups.r1 + groups.r2;
    for (int j = 0; j < m.columns(); j++) {
      int in1 = groups.t1[j];
      int in2 = columnTotals[j] - in1;
      double share = columnTotals[j] / total;
      double expected1 = share * groups.r1;
      double expected2 = share * groups.r2;
      double chi = (in1 - expected1) * (in1 - expected1) / expected1 + (in2 - expected2) * (in2 - expected2) / expected2;
      double cc = Math.sqrt(chi / (chi + columnTotals[j]));
      if (cc <= CC_TEST) {
        keepFirst[j] = in1 >= TSJ;
        keepSecond[j] = in2 >= TSJ;
      } else {
        keepFirst[j] = in1 > expected1 && in1 >= TSJ;
        keepSecond[j] = in2 > expected2 && in2 >= TSJ;
      }
    }
  }

  /** The lemma counts of the first group, and the two sums of the χ² formula, kept up to date. */
  private final class Tables {
    final int[] t1 = new int[m.columns()];
    final boolean[] first = new boolean[m.rows()];
    double q1;
    double q2;
    double r1;
    double r2;

    /** Every row in the second group: {@code T2 = C}, so {@code Σ T2_j² / C_j = Σ C_j = N}. */
    Tables() {
      r2 = m.entries();
      q2 = m.entries();
    }

    double chiSquare() {
      if (r1 == 0 || r2 == 0) {
        return Double.NEGATIVE_INFINITY;
      }
      return (r1 + r2) * (q1 / r1 + q2 / r2 - 1);
    }

    /** Moves row {@code i} to the first group ({@code toFirst}) or to the second. */
    void move(int i, boolean toFirst) {
      double[] change = sumsChange(i, toFirst);
      q1 += change[0];
      q2 += change[1];
      for (int k = m.rowStart()[i]; k < m.rowStart()[i + 1]; k++) {
        t1[m.columnIndex()[k]] += toFirst ? 1 : -1;
      }
      int size = m.rowSize(i);
      r1 += toFirst ? size : -size;
      r2 -= toFirst ? size : -size;
      first[i] = toFirst;
    }

    /** The χ² if row {@code i} went to the other group; minus infinity when it would empty one. */
    double chiSquareIfMoved(int i) {
      int size = m.rowSize(i);
      boolean toFirst = !first[i];
      double nr1 = r1 + (toFirst ? size : -size);
      double nr2 = r2 - (toFirst ? size : -size);
      if (nr1 <= 0 || nr2 <= 0) {
        return Double.NEGATIVE_INFINITY;
      }
      double[] change = sumsChange(i, toFirst);
      return (nr1 + nr2) * ((q1 + change[0]) / nr1 + (q2 + change[1]) / nr2 - 1);
    }

    /** How {@code Σ T1²/C} and {@code Σ T2²/C} change when row {@code i} moves: over its own lemmas only. */
    private double[] sumsChange(int i, boolean toFirst) {
      double d1 = 0;
      double d2 = 0;
      int[] index = m.columnIndex();
      for (int k = m.rowStart()[i]; k < m.rowStart()[i + 1]; k++) {
        int j = index[k];
        double c = columnTotals[j];
        int in1 = t1[j];
        int in2 = columnTotals[j] - in1;
        // (T + 1)² − T² = 2T + 1 and (T − 1)² − T² = 1 − 2T
        d1 += (toFirst ? 2.0 * in1 + 1 : 1 - 2.0 * in1) / c;
        d2 += (toFirst ? 1 - 2.0 * in2 : 2.0 * in2 + 1) / c;
      }
      return new double[] {d1, d2};
    }
  }
}
