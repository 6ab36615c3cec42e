package fr.parole.report;

import fr.parole.coding.Codebook;
import fr.parole.stats.CodeCooccurrence;
import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodeFrequencies.Count;
import fr.parole.study.CorpusCounts;
import fr.parole.study.ReportQueries;
import fr.parole.study.ReportQueries.CodingRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Makes a codebook's {@link ThemeCodings} in one pass over its codings, read from the store in
 * segment order: each segment's codings are held until the next segment starts, the best per
 * dimension is kept (the rule of {@link ThemeCodings}), and only counts stay. Memory is the
 * size of the tables the report shows (codes × groups, distinct sources per cell), not of the
 * study.
 */
final class CodingTally implements Consumer<CodingRow> {
  private final String codebookId;
  private final Optional<Codebook> codebook;
  /** The attributes counted ({@link ReportOptions#tallied()}), and each one's value by attribute set. */
  private final List<String> names;
  private final List<LongFunction<String>> attributes;
  private final Map<String, String> rolledUp = new HashMap<>();

  private final List<CodingRow> segment = new ArrayList<>();
  private long recorded;
  private long retained;
  private long segments;
  private final Set<Long> sources = new HashSet<>();
  private final Map<String, DimensionTally> dimensions = new HashMap<>();
  private final CodeCooccurrence.Counter cooccurrence = new CodeCooccurrence.Counter();
  private final Map<String, QuoteCandidates> quotes = new HashMap<>();
  /** Origin → status → {codings, segments, last segment seen}. */
  private final Map<String, Map<String, long[]>> byOrigin = new HashMap<>();
  private final Set<String> humanCoders = new TreeSet<>();

  private CodingTally(String codebookId, Optional<Codebook> codebook, CorpusCounts corpus, List<String> names) {
    this.codebookId = codebookId;
    this.codebook = codebook;
    this.names = List.copyOf(names);
    this.attributes = names.stream().map(corpus::values).toList();
  }

  /**
   * Reads the codings of {@code codebookId} from the store and counts them; {@code corpus} gives
   * the attributes of their segments' attribute sets.
   */
  static ThemeCodings count(ReportQueries data, CorpusCounts corpus, List<String> attributes, String codebookId,
      Optional<Codebook> codebook) {
    CodingTally tally = new CodingTally(codebookId, codebook, corpus, attributes);
    data.forEachCoding(codebookId, corpus, tally);
    return tally.finish();
  }

  @Override
  public void accept(CodingRow row) {
    if (!segment.isEmpty() && segment.get(0).segmentId() != row.segmentId()) {
      endSegment();
    }
    segment.add(row);
    recorded++;
    long[] counts = byOrigin.computeIfAbsent(row.origin(), o -> new HashMap<>())
        .computeIfAbsent(row.status(), st -> new long[] {0, 0, -1});
    counts[0]++;
    // Rows come by segment: a segment is counted once per origin and status when it first shows.
    if (counts[2] != row.segmentId()) {
      counts[1]++;
      counts[2] = row.segmentId();
    }
    if ("human".equals(row.origin())) {
      humanCoders.add(row.coder());
    }
  }

  ThemeCodings finish() {
    endSegment();
    Map<String, ThemeCodings.DimensionCounts> counts = new HashMap<>();
    dimensions.forEach((dimension, tally) -> counts.put(dimension, tally.counts()));
    Map<String, List<Long>> chosen = new TreeMap<>();
    quotes.forEach((code, candidates) -> chosen.put(code, candidates.choose()));
    Map<String, long[]> origins = new TreeMap<>();
    byOrigin.forEach((origin, statuses) -> statuses.forEach((status, n) ->
        origins.put(origin + "\u0000" + status, new long[] {n[0], n[1]})));
    return new ThemeCodings(codebookId, codebook, recorded, retained, segments, sources.size(), counts,
        cooccurrence.matrix(), chosen, origins, new ArrayList<>(humanCoders));
  }

  /** Keeps the best counted coding per dimension of the segment just read, and counts it. */
  private void endSegment() {
    if (segment.isEmpty()) {
      return;
    }
    Map<String, CodingRow> best = new TreeMap<>();
    for (CodingRow row : segment) {
      if ("rejected".equals(row.status())) {
        continue;
      }
      // Rows come by code then id: on a tie the first recorded stays, as the rule says.
      best.merge(ThemeCodings.dimensionOf(row.code()), row,
          (current, candidate) -> ThemeCodings.BEST_FIRST.compare(candidate, current) < 0 ? candidate : current);
    }
    segment.clear();
    if (best.isEmpty()) {
      return;
    }
    segments++;
    long set = best.values().iterator().next().attributeSetId();
    String[] values = new String[attributes.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = attributes.get(i).apply(set);
    }
    Set<String> codes = new TreeSet<>();
    Map<String, String> rolledByDimension = new HashMap<>();
    for (Map.Entry<String, CodingRow> entry : best.entrySet()) {
      CodingRow row = entry.getValue();
      retained++;
      sources.add(row.sourceId());
      codes.add(row.code());
      String rolled = rolledUp.computeIfAbsent(row.code(), c -> ThemeCodings.topLevel(codebook, c));
      rolledByDimension.put(entry.getKey(), rolled);
      dimensions.computeIfAbsent(entry.getKey(), d -> new DimensionTally()).add(row, rolled, names, values);
      quotes.computeIfAbsent(row.code(), c -> new QuoteCandidates(QuotesView.PER_CODE)).offer(row);
    }
    cooccurrence.add(codes);
    if (rolledByDimension.size() > 1) {
      rolledByDimension.forEach((dimension, code) -> rolledByDimension.forEach((other, otherCode) -> {
        if (!other.equals(dimension)) {
          dimensions.get(dimension).pair(other, code, otherCode);
        }
      }));
    }
  }

  /** Distinct segments and sources of one cell. */
  private static final class Cell {
    long segments;
    final Set<Long> sources = new HashSet<>();

    void add(CodingRow row) {
      segments++; // one counted coding per segment and dimension: rows are distinct segments
      sources.add(row.sourceId());
    }

    Count count() {
      return new Count(segments, sources.size());
    }
  }

  /** The counts of one dimension while the codings stream by. */
  private static final class DimensionTally {
    // Hash maps while the codings stream by (a million rows); sorted once counted.
    final Map<String, Cell> codes = new HashMap<>();
    final Set<String> carried = new TreeSet<>();
    final Map<String, Map<String, Map<String, Cell>>> rolledUp = new HashMap<>();
    final Map<String, Map<String, Cell>> groups = new HashMap<>();
    final Map<String, Map<String, Map<String, Long>>> pairs = new TreeMap<>();

    void add(CodingRow row, String rolled, List<String> names, String[] values) {
      codes.computeIfAbsent(row.code(), c -> new Cell()).add(row);
      for (int i = 0; i < values.length; i++) {
        String attribute = names.get(i);
        String value = values[i];
        if (value != null) {
          carried.add(attribute);
        }
        String group = CodeFrequencies.groupValue(value);
        rolledUp.computeIfAbsent(attribute, a -> new HashMap<>()).computeIfAbsent(group, g -> new HashMap<>())
            .computeIfAbsent(rolled, c -> new Cell()).add(row);
        groups.computeIfAbsent(attribute, a -> new HashMap<>()).computeIfAbsent(group, g -> new Cell()).add(row);
      }
    }

    void pair(String other, String code, String otherCode) {
      pairs.computeIfAbsent(other, o -> new TreeMap<>()).computeIfAbsent(code, c -> new TreeMap<>())
          .merge(otherCode, 1L, Long::sum);
    }

    ThemeCodings.DimensionCounts counts() {
      Map<String, Map<String, Map<String, Count>>> byGroup = new TreeMap<>();
      rolledUp.forEach((attribute, values) -> values.forEach((group, cells) -> cells.forEach((code, cell) ->
          byGroup.computeIfAbsent(attribute, a -> new TreeMap<>()).computeIfAbsent(group, g -> new TreeMap<>())
              .put(code, cell.count()))));
      Map<String, Map<String, Count>> groupCounts = new TreeMap<>();
      groups.forEach((attribute, values) -> values.forEach((group, cell) ->
          groupCounts.computeIfAbsent(attribute, a -> new TreeMap<>()).put(group, cell.count())));
      Map<String, Count> codeCounts = new TreeMap<>();
      codes.forEach((code, cell) -> codeCounts.put(code, cell.count()));
      return new ThemeCodings.DimensionCounts(codeCounts, carried, byGroup, groupCounts, pairs);
    }
  }
}
