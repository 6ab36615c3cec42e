package fr.parole.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Adjusting p-values when several tests are read together (one per code of a dimension): with 11
 * codes tested at 5 %, about one in two studies would show a "difference" by chance alone.
 */
public final class MultipleTests {
  private MultipleTests() {}

  /**
   * Holm's step-down adjustment (Holm 1979), as R's {@code p.adjust(p, "holm")}: with the m
   * p-values sorted, p_(1) ≤ … ≤ p_(m), the adjusted p_(i) is max over j ≤ i of min(1, (m − j + 1)
   * p_(j)). It keeps the chance of any false difference among the m tests under the level read,
   * without assuming the tests independent. Results are in the order of {@code pValues}.
   */
  public static List<Double> holm(List<Double> pValues) {
    int m = pValues.size();
    List<Integer> order = new ArrayList<>(IntStream.range(0, m).boxed().toList());
    order.sort(Comparator.comparingDouble(pValues::get));
    double[] adjusted = new double[m];
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int i = order.get(rank);
      double p = pValues.get(i);
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("p-value out of [0, 1]: " + p);
      }
      running = Math.max(running, Math.min(1, (m - rank) * p));
      adjusted[i] = running;
    }
    return java.util.Arrays.stream(adjusted).boxed().toList();
  }
}
