package fr.parole.coding.agreement;

import java.util.Objects;

/** The three agreement values reported for one study (a code, or a whole dimension). */
public record AgreementScores(
    PercentAgreement.Result percent, CohenKappa.Result kappa, KrippendorffAlpha.Result alpha) {
  public AgreementScores {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(kappa, "kappa");
    Objects.requireNonNull(alpha, "alpha");
  }

  /** Runs the three measures on {@code study}. */
  public static AgreementScores of(AgreementStudy study) {
    return new AgreementScores(PercentAgreement.compute(study), CohenKappa.compute(study),
        KrippendorffAlpha.compute(study));
  }

  /** The units compared (both coders coded them); the same for the three measures. */
  public int units() {
    return percent.units();
  }
}
