package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.Dimension;
import fr.parole.stats.CodeCooccurrence;
import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodeFrequencyTable;
import fr.parole.stats.CodedSegment;
import fr.parole.stats.CountTable;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts the report makes in one pass over the store ({@link CodingTally}) against the way it
 * made them before, holding every coding: select the best coding per segment and dimension in a
 * list, then hand lists of coded segments to the statistics. Random codings by people and the
 * machine, accepted, rejected, tied confidences, missing and blank attributes, sub-codes and codes
 * the codebook does not know: both ways must give the same tables.
 */
class ThemeCodingsTest {
  private static final String BOOK = "cb";
  private static final Codebook CODEBOOK = new Codebook(BOOK, "Livre de test", "", List.of(
      new Dimension("type", "Type", "", List.of(code("type", "levier", "Levier", null),
          code("type", "frein", "Frein", null), code("type", "co_animation", "Co-animation", "levier"),
          code("type", "temps", "Manque de temps", "frein"))),
      new Dimension("niveau", "Niveau", "", List.of(code("niveau", "macro", "Macro", null),
          code("niveau", "micro", "Micro", null), code("niveau", "meso", "Micro", null)))));
  private static final List<String> CODES = List.of("type/levier", "type/frein", "type/co_animation", "type/temps",
      "niveau/macro", "niveau/micro", "niveau/meso", "autre/inconnu", "sansdimension");

  @TempDir
  Path dir;

  /** One stored coding as the former report held it. */
  private record Row(long id, long segment, String source, String code, String coder, String origin,
      Double confidence, String status, Map<String, String> attributes) {}

  @Test
  void countsFromTheStoreEqualThoseOfTheCodingsHeldInMemory() {
    List<Row> rows = new ArrayList<>();
    try (StudyStore store = StudyStore.open(dir.resolve("study.db"))) {
      fill(store, rows, new Random(20240501));
      ThemeCodings theme = CodingTally.count(store.reportQueries(), store.queries().corpusCounts(), ReportOptions.DEFAULT.tallied(), BOOK,
          Optional.of(CODEBOOK));
      List<Row> retained = select(rows);
      assertTrue(retained.size() > 500 && retained.size() < rows.size(), "a fixture with something to select");

      assertEquals(rows.size(), theme.recorded());
      assertEquals(retained.size(), theme.retained());
      assertEquals(retained.stream().map(Row::segment).distinct().count(), theme.segments());
      assertEquals(retained.stream().map(Row::source).distinct().count(), theme.sources());
      assertEquals(List.of("type", "niveau", "", "autre"), theme.dimensions());
      CodeFrequencies frequencies = new CodeFrequencies();
      for (String dimension : theme.dimensions()) {
        List<Row> in = retained.stream().filter(r -> ThemeCodings.dimensionOf(r.code()).equals(dimension)).toList();
        Map<String, CodeFrequencies.Count> codes = new TreeMap<>();
        frequencies.by(coded(in, theme, false), List.of()).rows()
            .forEach(r -> codes.put(r.code(), new CodeFrequencies.Count(r.segments(), r.sources())));
        assertEquals(codes, theme.in(dimension).codes(), dimension);
        for (String attribute : ReportOptions.DEFAULT.tallied()) {
          boolean carried = in.stream().anyMatch(r -> r.attributes().containsKey(attribute));
          assertEquals(carried, theme.carries(dimension, attribute), dimension + " " + attribute);
          if (carried) {
            assertEquals(frequencies.by(coded(in, theme, true), List.of(attribute)).rows(),
                fromTheme(theme, dimension, attribute).rows(), dimension + " by " + attribute);
            assertTables(CountTable.tally("d", "a", in.stream().map(r -> Map.entry(theme.label(theme.topLevel(r.code())),
                CodeFrequencies.groupValue(r.attributes().get(attribute)))).toList()),
                CountTable.fromCounts("d", "a", theme.labelsByGroup(dimension, attribute)));
          }
        }
      }
      assertTables(formerPairs(retained, theme, "type", "niveau"),
          CountTable.fromCounts("d", "a", theme.labelPairs("type", "niveau")));
      assertEquals(new CodeCooccurrence().compute(coded(retained, theme, false)), theme.cooccurrence());
      assertEquals(formerQuotes(retained), theme.quotes());
      assertEquals(formerOrigins(rows), theme.byOrigin().entrySet().stream()
          .collect(TreeMap::new, (m, e) -> m.put(e.getKey(), List.of(e.getValue()[0], e.getValue()[1])), Map::putAll));
      assertEquals(List.of("alice", "bob"), theme.humanCoders());
    }
  }

  /** 12 sources of 60 segments, 0 to 4 codings each. */
  private static void fill(StudyStore store, List<Row> rows, Random random) {
    String[] establishments = {"CHU1", "CH2", "CHU3", " "};
    String[] levels = {"macro", "micro"};
    String[] coders = {"machine", "machine", "alice", "bob"};
    String[] statuses = {"suggested", "suggested", "accepted", "rejected"};
    Double[] confidences = {null, 0.5, 0.5, 0.9, 0.25};
    try (StoreTransaction tx = store.begin()) {
      for (int s = 0; s < 12; s++) {
        String path = "source-" + s + ".txt";
        long source = tx.insertSource(new NewSource(path, "transcript", "hash" + s, "UTF-8", null));
        List<NewSegment> segments = new ArrayList<>();
        List<Map<String, String>> attributes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
          Map<String, String> values = new HashMap<>();
          if (random.nextInt(5) > 0) {
            values.put("establishment", establishments[random.nextInt(establishments.length)]);
          }
          if (random.nextBoolean()) {
            values.put(random.nextBoolean() ? "niveau" : "role", levels[random.nextInt(levels.length)]);
          }
          attributes.add(values);
          segments.add(new NewSegment(i, SegmentKind.TURN, "P", i, i + 1, i + 1, "x", 1, values));
        }
        List<Long> ids = tx.insertSegments(source, segments);
        for (int i = 0; i < ids.size(); i++) {
          for (int k = random.nextInt(5); k > 0; k--) {
            String coder = coders[random.nextInt(coders.length)];
            boolean human = !coder.equals("machine");
            String status = human && random.nextBoolean() ? "accepted" : statuses[random.nextInt(statuses.length)];
            Double confidence = human ? null : confidences[random.nextInt(confidences.length)];
            String origin = human ? "human" : random.nextBoolean() ? "rule" : "model";
            String code = CODES.get(random.nextInt(CODES.size()));
            tx.codings().add(new NewCoding(ids.get(i), BOOK, code, coder, origin, confidence, status, null, null, null));
            rows.add(new Row(0, ids.get(i), path, code, coder, origin, confidence, status, attributes.get(i)));
          }
        }
      }
      tx.commit();
    }
  }

  /** The former selection: rows by segment, code and insertion, the best per segment and dimension. */
  private static List<Row> select(List<Row> rows) {
    List<Row> ordered = new ArrayList<>(rows);
    ordered.sort(Comparator.comparingLong(Row::segment).thenComparing(Row::code)); // stable: insertion order kept
    Comparator<Row> best = Comparator.comparingInt((Row r) -> "human".equals(r.origin()) || "accepted".equals(r.status())
        ? 0 : 1).thenComparing(Comparator.comparingDouble((Row r) -> r.confidence() == null ? 1 : r.confidence())
        .reversed()).thenComparing(Row::code);
    Map<String, Row> chosen = new TreeMap<>();
    for (Row row : ordered) {
      if (!"rejected".equals(row.status())) {
        chosen.merge(String.format("%019d/%s", row.segment(), ThemeCodings.dimensionOf(row.code())), row,
            (current, candidate) -> best.compare(candidate, current) < 0 ? candidate : current);
      }
    }
    return new ArrayList<>(chosen.values());
  }

  private static List<CodedSegment> coded(List<Row> rows, ThemeCodings theme, boolean rollUp) {
    return rows.stream().map(r -> new CodedSegment(r.segment(), r.source(), rollUp ? theme.topLevel(r.code()) : r.code(),
        r.attributes())).toList();
  }

  private static CodeFrequencyTable fromTheme(ThemeCodings theme, String dimension, String attribute) {
    Map<List<String>, CodeFrequencies.Count> groups = new HashMap<>();
    theme.in(dimension).groups().get(attribute).forEach((group, count) -> groups.put(List.of(group), count));
    Map<String, Map<List<String>, CodeFrequencies.Count>> byCode = new HashMap<>();
    theme.in(dimension).rolledUp().get(attribute).forEach((group, codes) -> codes.forEach((code, count) ->
        byCode.computeIfAbsent(code, c -> new HashMap<>()).put(List.of(group), count)));
    return new CodeFrequencies().fromCounts(List.of(attribute), groups, byCode, Map.of());
  }

  private static CountTable formerPairs(List<Row> retained, ThemeCodings theme, String rows, String columns) {
    Map<Long, String> column = new TreeMap<>();
    retained.stream().filter(r -> ThemeCodings.dimensionOf(r.code()).equals(columns))
        .forEach(r -> column.put(r.segment(), theme.label(theme.topLevel(r.code()))));
    return CountTable.tally("d", "a", retained.stream().filter(r -> ThemeCodings.dimensionOf(r.code()).equals(rows))
        .filter(r -> column.containsKey(r.segment()))
        .map(r -> Map.entry(theme.label(theme.topLevel(r.code())), column.get(r.segment()))).toList());
  }

  /** The former choice: best first, one per source while others remain, then the next best. */
  private static Map<String, List<Long>> formerQuotes(List<Row> retained) {
    Comparator<Row> order = Comparator.comparingInt((Row r) -> "human".equals(r.origin()) || "accepted".equals(r.status())
        ? 0 : 1).thenComparing(Comparator.comparingDouble((Row r) -> r.confidence() == null ? 1 : r.confidence())
        .reversed()).thenComparing(Row::code).thenComparingLong(Row::segment);
    Map<String, List<Long>> chosen = new TreeMap<>();
    for (String code : new TreeSet<>(retained.stream().map(Row::code).toList())) {
      List<Row> rows = retained.stream().filter(r -> r.code().equals(code)).sorted(order).toList();
      List<Long> ids = new ArrayList<>();
      Set<String> sources = new HashSet<>();
      rows.stream().filter(r -> sources.add(r.source())).limit(QuotesView.PER_CODE).forEach(r -> ids.add(r.segment()));
      rows.stream().filter(r -> !ids.contains(r.segment())).limit(QuotesView.PER_CODE - ids.size())
          .forEach(r -> ids.add(r.segment()));
      chosen.put(code, ids);
    }
    return chosen;
  }

  private static Map<String, List<Long>> formerOrigins(List<Row> rows) {
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
