package fr.parole.pipeline;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookException;
import fr.parole.coding.ReviewDecision;
import fr.parole.study.DocumentQueries;
import fr.parole.study.NewCoding;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StoreQueries;
import fr.parole.study.StudyStore;
import fr.parole.study.PendingSuggestion;
import java.util.List;
import java.util.Optional;

/**
 * Review decisions made one at a time by a named person (the atelier's « Revue »): each written
 * at once, with its audit row in the same transaction, and never over another person's decision:
 * when someone (in the atelier or with {@code parole review}) already decided on the suggestion's
 * code for its segment, the decision is refused and nothing is written.
 */
public final class ReviewQueue {
  /** What became of a decision. */
  public enum Status { RECORDED, ALREADY_DECIDED, UNKNOWN }

  /** The outcome, with who decided first when refused. */
  public record Outcome(Status status, DocumentQueries.SuggestionState suggestion, String decidedBy) {}

  private final java.util.Map<String, Stamped> counts = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<String, StoreQueries.PendingFilter> filters = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The first pending suggestion the filter keeps after the suggestion {@code afterCodingId} (-1:
   * from the start; after the last, from the start again), read through the index: one row
   * whatever the size of the queue.
   */
  public Optional<PendingSuggestion> next(Study study, Codebook codebook, StoreQueries.PendingFilter filter,
      long afterCodingId) {
    try (StudyStore store = study.openStore()) {
      return store.queries().nextPending(codebook.id(), filter, afterCodingId);
    }
  }

  /** How many pending suggestions the filter keeps (kept as {@link #progress} is). */
  public long count(Study study, Codebook codebook, StoreQueries.PendingFilter filter) {
    String key = "pending:" + codebook.id() + "\u0000" + filter;
    filters.put(key, filter);
    return (Long) counted(study, key, () -> {
      try (StudyStore store = study.openStore()) {
        return store.queries().countPending(codebook.id(), filter);
      }
    });
  }

  /** A codebook's review progress (kept until the store changes; adjusted by this queue's own decisions). */
  public DocumentQueries.ReviewProgress progress(Study study, String codebook) {
    return (DocumentQueries.ReviewProgress) counted(study, "progress:" + codebook, () -> {
      try (StudyStore store = study.openStore()) {
        return store.documentQueries().reviewProgress(codebook);
      }
    });
  }

  /**
   * A count of the whole store (a scan: seconds on a large study), kept with the store's stamp. A
   * decision made here moves the stamp on; {@link #adjust} carries the counts over to the new stamp
   * when nothing else wrote in between, so that a decision does not make the next page count again.
   */
  private Object counted(Study study, String key, java.util.function.Supplier<Object> compute) {
    String stamp = study.dataStamp();
    Stamped known = counts.get(key);
    if (known != null && known.stamp().equals(stamp)) {
      return known.value();
    }
    Object value = compute.get();
    counts.put(key, new Stamped(stamp, value));
    return value;
  }

  private void adjust(String codebook, String before, String after, String code) {
    counts.replaceAll((key, known) -> {
      if (!known.stamp().equals(before)) {
        return known;
      }
      if (key.equals("progress:" + codebook)) {
        DocumentQueries.ReviewProgress p = (DocumentQueries.ReviewProgress) known.value();
        return new Stamped(after, new DocumentQueries.ReviewProgress(p.total(), p.decided() + 1));
      }
      if (key.startsWith("pending:" + codebook + "\u0000")) {
        StoreQueries.PendingFilter f = filters.get(key);
        if (f == null || !f.source().isEmpty() || f.min() > 0 || f.max() < 1) {
          return known; // which source, how sure: counted again rather than guessed
        }
        return new Stamped(after, f.code().isEmpty() || f.code().equals(code) ? (Long) known.value() - 1 : known.value());
      }
      return known;
    });
  }

  private record Stamped(String stamp, Object value) {}

  /**
   * Records {@code person}'s decision on the suggestion {@code codingId}; {@code newCode} (for a
   * recoding) must be another code of the same dimension of {@code codebook}.
   */
  public Outcome decide(Study study, Codebook codebook, long codingId, ReviewDecision.Kind kind, String newCode,
      String person) {
    // Stamps read with the store closed: opening it creates the write-ahead log and closing the
    // last connection folds it back, both of which move the stamp without changing any count.
    String before = study.dataStamp();
    Outcome outcome = record(study, codebook, codingId, kind, newCode, person);
    if (outcome.status() == Status.RECORDED && kind != ReviewDecision.Kind.RECODE) {
      adjust(codebook.id(), before, study.dataStamp(), outcome.suggestion().code());
    }
    return outcome;
  }

  private Outcome record(Study study, Codebook codebook, long codingId, ReviewDecision.Kind kind, String newCode,
      String person) {
    try (StudyStore store = study.openStore()) {
      Optional<DocumentQueries.SuggestionState> found = store.documentQueries().suggestion(codingId)
          .filter(s -> s.codebook().equals(codebook.id()));
      if (found.isEmpty()) {
        return new Outcome(Status.UNKNOWN, null, null);
      }
      DocumentQueries.SuggestionState suggestion = found.get();
      if (kind == ReviewDecision.Kind.RECODE) {
        checkRecode(codebook, suggestion.code(), newCode);
      }
      try (StoreTransaction tx = store.begin()) {
        boolean recorded = tx.codings().decideOnce(new NewCoding(suggestion.segmentId(), codebook.id(),
            suggestion.code(), person, "human", null, kind == ReviewDecision.Kind.ACCEPT ? "accepted" : "rejected",
            null, null, null));
        if (!recorded) {
          String by = store.documentQueries().suggestion(codingId).map(DocumentQueries.SuggestionState::decidedBy)
              .orElse(null);
          return new Outcome(Status.ALREADY_DECIDED, suggestion, by);
        }
        if (kind == ReviewDecision.Kind.RECODE) {
          tx.codings().add(new NewCoding(suggestion.segmentId(), codebook.id(), newCode, person, "human", null,
              "accepted", null, null, null));
        }
        tx.audit(person, "revue." + kind.name().toLowerCase(java.util.Locale.ROOT), "codage " + codingId,
            "segment " + suggestion.segmentId() + ", " + suggestion.code()
                + (kind == ReviewDecision.Kind.RECODE ? " → " + newCode : ""));
        tx.commit();
        return new Outcome(Status.RECORDED, suggestion, person);
      }
    }
  }

  private static void checkRecode(Codebook codebook, String code, String newCode) {
    Optional<Code> chosen = newCode == null ? Optional.empty() : codebook.code(newCode);
    String dimension = code.substring(0, code.indexOf('/'));
    if (chosen.isEmpty() || !chosen.get().dimension().equals(dimension) || newCode.equals(code)) {
      throw new CodebookException("Pour recoder, choisissez un autre code de la même dimension que « "
          + codebook.code(code).map(Code::label).orElse(code) + " ».");
    }
  }
}
