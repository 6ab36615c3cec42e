package fr.parole.coding.agreement;

import java.util.Objects;

/**
 * Precision, recall and F1 of one code, from its counts in a dimension (van Rijsbergen 1979;
 * Manning, Raghavan &amp; Schütze 2008, section 8.3).
 *
 * <pre>
 *   precision = TP / (TP + FP)       NaN when the code was never predicted
 *   recall    = TP / (TP + FN)       NaN when the code is not in the gold labels (support 0)
 *   F1        = 2·TP / (2·TP + FP + FN)
 *             = 2·P·R / (P + R) when both are defined; 0 when TP = 0 and FP + FN &gt; 0
 * </pre>
 *
 * @param code           the label, e.g. {@code type/levier}
 * @param truePositives  units where gold and prediction are both this code
 * @param falsePositives units predicted as this code whose gold label is another (or none)
 * @param falseNegatives units whose gold label is this code, predicted as another (or none)
 */
public record CodeScores(String code, int truePositives, int falsePositives, int falseNegatives) {
  public CodeScores {
    Objects.requireNonNull(code, "code");
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("Counts cannot be negative");
    }
  }

  /** The units whose gold label is this code: TP + FN. */
  public int support() {
    return truePositives + falseNegatives;
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /** F1 in the 2·TP form, which needs no special case when precision alone is undefined. */
  public double f1() {
    return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
  }

  /**
   * The unweighted mean of {@code metric} over {@code codes}, an undefined value counting as 0 (as
   * scikit-learn's {@code zero_division=0}); NaN when there is no code.
   */
  static double macro(java.util.List<CodeScores> codes, java.util.function.ToDoubleFunction<CodeScores> metric) {
    if (codes.isEmpty()) {
      return Double.NaN; // no code in gold nor predictions: nothing to average
    }
    double sum = 0;
    for (CodeScores code : codes) {
      double value = metric.applyAsDouble(code);
      sum += Double.isNaN(value) ? 0 : value;
    }
    return sum / codes.size();
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
