package fr.parole.coding;

import fr.parole.coding.agreement.AgreementReport;
import fr.parole.coding.agreement.AppliedCode;
import fr.parole.coding.agreement.CoderAgreement;
import fr.parole.study.CodingRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

  /**
   * Where the two coders disagree on a segment in a dimension: both applied codes of the dimension
   * there (the units the coefficients count), but not the same ones. Codes are {@code dimension/code},
   * sorted.
   */
  public record Disagreement(long segmentId, String dimension, List<String> codesA, List<String> codesB) {
    public Disagreement {
      codesA = List.copyOf(codesA);
      codesB = List.copyOf(codesB);
    }
  }

  /** The disagreements of the two coders, in segment then dimension order. */
  public List<Disagreement> disagreements(List<CodingRecord> codings, String coderA, String coderB) {
    // segment → dimension → the codes of coder A [0] and coder B [1]
    Map<Long, Map<String, List<Set<String>>>> codes = new TreeMap<>();
    for (CodingRecord c : codings) {
      int coder = c.coder().equals(coderA) ? 0 : c.coder().equals(coderB) ? 1 : -1;
      if (coder < 0 || !c.applied() || c.code().indexOf('/') < 0) {
        continue;
      }
      codes.computeIfAbsent(c.segmentId(), s -> new TreeMap<>())
          .computeIfAbsent(c.code().substring(0, c.code().indexOf('/')), d -> List.of(new TreeSet<>(), new TreeSet<>()))
          .get(coder).add(c.code());
    }
    List<Disagreement> disagreements = new ArrayList<>();
    codes.forEach((segment, dimensions) -> dimensions.forEach((dimension, both) -> {
      if (!both.get(0).isEmpty() && !both.get(1).isEmpty() && !both.get(0).equals(both.get(1))) {
        disagreements.add(new Disagreement(segment, dimension, new ArrayList<>(both.get(0)),
            new ArrayList<>(both.get(1))));
      }
    }));
    return disagreements;
  }
}
