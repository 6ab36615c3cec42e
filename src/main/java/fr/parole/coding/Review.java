package fr.parole.coding;

import fr.parole.study.CodingRecord;
import fr.parole.study.NewCoding;
import fr.parole.study.StoreTransaction;
import fr.parole.study.StudyStore;
import java.util.List;
import java.util.Optional;

/**
 * Records people's decisions on suggestions. A decision is a human coding stamped with the
 * coder's name and the time: accepting adds the code, rejecting records the refusal (so the
 * machine will not suggest it again there), recoding does both. All decisions of a batch are one
 * transaction, checked first: an unknown segment or code refuses the whole batch.
 */
public final class Review {
  private final Codebook codebook;

  public Review(Codebook codebook) {
    this.codebook = codebook;
  }

  public int record(StudyStore store, String file, List<ReviewDecision> decisions) {
    for (ReviewDecision decision : decisions) {
      check(store, file, decision);
    }
    try (StoreTransaction tx = store.begin()) {
      for (ReviewDecision d : decisions) {
        String status = d.kind() == ReviewDecision.Kind.ACCEPT ? "accepted" : "rejected";
        tx.codings().add(new NewCoding(d.segmentId(), codebook.id(), d.code(), d.coder(), "human", null, status, null,
            null, null));
        if (d.kind() == ReviewDecision.Kind.RECODE) {
          tx.codings().add(new NewCoding(d.segmentId(), codebook.id(), d.newCode(), d.coder(), "human", null,
              "accepted", null, null, null));
        }
      }
      tx.logEvent("review", "{\"decisions\":" + decisions.size() + "}");
      tx.commit();
    }
    return decisions.size();
  }

  private void check(StudyStore store, String file, ReviewDecision d) {
    String where = file + (d.line() > 0 ? ", ligne " + d.line() : "") + " : ";
    if (d.codingId() != null) {
      checkCoding(store, where, d);
    }
    if (!store.segmentQueries().segmentExists(d.segmentId())) {
      throw new CodebookException(where + "segment inconnu " + d.segmentId() + " dans cette étude (aucune décision "
          + "enregistrée).");
    }
    for (String code : d.kind() == ReviewDecision.Kind.RECODE ? List.of(d.code(), d.newCode()) : List.of(d.code())) {
      if (code == null || codebook.code(code).isEmpty()) {
        throw new CodebookException(where + "code inconnu « " + code + " » dans « " + codebook.id() + " » (aucune "
            + "décision enregistrée).");
      }
    }
    if (d.coder() == null || d.coder().isBlank()) {
      throw new CodebookException(where + "nom du codeur manquant (colonne « coder » ou --coder).");
    }
  }

  /** The sheet's {@code codage} must be the suggestion its row names: a stale or edited id is refused. */
  private void checkCoding(StudyStore store, String where, ReviewDecision d) {
    String clear = " Si la feuille date d'avant un nouveau « parole code », exportez-en une nouvelle (parole review "
        + "--export), ou videz la colonne « codage » : la décision se rattache alors au segment et au code.";
    Optional<CodingRecord> coding = store.codingQueries().coding(d.codingId());
    if (coding.isEmpty()) {
      throw new CodebookException(where + "codage " + d.codingId() + " inconnu dans cette étude (aucune décision "
          + "enregistrée)." + clear);
    }
    CodingRecord found = coding.get();
    if (found.segmentId() != d.segmentId() || !found.code().equals(d.code())
        || !found.codebook().equals(codebook.id())) {
      throw new CodebookException(where + "le codage " + d.codingId() + " porte sur le segment " + found.segmentId()
          + " et le code « " + found.code() + " », pas sur le segment " + d.segmentId() + " et le code « " + d.code()
          + " » de cette ligne (aucune décision enregistrée)." + clear);
    }
  }
}
