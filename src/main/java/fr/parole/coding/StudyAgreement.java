package fr.parole.coding;

import fr.parole.coding.agreement.AgreementReport;
import fr.parole.coding.agreement.AppliedCode;
import fr.parole.coding.agreement.CoderAgreement;
import fr.parole.study.CodingRecord;
import java.util.List;

/**
 * Agreement between two coders of a study (two people, or a person and the machine coder): each
 * segment is a unit; a coder applied a code when they coded it or left a suggestion of theirs
 * standing (not rejected).
 */
public final class StudyAgreement {
  public AgreementReport compare(List<CodingRecord> codings, String coderA, String coderB) {
    List<AppliedCode> applied = codings.stream()
        .filter(CodingRecord::applied)
        .filter(c -> c.coder().equals(coderA) || c.coder().equals(coderB))
        .map(c -> new AppliedCode(String.valueOf(c.segmentId()), c.coder(), c.code()))
        .toList();
    return CoderAgreement.compare(applied, coderA, coderB);
  }
}
