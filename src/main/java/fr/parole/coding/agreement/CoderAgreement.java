package fr.parole.coding.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Compares two coders (two people, or a person and the machine) on the codings they made, and
 * builds the {@link AgreementReport} behind {@code parole agreement my-study --coders alice,bob}.
 *
 * <p>For each dimension either coder used:
 *
 * <ul>
 *   <li><b>units</b>: the units both coders coded at least once in the dimension (see
 *       {@link MultiCodeStudy} for why units coded by one coder only are left out);
 *   <li><b>overall</b>: percent agreement, Cohen's kappa and Krippendorff's alpha (nominal) on
 *       the category each coder gave each unit, the category being the set of codes they applied
 *       (one code in the usual case). This is chosen over an average of the per-code values
 *       because it is one well-defined study whose units are the segments, and because an
 *       average of per-code percent agreements is inflated by the many units on which both
 *       coders left a rare code out;
 *   <li><b>per code</b>: the same three measures on the present/absent study of the code, on the
 *       same units.
 * </ul>
 */
public final class CoderAgreement {
  private CoderAgreement() {}

  /**
   * Compares {@code coderA} and {@code coderB} on {@code codings}; codings by other coders are
   * ignored.
   *
   * @throws AgreementException if the two coders are the same
   */
  public static AgreementReport compare(Collection<AppliedCode> codings, String coderA, String coderB) {
    MultiCodeStudy study = MultiCodeStudy.of(codings, coderA, coderB);
    List<DimensionAgreement> dimensions = new ArrayList<>();
    for (String dimension : study.dimensions()) {
      List<CodeAgreement> codes = new ArrayList<>();
      for (String code : study.codes(dimension)) {
        codes.add(new CodeAgreement(code, study.timesApplied(code, 0), study.timesApplied(code, 1),
            AgreementScores.of(study.binaryStudy(code))));
      }
      AgreementScores overall = AgreementScores.of(study.dimensionStudy(dimension));
      dimensions.add(new DimensionAgreement(dimension, overall.units(), study.unitsCodedByOneCoder(dimension),
          overall, codes));
    }
    return new AgreementReport(coderA, coderB, dimensions);
  }
}
