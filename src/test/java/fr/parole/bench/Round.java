package fr.parole.bench;

import fr.parole.study.StoreSummary;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What one round measured: the floor before the first import and after each (both text sets),
 * each import, and the searches on the last import's index.
 */
record Round(
    Generated corpus, List<Floor> turnsFloors, List<Floor> allFloors, List<ParoleRun> runs, StoreSummary summary,
    Latencies search, Latencies rawSearch, int warmupQueries, double meanHits, double meanLines,
    String loadBefore, String loadAfter) {
  static final double TARGET_RATIO = 3.0;
  static final double TARGET_MEDIAN_MS = 10.0;
  static final double TARGET_P95_MS = 50.0;

  /** The floor around import {@code i}: the mean of the measures just before and just after it. */
  Floor floorAround(List<Floor> floors, int i) {
    return Floor.mean(floors.subList(i, i + 2));
  }

  double ratio(int i) {
    return (double) runs.get(i).total() / floorAround(turnsFloors, i).total();
  }

  double ratioAllText(int i) {
    return (double) runs.get(i).total() / floorAround(allFloors, i).total();
  }

  /** The figure of the target: the median over the imports of the ratio to the floor around each. */
  double ratio() {
    return median(IntStream.range(0, runs.size()).mapToDouble(this::ratio).toArray());
  }

  double ratioAllText() {
    return median(IntStream.range(0, runs.size()).mapToDouble(this::ratioAllText).toArray());
  }

  boolean passed() {
    return ratio() <= TARGET_RATIO && search.median() < TARGET_MEDIAN_MS && search.p95() < TARGET_P95_MS;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
