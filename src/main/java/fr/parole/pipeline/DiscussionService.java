package fr.parole.pipeline;

import fr.parole.coding.Codebook;
import fr.parole.study.DiscussionItem;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyConfig;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The atelier's discussion: co-researchers comment on a quote (a segment) or a theme (a code) and
 * propose codes for segments; a researcher answers, turns a proposal into a coding of their own
 * (noting whose proposal it was), or declines it. Each change is written with its audit row, in one
 * transaction; an item already decided by someone else is left as they left it.
 */
public final class DiscussionService {
  /** Longer comments are refused: the discussion is for remarks, not documents. */
  public static final int MAX_TEXT = 4000;

  private final Pipeline pipeline;

  public DiscussionService(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Every item, open ones first, then newest first. */
  public List<DiscussionItem> items(Study study) {
    try (StudyStore store = study.openStore()) {
      return store.discussions().all();
    }
  }

  public Optional<DiscussionItem> item(Study study, long id) {
    try (StudyStore store = study.openStore()) {
      return store.discussions().find(id);
    }
  }

  public Optional<SegmentRecord> segment(Study study, long segmentId) {
    try (StudyStore store = study.openStore()) {
      return store.segmentQueries().segment(segmentId);
    }
  }

  /**
   * The codebook that codes this segment: its source's {@code codebook:} in study.yaml, else the
   * study's; empty when it has none.
   */
  public Optional<Codebook> codebookOf(Study study, SegmentRecord segment) {
    String name = study.config().sources().stream().filter(s -> s.covers(segment.sourcePath()))
        .map(StudyConfig.SourceSpec::codebook).filter(c -> c != null && !c.isBlank()).findFirst()
        .orElse(study.config().codebook());
    return name == null || name.isBlank() ? Optional.empty() : Optional.of(Pipeline.codebook(study, name));
  }

  /** Stores a comment (with a proposed code or not) from {@code item.author()}; returns its id. */
  public long comment(Study study, DiscussionItem.New item) {
    checkText(item.text());
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      long id = tx.discussions().add(item);
      tx.audit(item.author(), item.proposedCode() == null ? "commentaire" : "proposition",
          item.targetKind() + ":" + item.target(), item.proposedCode() == null ? null
              : item.codebook() + "/" + item.proposedCode());
      tx.commit();
      return id;
    }
  }

  /** A researcher answers an open item (or declines a proposal, {@code declined}); false when it was not open. */
  public boolean answer(Study study, long id, String text, boolean declined, String by) {
    if (!declined || text != null && !text.isBlank()) {
      checkText(text);
    }
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      boolean closed = tx.discussions().close(id, declined ? "declined" : "answered", blankToNull(text), by, now());
      if (closed) {
        tx.audit(by, declined ? "proposition-refusée" : "réponse", "discussion:" + id, null);
        tx.commit();
      }
      return closed;
    }
  }

  /**
   * A researcher turns an open proposal into a coding of their own (a human coding noting whose
   * proposal it was), the proposal marked accepted, with its audit row: all in one transaction.
   */
  public void accept(Study study, DiscussionItem proposal, String by) {
    if (!proposal.proposal()) {
      throw new StudyException("Ce message ne propose pas de code.");
    }
    long segmentId = Long.parseLong(proposal.target());
    pipeline.codeByHandWith(study, proposal.codebook(), segmentId, proposal.proposedCode(), by,
        "proposé par " + proposal.author() + " (discussion n° " + proposal.id() + ")", tx -> {
          if (!tx.discussions().close(proposal.id(), "accepted", null, by, now())) {
            throw new StudyException("Cette proposition a déjà été traitée par quelqu'un d'autre.");
          }
          tx.audit(by, "proposition-acceptée", "discussion:" + proposal.id(),
              "segment " + segmentId + ", " + proposal.codebook() + "/" + proposal.proposedCode());
        });
  }

  private static void checkText(String text) {
    if (text == null || text.isBlank()) {
      throw new StudyException("Le texte est vide : écrivez votre remarque.");
    }
    if (text.length() > MAX_TEXT) {
      throw new StudyException("Le texte est trop long : au plus " + MAX_TEXT + " caractères.");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
