package fr.parole.coding.agreement;

import java.util.List;
import java.util.Optional;

/**
 * What {@code parole evaluate} reports: for each exclusive dimension a {@link DimensionEvaluation}
 * (accuracy, kappa), for each non-exclusive one a {@link MultiLabelEvaluation}, sorted by dimension.
 */
public record EvaluationReport(List<DimensionEvaluation> dimensions, List<MultiLabelEvaluation> multiLabel) {
  public EvaluationReport {
    dimensions = List.copyOf(dimensions);
    multiLabel = List.copyOf(multiLabel);
  }

  /** A report of exclusive dimensions only. */
  public EvaluationReport(List<DimensionEvaluation> dimensions) {
    this(dimensions, List.of());
  }

  /** The evaluation of exclusive {@code dimension}, if it had any unit. */
  public Optional<DimensionEvaluation> dimension(String dimension) {
    return dimensions.stream().filter(d -> d.dimension().equals(dimension)).findFirst();
  }

  /** The evaluation of non-exclusive {@code dimension}, if it had any unit. */
  public Optional<MultiLabelEvaluation> multiLabel(String dimension) {
    return multiLabel.stream().filter(d -> d.dimension().equals(dimension)).findFirst();
  }
}
