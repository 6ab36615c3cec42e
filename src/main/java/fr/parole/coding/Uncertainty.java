package fr.parole.coding;

import java.util.Iterator;
import java.util.Map;

/**
 * How unsure a model is about one segment in one dimension, from 0 (sure) to 1 (no idea): the
 * review queue shows the most unsure first, because a person's decision there teaches the model
 * most (uncertainty sampling, Lewis and Gale 1994; Settles 2009, « Active Learning Literature
 * Survey », §3.1). The learning-curve benchmark simulates the queue with the same measure.
 *
 * <p>In an exclusive dimension the model chooses one code: the measure is one minus the margin
 * between its two most probable codes (margin sampling). In a non-exclusive one each code is a
 * yes-or-no question decided at its threshold: the measure is that of the code closest to its
 * threshold, its distance scaled by the room on that side (a probability of 0.3 under a threshold of
 * 0.6 is half-way to sure).
 */
public final class Uncertainty {
  private Uncertainty() {}

  /**
   * @param probabilities each code's probability, most probable first (as
   *     {@link LearnedCoder#probabilities} gives them)
   * @param thresholds each code's threshold (non-exclusive dimensions); a code missing here is
   *     decided at 0.5
   */
  public static double of(Map<String, Double> probabilities, boolean exclusive, Map<String, Double> thresholds) {
    if (probabilities.isEmpty()) {
      return 0;
    }
    if (exclusive) {
      Iterator<Double> ranked = probabilities.values().stream().sorted(java.util.Comparator.reverseOrder()).iterator();
      double first = ranked.next();
      double second = ranked.hasNext() ? ranked.next() : 0;
      return clamp(1 - (first - second));
    }
    double most = 0;
    for (Map.Entry<String, Double> code : probabilities.entrySet()) {
      double threshold = thresholds.getOrDefault(code.getKey(), 0.5);
      double p = code.getValue();
      double room = p >= threshold ? 1 - threshold : threshold;
      double distance = room <= 0 ? 1 : Math.abs(p - threshold) / room;
      most = Math.max(most, 1 - distance);
    }
    return clamp(most);
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }
}
