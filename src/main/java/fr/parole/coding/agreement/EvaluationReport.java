package fr.parole.coding.agreement;

import java.util.List;
import java.util.Optional;

/** What {@code parole evaluate} reports: one {@link DimensionEvaluation} per dimension, sorted. */
public record EvaluationReport(List<DimensionEvaluation> dimensions) {
  public EvaluationReport {
    dimensions = List.copyOf(dimensions);
  }

  /** The evaluation of {@code dimension}, if it had any unit. */
  public Optional<DimensionEvaluation> dimension(String dimension) {
    return dimensions.stream().filter(d -> d.dimension().equals(dimension)).findFirst();
  }
}
