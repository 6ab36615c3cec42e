package fr.parole.report;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.Dimension;
import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodeFrequencies.Count;
import fr.parole.stats.CodeFrequencyTable;
import fr.parole.stats.CooccurrenceMatrix;
import fr.parole.study.CodeThreshold;
import fr.parole.study.ReportQueries.CodingRow;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The codings of one codebook that the report counts. A coding counts when a person made it, a
 * person accepted it, or it is a machine suggestion nobody rejected whose confidence reaches its
 * code's threshold ({@link CodeThreshold#counts}). A segment counts once for each code it carries:
 * in a non-exclusive dimension (the default) every counted code; in an exclusive one only the best
 * (a person's before the machine's, then the most confident, then the first code alphabetically,
 * then the first recorded). Sub-codes rolled up to their top-level parent count a segment once
 * per parent.
 *
 * <p>Held as counts, not as codings ({@link CodingTally} makes them in one pass over the store), so
 * that a report over 1,000,000 segments fits in a small heap: per dimension, segments and sources
 * per code, per code rolled up (whole, and per group of each cut of {@link ReportOptions#tallied()}),
 * per pair of dimensions on the same segments; co-occurrences; the quotes to show; all recorded
 * codings by origin and status; and the segments analysed with the codebook (coded or not), the
 * denominators of every share.
 *
 * @param recorded codings recorded for the codebook, rejected ones included
 * @param counted codes counted: (segment, code) pairs, each segment's codes counted once
 * @param checked of those, the ones a person made or accepted
 * @param segments segments with at least one counted code
 * @param sources sources of those segments
 * @param analysed the segments analysed with the codebook, coded or not, and their groups
 * @param quotes each code's segments to quote, overall and per service and polarity
 * @param byOrigin origin and status ({@code origin + "\u0000" + status}) → {codings, segments}
 * @param humanCoders people who coded, sorted
 * @param machineCoders the coders of the pending machine suggestions ({@code machine}, {@code machine-rapide}), sorted
 * @param thresholds the threshold of each code the coding run recorded (code → threshold)
 * @param belowThreshold top-level code → segments where the machine suggested it (or a sub-code) only
 *     below its threshold: what the figures leave out and a reviewer may want to read
 */
record ThemeCodings(String codebookId, Optional<Codebook> codebook, long recorded, long counted, long checked,
    long segments, long sources, Analysed analysed, Map<String, DimensionCounts> byDimension,
    CooccurrenceMatrix cooccurrence, QuotePool quotes, Map<String, long[]> byOrigin, List<String> humanCoders,
    List<String> machineCoders, Map<String, CodeThreshold> thresholds, Map<String, Long> belowThreshold) {
  /** The cut by service and polarity together (« Cardiologie » and « À améliorer »): its groups join both. */
  static final String SERVICE_POLARITY = "service+polarity";
  static final String SERVICE = "service";
  static final String POLARITY = "polarity";

  ThemeCodings {
    byDimension = Map.copyOf(byDimension);
    byOrigin = new TreeMap<>(byOrigin);
    humanCoders = List.copyOf(humanCoders);
    machineCoders = List.copyOf(machineCoders);
    thresholds = Map.copyOf(thresholds);
    belowThreshold = Map.copyOf(belowThreshold);
  }

  /**
   * The segments analysed with the codebook: the participants' segments of the sources it coded
   * (those with a coding of it, or that study.yaml gives it), coded or not.
   *
   * @param kinds segments by kind ({@code comment}, {@code turn}…)
   * @param firstDate the earliest {@code date} they carry (aaaa-mm-jj), null without dates
   * @param groups cut → group → segments and sources
   */
  record Analysed(long segments, long sources, Map<String, Long> kinds, String firstDate, String lastDate,
      Map<String, Map<String, Count>> groups) {
    Analysed {
      kinds = Map.copyOf(kinds);
      groups = Map.copyOf(groups);
    }
  }

  /**
   * One dimension's counted codes.
   *
   * @param codes code → segments and sources carrying it
   * @param rolled code rolled up to its top-level parent → segments and sources carrying it or a sub-code
   * @param coded segments and sources with at least one counted code of the dimension
   * @param carried the attributes counted that at least one of its segments carries
   * @param rolledUp cut → group (the value, or « (non renseigné) ») → code rolled up → count
   * @param groups cut → group → segments and sources coded in the dimension
   * @param pairs other dimension → code rolled up here → code rolled up there → segments with both
   */
  record DimensionCounts(Map<String, Count> codes, Map<String, Count> rolled, Count coded, Set<String> carried,
      Map<String, Map<String, Map<String, Count>>> rolledUp, Map<String, Map<String, Count>> groups,
      Map<String, Map<String, Map<String, Long>>> pairs) {}

  /**
   * Segments to quote, best first, more than are shown (a quote whose text was already shown is
   * skipped): per code overall, and per code and service-polarity group.
   */
  record QuotePool(Map<String, List<Long>> overall, Map<String, Map<String, List<Long>>> byGroup) {
    QuotePool {
      overall = new TreeMap<>(overall);
      byGroup = new TreeMap<>(byGroup);
    }
  }

  /** 0 for a person's decision (their coding, or an accepted suggestion), 1 for the machine's. */
  static int rank(CodingRow row) {
    return CountedCodes.rank(row);
  }

  static double confidence(CodingRow row) {
    return row.confidence(); // 1 where none was stored
  }

  static String dimensionOf(String code) {
    int slash = code.indexOf('/');
    return slash < 0 ? "" : code.substring(0, slash);
  }

  /** Dimensions with counted codes, in the codebook's order, then any other alphabetically. */
  List<String> dimensions() {
    LinkedHashSet<String> order = new LinkedHashSet<>();
    codebook.ifPresent(b -> b.dimensions().forEach(d -> order.add(d.id())));
    order.addAll(new TreeMap<>(byDimension).keySet());
    return order.stream().filter(byDimension::containsKey).toList();
  }

  DimensionCounts in(String dimension) {
    return byDimension.get(dimension);
  }

  /** Whether the codebook keeps one code per segment in this dimension ({@code exclusive: true}). */
  boolean exclusive(String dimension) {
    return exclusive(codebook, dimension);
  }

  static boolean exclusive(Optional<Codebook> codebook, String dimension) {
    return CountedCodes.exclusive(codebook, dimension);
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

  /** Whether the codebook gives the code sub-codes, which a rolled-up count includes. */
  boolean hasSubCodes(String code) {
    return codebook.flatMap(b -> b.code(code))
        .map(c -> codebook.get().dimension(c.dimension()).orElseThrow().codes().stream()
            .anyMatch(other -> c.id().equals(other.parent())))
        .orElse(false);
  }

  /**
   * The top-level codes of {@code dimension} that no segment counts for although the machine
   * suggested them (below their threshold): codes the machine cannot yet tell in this study.
   */
  List<String> onlyBelowThreshold(String dimension) {
    DimensionCounts counts = byDimension.get(dimension);
    return codebook.flatMap(b -> b.dimension(dimension)).map(d -> d.children(null).stream().map(Code::path)
        .filter(path -> (counts == null || !counts.rolled().containsKey(path)) && belowThreshold.getOrDefault(path, 0L) > 0)
        .toList()).orElse(List.of());
  }

  String label(String code) {
    return codebook.flatMap(b -> b.code(code)).map(Code::label).orElse(code);
  }

  /** The label with its parents' (« Obstacle › Manque de temps »): a sub-code read without its parent is ambiguous. */
  String pathLabel(String code) {
    Optional<Code> found = codebook.flatMap(b -> b.code(code));
    if (found.isEmpty() || found.get().parent() == null || found.get().parent().isBlank()) {
      return label(code);
    }
    return pathLabel(found.get().dimension() + "/" + found.get().parent()) + " › " + found.get().label();
  }

  String dimensionLabel(String dimension) {
    return codebook.flatMap(b -> b.dimension(dimension)).map(Dimension::label).orElse(dimension);
  }

  String title() {
    return codebook.map(Codebook::label).orElse(codebookId);
  }

  /**
   * The analysed segments' groups of {@code cut}: segments and sources per value (or
   * « (non renseigné) »), coded or not.
   */
  Map<String, Count> groupSizes(String cut) {
    return analysed.groups().getOrDefault(cut, Map.of());
  }

  /**
   * Whether a dimension is coded from the attribute rather than crossed with it: the attribute's
   * values are the dimension's codes (the level of an interview section, « institutionnel », and
   * the code « niveau/institutionnel »). A table of one by the other says nothing.
   */
  boolean codedFrom(String dimension, String attribute) {
    Set<String> values = new TreeSet<>(groupSizes(attribute).keySet());
    values.remove(CodeFrequencies.MISSING);
    if (values.isEmpty() || codebook.flatMap(b -> b.dimension(dimension)).isEmpty()) {
      return false;
    }
    Dimension d = codebook.get().dimension(dimension).get();
    Set<String> codes = new TreeSet<>();
    d.codes().forEach(c -> {
      codes.add(c.id());
      codes.add(c.label());
    });
    return codes.containsAll(values);
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

  /**
   * Codes rolled up to their top level, by group of the attribute: percentages of each group's
   * analysed segments (coded or not) and sources.
   */
  CodeFrequencyTable frequencies(String dimension, String attribute) {
    Map<List<String>, Count> groups = new HashMap<>();
    Map<List<String>, CodeFrequencyTable.Group> sizes = new HashMap<>();
    groupSizes(attribute).forEach((group, count) -> {
      groups.put(List.of(group), count);
      sizes.put(List.of(group), new CodeFrequencyTable.Group(List.of(group), count.segments(), count.sources()));
    });
    Map<String, Map<List<String>, Count>> byCode = new TreeMap<>();
    in(dimension).rolledUp().getOrDefault(attribute, Map.of()).forEach((group, codes) -> codes.forEach((code, count) ->
        byCode.computeIfAbsent(code, c -> new HashMap<>()).put(List.of(group), count)));
    return new CodeFrequencies().fromCounts(List.of(attribute), groups, byCode, sizes);
  }

  /** Rolled-up code → group of {@code cut} → segments carrying it (for the tests per code). */
  Map<String, Map<String, Long>> codedByGroup(String dimension, String cut) {
    Map<String, Map<String, Long>> coded = new TreeMap<>();
    in(dimension).rolledUp().getOrDefault(cut, Map.of()).forEach((group, codes) -> codes.forEach((code, n) ->
        coded.computeIfAbsent(code, c -> new TreeMap<>()).put(group, n.segments())));
    return coded;
  }

  /** The groups of {@code attribute} that the segments coded in any dimension fall in, sorted. */
  Set<String> groups(String attribute) {
    Set<String> groups = new TreeSet<>();
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

  /**
   * What the analysed segments are, as the report names them: {@code comment} (verbatims),
   * {@code turn} (interview turns), {@code answer} (open answers), or {@code mixed}.
   */
  String unit() {
    Set<String> kinds = new TreeSet<>();
    analysed.kinds().forEach((kind, n) -> {
      if (n > 0) {
        kinds.add(kind.equals("whole") ? "turn" : kind);
      }
    });
    return kinds.size() == 1 ? kinds.iterator().next() : "mixed";
  }

  /** The threshold from which a pending machine suggestion of {@code code} counts. */
  double threshold(String code) {
    CodeThreshold t = thresholds.get(code);
    return t == null ? CodeThreshold.DEFAULT : t.value();
  }
}
