package fr.parole.coding.agreement;

import java.util.Objects;
import java.util.Set;

/**
 * One unit of a multi-label evaluation in one dimension: every code the reference gives it and
 * every code the machine would count for it. Either set may be empty: no code applies, or none
 * reaches its threshold.
 */
public record MultiLabelItem(String unitId, String dimension, Set<String> gold, Set<String> predicted) {
  public MultiLabelItem {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(dimension, "dimension");
    gold = Set.copyOf(gold);
    predicted = Set.copyOf(predicted);
  }
}
