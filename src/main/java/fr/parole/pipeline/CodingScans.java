package fr.parole.pipeline;

import fr.parole.pipeline.CountedCodings.Book;
import fr.parole.study.CorpusCounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * The atelier's counts as scans of {@link CountedCodings}, segment by segment in id order: a
 * million segments in milliseconds, and a number and the list behind it always agree (they come
 * from the same scan).
 */
final class CodingScans {
  private final CountedCodings counted;

  CodingScans(CountedCodings counted) {
    this.counted = counted;
  }

  /** Which segments a scan keeps, and the page of them it lists (offset, limit). */
  record Filter(Book book, LongPredicate values, int[] codes, boolean checked) {}

  /** How many segments the filter keeps, and the ids of the page asked for. */
  record Found(long total, List<Long> ids) {}

  /**
   * The segments of {@code filter}: without codes, the book's analysed participant segments (every
   * participant's segment without a book); with codes ({@code codes}: numbers of the book's codes),
   * those with a counted code among them, a person's when {@code checked}.
   */
  Found find(Filter filter, long offset, int limit) {
    long total = 0;
    List<Long> ids = new ArrayList<>();
    boolean[] wanted = wanted(filter);
    int end = filter.book() == null ? counted.limit() : Math.min(counted.limit(), filter.book().kept.length());
    for (int s = 0; s < end; s++) {
      if (keeps(filter, wanted, s)) {
        if (total >= offset && ids.size() < limit) {
          ids.add((long) s);
        }
        total++;
      }
    }
    return new Found(total, ids);
  }

  private boolean[] wanted(Filter filter) {
    if (filter.codes() == null) {
      return null;
    }
    boolean[] wanted = new boolean[filter.book().codes.size()];
    for (int code : filter.codes()) {
      wanted[code] = true;
    }
    return wanted;
  }

  private boolean keeps(Filter filter, boolean[] wanted, int s) {
    if (wanted != null) {
      short[] codes = filter.book().kept.get(s);
      if (codes == null || !carries(codes, wanted, filter.checked())) {
        return false;
      }
    } else if (!counted.analysed(s) || filter.book() != null && !analysedIn(filter.book(), s)) {
      return false;
    }
    return filter.values().test(s);
  }

  static boolean carries(short[] codes, boolean[] wanted, boolean checked) {
    for (short code : codes) {
      int number = code >> 1;
      if (number < wanted.length && wanted[number] && (!checked || (code & 1) == 0)) {
        return true;
      }
    }
    return false;
  }

  private boolean analysedIn(Book book, int segment) {
    long source = counted.corpus().sourceOf(segment);
    return source >= 0 && book.sources.get((int) source);
  }

  /** The book's analysed segments per value of {@code attribute} (trimmed; null: missing or blank). */
  Map<String, Long> analysedPerValue(Book book, String attribute) {
    Map<String, Long> counts = new HashMap<>();
    Grouping groups = new Grouping(counted.corpus(), attribute);
    long[] perGroup = new long[groups.size()];
    for (int s = 0; s < counted.limit(); s++) {
      if (counted.analysed(s) && analysedIn(book, s)) {
        perGroup[groups.of(s)]++;
      }
    }
    for (int g = 0; g < perGroup.length; g++) {
      if (perGroup[g] > 0) {
        counts.merge(groups.value(g), perGroup[g], Long::sum);
      }
    }
    return counts;
  }

  /** A book's counts: segments coded, checked by a person, and per node (a segment once per node). */
  record Tally(long coded, long checked, long[] perNode) {}

  /** Counts the book's coded segments per node; {@code nodesOfCode}: code number → node numbers. */
  Tally tally(Book book, int[][] nodesOfCode, int nodes) {
    long coded = 0;
    long checked = 0;
    long[] perNode = new long[nodes];
    NodeOnce once = new NodeOnce(nodesOfCode, nodes);
    for (int s = 0; s < book.kept.length(); s++) {
      short[] codes = book.kept.get(s);
      if (codes == null) {
        continue;
      }
      coded++;
      boolean person = false;
      for (short code : codes) {
        person |= (code & 1) == 0;
      }
      checked += person ? 1 : 0;
      once.forEach(s, codes, node -> perNode[node]++);
    }
    return new Tally(coded, checked, perNode);
  }

  /** Segments per node and value of {@code attribute} (trimmed; null: missing): node → value → segments. */
  List<Map<String, Long>> perNodeAndValue(Book book, int[][] nodesOfCode, int nodes, String attribute) {
    Grouping groups = new Grouping(counted.corpus(), attribute);
    long[][] cells = new long[nodes][groups.size()];
    NodeOnce once = new NodeOnce(nodesOfCode, nodes);
    for (int s = 0; s < book.kept.length(); s++) {
      short[] codes = book.kept.get(s);
      if (codes != null) {
        int group = groups.of(s);
        once.forEach(s, codes, node -> cells[node][group]++);
      }
    }
    List<Map<String, Long>> byNode = new ArrayList<>();
    for (long[] row : cells) {
      Map<String, Long> byValue = new HashMap<>();
      for (int g = 0; g < row.length; g++) {
        if (row[g] > 0) {
          byValue.merge(groups.value(g), row[g], Long::sum);
        }
      }
      byNode.add(byValue);
    }
    return byNode;
  }

  /**
   * Segments per pair of nodes (a segment once per pair, and once on the diagonal for each of its
   * nodes): the co-occurrence of codes, counted as {@link #tally} counts each one.
   */
  long[][] pairs(Book book, int[][] nodesOfCode, int nodes) {
    long[][] cells = new long[nodes][nodes];
    NodeOnce once = new NodeOnce(nodesOfCode, nodes);
    int[] here = new int[nodes];
    for (int s = 0; s < book.kept.length(); s++) {
      short[] codes = book.kept.get(s);
      if (codes == null) {
        continue;
      }
      int[] count = {0};
      once.forEach(s, codes, node -> here[count[0]++] = node);
      for (int i = 0; i < count[0]; i++) {
        for (int j = 0; j < count[0]; j++) {
          cells[here[i]][here[j]]++;
        }
      }
    }
    return cells;
  }

  /** The nodes a segment's codes count for, each once per segment (a theme and its sub-code on one segment: once). */
  private static final class NodeOnce {
    private final int[][] nodesOfCode;
    private final int[] seen;

    NodeOnce(int[][] nodesOfCode, int nodes) {
      this.nodesOfCode = nodesOfCode;
      this.seen = new int[nodes];
      java.util.Arrays.fill(seen, -1);
    }

    void forEach(int segment, short[] codes, java.util.function.IntConsumer action) {
      for (short code : codes) {
        int number = code >> 1;
        if (number >= nodesOfCode.length) {
          continue; // a code first seen after these nodes were listed
        }
        for (int node : nodesOfCode[number]) {
          if (seen[node] != segment) {
            seen[node] = segment;
            action.accept(node);
          }
        }
      }
    }
  }

  /** An attribute's values as small numbers, the last for segments without it (or blank). */
  private static final class Grouping {
    private final CorpusCounts corpus;
    private final CorpusCounts.ValueIndex index;
    private final List<String> values = new ArrayList<>();

    Grouping(CorpusCounts corpus, String attribute) {
      this.corpus = corpus;
      this.index = corpus.valueIndex(attribute);
      index.values().forEach(v -> values.add(v == null || v.isBlank() ? null : v.trim()));
      values.add(null);
    }

    int size() {
      return values.size();
    }

    int of(int segment) {
      int value = index.ofSegment().applyAsInt(segment);
      return value < 0 ? values.size() - 1 : value;
    }

    String value(int group) {
      return values.get(group);
    }
  }
}
