package fr.parole.coding.agreement;

import java.util.Optional;

/**
 * What every agreement measure returns: a value, the number of units it rests on, and, when the
 * value is undefined ({@link Double#NaN}), a sentence in French saying why. Reports print the
 * reason instead of a number, as INCEpTION's {@code getInapplicabilityReason()} does.
 */
public sealed interface AgreementValue
    permits PercentAgreement.Result, CohenKappa.Result, KrippendorffAlpha.Result, FleissKappa.Result,
        PairwisePercent.Result {

  /** The coefficient, or {@link Double#NaN} when it is undefined for these data. */
  double value();

  /** The units the value rests on (for 2 coders: the units both coders coded). */
  int units();

  /** Why {@link #value()} is NaN; empty when the value is defined. */
  Optional<String> undefinedReason();

  /** True when {@link #value()} is a number. */
  default boolean isDefined() {
    return undefinedReason().isEmpty();
  }

  /** Shared reason for an empty study, so that every measure says it the same way. */
  String NO_UNITS = "aucune unité codée par deux codeurs : il n'y a rien à comparer.";
}
