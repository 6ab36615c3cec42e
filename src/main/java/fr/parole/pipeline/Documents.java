package fr.parole.pipeline;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookException;
import fr.parole.study.DocumentQueries;
import fr.parole.study.SegmentRecord;
import fr.parole.study.SourceRecord;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyConfig;
import fr.parole.study.StudyStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document (an imported source) read a page of segments at a time with its codings and memos,
 * and memos written on it (one transaction with its audit row). Coding and removing a coding are
 * {@link CodingHistory}'s, which can undo them.
 */
public final class Documents {
  /** A memo longer than this is refused. */
  public static final int MAX_MEMO = 5_000;

  /**
   * Codebooks read, by location, with the time their file last changed: reading and checking a
   * codebook costs hundreds of milliseconds, more than a whole coding action; an edited file (the
   * codebook editor writes it) is read again.
   */
  private final Map<String, Read> read = new java.util.concurrent.ConcurrentHashMap<>();

  private record Read(long stamp, Codebook codebook) {}


  /** One page of a document: its segments, their codings, memos on them and on the document. */
  public record Page(SourceRecord source, Optional<Codebook> codebook, int segmentCount, List<SegmentRecord> segments,
      List<DocumentQueries.SegmentCoding> codings, List<DocumentQueries.Memo> memos) {}

  public List<SourceRecord> sources(Study study) {
    try (StudyStore store = study.openStore()) {
      return store.queries().sources();
    }
  }

  public Optional<SourceRecord> source(Study study, long sourceId) {
    return sources(study).stream().filter(s -> s.id() == sourceId).findFirst();
  }

  /**
   * The codebook the source's segments are coded with: its entry's {@code codebook:} in
   * study.yaml, else the study's; empty when it has none (e-Satis results) or it cannot be read.
   */
  public Optional<Codebook> codebookOf(Study study, SourceRecord source) {
    String name = study.config().sources().stream().filter(s -> s.covers(source.path())).findFirst()
        .map(StudyConfig.SourceSpec::codebook).filter(n -> !n.isBlank()).orElse(study.config().codebook());
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String location = study.codebookLocation(name);
    long stamp = stamp(location);
    Read known = read.get(location);
    if (known == null || known.stamp() != stamp) {
      known = new Read(stamp, Pipeline.codebook(study, name));
      read.put(location, known);
    }
    return Optional.of(known.codebook());
  }

  /** When a codebook file last changed (0 for a shipped one, which does not). */
  private static long stamp(String location) {
    try {
      java.nio.file.Path file = java.nio.file.Path.of(location);
      return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.getLastModifiedTime(file).toMillis() : 0;
    } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
      return -1;
    }
  }

  /** Segments {@code offset} to {@code offset + limit} of the document, with their codings and memos. */
  public Page page(Study study, SourceRecord source, int offset, int limit) {
    Optional<Codebook> codebook = codebookOf(study, source);
    try (StudyStore store = study.openStore()) {
      DocumentQueries queries = store.documentQueries();
      List<SegmentRecord> segments = queries.segmentsOf(source.id(), offset, limit);
      List<DocumentQueries.SegmentCoding> codings = segments.isEmpty() ? List.of() : queries.codingsOf(source.id(),
          segments.stream().mapToLong(SegmentRecord::id).min().orElseThrow(),
          segments.stream().mapToLong(SegmentRecord::id).max().orElseThrow());
      List<DocumentQueries.Memo> memos = new java.util.ArrayList<>(queries.memos("source", List.of(
          String.valueOf(source.id()))));
      memos.addAll(queries.memos("segment", segments.stream().map(s -> String.valueOf(s.id())).toList()));
      codebook.ifPresent(book -> memos.addAll(queries.memos("code", book.codes().stream()
          .map(c -> book.id() + "/" + c.path()).toList())));
      return new Page(source, codebook, queries.segmentCount(source.id()), segments, codings, memos);
    }
  }

  /** Where a segment is (its document, its rank there); empty when there is no such segment. */
  public Optional<DocumentQueries.SegmentPlace> place(Study study, long segmentId) {
    try (StudyStore store = study.openStore()) {
      return store.documentQueries().place(segmentId);
    }
  }

  /**
   * The first participant's segment of the document after {@code afterSegment} (from it when
   * {@code inclusive}, from the start when null) without a code that counts (a person's coding, or
   * a suggestion at its threshold); with {@code byPeople}, without a person's coding or decision.
   */
  public Optional<fr.parole.study.CodingTargets.Place> nextUncoded(Study study, long sourceId, Long afterSegment,
      boolean inclusive, boolean byPeople) {
    try (StudyStore store = study.openStore()) {
      return store.codingTargets().nextUncoded(sourceId, afterSegment, inclusive, byPeople);
    }
  }

  /** The document's speakers (participants) and its sections' values, to autocode them. */
  public record Parts(List<String> speakers, List<String> sections) {}

  public Parts parts(Study study, long sourceId) {
    StudyConfig.SectionSpec sections = study.config().sections();
    try (StudyStore store = study.openStore()) {
      if (sections == null || sections.attribute() == null) {
        return new Parts(store.codingTargets().speakers(sourceId), List.of());
      }
      // A section by its heading ("Niveau institutionnel") where study.yaml maps one to the value.
      List<String> titles = store.codingTargets().values(sections.attribute(), sourceId).stream()
          .map(v -> sections.values().entrySet().stream().filter(e -> e.getValue().equals(v)).map(Map.Entry::getKey)
              .sorted().findFirst().orElse(v)).toList();
      return new Parts(store.codingTargets().speakers(sourceId), titles);
    }
  }

  /** The segment with this id, if the document holds it. */
  public Optional<SegmentRecord> segment(Study study, SourceRecord source, long segmentId) {
    try (StudyStore store = study.openStore()) {
      return store.segmentQueries().segment(segmentId).filter(s -> s.sourceId() == source.id());
    }
  }

  /**
   * {@code person} writes a memo on a segment, a source or a code ({@code codebook/dimension/code});
   * the caller checked that the target exists.
   */
  public long memo(Study study, String targetKind, String target, String person, String text) {
    String clean = text == null ? "" : text.strip();
    if (clean.isEmpty() || clean.length() > MAX_MEMO) {
      throw new CodebookException("Un mémo doit contenir du texte (au plus " + MAX_MEMO + " caractères).");
    }
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      long id = tx.addMemo(targetKind, target, person, clean);
      tx.audit(person, "memo.ajouter", targetKind + " " + target, "mémo " + id);
      tx.commit();
      return id;
    }
  }
}
