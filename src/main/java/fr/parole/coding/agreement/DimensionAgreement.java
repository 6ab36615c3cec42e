package fr.parole.coding.agreement;

import java.util.List;
import java.util.Objects;

/**
 * Agreement in one dimension of the codebook: overall (the set of codes each coder gave a unit,
 * as one category) and code by code (present/absent).
 *
 * @param dimension            the dimension id, e.g. {@code type}
 * @param units                the units both coders coded in this dimension
 * @param unitsCodedByOneCoder the units only one coder coded in this dimension, left out
 * @param overall              agreement on the category of each unit
 * @param codes                agreement on each code either coder applied, sorted by code
 */
public record DimensionAgreement(
    String dimension, int units, int unitsCodedByOneCoder, AgreementScores overall, List<CodeAgreement> codes) {
  public DimensionAgreement {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(overall, "overall");
    codes = List.copyOf(codes);
  }
}
