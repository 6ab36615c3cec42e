package fr.parole.coding.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Percent agreement over all pairs of coders: of every pair of values given to the same unit (m
 * values make m (m − 1) / 2 pairs), the share that are equal. Pairs are pooled over the units, so
 * a unit read by four coders weighs its six pairs and one read by two its one pair; with the same
 * coders on every unit it is Fleiss' P̄, and with two coders {@link PercentAgreement}. Missing
 * values make no pair; a unit with fewer than two values makes none.
 */
public final class PairwisePercent {
  private PairwisePercent() {}

  /**
   * @param value          agreeing pairs / pairs, NaN without a pair
   * @param units          units with at least two values
   * @param pairs          pairs of values compared
   * @param agreeingPairs  of them, the equal ones
   */
  public record Result(double value, int units, long pairs, long agreeingPairs, Optional<String> undefinedReason)
      implements AgreementValue {
    public Result {
      Objects.requireNonNull(undefinedReason, "undefinedReason");
    }
  }

  /** Values unit by unit, {@code null} for a missing one. */
  public static Result compute(List<? extends List<String>> valuesByUnit) {
    Objects.requireNonNull(valuesByUnit, "valuesByUnit");
    int units = 0;
    long pairs = 0;
    long agreeing = 0;
    for (List<String> values : valuesByUnit) {
      Map<String, Long> counts = new HashMap<>();
      long m = 0;
      for (String value : values) {
        if (value != null) {
          counts.merge(value, 1L, Long::sum);
          m++;
        }
      }
      if (m < 2) {
        continue;
      }
      units++;
      pairs += m * (m - 1) / 2;
      for (long n : counts.values()) {
        agreeing += n * (n - 1) / 2;
      }
    }
    if (pairs == 0) {
      return new Result(Double.NaN, 0, 0, 0, Optional.of(AgreementValue.NO_UNITS));
    }
    return new Result((double) agreeing / pairs, units, pairs, agreeing, Optional.empty());
  }
}
