package fr.parole.coding;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Chooses a code's threshold on held-out calibrated probabilities. For calibrated probabilities the
 * threshold that maximises a code's F1 is half that best F1 (Lipton, Elkan &amp; Naryanaswamy 2014,
 * "Optimal thresholding of classifiers to maximize F1 measure", ECML PKDD): the best F1 is found by
 * trying every threshold on the held-out texts, and the threshold kept is half of it, with the F1
 * it gives there. Taking the arg-max itself would put the threshold on one text's probability, at
 * the edge of whatever gap separates the held-out positives from the negatives: on texts of
 * another kind, whose scores shift, that lets in or leaves out too much. With fewer than
 * {@link #MIN_POSITIVES} texts of the code an F1 measured on them says little: no threshold is
 * chosen and the default applies ({@link CodeThresholds}); nor when the best held-out F1 is no
 * better than counting the code on every text ({@link #MIN_GAIN}): the model cannot tell that code's
 * texts apart, and a threshold would only count it everywhere (non-exclusive dimensions).
 */
final class ThresholdChoice {
  /** Below this many texts with the code, its threshold is not calibrated (and {@code parole train} warns). */
  static final int MIN_POSITIVES = 5;
  /**
   * How much better than counting every text a code's best held-out F1 must be for its threshold to
   * be calibrated: a model that cannot tell a code's texts from the others would otherwise get a low
   * threshold and count the code everywhere (with a third of the texts having it, "all of them"
   * scores an F1 of 0.5).
   */
  static final double MIN_GAIN = 0.05;
  /** Thresholds are kept inside these bounds: a code counted at 0.01 or only at 0.99 is a sign of too few texts. */
  static final double LOWEST = 0.05;
  static final double HIGHEST = 0.95;

  private ThresholdChoice() {}

  /** A chosen threshold and the F1 it reached on the held-out texts. */
  record Choice(double threshold, double f1) {}

  /**
   * The best threshold for {@code probabilities} against {@code positive}; null when there are
   * fewer than {@link #MIN_POSITIVES} positives, or when the best F1 is not {@link #MIN_GAIN} above
   * that of counting every text.
   */
  static Choice best(double[] probabilities, boolean[] positive) {
    return best(probabilities, positive, true);
  }

  /**
   * As {@link #best(double[], boolean[])}; {@code againstEveryText} false skips the comparison with
   * counting every text, which means nothing in an exclusive dimension (a text counts there for its
   * most probable code only, and that choice is the model's).
   */
  static Choice best(double[] probabilities, boolean[] positive, boolean againstEveryText) {
    int n = probabilities.length;
    int positives = 0;
    for (boolean p : positive) {
      positives += p ? 1 : 0;
    }
    if (positives < MIN_POSITIVES) {
      return null;
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> probabilities[i]).reversed());
    // Counting the first k texts (those at or above the k-th probability), for every k.
    double bestF1 = 0;
    int truePositives = 0;
    for (int k = 1; k <= n; k++) {
      truePositives += positive[order[k - 1]] ? 1 : 0;
      if (k < n && probabilities[order[k]] == probabilities[order[k - 1]]) {
        continue; // a threshold cannot separate equal probabilities
      }
      bestF1 = Math.max(bestF1, 2.0 * truePositives / (k + positives));
    }
    double everyText = 2.0 * positives / (n + positives);
    if (againstEveryText && bestF1 < everyText + MIN_GAIN) {
      return null;
    }
    double threshold = Math.min(HIGHEST, Math.max(LOWEST, bestF1 / 2));
    return new Choice(threshold, f1(probabilities, positive, threshold));
  }

  /** The F1 of counting the texts at or above {@code threshold}. */
  static double f1(double[] probabilities, boolean[] positive, double threshold) {
    int tp = 0;
    int counted = 0;
    int positives = 0;
    for (int i = 0; i < probabilities.length; i++) {
      boolean in = probabilities[i] >= threshold;
      counted += in ? 1 : 0;
      positives += positive[i] ? 1 : 0;
      tp += in && positive[i] ? 1 : 0;
    }
    return positives + counted == 0 ? 0 : 2.0 * tp / (positives + counted);
  }
}
