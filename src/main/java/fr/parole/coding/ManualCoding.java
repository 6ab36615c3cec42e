package fr.parole.coding;

import fr.parole.study.NewCoding;
import fr.parole.study.StoreTransaction;
import fr.parole.study.StudyStore;

/**
 * A person codes a segment, or a span of it, by hand: stored as a human coding (accepted), which
 * no machine run will ever change.
 */
public final class ManualCoding {
  private final Codebook codebook;

  public ManualCoding(Codebook codebook) {
    this.codebook = codebook;
  }

  public void code(StudyStore store, long segmentId, String code, String coder, Integer spanStart, Integer spanEnd) {
    if (codebook.code(code).isEmpty()) {
      throw new CodebookException("Code inconnu « " + code + " » dans « " + codebook.id() + " » (écrire dimension/code,"
          + " par exemple " + codebook.codes().get(0).path() + ").");
    }
    if (!store.queries().segmentExists(segmentId)) {
      throw new CodebookException("Segment inconnu : " + segmentId + " (les numéros de segment sont donnés par "
          + "parole search --format tsv).");
    }
    if (coder == null || coder.isBlank()) {
      throw new CodebookException("Le nom du codeur est obligatoire (--coder).");
    }
    if ((spanStart == null) != (spanEnd == null) || (spanStart != null && spanStart >= spanEnd)) {
      throw new CodebookException("Passage invalide : attendu début:fin avec début < fin (positions dans le segment).");
    }
    try (StoreTransaction tx = store.begin()) {
      tx.codings().add(new NewCoding(segmentId, codebook.id(), code, coder.strip(), "human", null, "accepted", null,
          spanStart, spanEnd));
      tx.logEvent("manual-coding", "{\"segment\":" + segmentId + "}");
      tx.commit();
    }
  }
}
