package fr.parole.pipeline;

import fr.parole.coding.Codebook;
import fr.parole.report.CountedCodes;
import fr.parole.study.CodeThreshold;
import fr.parole.study.CorpusCounts;
import fr.parole.study.ReportQueries.CodingRow;
import fr.parole.study.SegmentKind;
import fr.parole.study.StoreChanges;
import fr.parole.study.StudyStore;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntPredicate;
import java.util.function.LongPredicate;

/**
 * Every segment's counted codes of each codebook (the rule of {@link CountedCodes}), held in memory
 * at the store's change number {@link #change()}: read in one streamed pass (the report's), then
 * followed segment by segment as the atelier writes, so that a count over a million segments is a
 * scan of arrays (milliseconds) and a person's decision does not make it count again.
 *
 * <p>Memory: the corpus counts (an int per attribute set and attribute, two ints and a byte per
 * segment) and a short per counted code of a segment.
 */
final class CountedCodings {
  private final CorpusCounts corpus;
  private final List<String> codebooks;
  private final Map<String, Book> books;
  private volatile long change;

  private CountedCodings(long change, CorpusCounts corpus, List<String> codebooks, Map<String, Book> books) {
    this.change = change;
    this.corpus = corpus;
    this.codebooks = List.copyOf(codebooks);
    this.books = books;
  }

  /**
   * A codebook's codes by number, the sources analysed with it, and each segment's counted codes
   * (code number × 2, plus 1 for the machine's; null when none), by segment id.
   */
  static final class Book {
    final String id;
    final Optional<Codebook> codebook;
    // Written while the counts follow a change (a code first seen), read by scans meanwhile.
    final List<String> codes = new java.util.concurrent.CopyOnWriteArrayList<>();
    final Map<String, Integer> numbers = new java.util.concurrent.ConcurrentHashMap<>();
    final BitSet sources = new BitSet();
    final Map<String, CodeThreshold> thresholds;
    final AtomicReferenceArray<short[]> kept;

    Book(String id, Optional<Codebook> codebook, Map<String, CodeThreshold> thresholds, int segments) {
      this.id = id;
      this.codebook = codebook;
      this.thresholds = thresholds;
      this.kept = new AtomicReferenceArray<>(segments);
      codebook.ifPresent(b -> b.codes().forEach(c -> number(c.path())));
    }

    synchronized int number(String code) {
      return numbers.computeIfAbsent(code, c -> {
        codes.add(c);
        return codes.size() - 1;
      });
    }

    boolean exclusive(String dimension) {
      return CountedCodes.exclusive(codebook, dimension);
    }

    double threshold(String code) {
      return CountedCodes.threshold(thresholds, code);
    }

    /** The counted codes of one segment's codings, encoded; null when none counts. */
    short[] encode(List<CodingRow> rows) {
      List<Short> codesHere = new ArrayList<>();
      CountedCodes.keep(rows, this::threshold, this::exclusive).values().forEach(byCode -> byCode.forEach((code, row) ->
          codesHere.add((short) (number(code) * 2 + CountedCodes.rank(row)))));
      if (codesHere.isEmpty()) {
        return null;
      }
      short[] encoded = new short[codesHere.size()];
      for (int i = 0; i < encoded.length; i++) {
        encoded[i] = codesHere.get(i);
      }
      return encoded;
    }
  }

  /**
   * Reads the store in one read transaction: the corpus, then each codebook's codings in segment
   * order. {@code sourcesOf} gives the sources study.yaml assigns a codebook.
   */
  static CountedCodings read(StudyStore store, java.util.function.Supplier<List<String>> codebooksNow,
      java.util.function.Function<String, Optional<Codebook>> codebookOf,
      java.util.function.Function<String, Collection<Long>> sourcesOf) {
    return store.inOneRead(() -> {
      long change = store.changeNumber();
      List<String> codebooks = codebooksNow.get();
      CorpusCounts corpus = store.queries().corpusCounts();
      int limit = Math.toIntExact(corpus.segmentIdLimit());
      Map<String, Book> books = new HashMap<>();
      for (String id : codebooks) {
        Book book = new Book(id, codebookOf.apply(id), store.reportQueries().thresholds(id), limit);
        sourcesOf.apply(id).forEach(s -> book.sources.set(Math.toIntExact(s)));
        stream(store, book, null, corpus, book.kept::set);
        books.put(id, book);
      }
      return new CountedCodings(change, corpus, codebooks, books);
    });
  }

  /**
   * Reads the codings of {@code only} (every segment when null), a segment at a time, and gives
   * each segment's counted codes to {@code sink}.
   */
  private static void stream(StudyStore store, Book book, Collection<Long> only, CorpusCounts corpus,
      java.util.function.BiConsumer<Integer, short[]> sink) {
    List<CodingRow> segment = new ArrayList<>();
    Runnable keep = () -> {
      if (!segment.isEmpty()) {
        sink.accept((int) segment.get(0).segmentId(), book.encode(segment));
        segment.clear();
      }
    };
    store.reportQueries().forEachCoding(book.id, only, corpus, row -> {
      if (!segment.isEmpty() && segment.get(0).segmentId() != row.segmentId()) {
        keep.run();
      }
      segment.add(row);
      if (row.sourceId() >= 0 && only == null) {
        book.sources.set((int) row.sourceId());
      }
    });
    keep.run();
  }

  /** The store's change number these counts reflect. */
  long change() {
    return change;
  }

  /**
   * Follows this process's own changes up to {@code to}: re-reads the codings of the segments they
   * touched. False (nothing changed here) when one of them was broad, touched a codebook or a
   * segment these counts do not know, or made a source newly analysed: then count again.
   */
  synchronized boolean follow(StudyStore store, List<StoreChanges> changes, long to) {
    Map<String, Set<Long>> touched = new HashMap<>();
    for (StoreChanges c : changes) {
      if (c.isBroad()) {
        return false;
      }
      for (String codebook : c.codebooks()) {
        Book book = books.get(codebook);
        if (book == null) {
          return false;
        }
        for (long segment : c.segments(codebook)) {
          long source = corpus.sourceOf(segment);
          if (segment >= book.kept.length() || source < 0 || !book.sources.get((int) source)) {
            return false;
          }
          touched.computeIfAbsent(codebook, k -> new java.util.TreeSet<>()).add(segment);
        }
      }
    }
    touched.forEach((codebook, segments) -> {
      Book book = books.get(codebook);
      Map<Integer, short[]> now = new HashMap<>();
      segments.forEach(s -> now.put(s.intValue(), null)); // a segment whose last coding went
      stream(store, book, segments, corpus, now::put);
      now.forEach(book.kept::set);
    });
    change = to;
    return true;
  }

  /** The codebooks of the study when the counts were read: study.yaml's, then those with codings. */
  List<String> codebooks() {
    return codebooks;
  }

  Optional<Book> book(String codebook) {
    return Optional.ofNullable(books.get(codebook));
  }

  CorpusCounts corpus() {
    return corpus;
  }

  /** One past the highest segment id. */
  int limit() {
    return Math.toIntExact(corpus.segmentIdLimit());
  }

  /** True for a participant's segment (the kinds a codebook analyses). */
  boolean analysed(int segment) {
    SegmentKind kind = corpus.kindOf(segment);
    return kind != null && kind.isAnalysed();
  }

  /**
   * A test of segments by attribute values: each attribute at its value, trimmed (null: the segment
   * lacks it or it is blank). Built once per query, so that a scan compares numbers.
   */
  LongPredicate withValues(Map<String, String> values) {
    List<IntPredicate> tests = new ArrayList<>();
    List<java.util.function.LongToIntFunction> columns = new ArrayList<>();
    values.forEach((name, wanted) -> {
      CorpusCounts.ValueIndex index = corpus.valueIndex(name);
      boolean[] matches = new boolean[index.values().size()];
      for (int v = 0; v < matches.length; v++) {
        String trimmed = index.values().get(v) == null ? "" : index.values().get(v).trim();
        matches[v] = wanted == null ? trimmed.isEmpty() : trimmed.equals(wanted);
      }
      boolean whenMissing = wanted == null;
      columns.add(index.ofSegment());
      tests.add(v -> v < 0 ? whenMissing : matches[v]);
    });
    if (tests.isEmpty()) {
      return segment -> true;
    }
    return segment -> {
      for (int t = 0; t < tests.size(); t++) {
        if (!tests.get(t).test(columns.get(t).applyAsInt(segment))) {
          return false;
        }
      }
      return true;
    };
  }
}
