package fr.parole.report;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.Dimension;
import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodeFrequencies.Count;
import fr.parole.stats.CodeFrequencyTable;
import fr.parole.stats.CooccurrenceMatrix;
import fr.parole.study.ReportQueries.CodingRow;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The codings of one codebook that the report counts. A coding counts when a person made it, a
 * person accepted it, or it is a machine suggestion nobody rejected; of those, one per segment and
 * dimension, the best: a person's before the machine's, then the most confident, then the first
 * code alphabetically (then the first recorded). So each segment weighs once in a dimension, as
 * the chi-square test needs.
 *
 * <p>Held as counts, not as codings ({@link CodingTally} makes them in one pass over the store), so
 * that a report over 1,000,000 segments fits in a small heap: per dimension, segments and sources
 * per code, per code rolled up to its top-level parent and group of an attribute of
 * {@link ReportOptions#tallied()}, per pair of dimensions on the same segments; co-occurrences; the quotes to
 * show; and all recorded codings by origin and status.
 *
 * @param recorded codings recorded for the codebook, rejected ones included
 * @param retained codings counted (one per segment and dimension at most)
 * @param segments segments with at least one counted coding
 * @param sources sources of those segments
 * @param quotes code → segments to quote, best first ({@link QuotesView#PER_CODE} at most), codes sorted
 * @param byOrigin origin and status ({@code origin + "\u0000" + status}) → {codings, segments}
 * @param humanCoders people who coded, sorted
 */
record ThemeCodings(String codebookId, Optional<Codebook> codebook, long recorded, long retained, long segments,
    long sources, Map<String, DimensionCounts> byDimension, CooccurrenceMatrix cooccurrence,
    Map<String, List<Long>> quotes, Map<String, long[]> byOrigin, List<String> humanCoders) {
  static final Comparator<CodingRow> BEST_FIRST = Comparator.comparingInt(ThemeCodings::rank)
      .thenComparing(Comparator.comparingDouble(ThemeCodings::confidence).reversed())
      .thenComparing(CodingRow::code);

  ThemeCodings {
    byDimension = Map.copyOf(byDimension);
    quotes = new TreeMap<>(quotes);
    byOrigin = new TreeMap<>(byOrigin);
    humanCoders = List.copyOf(humanCoders);
  }

  /**
   * One dimension's counted codings.
   *
   * @param codes code → segments and sources carrying it
   * @param carried the attributes counted at least one of its segments carries
   * @param rolledUp attribute → group (the value, or « (non renseigné) ») → code rolled up → count
   * @param groups attribute → group → segments and sources coded in the dimension
   * @param pairs other dimension → code rolled up here → code rolled up there → segments with both
   */
  record DimensionCounts(Map<String, Count> codes, Set<String> carried,
      Map<String, Map<String, Map<String, Count>>> rolledUp, Map<String, Map<String, Count>> groups,
      Map<String, Map<String, Map<String, Long>>> pairs) {}

  /** 0 for a person's decision (their coding, or an accepted suggestion), 1 for the machine's. */
  static int rank(CodingRow row) {
    return "human".equals(row.origin()) || "accepted".equals(row.status()) ? 0 : 1;
  }

  static double confidence(CodingRow row) {
    return row.confidence(); // 1 where none was stored
  }

  static String dimensionOf(String code) {
    int slash = code.indexOf('/');
    return slash < 0 ? "" : code.substring(0, slash);
  }

  /** Dimensions with retained codings, in the codebook's order, then any other alphabetically. */
  List<String> dimensions() {
    LinkedHashSet<String> order = new LinkedHashSet<>();
    codebook.ifPresent(b -> b.dimensions().forEach(d -> order.add(d.id())));
    order.addAll(new TreeMap<>(byDimension).keySet());
    return order.stream().filter(byDimension::containsKey).toList();
  }

  DimensionCounts in(String dimension) {
    return byDimension.get(dimension);
  }

  /** True when a segment coded in the dimension carries the attribute. */
  boolean carries(String dimension, String attribute) {
    DimensionCounts counts = byDimension.get(dimension);
    return counts != null && counts.carried().contains(attribute);
  }

  /** The code itself, or its top-level parent (« type/levier » for « type/co_animation »). */
  String topLevel(String code) {
    return topLevel(codebook, code);
  }

  static String topLevel(Optional<Codebook> codebook, String code) {
    Optional<Code> found = codebook.flatMap(b -> b.code(code));
    if (found.isEmpty() || found.get().parent() == null || found.get().parent().isBlank()) {
      return code;
    }
    return topLevel(codebook, found.get().dimension() + "/" + found.get().parent());
  }

  String label(String code) {
    return codebook.flatMap(b -> b.code(code)).map(Code::label).orElse(code);
  }

  String dimensionLabel(String dimension) {
    return codebook.flatMap(b -> b.dimension(dimension)).map(Dimension::label).orElse(dimension);
  }

  String title() {
    return codebook.map(Codebook::label).orElse(codebookId);
  }

  /**
   * Segments per (label of the rolled-up code, group of {@code attribute}) in a dimension: codes
   * that share a label are counted together, as a crosstab of labels shows them.
   */
  Map<String, Map<String, Long>> labelsByGroup(String dimension, String attribute) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    in(dimension).rolledUp().getOrDefault(attribute, Map.of()).forEach((group, codes) -> codes.forEach((code, n) ->
        counts.computeIfAbsent(label(code), l -> new TreeMap<>()).merge(group, n.segments(), Long::sum)));
    return counts;
  }

  /** Codes rolled up to their top level, by group of the attribute, from the counts. */
  CodeFrequencyTable frequencies(String dimension, String attribute) {
    Map<List<String>, Count> groups = new java.util.HashMap<>();
    in(dimension).groups().getOrDefault(attribute, Map.of()).forEach((group, count) -> groups.put(List.of(group), count));
    Map<String, Map<List<String>, Count>> byCode = new TreeMap<>();
    in(dimension).rolledUp().getOrDefault(attribute, Map.of()).forEach((group, codes) -> codes.forEach((code, count) ->
        byCode.computeIfAbsent(code, c -> new java.util.HashMap<>()).put(List.of(group), count)));
    return new CodeFrequencies().fromCounts(List.of(attribute), groups, byCode, Map.of());
  }

  /** The groups of {@code attribute} that the segments coded in any dimension fall in, sorted. */
  Set<String> groups(String attribute) {
    Set<String> groups = new java.util.TreeSet<>();
    byDimension.values().forEach(d -> groups.addAll(d.groups().getOrDefault(attribute, Map.of()).keySet()));
    return groups;
  }

  /** Segments per (label in {@code rows}, label in {@code columns}) among those coded in both. */
  Map<String, Map<String, Long>> labelPairs(String rows, String columns) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    in(rows).pairs().getOrDefault(columns, Map.of()).forEach((code, others) -> others.forEach((other, n) ->
        counts.computeIfAbsent(label(code), l -> new TreeMap<>()).merge(label(other), n, Long::sum)));
    return counts;
  }
}
