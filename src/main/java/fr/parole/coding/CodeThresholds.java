package fr.parole.coding;

import fr.parole.study.CodeThreshold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The threshold of every code of a codebook, from the most to the least specific: the codebook
 * file's {@code threshold:}, then the one calibrated with the model on its training texts, then
 * {@link CodeThreshold#DEFAULT}. A coding run records them in the store with its suggestions, so
 * the report counts what that run meant to count.
 */
public final class CodeThresholds {
  private CodeThresholds() {}

  /** One threshold per code of {@code codebook}, in codebook order. */
  public static List<CodeThreshold> of(Codebook codebook, Optional<LearnedCoder> model) {
    Map<String, CodeThreshold> calibrated = model.map(LearnedCoder::thresholds).orElse(Map.of());
    List<CodeThreshold> thresholds = new ArrayList<>();
    for (Code code : codebook.codes()) {
      if (code.threshold() != null) {
        thresholds.add(new CodeThreshold(code.path(), code.threshold(), "codebook", null));
      } else if (calibrated.containsKey(code.path())) {
        thresholds.add(calibrated.get(code.path()));
      } else {
        thresholds.add(new CodeThreshold(code.path(), CodeThreshold.DEFAULT, "default", null));
      }
    }
    return thresholds;
  }
}
