package fr.parole.coding.agreement;

import java.util.List;
import java.util.Objects;

/**
 * The evaluation of one dimension: accuracy and Cohen's kappa between gold and predicted labels,
 * and precision, recall and F1 per code with their macro averages ({@link MacroAverages}).
 *
 * @param dimension the dimension id
 * @param units     the units evaluated
 * @param correct   the units whose predicted label equals the gold label
 * @param kappa     Cohen's kappa between gold and predicted labels ("no label" is a category)
 * @param codes     per-code scores, sorted by code
 */
public record DimensionEvaluation(
    String dimension, int units, int correct, CohenKappa.Result kappa, List<CodeScores> codes)
    implements MacroAverages {
  public DimensionEvaluation {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(kappa, "kappa");
    codes = List.copyOf(codes);
  }

  /** correct / units; NaN without units. */
  public double accuracy() {
    return units == 0 ? Double.NaN : (double) correct / units;
  }

}
