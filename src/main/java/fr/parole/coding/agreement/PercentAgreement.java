package fr.parole.coding.agreement;

import java.util.Objects;
import java.util.Optional;

/**
 * Percent (observed) agreement: the share of units on which both coders chose the same category.
 *
 * <pre>
 *   A_o = (number of paired units with the same category) / (number of paired units)
 * </pre>
 *
 * <p>It does not correct for the agreement expected by chance, which is why it is reported next
 * to {@link CohenKappa} and {@link KrippendorffAlpha} (Artstein &amp; Poesio 2008). Units coded
 * by one coder only are left out.
 *
 * <p>References: Artstein, R., Poesio, M. (2008). Inter-Coder Agreement for Computational
 * Linguistics. <i>Computational Linguistics</i> 34(4), 555–596.
 */
public final class PercentAgreement {
  private PercentAgreement() {}

  /**
   * The observed agreement, with the counts it comes from.
   *
   * @param value      agreements / units, or NaN when there are no units
   * @param units      the paired units
   * @param agreements the paired units on which the coders agree
   */
  public record Result(double value, int units, int agreements, Optional<String> undefinedReason)
      implements AgreementValue {
    public Result {
      Objects.requireNonNull(undefinedReason, "undefinedReason");
    }
  }

  /** Computes the percent agreement of the paired units of {@code study}. */
  public static Result compute(AgreementStudy study) {
    Objects.requireNonNull(study, "study");
    int units = 0;
    int agreements = 0;
    for (AgreementStudy.CodedUnit unit : study.pairedUnits()) {
      units++;
      if (unit.isAgreement()) {
        agreements++;
      }
    }
    // Edge case first: 0/0 has no meaning, and 0 or 1 would both be a lie.
    if (units == 0) {
      return new Result(Double.NaN, 0, 0, Optional.of(AgreementValue.NO_UNITS));
    }
    // A single category used by both coders still gives 1.0: the coders did agree on every unit,
    // even if that agreement says nothing beyond chance (kappa and alpha are undefined there).
    return new Result((double) agreements / units, units, agreements, Optional.empty());
  }
}
