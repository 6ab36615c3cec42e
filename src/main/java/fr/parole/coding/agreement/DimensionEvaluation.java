package fr.parole.coding.agreement;

import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The evaluation of one dimension: accuracy and Cohen's kappa between gold and predicted labels,
 * and precision, recall and F1 per code with their macro averages.
 *
 * <p>Macro averages are the unweighted means over every code seen in the gold labels or the
 * predictions, an undefined (NaN) precision or recall counting as 0, as scikit-learn does with
 * {@code zero_division=0}: a code the machine never predicts should pull macro precision down,
 * not vanish from it. Macro F1 is the mean of the per-code F1 values (not the F1 of the macro
 * precision and recall). See Manning, Raghavan &amp; Schütze (2008), <i>Introduction to
 * Information Retrieval</i>, section 13.6, on macro-averaging.
 *
 * @param dimension the dimension id
 * @param units     the units evaluated
 * @param correct   the units whose predicted label equals the gold label
 * @param kappa     Cohen's kappa between gold and predicted labels ("no label" is a category)
 * @param codes     per-code scores, sorted by code
 */
public record DimensionEvaluation(
    String dimension, int units, int correct, CohenKappa.Result kappa, List<CodeScores> codes) {
  public DimensionEvaluation {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(kappa, "kappa");
    codes = List.copyOf(codes);
  }

  /** correct / units; NaN without units. */
  public double accuracy() {
    return units == 0 ? Double.NaN : (double) correct / units;
  }

  public double macroPrecision() {
    return macro(CodeScores::precision);
  }

  public double macroRecall() {
    return macro(CodeScores::recall);
  }

  public double macroF1() {
    return macro(CodeScores::f1);
  }

  private double macro(ToDoubleFunction<CodeScores> metric) {
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
}
