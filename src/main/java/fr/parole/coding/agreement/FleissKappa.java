package fr.parole.coding.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Fleiss' kappa: chance-corrected agreement of a fixed number of coders, each unit coded by all of
 * them (Fleiss 1971). For unit i with m values, n_ic of them equal to c, over N units:
 *
 * <pre>
 *   P_i  = Σ_c n_ic (n_ic − 1) / (m (m − 1))     share of agreeing pairs of coders on unit i
 *   P̄    = Σ_i P_i / N                            observed agreement
 *   p_c  = Σ_i n_ic / (N m)                       share of all values equal to c
 *   P̄_e  = Σ_c p_c²                               agreement expected by chance
 *   kappa = (P̄ − P̄_e) / (1 − P̄_e)
 * </pre>
 *
 * <p>Fleiss' formula has no place for a missing value: only the <em>complete</em> units count,
 * those that received the largest number of values given to any unit (every coder's, when at
 * least one unit was coded by all); the others are left out and reported as such, while
 * {@link KrippendorffAlpha} uses every value of them. Undefined (NaN with a reason): fewer than
 * two coders on the complete units, no complete unit, or a single category everywhere (P̄_e = 1).
 *
 * <p>Reference: Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters.
 * <i>Psychological Bulletin</i> 76(5), 378–382 (Table 1: P̄ = 0.556, P̄_e = 0.220, kappa = 0.430).
 */
public final class FleissKappa {
  private FleissKappa() {}

  /**
   * Kappa with the agreements it is built from.
   *
   * @param value    kappa, or NaN when undefined
   * @param units    the complete units it rests on
   * @param coders   the values of each complete unit (m)
   * @param left     units with at least one value left out because some coder's is missing
   * @param observed P̄, NaN without complete units
   * @param expected P̄_e, NaN without complete units
   */
  public record Result(double value, int units, int coders, int left, double observed, double expected,
      Optional<String> undefinedReason) implements AgreementValue {
    public Result {
      Objects.requireNonNull(undefinedReason, "undefinedReason");
    }
  }

  /**
   * Computes kappa on values given unit by unit ({@code null} = missing), as
   * {@link KrippendorffAlpha#compute(List)} takes them.
   */
  public static Result compute(List<? extends List<String>> valuesByUnit) {
    Objects.requireNonNull(valuesByUnit, "valuesByUnit");
    int m = 0;
    for (List<String> values : valuesByUnit) {
      m = Math.max(m, present(values));
    }
    int units = 0;
    int left = 0;
    long agreeingPairs = 0; // Σ_i Σ_c n_ic (n_ic − 1): every P_i has the same denominator m (m − 1)
    Map<String, Long> totals = new HashMap<>();
    for (List<String> values : valuesByUnit) {
      int present = present(values);
      if (present < m) {
        left += present > 0 ? 1 : 0;
        continue;
      }
      units++;
      Map<String, Integer> counts = new HashMap<>();
      values.stream().filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
      for (Map.Entry<String, Integer> count : counts.entrySet()) {
        agreeingPairs += (long) count.getValue() * (count.getValue() - 1);
        totals.merge(count.getKey(), (long) count.getValue(), Long::sum);
      }
    }
    if (m < 2 || units == 0) {
      return new Result(Double.NaN, 0, m, left, Double.NaN, Double.NaN, Optional.of(AgreementValue.NO_UNITS));
    }
    double observed = (double) agreeingPairs / ((long) units * m * (m - 1));
    double expected = 0;
    long values = (long) units * m;
    for (long total : totals.values()) {
      expected += ((double) total / values) * ((double) total / values);
    }
    if (totals.size() == 1) {
      return new Result(Double.NaN, units, m, left, observed, 1, Optional.of("kappa de Fleiss non défini : une seule"
          + " valeur (« " + totals.keySet().iterator().next() + " ») a été donnée à toutes les unités ; sans variation,"
          + " l'accord attendu par hasard est total (P̄e = 1)."));
    }
    return new Result((observed - expected) / (1 - expected), units, m, left, observed, expected, Optional.empty());
  }

  private static int present(List<String> values) {
    int present = 0;
    for (String value : values) {
      present += value == null ? 0 : 1;
    }
    return present;
  }
}
