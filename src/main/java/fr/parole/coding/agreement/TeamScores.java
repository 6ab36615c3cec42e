package fr.parole.coding.agreement;

import java.util.List;
import java.util.Objects;

/**
 * The three figures reported for a team of coders on one study (a code, or a whole dimension):
 * percent agreement over all pairs, Fleiss' kappa (complete units) and Krippendorff's alpha
 * (nominal, every pairable value).
 */
public record TeamScores(PairwisePercent.Result percent, FleissKappa.Result kappa, KrippendorffAlpha.Result alpha) {
  public TeamScores {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(kappa, "kappa");
    Objects.requireNonNull(alpha, "alpha");
  }

  /** Runs the three measures on values given unit by unit ({@code null}: the coder did not read the unit). */
  public static TeamScores of(List<? extends List<String>> valuesByUnit) {
    return new TeamScores(PairwisePercent.compute(valuesByUnit), FleissKappa.compute(valuesByUnit),
        KrippendorffAlpha.compute(valuesByUnit));
  }

  /** The units read by at least two coders (those alpha and the pairs rest on). */
  public int units() {
    return alpha.units();
  }
}
