package fr.parole.pipeline;

import fr.parole.coding.Codebook;
import fr.parole.coding.StudyAgreement.Disagreement;
import fr.parole.coding.agreement.AgreementReport;
import fr.parole.study.SegmentRecord;
import java.util.List;
import java.util.Map;

/**
 * What {@code parole agreement} shows: the coefficients, the segments where the two coders
 * disagree (with those segments, by id) and the codebook, for its labels.
 */
public record AgreementResult(
    AgreementReport report, List<Disagreement> disagreements, Map<Long, SegmentRecord> segments, Codebook codebook) {
  public AgreementResult {
    disagreements = List.copyOf(disagreements);
    segments = Map.copyOf(segments);
  }
}
