package fr.parole.report;

import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodeFrequencies.Count;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The counts of one dimension of a codebook while {@link CodingTally} streams its codings by: per
 * code and per code rolled up, segments and distinct sources, whole and per group of each cut.
 * Hash maps by code, arrays by group ({@link SegmentGroups}); sorted once counted. A code rolled
 * up is looked up once per segment, its cells per cut then indexed by group: a million segments
 * times half a dozen cuts made the map per group the tally's hottest spot.
 */
final class DimensionTally {
  private final List<String> cuts;
  private final List<SegmentGroups> groupOf;
  private final Map<String, Cell> codes = new HashMap<>();
  private final Map<String, RolledCode> rolled = new HashMap<>();
  private final Cell coded = new Cell();
  private final boolean[] carried;
  /** Per cut, by group: the segments of the dimension. */
  private final List<List<Cell>> groups = new ArrayList<>();
  private final Map<String, Map<String, Map<String, Long>>> pairs = new TreeMap<>();

  DimensionTally(List<String> cuts, List<SegmentGroups> groupOf) {
    this.cuts = cuts;
    this.groupOf = groupOf;
    this.carried = new boolean[cuts.size()];
    cuts.forEach(c -> groups.add(new ArrayList<>()));
  }

  /** A code rolled up: its cell, and per cut its cells by group. */
  private static final class RolledCode {
    final Cell all = new Cell();
    final List<List<Cell>> byCut = new ArrayList<>();

    RolledCode(int cuts) {
      for (int i = 0; i < cuts; i++) {
        byCut.add(new ArrayList<>());
      }
    }
  }

  /** One segment: its distinct codes and codes rolled up in the dimension, and its group in each cut. */
  void add(long source, Set<String> segmentCodes, Set<String> segmentRolled, int[] values) {
    coded.add(source);
    for (String code : segmentCodes) {
      codes.computeIfAbsent(code, c -> new Cell()).add(source);
    }
    for (String code : segmentRolled) {
      RolledCode cells = rolled.computeIfAbsent(code, c -> new RolledCode(cuts.size()));
      cells.all.add(source);
      for (int i = 0; i < values.length; i++) {
        Cell.at(cells.byCut.get(i), values[i]).add(source);
      }
    }
    for (int i = 0; i < values.length; i++) {
      List<Cell> cells = groups.get(i);
      if (values[i] >= cells.size() || cells.get(values[i]) == null) { // a group first seen
        carried[i] |= !groupOf.get(i).name(values[i]).equals(CodeFrequencies.MISSING);
      }
      Cell.at(cells, values[i]).add(source);
    }
  }

  /** The segments with {@code codes} here and {@code otherCodes} in the dimension {@code other}. */
  void pair(String other, Set<String> codes, Set<String> otherCodes) {
    Map<String, Map<String, Long>> byCode = pairs.computeIfAbsent(other, o -> new TreeMap<>());
    for (String code : codes) {
      Map<String, Long> row = byCode.computeIfAbsent(code, c -> new TreeMap<>());
      otherCodes.forEach(otherCode -> row.merge(otherCode, 1L, Long::sum));
    }
  }

  ThemeCodings.DimensionCounts counts() {
    Map<String, Map<String, Map<String, Count>>> byGroup = new TreeMap<>();
    Map<String, Map<String, Count>> groupCounts = new TreeMap<>();
    Set<String> carriedCuts = new TreeSet<>();
    Map<String, Count> rolledCounts = new TreeMap<>();
    rolled.forEach((code, cells) -> rolledCounts.put(code, cells.all.count()));
    for (int i = 0; i < cuts.size(); i++) {
      String cut = cuts.get(i);
      SegmentGroups names = groupOf.get(i);
      // The cut by service and polarity is the report's own: no attribute is « carried » by it.
      if (carried[i] && !cut.equals(ThemeCodings.SERVICE_POLARITY)) {
        carriedCuts.add(cut);
      }
      int cutIndex = i;
      rolled.forEach((code, cells) -> {
        List<Cell> byId = cells.byCut.get(cutIndex);
        for (int g = 0; g < byId.size(); g++) {
          if (byId.get(g) != null) {
            byGroup.computeIfAbsent(cut, a -> new TreeMap<>()).computeIfAbsent(names.name(g), x -> new TreeMap<>())
                .put(code, byId.get(g).count());
          }
        }
      });
      List<Cell> cells = groups.get(i);
      for (int g = 0; g < cells.size(); g++) {
        if (cells.get(g) != null) {
          groupCounts.computeIfAbsent(cut, a -> new TreeMap<>()).put(names.name(g), cells.get(g).count());
        }
      }
    }
    Map<String, Count> codeCounts = new TreeMap<>();
    codes.forEach((code, cell) -> codeCounts.put(code, cell.count()));
    return new ThemeCodings.DimensionCounts(codeCounts, rolledCounts, coded.count(), carriedCuts, byGroup,
        groupCounts, pairs);
  }

  /** Distinct segments and sources of one cell; a segment is added once. */
  static final class Cell {
    long segments;
    long lastSource = Long.MIN_VALUE;
    final Set<Long> sources = new HashSet<>();

    void add(long source) {
      segments++;
      if (source != lastSource) { // a source's segments mostly follow each other
        sources.add(source);
        lastSource = source;
      }
    }

    Count count() {
      return new Count(segments, sources.size());
    }

    /** The cell of a group in cells indexed by group (made on first use). */
    static Cell at(List<Cell> cells, int group) {
      while (cells.size() <= group) {
        cells.add(null);
      }
      Cell cell = cells.get(group);
      if (cell == null) {
        cell = new Cell();
        cells.set(group, cell);
      }
      return cell;
    }
  }
}
