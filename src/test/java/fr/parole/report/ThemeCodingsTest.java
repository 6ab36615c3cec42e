package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.Dimension;
import fr.parole.stats.CodeCooccurrence;
import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodeFrequencyTable;
import fr.parole.stats.CodedSegment;
import fr.parole.stats.CountTable;
import fr.parole.study.CodeThreshold;
import fr.parole.study.NewCoding;
import fr.parole.study.NewSegment;
import fr.parole.study.NewSource;
import fr.parole.study.SegmentKind;
import fr.parole.study.StoreTransaction;
import fr.parole.study.StudyStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts the report makes in one pass over the store ({@link CodingTally}) against the rule
 * applied to every coding held in memory: per segment and dimension, the codings that count
 * ({@link CodeThreshold#counts} with each code's threshold from the store), every distinct code
 * in a non-exclusive dimension, the best one in an exclusive one; then the statistics on lists of
 * coded segments. Random codings by people and the machine, accepted, rejected, tied confidences,
 * thresholds calibrated, from the codebook and by default, missing and blank attributes, sub-codes,
 * codes the codebook does not know, sources without codings (one study.yaml gives the codebook,
 * one it does not) and interviewer turns: both ways must give the same tables.
 */
class ThemeCodingsTest {
  private static final String BOOK = "cb";
  private static final Codebook CODEBOOK = new Codebook(BOOK, "Livre de test", "", List.of(
      new Dimension("type", "Type", "", List.of(code("type", "levier", "Levier", null),
          code("type", "frein", "Frein", null), code("type", "co_animation", "Co-animation", "levier"),
          code("type", "temps", "Manque de temps", "frein"))),
      new Dimension("niveau", "Niveau", "", List.of(code("niveau", "macro", "Macro", null),
          code("niveau", "micro", "Micro", null), code("niveau", "meso", "Micro", null)), true)));
  private static final List<String> CODES = List.of("type/levier", "type/frein", "type/co_animation", "type/temps",
      "niveau/macro", "niveau/micro", "niveau/meso", "autre/inconnu", "sansdimension");
  private static final List<CodeThreshold> THRESHOLDS = List.of(new CodeThreshold("type/levier", 0.9, "calibrated", 0.71),
      new CodeThreshold("type/frein", 0.3, "codebook", null), new CodeThreshold("niveau/macro", 0.5, "default", null));

  @TempDir
  Path dir;

  /** One stored coding as held in memory. */
  private record Row(long segment, String source, String code, String coder, String origin, Double confidence,
      String status, Map<String, String> attributes) {
    double threshold() {
      return THRESHOLDS.stream().filter(t -> t.code().equals(code)).mapToDouble(CodeThreshold::value).findFirst()
          .orElse(CodeThreshold.DEFAULT);
    }

    boolean counts() {
      return CodeThreshold.counts(origin, status, confidence == null ? 1 : confidence, threshold());
    }

    int rank() {
      return "human".equals(origin) || "accepted".equals(status) ? 0 : 1;
    }
  }

  /** A segment analysed with the codebook (coded or not). */
  private record Analysed(long segment, String source, Map<String, String> attributes) {}

  @Test
  void countsFromTheStoreEqualThoseOfTheCodingsHeldInMemory() {
    List<Row> rows = new ArrayList<>();
    List<Analysed> analysed = new ArrayList<>();
    try (StudyStore store = StudyStore.open(dir.resolve("study.db"))) {
      Set<Long> assigned = fill(store, rows, analysed, new Random(20240501));
      ThemeCodings theme = CodingTally.count(store.reportQueries(), store.queries().corpusCounts(),
          ReportOptions.DEFAULT.tallied(), BOOK, Optional.of(CODEBOOK), assigned);
      List<Row> kept = keep(rows);
      assertTrue(kept.size() > 500 && kept.size() < rows.size(), "a fixture with something to leave out");
      assertTrue(kept.stream().collect(Collectors.groupingBy(r -> r.segment() + "/" + ThemeCodings.dimensionOf(r.code()),
          Collectors.counting())).values().stream().anyMatch(n -> n > 1), "segments with several codes of a dimension");

      assertEquals(rows.size(), theme.recorded());
      assertEquals(kept.size(), theme.counted());
      assertEquals(kept.stream().filter(r -> r.rank() == 0).count(), theme.checked());
      assertEquals(kept.stream().map(Row::segment).distinct().count(), theme.segments());
      assertEquals(kept.stream().map(Row::source).distinct().count(), theme.sources());
      assertEquals(analysed.size(), theme.analysed().segments());
      assertEquals(analysed.stream().map(Analysed::source).distinct().count(), theme.analysed().sources());
      assertEquals(Map.of("turn", (long) analysed.size()), theme.analysed().kinds());
      assertEquals(List.of("type", "niveau", "", "autre"), theme.dimensions());
      assertTrue(theme.exclusive("niveau") && !theme.exclusive("type") && !theme.exclusive("autre"));
      for (String dimension : theme.dimensions()) {
        List<Row> in = kept.stream().filter(r -> ThemeCodings.dimensionOf(r.code()).equals(dimension)).toList();
        assertEquals(counts(coded(in, theme, false)), theme.in(dimension).codes(), dimension);
        assertEquals(counts(coded(in, theme, true)), theme.in(dimension).rolled(), dimension + " rolled up");
        for (String attribute : ReportOptions.DEFAULT.tallied()) {
          boolean carried = in.stream().anyMatch(r -> !CodeFrequencies.groupValue(r.attributes().get(attribute))
              .equals(CodeFrequencies.MISSING));
          assertEquals(carried, theme.carries(dimension, attribute), dimension + " " + attribute);
          if (carried) {
            assertFrequencies(coded(in, theme, true), analysed, attribute, theme.frequencies(dimension, attribute));
          }
        }
      }
      // The exclusive dimension: one code per segment, so its crosstab by an attribute counts segments.
      List<Row> niveau = kept.stream().filter(r -> r.code().startsWith("niveau/")).toList();
      assertEquals(niveau.size(), niveau.stream().map(Row::segment).distinct().count(), "one niveau code per segment");
      assertTables(CountTable.tally("d", "a", niveau.stream().map(r -> Map.entry(theme.label(theme.topLevel(r.code())),
          CodeFrequencies.groupValue(r.attributes().get("establishment")))).toList()),
          CountTable.fromCounts("d", "a", theme.labelsByGroup("niveau", "establishment")));
      assertTables(pairs(kept, theme, "type", "niveau"), CountTable.fromCounts("d", "a", theme.labelPairs("type", "niveau")));
      assertEquals(new CodeCooccurrence().compute(coded(kept, theme, false)), theme.cooccurrence());
      assertEquals(quotes(kept, r -> "", QuotesView.PER_CODE + CodingTally.SPARE_QUOTES).get(""), theme.quotes().overall());
      // The points to improve by service: counts by service and polarity together, and quotes per pair.
      Map<String, Map<String, List<Long>>> byGroup = quotes(kept, ThemeCodingsTest::servicePolarity,
          QuotesView.PER_CODE + CodingTally.SPARE_QUOTES / 2);
      Map<String, Map<String, List<Long>>> byCodeThenGroup = new TreeMap<>();
      byGroup.forEach((group, codes) -> codes.forEach((code, ids) ->
          byCodeThenGroup.computeIfAbsent(code, c -> new TreeMap<>()).put(group, ids)));
      assertEquals(byCodeThenGroup, theme.quotes().byGroup());
      for (String dimension : List.of("type", "niveau")) {
        List<Row> in = kept.stream().filter(r -> ThemeCodings.dimensionOf(r.code()).equals(dimension)).toList();
        Map<String, Map<String, CodeFrequencies.Count>> expected = new TreeMap<>();
        coded(in, theme, true).stream().collect(Collectors.groupingBy(c -> CodingTally.group(c.attributes().get("service"),
            c.attributes().get("polarity")))).forEach((group, list) -> expected.put(group, counts(list)));
        assertEquals(expected, theme.in(dimension).rolledUp().get(ThemeCodings.SERVICE_POLARITY), dimension);
        assertFalse(theme.carries(dimension, ThemeCodings.SERVICE_POLARITY), "no attribute of that name");
      }
      Map<String, Long> sizes = analysed.stream().collect(Collectors.groupingBy(a -> CodingTally.group(
          a.attributes().get("service"), a.attributes().get("polarity")), TreeMap::new, Collectors.counting()));
      Map<String, Long> tallied = new TreeMap<>();
      theme.groupSizes(ThemeCodings.SERVICE_POLARITY).forEach((group, n) -> tallied.put(group, n.segments()));
      assertEquals(sizes, tallied);
      assertEquals(origins(rows), theme.byOrigin().entrySet().stream()
          .collect(TreeMap::new, (m, e) -> m.put(e.getKey(), List.of(e.getValue()[0], e.getValue()[1])), Map::putAll));
      assertEquals(List.of("alice", "bob"), theme.humanCoders());
      assertEquals(0.9, theme.threshold("type/levier"));
      assertEquals(CodeThreshold.DEFAULT, theme.threshold("type/temps"));
    }
  }

  /**
   * A code's threshold decides whether its pending suggestions count: at 0.9 (calibrated), a
   * suggestion at 0.8 does not; at the default 0.5 it does; accepted and a person's always count;
   * rejected never.
   */
  @Test
  void aCodesThresholdDecidesWhetherItsSuggestionsCount() {
    try (StudyStore store = StudyStore.open(dir.resolve("study.db"))) {
      long segment;
      try (StoreTransaction tx = store.begin()) {
        long source = tx.sources().insert(new NewSource("a.txt", "transcript", "h", "UTF-8", null));
        List<Long> ids = tx.sources().insertSegments(source, List.of(
            new NewSegment(0, SegmentKind.TURN, "P", 0, 1, 1, "x", 1, Map.of()),
            new NewSegment(1, SegmentKind.TURN, "P", 1, 2, 2, "y", 1, Map.of())));
        segment = ids.get(0);
        tx.codings().add(new NewCoding(segment, BOOK, "type/levier", "machine", "rule", 0.8, "suggested", null, null, null));
        tx.codings().add(new NewCoding(segment, BOOK, "type/frein", "machine", "rule", 0.8, "suggested", null, null, null));
        tx.codings().add(new NewCoding(segment, BOOK, "type/temps", "machine", "model", 0.2, "accepted", null, null, null));
        tx.codings().add(new NewCoding(segment, BOOK, "niveau/macro", "machine", "rule", 0.99, "rejected", null, null, null));
        tx.codings().add(new NewCoding(ids.get(1), BOOK, "niveau/micro", "alice", "human", null, "suggested", null, null,
            null));
        tx.codings().replaceThresholds(BOOK, List.of(new CodeThreshold("type/levier", 0.9, "calibrated", 0.8)));
        tx.commit();
      }
      ThemeCodings theme = CodingTally.count(store.reportQueries(), store.queries().corpusCounts(),
          ReportOptions.DEFAULT.tallied(), BOOK, Optional.of(CODEBOOK), Set.of());
      assertEquals(Set.of("type/frein", "type/temps"), theme.in("type").codes().keySet());
      // « Frein » and its sub-code on one segment: the rolled-up parent counts it once.
      assertEquals(Map.of("type/frein", new CodeFrequencies.Count(1, 1)), theme.in("type").rolled());
      assertEquals(Set.of("niveau/micro"), theme.in("niveau").codes().keySet());
      assertEquals(3, theme.counted());
      assertEquals(2, theme.checked(), "the accepted suggestion and the person's coding");
      assertEquals(2, theme.analysed().segments());
      assertEquals(0, theme.analysed().segments() - theme.segments());
      assertEquals(0.9, theme.thresholds().get("type/levier").value());
      assertEquals(0.8, theme.thresholds().get("type/levier").f1());
      assertTrue(theme.hasSubCodes("type/frein") && !theme.hasSubCodes("type/temps"));
      assertEquals("Frein › Manque de temps", theme.pathLabel("type/temps"));
      assertFalse(theme.exclusive("type"));
    }
  }

  /**
   * 12 coded sources of 60 segments (every tenth an interviewer's turn, never coded), 0 to 4
   * codings each; a source study.yaml gives the codebook but with no coding (its 10 turns are
   * analysed, uncoded), and one it does not give (left out).
   */
  private static Set<Long> fill(StudyStore store, List<Row> rows, List<Analysed> analysed, Random random) {
    String[] establishments = {"CHU1", "CH2", "CHU3", " "};
    String[] levels = {"macro", "micro"};
    String[] services = {"Cardiologie", "Gériatrie", "Maternité"};
    String[] coders = {"machine", "machine", "alice", "bob"};
    String[] statuses = {"suggested", "suggested", "accepted", "rejected"};
    Double[] confidences = {null, 0.5, 0.5, 0.9, 0.25};
    Set<Long> assigned = new TreeSet<>();
    try (StoreTransaction tx = store.begin()) {
      for (int s = 0; s < 14; s++) {
        String path = "source-" + s + ".txt";
        long source = tx.sources().insert(new NewSource(path, "transcript", "hash" + s, "UTF-8", null));
        List<NewSegment> segments = new ArrayList<>();
        List<Map<String, String>> attributes = new ArrayList<>();
        for (int i = 0; i < (s < 12 ? 60 : 10); i++) {
          Map<String, String> values = new HashMap<>();
          if (random.nextInt(5) > 0) {
            values.put("establishment", establishments[random.nextInt(establishments.length)]);
          }
          if (random.nextBoolean()) {
            values.put(random.nextBoolean() ? "niveau" : "role", levels[random.nextInt(levels.length)]);
          }
          if (random.nextInt(4) > 0) {
            values.put("service", services[random.nextInt(services.length)]);
          }
          if (random.nextInt(4) > 0) {
            values.put("polarity", random.nextBoolean() ? "positif" : "a_ameliorer");
          }
          attributes.add(values);
          segments.add(new NewSegment(i, i % 10 == 9 ? SegmentKind.INTERVIEWER : SegmentKind.TURN, "P", i, i + 1,
              i + 1, "x", 1, values));
        }
        List<Long> ids = tx.sources().insertSegments(source, segments);
        if (s == 12) {
          assigned.add(source);
        }
        for (int i = 0; i < ids.size(); i++) {
          if (s <= 12 && segments.get(i).kind() == SegmentKind.TURN) {
            analysed.add(new Analysed(ids.get(i), path, attributes.get(i)));
          }
          if (s >= 12 || segments.get(i).kind() != SegmentKind.TURN) {
            continue;
          }
          for (int k = random.nextInt(5); k > 0; k--) {
            String coder = coders[random.nextInt(coders.length)];
            boolean human = !coder.equals("machine");
            String status = human && random.nextBoolean() ? "accepted" : statuses[random.nextInt(statuses.length)];
            Double confidence = human ? null : confidences[random.nextInt(confidences.length)];
            String origin = human ? "human" : random.nextBoolean() ? "rule" : "model";
            String code = CODES.get(random.nextInt(CODES.size()));
            tx.codings().add(new NewCoding(ids.get(i), BOOK, code, coder, origin, confidence, status, null, null, null));
            rows.add(new Row(ids.get(i), path, code, coder, origin, confidence, status, attributes.get(i)));
          }
        }
      }
      tx.codings().replaceThresholds(BOOK, THRESHOLDS);
      tx.commit();
    }
    return assigned;
  }

  /** The rule on every coding: per segment and dimension, the counted codes, the best one in an exclusive dimension. */
  private static List<Row> keep(List<Row> rows) {
    Comparator<Row> best = Comparator.comparingInt(Row::rank).thenComparing(Comparator.comparingDouble(
        (Row r) -> r.confidence() == null ? 1 : r.confidence()).reversed()).thenComparing(Row::code);
    // Rows by segment then code, in insertion order within (the store's order): on a tie the first stays.
    List<Row> ordered = new ArrayList<>(rows);
    ordered.sort(Comparator.comparingLong(Row::segment).thenComparing(Row::code));
    Map<String, Row> byCode = new TreeMap<>();
    for (Row row : ordered) {
      if (row.counts()) {
        byCode.merge(String.format("%019d/%s", row.segment(), row.code()), row,
            (current, candidate) -> best.compare(candidate, current) < 0 ? candidate : current);
      }
    }
    Map<String, Row> exclusive = new TreeMap<>();
    List<Row> kept = new ArrayList<>();
    for (Row row : byCode.values()) {
      if (ThemeCodings.exclusive(Optional.of(CODEBOOK), ThemeCodings.dimensionOf(row.code()))) {
        exclusive.merge(String.format("%019d/%s", row.segment(), ThemeCodings.dimensionOf(row.code())), row,
            (current, candidate) -> best.compare(candidate, current) < 0 ? candidate : current);
      } else {
        kept.add(row);
      }
    }
    kept.addAll(exclusive.values());
    return kept;
  }

  /** Coded segments, rolled up or not; a segment counts once per (rolled-up) code. */
  private static List<CodedSegment> coded(List<Row> rows, ThemeCodings theme, boolean rollUp) {
    Set<String> seen = new HashSet<>();
    return rows.stream().map(r -> new CodedSegment(r.segment(), r.source(), rollUp ? theme.topLevel(r.code()) : r.code(),
        r.attributes())).filter(c -> seen.add(c.segment() + "/" + c.code())).toList();
  }

  private static Map<String, CodeFrequencies.Count> counts(List<CodedSegment> coded) {
    Map<String, CodeFrequencies.Count> counts = new TreeMap<>();
    coded.stream().collect(Collectors.groupingBy(CodedSegment::code)).forEach((code, list) -> counts.put(code,
        new CodeFrequencies.Count(list.size(), list.stream().map(CodedSegment::source).distinct().count())));
    return counts;
  }

  /** Each group's analysed segments and sources are the denominators; a group's coded rows must match. */
  private static void assertFrequencies(List<CodedSegment> coded, List<Analysed> analysed, String attribute,
      CodeFrequencyTable table) {
    Map<String, List<Analysed>> groups = analysed.stream().collect(Collectors.groupingBy(
        a -> CodeFrequencies.groupValue(a.attributes().get(attribute)), TreeMap::new, Collectors.toList()));
    assertEquals(groups.keySet(), table.groups().stream().map(g -> g.values().get(0)).collect(Collectors.toSet()));
    for (CodeFrequencyTable.Group group : table.groups()) {
      List<Analysed> in = groups.get(group.values().get(0));
      assertEquals(in.size(), group.segments(), attribute + " " + group);
      assertEquals(in.stream().map(Analysed::source).distinct().count(), group.sources(), attribute + " " + group);
    }
    Map<String, Long> byCode = coded.stream().collect(Collectors.groupingBy(CodedSegment::code, Collectors.counting()));
    for (CodeFrequencyTable.Row row : table.rows()) {
      List<CodedSegment> cell = coded.stream().filter(c -> c.code().equals(row.code())
          && CodeFrequencies.groupValue(c.attributes().get(attribute)).equals(row.group().get(0))).toList();
      String where = attribute + " " + row.group() + " " + row.code();
      assertEquals(cell.size(), row.segments(), where);
      assertEquals(cell.stream().map(CodedSegment::source).distinct().count(), row.sources(), where);
      long size = groups.get(row.group().get(0)).size();
      assertEquals(100.0 * cell.size() / size, row.segmentPercent(), 1e-9, where);
      assertEquals(100.0 * cell.size() / byCode.get(row.code()), row.shareOfCode(), 1e-9, where);
    }
  }

  /** Segments per pair of rolled-up labels, one count per distinct pair on a segment. */
  private static CountTable pairs(List<Row> kept, ThemeCodings theme, String rows, String columns) {
    Map<Long, Set<String>> column = new TreeMap<>();
    Map<Long, Set<String>> row = new TreeMap<>();
    for (Row r : kept) {
      String dimension = ThemeCodings.dimensionOf(r.code());
      Map<Long, Set<String>> target = dimension.equals(rows) ? row : dimension.equals(columns) ? column : null;
      if (target != null) {
        target.computeIfAbsent(r.segment(), s -> new TreeSet<>()).add(theme.topLevel(r.code()));
      }
    }
    List<Map.Entry<String, String>> observations = new ArrayList<>();
    row.forEach((segment, codes) -> codes.forEach(code -> column.getOrDefault(segment, Set.of()).forEach(other ->
        observations.add(Map.entry(theme.label(code), theme.label(other))))));
    return CountTable.tally("d", "a", observations);
  }

  private static String servicePolarity(Row r) {
    return CodingTally.group(r.attributes().get("service"), r.attributes().get("polarity"));
  }

  /**
   * The quotes of each group ({@code groupOf}) and code: best first (a person's, then segments with
   * fewer counted codes, then confidence, then id), one per source while others remain, then the
   * next best, {@code n} at most.
   */
  private static Map<String, Map<String, List<Long>>> quotes(List<Row> kept, java.util.function.Function<Row, String> groupOf,
      int n) {
    Map<Long, Long> codesOnSegment = kept.stream().collect(Collectors.groupingBy(Row::segment, Collectors.counting()));
    Comparator<Row> order = Comparator.comparingInt(Row::rank).thenComparingLong(r -> codesOnSegment.get(r.segment()))
        .thenComparing(Comparator.comparingDouble((Row r) -> r.confidence() == null ? 1 : r.confidence()).reversed())
        .thenComparingLong(Row::segment);
    Map<String, Map<String, List<Long>>> chosen = new TreeMap<>();
    kept.stream().collect(Collectors.groupingBy(groupOf)).forEach((group, inGroup) -> {
      for (String code : new TreeSet<>(inGroup.stream().map(Row::code).toList())) {
        List<Row> rows = inGroup.stream().filter(r -> r.code().equals(code)).sorted(order).toList();
        List<Long> ids = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        rows.stream().filter(r -> sources.add(r.source())).limit(n).forEach(r -> ids.add(r.segment()));
        rows.stream().filter(r -> !ids.contains(r.segment())).limit(n - ids.size()).forEach(r -> ids.add(r.segment()));
        chosen.computeIfAbsent(group, g -> new TreeMap<>()).put(code, ids);
      }
    });
    return chosen;
  }

  private static Map<String, List<Long>> origins(List<Row> rows) {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, Set<Long>> segments = new TreeMap<>();
    for (Row r : rows) {
      String key = r.origin() + "\u0000" + r.status();
      counts.computeIfAbsent(key, k -> new long[1])[0]++;
      segments.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(r.segment());
    }
    Map<String, List<Long>> result = new TreeMap<>();
    counts.forEach((key, n) -> result.put(key, List.of(n[0], (long) segments.get(key).size())));
    return result;
  }

  private static void assertTables(CountTable expected, CountTable actual) {
    assertEquals(expected.rowLabels(), actual.rowLabels());
    assertEquals(expected.columnLabels(), actual.columnLabels());
    for (int i = 0; i < expected.rows(); i++) {
      for (int j = 0; j < expected.columns(); j++) {
        assertEquals(expected.count(i, j), actual.count(i, j), expected.rowLabels().get(i) + " × "
            + expected.columnLabels().get(j));
      }
    }
  }

  private static Code code(String dimension, String id, String label, String parent) {
    return new Code(dimension, id, label, "", List.of(), List.of(), parent);
  }
}
