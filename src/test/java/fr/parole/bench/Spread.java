package fr.parole.bench;

import fr.parole.coding.LearningCurve;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Mean and standard deviation over the seeds of one checkpoint of the learning curves. */
final class Spread {
  private Spread() {}

  static double mean(List<List<LearningCurve.Point>> bySeed, int checkpoint, ToDoubleFunction<LearningCurve.Point> f) {
    return bySeed.stream().mapToDouble(points -> f.applyAsDouble(points.get(checkpoint))).average().orElse(Double.NaN);
  }

  /** Sample standard deviation; 0 for one seed. */
  static double sd(List<List<LearningCurve.Point>> bySeed, int checkpoint, ToDoubleFunction<LearningCurve.Point> f) {
    double mean = mean(bySeed, checkpoint, f);
    if (bySeed.size() < 2) {
      return 0;
    }
    double sum = 0;
    for (List<LearningCurve.Point> points : bySeed) {
      double d = f.applyAsDouble(points.get(checkpoint)) - mean;
      sum += d * d;
    }
    return Math.sqrt(sum / (bySeed.size() - 1));
  }

  static String of(List<List<LearningCurve.Point>> bySeed, int checkpoint, ToDoubleFunction<LearningCurve.Point> f) {
    return String.format(Locale.ROOT, "%.3f ± %.3f", mean(bySeed, checkpoint, f), sd(bySeed, checkpoint, f));
  }
}
