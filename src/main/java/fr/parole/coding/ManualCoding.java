package fr.parole.coding;

import fr.parole.study.NewCoding;
import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StoreTransaction;
import fr.parole.study.StudyStore;
import java.util.function.Consumer;

/**
 * A person codes a segment, or a span of it, by hand: stored as a human coding (accepted), which
 * no machine run will ever change. Only what participants said is coded: an interviewer's turn
 * (or the text before the first turn) is refused unless asked for explicitly, and a span must lie
 * inside the segment.
 */
public final class ManualCoding {
  private final Codebook codebook;

  public ManualCoding(Codebook codebook) {
    this.codebook = codebook;
  }

  /** Codes a participant's segment (an interviewer's turn is refused). */
  public void code(StudyStore store, long segmentId, String code, String coder, Integer spanStart, Integer spanEnd) {
    code(store, segmentId, code, coder, spanStart, spanEnd, false);
  }

  /** Codes a segment; {@code allowInterviewer} lets an interviewer's turn or a preamble be coded too. */
  public void code(StudyStore store, long segmentId, String code, String coder, Integer spanStart, Integer spanEnd,
      boolean allowInterviewer) {
    code(store, segmentId, code, coder, spanStart, spanEnd, allowInterviewer, null, tx -> { });
  }

  /**
   * Codes a segment, noting {@code evidence} (where the coding comes from, e.g. a co-researcher's
   * proposal; may be null), and runs {@code alongside} in the same transaction (the atelier's audit
   * row, the proposal's new status): all of it is written, or none.
   */
  public void code(StudyStore store, long segmentId, String code, String coder, Integer spanStart, Integer spanEnd,
      boolean allowInterviewer, String evidence, Consumer<StoreTransaction> alongside) {
    if (codebook.code(code).isEmpty()) {
      throw new CodebookException("Code inconnu « " + code + " » dans « " + codebook.id() + " » (écrire dimension/code,"
          + " par exemple " + codebook.codes().get(0).path() + ").");
    }
    SegmentRecord segment = store.queries().segment(segmentId).orElseThrow(() -> new CodebookException(
        "Segment inconnu : " + segmentId + " (les numéros de segment sont donnés par parole search --format tsv)."));
    if (coder == null || coder.isBlank()) {
      throw new CodebookException("Le nom du codeur est obligatoire (--coder).");
    }
    if (!segment.kind().isAnalysed() && !allowInterviewer) {
      throw new CodebookException("Le segment " + segmentId + " (" + segment.sourcePath() + ", ligne " + segment.line()
          + ") est " + (segment.kind() == SegmentKind.INTERVIEWER ? "un tour de l'enquêteur" : "le texte avant le "
          + "premier tour de parole") + " : il n'est ni codé ni compté. Codez le tour du participant, ou ajoutez "
          + "--allow-interviewer pour le coder quand même.");
    }
    checkSpan(segment, spanStart, spanEnd);
    try (StoreTransaction tx = store.begin()) {
      tx.codings().add(new NewCoding(segmentId, codebook.id(), code, coder.strip(), "human", null, "accepted", evidence,
          spanStart, spanEnd));
      tx.logEvent("manual-coding", "{\"segment\":" + segmentId + "}");
      alongside.accept(tx);
      tx.commit();
    }
  }

  /** A span is [start, end) in the segment's characters, 0 at its start, as search's start and end. */
  private static void checkSpan(SegmentRecord segment, Integer start, Integer end) {
    if (start == null && end == null) {
      return;
    }
    int length = segment.text().length();
    if (start == null || end == null || start < 0 || start >= end || end > length) {
      throw new CodebookException("Passage invalide " + start + ":" + end + " pour le segment " + segment.id()
          + ", qui fait " + length + " caractère(s) : attendu début:fin avec 0 ≤ début < fin ≤ " + length
          + " (positions dans le segment, comme start et end de parole search --format tsv).");
    }
  }
}
