package fr.parole.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Frequencies against the set counts printed by reference.py ("freq." lines). */
class CodeFrequenciesTest {
  private static final Map<String, String> CHU1_IDE = Map.of("etab", "CHU 1", "role", "IDE");
  private static final Map<String, String> CH2_IDE = Map.of("etab", "CH 2", "role", "IDE");
  private static final List<CodedSegment> CODINGS = List.of(
      new CodedSegment(1, "e1.txt", "frein.temps", CHU1_IDE),
      new CodedSegment(1, "e1.txt", "levier.formation", CHU1_IDE),
      new CodedSegment(2, "e1.txt", "frein.temps", CHU1_IDE),
      new CodedSegment(3, "e2.txt", "levier.formation", Map.of("etab", "CHU 1", "role", "CSS")),
      new CodedSegment(4, "e3.txt", "frein.temps", CH2_IDE),
      new CodedSegment(4, "e3.txt", "frein.temps", CH2_IDE),
      new CodedSegment(5, "e3.txt", "levier.formation", CH2_IDE),
      new CodedSegment(6, "e4.txt", "frein.temps", Map.of("etab", "CH 2")));

  private final CodeFrequencies frequencies = new CodeFrequencies();

  @Test
  void byOneAttribute() {
    CodeFrequencyTable table = frequencies.by(CODINGS, List.of("etab"));
    assertEquals(4, table.rows().size());
    assertRow(table.rows().get(0), "frein.temps", List.of("CH 2"), 2, 2, 66.66666666666667, 100.0, 50.0);
    assertRow(table.rows().get(1), "frein.temps", List.of("CHU 1"), 2, 1, 66.66666666666667, 50.0, 50.0);
    assertRow(table.rows().get(2), "levier.formation", List.of("CH 2"), 1, 1, 33.333333333333336, 50.0, 33.333333333333336);
    assertRow(table.rows().get(3), "levier.formation", List.of("CHU 1"), 2, 2, 66.66666666666667, 100.0, 66.66666666666667);
  }

  @Test
  void byAPairOfAttributesWithAMissingValueAndZeroRows() {
    CodeFrequencyTable table = frequencies.by(CODINGS, List.of("etab", "role"));
    assertEquals(8, table.rows().size());
    assertRow(table.rows().get(0), "frein.temps", List.of("CH 2", CodeFrequencies.MISSING), 1, 1, 100.0, 100.0, 25.0);
    assertRow(table.rows().get(1), "frein.temps", List.of("CH 2", "IDE"), 1, 1, 50.0, 100.0, 25.0);
    assertRow(table.rows().get(2), "frein.temps", List.of("CHU 1", "CSS"), 0, 0, 0.0, 0.0, 0.0);
    assertRow(table.rows().get(3), "frein.temps", List.of("CHU 1", "IDE"), 2, 1, 100.0, 100.0, 50.0);
    assertRow(table.rows().get(4), "levier.formation", List.of("CH 2", CodeFrequencies.MISSING), 0, 0, 0.0, 0.0, 0.0);
    assertRow(table.rows().get(7), "levier.formation", List.of("CHU 1", "IDE"), 1, 1, 50.0, 100.0, 33.333333333333336);
    Table tablesaw = table.toTable();
    assertEquals(List.of("code", "etab", "role", "segments", "sources", "segmentPercent", "sourcePercent", "shareOfCode"),
        tablesaw.columnNames());
    assertEquals("CSS", tablesaw.stringColumn("role").get(2));
  }

  @Test
  void groupSizesFromTheCorpusAreUsedWhenGiven() {
    CodeFrequencyTable table = frequencies.by(CODINGS, List.of("etab"),
        Map.of(List.of("CHU 1"), new CodeFrequencyTable.Group(List.of("CHU 1"), 40, 4)));
    CodeFrequencyTable.Row chu1 = table.rows().get(1);
    assertEquals(5.0, chu1.segmentPercent(), 1e-9); // 2 of the 40 segments of CHU 1
    assertEquals(25.0, chu1.sourcePercent(), 1e-9);
  }

  @Test
  void unknownAttributeIsRefusedWithTheKnownOnes() {
    StatisticsException e = assertThrows(StatisticsException.class, () -> frequencies.by(CODINGS, List.of("service")));
    assertEquals("L'attribut « service » n'existe pas dans les segments codés ; attributs connus : etab, role.", e.getMessage());
  }

  @Test
  void moreThanTwoAttributesAreRefused() {
    assertThrows(StatisticsException.class, () -> frequencies.by(CODINGS, List.of("etab", "role", "etab")));
  }

  private static void assertRow(CodeFrequencyTable.Row row, String code, List<String> group, long segments, long sources,
      double segmentPercent, double sourcePercent, double shareOfCode) {
    assertEquals(code, row.code());
    assertEquals(group, row.group());
    assertEquals(segments, row.segments(), "segments");
    assertEquals(sources, row.sources(), "sources");
    assertEquals(segmentPercent, row.segmentPercent(), 1e-9, "segmentPercent");
    assertEquals(sourcePercent, row.sourcePercent(), 1e-9, "sourcePercent");
    assertEquals(shareOfCode, row.shareOfCode(), 1e-9, "shareOfCode");
  }
}
