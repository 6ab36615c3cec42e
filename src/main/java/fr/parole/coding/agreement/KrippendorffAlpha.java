package fr.parole.coding.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed
 * (Krippendorff 2011, section C). Alpha compares the disagreement observed within units with the
 * disagreement expected if the same values were paired at random across all units.
 *
 * <p>Only <em>pairable</em> values count: those of units that received at least two values
 * (m_u ≥ 2). For unit u, n_uc is the number of its values equal to c. Then (Krippendorff 2011,
 * nominal case):
 *
 * <pre>
 *   o_cc  = Σ_u n_uc (n_uc − 1) / (m_u − 1)      coincidences of c with itself
 *   n_c   = Σ_u n_uc                             pairable values equal to c
 *   n     = Σ_c n_c                              all pairable values
 *   D_o   = 1 − Σ_c o_cc / n                     observed disagreement
 *   D_e   = 1 − Σ_c n_c (n_c − 1) / (n (n − 1))  expected disagreement
 *   alpha = 1 − D_o / D_e
 *         = ((n − 1) Σ_c o_cc − Σ_c n_c (n_c − 1)) / (n (n − 1) − Σ_c n_c (n_c − 1))
 * </pre>
 *
 * The last form is the one computed. The sum of o_cc is kept per unit size m as an exact integer
 * and divided once per size, so for two coders (m_u = 2 everywhere) every count is an integer and
 * alpha is the exact rational value rounded once.
 *
 * <p>Undefined cases, checked first: no pairable value, and D_e = 0, which happens when all
 * pairable values are the same category: with no variation there is nothing to be reliable about
 * and alpha is 0/0.
 *
 * <p>For two coders and no missing values, 1 − alpha = (n − 1)/n · (1 − pi), pi being Scott's
 * pi: alpha's expected disagreement counts pairs without replacement (a small-sample correction).
 *
 * <p>References: Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability.
 * Annenberg School for Communication, University of Pennsylvania (departmental paper 43).
 * Krippendorff, K. (2004). <i>Content Analysis: An Introduction to Its Methodology</i>, 2nd ed.,
 * Sage, chapter 11.
 */
public final class KrippendorffAlpha {
  private KrippendorffAlpha() {}

  /**
   * Alpha with the disagreements it is built from.
   *
   * @param value                alpha, or NaN when undefined
   * @param units                the pairable units (at least two values)
   * @param pairableValues       n, the values in those units
   * @param observedDisagreement D_o, NaN when there is no pairable value
   * @param expectedDisagreement D_e, NaN when there is no pairable value
   */
  public record Result(double value, int units, long pairableValues, double observedDisagreement,
      double expectedDisagreement, Optional<String> undefinedReason) implements AgreementValue {
    public Result {
      Objects.requireNonNull(undefinedReason, "undefinedReason");
    }
  }

  /** Computes alpha on a two-coder study; units coded by one coder only are not pairable. */
  public static Result compute(AgreementStudy study) {
    Objects.requireNonNull(study, "study");
    return compute(study.valuesByUnit());
  }

  /**
   * Computes alpha on reliability data given unit by unit: each inner list holds the values the
   * coders gave that unit, in any order; {@code null} entries (missing values) are ignored, so a
   * row of Krippendorff's coders × units matrix can be passed column by column as is.
   */
  public static Result compute(List<? extends List<String>> valuesByUnit) {
    Objects.requireNonNull(valuesByUnit, "valuesByUnit");
    int units = 0;
    long n = 0;
    Map<String, Long> valueCounts = new HashMap<>(); // n_c
    Map<Integer, Long> selfPairsBySize = new HashMap<>(); // m_u → Σ_u Σ_c n_uc (n_uc − 1)
    for (List<String> values : valuesByUnit) {
      Map<String, Integer> unitCounts = new HashMap<>(); // n_uc
      int m = 0;
      for (String value : values) {
        if (value != null) {
          unitCounts.merge(value, 1, Integer::sum);
          m++;
        }
      }
      if (m < 2) {
        continue; // a lone value has nothing to be compared with: not pairable
      }
      units++;
      n += m;
      long selfPairs = 0;
      for (Map.Entry<String, Integer> count : unitCounts.entrySet()) {
        long nuc = count.getValue();
        selfPairs += nuc * (nuc - 1);
        valueCounts.merge(count.getKey(), nuc, Long::sum);
      }
      selfPairsBySize.merge(m, selfPairs, Long::sum);
    }
    if (n == 0) {
      return new Result(Double.NaN, 0, 0, Double.NaN, Double.NaN, Optional.of(AgreementValue.NO_UNITS));
    }
    double coincidences = 0; // Σ_c o_cc
    for (Map.Entry<Integer, Long> bySize : selfPairsBySize.entrySet()) {
      coincidences += (double) bySize.getValue() / (bySize.getKey() - 1);
    }
    long chancePairs = 0; // Σ_c n_c (n_c − 1)
    for (long nc : valueCounts.values()) {
      chancePairs += nc * (nc - 1);
    }
    long allPairs = n * (n - 1);
    double observed = 1 - coincidences / n;
    double expected = 1 - (double) chancePairs / allPairs;
    if (chancePairs == allPairs) {
      String value = valueCounts.keySet().iterator().next();
      return new Result(Double.NaN, units, n, observed, expected, Optional.of(
          "alpha non défini : une seule valeur (« " + value + " ») a été donnée à toutes les unités ;"
              + " sans variation, le désaccord attendu par hasard est nul (D_e = 0)."));
    }
    double alpha = ((n - 1) * coincidences - chancePairs) / (allPairs - chancePairs);
    return new Result(alpha, units, n, observed, expected, Optional.empty());
  }
}
