package fr.parole.pipeline;

import fr.parole.coding.Codebook;
import fr.parole.coding.ManualCoding;
import fr.parole.study.CodingActions;
import fr.parole.study.CodingActions.Action;
import fr.parole.study.CodingActions.StoredCoding;
import fr.parole.study.NewCoding;
import fr.parole.study.SegmentRecord;
import fr.parole.study.SegmentQueries;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person's coding actions that can be undone and redone: applying codes to a segment, removing a
 * coding of theirs, an autocode batch ({@link Autocoding}). Each action is one transaction that
 * writes the codings, the action with the codings it added or removed ({@link CodingActions}) and
 * its audit row together. Undo reverses exactly the person's latest action, redo replays the
 * latest undone one; both refuse, changing nothing, when a coding of the action is no longer as the
 * action left it (another person or a command changed it since): nobody's work is overwritten.
 */
public final class CodingHistory {
  /** What became of an undo or a redo. */
  public enum Status { DONE, NOTHING, REFUSED }

  /** An undo or redo's outcome, with the sentence to show the person. */
  public record Outcome(Status status, String message) {}

  /** What the person may undo and redo now (labels of the actions), for the buttons. */
  public record Available(Optional<String> undo, Optional<String> redo) {}

  /** What became of a removal. */
  public enum Removal { REMOVED, UNKNOWN, NOT_YOURS }

  public Available available(Study study, String person) {
    try (StudyStore store = study.openStore()) {
      CodingActions actions = store.codingActions();
      return new Available(actions.latest(person, "done").map(Action::label),
          actions.latest(person, "undone").map(Action::label));
    }
  }

  /**
   * {@code person} codes a participant's segment, or the span [start, end) of it, with
   * {@code codes}: checked first ({@link ManualCoding#checkAll}), then one transaction.
   */
  public void apply(Study study, Codebook codebook, long segmentId, List<String> codes, String person, Integer start,
      Integer end) {
    try (StudyStore store = study.openStore()) {
      new ManualCoding(codebook).checkAll(store, segmentId, codes, person, start, end, false);
      SegmentRecord segment = store.segmentQueries().segment(segmentId).orElseThrow();
      try (StoreTransaction tx = store.begin()) {
        List<StoredCoding> added = new ArrayList<>();
        for (String code : codes) {
          added.add(tx.codingActions().insert(new NewCoding(segmentId, codebook.id(), code, person.strip(), "human",
              null, "accepted", null, start, end)));
        }
        tx.logEvent("manual-coding", "{\"segment\":" + segmentId + "}");
        tx.codingActions().record(person, "appliquer", labels(codebook, codes) + " sur " + where(segment), added,
            List.of());
        tx.audit(person, "document.coder", "segment " + segmentId, String.join(", ", codes)
            + (start == null ? "" : " [" + start + ", " + end + ")"));
        tx.commit();
      }
    }
  }

  /** Removes a coding {@code person} applied by hand; another person's or the machine's is refused. */
  public Removal remove(Study study, Codebook codebook, long codingId, String person) {
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      CodingActions actions = tx.codingActions();
      Optional<StoredCoding> coding = actions.coding(codingId);
      if (coding.isEmpty()) {
        return Removal.UNKNOWN;
      }
      StoredCoding c = coding.get();
      if (!c.coder().equals(person) || !"human".equals(c.origin()) || !"accepted".equals(c.status())) {
        return Removal.NOT_YOURS;
      }
      actions.delete(c);
      String segment = store.segmentQueries().segment(c.segmentId()).map(CodingHistory::where)
          .orElse("le segment " + c.segmentId());
      actions.record(person, "retirer", labels(codebook, List.of(c.code())) + " retiré de " + segment, List.of(),
          List.of(c));
      tx.audit(person, "document.retirer", "codage " + codingId, "segment " + c.segmentId() + ", " + c.code());
      tx.commit();
      return Removal.REMOVED;
    }
  }

  /** Undoes {@code person}'s latest action still in effect. */
  public Outcome undo(Study study, String person) {
    return step(study, person, true);
  }

  /** Replays {@code person}'s latest undone action (unless they did something else since). */
  public Outcome redo(Study study, String person) {
    return step(study, person, false);
  }

  /** An undo reverses the latest action in effect; a redo, the latest undone one, the other way. */
  private static Outcome step(Study study, String person, boolean undo) {
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      CodingActions actions = tx.codingActions();
      Optional<Action> latest = actions.latest(person, undo ? "done" : "undone");
      if (latest.isEmpty()) {
        return new Outcome(Status.NOTHING, undo ? "Rien à annuler : vous n'avez pas d'action de codage en cours."
            : "Rien à rétablir : aucune action annulée depuis votre dernier codage.");
      }
      Action action = latest.get();
      List<StoredCoding> added = actions.rows(action.id(), "added");
      List<StoredCoding> removed = actions.rows(action.id(), "removed");
      Optional<String> refusal = replay(actions, store.segmentQueries(), action, person, undo ? added : removed,
          undo ? removed : added, undo ? "annulation" : "rétablissement");
      if (refusal.isPresent()) {
        return new Outcome(Status.REFUSED, refusal.get());
      }
      actions.setState(action.id(), undo ? "undone" : "done");
      tx.audit(person, undo ? "codage.annuler" : "codage.retablir", "action " + action.id(), action.label());
      tx.commit();
      return new Outcome(Status.DONE, (undo ? "Action annulée : " : "Action rétablie : ") + action.label() + ".");
    }
  }

  /**
   * Deletes {@code toDelete} (each must still be exactly as recorded) and puts {@code toRestore}
   * back (each must be absent, its segment still there). On the first coding that is not, returns
   * the refusal; the caller then leaves without committing, so nothing changed.
   */
  private static Optional<String> replay(CodingActions actions, SegmentQueries segments, Action action, String person,
      List<StoredCoding> toDelete, List<StoredCoding> toRestore, String what) {
    for (StoredCoding recorded : toDelete) {
      if (!recorded.sameAs(actions.coding(recorded.id()).orElse(null)) || !actions.delete(recorded)) {
        return Optional.of(changed(actions, action, person, recorded, what));
      }
    }
    for (StoredCoding recorded : toRestore) {
      if (!segments.segmentExists(recorded.segmentId())) {
        return Optional.of("Le segment " + recorded.segmentId() + " n'existe plus (source réimportée) : " + what
            + " impossible de « " + action.label() + " ». Rien n'a été changé.");
      }
      if (actions.coding(recorded.id()).isPresent()) {
        return Optional.of(changed(actions, action, person, recorded, what));
      }
      actions.restore(recorded);
    }
    return Optional.empty();
  }

  private static String changed(CodingActions actions, Action action, String person, StoredCoding coding,
      String what) {
    String who = actions.changedBy(coding.id(), action.id(), action.at(), person)
        .map(name -> name + " a modifié ce codage depuis")
        .orElse("Ce codage a été modifié depuis (par une autre personne ou une commande)");
    return who + " : " + what + " impossible (« " + action.label() + " »). Rien n'a été changé.";
  }

  /** Codes by their labels, « Levier », « Obstacle ». */
  static String labels(Codebook codebook, List<String> codes) {
    if (codebook == null) {
      return String.join(", ", codes.stream().map(c -> "« " + c + " »").toList());
    }
    return String.join(", ", codes.stream().map(c -> "« " + codebook.code(c).map(k -> k.label() == null ? k.id()
        : k.label()).orElse(c) + " »").toList());
  }

  /** Where a segment is, as a person finds it again: its document and line (never its words). */
  static String where(SegmentRecord segment) {
    return segment.sourcePath() + ", ligne " + segment.line();
  }
}
