package fr.parole.report;

import fr.parole.coding.CodingService;
import fr.parole.coding.Codebook;
import fr.parole.stats.CodeCooccurrence;
import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodeFrequencies.Count;
import fr.parole.study.CodeThreshold;
import fr.parole.study.CorpusCounts;
import fr.parole.study.ReportQueries;
import fr.parole.study.ReportQueries.CodingRow;
import fr.parole.study.SegmentKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * segment order: each segment's codings are held until the next segment starts, those that count
 * are kept (every counted code of a non-exclusive dimension, the best of an exclusive one: the rule
 * of {@link ThemeCodings}), and only counts stay. Then one pass over the corpus counts' segments
 * gives the denominators: the segments analysed with the codebook, coded or not, per group. Memory
 * is the size of the tables the report shows (codes × groups, distinct sources per cell), not of
 * the study.
 */
final class CodingTally implements Consumer<CodingRow> {
  /** Quotes kept per code beyond those shown, for those whose text another code already shows. */
  static final int SPARE_QUOTES = 6;

  private final String codebookId;
  private final Optional<Codebook> codebook;
  private final Map<String, CodeThreshold> thresholds;
  private final CorpusCounts corpus;
  /** The groups counted: each tallied attribute, and service with polarity; each one's group by segment id. */
  private final List<String> cuts = new ArrayList<>();
  private final List<SegmentGroups> groupOf = new ArrayList<>();
  private final LongFunction<String> date;
  /** Sources study.yaml gives the codebook, and those with a coding of it: their segments were analysed with it. */
  private final BitSet codedSources;
  private final Map<String, String> rolledUp = new HashMap<>();
  private final Map<String, Boolean> exclusive = new HashMap<>();

  private final List<CodingRow> segment = new ArrayList<>();
  private long recorded;
  private long counted;
  private long checked;
  private long segments;
  private final Set<Long> sources = new HashSet<>();
  private final Map<String, DimensionTally> dimensions = new HashMap<>();
  private final CodeCooccurrence.Counter cooccurrence = new CodeCooccurrence.Counter();
  private final Map<String, QuoteCandidates> quotes = new HashMap<>();
  private final Map<String, Map<String, QuoteCandidates>> quotesByGroup = new HashMap<>();
  /** Origin → status → {codings, segments, last segment seen}. */
  private final Map<String, Map<String, long[]>> byOrigin = new HashMap<>();
  private final Set<String> humanCoders = new TreeSet<>();
  /** Who made the machine's suggestions: the full coder, the fast one ({@code machine-rapide}), or both. */
  private final Set<String> machineCoders = new TreeSet<>();
  /** Top-level code → segments where the machine suggested it (or a sub-code) only below its threshold. */
  private final Map<String, Long> belowThreshold = new HashMap<>();

  private CodingTally(String codebookId, Optional<Codebook> codebook, Map<String, CodeThreshold> thresholds,
      CorpusCounts corpus, List<String> attributes, Set<Long> assignedSources) {
    this.codebookId = codebookId;
    this.codebook = codebook;
    this.thresholds = thresholds;
    this.corpus = corpus;
    // An attribute no segment carries would put every segment in « (non renseigné) »: not counted.
    List<String> all = new ArrayList<>(attributes.stream().filter(corpus.attributeNames()::contains).toList());
    // Comments with a polarity: the points to improve by service need both, alone and together.
    boolean polarities = corpus.attributeNames().contains(ThemeCodings.POLARITY);
    if (polarities) {
      List.of(ThemeCodings.SERVICE, ThemeCodings.POLARITY).stream().filter(a -> !all.contains(a)).forEach(all::add);
    }
    for (String attribute : all) {
      cuts.add(attribute);
      groupOf.add(SegmentGroups.of(corpus, attribute));
    }
    if (polarities) {
      cuts.add(ThemeCodings.SERVICE_POLARITY);
      groupOf.add(SegmentGroups.pairs(groupOf.get(all.indexOf(ThemeCodings.SERVICE)),
          groupOf.get(all.indexOf(ThemeCodings.POLARITY))));
    }
    this.date = corpus.values("date");
    this.codedSources = new BitSet();
    assignedSources.forEach(s -> codedSources.set(Math.toIntExact(s)));
  }

  /** The group of the cut by service and polarity. */
  static String group(String service, String polarity) {
    return CodeFrequencies.groupValue(service) + "\u0000" + CodeFrequencies.groupValue(polarity);
  }

  /**
   * Reads the codings of {@code codebookId} from the store and counts them; {@code corpus} gives
   * the attributes of their segments, {@code assignedSources} the sources study.yaml
   * gives the codebook (the sources with a coding of it are added).
   */
  static ThemeCodings count(ReportQueries data, CorpusCounts corpus, List<String> attributes, String codebookId,
      Optional<Codebook> codebook, Set<Long> assignedSources) {
    return count(data, corpus, attributes, codebookId, codebook, assignedSources, segment -> { });
  }

  /** As above, telling {@code reached} the segment of each coding read (they come in segment order). */
  static ThemeCodings count(ReportQueries data, CorpusCounts corpus, List<String> attributes, String codebookId,
      Optional<Codebook> codebook, Set<Long> assignedSources, java.util.function.LongConsumer reached) {
    CodingTally tally = new CodingTally(codebookId, codebook, data.thresholds(codebookId), corpus, attributes,
        assignedSources);
    // The rows are read from SQLite on a second thread while this one counts them.
    ReadAhead.<CodingRow>stream(rows -> data.forEachCoding(codebookId, corpus, rows), row -> {
      tally.accept(row);
      reached.accept(row.segmentId());
    });
    return tally.finish();
  }

  @Override
  public void accept(CodingRow row) {
    if (!segment.isEmpty() && segment.get(0).segmentId() != row.segmentId()) {
      endSegment();
    }
    segment.add(row);
    recorded++;
    if (row.sourceId() >= 0) {
      codedSources.set(Math.toIntExact(row.sourceId()));
    }
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
    } else if ("suggested".equals(row.status())) {
      machineCoders.add(row.coder() == null ? CodingService.MACHINE : row.coder()); // null: the default coder
    }
  }

  ThemeCodings finish() {
    endSegment();
    Map<String, ThemeCodings.DimensionCounts> counts = new HashMap<>();
    dimensions.forEach((dimension, tally) -> counts.put(dimension, tally.counts()));
    Map<String, List<Long>> overall = new TreeMap<>();
    quotes.forEach((code, candidates) -> overall.put(code, candidates.choose()));
    Map<String, Map<String, List<Long>>> byGroup = new TreeMap<>();
    quotesByGroup.forEach((code, groups) -> groups.forEach((group, candidates) ->
        byGroup.computeIfAbsent(code, c -> new TreeMap<>()).put(group, candidates.choose())));
    Map<String, long[]> origins = new TreeMap<>();
    byOrigin.forEach((origin, statuses) -> statuses.forEach((status, n) ->
        origins.put(origin + "\u0000" + status, new long[] {n[0], n[1]})));
    return new ThemeCodings(codebookId, codebook, recorded, counted, checked, segments, sources.size(), analysed(),
        counts, cooccurrence.matrix(), new ThemeCodings.QuotePool(overall, byGroup), origins,
        new ArrayList<>(humanCoders), new ArrayList<>(machineCoders), thresholds, belowThreshold);
  }

  /** The participants' segments of the codebook's sources, coded or not: one pass over the corpus counts. */
  private ThemeCodings.Analysed analysed() {
    DimensionTally.Cell total = new DimensionTally.Cell();
    Map<String, Long> kinds = new TreeMap<>();
    String first = null;
    String last = null;
    List<List<DimensionTally.Cell>> groups = new ArrayList<>();
    cuts.forEach(c -> groups.add(new ArrayList<>()));
    for (long id = 0; id < corpus.segmentIdLimit(); id++) {
      SegmentKind kind = corpus.kindOf(id);
      long source = corpus.sourceOf(id);
      if (kind == null || !kind.isAnalysed() || source < 0 || !codedSources.get((int) source)) {
        continue;
      }
      total.add(source);
      kinds.merge(kind.code(), 1L, Long::sum);
      String day = date.apply(id);
      if (day != null && !day.isBlank()) {
        first = first == null || day.compareTo(first) < 0 ? day : first;
        last = last == null || day.compareTo(last) > 0 ? day : last;
      }
      for (int c = 0; c < cuts.size(); c++) {
        DimensionTally.Cell.at(groups.get(c), groupOf.get(c).of(id)).add(source);
      }
    }
    Map<String, Map<String, Count>> sizes = new TreeMap<>();
    for (int c = 0; c < cuts.size(); c++) {
      Map<String, Count> byGroup = new TreeMap<>();
      List<DimensionTally.Cell> cells = groups.get(c);
      for (int g = 0; g < cells.size(); g++) {
        if (cells.get(g) != null) {
          byGroup.put(groupOf.get(c).name(g), cells.get(g).count());
        }
      }
      sizes.put(cuts.get(c), byGroup);
    }
    return new ThemeCodings.Analysed(total.segments, total.sources.size(), kinds, first, last, sizes);
  }

  /** Keeps the counted codes of the segment just read, per dimension, and counts them. */
  private void endSegment() {
    if (segment.isEmpty()) {
      return;
    }
    // Dimension → code → its best counted coding on the segment (two coders on one code count once).
    Map<String, Map<String, CodingRow>> kept = CountedCodes.counted(segment, this::threshold);
    Set<String> doubtful = null;
    for (CodingRow row : segment) {
      if ("suggested".equals(row.status()) && !CodeThreshold.counts(row.origin(), row.status(), row.confidence(),
          threshold(row.code()))) {
        doubtful = doubtful == null ? new TreeSet<>() : doubtful;
        doubtful.add(rolledUp.computeIfAbsent(row.code(), c -> ThemeCodings.topLevel(codebook, c)));
      }
    }
    if (doubtful != null) {
      countBelowThreshold(doubtful, kept);
    }
    CountedCodes.narrow(kept, this::isExclusive);
    long source = segment.get(0).sourceId();
    long id = segment.get(0).segmentId();
    segment.clear();
    if (kept.isEmpty()) {
      return;
    }
    segments++;
    sources.add(source);
    int[] groups = new int[cuts.size()];
    for (int c = 0; c < groups.length; c++) {
      groups[c] = groupOf.get(c).of(id);
    }
    int codesOnSegment = kept.values().stream().mapToInt(Map::size).sum();
    String quoteGroup = cuts.contains(ThemeCodings.SERVICE_POLARITY)
        ? groupOf.get(groups.length - 1).name(groups[groups.length - 1]) : null;
    Set<String> allCodes = new TreeSet<>();
    Map<String, Set<String>> rolledByDimension = new LinkedHashMap<>();
    kept.forEach((dimension, codes) -> {
      Set<String> rolled = new TreeSet<>();
      codes.forEach((code, row) -> {
        counted++;
        checked += ThemeCodings.rank(row) == 0 ? 1 : 0;
        allCodes.add(code);
        rolled.add(rolledUp.computeIfAbsent(code, c -> ThemeCodings.topLevel(codebook, c)));
        offerQuote(code, quoteGroup, row, codesOnSegment);
      });
      rolledByDimension.put(dimension, rolled);
      dimensions.computeIfAbsent(dimension, d -> new DimensionTally(cuts, groupOf)).add(source, codes.keySet(), rolled,
          groups);
    });
    cooccurrence.add(allCodes);
    if (rolledByDimension.size() > 1) {
      rolledByDimension.forEach((dimension, codes) -> rolledByDimension.forEach((other, otherCodes) -> {
        if (!other.equals(dimension)) {
          dimensions.get(dimension).pair(other, codes, otherCodes);
        }
      }));
    }
  }

  /** A top-level code suggested on the segment only below its threshold (no counted code under it there). */
  private void countBelowThreshold(Set<String> doubtful, Map<String, Map<String, CodingRow>> kept) {
    for (String code : doubtful) {
      Map<String, CodingRow> counted = kept.get(ThemeCodings.dimensionOf(code));
      boolean countedHere = counted != null && counted.keySet().stream()
          .anyMatch(c -> rolledUp.computeIfAbsent(c, x -> ThemeCodings.topLevel(codebook, x)).equals(code));
      if (!countedHere) {
        belowThreshold.merge(code, 1L, Long::sum);
      }
    }
  }

  private void offerQuote(String code, String group, CodingRow row, int codesOnSegment) {
    quotes.computeIfAbsent(code, c -> new QuoteCandidates(QuotesView.PER_CODE + SPARE_QUOTES))
        .offer(row, codesOnSegment);
    if (group != null) {
      quotesByGroup.computeIfAbsent(code, c -> new HashMap<>())
          .computeIfAbsent(group, g -> new QuoteCandidates(QuotesView.PER_CODE + SPARE_QUOTES / 2))
          .offer(row, codesOnSegment);
    }
  }

  private boolean isExclusive(String dimension) {
    return exclusive.computeIfAbsent(dimension, d -> ThemeCodings.exclusive(codebook, d));
  }

  private double threshold(String code) {
    return CountedCodes.threshold(thresholds, code);
  }
}
