package fr.parole.coding.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code parole agreement} reports: for two coders, agreement dimension by dimension,
 * overall and code by code. It holds values only; formatting belongs to the report and CLI.
 */
public record AgreementReport(String coderA, String coderB, List<DimensionAgreement> dimensions) {
  public AgreementReport {
    Objects.requireNonNull(coderA, "coderA");
    Objects.requireNonNull(coderB, "coderB");
    dimensions = List.copyOf(dimensions);
  }

  /** The agreement in {@code dimension}, if either coder used it. */
  public Optional<DimensionAgreement> dimension(String dimension) {
    return dimensions.stream().filter(d -> d.dimension().equals(dimension)).findFirst();
  }
}
