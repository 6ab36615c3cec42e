package fr.parole.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Co-occurrence of codes within segments, e.g. which obstacles are raised together. */
public final class CodeCooccurrence {

  /** Codes in alphabetical order; a segment coded twice with the same code counts once. */
  public CooccurrenceMatrix compute(Collection<CodedSegment> codings) {
    Map<Long, Set<String>> codesBySegment = new TreeMap<>();
    for (CodedSegment coding : codings) {
      codesBySegment.computeIfAbsent(coding.segment(), s -> new TreeSet<>()).add(coding.code());
    }
    Counter counter = new Counter();
    codesBySegment.values().forEach(counter::add);
    return counter.matrix();
  }

  /**
   * Counts co-occurrences one segment at a time, holding only the counts: for a study too large to
   * hold its codings (the report reads them as a stream).
   */
  public static final class Counter {
    private final Map<String, Map<String, long[]>> together = new HashMap<>();

    /** The distinct codes of one segment. */
    public void add(Set<String> codesOfSegment) {
      for (String a : codesOfSegment) {
        Map<String, long[]> row = together.computeIfAbsent(a, c -> new HashMap<>());
        for (String b : codesOfSegment) {
          row.computeIfAbsent(b, c -> new long[1])[0]++;
        }
      }
    }

    /** Codes in alphabetical order, as {@link #compute} gives them. */
    public CooccurrenceMatrix matrix() {
      List<String> codes = new ArrayList<>(new TreeSet<>(together.keySet()));
      List<Long> flat = new ArrayList<>(codes.size() * codes.size());
      for (String a : codes) {
        Map<String, long[]> row = together.get(a);
        for (String b : codes) {
          long[] n = row.get(b);
          flat.add(n == null ? 0L : n[0]);
        }
      }
      return new CooccurrenceMatrix(codes, flat);
    }
  }
}
