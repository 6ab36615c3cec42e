package fr.parole.coding.agreement;

import java.util.Objects;

/**
 * One unit of an evaluation in one dimension: the gold label (what the reference coder chose)
 * and the predicted label (the machine's top suggestion in that dimension). Either label may be
 * {@code null}: no code of this dimension in the gold file, or no suggestion from the machine.
 */
public record EvaluationItem(String unitId, String dimension, String gold, String predicted) {
  public EvaluationItem {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(dimension, "dimension");
  }

  /** True when both labels are the same (two {@code null}s agree: neither sees a code). */
  public boolean isCorrect() {
    return Objects.equals(gold, predicted);
  }
}
