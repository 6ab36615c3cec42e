package fr.parole.coding.agreement;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Cohen's kappa for two coders and nominal categories (Cohen 1960): the observed agreement
 * corrected by the agreement expected by chance when each coder keeps their own category
 * proportions.
 *
 * <pre>
 *   N        = number of paired units
 *   A_o      = (1/N) · Σ_c n_cc                 (n_cc: units both coders put in category c)
 *   A_e      = (1/N²) · Σ_c a_c · b_c           (a_c, b_c: units coder A, coder B put in c)
 *   kappa    = (A_o − A_e) / (1 − A_e)
 *            = (N · Σ_c n_cc − Σ_c a_c b_c) / (N² − Σ_c a_c b_c)   (the form computed here)
 * </pre>
 *
 * <p>The second form keeps every count an exact integer ({@code long}) and divides once, so the
 * result is the exact rational value rounded once to a double.
 *
 * <p>Undefined cases, checked first: no paired unit (0/0), and A_e = 1, which happens only when
 * both coders used one and the same category for every unit — there was no choice to agree on,
 * so chance explains everything and kappa is 0/0.
 *
 * <p>Units coded by one coder only are left out: kappa has no treatment of missing values
 * (use {@link KrippendorffAlpha} for that).
 *
 * <p>References: Cohen, J. (1960). A Coefficient of Agreement for Nominal Scales.
 * <i>Educational and Psychological Measurement</i> 20(1), 37–46. Artstein, R., Poesio, M. (2008).
 * Inter-Coder Agreement for Computational Linguistics. <i>Computational Linguistics</i> 34(4),
 * 555–596.
 */
public final class CohenKappa {
  private CohenKappa() {}

  /**
   * Kappa with the two agreements it is built from.
   *
   * @param value    kappa, or NaN when undefined
   * @param units    the paired units (N)
   * @param observed A_o, NaN when there are no units
   * @param expected A_e, NaN when there are no units
   */
  public record Result(double value, int units, double observed, double expected, Optional<String> undefinedReason)
      implements AgreementValue {
    public Result {
      Objects.requireNonNull(undefinedReason, "undefinedReason");
    }
  }

  /** Computes Cohen's kappa on the paired units of {@code study}. */
  public static Result compute(AgreementStudy study) {
    Objects.requireNonNull(study, "study");
    long n = 0;
    long agreements = 0;
    Map<String, long[]> marginals = new HashMap<>(); // category → {a_c, b_c}
    for (AgreementStudy.CodedUnit unit : study.pairedUnits()) {
      n++;
      if (unit.isAgreement()) {
        agreements++;
      }
      marginals.computeIfAbsent(unit.categoryA(), c -> new long[2])[0]++;
      marginals.computeIfAbsent(unit.categoryB(), c -> new long[2])[1]++;
    }
    if (n == 0) {
      return new Result(Double.NaN, 0, Double.NaN, Double.NaN, Optional.of(AgreementValue.NO_UNITS));
    }
    long chance = 0; // Σ_c a_c · b_c
    for (long[] ab : marginals.values()) {
      chance += ab[0] * ab[1];
    }
    long nSquared = n * n;
    double observed = (double) agreements / n;
    double expected = (double) chance / nSquared;
    if (chance == nSquared) {
      String category = marginals.keySet().iterator().next();
      return new Result(Double.NaN, (int) n, observed, expected, Optional.of(
          "kappa non défini : les deux codeurs ont donné la même catégorie (« " + category
              + " ») à toutes les unités ; sans autre choix possible, l'accord attendu par hasard vaut 1."));
    }
    double kappa = (double) (n * agreements - chance) / (nSquared - chance);
    return new Result(kappa, (int) n, observed, expected, Optional.empty());
  }
}
