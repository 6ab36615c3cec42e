package fr.parole.report;

import fr.parole.stats.CodeFrequencies;
import fr.parole.study.CorpusCounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The group of each segment in one cut of the report (an attribute, or service with polarity), as
 * a small number: the tally of a million segments' codings indexes arrays with it, where a group's
 * name (a new string per segment for service with polarity) cost a hash and a map per cell. Two
 * values with one group ({@link CodeFrequencies#groupValue}: absent and blank) share a number, so
 * the counts are those of the names.
 */
final class SegmentGroups {
  /** A pair table above this many cells is kept as a map (service × polarity is a few hundred). */
  private static final int DENSE_PAIRS = 1 << 20;

  private final Ids ofSegment;
  private final List<String> names;

  private interface Ids {
    int of(long segment);
  }

  private SegmentGroups(Ids ofSegment, List<String> names) {
    this.ofSegment = ofSegment;
    this.names = names;
  }

  /** The groups of one attribute's values (« (non renseigné) » for the segments without it). */
  static SegmentGroups of(CorpusCounts corpus, String attribute) {
    CorpusCounts.ValueIndex index = corpus.valueIndex(attribute);
    List<String> names = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    // The last slot: the segments without the attribute.
    int[] groupOfValue = new int[index.values().size() + 1];
    for (int v = 0; v < groupOfValue.length; v++) {
      String name = CodeFrequencies.groupValue(v < index.values().size() ? index.values().get(v) : null);
      groupOfValue[v] = ids.computeIfAbsent(name, n -> {
        names.add(n);
        return names.size() - 1;
      });
    }
    int missing = groupOfValue.length - 1;
    return new SegmentGroups(segment -> {
      int value = index.ofSegment().applyAsInt(segment);
      return groupOfValue[value < 0 ? missing : value];
    }, names);
  }

  /** The groups of two cuts together, named as {@link CodingTally#group} names them. */
  static SegmentGroups pairs(SegmentGroups first, SegmentGroups second) {
    List<String> names = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    int width = second.size();
    long cells = (long) first.size() * width;
    int[] dense = cells <= DENSE_PAIRS ? new int[(int) cells] : null;
    if (dense != null) {
      Arrays.fill(dense, -1);
    }
    Map<Long, Integer> sparse = new HashMap<>();
    return new SegmentGroups(segment -> {
      int a = first.of(segment);
      int b = second.of(segment);
      long cell = (long) a * width + b;
      Integer known = dense != null ? (dense[(int) cell] < 0 ? null : dense[(int) cell]) : sparse.get(cell);
      if (known != null) {
        return known;
      }
      String name = first.name(a) + "\u0000" + second.name(b);
      int id = ids.computeIfAbsent(name, n -> {
        names.add(n);
        return names.size() - 1;
      });
      if (dense != null) {
        dense[(int) cell] = id;
      } else {
        sparse.put(cell, id);
      }
      return id;
    }, names);
  }

  /** The segment's group. */
  int of(long segment) {
    return ofSegment.of(segment);
  }

  /** A group's name. */
  String name(int group) {
    return names.get(group);
  }

  /** Groups named so far (every one for an attribute; for a pair, those of the segments seen). */
  int size() {
    return names.size();
  }
}
