package fr.parole.coding;

import fr.parole.study.NewCoding;
import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StoreTransaction;
import fr.parole.study.StudyStore;
import java.util.List;
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
    code(store, segmentId, List.of(code), coder, spanStart, spanEnd, allowInterviewer, tx -> { });
  }

  /**
   * Codes a segment, or a span of it, with several codes at once: all checked first, then one
   * transaction, in which {@code alsoInTransaction} writes what goes with the coding (the atelier's
   * audit row), so that both are stored or neither.
   */
  public void code(StudyStore store, long segmentId, List<String> codes, String coder, Integer spanStart,
      Integer spanEnd, boolean allowInterviewer, Consumer<StoreTransaction> alsoInTransaction) {
    code(store, segmentId, codes, coder, spanStart, spanEnd, allowInterviewer, null, alsoInTransaction);
  }

  /**
   * {@link #code(StudyStore, long, List, String, Integer, Integer, boolean, Consumer)} noting where
   * the codings come from ({@code evidence}, e.g. a co-researcher's proposal; may be null).
   */
  public void code(StudyStore store, long segmentId, List<String> codes, String coder, Integer spanStart,
      Integer spanEnd, boolean allowInterviewer, String evidence, Consumer<StoreTransaction> alsoInTransaction) {
    if (codes.isEmpty()) {
      throw new CodebookException("Choisissez au moins un code.");
    }
    checkAll(store, segmentId, codes, coder, spanStart, spanEnd, allowInterviewer);
    try (StoreTransaction tx = store.begin()) {
      for (String code : codes) {
        tx.codings().add(new NewCoding(segmentId, codebook.id(), code, coder.strip(), "human", null, "accepted", evidence,
            spanStart, spanEnd));
      }
      tx.logEvent("manual-coding", "{\"segment\":" + segmentId + "}");
      alsoInTransaction.accept(tx);
      tx.commit();
    }
  }

  /**
   * Checks what {@link #code} would store, without storing it: the codes exist, the segment is a
   * participant's (unless {@code allowInterviewer}), the span lies inside it. Throws a
   * {@link CodebookException} in French otherwise; for callers that write the codings themselves
   * (the undoable actions of {@code pipeline.CodingHistory}).
   */
  public void checkAll(StudyStore store, long segmentId, List<String> codes, String coder, Integer spanStart,
      Integer spanEnd, boolean allowInterviewer) {
    if (codes.isEmpty()) {
      throw new CodebookException("Choisissez au moins un code.");
    }
    codes.forEach(code -> check(store, segmentId, code, coder, spanStart, spanEnd, allowInterviewer));
  }

  private void check(StudyStore store, long segmentId, String code, String coder, Integer spanStart, Integer spanEnd,
      boolean allowInterviewer) {
    if (code == null || codebook.code(code).isEmpty()) {
      throw new CodebookException("Code inconnu « " + code + " » dans « " + codebook.id() + " » (écrire dimension/code,"
          + " par exemple " + codebook.codes().get(0).path() + ").");
    }
    SegmentRecord segment = store.segmentQueries().segment(segmentId).orElseThrow(() -> new CodebookException(
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
