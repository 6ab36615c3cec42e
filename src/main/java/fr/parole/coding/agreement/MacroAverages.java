package fr.parole.coding.agreement;

import java.util.List;

/**
 * Macro averages over per-code scores: the unweighted means over every code seen in the gold
 * labels or the predictions, an undefined (NaN) precision or recall counting as 0, as scikit-learn
 * does with {@code zero_division=0}: a code the machine never predicts should pull macro precision
 * down, not vanish from it. Macro F1 is the mean of the per-code F1 values (not the F1 of the macro
 * precision and recall). See Manning, Raghavan &amp; Schütze (2008), <i>Introduction to Information
 * Retrieval</i>, section 13.6, on macro-averaging.
 */
public interface MacroAverages {
  /** The per-code scores averaged. */
  List<CodeScores> codes();

  default double macroPrecision() {
    return CodeScores.macro(codes(), CodeScores::precision);
  }

  default double macroRecall() {
    return CodeScores.macro(codes(), CodeScores::recall);
  }

  default double macroF1() {
    return CodeScores.macro(codes(), CodeScores::f1);
  }
}
