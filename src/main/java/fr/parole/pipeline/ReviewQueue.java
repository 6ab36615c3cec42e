package fr.parole.pipeline;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookException;
import fr.parole.coding.ReviewDecision;
import fr.parole.study.DocumentQueries;
import fr.parole.study.NewCoding;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.PendingFilter;
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
  /** What became of a decision: REPLACED when a coding run removed the suggestion meanwhile. */
  public enum Status { RECORDED, ALREADY_DECIDED, REPLACED, UNKNOWN }

  /** The outcome, with who decided first when refused. */
  public record Outcome(Status status, DocumentQueries.SuggestionState suggestion, String decidedBy) {}

  private final StoreWatch watch;
  private final java.util.Map<String, Stamped> counts = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<String, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<String, PendingFilter> filters = new java.util.concurrent.ConcurrentHashMap<>();
  /** A queue whose counts follow the store's changes as {@code watch} tells them apart. */
  public ReviewQueue(StoreWatch watch) {
    this.watch = watch;
  }

  /** The tag of a decision this queue wrote (accepted or rejected: one suggestion less to review). */
  private static String decisionTag(String codebook, String code) {
    return "revue\u0000" + codebook + "\u0000" + code;
  }

  /**
   * The first pending suggestion the filter keeps after the suggestion {@code afterCodingId} (-1:
   * from the start; after the last, from the start again), read through the index: one row
   * whatever the size of the queue.
   */
  public Optional<PendingSuggestion> next(Study study, Codebook codebook, PendingFilter filter,
      long afterCodingId) {
    try (StudyStore store = study.openStore()) {
      return store.codingQueries().nextPending(codebook.id(), filter, afterCodingId);
    }
  }

  /** The order of the queue: the suggestions that teach the model most first, or in corpus order. */
  public enum Order { USEFUL, CORPUS }

  /**
   * The next suggestion in {@code order}: {@link Order#CORPUS} as {@link #next(Study, Codebook,
   * PendingFilter, long)}; {@link Order#USEFUL} the one the model is least sure of among
   * the next {@value UncertainFirst#WINDOW} ({@link UncertainFirst}), or the one ranked after
   * {@code afterCodingId} when a person passed it.
   */
  public Optional<PendingSuggestion> next(Study study, Codebook codebook, PendingFilter filter,
      long afterCodingId, Order order) {
    try (StudyStore store = study.openStore()) {
      return next(store, codebook, filter, afterCodingId, order);
    }
  }

  /** The next suggestion for {@code person} and the label of their action « Annuler » would take back. */
  public record Next(Optional<PendingSuggestion> suggestion, Optional<String> undo) {}

  /**
   * The review page's read: the next suggestion in {@code order} and {@code person}'s latest action
   * to undo ({@link CodingHistory#available}) from one opening of the store, not two: the page is
   * the hot path of a review session.
   */
  public Next next(Study study, Codebook codebook, PendingFilter filter, long afterCodingId, Order order,
      String person) {
    try (StudyStore store = study.openStore()) {
      return new Next(next(store, codebook, filter, afterCodingId, order),
          store.codingActions().latest(person, "done").map(fr.parole.study.CodingActions.Action::label));
    }
  }

  private static Optional<PendingSuggestion> next(StudyStore store, Codebook codebook, PendingFilter filter,
      long afterCodingId, Order order) {
    if (order == Order.CORPUS) {
      return store.codingQueries().nextPending(codebook.id(), filter, afterCodingId);
    }
    // The window and the row from one read: a decision committed between them cannot empty the queue.
    return store.inOneRead(() -> new UncertainFirst(codebook)
        .pick(store.learningQueries().window(codebook.id(), filter, UncertainFirst.WINDOW), afterCodingId)
        .flatMap(id -> store.learningQueries().pending(codebook.id(), id)));
  }

  /** The suggestion {@code codingId} of {@code codebook} with its segment, while nobody has decided it. */
  public Optional<PendingSuggestion> pending(Study study, Codebook codebook, long codingId) {
    try (StudyStore store = study.openStore()) {
      return store.learningQueries().pending(codebook.id(), codingId);
    }
  }

  /** How many pending suggestions the filter keeps (kept as {@link #progress} is). */
  public long count(Study study, Codebook codebook, PendingFilter filter) {
    String key = "pending:" + codebook.id() + "\u0000" + filter;
    filters.put(key, filter);
    return (Long) counted(study, key, store -> store.codingQueries().countPending(codebook.id(), filter));
  }

  /** A codebook's review progress (kept until the store changes; adjusted by this queue's own decisions). */
  public DocumentQueries.ReviewProgress progress(Study study, String codebook) {
    return (DocumentQueries.ReviewProgress) counted(study, "progress:" + codebook,
        store -> store.documentQueries().reviewProgress(codebook));
  }

  /**
   * A count of the whole store (a scan: seconds on a large study), kept with the store's change
   * number. When every change since was this process's own, it follows them: a memo or a comment
   * changes no count, this queue's decisions change it by one; any other change counts again.
   */
  private Object counted(Study study, String key, java.util.function.Function<StudyStore, Object> compute) {
    // One count of a key at a time: twenty people on the queue wait for one scan, not twenty.
    synchronized (locks.computeIfAbsent(key, k -> new Object())) {
      long now = watch.now();
      Stamped known = counts.get(key);
      if (known != null && known.change() >= now) {
        return known.value();
      }
      if (known != null) {
        java.util.Optional<Object> followed = follow(key, known, now);
        if (followed.isPresent()) {
          counts.put(key, new Stamped(now, followed.get()));
          return followed.get();
        }
      }
      try (StudyStore store = study.openStore()) {
        // The count and its change number from one read: a decision committed meanwhile is in neither or both.
        Stamped counted = store.inOneRead(() -> new Stamped(store.changeNumber(), compute.apply(store)));
        counts.put(key, counted);
        return counted.value();
      }
    }
  }

  private java.util.Optional<Object> follow(String key, Stamped known, long now) {
    java.util.Optional<List<fr.parole.study.StoreChanges>> own = watch.ownBetween(known.change(), now);
    if (own.isEmpty()) {
      return java.util.Optional.empty();
    }
    Object value = known.value();
    for (int i = 0; i < own.get().size(); i++) {
      if (own.get().get(i).isEmpty()) {
        continue;
      }
      String tag = own.get().get(i).tag();
      if (tag == null || !tag.startsWith("revue\u0000")) {
        return java.util.Optional.empty();
      }
      String[] decision = tag.split("\u0000");
      value = adjusted(key, value, decision[1], decision[2]);
      if (value == null) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.of(value);
  }

  /** The count after one of this queue's decisions; null when it must be counted again. */
  private Object adjusted(String key, Object value, String codebook, String code) {
    if (key.equals("progress:" + codebook)) {
      DocumentQueries.ReviewProgress p = (DocumentQueries.ReviewProgress) value;
      return new DocumentQueries.ReviewProgress(p.total(), p.decided() + 1);
    }
    if (key.startsWith("pending:" + codebook + "\u0000")) {
      PendingFilter f = filters.get(key);
      if (f == null || !f.source().isEmpty() || f.min() > 0 || f.max() < 1) {
        return null; // which source, how sure: counted again rather than guessed
      }
      return f.code().isEmpty() || f.code().equals(code) ? (Long) value - 1 : value;
    }
    return key.startsWith("pending:") || key.startsWith("progress:") ? value : null;
  }

  private record Stamped(long change, Object value) {}

  /**
   * Records {@code person}'s decision on the suggestion {@code codingId}; {@code newCode} (for a
   * recoding) must be another code of the same dimension of {@code codebook}.
   */
  public Outcome decide(Study study, Codebook codebook, long codingId, ReviewDecision.Kind kind, String newCode,
      String person) {
    return record(study, codebook, codingId, kind, newCode, person);
  }

  private Outcome record(Study study, Codebook codebook, long codingId, ReviewDecision.Kind kind, String newCode,
      String person) {
    try (StudyStore store = study.openStore()) {
      Optional<DocumentQueries.SuggestionState> found = store.documentQueries().suggestion(codingId)
          .filter(s -> s.codebook().equals(codebook.id()));
      if (found.isEmpty()) {
        // Below the last id given, the suggestion existed: a coding run replaced it while it was read.
        boolean existed = codingId > 0 && codingId <= store.documentQueries().lastCodingId();
        return new Outcome(existed ? Status.REPLACED : Status.UNKNOWN, null, null);
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
        // The decision's rows go to the person's undo journal: « Annuler » takes the decision back.
        List<fr.parole.study.CodingActions.StoredCoding> added = new java.util.ArrayList<>();
        added.add(tx.codingActions().coding(store.documentQueries().lastCodingId()).orElseThrow());
        if (kind == ReviewDecision.Kind.RECODE) {
          added.add(tx.codingActions().insert(new NewCoding(suggestion.segmentId(), codebook.id(), newCode, person,
              "human", null, "accepted", null, null, null)));
        }
        tx.codingActions().record(person, "revue", decisionLabel(codebook, kind, suggestion.code(), newCode) + " sur "
            + store.segmentQueries().segment(suggestion.segmentId()).map(CodingHistory::where).orElse("un segment"),
            added, List.of());
        tx.audit(person, "revue." + kind.name().toLowerCase(java.util.Locale.ROOT), "codage " + codingId,
            "segment " + suggestion.segmentId() + ", " + suggestion.code()
                + (kind == ReviewDecision.Kind.RECODE ? " → " + newCode : ""));
        if (kind != ReviewDecision.Kind.RECODE) { // a recoding adds a coding: counted again
          tx.tag(decisionTag(codebook.id(), suggestion.code()));
        }
        tx.commit();
        return new Outcome(Status.RECORDED, suggestion, person);
      }
    }
  }

  /** « Acceptation de « Levier » », as the undo button names the decision. */
  private static String decisionLabel(Codebook codebook, ReviewDecision.Kind kind, String code, String newCode) {
    String label = CodingHistory.labels(codebook, List.of(code));
    return switch (kind) {
      case ACCEPT -> "acceptation de " + label;
      case REJECT -> "rejet de " + label;
      case RECODE -> "recodage de " + label + " en " + CodingHistory.labels(codebook, List.of(newCode));
    };
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
